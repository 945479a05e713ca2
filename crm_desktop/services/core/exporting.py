"""Writing tables to CSV (UTF-8 with BOM, opens right in Excel) and XLSX, safely.

Cells that a spreadsheet would run as a formula (=, +, -, @, their full-width forms that some
spreadsheet programs also take, and the tab/CR tricks) are neutralised with a leading
apostrophe; `unquote_cell` (applied by every table import) removes exactly that apostrophe, so
"=1+1" exported and imported again is "=1+1". Any stored text can be written: characters XML
cannot hold (control characters, lone surrogates) are left out of XLSX, and lone surrogates out
of CSV, instead of failing the whole export.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook

from crm_desktop.services.core.errors import CrmError, error_code

TABLE_KIND = error_code("export.table_kind", "Choose a .csv or .xlsx file, not {name}")
WRITE_FAILED = error_code("files.write_failed", "Could not write {path}: {reason}")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# What XML 1.0 cannot carry (openpyxl raises IllegalCharacterError), and lone surrogates.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_UTF8 = re.compile("[\ud800-\udfff]")


def _looks_quoted(value: str) -> bool:
    """Text that `safe_cell` quotes: a formula start, after any apostrophes already there (so
    "'=x" is quoted too and comes back as "'=x", not "=x")."""
    return value.lstrip("'").startswith(FORMULA_STARTS)


def safe_cell(value: object) -> object:
    """The value as a spreadsheet should store it: text that looks like a formula is quoted."""
    if isinstance(value, str) and _looks_quoted(value):
        return "'" + value
    return value


def unquote_cell(value: str) -> str:
    """The text `safe_cell` was given: its one added apostrophe removed, nothing else."""
    if value.startswith("'") and _looks_quoted(value):
        return value[1:]
    return value


def _xlsx_cell(value: object) -> object:
    value = safe_cell(value)
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def csv_cell(value: object) -> object:
    """A value for any CSV we write (files, or a command's standard output): formula starts
    neutralised, lone surrogates left out."""
    value = safe_cell(value)
    return _NOT_UTF8.sub("", value) if isinstance(value, str) else value


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a table as CSV or XLSX (by the file's suffix); returns the number of rows."""
    suffix = path.suffix.lower()
    count = 0
    try:
        if suffix == ".csv":
            with path.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f, delimiter=";")
                writer.writerow(headers)
                for row in rows:
                    writer.writerow([csv_cell(v) for v in row])
                    count += 1
        elif suffix == ".xlsx":
            book = Workbook(write_only=True)
            sheet = book.create_sheet()
            sheet.append([_xlsx_cell(h) for h in headers])
            for row in rows:
                sheet.append([_xlsx_cell(v) for v in row])
                count += 1
            book.save(path)
        else:
            raise CrmError(TABLE_KIND, name=path.name)
    except OSError as exc:
        raise CrmError(WRITE_FAILED, path=path, reason=exc.strerror or str(exc)) from exc
    return count

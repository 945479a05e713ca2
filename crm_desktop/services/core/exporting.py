"""Writing tables to CSV (UTF-8 with BOM, opens right in Excel) and XLSX, safely.

Cells that a spreadsheet would run as a formula (=, +, -, @ and the tab/CR tricks) are
neutralised with a leading apostrophe.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook

from crm_desktop.services.core.errors import CrmError, error_code

TABLE_KIND = error_code("export.table_kind", "Choose a .csv or .xlsx file, not {name}")
WRITE_FAILED = error_code("files.write_failed", "Could not write {path}: {reason}")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """The value as a spreadsheet should store it: text that looks like a formula is quoted."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


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
                    writer.writerow([safe_cell(v) for v in row])
                    count += 1
        elif suffix == ".xlsx":
            book = Workbook(write_only=True)
            sheet = book.create_sheet()
            sheet.append(list(headers))
            for row in rows:
                sheet.append([safe_cell(v) for v in row])
                count += 1
            book.save(path)
        else:
            raise CrmError(TABLE_KIND, name=path.name)
    except OSError as exc:
        raise CrmError(WRITE_FAILED, path=path, reason=exc.strerror or str(exc)) from exc
    return count

"""Reading spreadsheets people bring: CSV (encoding and delimiter detected: UTF-8 with or
without BOM, Windows-1251; ; , tab or |) or the first sheet of an XLSX, as rows of text."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.exporting import write_table

NOT_TEXT = error_code("files.not_text", "The file is neither UTF-8 nor Windows-1251 text")
TOO_MANY_ROWS = error_code("files.too_many_rows", "{name} has more than {max} rows")
UNREADABLE = error_code("files.unreadable", "{name} cannot be read: {reason}")
EMPTY = error_code("files.empty", "{name} is empty")
REFUSED = error_code("import.refused",
                     "{problems} of {rows} rows have problems; nothing was imported")


MAX_ROWS = 200_000


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CrmError(NOT_TEXT)


def _rows(path: Path, xlsx: bool) -> Iterator[list[str]]:
    if xlsx:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            for row in book.worksheets[0].iter_rows(values_only=True, max_row=MAX_ROWS + 2):
                yield ["" if v is None else str(v).strip() for v in row]
        finally:
            book.close()
        return
    text = _decode(path.read_bytes())
    try:
        delimiter = csv.Sniffer().sniff(text[:8192], delimiters=";,\t|").delimiter
    except csv.Error:
        delimiter = ";"
    for row in csv.reader(io.StringIO(text), delimiter=delimiter):
        yield [cell.strip() for cell in row]


def read_table(path: Path, fmt: str | None = None) -> Table:
    """The header row and the data rows of a CSV or XLSX file (by `fmt`, else by the name's
    suffix), as text: one pass, one copy of the rows, so a 100 000-row file stays small."""
    xlsx = (fmt or path.suffix.lstrip(".")).lower() == "xlsx"
    headers: list[str] | None = None
    rows: list[list[str]] = []
    try:
        for row in _rows(path, xlsx):
            if not any(row):
                continue
            if headers is None:
                headers = row
                continue
            if len(rows) >= MAX_ROWS:
                raise CrmError(TOO_MANY_ROWS, name=path.name, max=MAX_ROWS)
            width = len(headers)
            rows.append(row[:width] if len(row) >= width else row + [""] * (width - len(row)))
    except CrmError:
        raise
    except (OSError, ValueError, KeyError, csv.Error, zipfile.BadZipFile,
            InvalidFileException) as exc:
        raise CrmError(UNREADABLE, name=path.name, reason=str(exc)) from exc
    if headers is None:
        raise CrmError(EMPTY, name=path.name)
    return Table(headers, rows)


def norm_header(header: str) -> str:
    return re.sub(r"\s+", " ", header.strip().casefold())


def mapping_key(what: str, headers: list[str]) -> str:
    """The setting that remembers the column mapping of files with these headers."""
    return f"import_mapping:{what}:" + "|".join(norm_header(h) for h in headers)[:80]


@dataclass
class ImportReport:
    """What an import did with a file's rows; each import adds its own counts."""

    rows: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)  # (file row number, why)

    def lines(self) -> list[tuple[int, str]]:
        """The rows the saved report lists."""
        return sorted(self.problems)

    def save(self, path: Path, text: Callable[[str], str] = str,
             headers: tuple[str, str] = ("Row", "Problem")) -> None:
        """Write the report; `text` words each reason (English here, translated by the UI)."""
        write_table(path, list(headers), [(row, text(why)) for row, why in self.lines()])


class ImportRefused(CrmError):
    """Some rows were wrong and a partial import was not accepted: nothing was imported."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(REFUSED, problems=len(report.problems), rows=report.rows)
        self.report = report

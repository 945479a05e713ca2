"""Reading spreadsheets people bring: CSV (encoding and delimiter detected: UTF-8 with or
without BOM, Windows-1251; ; , tab or |) or the first sheet of an XLSX, as rows of text."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from .errors import CrmError

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
    raise CrmError("The file is neither UTF-8 nor Windows-1251 text")


def read_table(path: Path) -> Table:
    """The header row and the data rows of a CSV or XLSX file, as text."""
    try:
        if path.suffix.lower() == ".xlsx":
            book = load_workbook(path, read_only=True, data_only=True)
            sheet = book.worksheets[0]
            values = [["" if v is None else str(v).strip() for v in row]
                      for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 1)]
            book.close()
        else:
            text = _decode(path.read_bytes())
            try:
                dialect = csv.Sniffer().sniff(text[:8192], delimiters=";,\t|")
                delimiter = dialect.delimiter
            except csv.Error:
                delimiter = ";"
            values = [[cell.strip() for cell in row]
                      for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except CrmError:
        raise
    except (OSError, ValueError, KeyError, csv.Error, zipfile.BadZipFile,
            InvalidFileException) as exc:
        raise CrmError(f"{path.name} cannot be read: {exc}") from exc
    values = [row for row in values if any(row)]
    if not values:
        raise CrmError(f"{path.name} is empty")
    if len(values) > MAX_ROWS + 1:
        raise CrmError(f"{path.name} has more than {MAX_ROWS} rows")
    headers, rows = values[0], values[1:]
    width = len(headers)
    return Table(headers, [(row + [""] * width)[:width] for row in rows])


def norm_header(header: str) -> str:
    return re.sub(r"\s+", " ", header.strip().casefold())

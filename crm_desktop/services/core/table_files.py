"""Reading spreadsheets people bring: CSV (encoding and delimiter detected: UTF-8 with or
without BOM, UTF-16 with BOM, Windows-1251; ; , tab or |) or the first sheet of an XLSX, as rows
of text. A delimiter that cannot be told is refused by name (the caller offers the choice and
passes `delimiter`); a damaged workbook is refused as such; a field of any size is read (its
length is the import's to judge, row by row); the apostrophe our export puts before a formula
is taken off again (`exporting.unquote_cell`)."""

from __future__ import annotations

import codecs
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
from crm_desktop.services.core.exporting import unquote_cell, write_table

NOT_TEXT = error_code("files.not_text", "The file is neither UTF-8 nor Windows-1251 text")
TOO_MANY_ROWS = error_code("files.too_many_rows", "{name} has more than {max} rows")
UNREADABLE = error_code("files.unreadable", "{name} cannot be read: {reason}")
EMPTY = error_code("files.empty", "{name} is empty")
DELIMITER_UNKNOWN = error_code(
    "files.delimiter_unknown",
    "Cannot tell how the columns of {name} are separated; choose the delimiter ({found})")
BAD_DELIMITER = error_code("files.bad_delimiter",
                           "A delimiter is one character (or tab), not {delimiter!r}")
XLSX_DAMAGED = error_code("files.xlsx_damaged",
                          "{name} is not a readable XLSX workbook: its contents are damaged")
REFUSED = error_code("import.refused",
                     "{problems} of {rows} rows have problems; nothing was imported")


MAX_ROWS = 200_000
DELIMITERS = (";", ",", "\t", "|")
_DELIMITER_WORDS = {"tab": "\t", "\\t": "\t", "pipe": "|", "semicolon": ";", "comma": ","}
# One cell may be long (a pasted letter in the notes): the csv module's default of 131 072
# characters would refuse the whole file; the import reports a field too long for its column.
csv.field_size_limit(max(csv.field_size_limit(), 1 << 28))


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]


def _decode(raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CrmError(NOT_TEXT) from exc
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CrmError(NOT_TEXT)


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, InvalidFileException):
        raise
    except Exception as exc:  # invalid XML, missing parts: openpyxl raises what it meets
        raise CrmError(XLSX_DAMAGED, name=path.name) from exc
    try:
        for row in book.worksheets[0].iter_rows(values_only=True, max_row=MAX_ROWS + 2):
            yield ["" if v is None else str(v).strip() for v in row]
    except CrmError:
        raise
    except Exception as exc:  # a sheet's XML broken further in
        raise CrmError(XLSX_DAMAGED, name=path.name) from exc
    finally:
        book.close()


def sniff_delimiter(text: str, name: str) -> str:
    """The CSV delimiter: the csv module's guess, else the only candidate in the header line
    (a ragged file defeats the guess), else a refusal naming the candidates."""
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        pass
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    found = [d for d in DELIMITERS if d in header]
    if len(found) == 1:
        return found[0]
    if not found:
        return ";"  # one column: any delimiter reads it
    raise CrmError(DELIMITER_UNKNOWN, name=name,
                   found=" ".join("tab" if d == "\t" else d for d in found))


def _rows(path: Path, xlsx: bool, delimiter: str | None) -> Iterator[list[str]]:
    if xlsx:
        yield from _xlsx_rows(path)
        return
    text = _decode(path.read_bytes())
    for row in csv.reader(io.StringIO(text), delimiter=delimiter or sniff_delimiter(
            text, path.name)):
        yield [cell.strip() for cell in row]


def read_table(path: Path, fmt: str | None = None, delimiter: str | None = None) -> Table:
    """The header row and the data rows of a CSV or XLSX file (by `fmt`, else by the name's
    suffix), as text: one pass, one copy of the rows, so a 100 000-row file stays small.
    `delimiter` (CSV) is the person's choice when the file's could not be told."""
    xlsx = (fmt or path.suffix.lstrip(".")).lower() == "xlsx"
    if delimiter:
        delimiter = _DELIMITER_WORDS.get(delimiter.lower(), delimiter)
        if len(delimiter) != 1 or delimiter in "\"\r\n":
            raise CrmError(BAD_DELIMITER, delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[list[str]] = []
    try:
        for cells in _rows(path, xlsx, delimiter or None):
            row = [unquote_cell(cell) for cell in cells]
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

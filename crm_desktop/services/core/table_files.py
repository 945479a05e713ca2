"""Reading spreadsheets people bring: CSV (encoding and delimiter detected: UTF-8 with or
without BOM, UTF-16 with BOM (Excel's "Unicode text") or without, Windows-1251, KZ-1048
(Windows' Kazakh), DOS CP866, KOI8-R, Windows-1254; ; , tab or |) or the first sheet of an
XLSX, as rows of text. A delimiter that cannot be told is refused by name (the caller offers
the choice and passes `delimiter`); a damaged workbook is refused as such; a field of any size
is read (its length is the import's to judge, row by row); the apostrophe our export puts
before a formula is taken off again (`exporting.unquote_cell`)."""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.exporting import unquote_cell, write_table

NOT_TEXT = error_code(
    "files.not_text",
    "Cannot tell the text encoding of {name} (UTF-8, UTF-16, Windows-1251 and CP866 are "
    "read); save it as UTF-8 and import it again")
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
    # each data row's number in the file as a spreadsheet shows it (the header's row counted,
    # blank rows skipped but counted); empty: the header is row 1 and no row was skipped
    numbers: list[int] = field(default_factory=list)

    def number(self, index: int) -> int:
        """The file's row number of data row `index` (0-based in `rows`): what a report names."""
        return self.numbers[index] if index < len(self.numbers) else index + 2


# Letters and signs a text of our users' languages has beyond ASCII (Russian, Kazakh,
# Ukrainian, Azerbaijani, Mongolian, typography): what a right guess of a one-byte encoding
# gives; anything else (box drawing, Serbian letters, control characters) counts against it.
_GOOD = set(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    "әғқңөұүһіӘҒҚҢӨҰҮҺІїєґЇЄҐўЎ"
    "çğışöüəÇĞİŞÖÜƏ"
    "«»—–№…“”„‘’•°±·€\u00a0")
_ONE_BYTE = ("cp1251", "kz1048", "cp866", "koi8_r", "cp1254")  # ties: the earlier


def _score(text: str) -> float:
    """How much a decoded text looks like our users' writing: the share of its non-ASCII
    characters that are their letters and signs, not glued to Latin letters ("Mьller" is
    German read in the wrong code page) and not in inverted case inside a word ("оБЙНЕ" is
    KOI8-R read as Windows-1251). 1.0 for ASCII-only text."""
    wide = good = 0
    previous = ""
    for index, char in enumerate(text):
        if ord(char) > 127:
            wide += 1
            after = text[index + 1:index + 2]
            glued = "\u0400" <= char <= "\u04ff" and any(
                c.isascii() and c.isalpha() for c in (previous, after))
            inverted = previous.isalpha() and previous.islower() and char.isupper()
            good += char in _GOOD and not glued and not inverted
        previous = char
    return good / wide if wide else 1.0


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 written without a BOM: every other byte zero in mostly-ASCII text (a Cyrillic
    text has its 0x04 high bytes there)."""
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        other = even if zeros is odd else odd
        if (sum(b in (0, 4) for b in zeros) > 0.9 * len(zeros)
                and other.count(0) < 0.1 * len(other)):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def decode_text(raw: bytes, name: str) -> str:
    """A text file's bytes as text: a BOM says the encoding (UTF-8, UTF-16, UTF-32); else
    UTF-16 without BOM, strict UTF-8, or the one-byte Cyrillic or Turkic code page whose
    reading looks like our users' letters. Refused by name rather than decoded into garbage
    (CP866 read as Windows-1251 is all "Ђ‚ѓ" and spaces)."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise CrmError(NOT_TEXT, name=name) from exc
    if (found := _utf16_without_bom(raw)) is not None:
        return found
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # judged on up to 64 KB of the lines that have bytes beyond ASCII: a file whose first
    # 64 KB are ASCII (phones, e-mails) would otherwise score 1.0 in every code page
    sample = b"\n".join(line for line in raw.splitlines() if not line.isascii())[:65536]
    readings = []
    for order, encoding in enumerate(_ONE_BYTE):
        try:
            readings.append((_score(sample.decode(encoding)), -order, encoding))
        except UnicodeDecodeError:
            continue
    if readings and (best := max(readings))[0] >= 0.8:
        try:
            text = raw.decode(best[2])
        except UnicodeDecodeError:
            text = "\x00"
        if "\x00" not in text:
            return text
    guess = from_bytes(sample).best()  # another language's code page, if it is clear
    if guess is not None and guess.percent_chaos < 5 and guess.encoding:
        try:
            text = raw.decode(guess.encoding)
        except (UnicodeDecodeError, LookupError):
            text = "\x00"
        if "\x00" not in text:
            return text
    raise CrmError(NOT_TEXT, name=name)


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, InvalidFileException):
        raise
    except Exception as exc:  # invalid XML, missing parts: openpyxl raises what it meets
        raise CrmError(XLSX_DAMAGED, name=path.name) from exc
    try:
        for row in book.worksheets[0].iter_rows(values_only=True, min_row=1,
                                                 max_row=MAX_ROWS + 2):
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
    text = decode_text(path.read_bytes(), path.name)
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
    numbers: list[int] = []
    try:
        for number, cells in enumerate(_rows(path, xlsx, delimiter or None), start=1):
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
            numbers.append(number)
    except CrmError:
        raise
    except (OSError, ValueError, KeyError, csv.Error, zipfile.BadZipFile,
            InvalidFileException) as exc:
        raise CrmError(UNREADABLE, name=path.name, reason=str(exc)) from exc
    if headers is None:
        raise CrmError(EMPTY, name=path.name)
    return Table(headers, rows, numbers)


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

"""Text as the program keeps it, whatever a file or a person hands in.

`clean_text` is applied where text enters a service (the card's save, every import): control
characters and NUL go (tab and newline only where a field allows several lines, else they
become a space), invisible format characters go (zero-width spaces, byte-order marks, bidi
overrides — except the zero-width (non-)joiners that Persian, Indic scripts and emoji need),
lone surrogates and non-characters go, and the rest is normalised to NFC, so "й" typed as two
code points and "й" as one compare equal and every exporter can write what is stored.

`limit_of` reads a column's length from the schema, so lengths are checked before writing on
SQLite (which would store anything) and PostgreSQL (which would refuse the whole transaction).
`shown` shortens a value quoted in a message: an error never carries a whole field.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from enum import Enum
from typing import Any

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Session

# Joiners that change how letters are drawn (Persian, Devanagari, emoji sequences): kept.
_JOINERS = {0x200C, 0x200D}


def _dropped_class() -> str:
    """A regex character class of every code point `clean_text` removes outright."""
    ranges: list[tuple[int, int]] = [(0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F),
                                     (0xD800, 0xDFFF), (0xFDD0, 0xFDEF)]
    ranges += [(plane + 0xFFFE, plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000)]
    # Format characters live in planes 0, 1 and 14 (tags): scanning those is enough and quick.
    ranges += [(cp, cp) for cp in (*range(0x20000), *range(0xE0000, 0xE1000))
               if unicodedata.category(chr(cp)) == "Cf" and cp not in _JOINERS]
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


_DROPPED = re.compile(f"[{_dropped_class()}]")
# Line and paragraph separators are line breaks in a multi-line field.
_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85]")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """The text without control or invisible characters, in NFC (see the module docstring);
    tab and newline are kept only when `multiline`, else they become spaces."""
    if value.isascii() and value.isprintable():
        return value  # the common case, fast
    value = _BREAKS.sub("\n", value)
    if not multiline:
        value = value.replace("\n", " ").replace("\t", " ")
    value = _DROPPED.sub("", value)
    return unicodedata.normalize("NFC", value)


def clean_value(value: Any, *, multiline: bool = False) -> Any:
    """`clean_text` for text, anything else as it is."""
    return clean_text(value, multiline=multiline) if isinstance(value, str) else value


def limit_of(model: Any, column: str) -> int | None:
    """The column's length in the schema (None: unlimited text)."""
    return getattr(model.__table__.c[column].type, "length", None)


def too_long(value: str, model: Any, column: str) -> int | None:
    """The column's limit when `value` (as it will be stored: stripped) exceeds it."""
    limit = limit_of(model, column)
    return limit if limit is not None and len(value.strip()) > limit else None


def shown(value: str, limit: int = 60) -> str:
    """The value as a message may quote it: one line, at most `limit` characters."""
    value = clean_text(value)
    return value if len(value) <= limit else value[:limit - 1] + "…"


def clean_fields(item: Any, multiline: frozenset[str] = frozenset({"notes"})) -> Any:
    """`clean_text` on every text field of a dataclass form, in place, down through its lists
    and dicts of text and its nested forms; fields named in `multiline` keep tab and newline."""
    def clean(value: Any, lines: bool) -> Any:
        if isinstance(value, str) and not isinstance(value, Enum):
            return clean_text(value, multiline=lines)
        if isinstance(value, list):
            return [clean(v, lines) for v in value]
        if isinstance(value, dict):
            return {k: clean(v, lines) for k, v in value.items()}
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            clean_fields(value, multiline)
        return value

    for spec in dataclasses.fields(item):
        setattr(item, spec.name, clean(getattr(item, spec.name), spec.name in multiline))
    return item


# Tables whose text people type in cards and dialogs. Their text columns are cleaned on every
# flush, so a dialog or service that forgets `clean_fields` still stores clean text (Text columns
# keep tab and newline; String columns become one line). Imports clean earlier, with a report.
USER_TEXT_TABLES = frozenset({
    "pipelines", "pipeline_stages", "loss_reasons", "deals", "orders", "order_lines",
    "claim_reasons", "claim_results", "claims", "events", "tags", "segments",
})


@event.listens_for(Session, "before_flush")
def _clean_user_text(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        table = getattr(type(obj), "__table__", None)
        if table is None or table.name not in USER_TEXT_TABLES:
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            column = attr.columns[0]
            if not isinstance(column.type, String):
                continue
            if obj not in session.new and not state.attrs[attr.key].history.has_changes():
                continue
            value = getattr(obj, attr.key)
            if isinstance(value, str) and not isinstance(value, Enum):
                cleaned = clean_text(value, multiline=isinstance(column.type, Text))
                if cleaned != value:
                    setattr(obj, attr.key, cleaned)

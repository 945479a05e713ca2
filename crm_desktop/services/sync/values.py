"""One wire form for a column's value, the one PostgreSQL's `to_jsonb` writes: ids as text,
times as naive UTC ISO text, dates ISO, money as a JSON number (read back as Decimal, never
float), booleans, numbers, JSON as JSON, enums by value."""

from __future__ import annotations

import enum
import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, Numeric
from sqlalchemy.types import TypeEngine

from crm_desktop.models.base import GUID, UTCDateTime


def _kind(column: Any) -> TypeEngine[Any] | None:
    return getattr(column, "type", None)


def encode(column: Any, value: Any) -> Any:
    """A Python value read through SQLAlchemy → JSON."""
    if value is None:
        return None
    kind = _kind(column)
    if isinstance(kind, GUID) or isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(kind, UTCDateTime) or isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).replace(tzinfo=None).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def decode(column: Any, value: Any) -> Any:
    """JSON (from to_jsonb or `encode`) → the Python value SQLAlchemy binds for `column`."""
    if value is None:
        return None
    kind = _kind(column)
    if isinstance(kind, GUID):
        return uuid.UUID(str(value))
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
    if isinstance(kind, Date):
        return date.fromisoformat(str(value)[:10])
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Numeric) and not isinstance(kind, Integer):
        return Decimal(str(value))
    if isinstance(kind, Integer):
        return int(value)
    if isinstance(kind, JSON):
        return value
    return value if isinstance(value, str) else str(value)


def same(column: Any, a: Any, b: Any) -> bool:
    """Whether two Python values of `column` are the same value (Decimals by amount, enums by
    their value)."""
    return bool(encode(column, a) == encode(column, b) or (
        isinstance(a, Decimal | int | float) and isinstance(b, Decimal | int | float)
        and Decimal(str(a)) == Decimal(str(b))))


def loads(text: str) -> Any:
    """JSON text with numbers as Decimal (money never passes through float)."""
    return json.loads(text, parse_float=Decimal)


def dumps(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False, sort_keys=True)

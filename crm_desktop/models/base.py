"""Declarative base, column types and the sync-ready mixin shared by every business table."""

from __future__ import annotations

import enum
import os
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, LargeBinary, MetaData, Numeric, String, Uuid
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def uuid7_from(unix_ms: int, rand: int) -> uuid.UUID:
    """A version-7 UUID (RFC 9562) from a millisecond timestamp and 74 random bits."""
    value = (unix_ms & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & 0x3FFF_FFFF_FFFF_FFFF
    return uuid.UUID(int=value)


def new_id() -> uuid.UUID:
    """A new time-ordered UUID: safe to generate on any machine, offline, without a server."""
    return uuid7_from(time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10), "big"))


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC on every backend and always returns timezone-aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; store times as timezone-aware UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text from a bulk insert
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC)


class GUID(TypeDecorator[uuid.UUID]):
    """A UUID: native `uuid` on PostgreSQL, 16 raw bytes on SQLite (half the size of hex text,
    which matters because every index repeats the key)."""

    impl = LargeBinary(16)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(Uuid(as_uuid=True))
        return dialect.type_descriptor(LargeBinary(16))

    def process_bind_param(self, value: uuid.UUID | None, dialect: Dialect) -> Any:
        if value is None or dialect.name == "postgresql":
            return value
        return value.bytes

    def process_result_value(self, value: Any, dialect: Dialect) -> uuid.UUID | None:
        if value is None or isinstance(value, uuid.UUID):
            return value
        return uuid.UUID(bytes=bytes(value))


Money = Numeric(18, 2)
Quantity = Numeric(18, 3)
Rate = Numeric(5, 2)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: GUID(),
        datetime: UTCDateTime(),
        Decimal: Money,
        str: String(255),
        enum.Enum: SAEnum(
            enum.Enum,
            native_enum=False,
            length=24,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
    }


class Entity(Base):
    """A business row that can travel between offline copies: UUID key, UTC stamps, soft delete."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)
    changed_by: Mapped[uuid.UUID | None] = mapped_column(default=None)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

"""Bulk inserts for the demo data and imports: SQLite's fast path, plain Core elsewhere.

The fast path writes values the way SQLAlchemy would (a test compares the bytes with the
ORM's), without SQLAlchemy's per-row machinery. Rows given to it carry every column they set;
`defaults_of` gives the Python-side defaults (ids, stamps, flags) of the columns left out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC
from functools import partial
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, Numeric, Table

from crm_desktop.models.base import GUID, UTCDateTime

BATCH = 20_000


def sqlite_value(column_type: Any) -> Callable[[Any], Any] | None:
    """How SQLAlchemy stores a value of this column type in SQLite, without its per-row
    machinery (the bulk load's hot path). Tested against the ORM's own writes."""
    if isinstance(column_type, GUID):
        return lambda v: None if v is None else v.bytes
    if isinstance(column_type, UTCDateTime):
        return lambda v: None if v is None else v.astimezone(UTC).replace(tzinfo=None).isoformat(
            " ", "microseconds")
    if isinstance(column_type, Numeric):
        return lambda v: None if v is None else float(v)
    if isinstance(column_type, Boolean):
        return lambda v: None if v is None else int(v)
    if isinstance(column_type, JSON):
        return lambda v: None if v is None else json.dumps(v)
    if isinstance(column_type, Date):
        return lambda v: None if v is None else v.isoformat()
    return None  # text, integers and enum values (given as their text) go in unchanged


def sqlite_writer(conn: Connection, table: Table) -> Callable[[list[dict[str, Any]]], None]:
    def write(batch: list[dict[str, Any]]) -> None:
        names = list(batch[0])
        convert = [sqlite_value(table.c[name].type) for name in names]
        sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
               f"VALUES ({', '.join('?' * len(names))})")
        tuples = [tuple(v if f is None else f(v)
                        for f, v in zip(convert, (row[n] for n in names), strict=True))
                  for row in batch]
        conn.exec_driver_sql(sql, tuples)

    return write


def writer_for(conn: Connection, table: Table) -> Callable[[list[dict[str, Any]]], None]:
    """A function writing one batch of rows (all with the same keys) into `table`."""
    if conn.dialect.name == "sqlite":
        return sqlite_writer(conn, table)

    def write(batch: list[dict[str, Any]]) -> None:
        if batch:
            conn.execute(table.insert(), batch)

    return write


def defaults_of(table: Table) -> tuple[dict[str, Any], dict[str, Callable[[], Any]]]:
    """(scalar defaults, callable defaults) of a table's columns, for building many rows."""
    static: dict[str, Any] = {}
    dynamic: dict[str, Callable[[], Any]] = {}
    for column in table.columns:
        default = column.default
        if default is not None and getattr(default, "is_callable", False):
            dynamic[column.name] = partial(default.arg, None)  # type: ignore[attr-defined]
        elif default is not None and getattr(default, "is_scalar", False):
            static[column.name] = default.arg  # type: ignore[attr-defined]
        else:
            static[column.name] = None
    return static, dynamic


def insert_rows(conn: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> int:
    """Insert rows in batches; every row must have the same keys. Returns the count."""
    write = writer_for(conn, table)
    batch: list[dict[str, Any]] = []
    count = 0
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            write(batch)
            count += len(batch)
            batch = []
    if batch:
        write(batch)
        count += len(batch)
    return count

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
from sqlalchemy.orm import Session

from crm_desktop.models.base import GUID, UTCDateTime, utcnow
from crm_desktop.services.core.changes import record_tables
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.identity import NO_ACTOR, Actor, CurrentUser, actor_of

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


def insert_rows(into: Session | Connection, table: Table, rows: Iterable[dict[str, Any]],
                actor: Actor | None = None) -> int:
    """Insert rows in batches; every row must have the same keys. Returns the count.

    Rows are stamped like the session stamps its own writes: `changed_by` from `actor` (by
    default the session's; a system actor without a user keeps what the rows say) and
    `updated_at` now where the rows leave it out. Given a session, the change is recorded and
    a session without an actor is refused; given a bare connection, `actor` is required."""
    if isinstance(into, Session):
        actor = actor or actor_of(into)
        conn = into.connection()
    else:
        conn = into
    if actor is None:
        raise CrmError(NO_ACTOR)
    stamps: dict[str, Any] = {}
    if "changed_by" in table.c and (isinstance(actor, CurrentUser) or actor.id is not None):
        stamps["changed_by"] = actor.id
    now = utcnow()
    write = writer_for(conn, table)
    batch: list[dict[str, Any]] = []
    count = 0

    # a column whose value is made from the row's others (a client tag link's id): filled in
    derived = {c.name: c.info["from_row"] for c in table.columns if "from_row" in c.info}

    def flush() -> None:
        if "updated_at" in table.c and "updated_at" not in batch[0]:
            stamps["updated_at"] = now
        made = {n: f for n, f in derived.items() if n not in batch[0]}
        if made:
            write([{**row, **stamps, **{n: f(row) for n, f in made.items()}} for row in batch])
            return
        write([{**row, **stamps} for row in batch] if stamps else batch)

    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            flush()
            count += len(batch)
            batch = []
    if batch:
        flush()
        count += len(batch)
    if count and isinstance(into, Session):
        record_tables(into, [table.name])
    return count

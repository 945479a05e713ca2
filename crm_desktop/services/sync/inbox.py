"""The conflict inbox on a desktop: the values that did not survive a sync, with the record,
the field, both values, who and when; a person keeps theirs (the value that stayed) or takes
theirs own back (written as a new local edit: captured, pushed at the next sync, and — being
the later arrival — it wins, the overwritten value logged in its turn). The next sync marks the
resolution on the server too (`laptop.settle`), so the person's other desktops drop it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import Client, SyncConflict, User, utcnow
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import Permission, require

from . import capture
from .values import decode, loads

GONE = error_code("sync.conflict_gone", "This conflict is no longer in the inbox")
CANNOT_TAKE = error_code("sync.cannot_take_mine", "The value of {field} cannot be taken back "
                         "here ({kind}): the record changed for a reason the server keeps")


@dataclass(frozen=True)
class ConflictView:
    id: int
    at: datetime
    kind: str  # overwritten, deleted, protected, refused
    table: str
    row_id: uuid.UUID
    field: str
    record: str  # a client's name, or the table and id
    kept: Any  # the value that stayed
    lost: Any  # the value that did not
    kept_by: str
    kept_at: datetime | None
    lost_by: str
    lost_at: datetime | None
    resolved: str | None


def _names(s: Session) -> dict[uuid.UUID, str]:
    return {i: n for i, n in s.execute(select(User.id, User.full_name))}


def _record(s: Session, table: str, row_id: uuid.UUID) -> str:
    t = capture.table(table) if table in capture.synced_names() else None
    if t is None:
        return f"{table} {row_id}"
    found = s.execute(select(t).where(t.c.id == row_id)).mappings().first()
    if found is None:
        return f"{table} {row_id}"
    client_id = row_id if table == "clients" else found.get("client_id")
    name = s.scalar(select(Client.short_name).where(Client.id == client_id)) if client_id \
        else None
    if table == "clients":
        return str(name or table)
    label = found.get("title") or found.get("full_name") or found.get("raw") or \
        found.get("address") or found.get("name") or found.get("number") or \
        found.get("key") or ""  # a team setting by its key
    return " — ".join(str(p) for p in (name, label) if p) or table


def conflicts(s: Session, open_only: bool = True) -> list[ConflictView]:
    """The inbox, newest first."""
    names = _names(s)
    query = select(SyncConflict).order_by(SyncConflict.at.desc(), SyncConflict.id.desc())
    if open_only:
        query = query.where(SyncConflict.resolved_at.is_(None))
    return [ConflictView(
        c.id, c.at, c.kind, c.table_name, c.row_id, c.column_name,
        _record(s, c.table_name, c.row_id),
        None if c.kept_value is None else loads(c.kept_value),
        None if c.lost_value is None else loads(c.lost_value),
        names.get(c.kept_by, "?") if c.kept_by else "?", c.kept_at,
        names.get(c.lost_by, "?") if c.lost_by else "?", c.lost_at, c.resolution)
        for c in s.scalars(query)]


def open_for_client(s: Session, client_id: uuid.UUID) -> int:
    """How many open conflicts concern this client (the badge on its card)."""
    return int(s.scalar(select(func.count()).select_from(SyncConflict).where(
        SyncConflict.client_id == client_id, SyncConflict.resolved_at.is_(None))) or 0)


def resolve_conflict(s: Session, conflict_id: int, take_mine: bool) -> None:
    """Keep theirs (nothing changes but the inbox) or take mine: the lost value written back
    as an edit of this desktop's person (stamped, captured, pushed at the next sync). Only
    an overwritten value can be taken back; a deletion or a protected field stays."""
    require(s, Permission.EDIT_CLIENTS)
    conflict = s.get(SyncConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise CrmError(GONE)
    if take_mine:
        if conflict.kind != "overwritten" or conflict.table_name not in \
                capture.synced_names():
            raise CrmError(CANNOT_TAKE, field=conflict.column_name, kind=conflict.kind)
        t = capture.table(conflict.table_name)
        column = t.c[conflict.column_name]
        value = None if conflict.lost_value is None else decode(column,
                                                                loads(conflict.lost_value))
        s.execute(update(t).where(t.c.id == conflict.row_id).values({column.name: value}))
    conflict.resolved_at = utcnow()
    conflict.resolution = "mine" if take_mine else "theirs"
    s.flush()

"""Reading the audit trail the PostgreSQL triggers write (migration 0009), and its retention.

Every change of a business row on the server is one `audit_log` row: who (the user the server
set for the transaction), from which device, when, table, row, and the values before and after
(for an update only the fields that changed). A card's "Change history" is the rows of the
client itself and of every row that belongs to it (contacts, phones, deals…).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crm_desktop.models import AuditEntry, User
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import CurrentUser, Permission, require
from crm_desktop.services.core.settings import get_setting, set_setting

from .access import require_client

RETENTION_KEY = "audit.retention_days"
DEFAULT_RETENTION_DAYS = 730  # two years; 0 keeps everything
BAD_RETENTION = error_code("team.bad_retention",
                           "Keep the change history from 0 (forever) to 36500 days")
# Bookkeeping fields a person does not change: left out of the history shown.
HIDDEN_FIELDS = frozenset({"id", "created_at", "updated_at", "changed_by", "name_key"})


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str  # the person's name; "" for the program itself (migrations, console)
    device: str
    table: str
    row_id: str
    action: str  # insert, update, delete, merge
    changes: tuple[FieldChange, ...]


def _changes(before: dict[str, Any] | None, after: dict[str, Any] | None
             ) -> tuple[FieldChange, ...]:
    before, after = before or {}, after or {}
    fields = sorted((set(before) | set(after)) - HIDDEN_FIELDS)
    return tuple(FieldChange(f, before.get(f), after.get(f)) for f in fields
                 if before.get(f) != after.get(f))


def _entries(s: Session, query: Any, limit: int) -> list[HistoryEntry]:
    rows = s.execute(query.outerjoin(User, User.id == AuditEntry.user_id)
                     .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)).all()
    return [HistoryEntry(entry.at, name or "", entry.device or "", entry.table_name,
                         entry.row_id, entry.action, _changes(entry.before, entry.after))
            for entry, name in rows]


def client_history(s: Session, client_id: uuid.UUID, limit: int = 500) -> list[HistoryEntry]:
    """The changes of a client and of the rows that belong to it, newest first. Needs the
    permission to read the audit and a client the actor may see."""
    actor = require(s, Permission.READ_AUDIT)
    if isinstance(actor, CurrentUser):
        require_client(s, actor, client_id)
    query = select(AuditEntry, User.full_name).where(AuditEntry.client_id == client_id)
    return _entries(s, query, limit)


def row_history(s: Session, table: str, row_id: str, limit: int = 500) -> list[HistoryEntry]:
    """The changes of any one row (shared tables: products, settings, users…)."""
    require(s, Permission.READ_AUDIT)
    query = select(AuditEntry, User.full_name).where(AuditEntry.table_name == table,
                                                     AuditEntry.row_id == row_id)
    return _entries(s, query, limit)


def retention_days(s: Session) -> int:
    return int(get_setting(s, RETENTION_KEY, DEFAULT_RETENTION_DAYS))


def set_retention_days(s: Session, days: int) -> None:
    require(s, Permission.MANAGE_USERS)
    if not 0 <= int(days) <= 36500:
        raise CrmError(BAD_RETENTION)
    set_setting(s, RETENTION_KEY, int(days))


def purge(s: Session) -> int:
    """Drop audit rows older than the retention (PostgreSQL; through the owner's function,
    since the server may not delete audit rows itself). Returns how many went. The server's
    own housekeeping: it runs at start and once a day."""
    if s.get_bind().dialect.name != "postgresql":
        return 0
    return int(s.scalar(text("SELECT crm_purge_audit(:days)"),
                        {"days": retention_days(s)}) or 0)


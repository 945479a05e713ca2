"""Offline sync: what a desktop has changed and not yet sent, what the server has applied in
its one global order, and the conflicts nobody's change disappears into.

On a desktop (SQLite) triggers generated from the metadata (`services/sync/capture.py`) add a
row to `sync_outbox` for every changed field of a synced table — ORM flushes and bulk Core
statements alike, in the same transaction as the write. A push freezes the pending rows into a
`sync_batches_out` row (its id makes a retry safe), and the acknowledgement deletes both.

On the server (PostgreSQL) a trigger writes every change of a synced table to `sync_log`
(`seq` is the global order; one writer at a time holds the order, see capture.py);
`sync_received` remembers each batch id with its answer (a retried batch is answered, not
applied again) and `sync_changes_seen` each change id with what became of it.

`sync_conflicts` exists on both sides: the server writes it, desktops hold the copies their
user may see. None of these tables is synced itself, nor stamped: they are the machinery.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

Document = JSON().with_variant(JSONB(), "postgresql")
Serial = BigInteger().with_variant(Integer(), "sqlite")


class SyncOutbox(Base):
    """A field (or a whole new row: column `*`) changed on this desktop and not yet
    acknowledged by the server. One pending row per field: later edits of the same field
    before a push only move `changed_at` (the value sent is the one the row holds then)."""

    __tablename__ = "sync_outbox"
    __table_args__ = (
        Index("ix_sync_outbox_field", "table_name", "row_id", "column_name"),
        Index("ix_sync_outbox_batch_id", "batch_id"),
    )

    seq: Mapped[int] = mapped_column(Serial, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(32), unique=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    column_name: Mapped[str] = mapped_column(String(64))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    batch_id: Mapped[str | None] = mapped_column(String(32))  # frozen into a batch


class SyncBatchOut(Base):
    """A batch as it was sent (values frozen): resent unchanged until acknowledged."""

    __tablename__ = "sync_batches_out"

    batch_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    payload: Mapped[str] = mapped_column(Text)  # JSON: the changes as sent


class SyncState(Base):
    """This desktop's sync settings and progress (cursor, device id, last success…)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncApplying(Base):
    """A row here (inside the pull's own transaction only) silences the capture triggers:
    changes pulled from the server are not changes to send back."""

    __tablename__ = "sync_applying"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class SyncLog(Base):
    """The server's global order: one row per changed row, the changed fields and their new
    values (`fields`, JSON as PostgreSQL's to_jsonb writes them), whose client it belongs to
    (the pull's filter), who and which device, and the change id a desktop gave it."""

    __tablename__ = "sync_log"
    __table_args__ = (
        Index("ix_sync_log_table_row", "table_name", "row_id"),
    )

    seq: Mapped[int] = mapped_column(Serial, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    op: Mapped[str] = mapped_column(String(12))  # insert, update, reassert
    fields: Mapped[dict[str, Any]] = mapped_column(Document)
    device: Mapped[str | None] = mapped_column(String(100))
    author: Mapped[uuid.UUID | None]


class SyncReceived(Base):
    """A batch the server has applied, with the answer it gave (a retry gets the same)."""

    __tablename__ = "sync_received"

    batch_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    device: Mapped[str] = mapped_column(String(100))
    user_id: Mapped[uuid.UUID | None]
    at: Mapped[datetime] = mapped_column(default=utcnow)
    answer: Mapped[dict[str, Any]] = mapped_column(Document)


class SyncChangeSeen(Base):
    """Each change id the server has received, once: applied, or why not (conflict kinds)."""

    __tablename__ = "sync_changes_seen"

    change_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(32), index=True)
    outcome: Mapped[str] = mapped_column(String(16))


class SyncConflict(Base):
    """A value that did not survive: overwritten by a later arrival (`overwritten`), an edit of
    a row deleted elsewhere (`deleted`), a protected field (`protected`) or a change the sender
    may not make (`refused`). Both values, both authors and devices, both times."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        Index("ix_sync_conflicts_table_row", "table_name", "row_id"),
    )

    id: Mapped[int] = mapped_column(Serial, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    column_name: Mapped[str] = mapped_column(String(64))
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    kept_value: Mapped[str | None] = mapped_column(Text)  # JSON of the value that stays
    lost_value: Mapped[str | None] = mapped_column(Text)  # JSON of the value that did not
    kept_by: Mapped[uuid.UUID | None]
    kept_device: Mapped[str | None] = mapped_column(String(100))
    kept_at: Mapped[datetime | None]
    lost_by: Mapped[uuid.UUID | None]
    lost_device: Mapped[str | None] = mapped_column(String(100))
    lost_at: Mapped[datetime | None]
    change_id: Mapped[str | None] = mapped_column(String(32), index=True)
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(16))  # theirs, mine

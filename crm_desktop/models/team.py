"""A team on a server: teams and their members, clients shared with a person or a team, the
server's own secrets (password hashes, sign-in tokens) and the audit trail.

Password hashes and tokens live in their own tables, never in `users`: the users table travels
to desktops (names, roles), these never leave the server. The audit trail is written by
PostgreSQL triggers (migration 0009); on a SQLite file the table exists and stays empty.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity, utcnow

# JSONB on PostgreSQL (compact, comparable), JSON text elsewhere.
Document = JSON().with_variant(JSONB(), "postgresql")
# A 64-bit serial on PostgreSQL; SQLite only autoincrements an INTEGER primary key.
Serial = BigInteger().with_variant(Integer(), "sqlite")


class Team(Entity):
    """A head of sales and their salespeople (members)."""

    __tablename__ = "teams"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    head_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)


class TeamMember(Entity):
    """A salesperson belongs to one team at a time (a tombstone when they leave it)."""

    __tablename__ = "team_members"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), unique=True)
    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id"), index=True)


class ClientShare(Entity):
    """A client shown to a person (`user_id`) or to a whole team (`team_id`) besides the one
    responsible for it. A lead nobody is responsible for, shared with a team, is that team's
    unassigned lead."""

    __tablename__ = "client_shares"
    __table_args__ = (
        CheckConstraint("(user_id IS NULL) <> (team_id IS NULL)", name="one_target"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"), index=True)


class UserCredential(Base):
    """A person's password hash (Argon2id) and the count of wrong passwords in a row."""

    __tablename__ = "user_credentials"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    failed_attempts: Mapped[int] = mapped_column(default=0)
    blocked_until: Mapped[datetime | None] = mapped_column(default=None)
    password_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    changed_by: Mapped[uuid.UUID | None] = mapped_column(default=None)


class AuthToken(Base):
    """A sign-in: only the SHA-256 of the random token is stored; it expires and can be
    revoked (sign out, a disabled user, a reset password)."""

    __tablename__ = "auth_tokens"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    device: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    changed_by: Mapped[uuid.UUID | None] = mapped_column(default=None)


class AuditEntry(Base):
    """One change of one row, written by a PostgreSQL trigger: who (the user set for the
    transaction), from which device, when, the table and row, and the values before and after
    (for an update only the fields that changed)."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_client_at", "client_id", "at"),
        Index("ix_audit_log_table_row", "table_name", "row_id"),
    )

    id: Mapped[int] = mapped_column(Serial, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    user_id: Mapped[uuid.UUID | None]
    device: Mapped[str | None] = mapped_column(String(100))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(80))
    client_id: Mapped[uuid.UUID | None]  # the client the row belongs to (for its card)
    action: Mapped[str] = mapped_column(String(12))  # insert, update, delete, merge
    before: Mapped[dict[str, Any] | None] = mapped_column(Document)
    after: Mapped[dict[str, Any] | None] = mapped_column(Document)

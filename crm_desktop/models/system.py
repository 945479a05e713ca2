"""Attachments, settings (this installation's and the team's) and document number counters."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity, utcnow


class Attachment(Entity):
    """A file stored under the data folder by its SHA-256, linked to what it belongs to."""

    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"), index=True)
    event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("events.id"), index=True)
    document_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_documents.id"), index=True
    )
    claim_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("claims.id"), index=True)


class Setting(Base):
    """A setting of this installation (its SMTP account, device code, backups…); the team's
    settings are `SharedSetting`s, per-user preferences live in QSettings."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    changed_by: Mapped[uuid.UUID | None] = mapped_column(default=None)


SHARED_SETTING_NAMESPACE = uuid.UUID("3b0e5d52-8c1f-5a47-9d6e-2f7a41c9e801")


def shared_setting_id(key: str) -> uuid.UUID:
    """A shared setting's id, made from its key: the same on every copy (two laptops that set
    one key offline write one row, and the later arrival wins with the other value logged)."""
    return uuid.uuid5(SHARED_SETTING_NAMESPACE, key)


class SharedSetting(Entity):
    """A setting the whole team shares (rates, mail templates, automation switches): synced to
    every copy like any other row."""

    __tablename__ = "shared_settings"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[object] = mapped_column(JSON)


class NumberCounter(Base):
    """The last number issued in a series (e.g. INV-2026) on one device.

    Offline copies get their own device code, so two laptops never issue the same number.
    """

    __tablename__ = "number_counters"

    series: Mapped[str] = mapped_column(String(32), primary_key=True)
    device: Mapped[str] = mapped_column(String(16), primary_key=True, default="")
    last_value: Mapped[int] = mapped_column(default=0)

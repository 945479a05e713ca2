"""Mail waiting to go out: the full MIME is committed before any attempt to send it."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Entity
from .enums import OutboxStatus


class OutboxMessage(Entity):
    __tablename__ = "outbox_messages"
    __table_args__ = (Index("ix_outbox_messages_status_next", "status", "next_attempt_at"),)

    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    status: Mapped[OutboxStatus] = mapped_column(default=OutboxStatus.QUEUED)
    recipients: Mapped[str] = mapped_column(Text)  # comma-separated
    subject: Mapped[str] = mapped_column(String(500))
    mime: Mapped[bytes] = mapped_column(LargeBinary)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    # what the server answered for each address: {address: {"code": 250, "text": "…"}}
    recipient_results: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    sent_at: Mapped[datetime | None]
    # the installation that took the message for sending (db.installation_id): at start a
    # program marks only its own messages in flight as interrupted, never another PC's
    sending_device: Mapped[str | None] = mapped_column(String(64))
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"), index=True)
    document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales_documents.id"),
                                                          index=True)

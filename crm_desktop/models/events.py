"""CRM events: calls, meetings, e-mails, tasks, planned interactions, notes."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Entity
from .clients import Client, Contact
from .enums import Direction, EventStatus, EventType


class Event(Entity):
    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_responsible_start", "responsible_id", "start_at"),
        Index("ix_events_client_start", "client_id", "start_at"),
        Index("ix_events_responsible_status_due", "responsible_id", "status", "due_at"),
        # the reports' benchmark counts done calls, meetings and e-mails per person and period
        # from this index alone (covering: no lookup of a million rows)
        Index("ix_events_responsible_start_kind", "responsible_id", "start_at", "status", "type",
              "due_at", "deleted_at"),
    )

    type: Mapped[EventType]
    direction: Mapped[Direction | None]
    subject: Mapped[str] = mapped_column()
    content: Mapped[str | None] = mapped_column(Text)
    start_at: Mapped[datetime]
    end_at: Mapped[datetime | None]
    due_at: Mapped[datetime | None]
    status: Mapped[EventStatus] = mapped_column(default=EventStatus.PLANNED)
    result: Mapped[str | None] = mapped_column(Text)
    remind_at: Mapped[datetime | None] = mapped_column(index=True)
    completed_at: Mapped[datetime | None]
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id"), index=True)
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    chain_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # a task of a claim's investigation plan, or an interaction logged against a claim
    claim_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("claims.id"), index=True)

    client: Mapped[Client | None] = relationship()
    contact: Mapped[Contact | None] = relationship()

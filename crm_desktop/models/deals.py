"""Deals (opportunities) moving through pipeline stages."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Entity
from .clients import Client
from .enums import DealStage, DealStatus


class Deal(Entity):
    __tablename__ = "deals"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    title: Mapped[str]
    stage: Mapped[DealStage] = mapped_column(default=DealStage.NEW)
    status: Mapped[DealStatus] = mapped_column(default=DealStatus.OPEN, index=True)
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    probability: Mapped[int] = mapped_column(default=10)
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    expected_close: Mapped[date | None]
    source: Mapped[str | None] = mapped_column(String(64))
    loss_reason: Mapped[str | None]
    closed_at: Mapped[datetime | None]

    client: Mapped[Client] = relationship()

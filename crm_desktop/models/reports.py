"""What the reports keep of their own: the sales plan (an amount per manager and month)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Entity


class SalesPlan(Entity):
    """The amount a manager is to sell in a month (`month` is its first day), in `currency`.
    The sales report sets it beside the paid invoices of the same manager and month."""

    __tablename__ = "sales_plans"
    __table_args__ = (UniqueConstraint("manager_id", "month", "currency"),)

    manager_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    month: Mapped[date]
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))

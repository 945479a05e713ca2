"""Orders: what a client ordered, moving through statuses to delivery, with the history of moves.

An order may come from a won deal (`deal_id`) or an invoice (`invoice_id`), or be made by
hand; shipments are recorded against it (`shipments.order_id`).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Entity, Quantity, Rate
from .clients import Client
from .enums import OrderStatus


class Order(Entity):
    __tablename__ = "orders"
    __table_args__ = (
        # the list's default order (newest first) and its keyset pages
        Index("ix_orders_date_id", "order_date", "id"),
        # "overdue": not delivered/cancelled and past the due date
        Index("ix_orders_status_due", "status", "due_date"),
        Index("ix_orders_client_date", "client_id", "order_date"),
    )

    number: Mapped[str] = mapped_column(String(32), unique=True)
    order_date: Mapped[date]
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id"), index=True)
    invoice_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_documents.id"), index=True
    )
    status: Mapped[OrderStatus] = mapped_column(default=OrderStatus.NEW)
    status_changed_at: Mapped[datetime]
    due_date: Mapped[date | None]
    currency: Mapped[str] = mapped_column(String(3))
    vat_included: Mapped[bool] = mapped_column(default=True)
    net_total: Mapped[Decimal]
    vat_total: Mapped[Decimal]
    total: Mapped[Decimal]
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    comment: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", order_by="OrderLine.line_no"
    )


class OrderLine(Entity):
    """One line of an order; amounts by `services.sales.pricing` (the quote form's rule)."""

    __tablename__ = "order_lines"
    __table_args__ = (UniqueConstraint("order_id", "line_no"),)

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"))
    line_no: Mapped[int]
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("products.id"), index=True)
    description: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit: Mapped[str] = mapped_column(String(16))
    price: Mapped[Decimal]
    discount_pct: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Rate)
    net_amount: Mapped[Decimal]
    vat_amount: Mapped[Decimal]
    total: Mapped[Decimal]

    order: Mapped[Order] = relationship(back_populates="lines")


class OrderStatusChange(Entity):
    """One status change of an order: from (None when the order was made) → to, when, by whom."""

    __tablename__ = "order_status_changes"
    __table_args__ = (Index("ix_order_status_changes_order_at", "order_id", "changed_at"),)

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"))
    from_status: Mapped[OrderStatus | None]
    to_status: Mapped[OrderStatus]
    changed_at: Mapped[datetime]
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

"""Terms of sale per client, and the log of prices approved below the minimum."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Entity, Rate


class TermsOfSale(Entity):
    """A client's contract terms, used by default when quoting that client."""

    __tablename__ = "terms_of_sale"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), unique=True)
    price_type_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("price_types.id"))
    discount_pct: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    payment_days: Mapped[int] = mapped_column(default=10)
    currency: Mapped[str | None] = mapped_column(String(3))


class PriceApproval(Entity):
    """A price below the minimum that a head of sales or an admin approved, and why."""

    __tablename__ = "price_approvals"

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_documents.id"), index=True)
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("products.id"))
    approved_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    price: Mapped[Decimal]
    minimum_price: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    reason: Mapped[str] = mapped_column(Text)

"""Sales documents (quotes, invoices) with lines, shipments with lines, payments."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Entity, Quantity, Rate
from .clients import Client
from .enums import DocumentKind, DocumentStatus, PaymentMethod, ShipmentStatus


class SalesDocument(Entity):
    """A commercial offer (quote) or an invoice for payment."""

    __tablename__ = "sales_documents"
    __table_args__ = (Index("ix_sales_documents_client_date", "client_id", "issue_date"),)

    kind: Mapped[DocumentKind]
    number: Mapped[str] = mapped_column(String(32), unique=True)
    issue_date: Mapped[date]
    due_date: Mapped[date | None]  # payment due (invoice) or valid until (quote)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"))
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id"), index=True)
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str | None] = mapped_column(String(8))
    vat_included: Mapped[bool] = mapped_column(default=True)
    status: Mapped[DocumentStatus] = mapped_column(default=DocumentStatus.DRAFT)
    net_total: Mapped[Decimal]
    vat_total: Mapped[Decimal]
    total: Mapped[Decimal]
    notes: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship()
    lines: Mapped[list[SalesDocumentLine]] = relationship(
        back_populates="document", order_by="SalesDocumentLine.line_no"
    )


class SalesDocumentLine(Entity):
    __tablename__ = "sales_document_lines"
    __table_args__ = (UniqueConstraint("document_id", "line_no"),)

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_documents.id"))
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

    document: Mapped[SalesDocument] = relationship(back_populates="lines")


class Shipment(Entity):
    """A sale (shipment) of goods and services to a client."""

    __tablename__ = "shipments"
    __table_args__ = (Index("ix_shipments_client_date", "client_id", "shipped_on"),)

    number: Mapped[str] = mapped_column(String(32), unique=True)
    shipped_on: Mapped[date]
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"))
    invoice_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_documents.id"), index=True
    )
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"), index=True)
    status: Mapped[ShipmentStatus] = mapped_column(default=ShipmentStatus.SHIPPED)
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[Decimal]

    lines: Mapped[list[ShipmentLine]] = relationship(order_by="ShipmentLine.line_no")


class ShipmentLine(Entity):
    __tablename__ = "shipment_lines"
    __table_args__ = (UniqueConstraint("shipment_id", "line_no"),)

    shipment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shipments.id"))
    line_no: Mapped[int]
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("products.id"), index=True)
    description: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    price: Mapped[Decimal]
    total: Mapped[Decimal]


class Payment(Entity):
    """Money received from a client, usually against an invoice."""

    __tablename__ = "payments"
    __table_args__ = (Index("ix_payments_client_date", "client_id", "paid_on"),)

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"))
    invoice_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_documents.id"), index=True
    )
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    paid_on: Mapped[date]
    method: Mapped[PaymentMethod] = mapped_column(default=PaymentMethod.BANK_TRANSFER)
    reference: Mapped[str | None] = mapped_column(String(100))

"""The order card: what the order dialog shows (fields, lines, status history, shipments and
the statuses it may move to next), read in one go."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Client,
    Contact,
    Deal,
    OrderLine,
    OrderStatus,
    OrderStatusChange,
    SalesDocument,
    Shipment,
    ShipmentStatus,
    User,
)
from crm_desktop.services.sales.metrics import is_overdue_order

from .statuses import allowed_next
from .writing import LineInput, load_order


@dataclass(frozen=True)
class CardLine:
    id: uuid.UUID
    line: LineInput
    net: Decimal
    vat: Decimal
    total: Decimal


@dataclass(frozen=True)
class HistoryRow:
    changed_at: datetime
    from_status: OrderStatus | None
    to_status: OrderStatus
    user: str | None


@dataclass(frozen=True)
class ShipmentRow:
    id: uuid.UUID
    number: str
    shipped_on: date
    total: Decimal
    status: ShipmentStatus


@dataclass(frozen=True)
class OrderCard:
    id: uuid.UUID
    number: str
    order_date: date
    client_id: uuid.UUID
    client: str
    contact_id: uuid.UUID | None
    contact: str | None
    deal_id: uuid.UUID | None
    deal: str | None
    invoice_id: uuid.UUID | None
    invoice: str | None
    status: OrderStatus
    due_date: date | None
    currency: str
    vat_included: bool
    net_total: Decimal
    vat_total: Decimal
    total: Decimal
    responsible_id: uuid.UUID | None
    responsible: str | None
    comment: str
    overdue: bool
    next_statuses: tuple[OrderStatus, ...]
    lines: tuple[CardLine, ...]
    history: tuple[HistoryRow, ...]
    shipments: tuple[ShipmentRow, ...]


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class OrderChoices:
    """What the order dialog's combo boxes offer."""

    contacts: tuple[Choice, ...]
    users: tuple[Choice, ...]


def choices(s: Session, client_id: uuid.UUID) -> OrderChoices:
    """The client's contact persons and the active users (for the responsible)."""
    contacts = tuple(Choice(*r) for r in s.execute(
        select(Contact.id, Contact.full_name).where(Contact.client_id == client_id,
                                                    Contact.deleted_at.is_(None))
        .order_by(Contact.is_primary.desc(), Contact.full_name)))
    users = tuple(Choice(*r) for r in s.execute(
        select(User.id, User.full_name).where(User.active.is_(True), User.deleted_at.is_(None))
        .order_by(User.full_name)))
    return OrderChoices(contacts, users)


def client_name(s: Session, client_id: uuid.UUID) -> str:
    return _name(s, Client, client_id, "short_name") or ""


def _name(s: Session, model: type, row_id: uuid.UUID | None, attr: str) -> str | None:
    if row_id is None:
        return None
    row = s.get(model, row_id)
    return getattr(row, attr) if row is not None else None


def load_card(s: Session, order_id: uuid.UUID, today: date | None = None) -> OrderCard:
    """Everything the order dialog shows about one order."""
    order = load_order(s, order_id)
    today = today or date.today()
    lines = tuple(CardLine(r.id, LineInput(r.product_id, r.description, r.unit, r.quantity,
                                           r.price, r.vat_rate, r.discount_pct),
                           r.net_amount, r.vat_amount, r.total)
                  for r in s.scalars(select(OrderLine).where(
                      OrderLine.order_id == order.id, OrderLine.deleted_at.is_(None))
                      .order_by(OrderLine.line_no)))
    history = tuple(HistoryRow(r[0], r[1], r[2], r[3]) for r in s.execute(
        select(OrderStatusChange.changed_at, OrderStatusChange.from_status,
               OrderStatusChange.to_status, User.full_name)
        .outerjoin(User, User.id == OrderStatusChange.user_id)
        .where(OrderStatusChange.order_id == order.id,
               OrderStatusChange.deleted_at.is_(None))
        .order_by(OrderStatusChange.changed_at, OrderStatusChange.created_at)))
    shipments = tuple(ShipmentRow(r.id, r.number, r.shipped_on, r.total, r.status)
                      for r in s.scalars(select(Shipment).where(
                          Shipment.order_id == order.id, Shipment.deleted_at.is_(None))
                          .order_by(Shipment.shipped_on, Shipment.number)))
    return OrderCard(
        id=order.id, number=order.number, order_date=order.order_date,
        client_id=order.client_id, client=_name(s, Client, order.client_id, "short_name") or "",
        contact_id=order.contact_id, contact=_name(s, Contact, order.contact_id, "full_name"),
        deal_id=order.deal_id, deal=_name(s, Deal, order.deal_id, "title"),
        invoice_id=order.invoice_id,
        invoice=_name(s, SalesDocument, order.invoice_id, "number"),
        status=order.status, due_date=order.due_date, currency=order.currency,
        vat_included=order.vat_included, net_total=order.net_total,
        vat_total=order.vat_total, total=order.total, responsible_id=order.responsible_id,
        responsible=_name(s, User, order.responsible_id, "full_name"),
        comment=order.comment or "",
        overdue=is_overdue_order(order.status, order.due_date, today),
        next_statuses=allowed_next(order.status), lines=lines, history=history,
        shipments=shipments)

"""Making orders (by hand, from a won deal, from an invoice), changing their lines, and moving
them through their statuses: the one place an order's status changes.

Each status change is a history row (`order_status_changes`) and an event in the client's
history; with `notify` an e-mail to the client is queued in the outbox from the status's
template (`mail`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Client,
    Company,
    Deal,
    DealStatus,
    DocumentKind,
    DocumentStatus,
    Event,
    EventStatus,
    EventType,
    Order,
    OrderLine,
    OrderStatus,
    OrderStatusChange,
    SalesDocument,
    TermsOfSale,
    User,
    utcnow,
)
from crm_desktop.services.clients.writer import CLIENT_GONE
from crm_desktop.services.company.profile import NO_REQUISITES
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import (
    CurrentUser,
    Permission,
    actor_of,
    may,
    require,
    user_id_of,
)
from crm_desktop.services.locale.logged import logged, order_status
from crm_desktop.services.sales.deals.moves import DEAL_NOT_FOUND
from crm_desktop.services.sales.numbering import next_number
from crm_desktop.services.sales.pricing import line_amounts, totals

from .statuses import allowed_next

ORDER_NOT_FOUND = error_code("orders.not_found", "This order no longer exists")
NOT_YOUR_ORDER = error_code("orders.not_yours", "The order belongs to {owner}: only the head "
                            "of sales may change another salesperson's order")
TRANSITION_REFUSED = error_code("orders.transition_refused",
                                "An order in status {from_status} cannot become {to_status}")
ORDER_CLOSED = error_code("orders.closed", "The order is {status}: its status cannot change")
NO_LINES = error_code("orders.no_lines", "Add at least one line to the order")
LINE_QUANTITY = error_code("orders.line_quantity", "{line}: the quantity must be above zero")
LINE_PRICE = error_code("orders.line_price", "{line}: the price cannot be negative")
LINE_DISCOUNT = error_code("orders.line_discount",
                           "{line}: the discount must be from 0 to 99.99 %")
LINES_LOCKED = error_code("orders.lines_locked",
                          "The order is {status}: its lines can no longer change")
DEAL_NOT_WON = error_code("orders.deal_not_won", "Only a won deal becomes an order")
NOT_AN_INVOICE = error_code("orders.not_an_invoice",
                            "Only an issued invoice becomes an order")
ALREADY_ORDERED = error_code("orders.already_ordered", "Order {number} was already made from it")

ORDER_PREFIX = "ORD"
DUE_DAYS = 14  # an order made from a deal or an invoice is due two weeks later
# Lines may change while the order is being prepared; after payment they are what was paid for.
EDITABLE = (OrderStatus.NEW, OrderStatus.IN_PROGRESS, OrderStatus.AWAITING_PAYMENT)
# Status words in the client's history (stored text, like the other services' event subjects).
STATUS_WORDS = {
    OrderStatus.NEW: "new", OrderStatus.IN_PROGRESS: "in progress",
    OrderStatus.AWAITING_PAYMENT: "awaiting payment", OrderStatus.PAID: "paid",
    OrderStatus.READY_TO_SHIP: "ready to ship", OrderStatus.SHIPPED: "shipped",
    OrderStatus.DELIVERED: "delivered", OrderStatus.CANCELLED: "cancelled",
}


@dataclass(frozen=True)
class LineInput:
    """A line as the form or a source document gives it; money in the order's currency."""

    product_id: uuid.UUID | None
    description: str
    unit: str
    quantity: Decimal
    price: Decimal
    vat_rate: Decimal
    discount_pct: Decimal = Decimal(0)


@dataclass(frozen=True)
class OrderInput:
    client_id: uuid.UUID
    lines: tuple[LineInput, ...]
    due_date: date | None = None
    contact_id: uuid.UUID | None = None
    responsible_id: uuid.UUID | None = None  # None: whoever makes it
    comment: str = ""
    currency: str | None = None  # None: the client's currency of sale
    deal_id: uuid.UUID | None = None
    invoice_id: uuid.UUID | None = None
    vat_included: bool | None = None  # None: the company's setting


@dataclass(frozen=True)
class SavedOrder:
    id: uuid.UUID
    number: str
    total: Decimal
    currency: str
    status: OrderStatus


@dataclass(frozen=True)
class StatusChanged:
    order_id: uuid.UUID
    number: str
    from_status: OrderStatus
    to_status: OrderStatus
    mail_id: uuid.UUID | None  # the queued e-mail to the client, if one was asked for


def load_order(s: Session, order_id: uuid.UUID) -> Order:
    order = s.get(Order, order_id)
    if order is None or order.deleted_at is not None:
        raise CrmError(ORDER_NOT_FOUND)
    return order


def check_may_edit(s: Session, responsible_id: uuid.UUID | None) -> None:
    """Own orders (or nobody's) for a salesperson, anyone's for the head of sales and admin."""
    require(s, Permission.EDIT_ORDERS)
    actor = actor_of(s)
    if (isinstance(actor, CurrentUser) and responsible_id not in (None, actor.id)
            and not may(s, Permission.EDIT_ANY_ORDER)):
        owner = s.get(User, responsible_id) if responsible_id else None
        raise CrmError(NOT_YOUR_ORDER, owner=owner.full_name if owner else "-")


def _company(s: Session) -> Company:
    company = s.scalar(select(Company).where(Company.deleted_at.is_(None)).limit(1))
    if company is None:
        raise CrmError(NO_REQUISITES)
    return company


def _check_lines(lines: tuple[LineInput, ...]) -> None:
    if not lines:
        raise ValidationError(NO_LINES)
    for line in lines:
        if line.quantity <= 0:
            raise ValidationError(LINE_QUANTITY, field="quantity", line=line.description)
        if line.price < 0:
            raise ValidationError(LINE_PRICE, field="price", line=line.description)
        if not Decimal(0) <= line.discount_pct < Decimal(100):
            raise ValidationError(LINE_DISCOUNT, field="discount", line=line.description)


def _write_lines(s: Session, order: Order, lines: tuple[LineInput, ...]) -> None:
    """Lines 1..n of the order as given, with the quote form's rounding rule, and the totals.
    Rows are kept by line number: updated, revived or tombstoned, never deleted."""
    amounts = [line_amounts(ln.quantity, ln.price, ln.discount_pct, ln.vat_rate,
                            order.vat_included, order.currency) for ln in lines]
    sums = totals(zip(amounts, (ln.vat_rate for ln in lines), strict=True))
    order.net_total, order.vat_total, order.total = sums.net, sums.vat, sums.gross
    existing = {row.line_no: row for row in s.scalars(
        select(OrderLine).where(OrderLine.order_id == order.id))} if order.id else {}
    for number, (line, amount) in enumerate(zip(lines, amounts, strict=True), start=1):
        row = existing.pop(number, None)
        if row is None:
            row = OrderLine(order_id=order.id, line_no=number)
            s.add(row)
        row.deleted_at = None
        row.product_id, row.description = line.product_id, line.description[:500]
        row.unit, row.quantity, row.price = line.unit[:16], line.quantity, line.price
        row.discount_pct, row.vat_rate = line.discount_pct, line.vat_rate
        row.net_amount, row.vat_amount, row.total = amount.net, amount.vat, amount.gross
    now = utcnow()
    for row in existing.values():
        if row.deleted_at is None:
            row.deleted_at = now


def _log(s: Session, order: Order, subject: str, content: str | None, now: datetime) -> None:
    """An event in the client's history, as the other services log what they did."""
    s.add(Event(type=EventType.NOTE, subject=subject[:255], content=content, start_at=now,
                end_at=now, due_at=now, completed_at=now, status=EventStatus.DONE,
                client_id=order.client_id, contact_id=order.contact_id, deal_id=order.deal_id,
                responsible_id=user_id_of(s)))


def _history(s: Session, order: Order, from_status: OrderStatus | None,
             to_status: OrderStatus, now: datetime) -> None:
    s.add(OrderStatusChange(order_id=order.id, from_status=from_status, to_status=to_status,
                            changed_at=now, user_id=user_id_of(s)))


def create_order(s: Session, form: OrderInput, *, today: date | None = None,
                 now: datetime | None = None) -> SavedOrder:
    """A new numbered order in status *new*, with its lines and totals, its first history row
    and an event in the client's history. One transaction: a refusal writes nothing."""
    actor = require(s, Permission.EDIT_ORDERS)
    responsible = form.responsible_id if form.responsible_id is not None else actor.id
    check_may_edit(s, responsible)
    _check_lines(form.lines)
    client = s.get(Client, form.client_id)
    if client is None or client.deleted_at is not None:
        raise CrmError(CLIENT_GONE)
    company = _company(s)
    today = today or date.today()
    now = now or utcnow()
    order = Order(number=next_number(s, ORDER_PREFIX, today.year), order_date=today,
                  client_id=client.id, contact_id=form.contact_id, deal_id=form.deal_id,
                  invoice_id=form.invoice_id, status=OrderStatus.NEW, status_changed_at=now,
                  due_date=form.due_date, currency=form.currency or _client_currency(s, client),
                  vat_included=(company.vat_included if form.vat_included is None
                                else form.vat_included),
                  responsible_id=responsible, comment=form.comment.strip() or None,
                  net_total=Decimal(0), vat_total=Decimal(0), total=Decimal(0))
    s.add(order)
    s.flush()
    _write_lines(s, order, form.lines)
    _history(s, order, None, OrderStatus.NEW, now)
    _log(s, order, logged("order", number=order.number, amount=order.total,
                          currency=order.currency),
         "\n".join(f"{ln.description} × {ln.quantity}" for ln in form.lines), now)
    s.flush()
    return SavedOrder(order.id, order.number, order.total, order.currency, order.status)


def _client_currency(s: Session, client: Client) -> str:
    terms = s.scalar(select(TermsOfSale.currency).where(TermsOfSale.client_id == client.id,
                                                        TermsOfSale.deleted_at.is_(None)))
    return terms or client.currency


def update_order(s: Session, order_id: uuid.UUID, form: OrderInput) -> SavedOrder:
    """Change an order's lines, due date, contact, responsible and comment; the lines only
    while it is being prepared (new, in progress, awaiting payment)."""
    order = load_order(s, order_id)
    check_may_edit(s, order.responsible_id)
    if form.responsible_id is not None and form.responsible_id != order.responsible_id:
        check_may_edit(s, form.responsible_id)
        order.responsible_id = form.responsible_id
    if form.lines != _current_lines(s, order):
        if order.status not in EDITABLE:
            raise CrmError(LINES_LOCKED, status=order.status)
        _check_lines(form.lines)
        _write_lines(s, order, form.lines)
    order.due_date, order.contact_id = form.due_date, form.contact_id
    order.comment = form.comment.strip() or None
    s.flush()
    return SavedOrder(order.id, order.number, order.total, order.currency, order.status)


def _current_lines(s: Session, order: Order) -> tuple[LineInput, ...]:
    return tuple(LineInput(r.product_id, r.description, r.unit, r.quantity, r.price,
                           r.vat_rate, r.discount_pct)
                 for r in s.scalars(select(OrderLine).where(
                     OrderLine.order_id == order.id, OrderLine.deleted_at.is_(None))
                     .order_by(OrderLine.line_no)))


def _document_lines(document: SalesDocument) -> tuple[LineInput, ...]:
    return tuple(LineInput(ln.product_id, ln.description, ln.unit, ln.quantity, ln.price,
                           ln.vat_rate, ln.discount_pct)
                 for ln in document.lines if ln.deleted_at is None)


def _refuse_second_order(s: Session, source: ColumnElement[bool]) -> None:
    number = s.scalar(select(Order.number).where(
        source, Order.deleted_at.is_(None), Order.status != OrderStatus.CANCELLED).limit(1))
    if number is not None:
        raise CrmError(ALREADY_ORDERED, number=number)


def order_from_deal(s: Session, deal_id: uuid.UUID, *, today: date | None = None,
                    now: datetime | None = None) -> SavedOrder:
    """An order for a won deal: the lines of its latest invoice (else its latest quote, else
    one line for the deal's amount), due in two weeks, for the deal's responsible."""
    require(s, Permission.EDIT_ORDERS)
    deal = s.get(Deal, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise CrmError(DEAL_NOT_FOUND)
    if deal.status != DealStatus.WON:
        raise CrmError(DEAL_NOT_WON)
    _refuse_second_order(s, Order.deal_id == deal.id)
    today = today or date.today()
    documents = s.scalars(select(SalesDocument).where(
        SalesDocument.deal_id == deal.id, SalesDocument.deleted_at.is_(None),
        SalesDocument.status.not_in((DocumentStatus.CANCELLED, DocumentStatus.DECLINED)))
        .order_by(SalesDocument.issue_date.desc(), SalesDocument.created_at.desc())).all()
    source = next((d for d in documents if d.kind == DocumentKind.INVOICE),
                  documents[0] if documents else None)
    if source is not None:
        lines = _document_lines(source)
        currency, vat_included = source.currency, source.vat_included
    else:
        company = _company(s)
        lines = (LineInput(None, deal.title, "pcs", Decimal(1), deal.amount, company.vat_rate),)
        currency, vat_included = deal.currency, company.vat_included
    invoice = source if source is not None and source.kind == DocumentKind.INVOICE else None
    return create_order(s, OrderInput(
        client_id=deal.client_id, lines=lines, due_date=today + timedelta(days=DUE_DAYS),
        contact_id=deal.contact_id, responsible_id=deal.responsible_id, currency=currency,
        deal_id=deal.id, invoice_id=invoice.id if invoice else None,
        vat_included=vat_included), today=today, now=now)


def order_from_invoice(s: Session, invoice_id: uuid.UUID, *, today: date | None = None,
                       now: datetime | None = None) -> SavedOrder:
    """An order for an issued invoice: its lines, currency and deal, due in two weeks, for the
    invoice's manager."""
    require(s, Permission.EDIT_ORDERS)
    invoice = s.get(SalesDocument, invoice_id)
    if (invoice is None or invoice.deleted_at is not None
            or invoice.kind != DocumentKind.INVOICE
            or invoice.status in (DocumentStatus.DRAFT, DocumentStatus.CANCELLED)):
        raise CrmError(NOT_AN_INVOICE)
    _refuse_second_order(s, Order.invoice_id == invoice.id)
    today = today or date.today()
    return create_order(s, OrderInput(
        client_id=invoice.client_id, lines=_document_lines(invoice),
        due_date=today + timedelta(days=DUE_DAYS), responsible_id=invoice.manager_id,
        currency=invoice.currency, deal_id=invoice.deal_id, invoice_id=invoice.id,
        vat_included=invoice.vat_included), today=today, now=now)


def change_status(s: Session, order_id: uuid.UUID, to_status: OrderStatus, *,
                  notify: bool = False, now: datetime | None = None) -> StatusChanged:
    """Move an order to one of its allowed next statuses (else CrmError `orders.
    transition_refused`): a history row, an event in the client's history and, with `notify`,
    the status's e-mail to the client queued in the outbox. One transaction."""
    order = load_order(s, order_id)
    check_may_edit(s, order.responsible_id)
    from_status = order.status
    allowed = allowed_next(from_status)
    if not allowed:
        raise CrmError(ORDER_CLOSED, status=from_status)
    if to_status not in allowed:
        raise CrmError(TRANSITION_REFUSED, from_status=from_status, to_status=to_status)
    now = now or utcnow()
    _history(s, order, from_status, to_status, now)
    order.status, order.status_changed_at = to_status, now
    _log(s, order, logged("order_moved", number=order.number,
                          before=order_status(from_status), after=order_status(to_status)),
         None, now)
    mail_id = None
    if notify:
        from .mail import queue_status_mail

        mail_id = queue_status_mail(s, order, now).id
    s.flush()
    return StatusChanged(order.id, order.number, from_status, to_status, mail_id)

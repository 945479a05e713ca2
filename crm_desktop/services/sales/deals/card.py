"""The deal card: everything about one deal in one read, and saving its fields."""

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
    DealStatus,
    DocumentKind,
    DocumentStatus,
    Event,
    EventStatus,
    EventType,
    Order,
    OrderStatus,
    SalesDocument,
    SalesDocumentLine,
    User,
    utcnow,
)
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import CurrentUser, Permission, actor_of, may, require

from ..metrics import is_overdue_order
from .history import HistoryRow, stage_history
from .moves import AMOUNT_NEGATIVE, DEAL_TITLE_REQUIRED, check_may_edit, load_deal
from .pipelines import PROBABILITY_RANGE, PipelineInfo, pipeline

ONLY_HEAD_REASSIGNS = error_code("only_head_reassigns", "Only the head of sales may give a deal "
                                 "to another salesperson")
COMMENT_EMPTY = error_code("deal_comment_empty", "Write the comment first")
CONTACT_OF_OTHER_CLIENT = error_code("deal_contact_other_client",
                                     "The contact person works for another client")


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class ProductLine:
    description: str
    quantity: Decimal
    unit: str | None
    price: Decimal
    discount_pct: Decimal
    total: Decimal


@dataclass(frozen=True)
class DocumentRow:
    id: uuid.UUID
    kind: DocumentKind
    number: str
    issue_date: date
    status: DocumentStatus
    total: Decimal
    currency: str


@dataclass(frozen=True)
class OrderRow:
    id: uuid.UUID
    number: str
    order_date: date
    status: OrderStatus
    due_date: date | None
    total: Decimal
    currency: str
    overdue: bool  # metrics.is_overdue_order on the day the card was read


@dataclass(frozen=True)
class EventRow:
    start_at: datetime
    type: EventType
    subject: str
    status: EventStatus
    content: str | None


@dataclass(frozen=True)
class DealCard:
    id: uuid.UUID
    title: str
    client_id: uuid.UUID
    client_name: str
    contact_id: uuid.UUID | None
    contacts: tuple[Choice, ...]
    pipeline: PipelineInfo
    stage_id: uuid.UUID
    status: DealStatus
    amount: Decimal
    currency: str
    probability: int
    expected_close: date | None
    responsible_id: uuid.UUID | None
    users: tuple[Choice, ...]
    source: str | None
    loss_reason: str | None
    loss_comment: str | None
    created_at: datetime
    stage_entered_at: datetime
    # the products: the lines of the deal's latest quote or invoice, with its totals
    products_from: str | None
    products: tuple[ProductLine, ...]
    net_total: Decimal | None
    vat_total: Decimal | None
    total: Decimal | None
    documents: tuple[DocumentRow, ...]
    events: tuple[EventRow, ...]  # calls, meetings, e-mails, tasks
    comments: tuple[EventRow, ...]  # notes
    history: tuple[HistoryRow, ...]
    orders: tuple[OrderRow, ...] = ()


def load_card(s: Session, deal_id: uuid.UUID) -> DealCard:
    """The card of a deal (a handful of indexed queries)."""
    deal = load_deal(s, deal_id)
    client = s.get(Client, deal.client_id)
    contacts = tuple(Choice(c.id, c.full_name) for c in s.scalars(
        select(Contact).where(Contact.client_id == deal.client_id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_primary.desc(), Contact.full_name)))
    users = tuple(Choice(u.id, u.full_name) for u in s.scalars(
        select(User).where(User.deleted_at.is_(None)).order_by(User.full_name)))
    documents = tuple(DocumentRow(*row) for row in s.execute(
        select(SalesDocument.id, SalesDocument.kind, SalesDocument.number,
               SalesDocument.issue_date, SalesDocument.status, SalesDocument.total,
               SalesDocument.currency)
        .where(SalesDocument.deal_id == deal.id, SalesDocument.deleted_at.is_(None))
        .order_by(SalesDocument.issue_date.desc(), SalesDocument.number.desc())))
    latest = next((d for d in documents if d.status != DocumentStatus.CANCELLED), None)
    products: tuple[ProductLine, ...] = ()
    sums: tuple[Decimal | None, Decimal | None, Decimal | None] = (None, None, None)
    if latest is not None:
        products = tuple(ProductLine(*row) for row in s.execute(
            select(SalesDocumentLine.description, SalesDocumentLine.quantity,
                   SalesDocumentLine.unit, SalesDocumentLine.price,
                   SalesDocumentLine.discount_pct, SalesDocumentLine.total)
            .where(SalesDocumentLine.document_id == latest.id,
                   SalesDocumentLine.deleted_at.is_(None))
            .order_by(SalesDocumentLine.line_no)))
        doc = s.get(SalesDocument, latest.id)
        assert doc is not None
        sums = (doc.net_total, doc.vat_total, doc.total)
    events = [EventRow(*row) for row in s.execute(
        select(Event.start_at, Event.type, Event.subject, Event.status, Event.content)
        .where(Event.deal_id == deal.id, Event.deleted_at.is_(None))
        .order_by(Event.start_at.desc()).limit(500))]
    today = date.today()
    orders = tuple(
        OrderRow(*row, is_overdue_order(row.status, row.due_date, today))
        for row in s.execute(
            select(Order.id, Order.number, Order.order_date, Order.status, Order.due_date,
                   Order.total, Order.currency)
            .where(Order.deal_id == deal.id, Order.deleted_at.is_(None))
            .order_by(Order.order_date.desc(), Order.number.desc())))
    return DealCard(
        deal.id, deal.title, deal.client_id, client.short_name if client else "",
        deal.contact_id, contacts, pipeline(s, deal.pipeline_id), deal.stage_id, deal.status,
        deal.amount, deal.currency, deal.probability, deal.expected_close, deal.responsible_id,
        users, deal.source, deal.loss_reason, deal.loss_comment, deal.created_at,
        deal.stage_entered_at, latest.number if latest else None, products, *sums,
        documents, tuple(e for e in events if e.type != EventType.NOTE),
        tuple(e for e in events if e.type == EventType.NOTE),
        tuple(stage_history(s, deal.id)), orders)


@dataclass
class DealForm:
    title: str
    amount: Decimal
    currency: str
    probability: int
    expected_close: date | None
    responsible_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    source: str | None


def save_deal(s: Session, deal_id: uuid.UUID, form: DealForm) -> None:
    """Save the card's fields (the stage moves through `moves.move_deal`)."""
    deal = load_deal(s, deal_id)
    check_may_edit(s, deal)
    if not form.title.strip():
        raise ValidationError(DEAL_TITLE_REQUIRED, field="title")
    if form.amount < 0:
        raise ValidationError(AMOUNT_NEGATIVE, field="amount")
    if not 0 <= form.probability <= 100:
        raise ValidationError(PROBABILITY_RANGE, field="probability")
    actor = actor_of(s)
    if (form.responsible_id != deal.responsible_id and isinstance(actor, CurrentUser)
            and form.responsible_id != actor.id and not may(s, Permission.EDIT_ANY_DEAL)):
        raise CrmError(ONLY_HEAD_REASSIGNS)
    if form.contact_id is not None:
        contact = s.get(Contact, form.contact_id)
        if contact is None or contact.client_id != deal.client_id:
            raise ValidationError(CONTACT_OF_OTHER_CLIENT, field="contact")
    deal.title, deal.amount = form.title.strip()[:255], form.amount
    deal.currency, deal.probability = form.currency, form.probability
    deal.expected_close, deal.responsible_id = form.expected_close, form.responsible_id
    deal.contact_id, deal.source = form.contact_id, (form.source or "").strip() or None
    s.flush()


def add_comment(s: Session, deal_id: uuid.UUID, text: str) -> None:
    """A comment on the deal: a note in the client's history, linked to the deal."""
    require(s, Permission.EDIT_EVENTS)
    deal = load_deal(s, deal_id)
    if not text.strip():
        raise ValidationError(COMMENT_EMPTY, field="comment")
    actor = actor_of(s)
    now = utcnow()
    first = text.strip().splitlines()[0]
    s.add(Event(type=EventType.NOTE, subject=first[:200], content=text.strip(), start_at=now,
                end_at=now, due_at=now, completed_at=now, status=EventStatus.DONE,
                client_id=deal.client_id, deal_id=deal.id, contact_id=deal.contact_id,
                responsible_id=actor.id if actor else None))
    s.flush()

"""The claim card: what the card window shows (every field with its names, the statuses it
may go to, the history, the plan with its progress, the files and the interactions), read in
one go, and what its combo boxes offer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Claim,
    ClaimReason,
    ClaimResult,
    ClaimStatus,
    ClaimStatusChange,
    Client,
    Contact,
    DocumentKind,
    Order,
    OrderLine,
    Product,
    SalesDocument,
    SalesDocumentLine,
    User,
    utcnow,
)

from .files import FileRow, claim_files
from .interactions import InteractionRow, claim_interactions
from .listing import overdue_condition
from .lists import ReasonRow, ResultRow, reasons, results
from .plan import PlanProgress, plan_progress
from .statuses import REACHED_AT, allowed_next
from .writing import ClaimInput, load_claim


@dataclass(frozen=True)
class HistoryRow:
    changed_at: datetime
    from_status: ClaimStatus | None
    to_status: ClaimStatus
    user: str | None
    comment: str


@dataclass(frozen=True)
class ClaimCard:
    id: uuid.UUID
    number: str
    form: ClaimInput  # the editable fields as they are
    client: str
    contact: str | None
    order: str | None
    invoice: str | None
    product: str | None
    responsible: str | None
    culprit: str | None
    reason: str | None
    status: ClaimStatus
    reached: dict[ClaimStatus, datetime]  # when each status was reached
    result_id: uuid.UUID | None
    result: str | None
    satisfaction: int | None
    resolution: str
    duplicate_of: str | None  # the number of the open claim this one repeats
    overdue: bool
    next_statuses: tuple[ClaimStatus, ...]
    history: tuple[HistoryRow, ...]
    plan: PlanProgress
    files: tuple[FileRow, ...]
    interactions: tuple[InteractionRow, ...]


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class ClaimChoices:
    """What the card's combo boxes offer for one client."""

    contacts: tuple[Choice, ...]
    orders: tuple[Choice, ...]
    invoices: tuple[Choice, ...]
    products: tuple[Choice, ...]  # what the client ordered or was invoiced
    users: tuple[Choice, ...]
    reasons: tuple[ReasonRow, ...]
    results: tuple[ResultRow, ...]


def choices(s: Session, client_id: uuid.UUID) -> ClaimChoices:
    """The client's contacts, orders, invoices and products; the active users; the lists."""
    contacts = tuple(Choice(*r) for r in s.execute(
        select(Contact.id, Contact.full_name).where(Contact.client_id == client_id,
                                                    Contact.deleted_at.is_(None))
        .order_by(Contact.is_primary.desc(), Contact.full_name)))
    orders = tuple(Choice(*r) for r in s.execute(
        select(Order.id, Order.number).where(Order.client_id == client_id,
                                             Order.deleted_at.is_(None))
        .order_by(Order.order_date.desc(), Order.number.desc()).limit(200)))
    invoices = tuple(Choice(*r) for r in s.execute(
        select(SalesDocument.id, SalesDocument.number).where(
            SalesDocument.client_id == client_id, SalesDocument.kind == DocumentKind.INVOICE,
            SalesDocument.deleted_at.is_(None))
        .order_by(SalesDocument.issue_date.desc(), SalesDocument.number.desc()).limit(200)))
    bought = union(
        select(OrderLine.product_id).join(Order, Order.id == OrderLine.order_id)
        .where(Order.client_id == client_id, OrderLine.product_id.is_not(None)),
        select(SalesDocumentLine.product_id)
        .join(SalesDocument, SalesDocument.id == SalesDocumentLine.document_id)
        .where(SalesDocument.client_id == client_id,
               SalesDocumentLine.product_id.is_not(None))).subquery()
    products = tuple(Choice(*r) for r in s.execute(
        select(Product.id, Product.name).where(Product.id.in_(select(bought.c[0])),
                                               Product.deleted_at.is_(None))
        .order_by(Product.name).limit(500)))
    users = tuple(Choice(*r) for r in s.execute(
        select(User.id, User.full_name).where(User.active.is_(True), User.deleted_at.is_(None))
        .order_by(User.full_name)))
    return ClaimChoices(contacts, orders, invoices, products, users, tuple(reasons(s)),
                        tuple(results(s)))


def client_name(s: Session, client_id: uuid.UUID) -> str:
    return _name(s, Client, client_id, "short_name") or ""


def _name(s: Session, model: type, row_id: uuid.UUID | None, attr: str) -> str | None:
    if row_id is None:
        return None
    row = s.get(model, row_id)
    return getattr(row, attr) if row is not None else None


def load_card(s: Session, claim_id: uuid.UUID, now: datetime | None = None,
              today: date | None = None) -> ClaimCard:
    """Everything the claim card shows about one claim."""
    claim = load_claim(s, claim_id)
    now, today = now or utcnow(), today or date.today()
    history = tuple(HistoryRow(r[0], r[1], r[2], r[3], r[4] or "") for r in s.execute(
        select(ClaimStatusChange.changed_at, ClaimStatusChange.from_status,
               ClaimStatusChange.to_status, User.full_name, ClaimStatusChange.comment)
        .outerjoin(User, User.id == ClaimStatusChange.user_id)
        .where(ClaimStatusChange.claim_id == claim.id, ClaimStatusChange.deleted_at.is_(None))
        .order_by(ClaimStatusChange.changed_at, ClaimStatusChange.created_at)))
    reached = {status: getattr(claim, column) for status, column in REACHED_AT.items()
               if getattr(claim, column) is not None}
    overdue = bool(s.scalar(select(overdue_condition(today, now)).where(Claim.id == claim.id)))
    form = ClaimInput(
        client_id=claim.client_id, essence=claim.essence, claim_date=claim.claim_date,
        claimant_kind=claim.claimant_kind, contact_id=claim.contact_id,
        order_id=claim.order_id, invoice_id=claim.invoice_id, product_id=claim.product_id,
        responsible_id=claim.responsible_id, culprit_id=claim.culprit_id,
        department=claim.department, reason_id=claim.reason_id, severity=claim.severity,
        remedy=claim.remedy or "", due_date=claim.due_date, source=claim.source)
    return ClaimCard(
        id=claim.id, number=claim.number, form=form,
        client=_name(s, Client, claim.client_id, "short_name") or "",
        contact=_name(s, Contact, claim.contact_id, "full_name"),
        order=_name(s, Order, claim.order_id, "number"),
        invoice=_name(s, SalesDocument, claim.invoice_id, "number"),
        product=_name(s, Product, claim.product_id, "name"),
        responsible=_name(s, User, claim.responsible_id, "full_name"),
        culprit=_name(s, User, claim.culprit_id, "full_name"),
        reason=_name(s, ClaimReason, claim.reason_id, "name"),
        status=claim.status, reached=reached, result_id=claim.result_id,
        result=_name(s, ClaimResult, claim.result_id, "name"),
        satisfaction=claim.satisfaction, resolution=claim.resolution or "",
        duplicate_of=_name(s, Claim, claim.duplicate_of_id, "number"), overdue=overdue,
        next_statuses=allowed_next(claim.status), history=history,
        plan=plan_progress(s, claim.id, now), files=tuple(claim_files(s, claim.id)),
        interactions=tuple(claim_interactions(s, claim.id)))

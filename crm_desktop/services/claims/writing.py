"""Registering claims, editing them and moving them through their statuses: the one place a
claim's status changes.

Each status change is a history row (`claim_status_changes`) and stamps the moment in the
claim's own column for that status (`registered_at` … `rejected_at`), which the analytics read.
A claim from a client on an order that already has an open claim is registered all the same
and flagged as its duplicate (`duplicate_of_id`): a person decides.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Claim,
    ClaimantKind,
    ClaimReason,
    ClaimResult,
    ClaimSeverity,
    ClaimSource,
    ClaimStatus,
    ClaimStatusChange,
    Client,
    Contact,
    Event,
    EventStatus,
    EventType,
    Order,
    Product,
    SalesDocument,
    User,
    utcnow,
)
from crm_desktop.services.clients.writer import CLIENT_GONE
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import (
    CurrentUser,
    Permission,
    actor_of,
    may,
    require,
    user_id_of,
)
from crm_desktop.services.locale.logged import logged
from crm_desktop.services.sales.numbering import next_number

from .statuses import OPEN, REACHED_AT, allowed_next

CLAIM_NOT_FOUND = error_code("claims.not_found", "This claim no longer exists")
NOT_YOUR_CLAIM = error_code("claims.not_yours", "The claim is handled by {owner}: only the head "
                            "of sales may change another person's claim")
NO_ESSENCE = error_code("claims.no_essence", "Describe the essence of the claim")
FOREIGN_CONTACT = error_code("claims.foreign_contact",
                             "The contact person does not belong to the claimant")
FOREIGN_ORDER = error_code("claims.foreign_order", "Order {number} is another client's")
FOREIGN_INVOICE = error_code("claims.foreign_invoice", "Invoice {number} is another client's")
UNKNOWN_PRODUCT = error_code("claims.unknown_product", "This product no longer exists")
UNKNOWN_REASON = error_code("claims.unknown_reason", "This reason is not in the list")
UNKNOWN_RESULT = error_code("claims.unknown_result", "This result is not in the list")
UNKNOWN_USER = error_code("claims.unknown_user", "This employee is not an active user")
TRANSITION_REFUSED = error_code("claims.transition_refused",
                                "A claim in status {from_status} cannot become {to_status}")
CLAIM_CLOSED = error_code("claims.closed", "The claim is {status}: it cannot change any more")
NO_RESULT = error_code("claims.no_result", "Choose the result of the claim")
SATISFACTION_RANGE = error_code("claims.satisfaction_range",
                                "Satisfaction is from 1 (not at all) to 5 (fully)")
NO_RESOLUTION = error_code("claims.no_rejection_reason", "Say why the claim is rejected")

CLAIM_PREFIX = "CLM"
MAX_SATISFACTION = 5


@dataclass(frozen=True)
class ClaimInput:
    """What the claim card edits (and what the e-mail and import intakes fill in)."""

    client_id: uuid.UUID
    essence: str
    claim_date: date | None = None  # None: today
    claimant_kind: ClaimantKind = ClaimantKind.CLIENT
    contact_id: uuid.UUID | None = None
    order_id: uuid.UUID | None = None
    invoice_id: uuid.UUID | None = None
    product_id: uuid.UUID | None = None
    responsible_id: uuid.UUID | None = None  # None: whoever registers it
    culprit_id: uuid.UUID | None = None  # the person at fault
    department: str | None = None  # the department at fault; None: the reason's
    reason_id: uuid.UUID | None = None
    severity: ClaimSeverity = ClaimSeverity.MEDIUM
    remedy: str = ""  # what the claimant asks for
    due_date: date | None = None
    source: ClaimSource = ClaimSource.MANUAL


@dataclass(frozen=True)
class SavedClaim:
    id: uuid.UUID
    number: str
    status: ClaimStatus
    duplicate_of: str | None  # the number of the open claim this one repeats, if any


@dataclass(frozen=True)
class StatusChanged:
    claim_id: uuid.UUID
    number: str
    from_status: ClaimStatus
    to_status: ClaimStatus
    at: datetime


def load_claim(s: Session, claim_id: uuid.UUID) -> Claim:
    claim = s.get(Claim, claim_id)
    if claim is None or claim.deleted_at is not None:
        raise CrmError(CLAIM_NOT_FOUND)
    return claim


def check_may_edit(s: Session, responsible_id: uuid.UUID | None) -> None:
    """Own claims (or nobody's) for a salesperson; anyone's for the head of sales and admin."""
    require(s, Permission.EDIT_CLAIMS)
    actor = actor_of(s)
    if (isinstance(actor, CurrentUser) and responsible_id not in (None, actor.id)
            and not may(s, Permission.EDIT_ANY_CLAIM)):
        owner = s.get(User, responsible_id) if responsible_id else None
        raise CrmError(NOT_YOUR_CLAIM, owner=owner.full_name if owner else "-")


def open_duplicate(s: Session, client_id: uuid.UUID, order_id: uuid.UUID | None,
                   exclude: uuid.UUID | None = None) -> tuple[uuid.UUID, str] | None:
    """The oldest open claim of this client on this order (id, number), if there is one."""
    if order_id is None:
        return None
    query = (select(Claim.id, Claim.number)
             .where(Claim.client_id == client_id, Claim.order_id == order_id,
                    Claim.status.in_(OPEN), Claim.deleted_at.is_(None))
             .order_by(Claim.registered_at, Claim.id).limit(1))
    if exclude is not None:
        query = query.where(Claim.id != exclude)
    found = s.execute(query).first()
    return (found[0], found[1]) if found else None


def _active_user(s: Session, user_id: uuid.UUID | None, field: str) -> None:
    if user_id is None:
        return
    user = s.get(User, user_id)
    if user is None or not user.active or user.deleted_at is not None:
        raise ValidationError(UNKNOWN_USER, field=field)


def _check(s: Session, form: ClaimInput) -> ClaimReason | None:
    """Refuse a form that cannot be saved; returns its reason row."""
    if not form.essence.strip():
        raise ValidationError(NO_ESSENCE, field="essence")
    client = s.get(Client, form.client_id)
    if client is None or client.deleted_at is not None:
        raise CrmError(CLIENT_GONE)
    if form.contact_id is not None:
        contact = s.get(Contact, form.contact_id)
        if contact is None or contact.client_id != form.client_id:
            raise ValidationError(FOREIGN_CONTACT, field="contact")
    if form.order_id is not None:
        order = s.get(Order, form.order_id)
        if order is None or order.client_id != form.client_id:
            raise ValidationError(FOREIGN_ORDER, field="order",
                                  number=order.number if order else "-")
    if form.invoice_id is not None:
        invoice = s.get(SalesDocument, form.invoice_id)
        if invoice is None or invoice.client_id != form.client_id:
            raise ValidationError(FOREIGN_INVOICE, field="invoice",
                                  number=invoice.number if invoice else "-")
    if form.product_id is not None:
        product = s.get(Product, form.product_id)
        if product is None or product.deleted_at is not None:
            raise ValidationError(UNKNOWN_PRODUCT, field="product")
    _active_user(s, form.responsible_id, "responsible")
    _active_user(s, form.culprit_id, "culprit")
    reason = None
    if form.reason_id is not None:
        reason = s.get(ClaimReason, form.reason_id)
        if reason is None or reason.deleted_at is not None:
            raise ValidationError(UNKNOWN_REASON, field="reason")
    return reason


def _apply(claim: Claim, form: ClaimInput, reason: ClaimReason | None) -> None:
    claim.claimant_kind = form.claimant_kind
    claim.contact_id, claim.order_id = form.contact_id, form.order_id
    claim.invoice_id, claim.product_id = form.invoice_id, form.product_id
    claim.culprit_id = form.culprit_id
    claim.reason_id = form.reason_id
    department = (form.department or "").strip()
    claim.department = (department or (reason.department if reason else None) or None)
    claim.essence = form.essence.strip()
    claim.severity = form.severity
    claim.remedy = form.remedy.strip() or None
    claim.due_date = form.due_date


def _history(s: Session, claim: Claim, from_status: ClaimStatus | None,
             to_status: ClaimStatus, now: datetime, comment: str = "") -> None:
    s.add(ClaimStatusChange(claim_id=claim.id, from_status=from_status, to_status=to_status,
                            changed_at=now, user_id=user_id_of(s),
                            comment=comment.strip() or None))


def register_claim(s: Session, form: ClaimInput, *, today: date | None = None,
                   now: datetime | None = None) -> SavedClaim:
    """A new numbered claim in status *registered*: its first history row and a note in the
    client's history; flagged as a duplicate when the client has an open claim on the same
    order. One transaction: a refusal writes nothing."""
    actor = require(s, Permission.EDIT_CLAIMS)
    responsible = form.responsible_id if form.responsible_id is not None else actor.id
    check_may_edit(s, responsible)
    reason = _check(s, form)
    now = now or utcnow()
    claim_date = form.claim_date or today or now.date()
    duplicate = open_duplicate(s, form.client_id, form.order_id)
    claim = Claim(number=next_number(s, CLAIM_PREFIX, claim_date.year), claim_date=claim_date,
                  source=form.source, client_id=form.client_id, responsible_id=responsible,
                  status=ClaimStatus.REGISTERED, registered_at=now,
                  duplicate_of_id=duplicate[0] if duplicate else None)
    _apply(claim, form, reason)
    s.add(claim)
    s.flush()
    _history(s, claim, None, ClaimStatus.REGISTERED, now)
    s.add(Event(type=EventType.NOTE, subject=logged("claim", number=claim.number)[:255],
                content=claim.essence, start_at=now, end_at=now, due_at=now, completed_at=now,
                status=EventStatus.DONE, client_id=claim.client_id, contact_id=claim.contact_id,
                responsible_id=user_id_of(s), claim_id=claim.id))
    s.flush()
    return SavedClaim(claim.id, claim.number, claim.status, duplicate[1] if duplicate else None)


def update_claim(s: Session, claim_id: uuid.UUID, form: ClaimInput) -> SavedClaim:
    """Change what the card edits (not the client, number or status); a closed claim keeps
    what it was closed with."""
    claim = load_claim(s, claim_id)
    check_may_edit(s, claim.responsible_id)
    if claim.status not in OPEN:
        raise CrmError(CLAIM_CLOSED, status=claim.status)
    if form.client_id != claim.client_id:
        form = ClaimInput(**{**form.__dict__, "client_id": claim.client_id})
    reason = _check(s, form)
    if form.responsible_id is not None and form.responsible_id != claim.responsible_id:
        check_may_edit(s, form.responsible_id)
        claim.responsible_id = form.responsible_id
    _apply(claim, form, reason)
    if form.claim_date is not None:
        claim.claim_date = form.claim_date
    duplicate = open_duplicate(s, claim.client_id, claim.order_id, exclude=claim.id)
    if duplicate is None or duplicate[0] != claim.duplicate_of_id:
        claim.duplicate_of_id = duplicate[0] if duplicate else None
    s.flush()
    return SavedClaim(claim.id, claim.number, claim.status, duplicate[1] if duplicate else None)


def _move(s: Session, claim: Claim, to_status: ClaimStatus, now: datetime | None,
          comment: str = "") -> StatusChanged:
    from_status = claim.status
    allowed = allowed_next(from_status)
    if not allowed:
        raise CrmError(CLAIM_CLOSED, status=from_status)
    if to_status not in allowed:
        raise CrmError(TRANSITION_REFUSED, from_status=from_status, to_status=to_status)
    now = now or utcnow()
    _history(s, claim, from_status, to_status, now, comment)
    claim.status = to_status
    setattr(claim, REACHED_AT[to_status], now)
    s.flush()
    return StatusChanged(claim.id, claim.number, from_status, to_status, now)


def change_status(s: Session, claim_id: uuid.UUID, to_status: ClaimStatus, *,
                  comment: str = "", now: datetime | None = None) -> StatusChanged:
    """Confirm a claim or start its investigation (resolving and rejecting need a result:
    `resolve_claim`, `reject_claim`)."""
    claim = load_claim(s, claim_id)
    check_may_edit(s, claim.responsible_id)
    if to_status in (ClaimStatus.RESOLVED, ClaimStatus.REJECTED):
        raise ValidationError(NO_RESULT, field="result")
    return _move(s, claim, to_status, now, comment)


def confirm_claim(s: Session, claim_id: uuid.UUID, comment: str = "",
                  now: datetime | None = None) -> StatusChanged:
    """The claim is founded enough to be looked into: *registered* → *confirmed*."""
    return change_status(s, claim_id, ClaimStatus.CONFIRMED, comment=comment, now=now)


def _result(s: Session, result_id: uuid.UUID | None) -> ClaimResult:
    if result_id is None:
        raise ValidationError(NO_RESULT, field="result")
    result = s.get(ClaimResult, result_id)
    if result is None or result.deleted_at is not None:
        raise ValidationError(UNKNOWN_RESULT, field="result")
    return result


def resolve_claim(s: Session, claim_id: uuid.UUID, result_id: uuid.UUID | None,
                  satisfaction: int | None, resolution: str = "", *,
                  now: datetime | None = None) -> StatusChanged:
    """Close the claim as resolved with its result, the claimant's satisfaction (1-5, or None
    when not asked) and what was done."""
    claim = load_claim(s, claim_id)
    check_may_edit(s, claim.responsible_id)
    result = _result(s, result_id)
    if satisfaction is not None and not 1 <= satisfaction <= MAX_SATISFACTION:
        raise ValidationError(SATISFACTION_RANGE, field="satisfaction")
    changed = _move(s, claim, ClaimStatus.RESOLVED, now, resolution)
    claim.result_id, claim.satisfaction = result.id, satisfaction
    claim.resolution = resolution.strip() or None
    s.flush()
    return changed


def reject_claim(s: Session, claim_id: uuid.UUID, result_id: uuid.UUID | None, why: str,
                 satisfaction: int | None = None, *,
                 now: datetime | None = None) -> StatusChanged:
    """Close the claim as rejected, saying why (and with a result from the list)."""
    claim = load_claim(s, claim_id)
    check_may_edit(s, claim.responsible_id)
    if not why.strip():
        raise ValidationError(NO_RESOLUTION, field="resolution")
    result = _result(s, result_id)
    if satisfaction is not None and not 1 <= satisfaction <= MAX_SATISFACTION:
        raise ValidationError(SATISFACTION_RANGE, field="satisfaction")
    changed = _move(s, claim, ClaimStatus.REJECTED, now, why)
    claim.result_id, claim.satisfaction = result.id, satisfaction
    claim.resolution = why.strip()
    s.flush()
    return changed

"""Claims and complaints: registered, confirmed, investigated along a plan, resolved or rejected.

A claim keeps the moment it reached each status (`registered_at` … `rejected_at`): the reports
read claims dynamics by month, satisfaction by reason and the structure by department and
reason from these columns, the reason, the department and the result. Its investigation plan is
ordinary events of type task with `events.claim_id` set (so they show on their owners' desks
and in reminders); its files are attachments with `attachments.claim_id`.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Entity


class ClaimStatus(StrEnum):
    """A claim's way: registered → confirmed → under investigation → resolved, or rejected
    (from any open status)."""

    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    INVESTIGATING = "investigating"
    RESOLVED = "resolved"
    REJECTED = "rejected"


class ClaimSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ClaimantKind(StrEnum):
    """Who the counterparty is for this claim (a client, a supplier, a competitor, a dealer)."""

    CLIENT = "client"
    SUPPLIER = "supplier"
    COMPETITOR = "competitor"
    DEALER = "dealer"
    OTHER = "other"


class ClaimSource(StrEnum):
    """How the claim came in: typed by a person, from an e-mail's text, from an import file."""

    MANUAL = "manual"
    EMAIL = "email"
    IMPORT = "import"


class ClaimReason(Entity):
    """One reason of the editable list, grouped by the department it concerns."""

    __tablename__ = "claim_reasons"

    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class ClaimResult(Entity):
    """One result of the editable list (satisfied, partly satisfied, rejected, …)."""

    __tablename__ = "claim_results"

    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Claim(Entity):
    __tablename__ = "claims"
    __table_args__ = (
        # the list's default order (newest first) and its keyset pages
        Index("ix_claims_date_id", "claim_date", "id"),
        Index("ix_claims_client_status", "client_id", "status"),
        Index("ix_claims_status_registered", "status", "registered_at"),
    )

    number: Mapped[str] = mapped_column(String(32), unique=True)
    claim_date: Mapped[date]
    source: Mapped[ClaimSource] = mapped_column(default=ClaimSource.MANUAL)
    claimant_kind: Mapped[ClaimantKind] = mapped_column(default=ClaimantKind.CLIENT)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"), index=True)
    invoice_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_documents.id"), index=True
    )
    # use_alter: products point at attachments (their image), which point back at claims
    product_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("products.id", use_alter=True), index=True
    )
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    culprit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))  # at fault
    department: Mapped[str | None] = mapped_column(String(100), index=True)  # at fault
    essence: Mapped[str] = mapped_column(Text)
    reason_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("claim_reasons.id"),
                                                        index=True)
    severity: Mapped[ClaimSeverity] = mapped_column(default=ClaimSeverity.MEDIUM)
    remedy: Mapped[str | None] = mapped_column(Text)  # what the claimant asks for
    status: Mapped[ClaimStatus] = mapped_column(default=ClaimStatus.REGISTERED)
    # the moment each status was reached (the analytics read these)
    registered_at: Mapped[datetime]
    confirmed_at: Mapped[datetime | None]
    investigating_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    rejected_at: Mapped[datetime | None]
    due_date: Mapped[date | None]  # by when it should be settled
    result_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("claim_results.id"))
    satisfaction: Mapped[int | None]  # the claimant's satisfaction, 1 (not at all) … 5 (fully)
    resolution: Mapped[str | None] = mapped_column(Text)  # what was decided and done
    # an open claim of the same client on the same order existed when this one came in
    duplicate_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("claims.id"))


class ClaimStatusChange(Entity):
    """One status change of a claim: from (None when registered) → to, when, by whom, why."""

    __tablename__ = "claim_status_changes"
    __table_args__ = (Index("ix_claim_status_changes_claim_at", "claim_id", "changed_at"),)

    claim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("claims.id"))
    from_status: Mapped[ClaimStatus | None]
    to_status: Mapped[ClaimStatus]
    changed_at: Mapped[datetime]
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    comment: Mapped[str | None] = mapped_column(Text)

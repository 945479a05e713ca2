"""The editable lists a claim chooses from: reasons (grouped by the department they concern)
and results (satisfied, partly satisfied, rejected, …). Kept by the head of sales; a row taken
off the list is a tombstone, so the claims that name it keep their reason."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Claim, ClaimReason, ClaimResult, Client, User, utcnow
from crm_desktop.services.core.errors import ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require

NO_NAME = error_code("claims.list_no_name", "Every row of the list needs a name")
NO_DEPARTMENT = error_code("claims.reason_no_department", "Reason {name}: name its department")
NAME_TWICE = error_code("claims.list_name_twice", "{name} is in the list twice")


@dataclass(frozen=True)
class ReasonRow:
    id: uuid.UUID | None  # None: a new reason
    name: str
    department: str


@dataclass(frozen=True)
class ResultRow:
    id: uuid.UUID | None  # None: a new result
    name: str


def reasons(s: Session) -> list[ReasonRow]:
    """The reasons in the list, by department, in their order."""
    return [ReasonRow(r.id, r.name, r.department) for r in s.scalars(
        select(ClaimReason).where(ClaimReason.deleted_at.is_(None))
        .order_by(ClaimReason.department, ClaimReason.position, ClaimReason.name))]


def results(s: Session) -> list[ResultRow]:
    """The results in the list, in their order."""
    return [ResultRow(r.id, r.name) for r in s.scalars(
        select(ClaimResult).where(ClaimResult.deleted_at.is_(None))
        .order_by(ClaimResult.position, ClaimResult.name))]


def departments(s: Session) -> list[str]:
    """Every department named by a reason or a claim, alphabetically (the list's filter)."""
    named = set(s.scalars(select(ClaimReason.department).where(
        ClaimReason.deleted_at.is_(None))))
    named |= set(s.scalars(select(Claim.department).where(
        Claim.department.is_not(None), Claim.deleted_at.is_(None)).distinct()))
    return sorted(d for d in named if d)


def _check_names(names: Sequence[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if not name.strip():
            raise ValidationError(NO_NAME, field="name")
        key = name.strip().casefold()
        if key in seen:
            raise ValidationError(NAME_TWICE, field="name", name=name.strip())
        seen.add(key)


def save_reasons(s: Session, rows: Sequence[ReasonRow]) -> None:
    """Make the list exactly `rows`, in this order: new rows added, missing ones tombstoned."""
    require(s, Permission.EDIT_CLAIM_LISTS)
    _check_names([r.name for r in rows])
    for row in rows:
        if not row.department.strip():
            raise ValidationError(NO_DEPARTMENT, field="department", name=row.name.strip())
    existing = {r.id: r for r in s.scalars(select(ClaimReason).where(
        ClaimReason.deleted_at.is_(None)))}
    for position, row in enumerate(rows):
        reason = existing.pop(row.id, None) if row.id is not None else None
        if reason is None:
            reason = ClaimReason()
            s.add(reason)
        reason.name, reason.department = row.name.strip(), row.department.strip()
        reason.position, reason.active = position, True
    now = utcnow()
    for gone in existing.values():
        gone.deleted_at, gone.active = now, False
    s.flush()


def save_results(s: Session, rows: Sequence[ResultRow]) -> None:
    """Make the results list exactly `rows`, in this order."""
    require(s, Permission.EDIT_CLAIM_LISTS)
    _check_names([r.name for r in rows])
    existing = {r.id: r for r in s.scalars(select(ClaimResult).where(
        ClaimResult.deleted_at.is_(None)))}
    for position, row in enumerate(rows):
        result = existing.pop(row.id, None) if row.id is not None else None
        if result is None:
            result = ClaimResult()
            s.add(result)
        result.name, result.position, result.active = row.name.strip(), position, True
    now = utcnow()
    for gone in existing.values():
        gone.deleted_at, gone.active = now, False
    s.flush()


@dataclass(frozen=True)
class FilterChoices:
    """What the claims list's filters offer: the reasons, the departments, the people
    responsible for a claim and the clients that have claims."""

    reasons: tuple[ReasonRow, ...]
    departments: tuple[str, ...]
    responsible: tuple[tuple[uuid.UUID, str], ...]
    clients: tuple[tuple[uuid.UUID, str], ...]


def filter_choices(s: Session, clients_limit: int = 500) -> FilterChoices:
    """The claims list's filter choices, each in one query."""
    people = s.execute(
        select(User.id, User.full_name).where(User.id.in_(
            select(Claim.responsible_id).where(Claim.deleted_at.is_(None))))
        .order_by(User.full_name)).all()
    claimants = s.execute(
        select(Client.id, Client.short_name).where(Client.id.in_(
            select(Claim.client_id).where(Claim.deleted_at.is_(None))))
        .order_by(Client.short_name).limit(clients_limit)).all()
    return FilterChoices(tuple(reasons(s)), tuple(departments(s)),
                         tuple((r[0], r[1]) for r in people),
                         tuple((r[0], r[1]) for r in claimants))

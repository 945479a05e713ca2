"""The figures the claims reports read, from the data the claims keep: the moment each status
was reached, the reason with its department, the department at fault, the result and the
claimant's satisfaction.

- `dynamics_by_month`: per month, claims registered, resolved, rejected and open at its end;
  `busiest_month` the month with the most claims registered.
- `satisfaction_by_reason`: per reason, closed claims, how many rated, the average and the
  count per score.
- `structure`: claims per department and reason, with their share.

Claims are counted in Python over one query of the period's rows (a company has thousands of
claims, not millions), so the month is the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from crm_desktop.models import Claim, ClaimReason, ClaimResult, ClaimStatus


@dataclass(frozen=True)
class MonthRow:
    month: str  # YYYY-MM
    registered: int
    resolved: int
    rejected: int
    open_at_end: int  # registered by the month's end and not closed by then


@dataclass(frozen=True)
class SatisfactionRow:
    reason: str  # "" for claims without a reason
    department: str
    closed: int
    rated: int
    average: Decimal | None  # one decimal place; None when nobody rated
    by_score: dict[int, int] = field(default_factory=dict)  # score 1-5 → claims
    results: dict[str, int] = field(default_factory=dict)  # result name → claims


@dataclass(frozen=True)
class StructureRow:
    department: str  # "" when not known
    reason: str
    claims: int
    share: Decimal  # of all claims in the period, in percent with one decimal


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, UTC)


def _months(first: date, last: date) -> list[str]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _key(moment: datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}"


def _month_end(month: str) -> datetime:
    year, number = int(month[:4]), int(month[5:])
    year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return _start(date(year, number, 1))


def dynamics_by_month(s: Session, first: date, last: date) -> list[MonthRow]:
    """Claims registered, resolved and rejected in each month from `first` to `last` (by the
    moment of the status, UTC), and how many were open at each month's end."""
    end = _start(last).replace(hour=23, minute=59, second=59)
    rows = s.execute(select(Claim.registered_at, Claim.resolved_at, Claim.rejected_at)
                     .where(Claim.deleted_at.is_(None), Claim.registered_at <= end)).all()
    registered: Counter[str] = Counter()
    resolved: Counter[str] = Counter()
    rejected: Counter[str] = Counter()
    for reg, res, rej in rows:
        registered[_key(reg)] += 1
        if res is not None:
            resolved[_key(res)] += 1
        if rej is not None:
            rejected[_key(rej)] += 1
    out = []
    for month in _months(first, last):
        edge = _month_end(month)
        still_open = sum(1 for reg, res, rej in rows if reg < edge
                         and not any(t is not None and t < edge for t in (res, rej)))
        out.append(MonthRow(month, registered[month], resolved[month], rejected[month],
                            still_open))
    return out


def busiest_month(rows: list[MonthRow]) -> MonthRow | None:
    """The month with the most claims registered (the earliest of equals), if any came."""
    best = max(rows, key=lambda r: r.registered, default=None)
    return best if best is not None and best.registered else None


def _period(first: date | None, last: date | None) -> list[ColumnElement[bool]]:
    """Conditions on the claim's date."""
    where: list[ColumnElement[bool]] = [Claim.deleted_at.is_(None)]
    if first is not None:
        where.append(Claim.claim_date >= first)
    if last is not None:
        where.append(Claim.claim_date <= last)
    return where


def _one_place(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), ROUND_HALF_UP)


def satisfaction_by_reason(s: Session, first: date | None = None,
                           last: date | None = None) -> list[SatisfactionRow]:
    """For the closed (resolved or rejected) claims dated in the period, per reason: how many,
    how many rated, the average satisfaction, the count per score and per result."""
    rows = s.execute(
        select(ClaimReason.name, ClaimReason.department, Claim.department, Claim.satisfaction,
               ClaimResult.name)
        .outerjoin(ClaimReason, ClaimReason.id == Claim.reason_id)
        .outerjoin(ClaimResult, ClaimResult.id == Claim.result_id)
        .where(*_period(first, last),
               or_(Claim.status == ClaimStatus.RESOLVED, Claim.status == ClaimStatus.REJECTED))
    ).all()
    groups: dict[tuple[str, str], list[tuple[int | None, str | None]]] = {}
    for reason, reason_department, department, score, result in rows:
        key = (reason or "", reason_department or department or "")
        groups.setdefault(key, []).append((score, result))
    out = []
    for (reason, department), items in sorted(groups.items()):
        scores = [score for score, _ in items if score is not None]
        average = _one_place(Decimal(sum(scores)) / len(scores)) if scores else None
        out.append(SatisfactionRow(
            reason, department, len(items), len(scores), average,
            dict(sorted(Counter(scores).items())),
            dict(Counter(result for _, result in items if result))))
    return out


def structure(s: Session, first: date | None = None,
              last: date | None = None) -> list[StructureRow]:
    """Claims dated in the period per department (at fault, else the reason's) and reason,
    the largest first, with their share of all of them."""
    rows = s.execute(select(Claim.department, ClaimReason.department, ClaimReason.name)
                     .outerjoin(ClaimReason, ClaimReason.id == Claim.reason_id)
                     .where(*_period(first, last))).all()
    counts = Counter((department or reason_department or "", reason or "")
                     for department, reason_department, reason in rows)
    total = sum(counts.values())
    return [StructureRow(department, reason, count,
                         _one_place(Decimal(100 * count) / total))
            for (department, reason), count in sorted(counts.items(),
                                                      key=lambda item: (-item[1], item[0]))]

"""The claims as a list: filters (status, reason, department, responsible, period, client,
overdue), sorting and keyset pages in SQL, counts, and the export `crm-desktop claims list`
writes (CSV, JSON or text).

A claim is *overdue* while it is open and either its due date has passed or a task of its plan
is past its due time (`overdue_condition`, the one definition)."""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import IO, Any

from sqlalchemy import ColumnElement, and_, case, exists, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from crm_desktop.models import (
    Claim,
    ClaimReason,
    ClaimSeverity,
    ClaimStatus,
    Client,
    Event,
    EventStatus,
    EventType,
    Order,
    User,
    utcnow,
)
from crm_desktop.services.core.errors import CrmError, error_code

from .statuses import ALL, OPEN

UNKNOWN_FORMAT = error_code("claims.unknown_format", "Choose csv, json or text, not {format}")
UNKNOWN_STATUS = error_code("claims.unknown_status", "No claim status {status}: use one of {known}")
PAGE = 200


@dataclass(frozen=True)
class ClaimFilter:
    statuses: tuple[ClaimStatus, ...] = ()  # empty: any
    open_only: bool = False
    reason_id: uuid.UUID | None = None
    department: str | None = None
    responsible_id: uuid.UUID | None = None
    client_id: uuid.UUID | None = None
    date_from: date | None = None  # the claim's date, inclusive
    date_to: date | None = None
    overdue: bool = False
    text: str = ""  # a part of the number, the client's name or the essence


@dataclass(frozen=True)
class ClaimRow:
    id: uuid.UUID
    number: str
    claim_date: date
    client_id: uuid.UUID
    client: str
    status: ClaimStatus
    severity: ClaimSeverity
    reason: str | None
    department: str | None
    responsible: str | None
    due_date: date | None
    order: str | None
    essence: str
    tasks: int
    tasks_done: int
    duplicate: bool
    overdue: bool


Cursor = tuple[Any, uuid.UUID]


@dataclass(frozen=True)
class ClaimPage:
    rows: list[ClaimRow]
    next: Cursor | None  # None: this was the last page


def overdue_condition(today: date, now: datetime) -> ColumnElement[bool]:
    """Open, and past its due date or with a task of its plan past due."""
    late_task = exists().where(Event.claim_id == Claim.id, Event.type == EventType.TASK,
                               Event.status == EventStatus.PLANNED, Event.due_at < now,
                               Event.deleted_at.is_(None))
    return and_(Claim.status.in_(OPEN),
                or_(and_(Claim.due_date.is_not(None), Claim.due_date < today), late_task))


_STATUS_POSITION = case({s.value: n for n, s in enumerate(ALL)}, value=Claim.status, else_=99)
SORTS: dict[str, Any] = {
    "claim_date": Claim.claim_date, "number": Claim.number, "client": Client.short_name,
    "status": _STATUS_POSITION, "due_date": func.coalesce(Claim.due_date, date.max),
    "responsible": func.coalesce(User.full_name, ""),
}
COLUMNS = ("number", "claim_date", "client", "status", "severity", "reason", "department",
           "responsible", "due_date", "order", "tasks", "tasks_done", "duplicate", "overdue",
           "essence", "id")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def conditions(f: ClaimFilter, today: date, now: datetime) -> list[ColumnElement[bool]]:
    """The filter as SQL conditions on claims joined with their client."""
    where: list[ColumnElement[bool]] = [Claim.deleted_at.is_(None)]
    if f.statuses:
        where.append(Claim.status.in_(f.statuses))
    if f.open_only:
        where.append(Claim.status.in_(OPEN))
    if f.reason_id is not None:
        where.append(Claim.reason_id == f.reason_id)
    if f.department:
        where.append(Claim.department == f.department)
    if f.responsible_id is not None:
        where.append(Claim.responsible_id == f.responsible_id)
    if f.client_id is not None:
        where.append(Claim.client_id == f.client_id)
    if f.date_from is not None:
        where.append(Claim.claim_date >= f.date_from)
    if f.date_to is not None:
        where.append(Claim.claim_date <= f.date_to)
    if f.overdue:
        where.append(overdue_condition(today, now))
    text = f.text.strip()
    if text:
        pattern = f"%{_escape(text)}%"
        where.append(or_(Claim.number.ilike(pattern, escape="\\"),
                         Client.short_name.ilike(pattern, escape="\\"),
                         Claim.essence.ilike(pattern, escape="\\")))
    return where


def _query(f: ClaimFilter, today: date, now: datetime) -> Any:  # a Select of the row columns
    task = aliased(Event)
    tasks = (select(func.count()).where(task.claim_id == Claim.id, task.type == EventType.TASK,
                                        task.status != EventStatus.CANCELLED,
                                        task.deleted_at.is_(None))
             .correlate(Claim).scalar_subquery())
    done = (select(func.count()).where(task.claim_id == Claim.id, task.type == EventType.TASK,
                                       task.status == EventStatus.DONE,
                                       task.deleted_at.is_(None))
            .correlate(Claim).scalar_subquery())
    return (select(Claim.id, Claim.number, Claim.claim_date, Claim.client_id, Client.short_name,
                   Claim.status, Claim.severity, ClaimReason.name, Claim.department,
                   User.full_name, Claim.due_date, Order.number, Claim.essence, tasks, done,
                   Claim.duplicate_of_id, overdue_condition(today, now))
            .join(Client, Client.id == Claim.client_id)
            .outerjoin(User, User.id == Claim.responsible_id)
            .outerjoin(ClaimReason, ClaimReason.id == Claim.reason_id)
            .outerjoin(Order, Order.id == Claim.order_id)
            .where(*conditions(f, today, now)))


def _row(r: Any) -> ClaimRow:
    return ClaimRow(r[0], r[1], r[2], r[3], r[4], ClaimStatus(r[5]), ClaimSeverity(r[6]), r[7],
                    r[8], r[9], r[10], r[11], r[12], int(r[13] or 0), int(r[14] or 0),
                    r[15] is not None, bool(r[16]))


def claim_page(s: Session, f: ClaimFilter, *, sort: str = "claim_date",
               descending: bool = True, after: Cursor | None = None, limit: int = PAGE,
               today: date | None = None, now: datetime | None = None) -> ClaimPage:
    """One page of the claims the filter lets through, sorted by `sort` then id; `after` is
    the previous page's `next` (keyset: each page costs the same however deep)."""
    today, now = today or date.today(), now or utcnow()
    key = SORTS.get(sort, Claim.claim_date)
    query = _query(f, today, now).add_columns(key)
    if after is not None:
        # typed parameters: an untyped UUID would compare as text with the stored bytes
        last = tuple_(key, Claim.id)
        bound = tuple_(literal(after[0], key.type), literal(after[1], Claim.id.type))
        query = query.where(last < bound if descending else last > bound)
    order = (key.desc(), Claim.id.desc()) if descending else (key, Claim.id)
    raw = s.execute(query.order_by(*order).limit(limit)).all()
    rows = [_row(r) for r in raw]
    cursor = (raw[-1][-1], rows[-1].id) if len(raw) == limit else None
    return ClaimPage(rows, cursor)


def iter_claims(s: Session, f: ClaimFilter, *, today: date | None = None,
                now: datetime | None = None) -> Iterator[ClaimRow]:
    """Every claim the filter lets through, newest first, page after page."""
    after: Cursor | None = None
    while True:
        page = claim_page(s, f, after=after, limit=2000, today=today, now=now)
        yield from page.rows
        if page.next is None:
            return
        after = page.next


@dataclass(frozen=True)
class ClaimCounts:
    total: int
    open: int
    overdue: int


def claim_counts(s: Session, f: ClaimFilter, today: date | None = None,
                 now: datetime | None = None) -> ClaimCounts:
    """How many claims the filter lets through, how many are open and how many overdue."""
    today, now = today or date.today(), now or utcnow()
    row = s.execute(select(func.count(),
                           func.sum(case((Claim.status.in_(OPEN), 1), else_=0)),
                           func.sum(case((overdue_condition(today, now), 1), else_=0)))
                    .select_from(Claim).join(Client, Client.id == Claim.client_id)
                    .where(*conditions(f, today, now))).one()
    return ClaimCounts(int(row[0] or 0), int(row[1] or 0), int(row[2] or 0))


def client_claims(s: Session, client_id: uuid.UUID, limit: int = 100) -> list[ClaimRow]:
    """A client's claims, newest first (the desk's Claims tab)."""
    return claim_page(s, ClaimFilter(client_id=client_id), limit=limit).rows


def parse_status(text: str) -> ClaimStatus:
    """A status as typed on the command line (its value, e.g. `registered`)."""
    try:
        return ClaimStatus(text.strip().lower())
    except ValueError:
        raise CrmError(UNKNOWN_STATUS, status=text,
                       known=", ".join(s.value for s in ALL)) from None


def _plain(value: object) -> object:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value.value if isinstance(value, Enum) else value


def as_record(row: ClaimRow) -> dict[str, object]:
    return {name: _plain(getattr(row, name)) for name in COLUMNS}


def write_claims(rows: Iterable[ClaimRow], out: IO[str], fmt: str) -> int:
    """Write rows as `csv` (a header line), `json` (an array of objects) or `text` (aligned
    columns, `!` before an overdue claim); returns the count."""
    count = 0
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow(["" if v is None else v for v in as_record(row).values()])
            count += 1
    elif fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("," if count else "") + "\n  " + json.dumps(as_record(row),
                                                                 ensure_ascii=False))
            count += 1
        out.write("\n]\n" if count else "]\n")
    elif fmt == "text":
        for row in rows:
            mark = "!" if row.overdue else " "
            out.write(f"{mark} {row.number:<20} {row.claim_date}  {row.status.value:<13} "
                      f"{row.severity.value:<8} {row.tasks_done}/{row.tasks:<3} "
                      f"{row.client[:40]}\n")
            count += 1
    else:
        raise CrmError(UNKNOWN_FORMAT, format=fmt)
    return count

"""What every report shares: the viewer's scope (whose figures), the period as UTC moments,
the SQL that buckets a date into a day, week, month or quarter on SQLite and PostgreSQL, and
the arithmetic of percents."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, and_, cast, func, select, true
from sqlalchemy.orm import Session

from crm_desktop.models import Role, Team, TeamMember, User
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import CurrentUser, actor_of

from .params import ReportParams

OUT_OF_SCOPE = error_code("reports.out_of_scope",
                          "You may see the figures of {allowed} only, not of the people chosen")
BAD_PERIOD = error_code("reports.bad_period", "The period ends ({end}) before it starts ({start})")
ZERO = Decimal("0.00")


def viewer_of(s: Session, params: ReportParams) -> CurrentUser | None:
    if params.viewer is not None:
        return params.viewer
    actor = actor_of(s)
    return actor if isinstance(actor, CurrentUser) else None


def scope_of(s: Session, viewer: CurrentUser | None) -> tuple[uuid.UUID, ...] | None:
    """The people whose figures `viewer` may see; None: everyone. A salesperson: themselves;
    the head of sales: themselves and the members of the teams they lead (everyone when they
    lead no team yet — a company with one head of sales and no teams); the admin: everyone."""
    if viewer is None or viewer.role == Role.ADMIN:
        return None
    if viewer.role == Role.HEAD_OF_SALES:
        led = select(Team.id).where(Team.head_id == viewer.id, Team.deleted_at.is_(None))
        if s.scalar(select(func.count()).select_from(led.subquery())) == 0:
            return None
        members = s.scalars(select(TeamMember.user_id).where(
            TeamMember.team_id.in_(led), TeamMember.deleted_at.is_(None))).all()
        return tuple(dict.fromkeys([viewer.id, *members]))
    return (viewer.id,)


def managers_of(s: Session, params: ReportParams) -> tuple[uuid.UUID, ...] | None:
    """Whose figures this report counts: the chosen people within the viewer's scope; None for
    everyone. Choosing someone outside the scope is refused."""
    viewer = viewer_of(s, params)
    scope = scope_of(s, viewer)
    chosen = tuple(dict.fromkeys(params.manager_ids))
    if not chosen:
        return scope
    if scope is not None and any(uid not in scope for uid in chosen):
        raise CrmError(OUT_OF_SCOPE, allowed=viewer.full_name if viewer and len(scope) == 1
                       else "your teams")
    return chosen


def by_manager(column: Any, managers: tuple[uuid.UUID, ...] | None) -> ColumnElement[bool]:
    return true() if managers is None else column.in_(managers)


def start_of(day: date) -> datetime:
    """Local midnight at the start of `day`, as an aware UTC moment."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def check_period(first: date, last: date) -> None:
    if last < first:
        raise CrmError(BAD_PERIOD, start=first.isoformat(), end=last.isoformat())


def moments(first: date, last: date) -> tuple[datetime, datetime]:
    """The period [first, last] (local days) as [start, end) UTC moments."""
    check_period(first, last)
    return start_of(first), start_of(last + timedelta(days=1))


def within(column: Any, first: date, last: date, is_date: bool = False) -> ColumnElement[bool]:
    """SQL: the date or moment `column` falls in the period."""
    if is_date:
        return and_(column >= first, column <= last)
    start, end = moments(first, last)
    return and_(column >= start, column < end)


def last_year(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def bucket(s: Session, column: Any, unit: str) -> Any:
    """SQL: a date (or UTC moment) as its day 'YYYY-MM-DD', week (its Monday), month 'YYYY-MM'
    or quarter 'YYYY-Qn' — the same text on SQLite and PostgreSQL."""
    if s.get_bind().dialect.name == "postgresql":
        if unit == "day":
            return func.to_char(column, "YYYY-MM-DD")
        if unit == "week":
            return func.to_char(func.date_trunc("week", column), "YYYY-MM-DD")
        if unit == "quarter":
            return func.to_char(column, 'YYYY-"Q"Q')
        return func.to_char(column, "YYYY-MM")
    if unit == "day":
        return func.strftime("%Y-%m-%d", column)
    if unit == "week":
        return func.date(column, "-6 days", "weekday 1")
    if unit == "quarter":
        number = (cast(func.strftime("%m", column), Integer) + 2) // 3
        return func.strftime("%Y", column).concat("-Q").concat(cast(number, String))
    return func.strftime("%Y-%m", column)


def percent(part: Any, whole: Any) -> Decimal | None:
    """part / whole in percent, one decimal place; None when whole is 0."""
    if not whole:
        return None
    return (Decimal(part or 0) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def change(now: Any, before: Any) -> Decimal | None:
    """The change from `before` to `now` in percent; None when `before` is 0."""
    if not before:
        return None
    return ((Decimal(now or 0) - Decimal(before)) * 100 / Decimal(before)).quantize(
        Decimal("0.1"), ROUND_HALF_UP)


def money(value: Any) -> Decimal:
    return Decimal(value or 0).quantize(ZERO)


def names_of(s: Session, ids: Any) -> dict[Any, str]:
    ids = [i for i in ids if i is not None]
    if not ids:
        return {}
    return dict(s.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all())


def people(s: Session, managers: tuple[uuid.UUID, ...] | None) -> list[tuple[uuid.UUID, str]]:
    """The active salespeople and heads of sales in scope, by name."""
    rows = s.execute(select(User.id, User.full_name).where(
        User.deleted_at.is_(None), User.active.is_(True),
        User.role.in_((Role.SALESPERSON, Role.HEAD_OF_SALES)),
        by_manager(User.id, managers)).order_by(User.full_name)).all()
    return list(rows)


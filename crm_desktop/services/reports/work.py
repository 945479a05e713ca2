"""The reports read from claims, open work and past purchases: claims (dynamics, satisfaction,
structure), overdue work by responsible, and the clients to win back."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Claim,
    ClaimReason,
    ClaimStatus,
    Client,
    Event,
    EventStatus,
    Order,
    Product,
    SalesDocument,
    User,
)
from crm_desktop.models.base import UTCDateTime
from crm_desktop.services.core.errors import Message
from crm_desktop.services.sales.metrics import is_sale, order_overdue

from . import words as W
from .common import bucket, by_manager, managers_of, money, names_of, percent, within
from .params import ReportParams
from .result import ChartSpec, Column, DrillTarget, ReportResult, Series

LIMIT = 1000  # reactivation: the clients with the largest past revenue first
CHART_ROWS = 20


# -- claims --------------------------------------------------------------------------------------
def _months(first: date, last: date) -> list[tuple[str, datetime]]:
    """Each month the period touches ('YYYY-MM') with the UTC moment it ends."""
    out, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        nxt = (year + 1, 1) if month == 12 else (year, month + 1)
        out.append((f"{year:04d}-{month:02d}",
                    datetime.combine(date(nxt[0], nxt[1], 1), time.min, UTC)))
        year, month = nxt
    return out


def _claim_filters(params: ReportParams,
                   managers: tuple[uuid.UUID, ...] | None) -> list[ColumnElement[bool]]:
    where = [Claim.deleted_at.is_(None), by_manager(Claim.responsible_id, managers)]
    if params.region:
        where.append(Claim.client_id.in_(select(Client.id).where(Client.region == params.region)))
    if params.product_id:
        where.append(Claim.product_id == params.product_id)
    elif params.category_id:
        where.append(Claim.product_id.in_(select(Product.id).where(
            Product.category_id == params.category_id)))
    return where


def _open_at(edge: Any) -> ColumnElement[bool]:
    """SQL: the claim was neither resolved nor rejected before `edge`."""
    return and_(or_(Claim.resolved_at.is_(None), Claim.resolved_at >= edge),
                or_(Claim.rejected_at.is_(None), Claim.rejected_at >= edge))


def _department() -> Any:
    return func.coalesce(Claim.department, ClaimReason.department, "")


def claims(s: Session, params: ReportParams) -> ReportResult:
    managers = managers_of(s, params)
    where = _claim_filters(params, managers)
    months = _months(params.date_from, params.date_to)
    end = months[-1][1]
    start = datetime.combine(params.date_from.replace(day=1), time.min, UTC)
    registered: dict[Any, Any] = dict(s.execute(
        select(bucket(s, Claim.registered_at, "month"), func.count())
        .where(*where, Claim.registered_at >= start, Claim.registered_at < end)
        .group_by(bucket(s, Claim.registered_at, "month"))).all())
    resolved: dict[Any, Any] = dict(s.execute(
        select(bucket(s, Claim.resolved_at, "month"), func.count())
        .where(*where, Claim.resolved_at >= start, Claim.resolved_at < end)
        .group_by(bucket(s, Claim.resolved_at, "month"))).all())
    edges = union_all(*[select(literal(m).label("month"),
                               literal(edge, UTCDateTime()).label("edge"))
                        for m, edge in months]).subquery()
    still_open: dict[Any, Any] = dict(s.execute(
        select(edges.c.month, func.count(Claim.id)).select_from(edges)
        .join(Claim, and_(Claim.registered_at < edges.c.edge, _open_at(edges.c.edge), *where))
        .group_by(edges.c.month)).all())
    rows: list[dict[str, Any]] = []
    keys: list[Any] = []
    for month, _edge in months:
        rows.append({"section": "month", "name": month,
                     "registered": int(registered.get(month, 0)),
                     "resolved": int(resolved.get(month, 0)),
                     "open": int(still_open.get(month, 0)), "satisfaction": None,
                     "share": None})
        keys.append(("month", month))
    dated = [*where, within(Claim.claim_date, params.date_from, params.date_to, True)]
    total = s.scalar(select(func.count()).select_from(Claim).where(*dated)) or 0
    closed = Claim.status.in_((ClaimStatus.RESOLVED, ClaimStatus.REJECTED))
    rated = and_(closed, Claim.satisfaction.is_not(None))
    for reason_id, name, count, done, rated_count, happy in s.execute(
            select(Claim.reason_id, ClaimReason.name, func.count(),
                   func.count().filter(Claim.status == ClaimStatus.RESOLVED),
                   func.count().filter(rated),
                   func.count().filter(rated, Claim.satisfaction >= 4))
            .outerjoin(ClaimReason, ClaimReason.id == Claim.reason_id).where(*dated)
            .group_by(Claim.reason_id, ClaimReason.name).order_by(func.count().desc())):
        rows.append({"section": "reason", "name": name or "—", "registered": int(count),
                     "resolved": int(done), "open": None,
                     "satisfaction": percent(happy, rated_count),
                     "share": percent(count, total)})
        keys.append(("reason", reason_id))
    department = _department().label("department")
    for name, count, done in s.execute(
            select(department, func.count(),
                   func.count().filter(Claim.status == ClaimStatus.RESOLVED))
            .outerjoin(ClaimReason, ClaimReason.id == Claim.reason_id).where(*dated)
            .group_by(department).order_by(func.count().desc())):
        rows.append({"section": "department", "name": name or "—", "registered": int(count),
                     "resolved": int(done), "open": None, "satisfaction": None,
                     "share": percent(count, total)})
        keys.append(("department", name))
    busiest = max((r for r in rows[:len(months)] if r["registered"]),
                  key=lambda r: r["registered"], default=None)
    definitions: list[str] = [Message(W.DEF_CLAIMS_MONTH), Message(W.DEF_CLAIMS_DATED),
                   Message(W.DEF_SATISFIED), Message(W.DEF_DEPARTMENT)]
    if busiest:
        definitions.append(Message(W.DEF_BUSIEST, month=busiest["name"],
                                   count=busiest["registered"]))
    shown = rows[:len(months)]
    return ReportResult(
        "claims", Message(W.TITLE_CLAIMS),
        [Column("section", "Section", "label"), Column("name", "Name"),
         Column("registered", "Registered", "int"), Column("resolved", "Resolved", "int"),
         Column("open", "Open", "int"), Column("satisfaction", "Satisfied, %", "percent"),
         Column("share", "Share, %", "percent")],
        rows, keys,
        ChartSpec("bar", Message(W.CHART_CLAIMS), [r["name"] for r in shown],
                  [Series(W.series_name(key), [r[key] for r in shown], key)
                   for key in ("registered", "resolved", "open")], "int", W.axis_title("int")),
        definitions, params.currency)


def claims_drill(s: Session, params: ReportParams, key: Any, series: str | None) -> DrillTarget:
    where = _claim_filters(params, managers_of(s, params))
    section, value = key
    query = select(Claim.id)
    if section == "month":
        edge = dict(_months(params.date_from, params.date_to))[value]
        if series in ("Resolved", "resolved"):
            where.append(bucket(s, Claim.resolved_at, "month") == value)
        elif series in ("Open", "open"):
            where += [Claim.registered_at < edge, _open_at(edge)]
        else:
            where.append(bucket(s, Claim.registered_at, "month") == value)
    else:
        where.append(within(Claim.claim_date, params.date_from, params.date_to, True))
        if section == "reason":
            where.append(Claim.reason_id.is_(None) if value is None
                         else Claim.reason_id == value)
        else:
            query = query.outerjoin(ClaimReason, ClaimReason.id == Claim.reason_id)
            where.append(_department() == (value or ""))
    return DrillTarget("claims", list(s.scalars(query.where(*where)).all()))


# -- overdue work --------------------------------------------------------------------------------
def _overdue_events(now: datetime, managers: tuple[uuid.UUID, ...] | None,
                    claim_tasks: bool) -> list[ColumnElement[bool]]:
    return [Event.deleted_at.is_(None), Event.status == EventStatus.PLANNED, Event.due_at < now,
            # "no claim" written so that SQLite does not read the claim_id index for it (NULL
            # in two million events) instead of the one on responsible, status and due time
            Event.claim_id.is_not(None) if claim_tasks
            else func.coalesce(Event.claim_id, Event.id) == Event.id,
            by_manager(Event.responsible_id, managers)]


def _overdue_orders(today: date,
                    managers: tuple[uuid.UUID, ...] | None) -> list[ColumnElement[bool]]:
    return [Order.deleted_at.is_(None), order_overdue(today),
            by_manager(Order.responsible_id, managers)]


def overdue(s: Session, params: ReportParams, now: datetime | None = None) -> ReportResult:
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    managers = managers_of(s, params)
    # everyone named, so that the database seeks the index on (responsible, status, due time)
    # person by person instead of reading two million events in its order
    people = managers if managers is not None else tuple(s.scalars(select(User.id)).all())
    figures: dict[Any, list[int]] = {}
    for index, query in enumerate((
            select(Event.responsible_id, func.count()).where(
                *_overdue_events(now, people, False)).group_by(Event.responsible_id),
            select(Order.responsible_id, func.count()).where(
                *_overdue_orders(today, managers)).group_by(Order.responsible_id),
            select(Event.responsible_id, func.count()).where(
                *_overdue_events(now, people, True)).group_by(Event.responsible_id))):
        for uid, count in s.execute(query):
            figures.setdefault(uid, [0, 0, 0])[index] = int(count)
    names = names_of(s, figures)
    keys = sorted(figures, key=lambda k: (-sum(figures[k]), names.get(k, "")))
    rows: list[dict[str, Any]] = [{"responsible": names.get(k, "—"), "events": figures[k][0],
             "orders": figures[k][1], "claim_tasks": figures[k][2], "total": sum(figures[k])}
            for k in keys]
    shown = rows[:CHART_ROWS * 2]
    return ReportResult(
        "overdue", Message(W.TITLE_OVERDUE),
        [Column("responsible", "Responsible"), Column("events", "Overdue events", "int"),
         Column("orders", "Overdue orders", "int"),
         Column("claim_tasks", "Overdue claim tasks", "int"), Column("total", "Total", "int")],
        rows, keys,
        ChartSpec("stacked_bar", Message(W.CHART_OVERDUE), [r["responsible"] for r in shown],
                  [Series(W.series_name(key), [r[key] for r in shown], key)
                   for key in ("events", "orders", "claim_tasks")], "int", W.axis_title("int")),
        [Message(W.DEF_OVERDUE_EVENT), W.term(W.TERM_OVERDUE_ORDER, W.METRIC_OVERDUE_ORDER),
         Message(W.DEF_OVERDUE_TASK)],
        params.currency)


def overdue_drill(s: Session, params: ReportParams, key: Any, series: str | None,
                  now: datetime | None = None) -> DrillTarget:
    now = now or datetime.now(UTC)
    managers = managers_of(s, params)
    person = Event.responsible_id.is_(None) if key is None else Event.responsible_id == key
    if series in ("Orders", "orders"):
        owner = Order.responsible_id.is_(None) if key is None else Order.responsible_id == key
        return DrillTarget("orders", list(s.scalars(select(Order.id).where(
            *_overdue_orders(now.astimezone().date(), managers), owner)).all()))
    kinds = {"Events": (False,), "events": (False,), "Claim tasks": (True,),
             "claim_tasks": (True,)}.get(series or "", (False, True))
    ids: list[uuid.UUID] = []
    for claim_tasks in kinds:
        ids += s.scalars(select(Event.id).where(*_overdue_events(now, managers, claim_tasks),
                                                person)).all()
    return DrillTarget("events", ids)


# -- reactivation --------------------------------------------------------------------------------
def _past_sales(params: ReportParams, today: date) -> Any:
    SD = SalesDocument
    return (select(SD.client_id.label("client_id"), func.max(SD.issue_date).label("last"),
                   func.count().label("sales"), func.sum(SD.total).label("revenue"))
            .where(SD.deleted_at.is_(None), is_sale(params.currency))
            .group_by(SD.client_id)
            .having(func.max(SD.issue_date) < today - timedelta(days=params.days))
            .subquery())


def reactivation(s: Session, params: ReportParams, today: date | None = None) -> ReportResult:
    today = today or date.today()
    managers = managers_of(s, params)
    past = _past_sales(params, today)
    where = [Client.deleted_at.is_(None), by_manager(Client.responsible_id, managers)]
    if params.region:
        where.append(Client.region == params.region)
    found = s.execute(
        select(Client.id, Client.short_name, Client.responsible_id, past.c.last, past.c.sales,
               past.c.revenue).join(past, past.c.client_id == Client.id).where(*where)
        .order_by(past.c.revenue.desc(), Client.short_name).limit(LIMIT)).all()
    names = names_of(s, {r[2] for r in found})
    rows: list[dict[str, Any]] = []
    for _cid, name, manager, last, count, revenue in found:
        last_day = last if isinstance(last, date) else date.fromisoformat(str(last))
        rows.append({"client": name, "manager": names.get(manager, "—"),
                     "last_purchase": last_day, "days": (today - last_day).days,
                     "count": int(count), "past_revenue": money(revenue)})
    shown = rows[:CHART_ROWS]
    return ReportResult(
        "reactivation", Message(W.TITLE_REACTIVATION),
        [Column("client", "Client"), Column("manager", "Manager"),
         Column("last_purchase", "Last purchase", "date"),
         Column("days", "Days without a purchase", "days"), Column("count", "Sales", "int"),
         Column("past_revenue", "Past revenue", "money")],
        rows, [r[0] for r in found],
        ChartSpec("bar", Message(W.CHART_REACTIVATION, currency=params.currency),
                  [r["client"] for r in shown],
                  [Series(W.series_name("past_revenue"), [r["past_revenue"] for r in shown],
                          "past_revenue")], "money", W.axis_title("money", params.currency)),
        [Message(W.METRIC_SALE),
         Message(W.DEF_CANDIDATE, currency=params.currency, days=params.days),
         Message(W.DEF_LIMIT, limit=LIMIT)], params.currency)


def reactivation_drill(s: Session, params: ReportParams, key: Any,
                       series: str | None) -> DrillTarget:
    SD = SalesDocument
    managers = managers_of(s, params)
    visible = select(Client.id).where(Client.id == key, by_manager(Client.responsible_id,
                                                                   managers))
    return DrillTarget("invoices", list(s.scalars(select(SD.id).where(
        SD.client_id.in_(visible), SD.deleted_at.is_(None), is_sale(params.currency))
        .order_by(SD.issue_date)).all()))

"""The reports read from paid invoices: sales by period or by who, what and where, with the
plan beside them; and the manager benchmark beside the same period last year.

The figures follow `services.sales.metrics` (the desk's definitions): a **sale** is an invoice
in status paid, in the report's currency; **revenue** is the sum of the sales' totals;
**average check** = revenue / sales. A sale falls in the period by its issue date.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Client,
    Deal,
    DealStatus,
    Event,
    EventStatus,
    EventType,
    Product,
    ProductCategory,
    SalesDocument,
    SalesDocumentLine,
    SalesPlan,
)
from crm_desktop.services.core.errors import CrmError, Message, error_code
from crm_desktop.services.sales.metrics import average_check, is_sale

from . import words as W
from .common import (
    bucket,
    by_manager,
    change,
    last_year,
    managers_of,
    money,
    names_of,
    people,
    percent,
    within,
)
from .deals import WIN_RATE, deal_filters
from .params import GROUPS, ReportParams
from .result import ChartSpec, Column, DrillTarget, ReportResult, Series

UNKNOWN_GROUP = error_code("reports.unknown_group", "Sales cannot be grouped by {group}; use one "
                           "of {groups}")
SD, L = SalesDocument, SalesDocumentLine
TIME = ("day", "week", "month", "quarter")
CHECK = W.term(W.TERM_AVERAGE_CHECK, W.METRIC_AVERAGE_CHECK)
CHART_ROWS = 12  # a grouping by who or what charts its largest rows only


def _by_lines(params: ReportParams) -> bool:
    return bool(params.product_id or params.category_id
                or params.group_by in ("product", "category"))


def sale_filters(params: ReportParams, managers: tuple[uuid.UUID, ...] | None,
                 first: date | None = None, last: date | None = None
                 ) -> list[ColumnElement[bool]]:
    """SQL conditions on `sales_documents` (and its lines, when a product is chosen)."""
    where = [SD.deleted_at.is_(None), is_sale(params.currency),
             within(SD.issue_date, first or params.date_from, last or params.date_to, True),
             by_manager(SD.manager_id, managers)]
    if params.region:
        where.append(SD.client_id.in_(select(Client.id).where(Client.region == params.region)))
    if params.source:
        where.append(SD.deal_id.in_(select(Deal.id).where(Deal.source == params.source)))
    if params.product_id:
        where.append(L.product_id == params.product_id)
    elif params.category_id:
        where.append(L.product_id.in_(select(Product.id).where(
            Product.category_id == params.category_id)))
    return where


def _group(s: Session, params: ReportParams) -> Any:
    group = params.group_by
    if group in TIME:
        return bucket(s, SD.issue_date, group)
    return {"manager": SD.manager_id, "product": L.product_id, "category": Product.category_id,
            "region": Client.region, "client": SD.client_id}[group]


def _select(params: ReportParams, *columns: Any) -> Any:
    query = select(*columns).select_from(SD)
    if _by_lines(params):
        query = query.join(L, (L.document_id == SD.id) & L.deleted_at.is_(None))
    if params.group_by == "category":
        query = query.outerjoin(Product, Product.id == L.product_id)
    if params.group_by == "region":
        query = query.join(Client, Client.id == SD.client_id)
    return query


def _names(s: Session, group: str, keys: list[Any]) -> dict[Any, str]:
    known = [k for k in keys if k is not None]
    if group == "manager":
        return names_of(s, known)
    if group == "product" and known:
        return {r[0]: f"{r[1]} {r[2]}".strip() for r in s.execute(
            select(Product.id, Product.code, Product.name).where(Product.id.in_(known)))}
    if group == "category" and known:
        return dict(s.execute(select(ProductCategory.id, ProductCategory.name).where(
            ProductCategory.id.in_(known))).all())
    if group == "client" and known:
        found: dict[Any, str] = {}
        for i in range(0, len(known), 500):
            found.update(s.execute(select(Client.id, Client.short_name).where(
                Client.id.in_(known[i:i + 500]))).all())
        return found
    return {k: str(k) for k in known}


def _plans(s: Session, params: ReportParams, managers: tuple[uuid.UUID, ...] | None,
           by: str) -> dict[Any, Any]:
    """The plan per manager or per month ('YYYY-MM') for the months the period touches."""
    column = SalesPlan.manager_id if by == "manager" else bucket(s, SalesPlan.month, "month")
    return dict(s.execute(
        select(column, func.sum(SalesPlan.amount))
        .where(SalesPlan.deleted_at.is_(None), SalesPlan.currency == params.currency,
               SalesPlan.month >= params.date_from.replace(day=1),
               SalesPlan.month <= params.date_to, by_manager(SalesPlan.manager_id, managers))
        .group_by(column)).all())


def _planned_revenue(s: Session, params: ReportParams,
                     managers: tuple[uuid.UUID, ...] | None) -> dict[Any, Any]:
    """Per month, the revenue of the managers who have a plan that month (what "plan done"
    compares with): sales and plans each grouped by month and manager in the database."""
    month = bucket(s, SD.issue_date, "month").label("month")
    sold = s.execute(_select(params, month, SD.manager_id, func.sum(
        L.total if _by_lines(params) else SD.total)).where(*sale_filters(params, managers))
        .group_by(month, SD.manager_id)).all()
    plan_month = bucket(s, SalesPlan.month, "month")
    with_plan = set(s.execute(select(plan_month, SalesPlan.manager_id).where(
        SalesPlan.deleted_at.is_(None), SalesPlan.currency == params.currency,
        SalesPlan.amount > 0, SalesPlan.month >= params.date_from.replace(day=1),
        SalesPlan.month <= params.date_to, by_manager(SalesPlan.manager_id, managers))
        .group_by(plan_month, SalesPlan.manager_id)).all())
    found: dict[Any, Any] = {}
    for key, manager, revenue in sold:
        if (key, manager) in with_plan:
            found[key] = found.get(key, 0) + (revenue or 0)
    return {key: money(value) for key, value in found.items()}


def sales(s: Session, params: ReportParams) -> ReportResult:
    if params.group_by not in GROUPS:
        raise CrmError(UNKNOWN_GROUP, group=params.group_by, groups=", ".join(GROUPS))
    managers = managers_of(s, params)
    group = _group(s, params).label("grp")
    if _by_lines(params):
        figures = [func.count(distinct(SD.id)), func.sum(L.total)]
    else:
        figures = [func.count(), func.sum(SD.total)]
    found = s.execute(_select(params, group, *figures).where(*sale_filters(params, managers))
                      .group_by(group)).all()
    plan_by = {"manager": "manager", "month": "month"}.get(params.group_by)
    plans = _plans(s, params, managers, plan_by) if plan_by else {}
    planned = _planned_revenue(s, params, managers) if plan_by == "month" else {}
    figures_of = {r[0]: (int(r[1]), money(r[2])) for r in found}
    for key in plans:
        figures_of.setdefault(key, (0, money(0)))
    names = _names(s, params.group_by, list(figures_of))
    if params.group_by in TIME:
        keys = sorted(k for k in figures_of if k is not None)
    else:
        keys = sorted(figures_of, key=lambda k: (-figures_of[k][1], names.get(k, "")))
    head = "period" if params.group_by in TIME else params.group_by
    rows: list[dict[str, Any]] = []
    for key in keys:
        count, revenue = figures_of[key]
        row: dict[str, Any] = {head: names.get(key, "—") if key is not None else "—",
                               "count": count, "revenue": revenue,
                               "average_check": average_check(revenue, count)}
        if plan_by:
            plan = money(plans[key]) if key in plans else None
            row["plan"] = plan
            done = planned.get(key, revenue) if plan_by == "month" else revenue
            row["plan_done"] = percent(done, plan) if plan else None
        rows.append(row)
    columns = [Column(head, head.capitalize()), Column("count", "Sales", "int"),
               Column("revenue", "Revenue", "money"),
               Column("average_check", "Average check", "money")]
    if plan_by:
        columns += [Column("plan", "Plan", "money"), Column("plan_done", "Plan done, %",
                                                            "percent")]
    shown = rows if params.group_by in TIME else rows[:CHART_ROWS]
    series = [Series(W.series_name("revenue"), [r["revenue"] for r in shown], "revenue")]
    if plan_by:
        series.append(Series(W.series_name("plan"), [r["plan"] or 0 for r in shown], "plan"))
    definitions: list[str] = [*W.sale_definitions(params.currency), Message(W.DEF_REVENUE), CHECK]
    if plan_by:
        definitions.append(Message(W.DEF_PLAN, currency=params.currency))
    return ReportResult(
        "sales", Message(W.TITLE_SALES), columns, rows, keys,
        ChartSpec("line" if params.group_by in ("day", "week") else "bar",
                  Message(W.CHART_SALES, currency=params.currency),
                  [_short(str(r[head]), params.group_by) for r in shown], series, "money",
                  W.axis_title("money", params.currency)),
        definitions, params.currency)


def _short(label: str, group: str) -> str:
    """A month on a chart's axis as 'MM.YY' (ISO 'YYYY-MM' does not fit under a bar)."""
    return f"{label[5:7]}.{label[2:4]}" if group == "month" and len(label) == 7 else label


def sales_drill(s: Session, params: ReportParams, key: Any, series: str | None) -> DrillTarget:
    """The sales (paid invoices) behind a row."""
    managers = managers_of(s, params)
    group = _group(s, params)
    where = [*sale_filters(params, managers), group.is_(None) if key is None else group == key]
    ids = s.scalars(_select(params, SD.id).where(*where).distinct()).all()
    return DrillTarget("invoices", list(ids))


# -- the benchmark -------------------------------------------------------------------------------
def _per_person(s: Session, query: Any) -> dict[Any, Any]:
    return {r[0]: r[1:] for r in s.execute(query).all()}


def _period_figures(s: Session, params: ReportParams, managers: tuple[uuid.UUID, ...] | None,
                    first: date, last: date) -> dict[str, dict[Any, Any]]:
    deals = deal_filters(params, managers)
    won, lost = Deal.status == DealStatus.WON, Deal.status == DealStatus.LOST
    return {
        "opened": _per_person(s, select(Deal.responsible_id, func.count()).where(
            *deals, within(Deal.created_at, first, last)).group_by(Deal.responsible_id)),
        "closed": _per_person(s, select(Deal.responsible_id, func.count().filter(won),
                                        func.count().filter(lost)).where(
            *deals, Deal.status.in_((DealStatus.WON, DealStatus.LOST)),
            within(Deal.closed_at, first, last)).group_by(Deal.responsible_id)),
        "sales": _per_person(s, select(SD.manager_id, func.count(), func.sum(SD.total)).where(
            SD.deleted_at.is_(None), is_sale(params.currency),
            within(SD.issue_date, first, last, True), by_manager(SD.manager_id, managers))
            .group_by(SD.manager_id)),
    }


def benchmark(s: Session, params: ReportParams, now: datetime | None = None) -> ReportResult:
    now = now or datetime.now(UTC)
    managers = managers_of(s, params)
    this = _period_figures(s, params, managers, params.date_from, params.date_to)
    before = _period_figures(s, params, managers, last_year(params.date_from),
                             last_year(params.date_to))
    done = Event.status == EventStatus.DONE
    # the people named, so that the database seeks (responsible, start) person by person
    staff = [uid for uid, _ in people(s, managers)]
    events = _per_person(s, select(
        Event.responsible_id, func.count().filter(done, Event.type == EventType.CALL),
        func.count().filter(done, Event.type == EventType.MEETING),
        func.count().filter(done, Event.type == EventType.EMAIL),
        func.count().filter(Event.status == EventStatus.PLANNED, Event.due_at < now))
        .where(Event.deleted_at.is_(None), Event.responsible_id.in_(staff),
               within(Event.start_at, params.date_from, params.date_to))
        .group_by(Event.responsible_id))
    rows: list[dict[str, Any]] = []
    keys: list[Any] = []
    for uid, name in people(s, managers):
        won, lost = this["closed"].get(uid, (0, 0))
        won_ly, lost_ly = before["closed"].get(uid, (0, 0))
        count, revenue = this["sales"].get(uid, (0, 0))
        _count_ly, revenue_ly = before["sales"].get(uid, (0, 0))
        calls, meetings, emails, overdue = events.get(uid, (0, 0, 0, 0))
        revenue, revenue_ly = money(revenue), money(revenue_ly)
        rows.append({
            "manager": name, "opened": int(this["opened"].get(uid, (0,))[0]),
            "opened_last_year": int(before["opened"].get(uid, (0,))[0]),
            "won": int(won), "won_last_year": int(won_ly),
            "win_rate": percent(won, won + lost), "win_rate_last_year": percent(won_ly,
                                                                              won_ly + lost_ly),
            "revenue": revenue, "last_year": revenue_ly, "change": change(revenue, revenue_ly),
            "average_check": average_check(revenue, int(count)),
            "calls": int(calls), "meetings": int(meetings), "emails": int(emails),
            "overdue": int(overdue)})
        keys.append(uid)
    # the best sellers first; nobody with nothing at all in either year
    order = sorted((i for i, r in enumerate(rows) if any(
        r[k] for k in ("opened", "opened_last_year", "won", "won_last_year", "revenue",
                       "last_year", "calls", "meetings", "emails", "overdue"))),
        key=lambda i: (-rows[i]["revenue"], rows[i]["manager"]))
    rows, keys = [rows[i] for i in order], [keys[i] for i in order]
    shown = rows[:CHART_ROWS // 2]
    columns = [Column("manager", "Manager"), Column("opened", "Deals opened", "int"),
               Column("opened_last_year", "Opened, last year", "int"),
               Column("won", "Won", "int"), Column("won_last_year", "Won, last year", "int"),
               Column("win_rate", "Win rate, %", "percent"),
               Column("win_rate_last_year", "Win rate last year, %", "percent"),
               Column("revenue", "Revenue", "money"), Column("last_year", "Last year", "money"),
               Column("change", "Change, %", "percent"),
               Column("average_check", "Average check", "money"),
               Column("calls", "Calls", "int"), Column("meetings", "Meetings", "int"),
               Column("emails", "E-mails", "int"), Column("overdue", "Overdue events", "int")]
    return ReportResult(
        "benchmark", Message(W.TITLE_BENCHMARK), columns, rows, keys,
        ChartSpec("bar", Message(W.CHART_BENCHMARK, currency=params.currency),
                  [r["manager"] for r in shown],
                  [Series(W.series_name("revenue"), [r["revenue"] for r in shown], "revenue"),
                   Series(W.series_name("last_year"), [r["last_year"] for r in shown],
                          "last_year")], "money", W.axis_title("money", params.currency)),
        [*W.sale_definitions(params.currency), CHECK, WIN_RATE,
         Message(W.DEF_OPENED), Message(W.DEF_LAST_YEAR), Message(W.DEF_ACTIVITIES)],
        params.currency)


def benchmark_drill(s: Session, params: ReportParams, key: Any,
                    series: str | None) -> DrillTarget:
    """A manager's sales in the period (series "Last year": a year earlier)."""
    managers = managers_of(s, params)
    first, last = params.date_from, params.date_to
    if series in ("Last year", "last_year"):
        first, last = last_year(first), last_year(last)
    ids = s.scalars(select(SD.id).where(
        SD.deleted_at.is_(None), is_sale(params.currency), within(SD.issue_date, first, last,
                                                                  True),
        by_manager(SD.manager_id, managers), SD.manager_id == key)).all()
    return DrillTarget("invoices", list(ids))

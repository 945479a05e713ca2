"""The head of sales' dashboard: the reports' key figures as tiles and four small charts (sales
by month with the plan, the open deals by stage, won and lost by manager, claims by month), in
the signed-in person's scope (a salesperson: their own; the head of sales: the teams'), in the
company's currency; each a GROUP BY read from an index, so the page comes in about a second on
the large demo."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import Claim, ClaimStatus, Company, Deal, DealStatus
from crm_desktop.services.core.errors import Message
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.sales.deals.pipelines import default_pipeline

from . import deals, sales, work
from . import words as W
from .common import by_manager, managers_of, names_of, percent, within
from .params import ReportParams
from .result import ChartSpec, Dashboard, Series, Tile


def company_currency(s: Session) -> str:
    found = s.scalar(select(Company.default_currency).where(Company.deleted_at.is_(None))
                     .limit(1))
    return found or "USD"


def dashboard(s: Session, user: CurrentUser | None, today: date | None = None) -> Dashboard:
    today = today or date.today()
    now = datetime.now(UTC)
    currency = company_currency(s)
    month = ReportParams(today.replace(day=1), today, currency=currency, viewer=user,
                         group_by="manager")
    start = date(today.year - 1, today.month, 1)
    start = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    year = ReportParams(start, today, currency=currency, viewer=user, group_by="month")
    managers = managers_of(s, month)

    by_month = sales.sales(s, year)
    this_month = next((r for r in by_month.rows if r["period"] == today.strftime("%Y-%m")), {})
    closed = s.execute(select(func.count().filter(Deal.status == DealStatus.WON),
                              func.count()).where(
        *deals.deal_filters(month, managers), Deal.status.in_((DealStatus.WON, DealStatus.LOST)),
        within(Deal.closed_at, month.date_from, month.date_to))).one()
    work_due = work.overdue(s, month, now)
    open_claims = s.scalar(select(func.count()).select_from(Claim).where(
        Claim.deleted_at.is_(None), by_manager(Claim.responsible_id, managers),
        Claim.status.not_in((ClaimStatus.RESOLVED, ClaimStatus.REJECTED)))) or 0

    def tile(key: str, value: Any, kind: str) -> Tile:
        return Tile(key, W.tile_title(key), value, kind)

    tiles = [tile("revenue_month", this_month.get("revenue", 0), "money"),
             tile("sales_month", this_month.get("count", 0), "int"),
             tile("won_month", int(closed[0]), "int"),
             tile("win_rate_month", percent(closed[0], closed[1]) or 0, "percent")]
    if this_month.get("plan"):
        tiles.append(tile("plan_done_month", this_month.get("plan_done") or 0, "percent"))
    tiles += [tile("overdue_events", sum(r["events"] for r in work_due.rows), "int"),
              tile("overdue_orders", sum(r["orders"] for r in work_due.rows), "int"),
              tile("open_claims", int(open_claims), "int")]
    claims = work.claims(s, year)
    return Dashboard(tiles, [by_month.chart, _open_pipeline(s, month, managers),
                             _won_lost(s, year, managers), claims.chart])


def _open_pipeline(s: Session, params: ReportParams,
                   managers: tuple[uuid.UUID, ...] | None) -> ChartSpec:
    """The default pipeline now: open deals per stage (the board's count, from its index)."""
    info = default_pipeline(s)
    counts = dict(s.execute(select(Deal.stage_id, func.count()).where(
        Deal.pipeline_id == info.id, Deal.status == DealStatus.OPEN, Deal.deleted_at.is_(None),
        by_manager(Deal.responsible_id, managers)).group_by(Deal.stage_id)).all())
    stages = info.open_stages
    return ChartSpec("funnel", Message(W.CHART_OPEN_DEALS, pipeline=info.name),
                     [st.name for st in stages],
                     [Series(W.series_name("open_deals"),
                             [int(counts.get(st.id, 0)) for st in stages], "open_deals")],
                     "int", W.axis_title("int"))


def _won_lost(s: Session, params: ReportParams,
              managers: tuple[uuid.UUID, ...] | None) -> ChartSpec:
    """Won and lost deals per manager in the period, the busiest first."""
    won, lost = Deal.status == DealStatus.WON, Deal.status == DealStatus.LOST
    found = s.execute(select(Deal.responsible_id, func.count().filter(won),
                             func.count().filter(lost)).where(
        *deals.deal_filters(params, managers), Deal.status.in_((DealStatus.WON,
                                                                DealStatus.LOST)),
        within(Deal.closed_at, params.date_from, params.date_to))
        .group_by(Deal.responsible_id)).all()
    names = names_of(s, [r[0] for r in found])
    top = sorted(found, key=lambda r: (-(r[1] + r[2]), names.get(r[0], "")))[:deals.CHART_ROWS]
    return ChartSpec("stacked_bar", Message(W.CHART_WON_LOST),
                     [names.get(r[0], "—") for r in top],
                     [Series(W.series_name("won"), [int(r[1]) for r in top], "won"),
                      Series(W.series_name("lost"), [int(r[2]) for r in top], "lost")], "int",
                     W.axis_title("int"))

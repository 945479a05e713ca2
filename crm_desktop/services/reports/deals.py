"""The reports read from deals and their stage history: the funnel, won and lost, lead sources.

Definitions (stated in each result):
* a deal **enters** a stage when the stage history has a move into it; the funnel counts each
  deal once per stage, by the moment of the move;
* **conversion** to the next stage = deals that entered the next stage / deals that entered
  this one, in the same period;
* **time in stage** = the seconds the history records when a deal leaves the stage (median of
  the moves out of it in the period);
* a deal is **lost at** the stage it left for a lost stage;
* **won / lost** deals: closed in the period (their close moment) in a won / lost stage; their
  amounts count in the report's currency only;
* **win rate** = won / (won + lost) deals closed in the period;
* a **lead** (sources) = a deal opened in the period; **conversion to won** = how many of them
  are won by now.
"""

from __future__ import annotations

import uuid
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Deal, DealStageChange, DealStatus, PipelineStage
from crm_desktop.services.core.errors import Message
from crm_desktop.services.sales.deals import pipelines as pipeline_reads

from . import words as W
from .common import by_manager, managers_of, money, names_of, percent, within
from .params import ReportParams
from .result import ChartSpec, Column, DrillTarget, ReportResult, Series

H = DealStageChange
DAY = 86400  # seconds
WIN_RATE = Message(W.DEF_WIN_RATE)  # the benchmark states it too


def deal_filters(params: ReportParams, managers: tuple[uuid.UUID, ...] | None,
                 pipeline: bool = True) -> list[ColumnElement[bool]]:
    """SQL conditions on `deals` from the parameters and the scope."""
    where = [Deal.deleted_at.is_(None), by_manager(Deal.responsible_id, managers)]
    if pipeline and params.pipeline_id is not None:
        where.append(Deal.pipeline_id == params.pipeline_id)
    if params.source:
        where.append(Deal.source == params.source)
    if params.region:
        where.append(Deal.client_id.in_(select(Client.id).where(Client.region == params.region)))
    return where


# -- the funnel ----------------------------------------------------------------------------------
def _funnel_where(params: ReportParams,
                  managers: tuple[uuid.UUID, ...] | None) -> list[ColumnElement[bool]]:
    return [H.deleted_at.is_(None), within(H.changed_at, params.date_from, params.date_to),
            *deal_filters(params, managers, pipeline=False)]


def _history(query: Any, params: ReportParams,
             managers: tuple[uuid.UUID, ...] | None) -> Any:
    """`query` on the stage history of the period. Without a filter on the deals only the
    deleted ones are left out (their partial index); with one, the moves of the chosen deals
    are read as `deal_id IN (those deals)`, so one person's funnel probes the history's
    indexes deal by deal (a join per move cost a deal lookup for each of a million rows:
    4 s for one salesperson on the large demo, 0.5 s this way)."""
    query = query.where(H.deleted_at.is_(None),
                        within(H.changed_at, params.date_from, params.date_to))
    if managers is None and not params.source and not params.region:
        return query.where(H.deal_id.not_in(select(Deal.id).where(
            Deal.deleted_at.is_not(None))))
    return query.where(H.deal_id.in_(select(Deal.id).where(
        *deal_filters(params, managers, pipeline=False))))


def _median_seconds(s: Session, params: ReportParams, managers: tuple[uuid.UUID, ...] | None,
                    stage_ids: list[uuid.UUID]) -> dict[Any, Decimal]:
    """The median of the seconds recorded when deals left each stage in the period (the mean
    of the two middle ones for an even count). Counted per stage, then the middle read by
    OFFSET along the index in that order (`ix_deal_stage_changes_from_seconds`): no sort of a
    million moves, no histogram."""
    left = [H.from_stage_id.in_(stage_ids), H.seconds_in_previous.is_not(None)]
    counts = s.execute(_history(select(H.from_stage_id, func.count()), params, managers)
                       .where(*left).group_by(H.from_stage_id)).all()
    medians: dict[Any, Decimal] = {}
    for stage_id, count in counts:
        middle = s.scalars(
            _history(select(H.seconds_in_previous), params, managers)
            .where(H.from_stage_id == stage_id, H.seconds_in_previous.is_not(None))
            .order_by(H.seconds_in_previous).offset((count - 1) // 2)
            .limit(2 - count % 2)).all()
        if middle:
            medians[stage_id] = Decimal(sum(middle)) / len(middle)
    return medians


def funnel(s: Session, params: ReportParams) -> ReportResult:
    managers = managers_of(s, params)
    info = (pipeline_reads.pipeline(s, params.pipeline_id) if params.pipeline_id
            else pipeline_reads.default_pipeline(s))
    shown = [st for st in info.stages if st.outcome != DealStatus.LOST]
    lost_ids = [st.id for st in info.stages if st.outcome == DealStatus.LOST]
    ids = [st.id for st in info.stages]
    entered = dict(s.execute(
        _history(select(H.to_stage_id, func.count(distinct(H.deal_id))), params, managers)
        .where(H.to_stage_id.in_(ids)).group_by(H.to_stage_id)).all())
    lost = dict(s.execute(
        _history(select(H.from_stage_id, func.count(distinct(H.deal_id))), params, managers)
        .where(H.to_stage_id.in_(lost_ids)).group_by(H.from_stage_id)).all())
    medians = _median_seconds(s, params, managers, ids)
    rows: list[dict[str, Any]] = []
    for i, stage in enumerate(shown):
        count = int(entered.get(stage.id, 0))
        following = shown[i + 1] if i + 1 < len(shown) and stage.is_open else None
        seconds = medians.get(stage.id)
        rows.append({
            "stage": stage.name, "entered": count,
            "conversion": percent(entered.get(following.id, 0), count) if following else None,
            "median_days": None if seconds is None else (
                seconds / DAY).quantize(Decimal("0.1"), ROUND_HALF_UP),
            "lost": int(lost.get(stage.id, 0)) if stage.is_open else None,
        })
    title = Message(W.TITLE_FUNNEL, pipeline=info.name)
    return ReportResult(
        "funnel", title,
        [Column("stage", "Stage"), Column("entered", "Entered", "int"),
         Column("conversion", "Conversion to next, %", "percent"),
         Column("median_days", "Median days in stage", "days"),
         Column("lost", "Lost here", "int")],
        rows, [st.id for st in shown],
        ChartSpec("funnel", title, [st.name for st in shown],
                  [Series(W.series_name("entered"), [r["entered"] for r in rows], "entered")],
                  "int", W.axis_title("int")),
        [Message(W.DEF_ENTER), Message(W.DEF_CONVERSION), Message(W.DEF_MEDIAN),
         Message(W.DEF_LOST_AT)], params.currency)


def funnel_drill(s: Session, params: ReportParams, key: Any, series: str | None) -> DrillTarget:
    """The deals that entered the stage in the period (series "Lost here": lost from it)."""
    managers = managers_of(s, params)
    where = _funnel_where(params, managers)
    if series in ("Lost here", "lost"):
        lost_stages = select(PipelineStage.id).where(PipelineStage.outcome == DealStatus.LOST)
        where += [H.from_stage_id == key, H.to_stage_id.in_(lost_stages)]
    else:
        where.append(H.to_stage_id == key)
    ids = s.scalars(select(H.deal_id).join(Deal, Deal.id == H.deal_id).where(*where)
                    .distinct()).all()
    return DrillTarget("deals", list(ids))


# -- won and lost --------------------------------------------------------------------------------
SECTIONS = ("manager", "source", "reason", "stage", "total")
CHART_ROWS = 15


def _closed(params: ReportParams, managers: tuple[uuid.UUID, ...] | None,
            first: Any = None, last: Any = None) -> list[ColumnElement[bool]]:
    return [*deal_filters(params, managers), Deal.status.in_((DealStatus.WON, DealStatus.LOST)),
            within(Deal.closed_at, first or params.date_from, last or params.date_to)]


def _won_lost_figures(currency: str) -> list[Any]:
    won, lost = Deal.status == DealStatus.WON, Deal.status == DealStatus.LOST
    mine = Deal.currency == currency
    return [func.count().filter(won), func.coalesce(func.sum(Deal.amount).filter(won, mine), 0),
            func.count().filter(lost), func.coalesce(func.sum(Deal.amount).filter(lost, mine), 0)]


def _lost_at() -> Any:
    """The stage each lost deal left for its lost stage (its move into the stage it is in)."""
    return (select(H.from_stage_id).where(H.deal_id == Deal.id, H.to_stage_id == Deal.stage_id,
                                          H.deleted_at.is_(None))
            .order_by(H.changed_at.desc()).limit(1).scalar_subquery())


def won_lost(s: Session, params: ReportParams) -> ReportResult:
    managers = managers_of(s, params)
    where = _closed(params, managers)
    figures = _won_lost_figures(params.currency)
    rows: list[dict[str, Any]] = []
    keys: list[Any] = []

    def add(section: str, key: Any, name: str, values: Any) -> None:
        won, won_amount, lost, lost_amount = values
        rows.append({"section": section, "name": name, "won": int(won),
                     "won_amount": money(won_amount), "lost_deals": int(lost),
                     "lost_amount": money(lost_amount)})
        keys.append((section, key))

    by_person = s.execute(select(Deal.responsible_id, *figures).where(*where)
                          .group_by(Deal.responsible_id)).all()
    names = names_of(s, [r[0] for r in by_person])
    for r in sorted(by_person, key=lambda r: (-(r[1] + r[3]), names.get(r[0], "").casefold())):
        add("manager", r[0], names.get(r[0], "—"), r[1:])
    for r in s.execute(select(Deal.source, *figures).where(*where).group_by(Deal.source)
                       .order_by(Deal.source)).all():
        add("source", r[0], r[0] or "—", r[1:])
    for r in s.execute(select(Deal.loss_reason, *figures)
                       .where(*where, Deal.status == DealStatus.LOST)
                       .group_by(Deal.loss_reason).order_by(func.count().desc())).all():
        add("reason", r[0], r[0] or "—", r[1:])
    at = _lost_at().label("at")
    lost_rows = s.execute(select(at, *figures).where(*where, Deal.status == DealStatus.LOST)
                          .group_by(at)).all()
    stage_names = dict(s.execute(select(PipelineStage.id, PipelineStage.name).where(
        PipelineStage.id.in_([r[0] for r in lost_rows if r[0] is not None]))).all())
    for r in lost_rows:
        add("stage", r[0], stage_names.get(r[0], "—"), r[1:])
    add("total", None, "", s.execute(select(*figures).where(*where)).one())
    people = min(CHART_ROWS, sum(1 for k in keys if k[0] == "manager"))  # the busiest
    return ReportResult(
        "won_lost", Message(W.TITLE_WON_LOST),
        [Column("section", "Section", "label"), Column("name", "Name"),
         Column("won", "Won", "int"), Column("won_amount", "Won amount", "money"),
         Column("lost_deals", "Lost", "int"),
         Column("lost_amount", "Lost amount", "money")],
        rows, keys,
        ChartSpec("stacked_bar", Message(W.CHART_WON_LOST),
                  [r["name"] for r in rows[:people]],
                  [Series(W.series_name("won"), [r["won"] for r in rows[:people]], "won"),
                   Series(W.series_name("lost"), [r["lost_deals"] for r in rows[:people]],
                          "lost")], "int", W.axis_title("int")),
        [Message(W.DEF_CLOSED, currency=params.currency), Message(W.DEF_LOST_AT), WIN_RATE],
        params.currency)


def won_lost_drill(s: Session, params: ReportParams, key: Any,
                   series: str | None) -> DrillTarget:
    managers = managers_of(s, params)
    where = _closed(params, managers)
    section, value = key
    column = {"manager": Deal.responsible_id, "source": Deal.source,
              "reason": Deal.loss_reason}.get(section)
    if column is not None:
        where.append(column.is_(None) if value is None else column == value)
    if section == "stage":
        where += [Deal.status == DealStatus.LOST, _lost_at() == value]
    if section == "reason":
        where.append(Deal.status == DealStatus.LOST)
    if series in ("Won", "won"):
        where.append(Deal.status == DealStatus.WON)
    elif series in ("Lost", "lost"):
        where.append(Deal.status == DealStatus.LOST)
    return DrillTarget("deals", list(s.scalars(select(Deal.id).where(*where)).all()))


# -- lead sources --------------------------------------------------------------------------------
def _opened(params: ReportParams,
            managers: tuple[uuid.UUID, ...] | None) -> list[ColumnElement[bool]]:
    return [*deal_filters(params, managers),
            within(Deal.created_at, params.date_from, params.date_to)]


def sources(s: Session, params: ReportParams) -> ReportResult:
    from crm_desktop.models import SalesDocument
    from crm_desktop.services.sales.metrics import is_sale

    managers = managers_of(s, params)
    won = Deal.status == DealStatus.WON
    leads = s.execute(select(Deal.source, func.count(), func.count().filter(won))
                      .where(*_opened(params, managers)).group_by(Deal.source)).all()
    source = select(Deal.source).where(Deal.id == SalesDocument.deal_id).scalar_subquery()
    docs = [SalesDocument.deleted_at.is_(None), is_sale(params.currency),
            within(SalesDocument.issue_date, params.date_from, params.date_to, is_date=True),
            by_manager(SalesDocument.manager_id, managers)]
    if params.region:
        docs.append(SalesDocument.client_id.in_(select(Client.id).where(
            Client.region == params.region)))
    sourced = source.label("source")
    revenue: dict[Any, Any] = dict(s.execute(
        select(sourced, func.sum(SalesDocument.total)).where(*docs)
        .group_by(sourced)).all())
    rows: list[dict[str, Any]] = []
    for src, count, won_count in sorted(leads, key=lambda r: -r[1]):
        rows.append({"source": src or "—", "leads": int(count), "won": int(won_count),
                     "conversion": percent(won_count, count),
                     "revenue": money(revenue.get(src))})
    return ReportResult(
        "sources", Message(W.TITLE_SOURCES),
        [Column("source", "Source"), Column("leads", "Leads", "int"),
         Column("won", "Won", "int"), Column("conversion", "Conversion to won, %", "percent"),
         Column("revenue", "Revenue", "money")],
        rows, [r[0] for r in sorted(leads, key=lambda r: -r[1])],
        ChartSpec("bar", Message(W.CHART_SOURCES), [r["source"] for r in rows],
                  [Series(W.series_name("leads"), [r["leads"] for r in rows], "leads"),
                   Series(W.series_name("won"), [r["won"] for r in rows], "won")], "int",
                  W.axis_title("int")),
        [Message(W.DEF_LEAD), *W.sale_definitions(params.currency),
         Message(W.DEF_SOURCE_REVENUE, currency=params.currency)], params.currency)


def sources_drill(s: Session, params: ReportParams, key: Any,
                  series: str | None) -> DrillTarget:
    where = _opened(params, managers_of(s, params))
    where.append(Deal.source.is_(None) if key is None else Deal.source == key)
    if series in ("Won", "won"):
        where.append(Deal.status == DealStatus.WON)
    return DrillTarget("deals", list(s.scalars(select(Deal.id).where(*where)).all()))


def closed_between(params: ReportParams, managers: tuple[uuid.UUID, ...] | None,
                   first: Any, last: Any) -> list[ColumnElement[bool]]:
    return _closed(params, managers, first, last)


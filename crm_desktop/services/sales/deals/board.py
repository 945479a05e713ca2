"""The kanban board's reads: per stage a count and a sum in the company currency (by SQL), and
each column's cards a page at a time in a stable order (longest in the stage first): a short
first page of every column with the board, the next ones as the column scrolls.

Open stages show every open deal; won and lost stages only the deals closed in the period
(default: the last 30 days), so the board stays about the work at hand.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Client,
    Company,
    Deal,
    DealStatus,
    Event,
    EventStatus,
    PipelineStage,
    SearchTerm,
    User,
    utcnow,
)
from crm_desktop.services.company.rates import exchange_rates

from .pipelines import PipelineInfo, StageInfo, pipeline

PAGE = 100  # the next cards of a column, as it scrolls
FIRST_PAGE = 30  # the cards each column gets with the board (more than a screen's height)
CLOSED_DAYS = 30
HOT, COLD = 60, 30  # probability (%) from which a deal is hot, below which it is cold
TOP = "\U0010ffff"


class Heat(StrEnum):
    HOT = "hot"
    COLD = "cold"


@dataclass(frozen=True)
class DealFilter:
    """What the board and the list show. Amounts are in the company currency."""

    pipeline_id: uuid.UUID | None = None  # None: every pipeline (the list only)
    stage_id: uuid.UUID | None = None  # one column of the board
    stage_ids: tuple[uuid.UUID, ...] = ()  # the list: stages of that name in any pipeline
    responsible_id: uuid.UUID | None = None
    source: str | None = None
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    heat: Heat | None = None
    closed_since: datetime | None = None  # None: the last CLOSED_DAYS days
    client_text: str = ""  # a prefix of a word of the client's name, contacts, phones…
    open_only: bool = False
    any_time: bool = False  # closed deals of every period (the list and the CLI)
    client_ids: tuple[uuid.UUID, ...] | None = None  # `client_text` resolved (with_clients)
    many_clients: bool = False  # `client_text` looked up: too many clients for a list
    broad_clients: bool = False  # so many that a column checks each deal's client instead


@dataclass(frozen=True)
class Rates:
    """The company currency and how much of it one unit of each other currency is worth."""

    base: str
    to_base: dict[str, Decimal] = field(default_factory=dict)

    def convert(self, amount: Decimal, currency: str) -> Decimal | None:
        if currency == self.base:
            return amount
        rate = self.to_base.get(currency)
        return None if rate is None else (amount * rate).quantize(Decimal("0.01"))


def rates(s: Session) -> Rates:
    """The rates, read once per unit of work (the board asks for every column)."""
    known = s.info.get("deal_rates")
    if isinstance(known, Rates):
        return known
    s.info["deal_rates"] = made = _read_rates(s)
    return made


def _read_rates(s: Session) -> Rates:
    company = s.scalar(select(Company.default_currency).where(Company.deleted_at.is_(None))
                       .limit(1))
    return Rates(company or "", exchange_rates(s))


def base_amount(r: Rates) -> ColumnElement[Any]:
    """The deal's amount in the company currency, in SQL (NULL for a currency without rate)."""
    whens: list[tuple[Any, Any]] = [(Deal.currency == r.base, Deal.amount)]
    whens += [(Deal.currency == cur, Deal.amount * literal(float(rate)))
              for cur, rate in sorted(r.to_base.items()) if cur != r.base]
    return case(*whens, else_=None)


def _tokens(text: str) -> list[str]:
    from crm_desktop.services.clients.search import query_tokens

    return ([t for t in query_tokens(text) if len(t) >= 2] or [text.strip().casefold()])[:3]


def client_ids_matching(text: str) -> Any:
    """A subquery of the clients with a search term starting with every word of `text`."""
    query: Any = None
    for token in _tokens(text):
        step = select(SearchTerm.client_id).where(SearchTerm.term >= token,
                                                  SearchTerm.term < token + TOP)
        query = step if query is None else query.intersect(step)
    assert query is not None
    return query


def since_of(f: DealFilter, now: datetime) -> datetime:
    """From when won and lost deals are shown."""
    return f.closed_since or now - timedelta(days=CLOSED_DAYS)


# Up to this many matching clients the board's queries get their ids as a list, so SQLite starts
# from those clients' deals. Beyond it the lookup stays a subquery on the search index: a list of
# thousands of ids costs more in binding and expanding (9 queries × n UUIDs) than the subquery
# costs SQLite (measured on the large demo: 20 000 ids made a two-letter keystroke 5× slower).
MANY_CLIENTS = 300
# From this many matching search terms a column's page no longer builds the set of matching
# clients (SQLite builds it anew for every statement: ~15 ms for the 37 000 terms of a
# two-letter prefix on the large demo, once per column) but walks the column in order and asks
# the search index about each deal's client (a few µs per deal walked). A page of 30 walks
# about 30 × clients / matching clients deals: ~140 at 22 000 matching clients (0.8 ms),
# ~450 at 7 000 (2 ms); for a narrower set the walk grows and building the set is cheaper
# (measured on the large demo: the two cost the same between 5 000 and 8 000 terms).
BROAD_TERMS = 6000


def with_clients(s: Session, f: DealFilter) -> DealFilter:
    """The filter with its client text looked up once in the search index (the board then runs
    a count and a page per column on the ids: a short list lets SQLite start from the clients'
    deals; a long one stays a subquery, and a broad one makes the pages check each deal)."""
    if f.client_ids is not None or f.many_clients or len(f.client_text.strip()) < 2:
        return f
    matching = client_ids_matching(f.client_text)
    first = select(matching.subquery().c.client_id).distinct().limit(MANY_CLIENTS + 1) \
        .subquery()
    terms = select(func.count()).select_from(matching.limit(BROAD_TERMS).subquery()) \
        .scalar_subquery()
    rows = s.execute(select(first.c.client_id, terms)).all()  # one read of the index
    if len(rows) > MANY_CLIENTS:  # looked up once: the board's queries do not ask again
        return replace(f, many_clients=True, broad_clients=rows[0][1] >= BROAD_TERMS)
    return replace(f, client_ids=tuple(row[0] for row in rows))


def conditions(f: DealFilter, r: Rates, now: datetime,
               by_deal: bool = False) -> list[ColumnElement[bool]]:
    """The filter in SQL. `by_deal`: the query walks deals in an order and stops early (a
    column's page), so a broad client set is checked deal by deal in the search index."""
    where: list[ColumnElement[bool]] = [Deal.deleted_at.is_(None)]
    if f.pipeline_id is not None:
        where.append(Deal.pipeline_id == f.pipeline_id)
    if f.stage_id is not None:
        where.append(Deal.stage_id == f.stage_id)
    if f.stage_ids:
        where.append(Deal.stage_id.in_(f.stage_ids))
    since = since_of(f, now)
    if f.open_only:
        where.append(Deal.status == DealStatus.OPEN)
    elif not f.any_time:
        where.append(or_(Deal.status == DealStatus.OPEN, Deal.stage_entered_at >= since))
    if f.responsible_id is not None:
        where.append(Deal.responsible_id == f.responsible_id)
    if f.source:
        where.append(Deal.source == f.source)
    if f.heat == Heat.HOT:
        where.append(Deal.probability >= HOT)
    elif f.heat == Heat.COLD:
        where.append(Deal.probability < COLD)
    if f.min_amount is not None:
        where.append(base_amount(r) >= float(f.min_amount))
    if f.max_amount is not None:
        where.append(base_amount(r) <= float(f.max_amount))
    if f.client_ids is not None:
        where.append(Deal.client_id.in_(f.client_ids))
    elif len(f.client_text.strip()) >= 2 and by_deal and f.broad_clients:
        where.extend(exists().where(SearchTerm.client_id == Deal.client_id,
                                    SearchTerm.term >= token, SearchTerm.term < token + TOP)
                     for token in _tokens(f.client_text))
    elif len(f.client_text.strip()) >= 2:
        where.append(Deal.client_id.in_(client_ids_matching(f.client_text)))
    return where


@dataclass(frozen=True)
class ColumnSummary:
    stage: StageInfo
    count: int
    total: Decimal  # in the company currency
    unconverted: int  # deals in a currency without an exchange rate (not in `total`)
    cards: tuple[Card, ...] = ()  # the first page (`board(..., cards=n)`)


@dataclass(frozen=True)
class Board:
    pipeline: PipelineInfo
    currency: str
    columns: tuple[ColumnSummary, ...]


@dataclass(frozen=True)
class Totals:
    """A column's count and sum (in the company currency) of the deals the filter lets
    through."""

    count: int
    total: Decimal
    unconverted: int  # deals in a currency without an exchange rate (not in `total`)


@dataclass(frozen=True)
class FirstPages:
    """Each column's first cards, without the counts (what a filter keystroke shows first)."""

    pipeline: PipelineInfo
    currency: str
    cards: dict[uuid.UUID, tuple[Card, ...]]  # by stage, every stage present


def board(s: Session, f: DealFilter, now: datetime | None = None, cards: int = 0) -> Board:
    """The pipeline's stages with the count and sum of the deals the filter lets through, and
    with `cards` > 0 each column's first `cards` cards (next planned events read once for all)."""
    pipeline_id = f.pipeline_id
    assert pipeline_id is not None
    now = now or utcnow()
    f = with_clients(s, f)
    info = pipeline(s, pipeline_id)
    sums = _totals(s, f, info, now)
    pages = _first_pages(s, f, [st for st in info.stages if sums[st.id].count], cards, now) \
        if cards > 0 else {}
    return Board(info, rates(s).base, tuple(
        ColumnSummary(st, sums[st.id].count, sums[st.id].total, sums[st.id].unconverted,
                      pages.get(st.id, ())) for st in info.stages))


def first_pages(s: Session, f: DealFilter, now: datetime | None = None,
                cards: int = FIRST_PAGE) -> FirstPages:
    """Each column's first `cards` cards without counting the columns (one LIMIT query per
    column; the counts and sums, which read every matching deal, come from `totals`)."""
    pipeline_id = f.pipeline_id
    assert pipeline_id is not None
    now = now or utcnow()
    f = with_clients(s, f)
    info = pipeline(s, pipeline_id)
    pages = _first_pages(s, f, list(info.stages), cards, now)
    return FirstPages(info, rates(s).base, {st.id: pages.get(st.id, ()) for st in info.stages})


def totals(s: Session, f: DealFilter, now: datetime | None = None) -> dict[uuid.UUID, Totals]:
    """Each column's count and sum of the deals the filter lets through, by stage (by SQL)."""
    pipeline_id = f.pipeline_id
    assert pipeline_id is not None
    now = now or utcnow()
    f = with_clients(s, f)
    return _totals(s, f, pipeline(s, pipeline_id), now)


def _totals(s: Session, f: DealFilter, info: PipelineInfo,
            now: datetime) -> dict[uuid.UUID, Totals]:
    r = rates(s)
    sums: dict[uuid.UUID, list[Any]] = {st.id: [0, Decimal(0), 0] for st in info.stages}
    closed = [st.id for st in info.stages if not st.is_open]
    if f.client_ids is not None or len(f.client_text.strip()) >= 2:
        # by client text: one read that starts from the matching clients' deals
        # (ix_deals_client_board, index only), the open ones and those closed in the period
        parts = [conditions(replace(f, open_only=False, any_time=False), r, now)]
    else:
        parts = _unfiltered_parts(f, r, now, closed)
    rows = [row for where in parts for row in s.execute(
        select(Deal.stage_id, Deal.currency, func.count(), func.sum(Deal.amount))
        .where(*where).group_by(Deal.stage_id, Deal.currency))]
    for stage_id, currency, count, total in rows:
        if stage_id not in sums:
            continue
        entry = sums[stage_id]
        entry[0] += count
        converted = r.convert(Decimal(str(total or 0)), currency)
        if converted is None:
            entry[2] += count
        else:
            entry[1] += converted
    return {stage: Totals(*entry) for stage, entry in sums.items()}


def _first_pages(s: Session, f: DealFilter, stages: Sequence[StageInfo], cards: int,
                 now: datetime) -> dict[uuid.UUID, tuple[Card, ...]]:
    shown = _page_rows(s, f, [(st.id, st.is_open) for st in stages], None, cards, now)
    made = _cards(s, [row for _, row in shown], now)
    pages: dict[uuid.UUID, list[Card]] = {}
    for (stage_id, _), card in zip(shown, made, strict=True):
        pages.setdefault(stage_id, []).append(card)
    return {stage: tuple(found) for stage, found in pages.items()}


def _unfiltered_parts(f: DealFilter, r: Rates, now: datetime,
                      closed: list[uuid.UUID]) -> list[list[ColumnElement[bool]]]:
    # two index-only reads (ix_deals_board, ix_deals_stage_entered) instead of one that
    # visits every row of the pipeline: the open deals, and the deals closed in the period
    parts = [conditions(replace(f, open_only=True), r, now),
             # by stage alone: with the pipeline too, SQLite would walk the whole pipeline
             [*conditions(replace(f, pipeline_id=None, any_time=True), r, now),
              Deal.stage_id.in_(closed),
              Deal.stage_entered_at >= since_of(f, now)]]
    return parts


@dataclass(frozen=True)
class Card:
    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    title: str
    amount: Decimal
    currency: str
    probability: int
    responsible: str | None
    responsible_id: uuid.UUID | None
    stage_id: uuid.UUID
    status: DealStatus
    stage_entered_at: datetime
    expected_close: date | None
    next_event: str | None = None
    next_event_at: datetime | None = None
    overdue: bool = False

    def days_in_stage(self, now: datetime) -> int:
        return max(0, (now - self.stage_entered_at).days)


def column_page(s: Session, f: DealFilter, stage_id: uuid.UUID,
                after: tuple[datetime, uuid.UUID] | None = None, limit: int = PAGE,
                now: datetime | None = None) -> list[Card]:
    """One page of a column's cards, longest in the stage first; `after` is the last card's
    (stage_entered_at, id) of the previous page."""
    now = now or utcnow()
    f = with_clients(s, f)
    status = s.scalar(select(PipelineStage.outcome).where(PipelineStage.id == stage_id))
    rows = _page_rows(s, f, [(stage_id, status == DealStatus.OPEN)], after, limit, now)
    return _cards(s, [row for _, row in rows], now)


def _page_rows(s: Session, f: DealFilter, stages: Sequence[tuple[uuid.UUID, bool]],
               after: tuple[datetime, uuid.UUID] | None, limit: int,
               now: datetime) -> list[tuple[uuid.UUID, Any]]:
    """(stage, card row) of a page of each of the stages (id, is open), one query per stage
    (each stops after its page); one statement built per kind of stage, the stage bound."""
    queries: dict[bool, Any] = {}
    found: list[tuple[uuid.UUID, Any]] = []
    for stage_id, is_open in stages:
        if is_open not in queries:
            queries[is_open] = _page_query(s, f, is_open, after, limit, now)
        found += [(stage_id, row) for row in s.execute(queries[is_open],
                                                       {"page_stage": stage_id})]
    return found


def _page_query(s: Session, f: DealFilter, is_open: bool,
                after: tuple[datetime, uuid.UUID] | None, limit: int,
                now: datetime) -> Any:
    # by stage alone (it names the pipeline), so SQLite reads the column in order from
    # ix_deals_stage_entered and stops after a page
    f = replace(f, pipeline_id=None, stage_id=None)
    if is_open:
        where = conditions(replace(f, open_only=True), rates(s), now, by_deal=True)
    else:
        where = conditions(replace(f, any_time=True), rates(s), now, by_deal=True)
        where.append(Deal.stage_entered_at >= since_of(f, now))
    if after is not None:
        where.append(or_(Deal.stage_entered_at > after[0],
                         and_(Deal.stage_entered_at == after[0], Deal.id > after[1])))
    return (select(*_CARD_COLUMNS)
            .join(Client, Client.id == Deal.client_id)
            .outerjoin(User, User.id == Deal.responsible_id)
            .where(Deal.stage_id == bindparam("page_stage", type_=Deal.stage_id.type), *where)
            .order_by(Deal.stage_entered_at, Deal.id).limit(limit))


_CARD_COLUMNS = (Deal.id, Deal.client_id, Client.short_name, Deal.title, Deal.amount,
                 Deal.currency, Deal.probability, User.full_name, Deal.responsible_id,
                 Deal.stage_id, Deal.status, Deal.stage_entered_at, Deal.expected_close)


def _cards(s: Session, rows: Sequence[Any], now: datetime) -> list[Card]:
    """Cards of `_CARD_COLUMNS` rows with their next planned events, read in one query."""
    nexts = _next_events(s, [row.id for row in rows if row.status == DealStatus.OPEN])
    out = []
    for row in rows:
        found = nexts.get(row.id)
        out.append(Card(*row, next_event=found[0] if found else None,  # type: ignore[misc]
                        next_event_at=found[1] if found else None,
                        overdue=_overdue(row.status, row.expected_close, found, now)))
    return out


def _overdue(status: DealStatus, expected_close: date | None,
             found: tuple[str, datetime, datetime | None] | None, now: datetime) -> bool:
    """An open deal whose next planned event (its due time, else its start) or expected close
    date has passed."""
    late_event = found is not None and (found[2] or found[1]) < now
    late_close = expected_close is not None and expected_close < now.date()
    return status == DealStatus.OPEN and (late_event or late_close)


def _next_events(s: Session, deal_ids: list[uuid.UUID]
                 ) -> dict[uuid.UUID, tuple[str, datetime, datetime | None]]:
    """The earliest planned event (subject, start, due) of each of the deals."""
    nexts: dict[uuid.UUID, tuple[str, datetime, datetime | None]] = {}
    if not deal_ids:
        return nexts
    for deal_id, subject, start, due in s.execute(
            select(Event.deal_id, Event.subject, Event.start_at, Event.due_at)
            .where(Event.deal_id.in_(deal_ids),
                   Event.status == EventStatus.PLANNED, Event.deleted_at.is_(None))
            .order_by(Event.start_at)):
        if deal_id is not None:
            nexts.setdefault(deal_id, (subject, start, due))
    return nexts


def with_next_events(s: Session, cards: Sequence[Card], now: datetime) -> list[Card]:
    """The cards with their next planned event and the overdue marker (an open deal whose
    planned event or expected close date has passed). A closed deal has neither."""
    opened = [c.id for c in cards if c.status == DealStatus.OPEN]
    if not opened:
        return list(cards)
    nexts = _next_events(s, opened)
    out = []
    for card in cards:
        found = nexts.get(card.id)
        out.append(replace(
            card, next_event=found[0] if found else None,
            next_event_at=found[1] if found else None,
            overdue=_overdue(card.status, card.expected_close, found, now)))
    return out


def card_of(s: Session, deal_id: uuid.UUID, now: datetime | None = None) -> Card | None:
    """One card (after a move, to redraw it)."""
    now = now or utcnow()
    row = s.execute(
        select(*_CARD_COLUMNS)
        .join(Client, Client.id == Deal.client_id)
        .outerjoin(User, User.id == Deal.responsible_id)
        .where(Deal.id == deal_id)).first()
    return _cards(s, [row], now)[0] if row else None


def sources(s: Session) -> list[str]:
    """The sources deals were found through, for the filter."""
    return [v for v in s.scalars(select(Deal.source).where(Deal.source.is_not(None))
                                 .distinct().order_by(Deal.source)) if v]

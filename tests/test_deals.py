"""Deals through pipelines: the rules (strict refuses, manual warns), permissions, the history
every path writes (service, CLI, the quote form's "Sell"), the board's figures against raw SQL,
and the migration that turned the fixed stages into a pipeline."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.cli import main
from crm_desktop.models import (
    Deal,
    DealStageChange,
    DealStatus,
    DocumentKind,
    TermsOfSale,
)
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.core.settings import get_setting
from crm_desktop.services.sales.deals import board as boards
from crm_desktop.services.sales.deals import moves, pipelines, reasons
from crm_desktop.services.sales.deals.board import DealFilter

from .actors import person
from .helpers import database_at


def _pipeline(db: dbs.Database, name: str) -> pipelines.PipelineInfo:
    with db.session() as s:
        return pipelines.find_pipeline(s, name)


def _deal_at(db: dbs.Database, info: pipelines.PipelineInfo, stage: str,
             owner: CurrentUser | None = None, with_terms: bool | None = None) -> Deal:
    """An open deal of the pipeline at `stage` (of `owner`; whose client has terms or not)."""
    st = info.find_stage(stage)
    assert st is not None
    with db.session() as s:
        query = select(Deal).where(Deal.stage_id == st.id, Deal.deleted_at.is_(None))
        if owner is not None:
            query = query.where(Deal.responsible_id == owner.id)
        has_terms = select(TermsOfSale.id).where(TermsOfSale.client_id == Deal.client_id)
        if with_terms is True:
            query = query.where(has_terms.exists())
        elif with_terms is False:
            query = query.where(~has_terms.exists())
        deal = s.scalars(query.order_by(Deal.id)).first()
    assert deal is not None, (info.name, stage)
    return deal


def _history(db: dbs.Database, deal_id: uuid.UUID) -> list[DealStageChange]:
    with db.session() as s:
        return list(s.scalars(select(DealStageChange).where(DealStageChange.deal_id == deal_id)
                              .order_by(DealStageChange.changed_at, DealStageChange.id)))


def test_strict_pipeline_refuses_a_skipped_stage_and_a_missing_field(
        demo_db: dbs.Database) -> None:
    head = person(demo_db, "d.seitkali")
    wholesale = _pipeline(demo_db, "Wholesale")
    deal = _deal_at(demo_db, wholesale, "Inquiry", with_terms=False)
    before = len(_history(demo_db, deal.id))
    proposal, terms = wholesale.find_stage("Proposal"), wholesale.find_stage("Terms agreed")
    assert proposal is not None and terms is not None
    with pytest.raises(moves.MoveRefused) as refused, demo_db.session(head) as s:
        moves.move_deal(s, deal.id, proposal.id)
    assert refused.value.code == "move_skips_stage"
    assert "Terms agreed" in str(refused.value) and "Proposal" in str(refused.value)
    with pytest.raises(moves.MoveRefused) as missing, demo_db.session(head) as s:
        moves.move_deal(s, deal.id, terms.id)
    assert missing.value.code == "move_missing_fields"
    assert missing.value.params["keys"] == ["client_terms"]
    assert len(_history(demo_db, deal.id)) == before  # nothing written
    with demo_db.session(head) as s:
        s.add(TermsOfSale(client_id=deal.client_id, discount_pct=Decimal(3), payment_days=10))
    with demo_db.session(head) as s:
        result = moves.move_deal(s, deal.id, terms.id)
    assert result.moved and result.warnings == ()
    rows = _history(demo_db, deal.id)
    assert len(rows) == before + 1
    assert rows[-1].from_stage_id == deal.stage_id and rows[-1].to_stage_id == terms.id
    assert rows[-1].user_id == head.id and rows[-1].seconds_in_previous is not None


def test_manual_pipeline_moves_with_warnings(demo_db: dbs.Database) -> None:
    head = person(demo_db, "d.seitkali")
    sales = _pipeline(demo_db, "Sales")
    deal = _deal_at(demo_db, sales, "New")
    contract = sales.find_stage("Contract")
    assert contract is not None
    with demo_db.session(head) as s:
        result = moves.move_deal(s, deal.id, contract.id)
    assert result.moved and [w.code.code for w in result.warnings] == ["move_skips_stage"]
    with demo_db.session() as s:
        moved = s.get(Deal, deal.id)
        assert moved is not None and moved.stage_id == contract.id
        assert moved.probability == contract.probability


def test_a_salesperson_moves_own_deals_the_head_anyones(demo_db: dbs.Database) -> None:
    seller, other = person(demo_db, "a.nurlanova"), person(demo_db, "e.mammadov")
    head = person(demo_db, "d.seitkali")
    sales = _pipeline(demo_db, "Sales")
    qualified = sales.find_stage("Qualified")
    assert qualified is not None
    theirs = _deal_at(demo_db, sales, "New", owner=other)
    with pytest.raises(CrmError) as refused, demo_db.session(seller) as s:
        moves.move_deal(s, theirs.id, qualified.id)
    assert refused.value.code == "not_your_deal"
    with demo_db.session(head) as s:
        assert moves.move_deal(s, theirs.id, qualified.id).moved
    mine = _deal_at(demo_db, sales, "New", owner=seller)
    with demo_db.session(seller) as s:
        assert moves.move_deal(s, mine.id, qualified.id).moved
    with pytest.raises(CrmError) as forbidden, demo_db.session(seller) as s:
        pipelines.save_pipeline(s, pipelines.pipeline_form(sales))
    assert forbidden.value.code == "forbidden"


def test_lost_needs_a_reason_and_closes_the_deal(demo_db: dbs.Database) -> None:
    head = person(demo_db, "d.seitkali")
    sales = _pipeline(demo_db, "Sales")
    lost = sales.find_stage("Lost")
    assert lost is not None
    deal = _deal_at(demo_db, sales, "Negotiation")
    with pytest.raises(CrmError) as refused, demo_db.session(head) as s:
        moves.move_deal(s, deal.id, lost.id)
    assert refused.value.code == "loss_reason_required"
    with demo_db.session() as s:
        reason = reasons.loss_reasons(s)[0].name
    with demo_db.session(head) as s:
        moves.move_deal(s, deal.id, lost.id, loss_reason=reason, loss_comment="went cold")
    with demo_db.session() as s:
        closed = s.get(Deal, deal.id)
        assert closed is not None and closed.status == DealStatus.LOST
        assert closed.loss_reason == reason and closed.loss_comment == "went cold"
        assert closed.closed_at is not None and closed.probability == 0


def test_cli_move_refused_exits_3_with_the_rule_and_writes_nothing(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = dbs.open_database(str(demo_path))
    try:
        wholesale = _pipeline(db, "Wholesale")
        deal = _deal_at(db, wholesale, "Inquiry", with_terms=False)
        before = len(_history(db, deal.id))
    finally:
        db.dispose()
    code = main(["deals", "move", "--db", str(demo_path), "--user", "d.seitkali",
                 str(deal.id), "Invoice"])
    err = capsys.readouterr().err
    assert code == 3
    assert "strict pipeline" in err and "Invoice" in err
    code = main(["deals", "move", "--db", str(demo_path), "--user", "d.seitkali",
                 str(deal.id), "Terms agreed"])
    assert code == 3 and "terms of sale" in capsys.readouterr().err
    code = main(["deals", "move", "--db", str(demo_path), "--user", "d.seitkali",
                 str(deal.id), "Lost", "--loss-reason", "No budget"])
    assert code == 0, capsys.readouterr().err
    with sqlite3.connect(demo_path) as conn:
        rows = conn.execute("SELECT count(*) FROM deal_stage_changes WHERE deal_id = ?",
                            (deal.id.bytes,)).fetchone()[0]
        status = conn.execute("SELECT status, loss_reason FROM deals WHERE id = ?",
                              (deal.id.bytes,)).fetchone()
    assert rows == before + 1
    assert status == ("lost", "No budget")


def test_cli_list_filters_by_pipeline_and_stage(demo_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io
    import json

    assert main(["deals", "list", "--db", str(demo_path), "--pipeline", "Wholesale",
                 "--stage", "Proposal", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    with sqlite3.connect(demo_path) as conn:
        expected = conn.execute(
            "SELECT count(*) FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id "
            "JOIN pipelines p ON p.id = d.pipeline_id WHERE p.name = 'Wholesale' "
            "AND s.name = 'Proposal' AND d.deleted_at IS NULL").fetchone()[0]
        every = conn.execute("SELECT count(*) FROM deals").fetchone()[0]
    assert expected > 0 and len(rows) == expected
    assert {(r["pipeline"], r["stage"]) for r in rows} == {("Wholesale", "Proposal")}
    assert main(["deals", "list", "--db", str(demo_path), "--format", "csv"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0][:3] == ["id", "client", "title"] and len(table) == every + 1
    assert main(["deals", "list", "--db", str(demo_path), "--stage", "Nowhere"]) == 1
    assert "No stage named Nowhere" in capsys.readouterr().err


def test_quote_sell_opens_or_advances_the_deal_with_history(demo_db: dbs.Database) -> None:
    from crm_desktop.services.sales import quotes
    from crm_desktop.services.sales.catalogue import load_price_list

    seller = person(demo_db, "a.nurlanova")
    sales = _pipeline(demo_db, "Sales")
    proposal = sales.find_stage("proposal")
    assert proposal is not None
    deal = _deal_at(demo_db, sales, "New", owner=seller)
    with demo_db.session(seller) as s:
        # the client's only open deal is the one at "New"
        for other in s.scalars(select(Deal).where(Deal.client_id == deal.client_id,
                                                  Deal.id != deal.id,
                                                  Deal.status == DealStatus.OPEN)):
            other.status = DealStatus.WON
        ctx = quotes.quote_context(s, deal.client_id)
        item = load_price_list(s, ctx.price_type_id).items[0]
    line = quotes.quote_line_for(ctx, item.id, item.code, item.name, item.unit, item.price,
                                 item.minimum_price, item.vat_rate, item.total_stock)
    with demo_db.session(seller) as s:
        made = quotes.create_document(s, seller, ctx, DocumentKind.QUOTE, [line])
    assert made.deal_id == deal.id
    rows = _history(demo_db, deal.id)
    assert rows[-1].to_stage_id == proposal.id and rows[-1].user_id == seller.id
    with demo_db.session(seller) as s:  # no open deal left: a new one at the proposal stage
        s.get(Deal, deal.id).status = DealStatus.WON  # type: ignore[union-attr]
    with demo_db.session(seller) as s:
        again = quotes.create_document(s, seller, ctx, DocumentKind.QUOTE, [line])
    assert again.deal_id != deal.id
    opened = _history(demo_db, again.deal_id)
    assert len(opened) == 1 and opened[0].from_stage_id is None
    assert opened[0].to_stage_id == proposal.id


def test_board_counts_and_sums_match_raw_sql_and_pages_cover_a_column(
        demo_db: dbs.Database, demo_path: Path) -> None:
    sales = _pipeline(demo_db, "Sales")
    now = datetime.now(UTC)
    where = DealFilter(pipeline_id=sales.id)
    with demo_db.session() as s:
        found = boards.board(s, where, now)
        rates = boards.rates(s)
        table = {k: Decimal(str(v)) for k, v in get_setting(s, "exchange_rates", {}).items()}
        column = max(found.columns, key=lambda c: c.count)
        seen: list[boards.Card] = []
        page = boards.column_page(s, where, column.stage.id, limit=7, now=now)
        while page:
            seen.extend(page)
            last = page[-1]
            page = boards.column_page(s, where, column.stage.id,
                                      after=(last.stage_entered_at, last.id), limit=7, now=now)
    assert len(seen) == column.count and len({c.id for c in seen}) == column.count
    with sqlite3.connect(demo_path) as conn:
        for col in found.columns:
            rows = conn.execute(
                "SELECT currency, count(*), sum(amount) FROM deals WHERE stage_id = ? AND "
                "deleted_at IS NULL AND (status = 'open' OR stage_entered_at >= ?) "
                "GROUP BY currency",
                (col.stage.id.bytes, (now - timedelta(days=30)).replace(tzinfo=None)
                 .isoformat(" "))).fetchall()
            assert col.count == sum(n for _, n, _ in rows)
            total = sum(Decimal(str(round(t, 2))) * (Decimal(1) if c == rates.base
                                                         else table[c]) for c, _, t in rows)
            assert abs(col.total - total) <= Decimal("0.05") * max(1, len(rows))


@pytest.mark.parametrize("text", ["ка", "те", "Тех"])
def test_client_text_filters_the_same_by_id_list_and_by_subquery(
        demo_db: dbs.Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch,
        text: str) -> None:
    """A few matching clients travel as an id list, many as a subquery on the search index:
    both give the deals of exactly the clients with a search term starting with the text."""
    sales = _pipeline(demo_db, "Sales")
    now = datetime.now(UTC)
    where = DealFilter(pipeline_id=sales.id, client_text=text, any_time=True)

    def counts() -> dict[uuid.UUID, int]:
        with demo_db.session() as s:
            resolved = boards.with_clients(s, where)
            found = boards.board(s, resolved, now)
            return {c.stage.id: c.count for c in found.columns}

    monkeypatch.setattr(boards, "MANY_CLIENTS", 100_000)
    by_list = counts()
    monkeypatch.setattr(boards, "MANY_CLIENTS", 0)
    by_subquery = counts()
    assert by_list == by_subquery
    token = text.casefold()
    with sqlite3.connect(demo_path) as conn:
        raw = dict(conn.execute(
            "SELECT stage_id, count(*) FROM deals WHERE pipeline_id = ? AND deleted_at IS NULL "
            "AND client_id IN (SELECT client_id FROM search_terms WHERE term >= ? AND term < ?) "
            "AND (status = 'open' OR stage_entered_at >= ?) GROUP BY stage_id",
            (sales.id.bytes, token, token + "\U0010ffff",
             (now - timedelta(days=30)).replace(tzinfo=None).isoformat(" "))).fetchall())
    expected = {uuid.UUID(bytes=k): v for k, v in raw.items()}
    assert {k: v for k, v in by_list.items() if v} == expected
    assert sum(by_list.values()) > 0  # the demo has such clients: the test compares something


@pytest.mark.parametrize("text", ["ка", "Тех", "ка то"])
def test_column_pages_are_the_same_by_id_list_subquery_and_per_deal_check(
        demo_db: dbs.Database, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """A column's cards do not depend on how the client text travels: a list of ids, a
    subquery on the search index, or (a broad set) a look-up of each deal's client as the
    column is walked; the board's first page of a column is the column's first page, and the
    next pages cover the column. Two words find the clients with both."""
    sales = _pipeline(demo_db, "Sales")
    now = datetime.now(UTC)
    where = DealFilter(pipeline_id=sales.id, client_text=text)

    def read(many: int, broad: int) -> tuple[DealFilter, dict[uuid.UUID, list[boards.Card]],
                                              dict[uuid.UUID, list[boards.Card]]]:
        monkeypatch.setattr(boards, "MANY_CLIENTS", many)
        monkeypatch.setattr(boards, "BROAD_TERMS", broad)
        with demo_db.session() as s:
            resolved = boards.with_clients(s, where)
            found = boards.board(s, resolved, now, cards=5)
            first = {c.stage.id: list(c.cards) for c in found.columns}
            whole: dict[uuid.UUID, list[boards.Card]] = {}
            for column in found.columns:
                seen: list[boards.Card] = []
                page = boards.column_page(s, resolved, column.stage.id, limit=4, now=now)
                while page:
                    seen.extend(page)
                    page = boards.column_page(s, resolved, column.stage.id, limit=4, now=now,
                                              after=(page[-1].stage_entered_at, page[-1].id))
                assert len(seen) == column.count
                whole[column.stage.id] = seen
        return resolved, first, whole

    by_list, by_subquery, by_deal = read(100_000, 100_000), read(0, 100_000), read(0, 0)
    assert by_list[0].client_ids is not None
    assert by_subquery[0].many_clients and not by_subquery[0].broad_clients
    assert by_deal[0].many_clients and by_deal[0].broad_clients
    assert by_list[1:] == by_subquery[1:] == by_deal[1:]
    first, whole = by_list[1:]
    assert first == {stage: cards[:5] for stage, cards in whole.items()}
    assert sum(len(cards) for cards in whole.values()) > 5  # the demo has such clients


def test_board_reads_the_first_pages_with_one_events_query(
        demo_db: dbs.Database, demo_path: Path) -> None:
    """The board's first pages come with it: no outcome query per column and the next planned
    events of every shown card in one query; each card's next event and overdue mark are the
    ones in the events table."""
    from sqlalchemy import event

    sales = _pipeline(demo_db, "Sales")
    now = datetime.now(UTC)
    statements: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", note)
    try:
        with demo_db.session() as s:
            found = boards.board(s, DealFilter(pipeline_id=sales.id), now,
                                 cards=boards.FIRST_PAGE)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", note)
    assert len([st for st in statements if "FROM events" in st]) == 1
    assert not [st for st in statements if st.startswith("SELECT pipeline_stages.outcome")]
    assert [len(c.cards) for c in found.columns] == [
        min(c.count, boards.FIRST_PAGE) for c in found.columns]
    shown = [card for c in found.columns if c.stage.is_open for card in c.cards]
    assert any(card.next_event for card in shown) and any(card.overdue for card in shown)
    with sqlite3.connect(demo_path) as conn:
        for card in shown:
            planned = conn.execute(
                "SELECT subject, start_at, due_at FROM events WHERE deal_id = ? AND "
                "status = 'planned' AND deleted_at IS NULL ORDER BY start_at LIMIT 1",
                (card.id.bytes,)).fetchone()
            assert card.next_event == (planned[0] if planned else None)
            late = planned is not None and datetime.fromisoformat(
                planned[2] or planned[1]).replace(tzinfo=UTC) < now
            close = conn.execute("SELECT expected_close FROM deals WHERE id = ?",
                                 (card.id.bytes,)).fetchone()[0]
            late = late or (close is not None and date.fromisoformat(close) < now.date())
            assert card.overdue == late, card


def test_migration_keeps_every_deal_and_its_stage(tmp_path: Path) -> None:
    """A database made before pipelines (at 0006) with deals at every old stage: after the
    upgrade each deal is in the default pipeline at the same stage (won and lost at Won and
    Lost), with a history that starts at New and ends where the deal is."""
    path = tmp_path / "old.sqlite3"
    database = database_at(path, "0006_stamps")
    now = datetime(2026, 5, 1, 12, 0)
    client_id, user_id = uuid.uuid4().bytes, uuid.uuid4().bytes
    old = [("new", "open"), ("qualified", "open"), ("proposal", "open"),
           ("negotiation", "open"), ("contract", "open"), ("contract", "won"),
           ("qualified", "lost")]
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO users (id, login, full_name, role, active, created_at, "
                     "updated_at) VALUES (?, 'u', 'U', 'salesperson', 1, ?, ?)",
                     (user_id, now, now))
        conn.execute("INSERT INTO clients (id, kind, short_name, status, country, currency, "
                     "custom_fields, created_at, updated_at) VALUES (?, 'organization', 'C', "
                     "'customer', 'KZ', 'KZT', '{}', ?, ?)", (client_id, now, now))
        for index, (stage, status) in enumerate(old):
            conn.execute(
                "INSERT INTO deals (id, client_id, title, stage, status, amount, currency, "
                "probability, responsible_id, loss_reason, closed_at, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 100, 'KZT', 10, ?, ?, ?, ?, ?)",
                (uuid.UUID(int=index + 1).bytes, client_id, f"deal {index}", stage, status,
                 user_id, "Too expensive" if status == "lost" else None,
                 now + timedelta(days=20) if status != "open" else None,
                 now - timedelta(days=10 * index), now))
    dbs.upgrade(database)
    with sqlite3.connect(path) as conn:
        got = conn.execute(
            "SELECT d.title, s.key, d.status, p.name, d.stage_entered_at, "
            "(SELECT max(changed_at) FROM deal_stage_changes h WHERE h.deal_id = d.id) "
            "FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id "
            "JOIN pipelines p ON p.id = d.pipeline_id ORDER BY d.title").fetchall()
        lost_history = conn.execute(
            "SELECT f.key, t.key FROM deal_stage_changes h JOIN pipeline_stages t "
            "ON t.id = h.to_stage_id LEFT JOIN pipeline_stages f ON f.id = h.from_stage_id "
            "WHERE h.deal_id = ? ORDER BY h.changed_at", (uuid.UUID(int=7).bytes,)).fetchall()
        reasons_list = [r[0] for r in conn.execute("SELECT name FROM loss_reasons")]
    database.dispose()
    assert len(got) == len(old)
    for (title, key, status, pipeline, entered, last), (old_stage, old_status) in zip(
            got, old, strict=True):
        assert pipeline == "Sales"
        assert status == old_status
        assert key == (old_status if old_status != "open" else old_stage), title
        assert entered == last
    assert lost_history == [(None, "new"), ("new", "qualified"), ("qualified", "lost")]
    assert reasons_list == ["Too expensive"]


def test_board_looks_the_client_text_up_once_per_load(
        demo_db: dbs.Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A keystroke reads the search index once: a text of many clients is not looked up again
    by the counts and by every column's page (each lookup of a two-letter prefix cost ~18 ms
    on the large demo, ten per keystroke)."""
    from sqlalchemy import event

    sales = _pipeline(demo_db, "Sales")
    now = datetime.now(UTC)
    monkeypatch.setattr(boards, "MANY_CLIENTS", 0)  # the demo's clients count as "many"
    lookups: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "search_terms" in statement and "deals" not in statement:
            lookups.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", count)
    try:
        with demo_db.session() as s:
            where = boards.with_clients(s, DealFilter(pipeline_id=sales.id, client_text="ка"))
            found = boards.board(s, where, now)
            for column in found.columns:
                boards.column_page(s, where, column.stage.id, now=now)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", count)
    assert where.many_clients and where.client_ids is None
    assert len(lookups) == 1
    assert sum(c.count for c in found.columns) > 0


@pytest.mark.parametrize("text", ["", "ка", "Тех"])
def test_first_pages_and_totals_are_the_board_in_two_reads(demo_db: dbs.Database,
                                                           text: str) -> None:
    """What a keystroke shows first (each column's first page, uncounted) and what it fills in
    after (each column's count and sum) are the board's cards and figures."""
    sales = _pipeline(demo_db, "Sales")
    now = datetime.now(UTC)
    with demo_db.session() as s:
        where = boards.with_clients(s, DealFilter(pipeline_id=sales.id, client_text=text))
        found = boards.board(s, where, now, cards=5)
        pages = boards.first_pages(s, where, now, cards=5)
        sums = boards.totals(s, where, now)
    assert pages.currency == found.currency and pages.pipeline == found.pipeline
    assert pages.cards == {c.stage.id: c.cards for c in found.columns}
    assert sums == {c.stage.id: boards.Totals(c.count, c.total, c.unconverted)
                    for c in found.columns}
    assert any(pages.cards.values()) and any(t.count for t in sums.values())

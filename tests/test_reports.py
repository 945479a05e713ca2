"""The reports' figures against an independent computation on a small fixed dataset (real
SQLite): sales by manager = the paid invoices of the period, the funnel's counts = the stage
history, won/lost, sources, the benchmark beside last year, claims against the claims
analytics, overdue work, reactivation; drill-down ids; scope by role; exports that open (XLSX
with openpyxl, the PDF's Cyrillic read back with pypdf); the CLI for every report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from sqlalchemy import event, func, select

from crm_desktop.cli import main as cli_main
from crm_desktop.models import (
    Claim,
    ClaimReason,
    ClaimStatus,
    Client,
    Deal,
    DealStageChange,
    DealStatus,
    DocumentKind,
    DocumentStatus,
    Event,
    EventStatus,
    EventType,
    Order,
    OrderStatus,
    Role,
    SalesDocument,
    Team,
    TeamMember,
    User,
)
from crm_desktop.services import reports
from crm_desktop.services.claims import analytics
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.locale import formatting
from crm_desktop.services.reports import export, plans
from crm_desktop.services.reports.params import ReportParams
from crm_desktop.services.sales.deals.pipelines import default_pipeline

from .actors import TESTER

FIRST, LAST = date(2026, 1, 1), date(2026, 6, 30)
NOW = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)


def _at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@dataclass
class Data:
    db: dbs.Database
    anna: uuid.UUID = field(default_factory=uuid.uuid4)
    boris: uuid.UUID = field(default_factory=uuid.uuid4)
    head: uuid.UUID = field(default_factory=uuid.uuid4)
    clients: dict[str, uuid.UUID] = field(default_factory=dict)
    stages: dict[str, uuid.UUID] = field(default_factory=dict)
    deals: dict[str, uuid.UUID] = field(default_factory=dict)

    def params(self, **kw: Any) -> ReportParams:
        return ReportParams(kw.pop("date_from", FIRST), kw.pop("date_to", LAST),
                            currency=kw.pop("currency", "KZT"), **kw)

    def user(self, uid: uuid.UUID, role: Role) -> CurrentUser:
        return CurrentUser(uid, str(uid)[:8], "someone", role)


def _build(db: dbs.Database) -> Data:
    d = Data(db)
    n = iter(range(1, 1000))
    with db.session(TESTER) as s:
        s.add_all([User(id=d.anna, login="anna", full_name="Анна Петрова",
                        role=Role.SALESPERSON),
                   User(id=d.boris, login="boris", full_name="Борис Ким", role=Role.SALESPERSON),
                   User(id=d.head, login="head", full_name="Дина Ахметова",
                        role=Role.HEAD_OF_SALES)])
        s.flush()
        team = Team(name="Алматы", head_id=d.head)
        s.add(team)
        s.flush()
        s.add(TeamMember(user_id=d.anna, team_id=team.id))
        for key, name, region, owner in (("a", "ТОО Ромашка", "Алматы", d.anna),
                                          ("b", "Берёзка", "Астана", d.boris),
                                          ("old", "Старый клиент", "Алматы", d.anna)):
            client = Client(short_name=name, country="KZ", region=region, currency="KZT",
                            responsible_id=owner, source="web")
            s.add(client)
            s.flush()
            d.clients[key] = client.id
        pipeline = default_pipeline(s)
        opened = pipeline.open_stages
        won = next(st for st in pipeline.stages if st.outcome == DealStatus.WON)
        lost = next(st for st in pipeline.stages if st.outcome == DealStatus.LOST)
        d.stages = {"first": opened[0].id, "second": opened[1].id, "won": won.id,
                    "lost": lost.id}

        def deal(key: str, owner: uuid.UUID, client: str, path: list[uuid.UUID],
                 start: date, amount: int, source: str, reason: str | None = None,
                 currency: str = "KZT") -> None:
            final = path[-1]
            status = (DealStatus.WON if final == won.id else DealStatus.LOST
                      if final == lost.id else DealStatus.OPEN)
            moments = [_at(start + timedelta(days=3 * i)) for i in range(len(path))]
            row = Deal(client_id=d.clients[client], title=key, pipeline_id=pipeline.id,
                       stage_id=final, stage_entered_at=moments[-1], status=status,
                       amount=Decimal(amount), currency=currency, responsible_id=owner,
                       source=source, loss_reason=reason,
                       closed_at=moments[-1] if status != DealStatus.OPEN else None)
            row.created_at = moments[0]
            s.add(row)
            s.flush()
            d.deals[key] = row.id
            for i, stage in enumerate(path):
                s.add(DealStageChange(deal_id=row.id, to_stage_id=stage, changed_at=moments[i],
                                      from_stage_id=path[i - 1] if i else None,
                                      user_id=owner,
                                      seconds_in_previous=3 * 86400 if i else None))

        first, second = opened[0].id, opened[1].id
        deal("won1", d.anna, "a", [first, second, won.id], date(2026, 2, 1), 1000, "web")
        deal("won2", d.boris, "b", [first, won.id], date(2026, 3, 1), 500, "fair")
        deal("lost1", d.anna, "a", [first, second, lost.id], date(2026, 4, 1), 700, "web",
             "Дорого")
        deal("lost2", d.boris, "b", [first, lost.id], date(2026, 5, 1), 300, "fair", "Дорого")
        deal("open1", d.anna, "a", [first], date(2026, 6, 1), 400, "web")
        deal("usd", d.anna, "a", [first, won.id], date(2026, 6, 10), 99, "web", currency="USD")
        deal("ly", d.anna, "a", [first, won.id], date(2025, 3, 1), 800, "web")
        deal("before", d.boris, "b", [first], date(2025, 12, 1), 50, "fair")

        def invoice(client: str, owner: uuid.UUID, day: date, total: int,
                    status: DocumentStatus = DocumentStatus.PAID, currency: str = "KZT",
                    deal_key: str | None = None) -> None:
            s.add(SalesDocument(kind=DocumentKind.INVOICE, number=f"INV-{next(n)}",
                                issue_date=day, client_id=d.clients[client], manager_id=owner,
                                currency=currency, status=status, net_total=Decimal(total),
                                vat_total=Decimal(0), total=Decimal(total),
                                deal_id=d.deals.get(deal_key or "")))

        invoice("a", d.anna, date(2026, 1, 15), 100, deal_key="won1")
        invoice("a", d.anna, date(2026, 2, 20), 250, deal_key="won1")
        invoice("b", d.boris, date(2026, 3, 10), 400, deal_key="won2")
        invoice("b", d.boris, date(2026, 6, 30), 50)  # the period's last day counts
        invoice("a", d.anna, date(2026, 4, 1), 999, DocumentStatus.SENT)  # not paid: no sale
        invoice("a", d.anna, date(2026, 4, 2), 77, currency="USD")  # another currency
        invoice("a", d.anna, date(2025, 2, 1), 300)  # last year
        invoice("b", d.boris, date(2025, 5, 5), 100)  # last year
        invoice("old", d.anna, date(2025, 1, 10), 5000)  # long ago: to win back
        invoice("old", d.anna, date(2025, 2, 10), 1000)

        for day, kind, status, owner in (
                (date(2026, 2, 2), EventType.CALL, EventStatus.DONE, d.anna),
                (date(2026, 2, 3), EventType.CALL, EventStatus.DONE, d.anna),
                (date(2026, 2, 4), EventType.MEETING, EventStatus.DONE, d.anna),
                (date(2026, 2, 5), EventType.EMAIL, EventStatus.DONE, d.boris),
                (date(2026, 3, 5), EventType.CALL, EventStatus.PLANNED, d.boris),  # overdue
                (date(2026, 8, 5), EventType.CALL, EventStatus.PLANNED, d.boris)):  # ahead
            s.add(Event(type=kind, subject="звонок", start_at=_at(day), due_at=_at(day, 13),
                        status=status, responsible_id=owner, client_id=d.clients["a"]))
        s.add(Order(number="ORD-1", order_date=date(2026, 3, 1), client_id=d.clients["a"],
                    status=OrderStatus.NEW, status_changed_at=_at(date(2026, 3, 1)),
                    due_date=date(2026, 3, 10), currency="KZT", net_total=Decimal(1),
                    vat_total=Decimal(0), total=Decimal(1), responsible_id=d.anna))
        s.add(Order(number="ORD-2", order_date=date(2026, 3, 1), client_id=d.clients["a"],
                    status=OrderStatus.DELIVERED, status_changed_at=_at(date(2026, 3, 1)),
                    due_date=date(2026, 3, 10), currency="KZT", net_total=Decimal(1),
                    vat_total=Decimal(0), total=Decimal(1), responsible_id=d.anna))
        reason = ClaimReason(name="Брак", department="Склад")
        s.add(reason)
        s.flush()
        for i, (day, status, score) in enumerate((
                (date(2026, 1, 10), ClaimStatus.RESOLVED, 5),
                (date(2026, 1, 20), ClaimStatus.RESOLVED, 2),
                (date(2026, 3, 5), ClaimStatus.REGISTERED, None),
                (date(2026, 5, 5), ClaimStatus.REJECTED, None))):
            claim = Claim(number=f"CL-{i}", claim_date=day, client_id=d.clients["b"],
                          essence="сломано", reason_id=reason.id if i < 3 else None,
                          status=status, registered_at=_at(day), responsible_id=d.boris,
                          resolved_at=_at(day + timedelta(days=40))
                          if status == ClaimStatus.RESOLVED else None,
                          rejected_at=_at(day + timedelta(days=2))
                          if status == ClaimStatus.REJECTED else None,
                          satisfaction=score)
            s.add(claim)
            s.flush()
            s.add(Event(type=EventType.TASK, subject="проверить", start_at=_at(day),
                        due_at=_at(day, 14), status=EventStatus.PLANNED, claim_id=claim.id,
                        responsible_id=d.boris))
    return d


@pytest.fixture
def data(empty_db: dbs.Database) -> Iterator[Data]:
    yield _build(empty_db)


def test_sales_by_manager_equal_the_paid_invoices_of_the_period(data: Data) -> None:
    with data.db.session() as s:
        result = reports.run(s, "sales", data.params(group_by="manager"))
        paid = dict(s.execute(select(SalesDocument.manager_id, func.sum(SalesDocument.total))
                              .where(SalesDocument.status == DocumentStatus.PAID,
                                     SalesDocument.currency == "KZT",
                                     SalesDocument.issue_date.between(FIRST, LAST))
                              .group_by(SalesDocument.manager_id)).all())
    by_key = dict(zip(result.row_keys, result.rows, strict=True))
    assert {k: r["revenue"] for k, r in by_key.items()} == {data.anna: Decimal("350.00"),
                                                            data.boris: Decimal("450.00")}
    assert {k: r["revenue"] for k, r in by_key.items()} == paid
    assert by_key[data.anna]["count"] == 2 and by_key[data.anna]["average_check"] == 175
    assert result.chart.categories == [r["manager"] for r in result.rows]
    assert any("paid" in line for line in result.definitions)
    with data.db.session() as s:
        monthly = reports.run(s, "sales", data.params(group_by="month"))
        quarterly = reports.run(s, "sales", data.params(group_by="quarter"))
        drilled = reports.drill(s, "sales", data.params(group_by="manager"), data.anna, None)
        numbers = set(s.scalars(select(SalesDocument.number).where(
            SalesDocument.id.in_(drilled.ids))))
    assert [(r["period"], r["revenue"]) for r in monthly.rows] == [
        ("2026-01", 100), ("2026-02", 250), ("2026-03", 400), ("2026-06", 50)]
    assert [(r["period"], r["count"]) for r in quarterly.rows] == [("2026-Q1", 3),
                                                                   ("2026-Q2", 1)]
    assert drilled.entity == "invoices" and numbers == {"INV-1", "INV-2"}


def test_the_plan_is_set_beside_the_sales(data: Data) -> None:
    with data.db.session(TESTER) as s:
        plans.set_plan(s, data.anna, date(2026, 2, 14), Decimal("500"), "KZT")
        plans.set_plan(s, data.anna, date(2026, 2, 1), Decimal("700"), "KZT")  # changed
        plans.set_plan(s, data.boris, date(2026, 3, 1), Decimal("400"), "KZT")
    with data.db.session() as s:
        saved = plans.plans_for(s, 2026)
        result = reports.run(s, "sales", data.params(group_by="manager"))
    assert sorted((p.manager_id, p.month, p.amount) for p in saved) == sorted(
        [(data.anna, date(2026, 2, 1), Decimal("700.00")),
         (data.boris, date(2026, 3, 1), Decimal("400.00"))])
    rows = dict(zip(result.row_keys, result.rows, strict=True))
    assert rows[data.anna]["plan"] == 700 and rows[data.anna]["plan_done"] == Decimal("50.0")
    with data.db.session() as s:
        months = reports.run(s, "sales", data.params(group_by="month"))
    by_month = dict(zip(months.row_keys, months.rows, strict=True))
    # February: Anna's 250 of her 700; March: Boris's 400 of his 400 (the others' sales
    # do not count towards a plan they do not have)
    assert (by_month["2026-02"]["plan"], by_month["2026-02"]["plan_done"]) == (
        Decimal("700.00"), Decimal("35.7"))
    assert by_month["2026-03"]["plan_done"] == Decimal("100.0")
    assert by_month["2026-01"]["plan"] is None
    seller = data.user(data.anna, Role.SALESPERSON)
    with pytest.raises(CrmError) as refused, data.db.session(seller) as s:
        plans.set_plan(s, data.anna, date(2026, 2, 1), Decimal("1"), "KZT")
    assert refused.value.code == "forbidden"


def test_the_funnel_counts_equal_the_stage_history(data: Data) -> None:
    with data.db.session() as s:
        result = reports.run(s, "funnel", data.params())
        history = s.execute(select(DealStageChange.to_stage_id, DealStageChange.deal_id,
                                   DealStageChange.changed_at)).all()
    entered: dict[uuid.UUID, set[uuid.UUID]] = {}
    for stage, deal, at in history:  # the independent count, in Python
        if _at(FIRST, 0) <= at < _at(LAST + timedelta(days=1), 0):
            entered.setdefault(stage, set()).add(deal)
    rows = dict(zip(result.row_keys, result.rows, strict=True))
    for stage, row in rows.items():
        assert row["entered"] == len(entered.get(stage, ())), row["stage"]
    first, second = rows[data.stages["first"]], rows[data.stages["second"]]
    assert first["entered"] == 6 and second["entered"] == 2
    assert first["conversion"] == Decimal("33.3")  # 2 of 6 went on to the second stage
    assert first["lost"] == 1 and second["lost"] == 1
    assert first["median_days"] == Decimal("3.0")
    with data.db.session() as s:
        drilled = reports.drill(s, "funnel", data.params(), data.stages["second"], None)
        lost = reports.drill(s, "funnel", data.params(), data.stages["second"], "Lost here")
    assert sorted(drilled.ids) == sorted([data.deals["won1"], data.deals["lost1"]])
    assert lost.ids == [data.deals["lost1"]]


def test_the_funnel_reads_the_history_along_its_indexes(data: Data) -> None:
    """At a million moves a year a sort is what costs (bench/reports.py): the deals entering a
    stage are counted along (to_stage_id, deal_id), the median is read by OFFSET along
    (from_stage_id, seconds_in_previous), the deleted deals come from their partial index."""
    plans: list[tuple[str, list[str]]] = []

    def explain(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "deal_stage_changes" in statement and statement.lstrip().startswith("SELECT"):
            rows = cursor.connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            plans.append((statement, [row[3] for row in rows]))

    event.listen(data.db.engine, "before_cursor_execute", explain)
    try:
        with data.db.session() as s:
            reports.run(s, "funnel", data.params())
    finally:
        event.remove(data.db.engine, "before_cursor_execute", explain)
    entering = next(p for s, p in plans if "count(DISTINCT" in s and "to_stage_id IN" in s
                    and "GROUP BY deal_stage_changes.to_stage_id" in s)
    assert any("COVERING INDEX ix_deal_stage_changes_to_deal" in step for step in entering)
    assert not any("TEMP B-TREE" in step for step in entering), entering
    middle = [p for s, p in plans if "OFFSET" in s]
    assert middle and all(any("ix_deal_stage_changes_from_seconds" in step for step in p)
                          and not any("TEMP B-TREE" in step for step in p) for p in middle)
    assert all(any("ix_deals_deleted" in step for step in p) for _, p in plans)


def test_won_and_lost_with_reasons_and_the_stage_lost_at(data: Data) -> None:
    with data.db.session() as s:
        result = reports.run(s, "won_lost", data.params())
    rows = {key: row for key, row in zip(result.row_keys, result.rows, strict=True)}
    total = rows[("total", None)]
    assert (total["won"], total["won_amount"], total["lost_deals"],
            total["lost_amount"]) == (
        3, Decimal("1500.00"), 2, Decimal("1000.00"))  # the USD deal counts, not its amount
    assert rows[("reason", "Дорого")]["lost_deals"] == 2
    assert rows[("stage", data.stages["second"])]["lost_deals"] == 1
    assert rows[("manager", data.boris)]["won"] == 1
    assert rows[("source", "fair")]["lost_amount"] == 300
    assert result.chart.categories == [r["name"] for r in result.rows
                                       if r["section"] == "manager"]
    with data.db.session() as s:
        won = reports.drill(s, "won_lost", data.params(), ("manager", data.anna), "Won")
    assert sorted(won.ids) == sorted([data.deals["won1"], data.deals["usd"]])


def test_lead_sources_and_conversion_to_won(data: Data) -> None:
    with data.db.session() as s:
        result = reports.run(s, "sources", data.params())
    rows = dict(zip(result.row_keys, result.rows, strict=True))
    assert (rows["web"]["leads"], rows["web"]["won"]) == (4, 2)
    assert rows["web"]["conversion"] == Decimal("50.0")
    assert (rows["fair"]["leads"], rows["fair"]["won"]) == (2, 1)
    assert rows["web"]["revenue"] == 350 and rows["fair"]["revenue"] == 400


def test_the_benchmark_sets_last_year_beside_this_one(data: Data) -> None:
    with data.db.session() as s:
        result = reports.run(s, "benchmark", data.params())
    rows = dict(zip(result.row_keys, result.rows, strict=True))
    anna, boris = rows[data.anna], rows[data.boris]
    # last year: 300 and the old client's 5000 + 1000, all in January to June 2025
    assert (anna["revenue"], anna["last_year"], anna["change"]) == (
        Decimal("350.00"), Decimal("6300.00"), Decimal("-94.4"))
    assert (boris["revenue"], boris["last_year"], boris["change"]) == (
        Decimal("450.00"), Decimal("100.00"), Decimal("350.0"))
    assert (anna["opened"], anna["opened_last_year"], anna["won"], anna["won_last_year"]) == (
        4, 1, 2, 1)
    assert anna["win_rate"] == Decimal("66.7") and boris["win_rate"] == Decimal("50.0")
    # overdue events: the planned call and the four claim tasks (events too, as on the desk)
    assert (anna["calls"], anna["meetings"], boris["emails"], boris["overdue"]) == (2, 1, 1, 5)


def test_claims_figures_equal_the_claims_analytics(data: Data) -> None:
    with data.db.session() as s:
        result = reports.run(s, "claims", data.params())
        months = analytics.dynamics_by_month(s, FIRST, LAST)
        structure = analytics.structure(s, FIRST, LAST)
    mine = {r["name"]: r for r in result.rows if r["section"] == "month"}
    assert [m.month for m in months] == list(mine)
    for m in months:
        assert (mine[m.month]["registered"], mine[m.month]["resolved"],
                mine[m.month]["open"]) == (m.registered, m.resolved, m.open_at_end), m.month
    departments = {r["name"]: r["registered"] for r in result.rows
                   if r["section"] == "department"}
    expected: dict[str, int] = {}
    for row in structure:
        expected[row.department or "—"] = expected.get(row.department or "—", 0) + row.claims
    assert departments == expected
    reason = next(r for r in result.rows if r["section"] == "reason" and r["name"] == "Брак")
    assert reason["satisfaction"] == Decimal("50.0")  # one of the two rated gave 4+
    assert any("2026-01" in line for line in result.definitions)  # the busiest month
    with data.db.session() as s:
        january = reports.drill(s, "claims", data.params(), ("month", "2026-01"), None)
    assert len(january.ids) == 2


def test_overdue_work_by_responsible(data: Data) -> None:
    with data.db.session() as s:
        from crm_desktop.services.reports import work

        result = work.overdue(s, data.params(), NOW)
        rows = dict(zip(result.row_keys, result.rows, strict=True))
        tasks = work.overdue_drill(s, data.params(), data.boris, "Claim tasks", NOW)
    assert (rows[data.boris]["events"], rows[data.boris]["claim_tasks"]) == (1, 4)
    assert rows[data.anna]["orders"] == 1 and rows[data.anna]["total"] == 1
    assert tasks.entity == "events" and len(tasks.ids) == 4


def test_reactivation_candidates_with_their_past_revenue(data: Data) -> None:
    with data.db.session() as s:
        from crm_desktop.services.reports import work

        result = work.reactivation(s, data.params(days=180), date(2026, 7, 1))
        invoices = reports.drill(s, "reactivation", data.params(days=180),
                                 data.clients["old"], None)
    assert result.row_keys == [data.clients["old"]]
    assert result.rows[0]["past_revenue"] == 6000 and result.rows[0]["count"] == 2
    assert result.rows[0]["last_purchase"] == date(2025, 2, 10)
    assert len(invoices.ids) == 2


def test_scope_a_salesperson_sees_their_own_the_head_their_team(data: Data) -> None:
    anna = data.user(data.anna, Role.SALESPERSON)
    head = data.user(data.head, Role.HEAD_OF_SALES)
    with data.db.session() as s:
        own = reports.run(s, "sales", data.params(group_by="manager", viewer=anna))
        team = reports.run(s, "sales", data.params(group_by="manager", viewer=head))
        everyone = reports.run(s, "sales", data.params(group_by="manager"))
        with pytest.raises(CrmError) as refused:
            reports.run(s, "sales", data.params(viewer=anna, manager_ids=(data.boris,)))
    assert own.row_keys == [data.anna] and team.row_keys == [data.anna]
    assert set(everyone.row_keys) == {data.anna, data.boris}
    assert refused.value.code == "reports.out_of_scope"
    with data.db.session() as s:
        board = reports.dashboard(s, anna)
    assert board.tiles and len(board.charts) == 4


def test_exports_open_and_the_pdf_keeps_cyrillic(data: Data, tmp_path: Path) -> None:
    with data.db.session() as s:
        result = reports.run(s, "sales", data.params(group_by="manager"))
    export.to_xlsx(result, tmp_path / "s.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = values.index([c.title for c in result.columns])
    assert ["Анна Петрова", 2, 350, 175] in [row[:4] for row in values[header + 1:]]
    export.to_pdf(result, tmp_path / "s.pdf", "ru")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "s.pdf").pages)
    assert "Анна Петрова" in text and "Борис Ким" in text
    assert "350,00" in text  # Russian number format
    export.to_csv(result, tmp_path / "s.csv")
    assert "Анна Петрова;2;350.00" in (tmp_path / "s.csv").read_text("utf-8-sig")


@pytest.mark.parametrize("name", reports.NAMES)
def test_the_cli_writes_every_report(data: Data, tmp_path: Path, name: str,
                                     capsys: pytest.CaptureFixture[str], qapp: Any) -> None:
    # `qapp`: the PDF's words need a Qt application; without one the CLI makes a
    # QCoreApplication, which a later test could not replace by its QApplication
    db = str(data.db.engine.url.database)
    data.db.dispose()
    out = tmp_path / f"{name}.json"
    code = cli_main(["--db", db, "report", name, "--from", "2026-01-01", "--to", "2026-06-30",
                     "--format", "json", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    written = json.loads(out.read_text("utf-8"))
    assert written["report"] == name and isinstance(written["rows"], list)
    pdf = tmp_path / f"{name}.pdf"
    assert cli_main(["--db", db, "report", name, "--from", "2026-01-01", "--to", "2026-06-30",
                     "--manager", "anna", "--out", str(pdf)]) == 0
    assert PdfReader(pdf).pages


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_cli_pdf_speaks_the_language_asked_for(data: Data, tmp_path: Path) -> None:
    """`crm-desktop --lang ru report funnel … --out F.pdf` in its own process, without a screen:
    the title, the column titles, the chart's words, the definitions and the period's dates of
    the PDF in Russian (the window's words, through Qt's translator on a QCoreApplication)."""
    db = str(data.db.engine.url.database)
    data.db.dispose()
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))

    def cli(*args: str) -> None:
        done = subprocess.run([sys.executable, "-m", "crm_desktop", "--db", db, *args],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr

    pdf = tmp_path / "funnel.pdf"
    cli("--lang", "ru", "report", "funnel", "--from", "2026-01-01", "--to", "2026-06-30",
        "--out", str(pdf))
    text = _pdf_text(pdf)
    assert "Воронка продаж" in text and "Конверсия в следующий, %" in text
    assert "Sales funnel" not in text and "Entered" not in text
    assert "01.01.2026 — 30.06.2026" in text
    assert str(PdfReader(pdf).metadata.title).startswith("Воронка продаж")
    english = tmp_path / "funnel-en.pdf"
    cli("--lang", "en", "report", "funnel", "--from", "2026-01-01", "--to", "2026-06-30",
        "--out", str(english))
    assert "Sales funnel" in _pdf_text(english)


def test_the_cli_xlsx_follows_the_language_setting(data: Data, tmp_path: Path,
                                                   qapp: Any) -> None:
    """Without --lang the language chosen in the settings decides, as in the window; CSV and
    JSON (for programs) keep the English titles; the language in force before is back."""
    db = str(data.db.engine.url.database)
    data.db.dispose()
    QSettings().setValue("ui/language", "ru")
    out = tmp_path / "won.xlsx"
    assert cli_main(["--db", db, "report", "won_lost", "--from", "2026-01-01", "--to",
                     "2026-06-30", "--out", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and sheet["A1"].value == "Выигранные и проигранные"
    csv_out = tmp_path / "won.csv"
    assert cli_main(["--db", db, "report", "won_lost", "--from", "2026-01-01", "--to",
                     "2026-06-30", "--out", str(csv_out)]) == 0
    assert csv_out.read_text("utf-8-sig").startswith("Section;Name;Won")
    assert formatting.current_language() == "en"


def test_the_cli_refuses_a_bad_name_or_date(data: Data, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = str(data.db.engine.url.database)
    data.db.dispose()
    out = tmp_path / "x.csv"
    assert cli_main(["--db", db, "report", "nonsense", "--from", "2026-01-01", "--to",
                     "2026-06-30", "--out", str(out)]) != 0
    assert "No report nonsense" in capsys.readouterr().err
    assert cli_main(["--db", db, "report", "sales", "--from", "2026-02-30", "--to",
                     "2026-06-30", "--out", str(out)]) != 0
    err = capsys.readouterr().err
    assert "--from 2026-02-30: not a date" in err and len(err.strip().splitlines()) == 1
    assert cli_main(["--db", db, "report", "sales", "--from", "2026-06-30", "--to",
                     "2026-01-01", "--out", str(out)]) != 0
    assert "ends" in capsys.readouterr().err
    sales_sum = None
    assert cli_main(["--db", db, "report", "sales", "--from", "2026-01-01", "--to",
                     "2026-06-30", "--group-by", "manager", "--currency", "KZT", "--out",
                     str(out)]) == 0
    sales_sum = out.read_text("utf-8-sig")
    assert "Анна Петрова;2;350.00" in sales_sum
    assert not out.with_name("y.csv").exists()

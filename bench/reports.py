"""The reports at the large scale (≈300 000 deals, 1.3 M stage moves, 2 M events, 250 000
invoices): each report for a one-year period, the dashboard, beside a raw-SQL lower bound — the
report's main GROUP BY in plain sqlite3, measured in the same run — with p50/p95.

The funnel's bound computes all its figures, each in the best plain SQL known (the same
indexes serve it): the deals entering each stage (`count(DISTINCT deal_id)` per stage), those
lost from each stage, and the median time in each stage (moves out counted per stage, then the
middle one by OFFSET); the entering count alone is printed beneath it for comparison with
earlier runs, which measured only that.

Targets (issue 16, 2-core machine): each report p95 < 1 s (the benchmark with last year
< 2 s), the dashboard < 1.5 s.

    CRM_BENCH_DB=/path/large.sqlite3 python bench/reports.py [ROUNDS]
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from typing import Any

from common import LARGE_DB, build_large, pct

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
TARGET_MS = {"benchmark": 2000.0, "dashboard": 1500.0}


def timed(fn: Callable[[], object], rounds: int = ROUNDS) -> list[float]:
    fn()  # warm the page cache once, as a window that has just opened has
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def raw_queries(first: date, last: date, currency: str) -> dict[str, list[tuple[str, tuple]]]:
    start = datetime.combine(first, day_time.min).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    end = datetime.combine(last, day_time.max).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    before = (first.replace(year=first.year - 1).isoformat(),
              last.replace(year=last.year - 1).isoformat())
    sales = ("SELECT manager_id, count(*), sum(total) FROM sales_documents WHERE kind = 'invoice' "
             "AND status = 'paid' AND currency = ? AND issue_date BETWEEN ? AND ? "
             "AND deleted_at IS NULL GROUP BY manager_id")
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
    return {
        "funnel": [(FUNNEL_ENTERED, funnel_period(first, last))],
        "sales": [(sales, (currency, first.isoformat(), last.isoformat()))],
        "benchmark": [(sales, (currency, first.isoformat(), last.isoformat())),
                      (sales, (currency, *before)),
                      ("SELECT responsible_id, count(*) FROM deals WHERE created_at >= ? "
                       "AND created_at <= ? GROUP BY responsible_id", (start, end))],
        "won_lost": [("SELECT responsible_id, status, count(*), sum(amount) FROM deals "
                      "WHERE status IN ('won', 'lost') AND closed_at >= ? AND closed_at <= ? "
                      "GROUP BY responsible_id, status", (start, end))],
        "sources": [("SELECT source, count(*), sum(status = 'won') FROM deals "
                     "WHERE created_at >= ? AND created_at <= ? GROUP BY source", (start, end))],
        "claims": [("SELECT strftime('%Y-%m', registered_at), count(*) FROM claims "
                    "WHERE registered_at >= ? AND registered_at <= ? GROUP BY 1", (start, end))],
        "overdue": [("SELECT responsible_id, count(*) FROM events WHERE status = 'planned' "
                     "AND due_at < ? GROUP BY responsible_id", (now,))],
        "reactivation": [("SELECT client_id, max(issue_date), sum(total) FROM sales_documents "
                          "WHERE kind = 'invoice' AND status = 'paid' AND currency = ? "
                          "GROUP BY client_id HAVING max(issue_date) < date('now', '-180 days') "
                          "ORDER BY 3 DESC LIMIT 1000", (currency,))],
    }


FUNNEL_STAGES = ("SELECT id FROM pipeline_stages WHERE pipeline_id = "
                 "(SELECT id FROM pipelines WHERE is_default AND deleted_at IS NULL)")
FUNNEL_ENTERED = ("SELECT to_stage_id, count(DISTINCT deal_id) FROM deal_stage_changes "
                  "WHERE changed_at >= ? AND changed_at < ? AND to_stage_id IN "
                  f"({FUNNEL_STAGES}) GROUP BY to_stage_id")
FUNNEL_LOST = ("SELECT from_stage_id, count(DISTINCT deal_id) FROM deal_stage_changes "
               "WHERE changed_at >= ? AND changed_at < ? AND to_stage_id IN "
               f"({FUNNEL_STAGES} AND outcome = 'lost') GROUP BY from_stage_id")
FUNNEL_LEFT = ("SELECT from_stage_id, count(*) FROM deal_stage_changes WHERE changed_at >= ? "
               f"AND changed_at < ? AND from_stage_id IN ({FUNNEL_STAGES}) "
               "AND seconds_in_previous IS NOT NULL GROUP BY from_stage_id")
FUNNEL_MIDDLE = ("SELECT seconds_in_previous FROM deal_stage_changes WHERE from_stage_id = ? "
                 "AND changed_at >= ? AND changed_at < ? AND seconds_in_previous IS NOT NULL "
                 "ORDER BY seconds_in_previous LIMIT ? OFFSET ?")


def funnel_period(first: date, last: date) -> tuple[str, str]:
    """[start, end) of the period as the stage history stores moments (UTC text)."""
    def moment(day: date) -> str:
        return datetime.combine(day, day_time.min).astimezone(UTC).strftime(
            "%Y-%m-%d %H:%M:%S.%f")
    return moment(first), moment(last + timedelta(days=1))


def raw_funnel(conn: sqlite3.Connection, first: date, last: date) -> Any:
    """Every figure of the funnel in plain SQL: entered, lost from, median time per stage."""
    period = funnel_period(first, last)
    entered = conn.execute(FUNNEL_ENTERED, period).fetchall()
    lost = conn.execute(FUNNEL_LOST, period).fetchall()
    medians = {}
    for stage, count in conn.execute(FUNNEL_LEFT, period).fetchall():
        middle = conn.execute(FUNNEL_MIDDLE, (stage, *period, 2 - count % 2,
                                              (count - 1) // 2)).fetchall()
        medians[stage] = sum(m for (m,) in middle) / len(middle)
    return entered, lost, medians


def line(name: str, service: list[float], raw: list[float] | None) -> None:
    s50, s95 = pct(service, 50), pct(service, 95)
    target = TARGET_MS.get(name, 1000.0)
    bound = (f"| raw sqlite3 p50 {pct(raw, 50):7.1f} p95 {pct(raw, 95):7.1f} ms "
             f"| ratio {s95 / max(pct(raw, 95), 1e-9):5.1f}x " if raw else " " * 62)
    print(f"{name:<13} p50 {s50:7.1f} p95 {s95:7.1f} ms {bound}| target p95 < {target:.0f} ms: "
          f"{'ok' if s95 < target else 'MISSED'}", flush=True)


def main() -> None:
    from crm_desktop.services import reports
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.reports.dashboard import company_currency
    from crm_desktop.services.reports.params import ReportParams

    build_large(LARGE_DB)
    database = dbs.open_database(str(LARGE_DB), create=False)
    today = date.today()
    first = today.replace(year=today.year - 1) + (date(2001, 1, 2) - date(2001, 1, 1))
    with database.session() as s:
        currency = company_currency(s)
    queries = raw_queries(first, today, currency)
    conn = sqlite3.connect(LARGE_DB)
    print(f"{LARGE_DB}: one year {first} — {today}, {currency}, {ROUNDS} rounds after a warm-up")
    for name in reports.NAMES:
        params = ReportParams(first, today, currency=currency,
                              group_by="manager" if name == "sales" else "month")

        def service(name: str = name, params: ReportParams = params) -> object:
            with database.session() as s:
                return reports.run(s, name, params)

        def raw(name: str = name) -> object:
            if name == "funnel":
                return raw_funnel(conn, first, today)
            return [conn.execute(sql, args).fetchall() for sql, args in queries[name]]

        def main_group_by(name: str = name) -> object:
            return [conn.execute(sql, args).fetchall() for sql, args in queries[name]]

        line(name, timed(service), timed(raw))
        if name == "funnel":
            entered = timed(main_group_by)
            print(f"{'  entered':<13} raw sqlite3 p50 {pct(entered, 50):7.1f} p95 "
                  f"{pct(entered, 95):7.1f} ms (the entering count alone)", flush=True)

    # the funnel in one salesperson's scope: the stage history read for their deals only
    with database.session() as s:
        from sqlalchemy import func, select

        from crm_desktop.models import Deal

        busiest = s.execute(select(Deal.responsible_id).where(Deal.responsible_id.is_not(None))
                            .group_by(Deal.responsible_id)
                            .order_by(func.count().desc()).limit(1)).scalar_one()
        assert busiest is not None
    mine = ReportParams(first, today, currency=currency, manager_ids=(busiest,))

    def own_funnel() -> object:
        with database.session() as s:
            return reports.run(s, "funnel", mine)

    line("funnel 1 rep", timed(own_funnel), None)

    def board() -> object:
        with database.session() as s:
            return reports.dashboard(s, None)

    line("dashboard", timed(board), None)
    conn.close()
    database.dispose()


if __name__ == "__main__":
    main()

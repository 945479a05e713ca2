"""Orders at the large scale (~120 000 orders from 200 000 invoices): the orders window's first
page and counts, a filter, a deeper page, the desk's overdue counter, next to the same work in
raw sqlite3 (the lower bound, measured in the same run) and the ratio.

Target (2-core machine): the orders list's first page < 100 ms.

    CRM_BENCH_DB=/path/large.sqlite3 python bench/orders.py
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import LARGE_DB, build_large, pct

ROUNDS = 30
FIRST_PAGE_SQL = """
SELECT o.id, o.number, o.order_date, o.client_id, c.short_name, o.status, o.due_date, o.total,
       o.currency, u.full_name, o.deal_id, d.number,
       o.status NOT IN ('delivered', 'cancelled') AND o.due_date IS NOT NULL AND o.due_date < ?
FROM orders o JOIN clients c ON c.id = o.client_id
LEFT JOIN users u ON u.id = o.responsible_id
LEFT JOIN sales_documents d ON d.id = o.invoice_id
WHERE o.deleted_at IS NULL {where}
ORDER BY o.order_date DESC, o.id DESC LIMIT 200"""
OVERDUE = ("AND o.status NOT IN ('delivered', 'cancelled') AND o.due_date IS NOT NULL "
           "AND o.due_date < ?")


def timed(fn: Callable[[], object], rounds: int = ROUNDS) -> list[float]:
    fn()  # warm the page cache once, as a window that has just opened has
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def report(name: str, service: list[float], raw: list[float], target_ms: float | None) -> None:
    s50, s95, r50, r95 = pct(service, 50), pct(service, 95), pct(raw, 50), pct(raw, 95)
    ratio = s95 / r95 if r95 else float("inf")
    verdict = ("" if target_ms is None
               else f" | target p95 < {target_ms:.0f} ms: {'ok' if s95 < target_ms else 'MISSED'}")
    print(f"{name:<22} p50 {s50:6.1f} p95 {s95:6.1f} ms | raw sqlite3 p50 {r50:6.1f} "
          f"p95 {r95:6.1f} ms | ratio {ratio:4.1f}x{verdict}")


def main() -> None:
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.sales.orders import listing
    from crm_desktop.services.sales.orders.listing import OrderFilter

    build_large(LARGE_DB)
    database = dbs.open_database(str(LARGE_DB))
    raw = sqlite3.connect(LARGE_DB)
    today = date.today()
    day = today.isoformat()
    count = raw.execute("SELECT count(*) FROM orders").fetchone()[0]
    overdue = raw.execute(f"SELECT count(*) FROM orders o WHERE 1=1 {OVERDUE}",
                          (day,)).fetchone()[0]
    print(f"{LARGE_DB}: {count} orders, {overdue} overdue")

    def service(where: OrderFilter, counts: bool = False) -> Callable[[], object]:
        def run() -> object:
            with database.session() as s:
                page = listing.order_page(s, where, today=today)
                if counts:
                    listing.order_counts(s, where, today)
                return page
        return run

    def lower(where: str = "", args: tuple[object, ...] = (),
              counts: bool = False) -> Callable[[], object]:
        def run() -> object:
            rows = raw.execute(FIRST_PAGE_SQL.format(where=where), (day, *args)).fetchall()
            if counts:
                raw.execute(f"SELECT o.status, count(*) FROM orders o JOIN clients c ON "
                            f"c.id = o.client_id WHERE o.deleted_at IS NULL {where} "
                            f"GROUP BY o.status", args).fetchall()
            return rows
        return run

    report("first page", timed(service(OrderFilter())), timed(lower()), 100)
    report("first page + counts", timed(service(OrderFilter(), counts=True)),
           timed(lower(counts=True)), None)
    report("overdue filter", timed(service(OrderFilter(overdue=True))),
           timed(lower(OVERDUE, (day,))), 100)
    report("text filter 'ORD-2025'", timed(service(OrderFilter(text="ORD-2025-01"))),
           timed(lower("AND (o.number LIKE ? OR c.short_name LIKE ?)",
                       ("%ORD-2025-01%", "%ORD-2025-01%"))), None)
    with database.session() as s:  # 50 pages down, then the next one
        after = None
        for _ in range(50):
            after = listing.order_page(s, OrderFilter(), after=after, today=today).next

    def deep() -> object:
        with database.session() as s:
            return listing.order_page(s, OrderFilter(), after=after, today=today)

    assert after is not None
    report("page 51 (keyset)", timed(deep), timed(lambda: raw.execute(
        FIRST_PAGE_SQL.format(where="AND (o.order_date, o.id) < (?, ?)"),
        (day, after[0].isoformat(), after[1].bytes)).fetchall()), 100)

    def desk_counter() -> object:
        with database.session() as s:
            return listing.overdue_count(s, today)

    report("desk overdue counter", timed(desk_counter), timed(lambda: raw.execute(
        f"SELECT count(*) FROM orders o WHERE o.deleted_at IS NULL {OVERDUE}",
        (day,)).fetchone()), 50)
    database.dispose()


if __name__ == "__main__":
    main()

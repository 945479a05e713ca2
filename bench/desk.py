"""Desk figures at the large scale: p50/p95 of what a salesperson waits for, next to the same
queries in raw sqlite3 (the lower bound) and the ratio.

Targets (2-core machine): client switch p95 < 50 ms, day switch < 50 ms, search keystroke
p95 < 50 ms, start to desk < 2 s, each within 3x of raw SQL.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import LARGE_DB, build_large, pct

START_PROBE = """
import sys, time
from crm_desktop.ui.app import make_application, open_main_window
app = make_application()
window = open_main_window(sys.argv[1], language="en")
app.processEvents()
print("shown", flush=True)
"""


def time_calls(fn: Callable[[object], object], args: list[object]) -> list[float]:
    samples = []
    for arg in args:
        started = time.perf_counter()
        fn(arg)
        samples.append(time.perf_counter() - started)
    return samples


def start_to_desk(runs: int = 5) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", START_PROBE, str(LARGE_DB)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == "shown":
                samples.append(time.perf_counter() - started)
                break
        proc.kill()
        proc.wait()
    return samples


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def raw_client(conn: sqlite3.Connection, client_id: bytes) -> None:
    """What selecting a client costs in plain SQL: summary, contacts, events, finance."""
    q = conn.execute
    q("SELECT * FROM clients WHERE id = ?", (client_id,)).fetchall()
    q("SELECT count(*), min(created_at) FROM deals WHERE client_id = ?", (client_id,)).fetchall()
    q("SELECT count(*), sum(total) FROM sales_documents WHERE client_id = ? AND kind='invoice' "
      "AND status='paid'", (client_id,)).fetchall()
    q("SELECT sum(total), min(issue_date) FROM sales_documents WHERE client_id = ?",
      (client_id,)).fetchall()
    q("SELECT sum(amount) FROM payments WHERE client_id = ?", (client_id,)).fetchall()
    contacts = [r[0] for r in q("SELECT id FROM contacts WHERE client_id = ?", (client_id,))]
    marks = ",".join("?" * len(contacts)) or "NULL"
    q(f"SELECT * FROM phones WHERE contact_id IN ({marks})", contacts).fetchall()
    q(f"SELECT * FROM emails WHERE contact_id IN ({marks})", contacts).fetchall()
    q("SELECT e.*, c.full_name FROM events e LEFT JOIN contacts c ON c.id = e.contact_id "
      "WHERE e.client_id = ? ORDER BY e.start_at DESC LIMIT 1000", (client_id,)).fetchall()
    q("SELECT * FROM sales_documents WHERE client_id = ? AND kind = 'invoice'",
      (client_id,)).fetchall()
    q("SELECT * FROM shipments WHERE client_id = ?", (client_id,)).fetchall()
    q("SELECT * FROM payments WHERE client_id = ?", (client_id,)).fetchall()


def raw_day(conn: sqlite3.Connection, user: bytes, day: date) -> None:
    first = datetime.combine(day.replace(day=1) - timedelta(days=7),
                             datetime.min.time()).astimezone()
    conn.execute("SELECT substr(start_at, 1, 13), count(*) FROM events WHERE responsible_id = ? "
                 "AND start_at >= ? AND start_at < ? AND status != 'cancelled' GROUP BY 1",
                 (user, utc_text(first), utc_text(first + timedelta(days=50)))).fetchall()
    start = datetime.combine(day, datetime.min.time()).astimezone()
    conn.execute("SELECT e.*, c.short_name FROM events e LEFT JOIN clients c ON c.id = "
                 "e.client_id WHERE e.responsible_id = ? AND e.start_at >= ? AND e.start_at < ?"
                 " ORDER BY e.start_at", (user, utc_text(start),
                                          utc_text(start + timedelta(days=1)))).fetchall()


def raw_search(conn: sqlite3.Connection, term: str) -> None:
    ids = [r[0] for r in conn.execute(
        "SELECT client_id, label FROM search_terms WHERE term >= ? AND term < ? ORDER BY term "
        "LIMIT 400", (term, term + "\U0010ffff"))]
    marks = ",".join("?" * len(ids)) or "NULL"
    conn.execute(f"SELECT id, short_name FROM clients WHERE id IN ({marks}) ORDER BY short_name "
                 "LIMIT 20", ids).fetchall()


def report(name: str, ui: list[float], service: list[float], raw: list[float],
           target_ms: float) -> None:
    """UI = what the salesperson waits for (queries + Qt models + layout); service = our
    queries alone; raw = the same SQL through sqlite3; ratio = service p95 / raw p95."""
    p95, s95, r95 = pct(ui, 95), pct(service, 95), pct(raw, 95)
    ratio = s95 / r95 if r95 else float("inf")
    verdict = "ok" if p95 < target_ms and ratio <= 3 else "MISSED"
    print(f"{name:<18} UI p50 {pct(ui, 50):6.1f} p95 {p95:6.1f} ms | service p95 {s95:6.1f} ms"
          f" | raw sqlite3 p50 {pct(raw, 50):5.1f} p95 {r95:5.1f} ms | ratio {ratio:4.1f}x | "
          f"target UI p95 < {target_ms:.0f} ms, ratio <= 3: {verdict}")


def main() -> None:
    seconds, _ = build_large()
    if seconds:
        print(f"built {LARGE_DB} in {seconds:.0f} s")
    from crm_desktop.ui.app import make_application, open_main_window

    starts = start_to_desk()
    print(f"{'start to desk':<22} p50 {pct(starts, 50):7.0f} ms  p95 {pct(starts, 95):7.0f} ms"
          f"  target < 2000 ms  {'ok' if pct(starts, 95) < 2000 else 'MISSED'}")

    app = make_application()
    window = open_main_window(str(LARGE_DB), language="en")
    assert window is not None
    app.processEvents()
    desk = window.desk
    rng = random.Random(4)
    conn = sqlite3.connect(LARGE_DB)
    ids = [r[0] for r in conn.execute("SELECT id FROM clients ORDER BY random() LIMIT 300")]
    import uuid

    from crm_desktop.services.clients.search import search_clients
    from crm_desktop.services.desk import read as svc

    def service_client(b: bytes) -> None:
        client_id = uuid.UUID(bytes=b)
        with desk.ctx.database.session() as s:
            svc.client_summary(s, client_id)
            svc.client_contacts(s, client_id)
            svc.client_finance(s, client_id, date.today())
            svc.client_events(s, client_id)

    def service_day(d: date) -> None:
        with desk.ctx.database.session() as s:
            svc.day_view(s, desk.user_id, d, datetime.now(UTC))
            svc.event_days(s, desk.user_id, d.replace(day=1) - timedelta(days=7),
                           d.replace(day=28) + timedelta(days=14))

    def search_service(t: object) -> None:
        with desk.ctx.database.session() as s:
            search_clients(s, str(t))

    ui = time_calls(lambda b: desk.select_client(uuid.UUID(bytes=b)), ids[:100])  # type: ignore[arg-type]
    service = time_calls(service_client, ids[100:200])  # type: ignore[arg-type]
    raw = time_calls(lambda b: raw_client(conn, b), ids[200:])  # type: ignore[arg-type]
    report("client switch", ui, service, raw, 50)

    days = [date.today() + timedelta(days=rng.randint(-300, 30)) for _ in range(180)]
    ui = time_calls(lambda d: desk.day_panel.select_day(d), days[:60])  # type: ignore[arg-type]
    service = time_calls(service_day, days[60:120])  # type: ignore[arg-type]
    raw = time_calls(lambda d: raw_day(conn, desk.user_id.bytes, d), days[120:])  # type: ignore[arg-type]
    report("day switch", ui, service, raw, 50)

    names = [r[0] for r in conn.execute("SELECT short_name FROM clients ORDER BY random() "
                                        "LIMIT 40")]
    phones = [r[0] for r in conn.execute("SELECT e164 FROM phones ORDER BY random() LIMIT 20")]
    keystrokes = [n[:k] for n in names for k in range(2, min(len(n), 9))]
    keystrokes += [f"8 {p[2:5]} {p[5:8]} {p[8:10]} {p[10:]}" for p in phones if p.startswith("+7")]
    keystrokes += [p[-7:] for p in phones]
    ui = time_calls(lambda t: desk.search.run_search(t), keystrokes)  # type: ignore[arg-type]
    service = time_calls(search_service, keystrokes)
    raw = time_calls(lambda t: raw_search(conn, str(t).casefold()), keystrokes)
    report("search keystroke", ui, service, raw, 50)
    from crm_desktop.ui.kit.tasks import wait_for_tasks

    window.close()
    wait_for_tasks()
    window.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()

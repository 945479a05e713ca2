"""Automation rules: what 50 enabled rules add to a save (p50/p95 beside the same save with
no rules and a raw-SQL UPDATE as the lower bound), and a date-rule sweep over many clients
(the first sweep fires, the second finds everything keyed and fires nothing), beside the
candidate query and an UPDATE in raw SQL.

Targets (2-core machine): under 5 ms p95 added to a save with 50 rules; a sweep over
100 000 clients under 10 s.

    python bench/automation.py [--clients 100000] [--saves 300]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="crm-bench-automation-"))
os.environ["CRM_DESKTOP_DATA_DIR"] = str(_HOME / "data")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import pct  # noqa: E402
from sqlalchemy import select  # noqa: E402

from crm_desktop.demo.generator import generate_demo  # noqa: E402
from crm_desktop.models import Client, Deal, DealStatus, new_id  # noqa: E402
from crm_desktop.services.automation import engine, rules  # noqa: E402
from crm_desktop.services.automation.hook import AUTOMATION  # noqa: E402
from crm_desktop.services.company.first_run import current_user  # noqa: E402
from crm_desktop.services.core import db as dbs  # noqa: E402
from crm_desktop.services.core.bulk import defaults_of, insert_rows  # noqa: E402

FIELDS = ("title", "source", "expected_close", "probability", "loss_reason", "contact_id")


def fifty_rules() -> list[dict[str, Any]]:
    """50 rules a company might have: on deals (most), clients, orders and events; on a
    typical deal save a few are triggered and none of their conditions hold."""
    made: list[dict[str, Any]] = []
    for n in range(50):
        entity = ("deal", "deal", "deal", "client", "order", "event")[n % 6]
        if entity == "deal":
            trigger: dict[str, Any] = {"kind": "field_changed",
                                       "field": ("amount", "probability", "source")[n % 3]}
            conditions = {"match": "all", "items": [
                {"field": "amount", "op": "greater", "value": 10_000_000 + n},
                {"field": "source", "op": "in", "value": ["tender", "fair"]}]}
        else:
            trigger = {"kind": "created"}
            conditions = {"match": "any", "items": [
                {"field": "created_at", "op": "days_since", "value": 9999}]}
        made.append({"name": f"Rule {n:02d}", "entity": entity, "enabled": True,
                     "trigger": trigger, "conditions": conditions,
                     "actions": [{"kind": "create_task", "subject": "Check {record}",
                                  "days": 1}]})
    return made


def saves(db: dbs.Database, deal_ids: list[Any], count: int) -> list[float]:
    user = current_user(db, "a.nurlanova")
    assert user is not None
    samples = []
    for n in range(count):
        deal_id = deal_ids[n % len(deal_ids)]
        started = time.perf_counter()
        with db.session(user) as s:
            deal = s.get(Deal, deal_id)
            assert deal is not None
            deal.amount = Decimal(1000 + n)
            deal.probability = 10 + n % 80
        samples.append(time.perf_counter() - started)
    return samples


def raw_saves(path: Path, deal_ids: list[Any], count: int) -> list[float]:
    samples = []
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA synchronous=NORMAL")  # as the program's own connections
        for n in range(count):
            started = time.perf_counter()
            conn.execute("UPDATE deals SET amount = ?, probability = ?, updated_at = ? "
                         "WHERE id = ?", (1000 + n, 10 + n % 80,
                                          datetime.now(UTC).isoformat(" "),
                                          deal_ids[n % len(deal_ids)].bytes))
            conn.commit()
            samples.append(time.perf_counter() - started)
    return samples


def bench_saves(template: Path, count: int) -> None:
    path = _HOME / "saves.sqlite3"
    shutil.copyfile(template, path)
    db = dbs.open_database(str(path))
    with db.session() as s:
        deal_ids = list(s.scalars(select(Deal.id).where(Deal.status == DealStatus.OPEN)
                                  .limit(50)))
    saves(db, deal_ids, 20)  # warm
    without = saves(db, deal_ids, count)
    head = current_user(db, "d.seitkali")
    with db.session(head) as s:
        for rule in fifty_rules():
            rules.save_rule(s, rule)
    saves(db, deal_ids, 20)
    with_rules = saves(db, deal_ids, count)
    db.dispose()
    raw = raw_saves(path, deal_ids, count)
    print(f"save of a deal (amount and probability), {count} saves, one transaction each:")
    print(f"  raw SQL UPDATE + commit      p50 {pct(raw, 50):6.2f} ms  p95 {pct(raw, 95):6.2f} ms")
    print(f"  no rules                     p50 {pct(without, 50):6.2f} ms  "
          f"p95 {pct(without, 95):6.2f} ms")
    print(f"  50 enabled rules             p50 {pct(with_rules, 50):6.2f} ms  "
          f"p95 {pct(with_rules, 95):6.2f} ms")
    print(f"  added by the rules           p50 {pct(with_rules, 50) - pct(without, 50):6.2f} ms"
          f"  p95 {pct(with_rules, 95) - pct(without, 95):6.2f} ms  (target < 5 ms p95)")


def bench_sweep(template: Path, clients: int) -> None:
    path = _HOME / "sweep.sqlite3"
    shutil.copyfile(template, path)
    db = dbs.open_database(str(path))
    admin = current_user(db, "admin")
    long_ago = datetime.now(UTC) - timedelta(days=400)
    static, dynamic = defaults_of(Client.__table__)
    regions = ("Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Taraz", "Pavlodar",
               "Oskemen", "Semey", "Atyrau")
    with db.session(admin) as s:
        s.info["automation.off"] = True  # loading the bench's clients fires nothing
        rows = [{**static, **{k: f() for k, f in dynamic.items()}, "id": new_id(),
                 "short_name": f"Bench client {n}", "country": "KZ", "currency": "KZT",
                 "status": "customer", "name_key": "", "region": regions[n % 10],
                 "created_at": long_ago} for n in range(clients)]
        insert_rows(s, Client.__table__, rows)
    with db.session(current_user(db, "d.seitkali")) as s:
        rules.save_rule(s, {
            "name": "Quiet customers in Almaty", "entity": "client", "enabled": True,
            "trigger": {"kind": "no_activity", "days": 180},
            "conditions": {"match": "all", "items": [
                {"field": "region", "op": "equals", "value": "Almaty"}]},
            "actions": [{"kind": "set_field", "field": "source", "value": "reactivation"}]})
    results = []
    for round_ in ("first", "second"):
        started = time.perf_counter()
        with db.session(AUTOMATION) as s:
            report = engine.run_due(s, today=date.today())
        results.append((round_, time.perf_counter() - started, report))
    db.dispose()
    with sqlite3.connect(path) as conn:
        started = time.perf_counter()
        limit = (datetime.now(UTC) - timedelta(days=180)).replace(tzinfo=None).isoformat(" ")
        conn.execute("""
            UPDATE clients SET source = 'reactivation-raw' WHERE id IN (
              SELECT c.id FROM clients c LEFT JOIN (
                SELECT client_id, max(start_at) AS last FROM events
                WHERE client_id IS NOT NULL AND deleted_at IS NULL GROUP BY client_id) e
                ON e.client_id = c.id
              WHERE c.deleted_at IS NULL AND c.region = 'Almaty'
                AND (e.last <= ? OR (e.last IS NULL AND c.created_at <= ?)))""",
                     (limit, limit))
        conn.commit()
        raw = time.perf_counter() - started
    print(f"date-rule sweep (no activity for 180 days, region = Almaty, set a field), "
          f"{clients} bench clients + the demo's:")
    for round_, seconds, report in results:
        print(f"  {round_} sweep: {seconds:6.2f} s  — {report.candidates} due, "
              f"{report.fired} runs, {report.errors} errors")
    print(f"  raw SQL (one UPDATE … WHERE id IN (candidates)): {raw:6.2f} s  (target < 10 s)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    template = _HOME / "demo.sqlite3"
    db = dbs.open_database(str(template))
    generate_demo(db, "small", seed=1)
    db.dispose()
    bench_saves(template, args.saves)
    bench_sweep(template, args.clients)
    shutil.rmtree(_HOME, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A 10 000-recipient campaign queued: time and peak memory, beside a raw-SQL lower bound.

A fresh SQLite file gets N clients (a contact and an address each) in one region and a saved
segment of them; `send_campaign` then composes every letter (personalized, the unsubscribe
line and header) and queues it in the outbox with its recipient row, in one transaction.
Peak memory is Python's own (tracemalloc, in a second, untimed run on a fresh copy) during
the queueing, for 2 000 and for 10 000 recipients: flat means the larger campaign does not
need more. The lower bound is sqlite3
inserting the same number of prepared outbox and recipient rows (the letters already made).

Target (2-core machine): 10 000 queued < 30 s, memory flat (but for the set of addresses
already given a letter: a short string per recipient, under 300 KB per 1000).

    python bench/mailing.py [N]
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("CRM_DESKTOP_DATA_DIR", tempfile.mkdtemp(prefix="crm-bench-"))

from sqlalchemy import Table

from crm_desktop.models import Client, Contact, CustomFieldDef, Email, Role, new_id
from crm_desktop.services.clients import listing
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.bulk import defaults_of, insert_rows
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.mail import outbox as mail
from crm_desktop.services.mailing import campaigns, templates

ADMIN = CurrentUser(new_id(), "bench", "Bench Admin", Role.ADMIN)
BODY = ("Здравствуйте, {contact_first_name}!\n\nДля {client} весной скидка {custom_discount}. "
        "Каталог и цены — у вашего менеджера.\n\n{manager_signature}\n{company}")


def _row(table: Table, **values: Any) -> dict[str, Any]:
    static, dynamic = defaults_of(table)
    return {**static, **{k: f() for k, f in dynamic.items()}, **values}


def build(path: Path, n: int) -> dbs.Database:
    db = dbs.open_database(str(path))
    clients: Table = Client.__table__  # type: ignore[assignment]
    contacts: Table = Contact.__table__  # type: ignore[assignment]
    emails: Table = Email.__table__  # type: ignore[assignment]
    with db.session(ADMIN) as s:
        mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=2525, security="none",
                                                from_address="sales@dalatrade.kz"))
        s.add(CustomFieldDef(key="discount", label="Скидка"))
        s.flush()
        templates.save_campaign_template(s, "Весна", "{client}: весенняя скидка", BODY, "ru")
        listing.save_segment(s, "Алматы", listing.ClientFilter(region="Алматы"), None)
        ids = [new_id() for _ in range(n)]
        people = [new_id() for _ in range(n)]
        insert_rows(s, clients, (_row(clients, id=c, short_name=f"ТОО Клиент {i}",
                                      name_key=f"k{i}", country="KZ", region="Алматы",
                                      status="customer", currency="KZT", kind="organization",
                                      custom_fields={"discount": f"{i % 30}%"})
                                 for i, c in enumerate(ids)))
        insert_rows(s, contacts, (_row(contacts, id=k, client_id=c, full_name=f"Имя{i} Фамилия",
                                       is_primary=True)
                                  for i, (c, k) in enumerate(zip(ids, people, strict=True))))
        insert_rows(s, emails, (_row(emails, client_id=c, contact_id=k,
                                     address=f"client{i}@example.kz",
                                     address_lower=f"client{i}@example.kz")
                                for i, (c, k) in enumerate(zip(ids, people, strict=True))))
    return db


def queue(db: dbs.Database, trace: bool) -> tuple[float, float, campaigns.CampaignReport]:
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    with db.session(ADMIN) as s:
        report = campaigns.send_campaign(s, campaigns.find_audience(s, "Алматы"),
                                         templates.campaign_template(s, "Весна"), 40)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024 if trace else 0.0
    tracemalloc.stop()
    return seconds, peak, report


def raw_lower_bound(path: Path, n: int) -> float:
    """sqlite3 alone: the same number of outbox and recipient rows, letters already made."""
    mime = b"x" * 1400  # about a letter's size
    now = "2026-12-05 00:00:00.000000"
    conn = sqlite3.connect(path)
    campaign = uuid.uuid4().bytes
    conn.execute("INSERT INTO campaigns (id, created_at, updated_at, name, segment_name, filters, "
                 "template_name, subject, body, language, rate_per_minute, status, queued_at, "
                 "total, queued_count, opted_out_count, bad_address_count, no_address_count) "
                 "VALUES (?, ?, ?, 'raw', 'raw', '{}', 'raw', 's', 'b', 'ru', 40, 'queued', ?, "
                 "0, 0, 0, 0, 0)", (campaign, now, now, now))
    client_ids = [r[0] for r in conn.execute("SELECT id FROM clients LIMIT ?", (n,))]
    started = time.perf_counter()
    outbox, recipients = [], []
    for i, client in enumerate(client_ids):
        outbox_id = uuid.uuid4().bytes
        outbox.append((outbox_id, now, now, f"<raw{i}@dalatrade.kz>", "queued",
                       f"client{i}@example.kz", "subject", mime, 0, now, client))
        recipients.append((uuid.uuid4().bytes, now, now, campaign, client,
                           f"client{i}@example.kz", "queued", outbox_id))
    conn.executemany("INSERT INTO outbox_messages (id, created_at, updated_at, message_id, "
                     "status, recipients, subject, mime, attempts, next_attempt_at, client_id) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", outbox)
    conn.executemany("INSERT INTO campaign_recipients (id, created_at, updated_at, campaign_id, "
                     "client_id, address, status, outbox_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     recipients)
    conn.commit()
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    folder = Path(tempfile.mkdtemp(prefix="crm-bench-mailing-"))
    results = []
    for size in (2_000, n):
        path = folder / f"mailing-{size}.sqlite3"
        db = build(path, size)
        seconds, _, report = queue(db, trace=False)  # timed alone (tracemalloc slows it)
        db.dispose()
        raw = raw_lower_bound(path, size)
        db = build(folder / f"mailing-{size}-memory.sqlite3", size)
        _, peak, _ = queue(db, trace=True)
        db.dispose()
        results.append((size, seconds, peak, report, raw))
    print(f"{'recipients':>10} {'queued':>8} {'seconds':>8} {'per 1000':>9} {'peak MB':>8} "
          f"{'raw SQL s':>10} {'ratio':>6}")
    for size, seconds, peak, report, raw in results:
        print(f"{size:>10} {report.queued:>8} {seconds:>8.2f} {seconds / size * 1000:>9.2f} "
              f"{peak:>8.1f} {raw:>10.2f} {seconds / raw:>6.1f}")
    small, large = results[0], results[-1]
    # What may grow: the set of addresses already given a letter (one letter per mailbox),
    # one short string per recipient; everything else is kept a chunk at a time.
    per_1000_kb = (large[2] - small[2]) * 1024 / max(large[0] - small[0], 1) * 1000
    verdict = "flat but for the address set" if per_1000_kb < 300 else "NOT flat"
    print(f"target: {n} queued < 30 s: {'yes' if large[1] < 30 else 'NO'}; memory "
          f"{small[2]:.1f} MB for {small[0]} and {large[2]:.1f} MB for {large[0]}, "
          f"{per_1000_kb:.0f} KB more per 1000 recipients ({verdict})")


if __name__ == "__main__":
    main()

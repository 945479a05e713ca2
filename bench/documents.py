"""Documents and e-mail at the large scale.

Targets: click to queued (a 20-line invoice created, its PDF rendered, the message composed
and committed) p95 under 300 ms; 100 invoices rendered in under 10 s; memory flat over 1 000
renders.
"""

from __future__ import annotations

import resource
import time

from common import LARGE_DB, build_large, pct


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def main() -> None:
    build_large()
    from sqlalchemy import select

    from crm_desktop.models import Client, DocumentKind
    from crm_desktop.services.company.first_run import current_user
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.documents.render import render_document
    from crm_desktop.services.mail import document_mail
    from crm_desktop.services.mail import outbox as mail
    from crm_desktop.services.sales import quotes
    from crm_desktop.services.sales.catalogue import load_price_list

    database = dbs.open_database(str(LARGE_DB))
    user, admin = current_user(database), current_user(database, "admin")
    assert user is not None and admin is not None
    with database.session(admin) as s:  # the mail server is the admin's to set
        if not mail.load_settings(s).host:
            mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=2525,
                                                    security="none",
                                                    from_address="bench@example.kz"))
        clients = list(s.scalars(select(Client.id).where(Client.currency == "KZT").limit(30)))
        ctx0 = quotes.quote_context(s, clients[0])
        items = load_price_list(s, ctx0.price_type_id).items[:20]
    clicks, documents = [], []
    for client_id in clients:
        started = time.perf_counter()
        with database.session(user) as s:
            ctx = quotes.quote_context(s, client_id)
            lines = [quotes.quote_line_for(ctx, i.id, i.code, i.name, i.unit, i.price,
                                           i.minimum_price, i.vat_rate, i.total_stock)
                     for i in items]
            created = quotes.create_document(s, user, ctx, DocumentKind.INVOICE, lines)
            draft = document_mail.prepare(s, created.id)
            draft.to = draft.to or ["client@example.kz"]
            document_mail.send(s, user, draft)
        clicks.append(time.perf_counter() - started)
        documents.append(created.id)
    print(f"click to queued (20 lines)  p50 {pct(clicks, 50):6.1f} ms  p95 "
          f"{pct(clicks, 95):6.1f} ms  target p95 < 300 ms  "
          f"{'ok' if pct(clicks, 95) < 300 else 'MISSED'}")
    with database.session() as s:
        started = time.perf_counter()
        for n in range(100):
            render_document(s, documents[n % len(documents)])
        hundred = time.perf_counter() - started
        print(f"100 invoices rendered        {hundred:6.1f} s   target < 10 s  "
              f"{'ok' if hundred < 10 else 'MISSED'}")
        before = rss_mb()
        for n in range(1000):
            render_document(s, documents[n % len(documents)])
            if n == 99:
                after_100 = rss_mb()
        after = rss_mb()
    print(f"memory over 1 000 renders    {before:.0f} MB -> {after_100:.0f} MB after 100 -> "
          f"{after:.0f} MB after 1 000 (growth after the first 100: {after - after_100:+.1f} MB)")
    database.dispose()


if __name__ == "__main__":
    main()

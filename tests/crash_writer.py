"""Child process for the kill -9 test: writes through the services, one transaction per
action, and prints `committed <kind> <id>` only after each commit returned."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from crm_desktop.models import Client, DocumentKind, EventType
from crm_desktop.services.activities.events import EventInput, create_event
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.services.sales import quotes
from crm_desktop.services.sales.catalogue import load_price_list


def main(path: str) -> None:
    database = dbs.open_database(path)
    user = current_user(database)
    assert user is not None
    with database.session() as s:
        clients = list(s.scalars(select(Client.id).where(Client.currency == "KZT").limit(20)))
        ctx = quotes.quote_context(s, clients[0])
        items = load_price_list(s, ctx.price_type_id).items[:30]
    n = 0
    while True:
        n += 1
        client = clients[n % len(clients)]
        with database.session(user) as s:
            event = create_event(s, EventInput(
                type=EventType.CALL, subject=f"Crash test {n}", client_id=client,
                start_at=datetime.now(UTC) + timedelta(hours=n), responsible_id=user.id))
            event_id = event.id
        print(f"committed event {event_id.hex}", flush=True)
        if n % 3 == 0:
            item = items[n % len(items)]
            line = quotes.quote_line_for(ctx, item.id, item.code, item.name, item.unit,
                                         item.price, item.minimum_price, item.vat_rate,
                                         item.total_stock)
            with database.session(user) as s:
                created = quotes.create_document(s, user, ctx, DocumentKind.INVOICE, [line])
            print(f"committed invoice {created.id.hex}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])

"""Screenshots of the sync on screen on a demo database: the conflict inbox with three values a
sync did not keep (a phone overwritten by the office, a city edited on a deleted contact's
client, a won deal's amount), the status bar's sync state, and the badge on the card of the
client with an open conflict.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/shots/sync.py \
        --out /work/shots/sync
"""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from pathlib import Path

from _common import HOME, save, settle  # first: sets the data folder
from sqlalchemy import insert, select

from crm_desktop.models import Client, Deal, Phone, SyncConflict, User, utcnow
from crm_desktop.services.core.identity import DEMO
from crm_desktop.ui.app import open_main_window


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=Path("shots/sync"))
    parser.add_argument("--db", default=str(HOME / "demo.sqlite3"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    window = open_main_window(args.db, ensure_demo=True, language=args.lang)
    if window is None:
        return 1
    database = window.database
    now = utcnow()
    with database.session(DEMO) as s:
        people = s.scalars(select(User.id).order_by(User.login).limit(2)).all()
        phone = s.scalars(select(Phone).limit(1)).one()
        client = s.scalars(select(Client).where(Client.city.is_not(None)).limit(1)).one()
        deal = s.scalars(select(Deal).limit(1)).one()
        for kind, table, row, field, kept, lost, ago in (
                ("overwritten", "phones", phone.id, "raw", phone.raw, "+7 701 555 01 02", 3),
                ("deleted", "clients", client.id, "city", client.city, "Shymkent", 40),
                ("protected", "deals", deal.id, "amount", str(deal.amount), "125000.00", 90)):
            s.execute(insert(SyncConflict).values(
                at=now - timedelta(minutes=ago), kind=kind, table_name=table, row_id=row,
                column_name=field, client_id=client.id if table == "clients" else None,
                kept_value=json.dumps(kept), lost_value=json.dumps(lost),
                kept_by=people[0], kept_device="office-pc", kept_at=now - timedelta(minutes=ago),
                lost_by=people[-1], lost_device="field-laptop",
                lost_at=now - timedelta(minutes=ago + 25)))
    window.resize(1300, 800)
    window.show()
    window.sync.open_conflicts()
    inbox = window.sync.conflicts_window
    assert inbox is not None
    settle(1.0)
    inbox.table.selectRow(0)
    save(inbox, args.out, "conflicts")
    inbox.hide()
    from crm_desktop.ui.clients.card import ClientCardDialog

    card = ClientCardDialog(window.ctx, client.id, parent=window)  # the badge above the tabs
    card.show()
    save(card, args.out, "card_badge")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

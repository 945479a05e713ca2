"""Screenshots of the windows a new user meets, at a 1366×768 laptop's size, each window at
the size the program gives it (ui/kit/fit: within the screen): the desk (history with content
and call results), the quote form (totals and Sell in sight), the client card (every tab's
title), the clients list (labelled filters) and the company's exchange rates. Whole-screen
grabs, so what falls off shows.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/shots/windows.py \
        --lang ru --out /work/shots/windows
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path

from _common import HOME, save_screen, settle  # first: sets the data folder
from PySide6.QtWidgets import QTabWidget, QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import Event
from crm_desktop.ui.app import open_main_window


def place(widget: QWidget) -> None:
    widget.move(0, 0)
    widget.raise_()
    widget.activateWindow()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--out", type=Path, default=Path("/work/shots/windows"))
    parser.add_argument("--db", default=str(HOME / "demo.sqlite3"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    window = open_main_window(args.db, ensure_demo=True, language=args.lang)
    if window is None:
        return 1
    place(window)
    ctx = window.ctx
    settle(1.0)
    if window.desk.reminders.popup is not None:
        save_screen(args.out, "reminders")
        window.desk.reminders.popup.hide()

    def busiest(s: Session) -> uuid.UUID | None:  # the client with the longest history
        return s.scalar(select(Event.client_id).where(Event.content.is_not(None))
                        .group_by(Event.client_id).order_by(func.count().desc()).limit(1))

    client_id = ctx.read(busiest)
    assert client_id is not None
    desk = window.desk
    desk.select_client(client_id)
    desk.client_panel.tabs.setCurrentIndex(0)  # History
    save_screen(args.out, "desk")

    quote = desk.open_quote()
    if quote is not None:
        place(quote)
        settle(1.0)
        if quote.products_model.rows:
            quote.products_view.selectRow(0)
            quote.add_current_product()
        save_screen(args.out, "quote_form")
        quote.close()

    card = desk.open_card()
    if card is not None:
        place(card)
        save_screen(args.out, "client_card")
        card.close()

    clients = window.open_clients()
    place(clients)
    settle(1.5)
    save_screen(args.out, "clients_list")
    clients.close()

    company = window.edit_company()  # the exchange rates the quotes convert with
    place(company)
    tabs = company.findChild(QTabWidget)
    if tabs is not None:
        tabs.setCurrentWidget(company.rates.parentWidget())
    settle(0.5)
    save_screen(args.out, "exchange_rates")
    company.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots for the first-week fixes on the small demo: the desk's client summary (with a
definition's tooltip), the Finance tab beside it, the quote form (past deals once, the transit
column, a product photo) and the first and last page of a demo invoice as PNG (stamp,
signatures, logo).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/shots/first_week.py \
        --lang ru --out /work/shots/first_week
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import uuid
from pathlib import Path

from _common import HOME, save, save_screen, settle  # first: sets the data folder
from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    DocumentKind,
    DocumentStatus,
    SalesDocument,
    Shipment,
)
from crm_desktop.services.documents.render import render_document
from crm_desktop.ui.app import open_main_window


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--out", type=Path, default=Path("/work/shots/first_week"))
    parser.add_argument("--db", default=str(HOME / "demo.sqlite3"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    window = open_main_window(args.db, ensure_demo=True, language=args.lang)
    if window is None:
        return 1
    window.resize(1366, 740)
    window.move(0, 0)
    ctx = window.ctx
    settle(1.0)
    if window.desk.reminders.popup is not None:
        window.desk.reminders.popup.hide()

    # the client with the most shipped invoices: sales, debt, past deals
    def busiest(s: Session) -> uuid.UUID | None:
        return s.scalar(select(Shipment.client_id).group_by(Shipment.client_id)
                        .order_by(func.count().desc()).limit(1))

    client_id = ctx.read(busiest)
    assert client_id is not None, "the demo has shipments"
    desk = window.desk
    desk.select_client(client_id)
    desk.client_panel.tabs.setCurrentIndex(1)  # Finance
    save(window, args.out, "desk_finance")
    # the definition behind "Average check", as its tooltip
    label = desk.client_panel.average_label
    QCursor.setPos(label.mapToGlobal(QPoint(5, 5)))
    QTest.qWait(200)
    QToolTip.showText(label.mapToGlobal(QPoint(5, 20)), label.toolTip())
    QTest.qWait(800)
    tips = [w for w in QApplication.topLevelWidgets()
            if w.metaObject().className() == "QTipLabel" and w.isVisible()]
    print("tooltip shown:", bool(tips), label.toolTip())
    save_screen(args.out, "desk_summary_tooltip", seconds=0.3)
    QToolTip.hideText()

    quote = desk.open_quote()
    if quote is not None:
        quote.resize(1366, 740)
        quote.move(0, 0)
        settle(1.0)
        if quote.products_model.rows:
            quote.products_view.selectRow(0)
        save(quote, args.out, "quote_form")
        quote.close()

    # a paid invoice of the same client, printed as the customer gets it
    def invoice(s: Session) -> bytes:
        found = s.scalar(select(SalesDocument.id).where(
            SalesDocument.client_id == client_id, SalesDocument.kind == DocumentKind.INVOICE,
            SalesDocument.status == DocumentStatus.PAID).order_by(SalesDocument.number))
        assert found is not None, "the busiest client has a paid invoice"
        return render_document(s, found).pdf

    pdf = args.out / "invoice.pdf"
    pdf.write_bytes(ctx.read(invoice))
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(args.out / "invoice")],
                   check=True)
    print(*sorted(args.out.glob("invoice*.png")), sep="\n")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

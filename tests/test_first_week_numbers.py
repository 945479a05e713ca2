"""Numbers that agree (issue 12): the desk's summary against the Finance tab's rows for every
demo client, the definitions shown as tooltips, past deals listed once, the stock total."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.models import (
    Client,
    ClientStatus,
    Deal,
    DealStatus,
    DocumentKind,
    DocumentStatus,
    SalesDocument,
    Shipment,
    ShipmentLine,
    ShipmentStatus,
    Warehouse,
)
from crm_desktop.services.core import db as dbs
from crm_desktop.services.desk.read import client_finance, client_summary
from crm_desktop.services.sales import catalogue, metrics, quotes
from crm_desktop.ui.desk.client_panel import SUMMARY_FIGURES, ClientPanel

from .actors import TESTER
from .helpers import raw

ZERO = Decimal("0.00")


def test_desk_figures_agree_with_the_finance_rows_for_every_demo_client(
        demo_db: dbs.Database) -> None:
    """Walks all 200 clients of the small demo: what the summary says is what the Finance tab
    lists — sales are the invoices paid in full, debt is invoiced minus received — and the
    demo keeps the definitions' promises (a sale belongs to a won deal; a buyer is no lead)."""
    today = date.today()
    walked = with_sales = 0
    with demo_db.session() as s:
        clients = s.scalars(select(Client).where(Client.deleted_at.is_(None))).all()
        deal_status = dict(s.execute(select(Deal.id, Deal.status)).all())
        deal_client = dict(s.execute(select(Deal.id, Deal.client_id)).all())
        invoice_deal = dict(s.execute(select(SalesDocument.id, SalesDocument.deal_id).where(
            SalesDocument.kind == DocumentKind.INVOICE)).all())
        for client in clients:
            summary = client_summary(s, client.id)
            finance = client_finance(s, client.id, today)
            mine = [i for i in finance.invoices if i.currency == client.currency]
            sales = [i for i in mine if i.status == DocumentStatus.PAID]
            assert summary.sale_count == len(sales), client.short_name
            assert summary.total_sales == sum((i.total for i in sales), ZERO)
            assert summary.average_check == (
                (summary.total_sales / len(sales)).quantize(ZERO) if sales else None)
            issued = sum((i.total for i in mine if i.status not in metrics.NOT_ISSUED), ZERO)
            received = sum((p.amount for p in finance.payments
                            if p.currency == client.currency), ZERO)
            assert summary.debt == issued - received, client.short_name
            for invoice in sales:  # paid in full, as the Finance row shows
                assert invoice.paid == invoice.total, invoice.number
            # every sale belongs to a won deal of this client: no "Deals 0" beside sales
            for invoice in sales:
                deal = invoice_deal[invoice.id]
                assert deal is not None and deal_client[deal] == client.id, invoice.number
                assert deal_status[deal] == DealStatus.WON, invoice.number
            assert summary.won_deal_count <= summary.deal_count
            if sales:
                with_sales += 1
                assert summary.won_deal_count >= 1 and summary.deal_count >= 1
                assert client.status != ClientStatus.LEAD, client.short_name
            # a won deal was invoiced: no "won deals" with nothing ever billed
            shown_ids = {i.id for i in finance.invoices if i.status not in metrics.NOT_ISSUED}
            billed = {invoice_deal[i] for i in shown_ids}
            won = {d for d, c in deal_client.items()
                   if c == client.id and deal_status[d] == DealStatus.WON}
            assert won <= billed, client.short_name
            # shipments are of this client's invoices and say which
            numbers = {i.number for i in finance.invoices}
            for shipment in finance.shipments:
                assert shipment.invoice_number in numbers, shipment.number
            walked += 1
    assert walked == 200 and with_sales > 50


def test_summary_tooltips_are_the_metrics_definitions(qtbot: QtBot) -> None:
    """Each figure's caption and value explain themselves with the definition kept in
    services/sales/metrics.py (English here: no translator is loaded)."""
    panel = ClientPanel()
    qtbot.addWidget(panel)
    names = {"client_since": "clientSinceLabel", "deals": "dealCountLabel",
             "average_check": "averageCheckLabel", "total_sales": "totalSalesLabel",
             "debt": "debtLabel"}
    assert set(SUMMARY_FIGURES) == set(names)
    for key, name in names.items():
        value = panel.findChild(QLabel, name)
        assert value is not None
        assert value.toolTip() == metrics.DEFINITIONS[key], key
    captions = [w for w in panel.summary_box.findChildren(QLabel)
                if w.objectName() not in names.values()]
    assert sorted(c.toolTip() for c in captions) == sorted(
        metrics.DEFINITIONS[k] for k in names)


def test_past_deals_list_each_purchase_once(demo_db: dbs.Database, demo_path: Path) -> None:
    """An invoice and its shipment are one purchase: the quote form shows it once; a shipment
    made without an invoice still shows."""
    row = raw(demo_path, "SELECT client_id FROM shipments GROUP BY client_id ORDER BY count(*) "
              "DESC LIMIT 1")[0]
    import uuid

    client_id = uuid.UUID(bytes=row[0])
    with demo_db.session() as s:
        past = quotes.past_lines(s, client_id)
    invoice_lines = raw(
        demo_path, "SELECT d.number, l.product_id, l.quantity FROM sales_document_lines l JOIN "
        "sales_documents d ON d.id = l.document_id WHERE d.client_id = ? AND d.kind = "
        "'invoice' AND d.status NOT IN ('draft', 'cancelled')", row[0])
    assert raw(demo_path, "SELECT count(*) FROM shipments WHERE client_id = ?", row[0])[0][0]
    assert len(past) == len(invoice_lines)
    assert sorted((p.document, p.product_id.bytes if p.product_id else None, float(p.quantity))
                  for p in past) == sorted((n, pid, float(q)) for n, pid, q in invoice_lines)
    # a shipment without an invoice (goods sent on an order) is a purchase of its own
    product = past[0].product_id
    with demo_db.session(TESTER) as s:
        shipment = Shipment(number="SHP-TEST-1", shipped_on=date.today(), client_id=client_id,
                            status=ShipmentStatus.SHIPPED, currency=past[0].currency,
                            total=Decimal("10.00"))
        s.add(shipment)
        s.flush()
        s.add(ShipmentLine(shipment_id=shipment.id, line_no=1, product_id=product,
                           description="Без счёта", quantity=Decimal(2),
                           price=Decimal("5.00"), total=Decimal("10.00")))
    with demo_db.session() as s:
        again = quotes.past_lines(s, client_id)
        only_product = quotes.past_lines(s, client_id, product)
    assert len(again) == len(past) + 1
    assert again[0].document == "SHP-TEST-1"
    assert sum(1 for p in only_product if p.document == "SHP-TEST-1") == 1


def test_stock_total_is_the_sum_of_what_the_row_shows(demo_db: dbs.Database) -> None:
    """The demo has a transit warehouse without a column: its stock gets a column named after
    it, so every row's total is the sum of the numbers beside it."""
    with demo_db.session() as s:
        price_list = catalogue.load_price_list(s, catalogue.default_price_type(s))
        transit = s.scalars(select(Warehouse.name).where(Warehouse.is_main.is_(False))).all()
    assert list(price_list.others) == list(transit) == ["Транзит"]
    in_transit = 0
    for item in price_list.items:
        assert item.total_stock == sum(item.stock, Decimal(0)) + item.other_stock, item.name
        in_transit += item.other_stock > 0
    assert in_transit > 10  # the case the issue saw: 0 + 0 = 150 without the transit column


def test_the_quote_form_shows_the_transit_column_and_a_total_that_adds_up(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    from crm_desktop.services.locale.formatting import number
    from crm_desktop.ui.quote.quick_quote import QuickQuoteDialog

    from .helpers import open_desk
    from .test_quote_ui import client_with_history

    window = open_desk(qtbot, demo_db)
    window.desk.select_client(client_with_history(demo_path))
    window.desk.client_panel.price_button.click()
    dialog = window.findChild(QuickQuoteDialog)
    assert dialog is not None
    model = dialog.products_model
    titles = [c.title for c in model.columns]
    first, total = titles.index("Алматы"), titles.index("Total stock")
    assert titles[first:total] == ["Алматы", "Астана", "Транзит"]
    for item in model.rows:
        parts = (*item.stock, item.other_stock)
        assert [c.text(item) for c in model.columns[first:total]] == [number(x) for x in parts]
        assert model.columns[total].text(item) == number(sum(parts, Decimal(0))), item.name
    window.close()

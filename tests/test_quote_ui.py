"""The quick-quote form, opened from the desk and driven like a salesperson would."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.models import DocumentKind, PriceApproval, Product, Role, SalesDocument
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.ui.quote.quick_quote import QuickQuoteDialog

from .actors import TESTER
from .helpers import open_desk, raw

CENT = Decimal("0.01")


def client_with_history(path: Path) -> uuid.UUID:
    row = raw(path, "SELECT client_id FROM shipments GROUP BY client_id ORDER BY count(*) DESC "
                    "LIMIT 1")[0]
    return uuid.UUID(bytes=row[0])


@pytest.fixture
def quote(qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> Iterator[QuickQuoteDialog]:
    window = open_desk(qtbot, demo_db)
    window.desk.select_client(client_with_history(demo_path))
    qtbot.mouseClick(window.findChild(QPushButton, "priceButton"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(QuickQuoteDialog)
    assert dialog is not None and dialog.isVisible()
    yield dialog
    window.close()


def test_past_deals_hold_only_this_clients_lines(quote: QuickQuoteDialog,
                                                demo_path: Path) -> None:
    client = quote.ctx.client_id.bytes
    mine = {r[0] for r in raw(
        demo_path, "SELECT number FROM sales_documents WHERE client_id = ? AND kind = 'invoice' "
        "AND status NOT IN ('draft', 'cancelled') UNION SELECT number FROM shipments "
        "WHERE client_id = ?", client, client)}
    shown = {row.document for row in quote.past_model.rows}
    assert shown and shown <= mine
    lines = raw(demo_path, "SELECT count(*) FROM sales_document_lines l JOIN sales_documents d "
                "ON d.id = l.document_id WHERE d.client_id = ? AND d.kind = 'invoice' AND "
                "d.status NOT IN ('draft', 'cancelled')", client)[0][0] + raw(
        demo_path, "SELECT count(*) FROM shipment_lines l JOIN shipments s ON s.id = "
        "l.shipment_id WHERE s.client_id = ? AND s.invoice_id IS NULL", client)[0][0]
    assert len(quote.past_model.rows) == lines  # a shipped invoice's lines show once
    # choosing a product filters the past deals to it
    bought = quote.past_model.rows[0].product_id
    row = next(i for i, p in enumerate(quote.products_model.rows) if p.id == bought)
    quote.products_view.selectRow(row)
    assert quote.past_model.rows and {p.product_id for p in quote.past_model.rows} == {bought}


def test_stock_per_warehouse_equals_the_stock_table(quote: QuickQuoteDialog,
                                                    demo_path: Path) -> None:
    columns = [c.label for c in quote.price_list.columns]
    assert columns == ["Алматы", "Астана"]
    checked = 0
    for item in quote.products_model.rows[:40]:
        per_group = dict(raw(
            demo_path, "SELECT coalesce(w.group_name, w.name), sum(s.quantity) FROM stock_levels "
            "s JOIN warehouses w ON w.id = s.warehouse_id WHERE s.product_id = ? AND w.is_main "
            "GROUP BY 1", item.id.bytes))
        total = raw(demo_path, "SELECT coalesce(sum(quantity), 0) FROM stock_levels "
                    "WHERE product_id = ?", item.id.bytes)[0][0]
        assert [float(x) for x in item.stock] == [float(per_group.get(c, 0)) for c in columns]
        assert float(item.total_stock) == float(total)
        checked += 1
    assert checked == 40


def _add(quote: QuickQuoteDialog, code: str) -> int:
    quote.search.setText(code)
    quote.add_current_product()
    return next(i for i, ln in enumerate(quote.lines.lines) if ln.code == code)


def test_salesperson_below_minimum_is_refused_with_a_message(
        quote: QuickQuoteDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr("crm_desktop.ui.quote.quick_quote.QMessageBox.warning",
                        lambda _p, _t, text: messages.append(text))
    assert quote.user.role == Role.SALESPERSON
    row = _add(quote, quote.products_model.rows[0].code)
    line = quote.lines.lines[row]
    before = line.price
    too_low = (line.minimum_price - 1).quantize(CENT)
    assert quote.lines.setData(quote.lines.index(row, 3), str(too_low)) is False
    assert line.price == before
    assert len(messages) == 1 and "below the minimum" in messages[0]


def test_head_of_sales_below_minimum_is_accepted_and_logged(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_desk(qtbot, demo_db, "d.seitkali")
    assert window.user.role == Role.HEAD_OF_SALES
    window.desk.select_client(client_with_history(demo_path))
    quote = window.desk.open_quote()
    assert quote is not None
    row = _add(quote, quote.products_model.rows[0].code)
    low = (quote.lines.lines[row].minimum_price * Decimal("0.9")).quantize(CENT)
    assert quote.lines.setData(quote.lines.index(row, 3), str(low).replace(".", ","))
    assert quote.lines.lines[row].below_minimum
    monkeypatch.setattr(QuickQuoteDialog, "ask_approval_reason",
                        lambda self: "Тендер, согласовано с директором")
    created = quote.create_document(DocumentKind.INVOICE)
    assert created is not None
    with demo_db.session() as s:
        approval = s.query(PriceApproval).filter_by(document_id=created.id).one()
        assert approval.price == low
        assert approval.reason == "Тендер, согласовано с директором"
        assert approval.approved_by == window.user.id
    window.close()


def expected_totals(lines: list[tuple[Decimal, Decimal, Decimal, Decimal]],
                    vat_included: bool) -> tuple[Decimal, Decimal, Decimal]:
    """The test's own arithmetic: (qty, price, discount %, VAT %) per line, half-up per line."""
    net = vat = gross = Decimal(0)
    for qty, price, discount, rate in lines:
        amount = (price * qty * (100 - discount) / 100).quantize(CENT, ROUND_HALF_UP)
        if vat_included:
            line_vat = (amount * rate / (100 + rate)).quantize(CENT, ROUND_HALF_UP)
            net, vat, gross = net + amount - line_vat, vat + line_vat, gross + amount
        else:
            line_vat = (amount * rate / 100).quantize(CENT, ROUND_HALF_UP)
            net, vat, gross = net + amount, vat + line_vat, gross + amount + line_vat
    return net, vat, gross


@pytest.mark.parametrize("vat_included", [True, False])
def test_totals_for_mixed_vat_rates_and_discounts(qtbot: QtBot, demo_db: dbs.Database,
                                                  demo_path: Path, vat_included: bool) -> None:
    from crm_desktop.models import Company

    with demo_db.session(TESTER) as s:
        s.query(Company).update({"vat_included": vat_included})
        products = s.query(Product).filter(Product.active.is_(True)).order_by(Product.code)
        chosen = [p.code for p in products.limit(3)]
        s.query(Product).filter(Product.code == chosen[1]).update({"vat_rate": Decimal(12)})
        s.query(Product).filter(Product.code == chosen[2]).update({"vat_rate": Decimal(0)})
    window = open_desk(qtbot, demo_db)
    window.desk.select_client(client_with_history(demo_path))
    quote = window.desk.open_quote()
    assert quote is not None
    edits = [(chosen[0], "3", "2.5"), (chosen[1], "7", "10"), (chosen[2], "1,5", "0")]
    for code, qty, discount in edits:
        row = _add(quote, code)
        assert quote.lines.setData(quote.lines.index(row, 1), qty)
        assert quote.lines.setData(quote.lines.index(row, 4), discount)
    mine = [(ln.quantity, ln.price, ln.discount_pct, ln.vat_rate) for ln in quote.lines.lines]
    assert {m[3] for m in mine} == {Decimal(16), Decimal(12), Decimal(0)}
    net, vat, gross = expected_totals(mine, vat_included)
    from crm_desktop.services.locale.formatting import money

    currency = quote.ctx.currency
    assert quote.total_label.text() == f"Total: {money(gross, currency)}"
    assert quote.net_label.text() == f"Net: {money(net, currency)}"
    assert quote.vat_label.text().startswith(f"VAT: {money(vat, currency)}")
    created = quote.create_document(DocumentKind.QUOTE)
    assert created is not None and created.number.startswith("QT-")
    with demo_db.session() as s:
        doc = s.get(SalesDocument, created.id)
        assert doc is not None
        assert (doc.net_total, doc.vat_total, doc.total) == (net, vat, gross)
        assert sum(ln.total for ln in doc.lines) == gross
    window.close()


def test_keyboard_only_invoice_appears_in_the_finance_tab(qtbot: QtBot, quote: QuickQuoteDialog,
                                                          demo_db: dbs.Database) -> None:
    window = quote.parentWidget().window()
    code = quote.products_model.rows[5].code
    quote.activateWindow()
    quote.search.setFocus()
    qtbot.keyClicks(quote.search, code)
    qtbot.keyClick(quote.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is quote.lines_view
    qtbot.keyClick(quote.lines_view, Qt.Key.Key_3)  # starts editing the quantity
    editor = QApplication.focusWidget()
    assert editor is not quote.lines_view
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: quote.lines.lines[0].quantity == Decimal(3), timeout=2000)
    qtbot.keyClick(quote.lines_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert quote.created is not None and quote.created.number.startswith("INV-")
    finance = window.desk.client_panel.finance_tab
    numbers = [r.number for r in finance.invoices_model.rows]
    assert quote.created.number in numbers
    row = finance.invoices_model.rows[numbers.index(quote.created.number)]
    assert row.total == quote.created.total
    with demo_db.session() as s:
        doc = s.get(SalesDocument, quote.created.id)
        assert doc is not None and doc.lines[0].quantity == 3 and doc.deal_id is not None


def test_form_opens_on_the_cached_list_then_shows_fresh_stock(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    from crm_desktop.models import StockLevel
    from crm_desktop.ui.kit.bus import DataBus
    from crm_desktop.ui.kit.context import AppContext
    from crm_desktop.ui.kit.tasks import wait_for_tasks
    from crm_desktop.ui.quote.price_cache import PriceListCache

    user = current_user(demo_db)
    assert user is not None
    ctx = AppContext(demo_db, user, DataBus())
    prices = PriceListCache(ctx)
    client = client_with_history(demo_path)
    from crm_desktop.services.sales.quotes import quote_context

    price_type = ctx.read(lambda s: quote_context(s, client).price_type_id)
    with qtbot.waitSignal(prices.refreshed, timeout=10_000):
        prices.refresh(price_type)  # the list the client's form opens on (its terms' type)
    first = prices.lists[price_type].items[0]
    with demo_db.session(TESTER) as s:
        s.query(StockLevel).filter(StockLevel.product_id == first.id).update(
            {"quantity": Decimal(777)})
    with qtbot.waitSignal(prices.refreshed, timeout=10_000):
        dialog = QuickQuoteDialog(ctx, client, prices=prices)
        qtbot.addWidget(dialog)
        stale = next(i for i in dialog.products_model.rows if i.id == first.id)
        assert stale.total_stock == first.total_stock  # opened at once on the cached list
    fresh = next(i for i in dialog.products_model.rows if i.id == first.id)
    with sqlite3.connect(demo_path) as conn:
        rows = conn.execute("SELECT count(*) FROM stock_levels WHERE product_id = ?",
                            (first.id.bytes,)).fetchone()[0]
    assert fresh.total_stock == Decimal(777) * rows
    wait_for_tasks()


def test_product_image_shows_the_photo(qtbot: QtBot, quote: QuickQuoteDialog,
                                       demo_db: dbs.Database, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from crm_desktop.services.core.attachments import store_file

    picture = QImage(64, 48, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1a5fb4"))
    picture.save(str(tmp_path / "photo.png"))
    item = quote.products_model.rows[3]
    with demo_db.session(TESTER) as s:
        s.get(Product, item.id).image_id = store_file(s, tmp_path / "photo.png").id
        image_id = s.get(Product, item.id).image_id
    quote.show_image(replace(item, image_id=image_id))
    assert not quote.image.pixmap().isNull()
    quote.show_image(replace(item, image_id=None))  # no photo: its name instead
    assert quote.image.pixmap().isNull() and item.name in quote.image.text()

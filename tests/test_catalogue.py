"""The catalogue: products, warehouses, photos, price and stock import, terms of sale."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.models import Client, PriceType, Product, StockLevel, Warehouse
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.attachments import attachment_file, store_file
from crm_desktop.services.core.errors import CrmError, ValidationError
from crm_desktop.services.sales import catalogue as cat
from crm_desktop.services.sales import price_import as pi
from crm_desktop.services.sales import quotes
from crm_desktop.ui.catalogue.product_dialog import ProductDialog
from crm_desktop.ui.catalogue.window import CatalogueWindow
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.context import AppContext

from .actors import TESTER, person


def _product(s, code: str) -> Product:
    product = s.scalar(select(Product).where(Product.code == code))
    assert product is not None
    return product


def test_product_rules_prices_and_stock(demo_db: dbs.Database) -> None:
    with demo_db.session(TESTER) as s:
        types = {name: tid for tid, name, _d in cat.price_types(s)}
        store = s.scalar(select(Warehouse.id).where(Warehouse.name == "Транзит"))
        data = cat.ProductInput("NEW-1", "Монитор Тест 27\"", "шт", Decimal("100000"),
                                Decimal("90000"), Decimal("16"),
                                prices={types["Оптовая"]: Decimal("95000")},
                                stock={store: Decimal("4")})
        product_id = cat.save_product(s, None, data)
    with demo_db.session(TESTER) as s:
        again = cat.product_input(s, product_id)
        assert again.prices[types["Оптовая"]] == Decimal("95000")
        assert again.stock[store] == Decimal("4")
        for bad, message in ((cat.ProductInput("P00001", "x", "шт", Decimal(1), Decimal(1),
                                               Decimal(16)), "already has the code"),
                             (cat.ProductInput("Z", "x", "шт", Decimal(1), Decimal(2),
                                               Decimal(16)), "minimum price is above"),
                             (cat.ProductInput("Z", " ", "шт", Decimal(1), Decimal(1),
                                               Decimal(16)), "name")):
            with pytest.raises(ValidationError, match=message):
                cat.save_product(s, None, bad)
        assert [r.code for r in cat.products_in(s, None, "тест 27")] == ["NEW-1"]


def test_warehouses_need_distinct_names(demo_db: dbs.Database) -> None:
    with demo_db.session(TESTER) as s:
        rows = cat.warehouses(s)
        with pytest.raises(ValidationError, match="same name"):
            cat.save_warehouses(s, [*rows, cat.WarehouseRow(None, rows[0].name, False, "")])
        cat.save_warehouses(s, [*rows, cat.WarehouseRow(None, "Шымкент", True, "Юг")])
    with demo_db.session() as s:
        assert "Юг" in [c.label for c in cat.stock_columns(s)]


def test_photos_are_stored_once_by_content(demo_db: dbs.Database, tmp_path: Path) -> None:
    photo = tmp_path / "a.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 100)
    copy = tmp_path / "b.png"
    copy.write_bytes(photo.read_bytes())
    with demo_db.session(TESTER) as s:
        first, second = store_file(s, photo), store_file(s, copy)
        assert first.sha256 == second.sha256 and first.mime_type == "image/png"
        path = attachment_file(s, first.id)
        assert path is not None and path.read_bytes() == photo.read_bytes()
    with demo_db.session(TESTER) as s, pytest.raises(CrmError, match="Could not store"):
        store_file(s, tmp_path / "missing.png")


def _write_cp1251(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("cp1251"))
    return path


def test_import_windows_1251_csv_with_russian_headers(demo_db: dbs.Database,
                                                      tmp_path: Path) -> None:
    file = _write_cp1251(tmp_path / "1c.csv", "Артикул;Цена;Мин. цена;Оптовая;Остаток;Склад\n"
                         "P00001;150 000,50;120000;140000;7;Астана\n"
                         "P00002;99000;90000;;3;Астана\n")
    table = pi.read_table(file)
    with demo_db.session(TESTER) as s:
        mapping = pi.guess_mapping(s, table.headers)
        assert {pi.CODE, pi.PRICE, pi.MINIMUM, pi.STOCK, pi.WAREHOUSE} <= set(mapping)
        report = pi.import_prices(s, table, mapping)
        assert (report.rows, report.products, report.stock_rows) == (2, 2, 2)
    with demo_db.session() as s:
        product = _product(s, "P00001")
        assert product.recommended_price == Decimal("150000.50")
        astana = s.scalar(select(Warehouse.id).where(Warehouse.name == "Астана"))
        level = s.scalar(select(StockLevel.quantity).where(
            StockLevel.product_id == product.id, StockLevel.warehouse_id == astana))
        assert level == Decimal(7)
        wholesale = s.scalar(select(PriceType.id).where(PriceType.name == "Оптовая"))
        assert cat.product_input(s, product.id).prices[wholesale] == Decimal("140000")


def test_import_xlsx_and_remembered_mapping(demo_db: dbs.Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Item", "Retail", "Left"])  # names nobody can guess
    sheet.append(["P00003", 5000, 11])
    book.save(tmp_path / "p.xlsx")
    table = pi.read_table(tmp_path / "p.xlsx")
    with demo_db.session(TESTER) as s:
        assert pi.guess_mapping(s, table.headers) == {}
        pi.remember_mapping(s, table.headers, {pi.CODE: 0, pi.PRICE: 1})
    with demo_db.session(TESTER) as s:
        mapping = pi.guess_mapping(s, table.headers)
        assert mapping == {pi.CODE: 0, pi.PRICE: 1}
        product = _product(s, "P00003")
        product.minimum_price = Decimal(100)
        pi.import_prices(s, table, mapping)
        assert product.recommended_price == Decimal(5000)


def test_a_broken_file_imports_nothing_and_reports_every_row(demo_db: dbs.Database,
                                                             tmp_path: Path) -> None:
    file = tmp_path / "bad.csv"
    file.write_text("code,price,stock\nP00001,abc,1\nNOPE,5,1\nP00002,77777,2\n",
                    encoding="utf-8")
    table = pi.read_table(file)
    with demo_db.session() as s:
        before = _product(s, "P00002").recommended_price
    with pytest.raises(pi.ImportRefused) as refused, demo_db.session(TESTER) as s:
        store = s.scalar(select(Warehouse.id).limit(1))
        pi.import_prices(s, table, pi.guess_mapping(s, table.headers), store)
    assert [n for n, _why in refused.value.report.problems] == [2, 3]
    refused.value.report.save(tmp_path / "report.csv")
    assert "unknown product code 'NOPE'" in (tmp_path / "report.csv").read_text("utf-8-sig")
    with demo_db.session() as s:
        assert _product(s, "P00002").recommended_price == before  # all or nothing
    with demo_db.session(TESTER) as s:  # a partial import the user accepted
        store = s.scalar(select(Warehouse.id).limit(1))
        report = pi.import_prices(s, table, pi.guess_mapping(s, table.headers), store,
                                  partial=True)
        assert report.products == 1 and len(report.problems) == 2
    with demo_db.session() as s:
        assert _product(s, "P00002").recommended_price == Decimal(77777)


def test_unreadable_files_give_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").write_bytes(b"not a zip at all")
    with pytest.raises(CrmError, match="cannot be read"):
        pi.read_table(tmp_path / "x.xlsx")
    (tmp_path / "e.csv").write_bytes(b"")
    with pytest.raises(CrmError, match="empty"):
        pi.read_table(tmp_path / "e.csv")


def test_cli_import_prices(demo_path: Path, tmp_path: Path) -> None:
    good = _write_cp1251(tmp_path / "g.csv", "Код;Цена;Остаток\nP00004;9999999;9\n")
    bad = tmp_path / "b.csv"
    bad.write_text("code;price\nP00004;-1\n", encoding="utf-8")
    run = [sys.executable, "-m", "crm_desktop", "import", "prices", "--db", str(demo_path)]
    seller = subprocess.run([*run, str(good)], capture_output=True, text=True, timeout=60)
    assert seller.returncode == 1 and "salesperson" in seller.stderr  # the default user
    run += ["--user", "d.seitkali"]  # the head of sales keeps the catalogue
    ok = subprocess.run([*run, str(good), "--warehouse", "Астана"], capture_output=True,
                        text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert "1 products updated, 1 stock levels set" in ok.stdout
    refused = subprocess.run([*run, str(bad), "--report", str(tmp_path / "r.xlsx")],
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        "crm-desktop: 1 of 1 rows have problems; nothing was imported"]
    assert (tmp_path / "r.xlsx").exists()


def test_terms_of_sale_drive_the_quote(demo_db: dbs.Database) -> None:
    with demo_db.session(TESTER) as s:
        client_id = s.scalar(select(Client.id).where(Client.currency == "KZT").limit(1))
        dealer = s.scalar(select(PriceType.id).where(PriceType.name == "Дилерская"))
        quotes.set_terms(s, client_id, dealer, Decimal("5"), 30, None)
    with demo_db.session(TESTER) as s:
        ctx = quotes.quote_context(s, client_id)
        assert (ctx.price_type_name, ctx.discount_pct, ctx.payment_days) == (
            "Дилерская", Decimal("5"), 30)
        item = cat.load_price_list(s, ctx.price_type_id).items[0]
        line = quotes.quote_line_for(ctx, item.id, item.code, item.name, item.unit, item.price,
                                     item.minimum_price, item.vat_rate, item.total_stock)
        assert line.discount_pct == Decimal("5")
        with pytest.raises(ValidationError):
            quotes.set_terms(s, client_id, dealer, Decimal("100"), 30, None)


def test_catalogue_window_edits_reach_the_quote_form(qtbot: QtBot, demo_db: dbs.Database,
                                                     tmp_path: Path) -> None:
    bus = DataBus()
    user = current_user(demo_db, "d.seitkali")  # the head of sales keeps the catalogue
    assert user is not None
    window = CatalogueWindow(AppContext(demo_db, user, bus))
    qtbot.addWidget(window)
    window.show()
    notes = window.tree.topLevelItem(1)  # "Товары"
    window.tree.setCurrentItem(notes.child(0))
    assert window.model.rows and all(r.code.startswith("P") for r in window.model.rows)
    dialog = window.new_product()
    dialog.code.setText("X-1")
    dialog.name.setText("Ноутбук Тестовый 14")
    dialog.price.setText("500 000")
    dialog.minimum.setText("450000,5")
    assert dialog.save()
    window.search.setText("Тестовый")
    assert [r.code for r in window.model.rows] == ["X-1"]
    # moving a category (what a drop does) is stored and shown
    child = window.nodes[1]
    window.move_category(child.id, None, 0)
    assert window.tree.topLevelItem(0).data(0, 256) == child.id
    # an impossible move is refused with a message and the tree shows what is stored
    shown: list[str] = []
    import crm_desktop.ui.catalogue.window as module

    original = module.show_error
    module.show_error = lambda _p, exc: shown.append(str(exc))  # type: ignore[assignment]
    try:
        parent = window.nodes[1]
        below = next(n for n in window.nodes if n.parent_id == parent.id)
        window.move_category(parent.id, below.id, 0)
    finally:
        module.show_error = original
    assert shown and "below itself" in shown[0]
    # the import dialog: file → mapping → report
    file = _write_cp1251(tmp_path / "1c.csv", "Артикул;Цена\nX-1;510000\n")
    importer = window.import_prices()
    with qtbot.waitSignal(importer.loaded):  # the file is read off the GUI thread
        importer.load(file)
    assert importer.combos[pi.CODE].currentText() == "Артикул"
    with qtbot.waitSignal(importer.finished_import) as finished:  # so is the import
        importer.run()
    report = finished.args[0]
    assert report is not None and report.products == 1
    assert "1 products updated" in importer.result_label.text()
    with demo_db.session() as s:
        client_id = s.scalar(select(Client.id).where(Client.currency == "KZT").limit(1))
    from crm_desktop.ui.quote.quick_quote import QuickQuoteDialog

    quote = QuickQuoteDialog(AppContext(demo_db, user, bus), client_id)
    qtbot.addWidget(quote)
    quote.search.setText("X-1")
    assert [i.price for i in quote.products_model.rows] == [Decimal("510000.00")]
    QApplication.processEvents()


def test_a_salesperson_sees_the_catalogue_read_only(qtbot: QtBot,
                                                    demo_db: dbs.Database) -> None:
    """Nothing to create, move or import, and a product opens without a way to change its
    minimum price; the head of sales, beside, gets all of it."""
    from PySide6.QtWidgets import QAbstractItemView, QPushButton

    def opened(login: str) -> tuple[CatalogueWindow, ProductDialog]:
        window = CatalogueWindow(AppContext(demo_db, person(demo_db, login), DataBus()))
        qtbot.addWidget(window)
        window.show()
        window.products.selectRow(0)
        dialog = window.edit_product()
        assert dialog is not None
        qtbot.addWidget(dialog)
        return window, dialog

    def offered(window: CatalogueWindow, name: str) -> bool:
        button = window.findChild(QPushButton, name)
        return button is not None and button.isVisibleTo(window)

    creating = ("newProductButton", "newCategoryButton", "warehousesButton",
                "importPricesButton")
    seller, product = opened("a.nurlanova")
    assert not any(offered(seller, name) for name in creating)
    assert offered(seller, "editProductButton")  # still opens a product to look at it
    assert seller.tree.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop
    assert product.minimum.isReadOnly() and product.price.isReadOnly()
    assert not product.save_button.isVisibleTo(product)

    head, product = opened("d.seitkali")
    assert all(offered(head, name) for name in creating)
    assert head.tree.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert not product.minimum.isReadOnly() and product.save_button.isVisibleTo(product)


def test_a_category_edit_refreshes_the_open_catalogue_window(
        qtbot: QtBot, demo_db: dbs.Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A category made in one window shows in another open on the same bus: the operation
    publishes the category change, the window reloads its tree."""
    from PySide6.QtWidgets import QInputDialog

    ctx = AppContext(demo_db, person(demo_db, "d.seitkali"), DataBus())
    editing, watching = CatalogueWindow(ctx), CatalogueWindow(ctx)
    for window in (editing, watching):
        qtbot.addWidget(window)

    def names(window: CatalogueWindow) -> set[str]:
        found, stack = set(), [window.tree.topLevelItem(i)
                               for i in range(window.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.add(item.text(0))
            stack += [item.child(i) for i in range(item.childCount())]
        return found

    assert "Мониторы б/у" not in names(watching)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Мониторы б/у", True))
    editing.new_category()
    assert "Мониторы б/у" in names(watching)
    assert editing.tree.currentItem().text(0) == "Мониторы б/у"  # the new one is chosen

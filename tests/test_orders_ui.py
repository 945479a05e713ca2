"""The orders screens as a user drives them: the window (opened from the menu) highlights
overdue rows and filters them; the order dialog moves an order through a status button (history
row and client event written), refuses nothing it offers, makes an order from catalogue lines
and records a shipment."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.services.core import db as dbs
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.orders.list_window import OrdersWindow
from crm_desktop.ui.orders.model import OVERDUE_BACKGROUND
from crm_desktop.ui.orders.order_dialog import OrderDialog

from .actors import person
from .helpers import open_desk, raw

OVERDUE_SQL = ("status NOT IN ('delivered', 'cancelled') AND due_date IS NOT NULL "
               "AND due_date < ?")


def _window(qtbot: QtBot, db: dbs.Database, login: str = "d.seitkali") -> OrdersWindow:
    window = OrdersWindow(AppContext(db, person(db, login), DataBus()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not window.loading, timeout=15_000)
    return window


def _background(window: OrdersWindow, row: int) -> object:
    brush = window.model.data(window.model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
    return brush.color() if isinstance(brush, QBrush) else None


def test_orders_window_highlights_overdue_rows_and_filters_them(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    window = _window(qtbot, demo_db)
    today = date.today().isoformat()
    overdue = {r[0] for r in raw(demo_path, f"SELECT number FROM orders WHERE {OVERDUE_SQL}",
                                 today)}
    total = raw(demo_path, "SELECT count(*) FROM orders")[0][0]
    assert overdue
    assert window.counts.text() == f"{total} orders, {len(overdue)} overdue"
    shown = [window.model.row_at(i) for i in range(window.model.rowCount())]
    for row, order in enumerate(shown):
        assert order is not None
        assert (_background(window, row) == OVERDUE_BACKGROUND) == (order.number in overdue)
    window.overdue.setChecked(True)
    qtbot.waitUntil(lambda: not window.loading and window.model.rowCount() == len(overdue),
                    timeout=15_000)
    assert {window.model.row_at(i).number for i in range(len(overdue))} == overdue  # type: ignore[union-attr]
    assert all(_background(window, i) == OVERDUE_BACKGROUND for i in range(len(overdue)))
    # sorting by the due date (a header click), earliest first
    window.overdue.setChecked(False)
    window.view.horizontalHeader().setSortIndicator(4, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not window.loading and window.sort == "due_date", timeout=15_000)
    first = raw(demo_path, "SELECT number FROM orders ORDER BY coalesce(due_date, '9999-12-31'), "
                           "id LIMIT 1")[0][0]
    # the page sorted by the due date replaces the previous one when it arrives (background)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not window.loading
                    and window.model.row_at(0).number == first, timeout=15_000)


def test_the_orders_window_opens_from_the_menu(qtbot: QtBot, demo_db: dbs.Database) -> None:
    main = open_desk(qtbot, demo_db)
    action = next(a for a in main.view_menu.actions() if a.objectName() == "ordersAction")
    assert action.shortcut().toString() == "Ctrl+Shift+O"
    action.trigger()
    window = main.findChild(OrdersWindow, "ordersWindow")
    assert window is not None and window.isVisible()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=15_000)


def _open_order(demo_path: Path, status: str, login: str) -> uuid.UUID:
    found = raw(demo_path, "SELECT o.id FROM orders o JOIN users u ON u.id = o.responsible_id "
                           "WHERE o.status = ? AND u.login = ? ORDER BY o.id LIMIT 1",
                status, login)
    assert found, (status, login)
    return uuid.UUID(bytes=bytes(found[0][0]))  # type: ignore[arg-type]


def test_a_status_change_through_the_dialog(qtbot: QtBot, demo_db: dbs.Database,
                                            demo_path: Path) -> None:
    seller = "a.nurlanova"
    order_id = _open_order(demo_path, "awaiting_payment", seller)
    window = _window(qtbot, demo_db, seller)
    dialog = OrderDialog(window.ctx, order_id=order_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = {b.objectName() for b in dialog.findChildren(QPushButton)
               if b.objectName().startswith("orderStatus_")}
    assert buttons == {"orderStatus_paid", "orderStatus_cancelled"}
    events_before = raw(demo_path, "SELECT count(*) FROM events")[0][0]
    paid = dialog.findChild(QPushButton, "orderStatus_paid")
    assert paid is not None
    qtbot.mouseClick(paid, Qt.MouseButton.LeftButton)
    assert raw(demo_path, "SELECT status FROM orders WHERE id = ?", order_id.bytes) == \
        [("paid",)]
    history = raw(demo_path, "SELECT from_status, to_status, u.login FROM order_status_changes "
                             "h JOIN users u ON u.id = h.user_id WHERE order_id = ? "
                             "ORDER BY changed_at DESC LIMIT 1", order_id.bytes)
    assert history == [("awaiting_payment", "paid", seller)]
    assert raw(demo_path, "SELECT count(*) FROM events")[0][0] == events_before + 1
    # the dialog now offers the next step; the list heard the change on the bus
    qtbot.waitUntil(lambda: dialog.findChild(QPushButton, "orderStatus_ready_to_ship")
                    is not None)
    assert "Paid" in dialog.status_label.text()
    assert dialog.history.rowCount() == len(raw(
        demo_path, "SELECT 1 FROM order_status_changes WHERE order_id = ?", order_id.bytes))


def test_a_refusal_shows_in_the_dialog_and_changes_nothing(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    order_id = _open_order(demo_path, "awaiting_payment", "a.nurlanova")
    ctx = AppContext(demo_db, person(demo_db, "e.mammadov"), DataBus())  # not theirs
    dialog = OrderDialog(ctx, order_id=order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.change_status(dialog.data.next_statuses[0])  # type: ignore[union-attr]
    assert dialog.message.isVisible() and "head of sales" in dialog.message.text()
    assert raw(demo_path, "SELECT status FROM orders WHERE id = ?", order_id.bytes) == \
        [("awaiting_payment",)]


def test_an_order_by_hand_from_catalogue_lines_then_shipped(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    seller = person(demo_db, "a.nurlanova")
    client_id = uuid.UUID(bytes=bytes(raw(  # type: ignore[arg-type]
        demo_path, "SELECT id FROM clients WHERE responsible_id = ? AND currency = 'KZT' "
                   "ORDER BY id LIMIT 1", seller.id.bytes)[0][0]))
    dialog = OrderDialog(AppContext(demo_db, seller, DataBus()), client_id=client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.items), timeout=15_000)
    names = list(dialog.items)[:2]
    for name in names:
        dialog.add_product(name)
    qtbot.waitUntil(lambda: dialog.lines_table.rowCount() == 2)
    dialog.lines_table.item(0, 1).setText("3")  # the quantity, typed into the cell
    assert dialog.lines[0].quantity == 3
    assert dialog.save()
    rows = raw(demo_path, "SELECT number, total, status FROM orders WHERE client_id = ? "
                          "AND order_date = ?", client_id.bytes, date.today().isoformat())
    assert len(rows) == 1 and rows[0][2] == "new"
    assert dialog.windowTitle() == f"Order {rows[0][0]}"
    lines = raw(demo_path, "SELECT l.quantity, l.total FROM order_lines l JOIN orders o "
                           "ON o.id = l.order_id WHERE o.number = ? ORDER BY l.line_no",
                rows[0][0])
    assert lines[0][0] == 3 and round(sum(t for _q, t in lines), 2) == rows[0][1]  # type: ignore[misc]
    assert dialog.ship_button.isEnabled()
    qtbot.mouseClick(dialog.ship_button, Qt.MouseButton.LeftButton)
    assert dialog.shipments.rowCount() == 1
    assert raw(demo_path, "SELECT count(*) FROM shipments s JOIN orders o ON o.id = s.order_id "
                          "WHERE o.number = ?", rows[0][0]) == [(1,)]


def test_an_overdue_order_is_highlighted_on_the_desk(qtbot: QtBot, demo_db: dbs.Database,
                                                     demo_path: Path) -> None:
    from PySide6.QtWidgets import QLabel, QTableView

    main = open_desk(qtbot, demo_db, "a.nurlanova")
    today = date.today().isoformat()
    mine = raw(demo_path, "SELECT number, client_id FROM orders WHERE responsible_id = "
                          "(SELECT id FROM users WHERE login = 'a.nurlanova') AND "
                          f"{OVERDUE_SQL} ORDER BY due_date, id", today)
    assert mine, "the demo's default user has overdue orders"
    counter = main.findChild(QLabel, "ordersOverdueLabel")
    assert counter is not None and counter.text() == f"Overdue orders: {len(mine)}"
    view = main.findChild(QTableView, "overdueOrdersView")
    assert view is not None
    model = view.model()
    assert model.rowCount() == len(mine)
    for row in range(model.rowCount()):
        brush = model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
        assert isinstance(brush, QBrush) and brush.color() == OVERDUE_BACKGROUND
    # choosing it makes its client current: the client's orders show it highlighted
    view.selectRow(0)
    client_view = main.findChild(QTableView, "clientOrdersView")
    assert client_view is not None
    qtbot.waitUntil(lambda: client_view.model().rowCount() > 0)
    numbers = [client_view.model().index(r, 0).data() for r in range(
        client_view.model().rowCount())]
    first = numbers.index(mine[0][0])
    brush = client_view.model().data(client_view.model().index(first, 0),
                                     Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE_BACKGROUND
    deals = main.findChild(QTableView, "clientDealsView")
    assert deals is not None
    open_deals = raw(demo_path, "SELECT count(*) FROM deals WHERE client_id = ? AND "
                                "status = 'open'", mine[0][1])[0][0]
    assert deals.model().rowCount() == open_deals

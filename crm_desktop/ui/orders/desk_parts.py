"""Orders and deals on the desk: the day's counter and tab of overdue orders (highlighted as
in the orders window), and the current client's open deals and orders in the client panel.

`DeskOrders` plugs into the desk's two panels, so the desk only creates it and tells it which
client is current."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.services.core.changes import Change
from crm_desktop.services.locale.formatting import money, short_date
from crm_desktop.services.sales.deals.board import DealFilter
from crm_desktop.services.sales.deals.listing import DealRow, list_deals
from crm_desktop.services.sales.orders import listing
from crm_desktop.services.sales.orders.listing import OrderFilter, OrderRow
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.fit import fit_columns, readable_table
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.table_model import WARN, Column, RowsModel

from .model import OrdersModel, order_columns, overdue_hint

# the desk reloads the client (and so this part of it) on deals, shipments, clients…; orders
# are ours to watch
SHOWN = 200  # overdue orders listed on the desk (the counter counts them all)


def _table(name: str, model: RowsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    return readable_table(view)


class DeskOrders(QObject):
    def __init__(
        self,
        ctx: AppContext,
        day_panel: QWidget,
        client_panel: QWidget,
        choose_client: Callable[[uuid.UUID], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.choose_client = ctx, choose_client
        self.client_id: uuid.UUID | None = None
        # the day: a counter beside the overdue events, a tab of the overdue orders
        self.day_tabs = day_panel.tabs  # type: ignore[attr-defined]
        self.overdue_label = QLabel(day_panel)
        self.overdue_label.setObjectName("ordersOverdueLabel")
        self.overdue_label.setToolTip(overdue_hint())
        day_panel.counters.addSpacing(16)  # type: ignore[attr-defined]
        day_panel.counters.addWidget(self.overdue_label)  # type: ignore[attr-defined]
        self.overdue_model = OrdersModel(
            [
                Column(
                    self.tr("Due"),
                    lambda r: short_date(r.due_date) if r.due_date else "",
                    color=lambda r: WARN,
                    bold=lambda r: True,
                ),
                Column(self.tr("Client"), lambda r: r.client),
                Column(self.tr("Order"), lambda r: r.number),
                Column(self.tr("Status"), lambda r: label(r.status)),
                Column(self.tr("Total"), lambda r: money(r.total, r.currency), align_right=True),
            ],
            self,
        )
        self.overdue_view = _table("overdueOrdersView", self.overdue_model, day_panel)
        self.overdue_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._choose(self.overdue_model.row_at(cur.row()))
        )
        self.overdue_view.doubleClicked.connect(
            lambda index: self.open_order(self.overdue_model.row_at(index.row()))
        )
        self.overdue_tab = self.day_tabs.addTab(self.overdue_view, "")
        self.day_tabs.setTabToolTip(self.overdue_tab, self.tr("Overdue orders"))
        # the client: open deals above, open orders below
        self.client_tab = QSplitter(Qt.Orientation.Vertical, client_panel)
        self.client_tab.setObjectName("clientDealsOrdersTab")
        self.deals_model: RowsModel[DealRow] = RowsModel(
            [
                Column(self.tr("Deal"), lambda r: r.title),
                Column(self.tr("Stage"), lambda r: r.stage),
                Column(self.tr("Amount"), lambda r: money(r.amount, r.currency), align_right=True),
                Column(
                    self.tr("Expected close"),
                    lambda r: short_date(r.expected_close) if r.expected_close else "",
                ),
                Column(self.tr("Responsible"), lambda r: r.responsible or ""),
            ],
            self,
        )
        self.deals_view = _table("clientDealsView", self.deals_model, self.client_tab)
        self.deals_view.doubleClicked.connect(
            lambda index: self.open_deal(self.deals_model.row_at(index.row()))
        )
        self.orders_model = OrdersModel(order_columns(with_client=False), self)
        self.orders_view = _table("clientOrdersView", self.orders_model, self.client_tab)
        self.orders_view.doubleClicked.connect(
            lambda index: self.open_order(self.orders_model.row_at(index.row()))
        )
        self.client_tab.addWidget(self.deals_view)
        self.client_tab.addWidget(self.orders_view)
        self.client_tabs = client_panel.tabs  # type: ignore[attr-defined]
        self.client_tab_index = self.client_tabs.addTab(
            self.client_tab, self.tr("Deals and orders")
        )
        ctx.bus.subscribe({Change.ORDERS}, lambda _kinds: self.reload(), owner=self)
        ctx.bus.subscribe({Change.CLIENTS}, lambda _kinds: self.load_overdue(), owner=self)
        self.load_overdue()

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.load_overdue()
        if self.client_id is not None:
            self.show_client(self.client_id)

    def load_overdue(self) -> None:
        """The signed-in person's overdue orders: the counter and the tab."""
        user_id, today = self.ctx.user.id, date.today()

        def read(s: Session) -> tuple[int, list[OrderRow]]:
            return (
                listing.overdue_count(s, today, user_id),
                listing.order_page(
                    s,
                    OrderFilter(overdue=True, responsible_id=user_id),
                    sort="due_date",
                    descending=False,
                    limit=SHOWN,
                    today=today,
                ).rows,
            )

        count, rows = self.ctx.read(read)
        self.overdue_label.setText(self.tr("Overdue orders: {0}").format(count))
        self.overdue_label.setStyleSheet("color: #b3261e; font-weight: bold;" if count else "")
        self.overdue_model.set_rows(rows)
        # short: the day side is narrow (the counter and the tooltip say "overdue orders")
        self.day_tabs.setTabText(self.overdue_tab, self.tr("Orders ({0})").format(count))

    def show_client(self, client_id: uuid.UUID) -> None:
        """The client's open deals and open orders (most urgent first)."""
        self.client_id = client_id
        now = datetime.now(UTC)

        def read(s: Session) -> tuple[list[DealRow], list[OrderRow]]:
            deals = list(
                list_deals(
                    s,
                    DealFilter(client_ids=(client_id,), open_only=True),
                    sort="expected_close",
                    limit=100,
                    now=now,
                )
            )
            return deals, listing.client_orders(s, client_id)

        deals, orders = self.ctx.read(read)
        self.deals_model.set_rows(deals)
        self.orders_model.set_rows(orders)
        for view in (self.deals_view, self.orders_view):
            fit_columns(view)
        overdue = sum(1 for o in orders if o.overdue)
        title = self.tr("Deals and orders ({0}/{1})").format(len(deals), len(orders))
        self.client_tabs.setTabText(self.client_tab_index, title + (" !" if overdue else ""))

    # -- actions -------------------------------------------------------------------------------
    def _choose(self, row: OrderRow | None) -> None:
        if row is not None:
            self.choose_client(row.client_id)

    def open_order(self, row: OrderRow | None) -> QWidget | None:
        if row is None:
            return None
        from .order_dialog import OrderDialog

        parent = self.client_tabs.window()
        dialog = OrderDialog(self.ctx, order_id=row.id, parent=parent)
        dialog.setWindowFlag(Qt.WindowType.Window)
        dialog.show()
        return dialog

    def open_deal(self, row: DealRow | None) -> QWidget | None:
        if row is None:
            return None
        from crm_desktop.ui.deals.card import DealCardDialog

        dialog = DealCardDialog(self.ctx, row.id, self.client_tabs.window())
        dialog.show()
        return dialog

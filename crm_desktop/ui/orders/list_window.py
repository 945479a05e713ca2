"""The orders window (`ordersWindow`): filters (status, overdue, mine, period, text), sorting by
any column in SQL, pages fetched as the view scrolls, counts by SQL, overdue rows highlighted;
Enter or a double click opens the order."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.models import OrderStatus
from crm_desktop.services.core.changes import Change
from crm_desktop.services.locale.formatting import number
from crm_desktop.services.sales.orders import listing
from crm_desktop.services.sales.orders.listing import OrderFilter, OrderPage
from crm_desktop.services.sales.orders.statuses import FLOW
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.fit import header_width, readable_table, remember_size
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.operations import Query

from .model import OrdersModel, order_columns

NO_DATE = QDate(2000, 1, 1)
OPEN = "open"
PAGE = 200
# the view's column → the service's sort key
SORT_KEYS = ("number", "order_date", "client", "status", "due_date", "total", "responsible",
             None)


class OrdersWindow(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersWindow")
        self.setWindowTitle(self.tr("Orders"))
        self.ctx = ctx
        self.sort, self.descending = "order_date", True
        self.next: listing.Cursor | None = None
        self.loading = False
        self.generation = 0  # answers of an older filter are dropped
        self.dialogs: list[QWidget] = []
        remember_size(self, 1200, 720)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.status = QComboBox(self)
        self.status.setObjectName("ordersStatusCombo")
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Open (not delivered or cancelled)"), OPEN)
        for status in (*FLOW, OrderStatus.CANCELLED):
            self.status.addItem(label(status), status)
        self.overdue = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue.setObjectName("ordersOverdueCheck")
        self.mine = QCheckBox(self.tr("&Mine"), self)
        self.mine.setObjectName("ordersMineCheck")
        self.date_from = self._date_edit("ordersFromEdit")
        self.date_to = self._date_edit("ordersToEdit")
        self.text = QLineEdit(self)
        self.text.setObjectName("ordersSearchEdit")
        self.text.setPlaceholderText(self.tr("Number or client…"))
        self.text.setClearButtonEnabled(True)
        new = QPushButton(self.tr("&New order…"), self)
        new.setObjectName("newOrderButton")
        new.clicked.connect(lambda: self.new_order())
        for widget in (self.status, self.overdue, self.mine):
            bar.addWidget(widget)
        bar.addWidget(QLabel(self.tr("From"), self))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.date_to)
        bar.addWidget(self.text, 1)
        bar.addWidget(new)
        layout.addLayout(bar)
        self.model = OrdersModel(order_columns(), self)
        self.view = QTableView(self)
        self.view.setObjectName("ordersTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setAlternatingRowColors(False)  # the overdue background must stand out
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sorted)
        readable_table(self.view, stretch=2)  # the client takes the room; cut cells' tooltips
        for column, width in enumerate((170, 90, 280, 130, 90, 130, 170)):
            self.view.setColumnWidth(column, max(width, header_width(self.view, column)))
        self.view.doubleClicked.connect(lambda index: self.open_order(index.row()))
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view,
                  lambda: self.open_order(self.view.currentIndex().row()))
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)
        layout.addWidget(self.view, 1)
        self.counts = QLabel(self)
        self.counts.setObjectName("ordersCountLabel")
        layout.addWidget(self.counts)
        self.debounce = QTimer(self, singleShot=True, interval=250)
        self.debounce.timeout.connect(self.reload)
        self.text.textChanged.connect(lambda _t: self.debounce.start())
        for combo in (self.status,):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for check in (self.overdue, self.mine):
            check.toggled.connect(lambda _on: self.reload())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.debounce.start())
        ctx.bus.subscribe({Change.ORDERS, Change.CLIENTS, Change.SHIPMENTS},
                          lambda _kinds: self.reload(), owner=self)
        self.reload()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("(any)"))
        edit.setDate(NO_DATE)
        return edit

    # -- what to show --------------------------------------------------------------------------
    def current_filter(self) -> OrderFilter:
        chosen = self.status.currentData()
        start, end = self.date_from.date(), self.date_to.date()
        return OrderFilter(
            statuses=(chosen,) if isinstance(chosen, OrderStatus) else (),
            open_only=chosen == OPEN, overdue=self.overdue.isChecked(),
            responsible_id=self.ctx.user.id if self.mine.isChecked() else None,
            date_from=start.toPython() if start != NO_DATE else None,  # type: ignore[arg-type]
            date_to=end.toPython() if end != NO_DATE else None,  # type: ignore[arg-type]
            text=self.text.text())

    def reload(self) -> None:
        """The first page and the counts for the current filter and sort (in the background)."""
        self.generation += 1
        generation, where = self.generation, self.current_filter()
        sort, descending, today = self.sort, self.descending, date.today()
        self.loading = True

        def work(s: Session) -> tuple[OrderPage, listing.OrderCounts]:
            return (listing.order_page(s, where, sort=sort, descending=descending, limit=PAGE,
                                       today=today),
                    listing.order_counts(s, where, today))

        def show(result: tuple[OrderPage, listing.OrderCounts]) -> None:
            if generation != self.generation:
                return
            page, counts = result
            self.model.set_rows(page.rows)
            self.next = page.next
            self.counts.setText(self.tr("{0} orders, {1} overdue").format(
                number(counts.total), number(counts.overdue)))
            self.loading = False

        Query(self, self.ctx, work).success(show).finally_(self._loaded).run_in_background()

    def _loaded(self) -> None:
        self.loading = False

    def _scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if value >= bar.maximum() - 5 and self.next is not None and not self.loading:
            self.fetch_more()

    def fetch_more(self) -> None:
        """The next page, appended (keyset: as fast deep down as at the top)."""
        if self.next is None:
            return
        generation, where, after = self.generation, self.current_filter(), self.next
        sort, descending, today = self.sort, self.descending, date.today()
        self.loading = True

        def show(page: OrderPage) -> None:
            if generation == self.generation:
                self.model.append_rows(page.rows)
                self.next = page.next

        Query(self, self.ctx, lambda s: listing.order_page(
            s, where, sort=sort, descending=descending, after=after, limit=PAGE, today=today)) \
            .success(show).finally_(self._loaded).run_in_background()

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        key = SORT_KEYS[column] if column < len(SORT_KEYS) else None
        if key is None:
            return
        self.sort, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- actions -------------------------------------------------------------------------------
    def order_id_at(self, row: int) -> uuid.UUID | None:
        found = self.model.row_at(row)
        return found.id if found is not None else None

    def open_order(self, row: int) -> QWidget | None:
        order_id = self.order_id_at(row)
        if order_id is None:
            return None
        from .order_dialog import OrderDialog

        dialog = OrderDialog(self.ctx, order_id=order_id, parent=self)
        dialog.show()
        return dialog

    def new_order(self) -> QWidget:
        from .order_dialog import OrderDialog

        dialog = OrderDialog(self.ctx, parent=self)
        dialog.show()
        return dialog

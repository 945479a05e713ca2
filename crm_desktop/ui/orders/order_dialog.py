"""The order dialog (`orderDialog`): client, contact, due date, responsible and comment; lines
from the catalogue (priced for the client as the quote form prices them, totals by the same
rounding rule); one button per status the order may go to next, with an optional e-mail to the
client; shipments recorded against it; its status history."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.models import OrderStatus
from crm_desktop.services.clients.search import search_clients
from crm_desktop.services.locale.formatting import (
    amount,
    editable_amount,
    money,
    short_date,
    short_datetime,
)
from crm_desktop.services.sales.catalogue import PriceList, PriceListItem, load_price_list
from crm_desktop.services.sales.orders import card as cards
from crm_desktop.services.sales.orders import shipping, writing
from crm_desktop.services.sales.orders.writing import EDITABLE, LineInput, OrderInput
from crm_desktop.services.sales.pricing import line_amounts, parse_decimal, totals
from crm_desktop.services.sales.quotes import QuoteContext, quote_context, quote_line_for
from crm_desktop.ui.automation.card_button import AutomationButton
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import attempt, error_text
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.forms import give_buddies
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.operations import Operation, Query

from .model import WARN_STYLE

NO_DATE = QDate(2000, 1, 1)
EDITABLE_COLUMNS = (1, 3, 4)  # quantity, price, discount


def _plain(value: Decimal) -> str:
    """A number to edit in the interface language's decimals ("2,5" in Russian), no groups."""
    return editable_amount(value.normalize())


class OrderDialog(QDialog):
    def __init__(self, ctx: AppContext, order_id: uuid.UUID | None = None,
                 client_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDialog")
        self.ctx, self.order_id, self.client_id = ctx, order_id, client_id
        self.data: cards.OrderCard | None = None
        self.quote_ctx: QuoteContext | None = None
        self.items: dict[str, PriceListItem] = {}
        self.lines: list[LineInput] = []
        remember_size(self, 1000, 680)  # ui/kit/fit: within the screen, as last time
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("orderMessageLabel")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(WARN_STYLE)
        self.message.hide()
        top = QHBoxLayout()
        form = QFormLayout()
        self.number = QLabel(self)
        self.number.setObjectName("orderNumberLabel")
        self.client_label = QLabel(self)
        self.client_search = QLineEdit(self)
        self.client_search.setObjectName("orderClientSearch")
        self.client_search.setPlaceholderText(self.tr("Find the client…"))
        self.client_combo = QComboBox(self)
        self.client_combo.setObjectName("orderClientCombo")
        client_row = QVBoxLayout()
        for widget in (self.client_label, self.client_search, self.client_combo):
            client_row.addWidget(widget)
        self.contact = QComboBox(self)
        self.contact.setObjectName("orderContactCombo")
        self.due = QDateEdit(self)
        self.due.setObjectName("orderDueEdit")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.due.setMinimumDate(NO_DATE)
        self.due.setSpecialValueText(self.tr("(not set)"))
        self.due.setDate(NO_DATE)
        self.responsible = QComboBox(self)
        self.responsible.setObjectName("orderResponsibleCombo")
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("orderCommentEdit")
        self.comment.setMaximumHeight(60)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Client"), client_row)
        form.addRow(self.tr("C&ontact"), self.contact)
        form.addRow(self.tr("&Due date"), self.due)
        form.addRow(self.tr("&Responsible"), self.responsible)
        form.addRow(self.tr("Co&mment"), self.comment)
        top.addLayout(form, 1)
        status_box = QVBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("orderStatusLabel")
        self.status_buttons = QHBoxLayout()
        self.notify = QCheckBox(self.tr("E-mail the client about the new status"), self)
        self.notify.setObjectName("orderNotifyCheck")
        status_box.addWidget(self.status_label)
        status_box.addLayout(self.status_buttons)
        status_box.addWidget(self.notify)
        status_box.addStretch(1)
        top.addLayout(status_box, 1)
        layout.addWidget(self.message)
        layout.addLayout(top)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._lines_tab(), self.tr("&Lines"))
        self.shipments = self._table("orderShipmentsTable", [
            self.tr("Number"), self.tr("Shipped on"), self.tr("Status"), self.tr("Total")])
        ship_tab = QWidget(self)
        ship_layout = QVBoxLayout(ship_tab)
        self.ship_button = QPushButton(self.tr("Record &shipment of what is left"), ship_tab)
        self.ship_button.setObjectName("orderShipButton")
        self.ship_button.clicked.connect(self.record_shipment)
        ship_layout.addWidget(self.shipments)
        ship_layout.addWidget(self.ship_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(ship_tab, self.tr("S&hipments"))
        self.history = self._table("orderHistoryTable", [
            self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By")])
        self.tabs.addTab(self.history, self.tr("Histor&y"))
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.totals = QLabel(self)
        self.totals.setObjectName("orderTotalsLabel")
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("orderSaveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        self.claim_button = QPushButton(self.tr("New c&laim…"), self)
        self.claim_button.setObjectName("orderClaimButton")
        self.claim_button.setEnabled(order_id is not None)
        self.claim_button.clicked.connect(lambda: self.new_claim())
        buttons.addWidget(self.totals, 1)
        self.automation_button = AutomationButton(
            ctx, "order", lambda: (self.order_id, self.windowTitle()), self)
        buttons.addWidget(self.automation_button)
        buttons.addWidget(self.claim_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.search_timer = QTimer(self, singleShot=True, interval=250)
        self.search_timer.timeout.connect(self._find_clients)
        self.client_search.textChanged.connect(lambda _t: self.search_timer.start())
        self.client_combo.activated.connect(
            lambda _i: self.choose_client(self.client_combo.currentData()))
        give_buddies(self)  # "Client" beside its search row gets the search as buddy
        if order_id is not None:
            self.load()
        else:
            self.setWindowTitle(self.tr("New order"))
            self.number.setText(self.tr("(given when saved)"))
            self._show_status(None)
            if client_id is not None:
                self.choose_client(client_id)
            else:
                self.client_label.hide()
                self._enable_lines(False)

    # -- building blocks -----------------------------------------------------------------------
    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        return table

    def _lines_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.product = QLineEdit(tab)
        self.product.setObjectName("orderProductEdit")
        self.product.setPlaceholderText(self.tr("Add a product from the catalogue: code or name…"))
        self.remove_button = QPushButton(self.tr("&Remove line"), tab)
        self.remove_button.setObjectName("orderRemoveLineButton")
        self.remove_button.clicked.connect(self.remove_line)
        row.addWidget(self.product, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.lines_table = QTableWidget(0, 7, tab)
        self.lines_table.setObjectName("orderLinesTable")
        self.lines_table.setHorizontalHeaderLabels([
            self.tr("Product"), self.tr("Quantity"), self.tr("Unit"), self.tr("Price"),
            self.tr("Discount, %"), self.tr("VAT, %"), self.tr("Total")])
        self.lines_table.verticalHeader().hide()
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines_table.itemChanged.connect(self._line_edited)
        layout.addWidget(self.lines_table, 1)
        return tab

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        assert self.order_id is not None
        order_id = self.order_id
        self.data = data = self.ctx.read(lambda s: cards.load_card(s, order_id))
        self.setWindowTitle(self.tr("Order {0}").format(data.number))
        self.number.setText(self.tr("{0} of {1}").format(data.number, short_date(data.order_date)))
        self.client_search.hide()
        self.client_combo.hide()
        self._client_chosen(data.client_id, data.client)
        select_data(self.contact, data.contact_id)
        select_data(self.responsible, data.responsible_id)
        self.due.setDate(QDate(data.due_date) if data.due_date else NO_DATE)
        self.comment.setPlainText(data.comment)
        self.lines = [line.line for line in data.lines]
        self._show_lines()
        self._show_status(data)
        self._fill(self.shipments, [[sh.number, short_date(sh.shipped_on),
                                     label(sh.status),
                                     money(sh.total, data.currency)] for sh in data.shipments])
        self._fill(self.history, [[short_datetime(h.changed_at), label(h.from_status),
                                   label(h.to_status), h.user or ""] for h in data.history])
        self.ship_button.setEnabled(data.status not in shipping.NOT_SHIPPABLE)
        self._enable_lines(data.status in EDITABLE)

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    def _show_status(self, data: cards.OrderCard | None) -> None:
        while self.status_buttons.count():
            item = self.status_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if data is None:
            self.status_label.setText(self.tr("Status: {0}").format(label(OrderStatus.NEW)))
            self.notify.hide()
            return
        text = self.tr("Status: {0}").format(label(data.status))
        if data.overdue:
            text += " — " + self.tr("overdue since {0}").format(
                short_date(data.due_date)) if data.due_date else ""
        self.status_label.setText(text)
        self.status_label.setProperty("overdue", data.overdue)
        self.status_label.setStyleSheet(WARN_STYLE + "font-weight: bold;" if data.overdue
                                        else "font-weight: bold;")
        for status in data.next_statuses:
            button = QPushButton("→ " + label(status), self)
            button.setObjectName(f"orderStatus_{status.value}")
            button.clicked.connect(lambda _c=False, st=status: self.change_status(st))
            self.status_buttons.addWidget(button)
        self.status_buttons.addStretch(1)
        self.notify.setVisible(bool(data.next_statuses))

    def _enable_lines(self, on: bool) -> None:
        self.product.setEnabled(on and self.quote_ctx is not None)
        self.remove_button.setEnabled(on)
        self.lines_editable = on

    # -- the client ----------------------------------------------------------------------------
    def _find_clients(self) -> None:
        text = self.client_search.text().strip()
        if len(text) < 2:
            return
        hits = self.ctx.read(lambda s: search_clients(s, text, limit=20))
        self.client_combo.clear()
        for hit in hits:
            self.client_combo.addItem(hit.client_name, hit.client_id)
        if len(hits) == 1:
            self.choose_client(hits[0].client_id)

    def choose_client(self, client_id: uuid.UUID | None) -> None:
        if client_id is None:
            return
        self._client_chosen(client_id, self.ctx.read(lambda s: cards.client_name(s, client_id)))

    def _client_chosen(self, client_id: uuid.UUID, name: str) -> None:
        self.client_id = client_id
        self.client_label.setText(f"<b>{name}</b>")
        self.client_label.show()
        options = self.ctx.read(lambda s: cards.choices(s, client_id))
        self.contact.clear()
        self.contact.addItem(self.tr("(none)"), None)
        for choice in options.contacts:
            self.contact.addItem(choice.name, choice.id)
        self.responsible.clear()
        for choice in options.users:
            self.responsible.addItem(choice.name, choice.id)
        select_data(self.responsible, self.ctx.user.id)
        # No exchange rate: lines cannot be priced from the catalogue; the dialog says why.
        self.quote_ctx, problem = attempt(lambda: self.ctx.read(
            lambda s: quote_context(s, client_id)))
        if problem is not None:
            self._say(problem)
        self._enable_lines(self.data is None or self.data.status in EDITABLE)
        if self.quote_ctx is not None:
            price_type = self.quote_ctx.price_type_id
            Query(self, self.ctx, lambda s: load_price_list(s, price_type)) \
                .success(self._catalogue_loaded).run_in_background()
        self._show_totals()

    def _catalogue_loaded(self, price_list: PriceList) -> None:
        self.items = {f"{item.code} — {item.name}": item for item in price_list.items}
        completer = QCompleter(list(self.items), self.product)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(15)
        completer.activated.connect(self.add_product)
        self.product.setCompleter(completer)
        self.product.returnPressed.connect(lambda: self.add_product(self.product.text()))

    # -- lines ---------------------------------------------------------------------------------
    def add_product(self, text: str) -> None:
        item = self.items.get(text)
        if item is None or self.quote_ctx is None:
            return
        priced = quote_line_for(self.quote_ctx, item.id, item.code, item.name, item.unit,
                                item.price, item.minimum_price, item.vat_rate, item.total_stock)
        self.lines.append(LineInput(item.id, item.name, item.unit, priced.quantity, priced.price,
                                    priced.vat_rate, priced.discount_pct))
        QTimer.singleShot(0, self.product.clear)
        self._show_lines()

    def remove_line(self) -> None:
        row = self.lines_table.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._show_lines()

    def _currency(self) -> str:
        if self.data is not None:
            return self.data.currency
        return self.quote_ctx.currency if self.quote_ctx is not None else ""

    def _vat_included(self) -> bool:
        if self.data is not None:
            return self.data.vat_included
        return self.quote_ctx.vat_included if self.quote_ctx is not None else True

    def _show_lines(self) -> None:
        table = self.lines_table
        table.blockSignals(True)
        table.setRowCount(len(self.lines))
        currency, included = self._currency(), self._vat_included()
        for r, line in enumerate(self.lines):
            amounts = line_amounts(line.quantity, line.price, line.discount_pct, line.vat_rate,
                                   included, currency or "KZT")
            values = [line.description, _plain(line.quantity), line.unit, _plain(line.price),
                      _plain(line.discount_pct), _plain(line.vat_rate),
                      money(amounts.gross, currency) if currency else amount(amounts.gross)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c not in EDITABLE_COLUMNS or not getattr(self, "lines_editable", True):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c > 0 and c != 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.blockSignals(False)
        self._show_totals()

    def _line_edited(self, item: QTableWidgetItem) -> None:
        row, column = item.row(), item.column()
        if not 0 <= row < len(self.lines):
            return
        value, problem = attempt(lambda: parse_decimal(item.text()))
        if problem is not None:
            self._say(problem)
            self._show_lines()
            return
        line = self.lines[row]
        if column == 1:
            self.lines[row] = replace(line, quantity=value)
        elif column == 3:
            self.lines[row] = replace(line, price=value)
        elif column == 4:
            self.lines[row] = replace(line, discount_pct=value)
        self._say("")
        self._show_lines()

    def _show_totals(self) -> None:
        currency = self._currency()
        if not currency:
            self.totals.setText("")
            return
        included = self._vat_included()
        sums = totals((line_amounts(ln.quantity, ln.price, ln.discount_pct, ln.vat_rate,
                                    included, currency), ln.vat_rate) for ln in self.lines)
        self.totals.setText(self.tr("Total {0}, VAT {1}").format(
            money(sums.gross, currency), money(sums.vat, currency)))

    # -- writing -------------------------------------------------------------------------------
    def form(self) -> OrderInput | None:
        if self.client_id is None:
            self._say(self.tr("Choose the client first"))
            return None
        due = self.due.date()
        return OrderInput(
            client_id=self.client_id, lines=tuple(self.lines),
            due_date=due.toPython() if due != NO_DATE else None,  # type: ignore[arg-type]
            contact_id=self.contact.currentData(),
            responsible_id=self.responsible.currentData(),
            comment=self.comment.toPlainText(),
            currency=self._currency() or None)

    def save(self) -> bool:
        form = self.form()
        if form is None:
            return False
        order_id = self.order_id

        def work(s: Session) -> writing.SavedOrder:
            if order_id is None:
                return writing.create_order(s, form, today=date.today())
            return writing.update_order(s, order_id, form)

        def saved(result: writing.SavedOrder) -> None:
            self.order_id = result.id
            self.claim_button.setEnabled(True)
            self._say("")
            self.load()

        return Operation(self, self.ctx, work).success(saved) \
            .failure(lambda exc: self._say(error_text(exc))).run()

    def _reload(self, _result: object = None) -> None:
        self._say("")
        self.load()

    def new_claim(self) -> QWidget | None:
        """A claim on this order, the client and the order filled in (ui/claims)."""
        if self.order_id is None or self.client_id is None:
            return None
        from crm_desktop.ui.claims.card import ClaimCardDialog

        dialog = ClaimCardDialog(self.ctx, client_id=self.client_id, order_id=self.order_id,
                                 parent=self)
        dialog.show()
        return dialog

    def change_status(self, status: OrderStatus) -> bool:
        if self.order_id is None:
            return False
        order_id, notify = self.order_id, self.notify.isChecked()
        return Operation(self, self.ctx, lambda s: writing.change_status(
            s, order_id, status, notify=notify)) \
            .success(self._reload) \
            .failure(lambda exc: self._say(error_text(exc))).run()

    def record_shipment(self) -> bool:
        if self.order_id is None:
            return False
        order_id = self.order_id
        return Operation(self, self.ctx, lambda s: shipping.record_shipment(
            s, order_id, date.today())) \
            .success(self._reload) \
            .failure(lambda exc: self._say(error_text(exc))).run()

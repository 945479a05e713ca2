"""The deal card: client and contact, pipeline and stage, amount, probability, expected close,
responsible, source; the products of its latest quote or invoice with their totals; its
documents, events and e-mails, comments and stage history. "Quote" opens the quick-quote form
for the deal's client (the quote lands on this open deal)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.models import DealStatus
from crm_desktop.services.locale.formatting import (
    editable_amount,
    money,
    short_date,
    short_datetime,
)
from crm_desktop.services.sales.deals import card as cards
from crm_desktop.services.sales.deals import moves, reasons
from crm_desktop.ui.automation.card_button import AutomationButton
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.fit import remember_size, tabs_fit
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.operations import Operation
from crm_desktop.ui.orders.model import OVERDUE_BACKGROUND, overdue_hint

from .lost_dialog import LostReasonDialog
from .texts import error_message, rule_text

NO_DATE = QDate(2000, 1, 1)


def _table(parent: QWidget, name: str, headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class DealCardDialog(QDialog):
    def __init__(self, ctx: AppContext, deal_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealCardDialog")
        self.ctx, self.deal_id = ctx, deal_id
        self.lost_dialog: LostReasonDialog | None = None
        remember_size(self, 900, 640)  # ui/kit/fit: within the screen, as last time
        self.layout_ = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("dealMessageLabel")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        self.body = QWidget(self)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.body, 1)
        self.load()

    def load(self) -> None:
        self.data = data = self.ctx.read(lambda s: cards.load_card(s, self.deal_id))
        self.setWindowTitle(self.tr("Deal: {0}").format(data.title))
        old = self.body
        self.body = QWidget(self)
        self.layout_.replaceWidget(old, self.body)
        old.deleteLater()
        top = QHBoxLayout(self.body)
        form = QFormLayout()
        self.title = QLineEdit(data.title, self.body)
        self.title.setObjectName("dealTitleEdit")
        self.contact = QComboBox(self.body)
        self.contact.setObjectName("dealContactCombo")
        self.contact.addItem(self.tr("(none)"), None)
        for choice in data.contacts:
            self.contact.addItem(choice.name, choice.id)
        select_data(self.contact, data.contact_id)
        self.stage = QComboBox(self.body)
        self.stage.setObjectName("dealStageCombo")
        for stage in data.pipeline.stages:
            self.stage.addItem(stage.name, stage.id)
        select_data(self.stage, data.stage_id)
        self.stage.activated.connect(lambda _i: self.move_to(self.stage.currentData()))
        self.amount = QLineEdit(editable_amount(data.amount), self.body)  # "842358,50" in ru
        self.amount.setObjectName("dealAmountEdit")
        self.currency = QLineEdit(data.currency, self.body)
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(60)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount)
        amount_row.addWidget(self.currency)
        self.probability = QSpinBox(self.body)
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.probability.setValue(data.probability)
        self.expected = QDateEdit(self.body)
        self.expected.setObjectName("dealExpectedCloseEdit")
        self.expected.setCalendarPopup(True)
        self.expected.setMinimumDate(NO_DATE)
        self.expected.setSpecialValueText(self.tr("(not set)"))
        self.expected.setDate(QDate(data.expected_close) if data.expected_close else NO_DATE)
        self.responsible = QComboBox(self.body)
        self.responsible.setObjectName("dealResponsibleCombo")
        self.responsible.addItem(self.tr("(nobody)"), None)
        for user in data.users:
            self.responsible.addItem(user.name, user.id)
        select_data(self.responsible, data.responsible_id)
        self.source = QLineEdit(data.source or "", self.body)
        form.addRow(self.tr("Client"), QLabel(data.client_name, self.body))
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("C&ontact"), self.contact)
        form.addRow(self.tr("Pipeline"), QLabel(data.pipeline.name, self.body))
        form.addRow(self.tr("&Stage"), self.stage)
        amount_label = QLabel(self.tr("&Amount"), self.body)  # a row of two: give it a buddy
        amount_label.setBuddy(self.amount)
        form.addRow(amount_label, amount_row)
        form.addRow(self.tr("&Probability"), self.probability)
        form.addRow(self.tr("&Expected close"), self.expected)
        form.addRow(self.tr("&Responsible"), self.responsible)
        form.addRow(self.tr("So&urce"), self.source)
        if data.status == DealStatus.LOST:
            form.addRow(self.tr("Lost because"), QLabel(
                (data.loss_reason or "") + (f" — {data.loss_comment}" if data.loss_comment
                                            else ""), self.body))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close, self.body)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        quote = QPushButton(self.tr("&Quote…"), self.body)
        quote.setObjectName("dealQuoteButton")
        quote.clicked.connect(lambda: self.quote())
        buttons.addButton(quote, QDialogButtonBox.ButtonRole.ActionRole)
        automation = AutomationButton(self.ctx, "deal", lambda: (self.deal_id, self.data.title),
                                      self.body)
        buttons.addButton(automation, QDialogButtonBox.ButtonRole.ActionRole)
        form.addRow(buttons)
        top.addLayout(form, 2)
        top.addWidget(self._tabs(data), 3)

    def _tabs(self, data: cards.DealCard) -> QTabWidget:
        tabs = QTabWidget(self.body)
        tabs.setObjectName("dealTabs")
        products = _table(tabs, "dealProductsTable", [
            self.tr("Product"), self.tr("Quantity"), self.tr("Price"), self.tr("Discount"),
            self.tr("Total")], [[p.description, f"{p.quantity.normalize():f}",
                                 money(p.price, data.currency), f"{p.discount_pct} %",
                                 money(p.total, data.currency)] for p in data.products])
        box = QWidget(tabs)
        lay = QVBoxLayout(box)
        lay.addWidget(products)
        if data.total is not None:
            lay.addWidget(QLabel(self.tr("From {0}: net {1}, VAT {2}, total {3}").format(
                data.products_from, money(data.net_total or Decimal(0), data.currency),
                money(data.vat_total or Decimal(0), data.currency),
                money(data.total, data.currency)), box))
        tabs.addTab(box, self.tr("Products"))
        tabs.addTab(_table(tabs, "dealDocumentsTable", [
            self.tr("Document"), self.tr("Date"), self.tr("Status"), self.tr("Total")],
            [[f"{label(d.kind)} {d.number}", short_date(d.issue_date), label(d.status),
              money(d.total, d.currency)] for d in data.documents]), self.tr("Quotes and invoices"))
        self.orders_table = _table(tabs, "dealOrdersTable", [
            self.tr("Order"), self.tr("Date"), self.tr("Status"), self.tr("Due"), self.tr("Total")],
            [[o.number, short_date(o.order_date), label(o.status),
              short_date(o.due_date) if o.due_date else "—", money(o.total, o.currency)]
             for o in data.orders])
        for r, order in enumerate(data.orders):
            if order.overdue:  # highlighted as everywhere orders appear (ui/orders/model.py)
                for c in range(self.orders_table.columnCount()):
                    item = self.orders_table.item(r, c)
                    if item is not None:
                        item.setBackground(QBrush(OVERDUE_BACKGROUND))
                        item.setToolTip(overdue_hint())
        self.orders_table.cellDoubleClicked.connect(
            lambda r, _c: self.open_order(data.orders[r].id))
        tabs.addTab(self.orders_table, self.tr("Orders ({0})").format(len(data.orders))
                    if data.orders else self.tr("Orders"))
        tabs.addTab(_table(tabs, "dealEventsTable", [
            self.tr("When"), self.tr("Type"), self.tr("Subject"), self.tr("Status")],
            [[short_datetime(e.start_at), label(e.type), e.subject, label(e.status)]
             for e in data.events]), self.tr("Events and e-mails"))
        comments = QWidget(tabs)
        lay = QVBoxLayout(comments)
        lay.addWidget(_table(comments, "dealCommentsTable", [self.tr("When"), self.tr("Comment")],
                             [[short_datetime(c.start_at), c.content or c.subject]
                              for c in data.comments]))
        self.comment = QPlainTextEdit(comments)
        self.comment.setObjectName("dealCommentEdit")
        self.comment.setFixedHeight(60)
        add = QPushButton(self.tr("Add comment"), comments)
        add.setObjectName("dealAddCommentButton")
        add.clicked.connect(lambda: self.add_comment())
        lay.addWidget(self.comment)
        lay.addWidget(add)
        tabs.addTab(comments, self.tr("Comments"))
        self.history_table = _table(tabs, "dealHistoryTable", [
            self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By"),
            self.tr("Days in previous")],
            [[short_datetime(h.changed_at), h.from_stage or "—", h.to_stage, h.user or "—",
              "" if h.seconds_in_previous is None else str(h.seconds_in_previous // 86400)]
             for h in data.history])
        tabs.addTab(self.history_table, self.tr("Stage history"))
        tabs_fit(tabs)  # every tab's title shows: no scroll arrows
        return tabs

    def open_order(self, order_id: uuid.UUID) -> QWidget:
        from crm_desktop.ui.orders.order_dialog import OrderDialog

        dialog = OrderDialog(self.ctx, order_id=order_id, parent=self)
        dialog.show()
        return dialog

    def form(self) -> cards.DealForm | None:
        try:
            amount = Decimal(self.amount.text().replace(" ", "").replace(",", "."))
        except InvalidOperation:
            self._say(self.tr("The amount is not a number"))
            return None
        expected = self.expected.date()
        return cards.DealForm(
            self.title.text(), amount, self.currency.text().strip().upper(),
            self.probability.value(),
            None if expected == NO_DATE else cast(date, expected.toPython()),
            self.responsible.currentData(), self.contact.currentData(), self.source.text())

    def save(self) -> bool:
        form = self.form()
        if form is None:
            return False
        return Operation(self, self.ctx, lambda s: cards.save_deal(s, self.deal_id, form)) \
            .success(lambda _: self.accept()).failure(lambda e: self._say(error_message(e))) \
            .run()

    def move_to(self, stage_id: uuid.UUID) -> None:
        """A move from the card: its fields are saved first (one transaction with the move),
        so a required field just filled in counts."""
        if stage_id == self.data.stage_id:
            return
        stage = self.data.pipeline.stage(stage_id)
        if stage.outcome == DealStatus.LOST:
            dialog = LostReasonDialog(self.data.title, self.ctx.read(reasons.loss_reasons), self)
            dialog.accepted.connect(lambda: self._move(stage_id, *dialog.chosen()))
            dialog.rejected.connect(lambda: select_data(self.stage, self.data.stage_id))
            self.lost_dialog = dialog
            dialog.open()
            return
        self._move(stage_id)

    def _move(self, stage_id: uuid.UUID, reason: str | None = None,
              comment: str | None = None) -> None:
        form = self.form()
        if form is None:
            return

        def work(s: Session) -> moves.MoveResult:
            cards.save_deal(s, self.deal_id, form)
            return moves.move_deal(s, self.deal_id, stage_id, loss_reason=reason,
                                   loss_comment=comment)

        def failed(exc: Exception) -> None:
            select_data(self.stage, self.data.stage_id)
            self._say(error_message(exc))

        Operation(self, self.ctx, work).success(self._moved).failure(failed).run()

    def _moved(self, result: moves.MoveResult) -> None:
        self.load()
        if result.warnings:
            self._say(self.tr("Moved to {0}, but: {1}").format(result.to_stage, "; ".join(
                rule_text(w.code, w.params) for w in result.warnings)))
        else:
            self.message.hide()

    def add_comment(self) -> None:
        text = self.comment.toPlainText()
        Operation(self, self.ctx, lambda s: cards.add_comment(s, self.deal_id, text)) \
            .success(lambda _: self.load()).failure(lambda e: self._say(error_message(e))).run()

    def quote(self) -> QWidget:
        from crm_desktop.ui.quote.quick_quote import QuickQuoteDialog

        dialog = QuickQuoteDialog(self.ctx, self.data.client_id, self)
        dialog.open()
        return dialog

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

"""The Finance tab: a client's invoices, shipments and payments in one place, with totals."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from crm_desktop.services.desk.read import Finance, InvoiceRow, PaymentRow, ShipmentRow
from crm_desktop.services.locale.formatting import money, short_date
from crm_desktop.services.sales.payments import PAYABLE
from crm_desktop.ui.kit.fit import fit_columns
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.table_model import WARN, Column, RowsModel

from .day_panel import make_table


class FinanceTab(QWidget):
    payment_requested = Signal(object)  # InvoiceRow
    claim_requested = Signal(object)  # InvoiceRow: a new claim on it (ui/claims/desk_part.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("financeTab")
        self.invoices_model: RowsModel[InvoiceRow] = RowsModel([
            Column(self.tr("Number"), lambda r: r.number, color=self._overdue),
            Column(self.tr("Date"), lambda r: short_date(r.issue_date)),
            Column(self.tr("Amount"), lambda r: money(r.total, r.currency), align_right=True),
            Column(self.tr("Paid"), lambda r: money(r.paid, r.currency), align_right=True),
            Column(self.tr("Status"), lambda r: label(r.status)),
            Column(self.tr("Due"), lambda r: short_date(r.due_date) if r.due_date else "",
                   color=self._overdue,
                   tooltip=lambda r: self.tr("Overdue") if r.overdue else ""),
        ], self)
        self.shipments_model: RowsModel[ShipmentRow] = RowsModel([
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Date"), lambda r: short_date(r.shipped_on)),
            Column(self.tr("Amount"), lambda r: money(r.total, r.currency), align_right=True),
            Column(self.tr("Status"), lambda r: label(r.status)),
            Column(self.tr("Invoice"), lambda r: r.invoice_number),
        ], self)
        self.payments_model: RowsModel[PaymentRow] = RowsModel([
            Column(self.tr("Date"), lambda r: short_date(r.paid_on)),
            Column(self.tr("Amount"), lambda r: money(r.amount, r.currency), align_right=True),
            Column(self.tr("Method"), lambda r: label(r.method)),
            Column(self.tr("Invoice"), lambda r: r.invoice_number),
            Column(self.tr("Reference"), lambda r: r.reference),
        ], self)
        self.invoices_view = make_table("invoicesView", self.invoices_model, self)
        self.shipments_view = make_table("shipmentsView", self.shipments_model, self)
        self.payments_view = make_table("paymentsView", self.payments_model, self)
        self.invoices_total = self._total("invoicesTotalLabel")
        self.shipments_total = self._total("shipmentsTotalLabel")
        self.payments_total = self._total("paymentsTotalLabel")

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("financeSplitter")
        for title, view, total in (
                (self.tr("Invoices for payment"), self.invoices_view, self.invoices_total),
                (self.tr("Sales (shipments)"), self.shipments_view, self.shipments_total),
                (self.tr("Payments received"), self.payments_view, self.payments_total)):
            box = QWidget(splitter)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 4, 0, 0)
            heading = QLabel(f"<b>{title}</b>")
            box_layout.addWidget(heading)
            box_layout.addWidget(view)
            box_layout.addWidget(total)
            splitter.addWidget(box)
        self.splitter = splitter
        self.pay_button = QPushButton(self.tr("Register &payment…"), self)
        self.pay_button.setObjectName("registerPaymentButton")
        self.pay_button.setEnabled(False)
        self.pay_button.clicked.connect(self._request_payment)
        self.invoices_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.pay_button.setEnabled(self._payable(cur.row())))
        self.invoices_view.doubleClicked.connect(lambda _i: self._request_payment())
        self.claim_button = QPushButton(self.tr("New &claim on the invoice…"), self)
        self.claim_button.setObjectName("invoiceClaimButton")
        self.claim_button.clicked.connect(self._request_claim)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        pay_row = QHBoxLayout()
        pay_row.addWidget(self.pay_button)
        pay_row.addWidget(self.claim_button)
        pay_row.addStretch(1)
        layout.addLayout(pay_row)

    def _total(self, name: str) -> QLabel:
        total = QLabel(self)
        total.setObjectName(name)
        total.setAlignment(Qt.AlignmentFlag.AlignRight)
        return total

    @staticmethod
    def _overdue(row: InvoiceRow) -> QColor | None:
        return WARN if row.overdue else None

    def show_finance(self, finance: Finance, currency: str) -> None:
        self.invoices_model.set_rows(finance.invoices)
        self.shipments_model.set_rows(finance.shipments)
        self.payments_model.set_rows(finance.payments)
        overdue = sum(1 for i in finance.invoices if i.overdue)
        text = self.tr("Invoiced: {0}").format(money(finance.invoiced_total, currency))
        if overdue:
            text += "  ·  " + self.tr("overdue invoices: {0}").format(overdue)
        self.invoices_total.setText(text)
        self.shipments_total.setText(self.tr("Shipped: {0}").format(
            money(finance.shipped_total, currency)))
        self.payments_total.setText(self.tr("Paid: {0}").format(
            money(finance.paid_total, currency)))
        for view in (self.invoices_view, self.shipments_view, self.payments_view):
            fit_columns(view)
        self.pay_button.setEnabled(False)

    def _payable(self, row: int) -> bool:
        invoice = self.invoices_model.row_at(row)
        return invoice is not None and invoice.status in PAYABLE

    def _request_payment(self) -> None:
        invoice = self.invoices_model.row_at(self.invoices_view.currentIndex().row())
        if invoice is not None and invoice.status in PAYABLE:
            self.payment_requested.emit(invoice)

    def _request_claim(self) -> None:
        invoice = self.invoices_model.row_at(self.invoices_view.currentIndex().row())
        if invoice is not None:
            self.claim_requested.emit(invoice)

    def clear(self) -> None:
        for model in (self.invoices_model, self.shipments_model, self.payments_model):
            model.set_rows([])
        for total in (self.invoices_total, self.shipments_total, self.payments_total):
            total.clear()

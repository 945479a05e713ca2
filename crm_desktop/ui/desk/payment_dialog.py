"""Register a payment against an invoice (Finance tab)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.models import PaymentMethod
from crm_desktop.services.locale.formatting import editable_amount, money
from crm_desktop.services.sales import payments
from crm_desktop.services.sales.pricing import parse_decimal
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.operations import Operation


class PaymentDialog(QDialog):
    def __init__(self, ctx: AppContext, invoice_id: uuid.UUID, number: str, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaymentDialog")
        self.setWindowTitle(self.tr("Payment for {0}").format(number))
        self.ctx, self.invoice_id = ctx, invoice_id
        left = ctx.read(lambda s: payments.outstanding(s, invoice_id))
        self.amount = QLineEdit(editable_amount(left), self)
        self.amount.setObjectName("paymentAmountEdit")
        today = date.today()
        self.paid_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.paid_on.setCalendarPopup(True)
        self.method = QComboBox(self)
        for method in PaymentMethod:
            self.method.addItem(label(method), method)
        self.reference = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Outstanding"), QLabel(money(left, currency), self))
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Date"), self.paid_on)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> bool:
        text, paid_on = self.amount.text(), self.paid_on.date().toPython()
        method, reference = PaymentMethod(self.method.currentData()), self.reference.text()

        def register(s: Session) -> None:
            payments.register_payment(s, self.invoice_id, parse_decimal(text),
                                      paid_on, method, reference)  # type: ignore[arg-type]

        return Operation(self, self.ctx, register).success(lambda _: self.accept()).run()

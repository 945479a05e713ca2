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

from crm_desktop.models import PaymentMethod
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.sales import payments
from crm_desktop.services.sales.pricing import parse_decimal
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.errors import show_error
from crm_desktop.ui.kit.labels import label


class PaymentDialog(QDialog):
    def __init__(self, database: Database, bus: DataBus, user_id: uuid.UUID,
                 invoice_id: uuid.UUID, number: str, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaymentDialog")
        self.setWindowTitle(self.tr("Payment for {0}").format(number))
        self.database, self.bus, self.user_id, self.invoice_id = database, bus, user_id, \
            invoice_id
        with database.session() as s:
            left = payments.outstanding(s, invoice_id)
        self.amount = QLineEdit(str(left), self)
        self.amount.setObjectName("paymentAmountEdit")
        today = date.today()
        self.paid_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.paid_on.setCalendarPopup(True)
        self.method = QComboBox(self)
        for method in PaymentMethod:
            self.method.addItem(label(method), method)
        self.reference = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Outstanding"), QLabel(f"{left} {currency}", self))
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
        try:
            amount = parse_decimal(self.amount.text())
            with self.database.session(self.user_id) as s:
                payments.register_payment(s, self.invoice_id, amount,
                                          self.paid_on.date().toPython(),  # type: ignore[arg-type]
                                          PaymentMethod(self.method.currentData()),
                                          self.reference.text())
        except CrmError as exc:
            show_error(self, exc)
            return False
        self.bus.notify("payments", "invoices")
        self.accept()
        return True

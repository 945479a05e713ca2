"""A client's terms of sale: price type, discount, payment days, currency."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from crm_desktop.services.company.first_run import currencies
from crm_desktop.services.sales import quotes
from crm_desktop.services.sales.catalogue import price_types
from crm_desktop.services.sales.pricing import parse_decimal
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Operation


class TermsDialog(QDialog):
    """Saving publishes `Change.TERMS`: an open quote form for the client picks them up."""

    def __init__(self, app: AppContext, ctx: quotes.QuoteContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TermsDialog")
        self.setWindowTitle(self.tr("Terms of sale — {0}").format(ctx.client_name))
        self.app, self.client_id = app, ctx.client_id
        types = app.read(price_types)
        self.price_type = QComboBox(self)
        self.price_type.setObjectName("termsPriceTypeCombo")
        for type_id, name, _default in types:
            self.price_type.addItem(name, type_id)
        select_data(self.price_type, ctx.price_type_id)
        self.discount = QDoubleSpinBox(self)
        self.discount.setObjectName("termsDiscountSpin")
        self.discount.setRange(0, 99.99)
        self.discount.setSuffix(" %")
        self.discount.setValue(float(ctx.discount_pct))  # a spin box speaks float; saved as text
        self.days = QSpinBox(self)
        self.days.setObjectName("termsPaymentDaysSpin")
        self.days.setRange(0, 365)
        self.days.setValue(ctx.payment_days)
        self.currency = QComboBox(self)
        self.currency.setObjectName("termsCurrencyCombo")
        self.currency.addItems(currencies())
        self.currency.setCurrentText(ctx.currency)
        form = QFormLayout(self)
        form.addRow(self.tr("Price type"), self.price_type)
        form.addRow(self.tr("Discount"), self.discount)
        form.addRow(self.tr("Payment days"), self.days)
        form.addRow(self.tr("Currency"), self.currency)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> bool:
        price_type: uuid.UUID | None = self.price_type.currentData()
        discount, days = self.discount.cleanText(), self.days.value()
        currency = self.currency.currentText()
        return Operation(self, self.app, lambda s: quotes.set_terms(
            s, self.client_id, price_type, parse_decimal(discount), days, currency)) \
            .success(lambda _: self.accept()).run()

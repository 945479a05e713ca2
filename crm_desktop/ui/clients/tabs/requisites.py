"""The card's Requisites tab: tax IDs (labelled by the client's country), legal address,
website and bank accounts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.clients.card import BankForm, ClientForm
from crm_desktop.ui.kit.labels import tax_id_label

from .base import ID_ROLE, CardTab, Located, check_state

tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")


class RequisitesTab(CardTab):
    key = "requisites"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.tax_label = QLabel(self)
        self.tax_edit = self._line("clientTaxIdEdit")
        self.tax2_edit = self._line("clientTaxId2Edit")
        self.legal_edit = self._line("clientLegalAddressEdit")
        self.website_edit = self._line("clientWebsiteEdit")
        form.addRow(self.tax_label, self.tax_edit)
        form.addRow(tr.translate("ClientCardDialog", "KPP"), self.tax2_edit)
        self.form = form
        form.addRow(tr.translate("ClientCardDialog", "Legal address"), self.legal_edit)
        form.addRow(tr.translate("ClientCardDialog", "Website"), self.website_edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr.translate("ClientCardDialog", "Bank accounts"), self))
        self.banks_table = QTableWidget(0, 5, self)
        self.banks_table.setObjectName("bankAccountsTable")
        self.banks_table.setHorizontalHeaderLabels([
            tr.translate("ClientCardDialog", "Bank"),
            tr.translate("ClientCardDialog", "Account / IBAN"),
            tr.translate("ClientCardDialog", "BIC"), tr.translate("ClientCardDialog", "Currency"),
            tr.translate("ClientCardDialog", "Default")])
        self.banks_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.banks_table.setColumnWidth(0, 180)
        add = QPushButton(tr.translate("ClientCardDialog", "Add account"), self)
        add.setObjectName("addBankButton")
        add.clicked.connect(lambda: self._add_bank_row(BankForm("", "")))
        remove = QPushButton(tr.translate("ClientCardDialog", "Remove account"), self)
        remove.clicked.connect(lambda: self.banks_table.removeRow(self.banks_table.currentRow()))
        layout.addWidget(self.banks_table)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        self.show_country("KZ")

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        return edit

    def title(self) -> str:
        return tr.translate("ClientCardDialog", "Requisites")

    def show_country(self, code: str | None) -> None:
        """A country's own fields for that country: the tax ID named the way the client's
        country does (in the interface language), the KPP only for Russia (or when a value was
        stored, so it can be seen and cleared)."""
        self.country = (code or "").upper()
        self.tax_label.setText(tax_id_label(self.country))
        self.form.setRowVisible(self.tax2_edit, self.country == "RU"
                                or bool(self.tax2_edit.text().strip()))

    def load(self, form: ClientForm) -> None:
        self.tax_edit.setText(form.tax_id)
        self.tax2_edit.setText(form.tax_id_2)
        self.show_country(form.country or self.country)
        self.legal_edit.setText(form.legal_address)
        self.website_edit.setText(form.website)
        self.banks_table.setRowCount(0)
        for bank in form.banks:
            self._add_bank_row(bank)

    def _add_bank_row(self, bank: BankForm) -> None:
        row = self.banks_table.rowCount()
        self.banks_table.insertRow(row)
        for column, text in enumerate((bank.bank_name, bank.account, bank.bic, bank.currency)):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(ID_ROLE, bank.id)
            self.banks_table.setItem(row, column, item)
        check = QTableWidgetItem()
        check.setCheckState(check_state(bank.is_default))
        self.banks_table.setItem(row, 4, check)

    def store(self, form: ClientForm) -> None:
        form.tax_id, form.tax_id_2 = self.tax_edit.text(), self.tax2_edit.text()
        form.legal_address, form.website = self.legal_edit.text(), self.website_edit.text()
        form.banks = []
        for row in range(self.banks_table.rowCount()):
            cells = [self.banks_table.item(row, c) for c in range(5)]
            texts = [c.text() if c else "" for c in cells[:4]]
            if not any(t.strip() for t in texts):
                continue
            check, first = cells[4], cells[0]
            form.banks.append(BankForm(
                texts[0], texts[1], texts[2], texts[3],
                bool(check and check.checkState() == check_state(True)),
                first.data(ID_ROLE) if first else None))

    def locate(self, path: list[str]) -> Located | None:
        fields: dict[str, Located] = {
            "tax_id": (self.tax_edit, self.tax_label.text()),
            "tax_id_2": (self.tax2_edit, tr.translate("ClientCardDialog", "KPP")),
            "banks": (self.banks_table, tr.translate("ClientCardDialog", "Bank accounts")),
        }
        return fields.get(path[0])

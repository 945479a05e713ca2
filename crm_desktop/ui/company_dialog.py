"""Company settings: requisites, bank account, stamp/signature/logo images, document options,
exchange rates, e-mail templates."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
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

from crm_desktop.services.company.profile import IMAGES, CompanyInput, company_input, save_company
from crm_desktop.services.company.rates import exchange_rates, rates_from_rows, save_exchange_rates
from crm_desktop.services.core.attachments import attachment_file, store_file
from crm_desktop.services.core.errors import ValidationError
from crm_desktop.services.documents.texts import LANGUAGES
from crm_desktop.services.locale.formatting import editable_amount
from crm_desktop.services.mail import templates
from crm_desktop.services.sales.pricing import parse_decimal
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.labels import language_name, purpose_label
from crm_desktop.ui.kit.operations import Operation


class CompanyDialog(QDialog):
    """Saving publishes `Change.COMPANY` (and what else the save recorded)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompanyDialog")
        self.setWindowTitle(self.tr("Company settings"))
        self.ctx = ctx

        def load(s: Session) -> tuple[CompanyInput, dict[str, Path | None],
                                      dict[str, Decimal]]:
            data = company_input(s)
            return data, {name: attachment_file(s, getattr(data, name)) for name in IMAGES}, \
                exchange_rates(s)

        self.data, self.paths, rates = ctx.read(load)
        self.new_images: dict[str, Path] = {}
        d = self.data
        self.fields: dict[str, QLineEdit] = {}
        requisites = QWidget(self)
        form = QFormLayout(requisites)
        for key, caption in (("legal_name", self.tr("Legal name")),
                             ("short_name", self.tr("Short name")),
                             ("country", self.tr("Country (code)")),
                             ("tax_id", self.tr("Tax ID")), ("address", self.tr("Address")),
                             ("phone", self.tr("Phone")), ("email", self.tr("E-mail")),
                             ("director_name", self.tr("Director")),
                             ("accountant_name", self.tr("Chief accountant")),
                             ("default_currency", self.tr("Currency")),
                             ("bank_name", self.tr("Bank")),
                             ("account", self.tr("Account / IBAN")), ("bic", self.tr("BIC")),
                             ("device_code", self.tr("Device code for numbers (offline "
                                                     "laptops)"))):
            edit = QLineEdit(str(getattr(d, key)), self)
            edit.setObjectName(f"company_{key}")
            self.fields[key] = edit
            form.addRow(caption, edit)
        self.vat = QLineEdit(editable_amount(d.vat_rate), self)  # "12,00" in Russian
        self.vat_included = QCheckBox(self.tr("Prices include VAT"), self)
        self.vat_included.setChecked(d.vat_included)
        self.no_review = QCheckBox(self.tr("Send documents without the last look (straight to "
                                           "the outbox)"), self)
        self.no_review.setObjectName("sendWithoutReviewCheck")
        self.no_review.setChecked(d.send_without_review)
        form.addRow(self.tr("VAT %"), self.vat)
        form.addRow("", self.vat_included)
        form.addRow("", self.no_review)

        images = QWidget(self)
        grid = QGridLayout(images)
        self.previews: dict[str, QLabel] = {}
        for row, (name, caption) in enumerate((
                ("stamp_image_id", self.tr("Stamp")),
                ("director_signature_id", self.tr("Director's signature")),
                ("accountant_signature_id", self.tr("Accountant's signature")),
                ("logo_image_id", self.tr("Logo")))):
            preview = QLabel(self.tr("none"), self)
            preview.setFixedSize(120, 80)
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            preview.setStyleSheet("border: 1px solid #ccc;")
            self.previews[name] = preview
            self._preview(name, self.paths.get(name))
            choose = QPushButton(self.tr("Choose…"), self)
            choose.clicked.connect(lambda _c=False, n=name: self.choose_image(n))
            grid.addWidget(QLabel(caption, self), row, 0)
            grid.addWidget(preview, row, 1)
            grid.addWidget(choose, row, 2)

        mail_texts = QWidget(self)
        mail_layout = QFormLayout(mail_texts)
        self.language = QComboBox(self)
        self.language.setObjectName("templateLanguageCombo")
        for code in LANGUAGES:  # languages by their names, purposes in words (ui/kit/labels)
            self.language.addItem(language_name(code), code)
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("templatePurposeCombo")
        for purpose in templates.PURPOSES:
            self.purpose.addItem(purpose_label(purpose), purpose)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("templateSubjectEdit")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("templateBodyEdit")
        self.template_error = QLabel(self)
        self.template_error.setObjectName("templateErrorLabel")
        self.template_error.setStyleSheet("color: #b3261e;")
        self.template_error.setWordWrap(True)
        save_template = QPushButton(self.tr("Save this template"), self)
        save_template.setObjectName("saveTemplateButton")
        save_template.clicked.connect(self.save_template)
        mail_layout.addRow(self.tr("Language"), self.language)
        mail_layout.addRow(self.tr("Purpose"), self.purpose)
        mail_layout.addRow(self.tr("Subject"), self.subject)
        mail_layout.addRow(self.body)
        mail_layout.addRow(QLabel(self.tr("Placeholders: ") + ", ".join(
            f"{{{p}}}" for p in templates.PLACEHOLDERS), self))
        mail_layout.addRow(self.template_error)
        mail_layout.addRow(save_template)
        self.language.currentIndexChanged.connect(self.load_template)
        self.purpose.currentIndexChanged.connect(self.load_template)
        self.subject.textChanged.connect(self.check_template)
        self.body.textChanged.connect(self.check_template)
        self.load_template()

        tabs = QTabWidget(self)
        tabs.addTab(requisites, self.tr("Requisites"))
        tabs.addTab(images, self.tr("Stamp and signatures"))
        tabs.addTab(self._rates_tab(d.default_currency, rates), self.tr("Exchange rates"))
        tabs.addTab(mail_texts, self.tr("E-mail templates"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        remember_size(self, 640, 620)  # ui/kit/fit: within the screen, as last time

    def _rates_tab(self, base: str, rates: dict[str, Decimal]) -> QWidget:
        """Currency code and how much of the company currency one unit of it is worth."""
        page = QWidget(self)
        hint = QLabel(self.tr("How many {0} one unit of each currency is worth (1 USD = … {0}). "
                              "Quotes for clients paying in another currency convert prices "
                              "at these rates.").format(base), page)
        hint.setWordWrap(True)
        self.rates = QTableWidget(0, 2, page)
        self.rates.setObjectName("exchangeRatesTable")
        self.rates.setHorizontalHeaderLabels([self.tr("Currency"),
                                              self.tr("Rate, {0}").format(base)])
        self.rates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rates.verticalHeader().hide()
        for code, rate in rates.items():
            self.add_rate(code, editable_amount(rate))  # "470,5" in Russian
        add = QPushButton(self.tr("Add a rate"), page)
        add.setObjectName("addRateButton")
        add.clicked.connect(lambda: self.add_rate())
        remove = QPushButton(self.tr("Remove the rate"), page)
        remove.setObjectName("removeRateButton")
        remove.clicked.connect(self.remove_rate)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.rates)
        layout.addLayout(buttons)
        return page

    def add_rate(self, code: str = "", rate: str = "") -> None:
        """A row (empty: the code cell is put in edit for the person to type)."""
        row = self.rates.rowCount()
        self.rates.insertRow(row)
        code_item = QTableWidgetItem(code)
        self.rates.setItem(row, 0, code_item)
        self.rates.setItem(row, 1, QTableWidgetItem(rate))
        if not code:
            self.rates.setCurrentCell(row, 0)
            self.rates.editItem(code_item)

    def remove_rate(self) -> None:
        row = self.rates.currentRow()
        if row >= 0:
            self.rates.removeRow(row)

    def rate_rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.rates.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.rates.rowCount())]

    def _preview(self, name: str, path: Path | None) -> None:
        pixmap = QPixmap(str(path)) if path else QPixmap()
        label = self.previews[name]
        if pixmap.isNull():
            label.setText(self.tr("none"))
        else:
            label.setPixmap(pixmap.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))

    def choose_image(self, name: str) -> None:
        file, _ = QFileDialog.getOpenFileName(self, self.tr("Image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if file:
            self.new_images[name] = Path(file)
            self._preview(name, Path(file))

    # -- templates -----------------------------------------------------------------------------
    def load_template(self) -> None:
        language, purpose = self.language.currentData(), self.purpose.currentData()
        subject, body = self.ctx.read(lambda s: templates.template(s, language, purpose))
        self.subject.setText(subject)
        self.body.setPlainText(body)

    def check_template(self) -> bool:
        try:
            templates.check(self.subject.text())
            templates.check(self.body.toPlainText())
        except ValidationError as exc:  # checked as the person types: shown beside the text
            self.template_error.setText(error_text(exc))
            return False
        self.template_error.clear()
        return True

    def save_template(self) -> bool:
        if not self.check_template():
            return False
        language, purpose = self.language.currentData(), self.purpose.currentData()
        subject, body = self.subject.text(), self.body.toPlainText()
        return Operation(self, self.ctx, lambda s: templates.save_template(
            s, language, purpose, subject, body)).run()

    # -- saving --------------------------------------------------------------------------------
    def collect(self) -> CompanyInput:
        values = {key: edit.text().strip() for key, edit in self.fields.items()}
        data = CompanyInput(**values, vat_rate=parse_decimal(self.vat.text()),  # type: ignore[arg-type]
                            vat_included=self.vat_included.isChecked(),
                            send_without_review=self.no_review.isChecked())
        for name in IMAGES:
            setattr(data, name, getattr(self.data, name))
        return data

    def save(self) -> bool:
        def write(s: Session) -> None:
            data = self.collect()  # a VAT rate that is not a number is refused here
            rates = rates_from_rows(self.rate_rows())  # so is a rate, or a currency twice
            for name, path in self.new_images.items():
                setattr(data, name, store_file(s, path).id)
            save_company(s, data)  # first: the rates are checked against its currency
            save_exchange_rates(s, rates)

        return Operation(self, self.ctx, write).success(lambda _: self.accept()).run()

"""First run on an empty database: demo data, or a short start wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.demo.generator import generate_demo
from crm_desktop.services.company.first_run import create_start, currencies
from crm_desktop.services.core.db import Database
from crm_desktop.services.locale.formatting import country_name, current_language
from crm_desktop.services.locale.regions import COUNTRIES
from crm_desktop.ui.kit.errors import show_error
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.operations import Job


class FirstRunDialog(QDialog):
    """Accepted once the database has a company and a user (demo or the user's own).

    Nobody is signed in yet, so there is no context or bus: its work runs as `Job`s that open
    their own units of work as the named system operations (first run, demo)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("FirstRunDialog")
        self.setWindowTitle(self.tr("Welcome to CRM Desktop"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._start_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        remember_size(self, 480, 300)  # ui/kit/fit: within the screen, as last time

    def _choice_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("This database is empty. Try the program on realistic demo data, "
                               "or start with your own company."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.demo_button = QPushButton(self.tr("Create demo data"))
        self.demo_button.setObjectName("createDemoButton")
        self.demo_button.clicked.connect(self._create_demo)
        self.start_button = QPushButton(self.tr("Start with my company…"))
        self.start_button.setObjectName("startButton")
        self.start_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.demo_button)
        layout.addWidget(self.start_button)
        layout.addWidget(self.progress)
        layout.addStretch()
        return page

    def _start_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.company_edit = QLineEdit()
        self.company_edit.setObjectName("companyNameEdit")
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("countryCombo")
        for code in COUNTRIES:
            self.country_combo.addItem(f"{code} — {country_name(code)}", code)
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("currencyCombo")
        self.currency_combo.addItems(currencies())
        self.country_combo.currentIndexChanged.connect(self._country_changed)
        self._country_changed()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("userNameEdit")
        form.addRow(self.tr("Company name"), self.company_edit)
        form.addRow(self.tr("Country"), self.country_combo)
        form.addRow(self.tr("Currency"), self.currency_combo)
        form.addRow(self.tr("Your name"), self.name_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self._create_start)
        buttons.rejected.connect(lambda: self.pages.setCurrentIndex(0))
        form.addRow(buttons)
        return page

    def _country_changed(self) -> None:
        code = self.country_combo.currentData()
        if code in COUNTRIES:
            self.currency_combo.setCurrentText(COUNTRIES[code].currency)

    def _create_start(self) -> None:
        company, country = self.company_edit.text(), self.country_combo.currentData()
        currency, name = self.currency_combo.currentText(), self.name_edit.text()
        Job(self, None, lambda: create_start(self.database, company, country, currency, name)) \
            .success(lambda _: self.accept()).run()

    def _create_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.start_button.setEnabled(False)
        self.progress.show()
        self.setCursor(Qt.CursorShape.BusyCursor)

        def failed(exc: Exception) -> None:
            self.unsetCursor()
            self.progress.hide()
            self.demo_button.setEnabled(True)
            self.start_button.setEnabled(True)
            show_error(self, exc)

        language = current_language()  # the demo's pipelines named in the interface language
        Job(self, None, lambda: generate_demo(self.database, "small", language=language)) \
            .success(lambda _: self.accept()).failure(failed).run_in_background()

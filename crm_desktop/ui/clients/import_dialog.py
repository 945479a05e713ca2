"""Import of clients: choose the file, check the mapping on a preview (one field per column),
choose what to do with duplicates, then import off the GUI thread with a progress bar and
Cancel. Nothing is imported when rows have problems, unless a partial import is accepted; the
report says which rows were not imported and why."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.services.clients import importing as ci
from crm_desktop.services.clients.card import new_form
from crm_desktop.services.core.table_files import Table
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.delimiter import delimiter_combo
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.import_report import ask_save_report, report_text
from crm_desktop.ui.kit.operations import Operation, Query

PREVIEW_ROWS = 30


class _Progress:
    """Shared between the worker (writes) and the GUI thread (reads, cancels)."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.cancelled.is_set()


class ClientImportDialog(QDialog):
    loaded = Signal()  # a chosen file is read and its mapping shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientImportDialog")
        self.setWindowTitle(self.tr("Import clients"))
        self.ctx = ctx
        self.table: Table | None = None
        self.report: ci.ImportReport | None = None
        self.progress_state: _Progress | None = None
        self.field_names = {
            ci.NAME: self.tr("Client name"), ci.KIND: self.tr("Kind"),
            ci.FULL_NAME: self.tr("Full name"), ci.TAX_ID: self.tr("Tax ID"),
            ci.TAX_ID_2: self.tr("KPP"), ci.COUNTRY: self.tr("Country"),
            ci.REGION: self.tr("Region"), ci.CITY: self.tr("City"),
            ci.ADDRESS: self.tr("Address"), ci.LEGAL_ADDRESS: self.tr("Legal address"),
            ci.STATUS: self.tr("Status"), ci.SOURCE: self.tr("Source"), ci.TAGS: self.tr("Tags"),
            ci.CURRENCY: self.tr("Currency"), ci.WEBSITE: self.tr("Website"),
            ci.NOTES: self.tr("Notes"), ci.PHONES: self.tr("Office phone"),
            ci.EMAILS: self.tr("Office e-mail"), ci.CONTACT: self.tr("Contact: full name"),
            ci.FIRST: self.tr("Contact: first name"), ci.MIDDLE: self.tr("Contact: middle name"),
            ci.LAST: self.tr("Contact: last name"), ci.POSITION: self.tr("Contact: position"),
            ci.CONTACT_PHONES: self.tr("Contact: phone"),
            ci.CONTACT_EMAILS: self.tr("Contact: e-mail"),
            ci.BIRTHDAY: self.tr("Contact: birthday"), ci.PRIMARY: self.tr("Contact: primary"),
            ci.CLIENT_ID: self.tr("Client ID (groups rows)")}

        choose = QPushButton(self.tr("Choose a file…"), self)
        choose.setObjectName("chooseClientFileButton")
        choose.clicked.connect(self.choose)
        self.file_label = QLabel(self.tr("CSV, Excel (XLSX) or vCard (VCF)"), self)
        self.path: Path | None = None
        # the delimiter of a CSV whose own cannot be told; a change reads the file again
        self.delimiter = delimiter_combo(self, "clientImportDelimiter")
        self.delimiter.currentIndexChanged.connect(
            lambda _index: self.load(self.path) if self.path is not None else None)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("clientImportPreview")
        self.policy = QComboBox(self)
        self.policy.setObjectName("duplicatePolicy")
        self.policy.addItem(self.tr("Skip rows of existing clients"), ci.Policy.SKIP)
        self.policy.addItem(self.tr("Update existing clients"), ci.Policy.UPDATE)
        self.policy.addItem(self.tr("Create anyway (recorded)"), ci.Policy.CREATE)
        self.partial = QCheckBox(self.tr("Import the good rows even if some have problems"),
                                 self)
        self.partial.setObjectName("partialImportCheck")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("clientImportProgress")
        self.progress.hide()
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("runClientImportButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.setObjectName("cancelClientImportButton")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("clientImportResult")
        self.result_label.setWordWrap(True)
        self.save_report = QPushButton(self.tr("Save the report…"), self)
        self.save_report.setEnabled(False)
        self.save_report.clicked.connect(self.ask_save_report)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.delimiter)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Duplicates:"), self))
        options.addWidget(self.policy)
        options.addWidget(self.partial)
        options.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_report)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Choose what each column holds:"), self))
        layout.addWidget(self.preview, 1)
        layout.addLayout(options)
        layout.addWidget(self.result_label)
        layout.addLayout(bottom)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._tick)
        remember_size(self, 1100, 620)  # ui/kit/fit: within the screen, as last time

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import clients"), "",
            self.tr("Clients (*.csv *.xlsx *.vcf);;All files (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the file off the GUI thread (a big XLSX takes seconds); `loaded` tells when
        its preview and mapping are shown."""
        self.path, delimiter = path, self.delimiter.currentData() or None

        def read(s: Session) -> tuple[Table, dict[int, str]]:
            table = ci.read_source(path, delimiter=delimiter)
            return table, ci.guess_mapping(s, table.headers)

        Query(self, self.ctx, read).success(lambda found: self._show_file(path, *found)) \
            .run_in_background()

    def _show_file(self, path: Path, table: Table, mapping: dict[int, str]) -> None:
        self.table = table
        self.file_label.setText(self.tr("{0}: {1} rows").format(path.name, len(table.rows)))
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(shown) + 1)
        self.preview.setHorizontalHeaderLabels(table.headers)
        # the data rows keep their row numbers in the file (as the import report names them)
        self.preview.setVerticalHeaderLabels(
            ["→"] + [str(table.number(i)) for i in range(len(shown))])
        self.combos: list[QComboBox] = []
        for column in range(len(table.headers)):
            combo = QComboBox(self.preview)
            combo.setObjectName(f"mapColumn{column}")
            combo.addItem(self.tr("— skip —"), None)
            for key in ci.FIELDS:
                combo.addItem(self.field_names[key], key)
            select_data(combo, mapping.get(column))
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for r, row in enumerate(shown, start=1):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self.import_button.setEnabled(True)
        self.result_label.clear()
        self.loaded.emit()

    def mapping(self) -> dict[int, str]:
        return {column: combo.currentData() for column, combo in enumerate(self.combos)
                if combo.currentData() is not None}

    def run(self) -> None:
        if self.table is None:
            return
        table, mapping = self.table, self.mapping()
        policy, partial = self.policy.currentData(), self.partial.isChecked()
        user_id = self.ctx.user.id
        state = self.progress_state = _Progress()

        def work(s: Session) -> ci.ImportReport:
            defaults = new_form(s, user_id)
            report = ci.import_clients(
                s, table, mapping, policy, partial=partial,
                responsible_id=defaults.responsible_id, country=defaults.country,
                currency=defaults.currency, progress=state)
            ci.remember_mapping(s, table.headers, mapping)
            return report

        self._busy(True)
        Operation(self, self.ctx, work).success(self._done).failure(self._failed) \
            .finally_(lambda: self._busy(False)).run_in_background()

    def cancel(self) -> None:
        if self.progress_state is not None:
            self.progress_state.cancelled.set()

    def _tick(self) -> None:
        state = self.progress_state
        if state is not None and state.total:
            self.progress.setRange(0, state.total)
            self.progress.setValue(state.done)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.import_button.setEnabled(not busy)
        if busy:
            self.result_label.setText(self.tr("Importing…"))
            self.timer.start()
        else:
            self.timer.stop()

    def _done(self, report: ci.ImportReport) -> None:
        self.report = report
        self._show(report, self.tr(
            "Imported: {0} clients created, {1} updated, {2} skipped as duplicates, "
            "{3} contact persons.").format(report.created, report.updated, report.skipped,
                                           report.contacts))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ci.ImportRefused) and isinstance(exc.report, ci.ImportReport):
            self.report = exc.report
            self._show(exc.report, self.tr(
                "{0} of {1} rows have problems; nothing was imported. Fix the file, or accept "
                "a partial import.").format(len(exc.report.problems), exc.report.rows))
        elif isinstance(exc, ci.ImportCancelled):
            self.result_label.setText(
                self.tr("The import was cancelled; nothing was imported."))
        else:
            self.result_label.setText(error_text(exc))

    def _show(self, report: ci.ImportReport, headline: str) -> None:
        self.result_label.setText(report_text(headline, report.to_read))
        self.save_report.setEnabled(bool(report.problems or report.notes or report.warnings))

    def ask_save_report(self) -> None:
        if self.report is not None:
            ask_save_report(self, self.report)

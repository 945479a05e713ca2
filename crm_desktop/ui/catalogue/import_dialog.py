"""Import prices and stock: choose the file, check the column mapping on a preview, import,
read the report. Reading the file and the import run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.services.core.identity import Permission
from crm_desktop.services.sales import price_import as pi
from crm_desktop.services.sales.catalogue import price_types, warehouses
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.delimiter import delimiter_combo
from crm_desktop.ui.kit.errors import error_text, show_error
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.import_report import ask_save_report, report_text
from crm_desktop.ui.kit.operations import Operation, Query

PREVIEW_ROWS = 20


class PriceImportDialog(QDialog):
    loaded = Signal()  # a chosen file is read and its mapping shown
    finished_import = Signal(object)  # the report, or None when nothing was imported

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PriceImportDialog")
        self.setWindowTitle(self.tr("Import prices and stock"))
        self.ctx = ctx
        self.table: pi.Table | None = None
        self.report: pi.ImportReport | None = None
        self.types, self.stores = ctx.read(lambda s: (price_types(s), warehouses(s)))
        # Minimum prices bound what a seller may sell at: only for whoever may set them.
        self.may_set_minimum = ctx.can(Permission.EDIT_MINIMUM_PRICES)
        self.fields = [(pi.CODE, self.tr("Product code")), (pi.PRICE, self.tr("Price")),
                       (pi.MINIMUM, self.tr("Minimum price")), (pi.STOCK, self.tr("Stock")),
                       (pi.WAREHOUSE, self.tr("Warehouse"))]
        self.fields += [(f"{pi.PRICE_TYPE_PREFIX}{tid}", self.tr("Price: {0}").format(name))
                        for tid, name, _d in self.types]
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.clicked.connect(self.choose)
        self.file_label = QLabel(self.tr("CSV or XLSX from the accounting system"), self)
        self.path: Path | None = None
        # the delimiter of a CSV whose own cannot be told; a change reads the file again
        self.delimiter = delimiter_combo(self, "priceImportDelimiter")
        self.delimiter.currentIndexChanged.connect(
            lambda _index: self.load(self.path) if self.path is not None else None)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("importPreview")
        self.mapping_form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for key, caption in self.fields:
            combo = QComboBox(self)
            combo.setObjectName(f"map_{key.split(':')[0]}")
            self.combos[key] = combo
            self.mapping_form.addRow(caption, combo)
        self.warehouse = QComboBox(self)
        self.warehouse.addItem(self.tr("— from the file —"), None)
        for store in self.stores:
            self.warehouse.addItem(store.name, store.id)
        self.mapping_form.addRow(self.tr("Stock goes to"), self.warehouse)
        self.partial = QCheckBox(self.tr("Import the good rows even if some have problems"),
                                 self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("runImportButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("importResultLabel")
        self.result_label.setWordWrap(True)
        self.save_report = QPushButton(self.tr("Save the report…"), self)
        self.save_report.setEnabled(False)
        self.save_report.clicked.connect(self.ask_save_report)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.delimiter)
        body = QHBoxLayout()
        body.addWidget(self.preview, 2)
        body.addLayout(self.mapping_form, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.partial)
        bottom.addStretch()
        bottom.addWidget(self.save_report)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(bottom)
        remember_size(self, 1000, 560)  # ui/kit/fit: within the screen, as last time

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import prices and stock"), "",
                                              self.tr("Tables (*.csv *.xlsx)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the file off the GUI thread; `loaded` tells when its mapping is shown."""
        self.path, delimiter = path, self.delimiter.currentData() or None

        def read(s: Session) -> tuple[pi.Table, dict[str, int]]:
            table = pi.read_table(path, delimiter=delimiter)
            return table, pi.guess_mapping(s, table.headers)

        Query(self, self.ctx, read).success(lambda found: self._show_file(path, *found)) \
            .run_in_background()

    def _show_file(self, path: Path, table: pi.Table, mapping: dict[str, int]) -> None:
        self.table = table
        self.file_label.setText(self.tr("{0}: {1} rows").format(path.name, len(table.rows)))
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels(table.headers)
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        # rows numbered as the import's report numbers them (the header is row 1)
        self.preview.setVerticalHeaderLabels([str(pi.row_number(r)) for r in range(len(shown))])
        for r, row in enumerate(shown):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), None)
            for index, header in enumerate(table.headers):
                combo.addItem(header, index)
            select_data(combo, mapping.get(key))
        minimum = self.combos[pi.MINIMUM]
        if not self.may_set_minimum:
            minimum.setCurrentIndex(0)  # not imported: the service would refuse the file
            minimum.setEnabled(False)
        self.import_button.setEnabled(True)
        self.loaded.emit()

    def mapping(self) -> dict[str, int]:
        return {key: combo.currentData() for key, combo in self.combos.items()
                if combo.currentData() is not None}

    def run(self) -> None:
        """Import in the background (one transaction); `finished_import` tells the outcome."""
        table = self.table
        if table is None:
            return
        mapping = self.mapping()
        store, partial = self.warehouse.currentData(), self.partial.isChecked()

        def work(s: Session) -> pi.ImportReport:
            report = pi.import_prices(s, table, mapping, store, partial)
            pi.remember_mapping(s, table.headers, mapping)
            return report

        self.import_button.setEnabled(False)
        Operation(self, self.ctx, work).success(self._done).failure(self._refused) \
            .finally_(lambda: self.import_button.setEnabled(True)).run_in_background()

    def _done(self, report: pi.ImportReport) -> None:
        self.report = report
        self._show(report, self.tr("Imported: {0} products updated, {1} stock levels set.")
                   .format(report.products, report.stock_rows))
        self.finished_import.emit(report)

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, pi.ImportRefused) and isinstance(exc.report, pi.ImportReport):
            self.report = exc.report
            self._show(exc.report, error_text(exc))
        else:
            show_error(self, exc)
        self.finished_import.emit(None)

    def _show(self, report: pi.ImportReport, headline: str) -> None:
        self.result_label.setText(report_text(headline, report.problems))
        self.save_report.setEnabled(bool(report.problems))

    def ask_save_report(self) -> None:
        if self.report is not None:
            ask_save_report(self, self.report)

"""The board's deals as a list: sorted by any column (in SQL), opened by double click, exported
to CSV or XLSX. It shows the first LIMIT rows of the sort; the export writes them all."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.services.core.exporting import write_table
from crm_desktop.services.locale.formatting import money, short_date
from crm_desktop.services.sales.deals import listing
from crm_desktop.services.sales.deals.board import DealFilter
from crm_desktop.services.sales.deals.listing import DealRow
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.operations import Query
from crm_desktop.ui.kit.table_model import Column, RowsModel

LIMIT = 2000


class DealsListWindow(QWidget):
    def __init__(self, ctx: AppContext, where: DealFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealsListWindow")
        self.setWindowTitle(self.tr("Deals — list"))
        self.ctx, self.where = ctx, where
        self.sort, self.descending = "stage_entered_at", False
        self.columns: list[tuple[str, Column[DealRow]]] = [
            ("client", Column(self.tr("Client"), lambda r: r.client)),
            ("title", Column(self.tr("Deal"), lambda r: r.title)),
            ("stage", Column(self.tr("Stage"), lambda r: r.stage)),
            ("amount", Column(self.tr("Amount"), lambda r: money(r.amount, r.currency),
                              align_right=True)),
            ("probability", Column(self.tr("Probability"), lambda r: f"{r.probability} %",
                                   align_right=True)),
            ("responsible", Column(self.tr("Responsible"), lambda r: r.responsible or "")),
            ("expected_close", Column(self.tr("Expected close"), lambda r: short_date(
                r.expected_close) if r.expected_close else "")),
            ("source", Column(self.tr("Source"), lambda r: r.source or "")),
            ("status", Column(self.tr("Outcome"), lambda r: label(r.status))),
        ]
        self.model: RowsModel[DealRow] = RowsModel([c for _, c in self.columns], self)
        self.view = QTableView(self)
        self.view.setObjectName("dealsListView")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSectionsClickable(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().sectionClicked.connect(self.sort_by)
        self.view.doubleClicked.connect(self._open)
        self.count = QLabel(self)
        self.count.setObjectName("dealsListCountLabel")
        export = QPushButton(self.tr("&Export…"), self)
        export.setObjectName("dealsExportButton")
        export.clicked.connect(lambda: self.ask_export())
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        remember_size(self, 1100, 600)  # ui/kit/fit: within the screen, as last time
        self.reload()

    def sort_by(self, section: int) -> None:
        key = self.columns[section][0]
        self.descending = not self.descending if key == self.sort else False
        self.sort = key
        self.view.horizontalHeader().setSortIndicator(
            section, Qt.SortOrder.DescendingOrder if self.descending
            else Qt.SortOrder.AscendingOrder)
        self.reload()

    def reload(self) -> None:
        where, sort, desc = self.where, self.sort, self.descending

        def read(s: Session) -> list[DealRow]:
            return list(listing.list_deals(s, where, sort, desc, limit=LIMIT))

        Query(self, self.ctx, read).success(self._show).run_in_background()

    def _show(self, rows: list[DealRow]) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.count.setText(self.tr("{0} deals").format(len(rows)) if len(rows) < LIMIT else
                           self.tr("The first {0} deals (the export writes all)").format(LIMIT))

    def _open(self, index: object) -> None:
        row = self.model.row_at(self.view.currentIndex().row())
        if row is not None:
            from .card import DealCardDialog

            DealCardDialog(self.ctx, row.id, self).open()

    def ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export deals"), "deals.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> None:
        """Every deal of the filter, in the list's order, to CSV or XLSX (off the GUI thread)."""
        where, sort, desc = replace(self.where), self.sort, self.descending

        def work(s: Session) -> int:
            return write_table(path, listing.COLUMNS, (
                list(listing.as_record(r).values())
                for r in listing.list_deals(s, where, sort, desc)))

        Query(self, self.ctx, work).success(
            lambda n: self.count.setText(self.tr("{0} deals written to {1}").format(
                n, path.name))).run_in_background()

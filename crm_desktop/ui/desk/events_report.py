"""Events report with presets (today, this week, overdue, by client, by type) and export."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models import EventType
from crm_desktop.services.activities.report import Preset, ReportRow, events_report
from crm_desktop.services.core.exporting import write_table
from crm_desktop.services.locale.formatting import short_datetime
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.fit import fit_columns, remember_size
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.operations import Job
from crm_desktop.ui.kit.table_model import Column, RowsModel

from .day_panel import make_table


class EventsReportDialog(QDialog):
    event_opened = Signal(object)

    def __init__(self, ctx: AppContext, client_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EventsReportDialog")
        self.setWindowTitle(self.tr("Events"))
        self.ctx, self.user_id, self.client_id = ctx, ctx.user.id, client_id
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("reportPresetCombo")
        for text, preset in ((self.tr("Today"), Preset.TODAY),
                             (self.tr("This week"), Preset.THIS_WEEK),
                             (self.tr("Overdue"), Preset.OVERDUE),
                             (self.tr("Current client"), Preset.BY_CLIENT),
                             (self.tr("By type, last 90 days"), Preset.BY_TYPE)):
            self.preset_combo.addItem(text, preset)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("reportTypeCombo")
        for event_type in EventType:
            self.type_combo.addItem(label(event_type), event_type)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("exportEventsButton")
        self.count_label = QLabel(self)
        self.model: RowsModel[ReportRow] = RowsModel([
            Column(self.tr("Date"), lambda r: short_datetime(r.start_at)),
            Column(self.tr("Client"), lambda r: r.client_name),
            Column(self.tr("Subject"), lambda r: r.subject),
            Column(self.tr("Type"), lambda r: label(r.type)),
            Column(self.tr("Contact person"), lambda r: r.contact_name),
            Column(self.tr("Status"), lambda r: label(r.status)),
            Column(self.tr("Responsible"), lambda r: r.responsible),
        ], self)
        self.view = make_table("eventsReportView", self.model, self, stretch=2)
        self.view.doubleClicked.connect(
            lambda index: self._open(self.model.row_at(index.row())))
        bar = QHBoxLayout()
        bar.addWidget(self.preset_combo)
        bar.addWidget(self.type_combo)
        bar.addStretch()
        bar.addWidget(self.count_label)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.preset_combo.currentIndexChanged.connect(self.reload)
        self.type_combo.currentIndexChanged.connect(self.reload)
        self.export_button.clicked.connect(self.ask_export)
        remember_size(self, 1000, 600)  # ui/kit/fit: within the screen, as last time
        self.reload()

    def reload(self) -> None:
        preset = Preset(self.preset_combo.currentData())
        self.type_combo.setVisible(preset == Preset.BY_TYPE)
        event_type = EventType(self.type_combo.currentData())
        rows = self.ctx.read(lambda s: events_report(s, self.user_id, preset, datetime.now(UTC),
                                                     self.client_id, event_type))
        self.model.set_rows(rows)
        fit_columns(self.view)
        self.count_label.setText(self.tr("{0} events").format(len(rows)))

    def export(self, path: Path) -> int:
        headers = [c.title for c in self.model.columns]
        rows = ([c.text(r) for c in self.model.columns] for r in self.model.rows)
        return write_table(path, headers, rows)

    def ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export events"), "events.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if name:
            Job(self, self.ctx, lambda: self.export(Path(name))).run()

    def _open(self, row: ReportRow | None) -> None:
        if row is not None:
            self.event_opened.emit(row.id)

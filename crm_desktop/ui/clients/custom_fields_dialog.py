"""Settings → Custom fields: the fields every client card gets (administrators only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models import CustomFieldKind
from crm_desktop.services.clients import card as client_service
from crm_desktop.services.clients.card import FieldDef
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.errors import show_error
from crm_desktop.ui.kit.labels import label


class CustomFieldsDialog(QDialog):
    def __init__(self, database: Database, bus: DataBus, user_id: object,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldsDialog")
        self.setWindowTitle(self.tr("Custom fields of the client card"))
        self.database, self.bus, self.user_id = database, bus, user_id
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("customFieldsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Key"), self.tr("Label"), self.tr("Kind"),
            self.tr("Choices (comma-separated)")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        with database.session() as s:
            for d in client_service.custom_fields(s):
                self.add_row(FieldDef(d.key, d.label, d.kind, list(d.choices), d.id))
        add = QPushButton(self.tr("Add field"), self)
        add.setObjectName("addCustomFieldButton")
        add.clicked.connect(lambda: self.add_row(FieldDef("", "")))
        remove = QPushButton(self.tr("Remove field"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(720, 380)

    def add_row(self, definition: FieldDef) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(definition.key))
        self.table.setItem(row, 1, QTableWidgetItem(definition.label))
        combo = QComboBox(self.table)
        for kind in CustomFieldKind:
            combo.addItem(label(kind), kind)
        select_data(combo, definition.kind)
        self.table.setCellWidget(row, 2, combo)
        self.table.setItem(row, 3, QTableWidgetItem(", ".join(definition.choices)))

    def definitions(self) -> list[FieldDef]:
        result = []
        for row in range(self.table.rowCount()):
            texts = [(self.table.item(row, c).text() if self.table.item(row, c) else "")
                     for c in (0, 1, 3)]
            combo = self.table.cellWidget(row, 2)
            kind = combo.currentData() if isinstance(combo, QComboBox) else CustomFieldKind.TEXT
            if not any(t.strip() for t in texts):
                continue
            result.append(FieldDef(texts[0], texts[1], kind,
                                   [c for c in texts[2].split(",") if c.strip()]))
        return result

    def save(self) -> None:
        try:
            with self.database.session(self.user_id) as s:
                client_service.save_custom_fields(s, self.definitions())
        except CrmError as exc:
            show_error(self, exc)
            return
        self.bus.notify("clients")
        self.accept()

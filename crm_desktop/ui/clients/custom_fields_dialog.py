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
from crm_desktop.services.core.identity import Permission
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.operations import Operation


class CustomFieldsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldsDialog")
        self.setWindowTitle(self.tr("Custom fields of the client card"))
        self.ctx = ctx
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("customFieldsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Key"), self.tr("Label"), self.tr("Kind"),
            self.tr("Choices (comma-separated)")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for d in ctx.read(client_service.custom_fields):
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
        if not ctx.can(Permission.EDIT_CUSTOM_FIELDS):  # the service would refuse the save
            for widget in (add, remove, buttons.button(QDialogButtonBox.StandardButton.Save)):
                widget.hide()
            self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)
        remember_size(self, 720, 380)  # ui/kit/fit: within the screen, as last time

    def add_row(self, definition: FieldDef) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(definition.key))
        self.table.setItem(row, 1, QTableWidgetItem(definition.label))
        combo = QComboBox(self.table)
        for kind in CustomFieldKind:
            combo.addItem(label(kind), kind)
        select_data(combo, definition.kind)
        combo.setEnabled(self.ctx.can(Permission.EDIT_CUSTOM_FIELDS))
        self.table.setCellWidget(row, 2, combo)
        self.table.setItem(row, 3, QTableWidgetItem(", ".join(definition.choices)))

    def definitions(self) -> list[FieldDef]:
        result = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, c) for c in (0, 1, 3)]
            texts = [item.text() if item else "" for item in items]
            combo = self.table.cellWidget(row, 2)
            kind = combo.currentData() if isinstance(combo, QComboBox) else CustomFieldKind.TEXT
            if not any(t.strip() for t in texts):
                continue
            result.append(FieldDef(texts[0], texts[1], kind,
                                   [c for c in texts[2].split(",") if c.strip()]))
        return result

    def save(self) -> None:
        definitions = self.definitions()
        Operation(self, self.ctx, lambda s: client_service.save_custom_fields(s, definitions)) \
            .success(lambda _: self.accept()).run()

"""The card's Custom fields tab: one widget per field an administrator defined."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from crm_desktop.models import CustomFieldDef, CustomFieldKind
from crm_desktop.services.clients.card import ClientForm
from crm_desktop.ui.kit.combo import select_data

from .base import CardTab, Located, date_edit, date_of, set_date

tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")


class CustomTab(CardTab):
    key = "custom"

    def __init__(self, definitions: list[CustomFieldDef], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definitions = definitions
        form = QFormLayout(self)
        self.widgets: dict[str, QWidget] = {}
        if not definitions:
            form.addRow(QLabel(tr.translate(
                "ClientCardDialog",
                "No custom fields yet. An administrator adds them in Settings → Custom fields."),
                self))
        for definition in definitions:
            widget = self._widget(definition)
            widget.setObjectName(f"custom_{definition.key}")
            self.widgets[definition.key] = widget
            form.addRow(definition.label, widget)

    def _widget(self, definition: CustomFieldDef) -> QWidget:
        match definition.kind:
            case CustomFieldKind.CHECKBOX:
                return QCheckBox(self)
            case CustomFieldKind.CHOICE:
                combo = QComboBox(self)
                combo.addItem("", None)
                for choice in definition.choices:
                    combo.addItem(choice, choice)
                return combo
            case CustomFieldKind.DATE:
                return date_edit(self, None, f"custom_{definition.key}")
            case _:
                return QLineEdit(self)

    def title(self) -> str:
        return tr.translate("ClientCardDialog", "Custom fields")

    def load(self, form: ClientForm) -> None:
        for key, widget in self.widgets.items():
            value: Any = form.custom.get(key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                select_data(widget, value)
            elif isinstance(widget, QDateEdit):
                set_date(widget, date.fromisoformat(value) if value else None)
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))

    def store(self, form: ClientForm) -> None:
        for key, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                form.custom[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                form.custom[key] = widget.currentData()
            elif isinstance(widget, QDateEdit):
                value = date_of(widget)
                form.custom[key] = value.isoformat() if value else None
            elif isinstance(widget, QLineEdit):
                form.custom[key] = widget.text()

    def locate(self, path: list[str]) -> Located | None:
        if path[0] != "custom" or len(path) < 2:
            return None
        caption = next((d.label for d in self.definitions if d.key == path[1]), path[1])
        return self.widgets.get(path[1]), caption

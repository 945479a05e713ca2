"""The client's requisites, read-only (the full client card comes with the clients issue)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from crm_desktop.services.desk import ClientCard


class RequisitesDialog(QDialog):
    def __init__(self, card: ClientCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RequisitesDialog")
        self.setWindowTitle(self.tr("Requisites — {0}").format(card.short_name))
        form = QFormLayout(self)
        for caption, value in (
                (self.tr("Name"), card.short_name), (self.tr("Full name"), card.full_name),
                (self.tr("Tax ID"), card.tax_id), (self.tr("Country"), card.country),
                (self.tr("Region"), card.region), (self.tr("City"), card.city),
                (self.tr("Address"), card.address), (self.tr("Status"), card.status),
                (self.tr("Source"), card.source), (self.tr("Responsible"), card.responsible),
                (self.tr("Tags"), ", ".join(card.tags)), (self.tr("Notes"), card.notes)):
            text = QLabel(value or "—", self)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            form.addRow(caption, text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, 420)

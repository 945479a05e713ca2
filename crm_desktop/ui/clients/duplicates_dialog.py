"""The warning before a client is saved that looks like one we already have."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.clients.duplicates import Candidate
from crm_desktop.ui.kit.fit import remember_size

from .texts import candidate_text


def fill_candidates(table: QTableWidget, candidates: list[Candidate]) -> None:
    table.setRowCount(len(candidates))
    for row, candidate in enumerate(candidates):
        table.setItem(row, 0, QTableWidgetItem(candidate.name))
        table.setItem(row, 1, QTableWidgetItem(candidate_text(candidate)))
    table.resizeColumnsToContents()


def candidates_table(parent: QWidget, object_name: str) -> QTableWidget:
    table = QTableWidget(0, 2, parent)
    table.setObjectName(object_name)
    tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")
    table.setHorizontalHeaderLabels([tr.translate("clients", "Existing client"),
                                     tr.translate("clients", "What matches")])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


class DuplicatesDialog(QDialog):
    """Lists the candidates with what matched. Result: `open_id` set (open that client), or
    accepted (save anyway, recorded), or rejected (go back to the card)."""

    SAVE_ANYWAY = 2

    def __init__(self, candidates: list[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.candidates = candidates
        self.open_id: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "These clients look like the one you are saving. Open the existing one, or save "
            "anyway (your decision is recorded)."), self))
        self.table = candidates_table(self, "duplicateCandidates")
        fill_candidates(self.table, candidates)
        self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Open existing"), self)
        self.open_button.setObjectName("openExistingButton")
        self.open_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save anyway"), self)
        self.save_button.setObjectName("saveAnywayButton")
        back = QPushButton(self.tr("Back to the card"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(back, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.accept)
        back.clicked.connect(self.reject)
        layout.addWidget(buttons)
        remember_size(self, 620, 280)  # ui/kit/fit: within the screen, as last time

    def open_selected(self) -> None:
        row = max(self.table.currentRow(), 0)
        self.open_id = self.candidates[row].client_id
        self.done(self.SAVE_ANYWAY + 1)

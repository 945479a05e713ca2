"""The card's History tab: events, deals and documents, and the duplicates kept beside it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.clients.card import HistoryRow
from crm_desktop.services.locale.formatting import money, short_date
from crm_desktop.ui.kit.labels import label

from .base import CardTab

tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")


class HistoryTab(CardTab):
    """Read-only: shows what the card was opened with."""

    key = "history"

    def __init__(self, history: list[HistoryRow], decisions: list[tuple[str, str, datetime]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        table = QTableWidget(len(history), 4, self)
        table.setObjectName("clientHistoryTable")
        table.setHorizontalHeaderLabels([
            tr.translate("ClientCardDialog", "Date"), tr.translate("ClientCardDialog", "What"),
            tr.translate("ClientCardDialog", "Details"),
            tr.translate("ClientCardDialog", "Amount")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        kinds = {"event": tr.translate("ClientCardDialog", "Event"),
                 "deal": tr.translate("ClientCardDialog", "Deal"),
                 "document": tr.translate("ClientCardDialog", "Document")}
        for row, entry in enumerate(history):
            at = entry.at.astimezone().date() if isinstance(entry.at, datetime) else entry.at
            amount = money(entry.amount, entry.currency) if entry.amount is not None else ""
            details = f"{label(entry.what)}: {entry.text}"
            for column, text in enumerate((short_date(at), kinds[entry.kind], details, amount)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table)
        if decisions:
            layout.addWidget(QLabel(
                tr.translate("ClientCardDialog", "Kept beside similar clients:"), self))
            kept = QListWidget(self)
            kept.setObjectName("duplicateDecisions")
            for name, matched, at in decisions:
                kept.addItem(f"{short_date(at.astimezone().date())}: {name} ({matched})")
            layout.addWidget(kept)

    def title(self) -> str:
        return tr.translate("ClientCardDialog", "History")

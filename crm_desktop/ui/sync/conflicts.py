"""The conflict inbox (`syncConflicts`): each value a sync did not keep — the record, the
field, the value now and the one lost, who and when — with Keep theirs and Take mine."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.core.changes import Change
from crm_desktop.services.locale import formatting
from crm_desktop.services.locale.formatting import short_datetime
from crm_desktop.services.sync import inbox
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Operation, Query

_NUMBER = re.compile(r"-?\d+\.\d{2}")  # how an amount travels in a change ("18341990.00")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _value(value: Any) -> str:
    """A synced value as the interface language writes it: amounts and days formatted, a
    stored code (a status, a stage kind) as its word."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return label_of_bool(value)
    if isinstance(value, int | float):
        return formatting.number(Decimal(str(value)))
    if isinstance(value, str):
        if _NUMBER.fullmatch(value):
            return formatting.amount(Decimal(value))
        if _DAY.fullmatch(value):
            return formatting.short_date(date.fromisoformat(value))
        return value
    return json.dumps(value, ensure_ascii=False)


def label_of_bool(value: bool) -> str:
    return QCoreApplication.translate("ConflictsWindow", "yes") if value else \
        QCoreApplication.translate("ConflictsWindow", "no")


class ConflictsWindow(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[inbox.ConflictView] = []
        self.setObjectName("syncConflicts")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(1320, 440)
        self.note = QLabel(self.tr("Values a sync did not keep. Keep theirs leaves the record "
                                   "as it is; Take mine writes your value back (it is sent "
                                   "at the next sync)."))
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("syncConflictsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Record"), self.tr("Field"), self.tr("Why"),
            self.tr("Now (theirs)"), self.tr("Lost (mine)"), self.tr("Kept by"),
            self.tr("Lost by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.keep = QPushButton(self.tr("Keep theirs"))
        self.keep.setObjectName("syncKeepTheirs")
        self.take = QPushButton(self.tr("Take mine"))
        self.take.setObjectName("syncTakeMine")
        self.keep.clicked.connect(lambda: self.resolve(False))
        self.take.clicked.connect(lambda: self.resolve(True))
        self.table.itemSelectionChanged.connect(self._selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep)
        buttons.addWidget(self.take)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.ctx.bus.subscribe({Change.SYNC, Change.ALL}, lambda _kinds: self.reload(),
                               owner=self)
        self._selected()

    def kinds(self) -> dict[str, str]:
        return {"overwritten": self.tr("changed later elsewhere"),
                "deleted": self.tr("deleted elsewhere"),
                "protected": self.tr("protected (issued or won)"),
                "refused": self.tr("not allowed")}

    def field_label(self, table: str, field: str) -> str:
        """The field in words (the column's name where none is written yet)."""
        tables = {"clients": self.tr("Client"), "contacts": self.tr("Contact"),
                  "phones": self.tr("Phone"), "emails": self.tr("E-mail"),
                  "deals": self.tr("Deal"), "events": self.tr("Event"),
                  "sales_documents": self.tr("Document"),
                  "sales_document_lines": self.tr("Document line"),
                  "payments": self.tr("Payment"), "orders": self.tr("Order")}
        fields = {"raw": self.tr("number"), "e164": self.tr("number (international)"),
                  "address": self.tr("address"), "city": self.tr("city"),
                  "region": self.tr("region"), "full_name": self.tr("name"),
                  "short_name": self.tr("name"), "position": self.tr("position"),
                  "amount": self.tr("amount"), "total": self.tr("total"),
                  "price": self.tr("price"), "subject": self.tr("subject"),
                  "result": self.tr("result"), "notes": self.tr("notes"),
                  "deleted_at": self.tr("deleted"), "*": self.tr("new record")}
        return f"{tables.get(table, table)}: {fields.get(field, field)}"

    def reload(self) -> None:
        Query(self, self.ctx, inbox.conflicts).success(self._show).run_in_background()

    def _show(self, rows: list[inbox.ConflictView]) -> None:
        self.rows = rows
        kinds = self.kinds()
        self.table.setRowCount(len(rows))
        for n, c in enumerate(rows):
            cells = [short_datetime(c.at), c.record, self.field_label(c.table, c.field),
                     kinds.get(c.kind, c.kind),
                     _value(c.kept), _value(c.lost),
                     f"{c.kept_by}, {short_datetime(c.kept_at) if c.kept_at else '?'}",
                     f"{c.lost_by}, {short_datetime(c.lost_at) if c.lost_at else '?'}"]
            for col, text in enumerate(cells):
                self.table.setItem(n, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 240))  # long names: tooltip
        for n, c in enumerate(rows):
            item = self.table.item(n, 1)
            if item is not None:
                item.setToolTip(c.record)
        self._selected()

    def current(self) -> inbox.ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selected(self) -> None:
        chosen = self.current()
        self.keep.setEnabled(chosen is not None)
        self.take.setEnabled(chosen is not None and chosen.kind == "overwritten")

    def resolve(self, take_mine: bool) -> None:
        chosen = self.current()
        if chosen is None:
            return
        Operation(self, self.ctx, lambda s: inbox.resolve_conflict(
            s, chosen.id, take_mine)).success(lambda _r: self.reload()).run()

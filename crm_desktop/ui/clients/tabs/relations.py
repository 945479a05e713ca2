"""The card's Relations tab: typed links to other clients (branch of, dealer of…)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.clients.card import ClientForm, RelationForm
from crm_desktop.services.clients.search import search_clients
from crm_desktop.ui.kit.context import AppContext

from ..texts import warn
from .base import ID_ROLE, CardTab, Located

tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")


class RelationsTab(CardTab):
    key = "relations"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("relationsTable")
        self.table.setHorizontalHeaderLabels([tr.translate("ClientCardDialog", "Partner"),
                                              tr.translate("ClientCardDialog", "Relation"),
                                              tr.translate("ClientCardDialog", "Note")])
        self.table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(tr.translate("ClientCardDialog", "Link a partner…"), self)
        add.setObjectName("addRelationButton")
        add.clicked.connect(self.add_relation)
        remove = QPushButton(tr.translate("ClientCardDialog", "Remove link"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)

    def title(self) -> str:
        return tr.translate("ClientCardDialog", "Relations")

    def load(self, form: ClientForm) -> None:
        self.client_id = form.id
        self.table.setRowCount(0)
        for relation in form.relations:
            self._add_row(relation)

    def _add_row(self, relation: RelationForm) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        partner = QTableWidgetItem(relation.other_name)
        partner.setData(ID_ROLE, (relation.other_id, relation.id))
        partner.setFlags(partner.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, partner)
        self.table.setItem(row, 1, QTableWidgetItem(relation.kind))
        self.table.setItem(row, 2, QTableWidgetItem(relation.note))

    def add_relation(self) -> None:
        text, ok = QInputDialog.getText(
            self, tr.translate("ClientCardDialog", "Link a partner"),
            tr.translate("ClientCardDialog", "Partner's name, tax ID or phone"))
        if not ok or not text.strip():
            return
        hits = [h for h in self.ctx.read(lambda s: search_clients(s, text, limit=20))
                if h.client_id != self.client_id]
        if not hits:
            warn(self, tr.translate("ClientCardDialog", "No client matches {0}").format(text))
            return
        names = [h.client_name for h in hits]
        name, ok = QInputDialog.getItem(self, tr.translate("ClientCardDialog", "Link a partner"),
                                        tr.translate("ClientCardDialog", "Partner"),
                                        names, 0, False)
        if not ok:
            return
        hit = hits[names.index(name)]
        kind, ok = QInputDialog.getText(
            self, tr.translate("ClientCardDialog", "Link a partner"),
            tr.translate("ClientCardDialog", "Relation (e.g. branch of, dealer of)"))
        if ok:
            self._add_row(RelationForm(hit.client_id, kind, "", hit.client_name))

    def store(self, form: ClientForm) -> None:
        form.relations = []
        for row in range(self.table.rowCount()):
            partner = self.table.item(row, 0)
            kind = self.table.item(row, 1)
            note = self.table.item(row, 2)
            if partner is None:
                continue
            other_id, relation_id = partner.data(ID_ROLE)
            form.relations.append(RelationForm(other_id, kind.text() if kind else "",
                                               note.text() if note else "", partner.text(),
                                               relation_id))

    def locate(self, path: list[str]) -> Located | None:
        if path[0] != "relations":
            return None
        return self.table, tr.translate("ClientCardDialog", "Relations")

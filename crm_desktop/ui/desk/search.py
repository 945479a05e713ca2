"""Global search (Ctrl+K): type-ahead over clients, tax IDs, contacts, e-mails and phones."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm_desktop.services.clients.search import search_clients
from crm_desktop.ui.kit.context import AppContext

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GlobalSearch(QLineEdit):
    client_chosen = Signal(object)  # uuid.UUID

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("globalSearch")
        self.setPlaceholderText(self.tr("Search clients, contacts, phones, e-mails, tax IDs "
                                        "(Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(  # type: ignore[index]
            self._activated)
        self.textEdited.connect(self.run_search)
        self.returnPressed.connect(self._first)

    def run_search(self, text: str) -> int:
        """Fill the popup with matches for `text`; returns how many were found."""
        hits = self.ctx.read(lambda s: search_clients(s, text))
        self.results.clear()
        for hit in hits:
            item = QStandardItem(hit.client_name + (f"  —  {hit.matched}" if hit.matched else ""))
            item.setData(hit.client_id, CLIENT_ID_ROLE)
            self.results.appendRow(item)
        if hits:
            self.completer_.complete()
        else:
            popup = self.completer_.popup()
            if popup is not None:
                popup.hide()
        return len(hits)

    def _activated(self, index: QModelIndex) -> None:
        client_id = index.data(CLIENT_ID_ROLE)
        if client_id is not None:
            self.client_chosen.emit(client_id)
            self.clear()

    def _first(self) -> None:
        if self.results.rowCount():
            self._activated(self.results.index(0, 0))

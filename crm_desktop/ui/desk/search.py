"""Global search (Ctrl+K): type-ahead over clients, tax IDs, contacts, e-mails, phones and
places. Each keystroke's search runs off the GUI thread (one in flight; the latest text runs
when it returns, older answers are dropped); a result names the client, what matched, its
tax ID and city (two "Береке" tell apart), and an empty answer says so."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm_desktop.services.clients.search import SearchHit, search_clients
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Query

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_CHARS = 2  # what search_clients needs to find anything


class GlobalSearch(QLineEdit):
    client_chosen = Signal(object)  # uuid.UUID
    answered = Signal(int)  # the popup shows an answer: how many clients were found

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("globalSearch")
        self.setPlaceholderText(self.tr("Search clients, contacts, phones, e-mails, tax IDs, "
                                        "cities (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        popup = self.completer_.popup()
        if popup is not None:
            popup.setObjectName("globalSearchPopup")
            popup.setMinimumWidth(560)
        self.completer_.activated[QModelIndex].connect(  # type: ignore[index]
            self._activated)
        self.textEdited.connect(self.search_later)
        self.returnPressed.connect(self._first)
        self._running = False
        self._wanted: str | None = None  # the text to search when the running one returns

    # -- searching ----------------------------------------------------------------------------
    def search_later(self, text: str) -> None:
        """Search `text` in the background; while one search runs, only the latest text waits."""
        self._wanted = text
        if not self._running:
            self._next()

    def _next(self) -> None:
        text, self._wanted = self._wanted, None
        if text is None:
            return
        if len(text.strip()) < MIN_CHARS:
            self._show(text, [])
            return
        self._running = True
        Query(self, self.ctx, lambda s: search_clients(s, text)) \
            .success(lambda hits: self._answer(text, hits)) \
            .finally_(self._finished).run_in_background()

    def _answer(self, text: str, hits: list[SearchHit]) -> None:
        if self._wanted is None and text == self.text():  # not overtaken by newer typing
            self._show(text, hits)

    def _finished(self) -> None:
        self._running = False
        self._next()

    def run_search(self, text: str) -> int:
        """Search now, on the GUI thread, and fill the popup; returns how many were found."""
        hits = self.ctx.read(lambda s: search_clients(s, text))
        self._show(text, hits)
        return len(hits)

    # -- showing ------------------------------------------------------------------------------
    def hit_text(self, hit: SearchHit) -> str:
        """"Name — what matched · tax ID … · city": enough to tell twins apart."""
        details = []
        if hit.matched and hit.matched not in (hit.city, hit.tax_id):
            details.append(hit.matched)
        if hit.tax_id:
            details.append(self.tr("tax ID {0}").format(hit.tax_id))
        if hit.city:
            details.append(hit.city)
        return hit.client_name + (f"  —  {' · '.join(details)}" if details else "")

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        self.results.clear()
        for hit in hits:
            item = QStandardItem(self.hit_text(hit))
            item.setData(hit.client_id, CLIENT_ID_ROLE)
            item.setToolTip(item.text())
            item.setEditable(False)
            self.results.appendRow(item)
        popup = self.completer_.popup()
        if not hits and len(text.strip()) >= MIN_CHARS:
            nothing = QStandardItem(self.tr("Nothing found for “{0}”").format(text.strip()))
            nothing.setFlags(Qt.ItemFlag.NoItemFlags)
            nothing.setData("nothing", Qt.ItemDataRole.AccessibleDescriptionRole)
            self.results.appendRow(nothing)
        if self.results.rowCount():
            self.completer_.complete()
        elif popup is not None:
            popup.hide()
        self.answered.emit(len(hits))

    def _activated(self, index: QModelIndex) -> None:
        client_id = index.data(CLIENT_ID_ROLE)
        if client_id is not None:
            self.client_chosen.emit(client_id)
            self.clear()

    def _first(self) -> None:
        if self.results.rowCount() and self.results.item(0).data(CLIENT_ID_ROLE) is not None:
            self._activated(self.results.index(0, 0))

"""A badge on a client's card when a sync left a conflict about that client open
(`clientSyncConflictBadge`): hidden otherwise; a click opens the conflict inbox (the main
window's, if the card sits in one)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QPushButton, QWidget

from crm_desktop.services.core.changes import Change
from crm_desktop.services.sync import inbox
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Query


class ConflictBadge(QPushButton):
    def __init__(self, ctx: AppContext, client_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.client_id = ctx, client_id
        self.count = 0
        self.inbox: QWidget | None = None
        self.setObjectName("clientSyncConflictBadge")
        self.setFlat(True)
        self.setStyleSheet("QPushButton { color: #b3261e; font-weight: bold; "
                           "text-align: left; }")
        self.setToolTip(self.tr("A sync did not keep a value of this client: open the "
                                "conflict inbox"))
        self.hide()
        self.clicked.connect(self.open_inbox)
        if client_id is not None:
            self.ctx.bus.subscribe({Change.SYNC, Change.ALL}, lambda _kinds: self.reload(),
                                   owner=self)
            self.reload()

    def reload(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        Query(self, self.ctx, lambda s: inbox.open_for_client(s, client_id)) \
            .success(self._show).run_in_background()

    def _show(self, count: int) -> None:
        self.count = count
        text = self.tr("⚠ %n open sync conflict(s)", "", count)
        self.setText(text.replace("(s)", "" if count == 1 else "s"))  # English has no .ts
        self.setVisible(count > 0)

    def open_inbox(self) -> None:
        window = self.window().parentWidget()
        while window is not None and not hasattr(window, "sync"):
            window = window.parentWidget()
        controls = getattr(window, "sync", None)
        if controls is not None and hasattr(controls, "open_conflicts"):
            controls.open_conflicts()
            self.inbox = controls.conflicts_window
            return
        from .conflicts import ConflictsWindow

        found = ConflictsWindow(self.ctx, self.window())
        found.reload()
        found.show()
        self.inbox = found

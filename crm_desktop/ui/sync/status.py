"""Sync state in the status bar ("Synced at 14:02, 3 waiting", "Offline — 3 waiting"), a Sync
menu (Sync now, Conflicts…) and a round every few seconds in the background (a Job: the GUI
thread never waits for the network). Nothing shows on a copy that was never connected
(`crm-desktop connect`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar

from crm_desktop.services.core.changes import Change
from crm_desktop.services.locale.formatting import short_time
from crm_desktop.services.sync import laptop
from crm_desktop.services.team import client as tc
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.kit.operations import Job

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow

    from .conflicts import ConflictsWindow

INTERVAL_MS = 5000


def _round(database: laptop.dbs.Database,
           progress: laptop.Progress | None = None) -> laptop.RoundResult:
    with laptop.open_client(database) as client:
        return laptop.sync_round(database, client.request, progress)


class _Progress(QObject):
    """Carries a pull's progress from the sync's worker thread to the status bar (a queued
    signal: the worker never touches a widget)."""

    moved = Signal(int, int)


class SyncControls(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.running = False
        self.conflicts_window: ConflictsWindow | None = None
        self.label = QLabel()
        self.label.setObjectName("statusSyncLabel")
        window.statusBar().addPermanentWidget(self.label)
        self.bar = QProgressBar()  # a first sync (or a long time offline): pages of changes
        self.bar.setObjectName("statusSyncProgress")
        self.bar.setMaximumWidth(160)
        self.bar.setFormat(self.tr("Receiving %p%"))
        self.bar.hide()
        window.statusBar().addPermanentWidget(self.bar)
        self.progress = _Progress(self)
        self.progress.moved.connect(self.show_progress)
        menu = window.menuBar().addMenu(self.tr("S&ync"))
        menu.setObjectName("syncMenu")
        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.setObjectName("syncNow")
        self.sync_action.triggered.connect(self.sync_now)
        self.conflicts_action = QAction(self.tr("Conflicts…"), self)
        self.conflicts_action.setObjectName("syncConflictsAction")
        self.conflicts_action.triggered.connect(self.open_conflicts)
        menu.addAction(self.sync_action)
        menu.addAction(self.conflicts_action)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.connected = window.database.is_sqlite and laptop.load_profile(
            window.database) is not None
        self.sync_action.setEnabled(self.connected)
        self.label.setVisible(self.connected)
        if self.connected:
            self.show_state(None)
            self.timer.start()

    def show_state(self, offline: str | None) -> None:
        state = laptop.status(self.window.database)
        if offline is not None:
            text = self.tr("Offline — {0} waiting").format(state.waiting)
        elif state.synced_at is None:
            text = self.tr("Not synced yet — {0} waiting").format(state.waiting)
        else:
            text = self.tr("Synced at {0}, {1} waiting").format(short_time(state.synced_at),
                                                               state.waiting)
        if state.conflicts_open:
            text += self.tr(" · {0} conflicts").format(state.conflicts_open)
        self.label.setText(text)
        self.label.setToolTip(offline or self.tr("{0} as {1}").format(state.address,
                                                                       state.login))

    def sync_now(self) -> None:
        if self.running or not self.connected:
            return
        self.running = True
        self.label.setText(self.tr("Syncing…"))
        database = self.window.database
        moved = self.progress.moved
        Job(self, self.ctx, lambda: _round(database, moved.emit),
            changes=lambda r: {Change.ALL} if r.pulled else {Change.SYNC}) \
            .success(lambda _r: self.show_state(None)) \
            .failure(self._failed).finally_(self._done).run_in_background()

    def _failed(self, exc: Exception) -> None:
        unreachable = getattr(exc, "code", "") in (tc.UNREACHABLE.code, "team.slow_down")
        self.show_state(self.tr("the team server does not answer") if unreachable
                        else error_text(exc))

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))
        self.bar.show()

    def _done(self) -> None:
        self.running = False
        self.bar.hide()

    def open_conflicts(self) -> None:
        from .conflicts import ConflictsWindow

        if self.conflicts_window is None:
            self.conflicts_window = ConflictsWindow(self.ctx, self.window)
        self.conflicts_window.reload()
        self.conflicts_window.show()
        self.conflicts_window.raise_()

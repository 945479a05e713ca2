"""Delivers the outbox in the background: at start, every minute, and right after a send."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.services.core.db import Database
from crm_desktop.services.mail import outbox as mail
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.tasks import run_task

INTERVAL_MS = 60_000


class OutboxSender(QObject):
    finished = Signal(object)  # mail.SendReport

    def __init__(self, database: Database, bus: DataBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database, self.bus = database, bus
        self._running = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.kick)
        self.timer.start()
        bus.changed.connect(lambda kinds: self.kick() if "outbox" in kinds else None)

    def kick(self) -> None:
        """Send what is due, off the GUI thread; one run at a time."""
        if self._running:
            self._again = True
            return
        self._running = True
        run_task(lambda: mail.send_due(self.database), self._done, self._failed, owner=self)

    def _done(self, report: mail.SendReport) -> None:
        self._running = False
        if report.sent or report.failed or report.retrying:
            self.bus.notify("outbox_status")
        self.finished.emit(report)
        if self._again:
            self._again = False
            self.kick()

    def _failed(self, _exc: Exception) -> None:
        self._running = False
        self.finished.emit(mail.SendReport())

"""Delivers the outbox in the background: at start, every minute, and right after a send."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.services.core.changes import Change
from crm_desktop.services.mail import outbox as mail
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Job

INTERVAL_MS = 60_000


class OutboxSender(QObject):
    finished = Signal(object)  # mail.SendReport

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._running = False
        self._again = False
        self._publishing = False  # our own status news must not start another run
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.kick)
        self.timer.start()
        ctx.bus.subscribe({Change.OUTBOX}, self._outbox_changed, owner=self)

    def _outbox_changed(self, _kinds: frozenset[Change]) -> None:
        if not self._publishing:
            self.kick()

    def kick(self) -> None:
        """Send what is due, off the GUI thread; one run at a time. `send_due` opens its own
        units of work as the mail sender, one per message."""
        if self._running:
            self._again = True
            return
        self._running = True
        Job(self, self.ctx, lambda: mail.send_due(self.ctx.database), changes=self._moved) \
            .success(self._done).failure(self._failed).run_in_background()

    def _moved(self, report: mail.SendReport) -> frozenset[Change]:
        """A run that sent, failed or postponed a message moved statuses the views show; the
        Job publishes this right before `_done`."""
        moved = bool(report.sent or report.failed or report.retrying)
        self._publishing = moved
        return frozenset({Change.OUTBOX}) if moved else frozenset()

    def _done(self, report: mail.SendReport) -> None:
        self._publishing = False
        self._running = False
        self.finished.emit(report)
        if self._again:
            self._again = False
            self.kick()

    def _failed(self, _exc: Exception) -> None:
        self._running = False
        self.finished.emit(mail.SendReport())

"""The outbox: what is waiting, what failed and why; retry, cancel, open in the mail client."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from crm_desktop.models import OutboxStatus
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.locale.formatting import short_datetime
from crm_desktop.services.mail import outbox as mail
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.errors import show_error
from crm_desktop.ui.kit.table_model import MUTED, WARN, Column, RowsModel

from ..desk.day_panel import make_table

PROBLEMS = (OutboxStatus.FAILED, OutboxStatus.INTERRUPTED, OutboxStatus.RETRYING)


class OutboxWindow(QDialog):
    def __init__(self, database: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutboxWindow")
        self.setWindowTitle(self.tr("Outbox"))
        self.database, self.bus = database, bus
        self.model: RowsModel[mail.OutboxRow] = RowsModel([
            Column(self.tr("Queued"), lambda r: short_datetime(r.created_at)),
            Column(self.tr("Status"), lambda r: self._status(r.status),
                   color=lambda r: WARN if r.status in PROBLEMS else
                   (MUTED if r.status == OutboxStatus.SENT else None)),
            Column(self.tr("To"), lambda r: r.recipients),
            Column(self.tr("Subject"), lambda r: r.subject),
            Column(self.tr("Attempts"), lambda r: str(r.attempts), align_right=True),
            Column(self.tr("Server's answer"), lambda r: r.last_error,
                   tooltip=lambda r: r.last_error),
        ], self)
        self.view = make_table("outboxView", self.model, self, stretch=5)
        self.show_sent = QCheckBox(self.tr("Show sent mail"), self)
        self.show_sent.toggled.connect(lambda _c: self.reload())
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_sent)
        buttons.addStretch()
        for name, text, slot in (("retryOutboxButton", self.tr("&Retry"), self.retry),
                                 ("cancelOutboxButton", self.tr("&Cancel message"), self.cancel),
                                 ("emlOutboxButton", self.tr("Open in mail &client"),
                                  self.open_eml)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        bus.changed.connect(lambda kinds: self.reload()
                            if kinds & {"outbox", "outbox_status"} else None)
        self.resize(1000, 420)
        self.reload()

    def _status(self, status: OutboxStatus) -> str:
        return {OutboxStatus.QUEUED: self.tr("Queued"), OutboxStatus.SENDING: self.tr("Sending"),
                OutboxStatus.SENT: self.tr("Sent"),
                OutboxStatus.RETRYING: self.tr("Will retry"),
                OutboxStatus.FAILED: self.tr("Failed"),
                OutboxStatus.INTERRUPTED: self.tr("Interrupted: check before resending"),
                OutboxStatus.CANCELLED: self.tr("Cancelled"),
                OutboxStatus.DRAFT: self.tr("Draft")}[status]

    def reload(self) -> None:
        with self.database.session() as s:
            self.model.set_rows(mail.outbox_rows(s, self.show_sent.isChecked()))
        self.view.resizeColumnsToContents()

    def current(self) -> mail.OutboxRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _act(self, action) -> None:  # type: ignore[no-untyped-def]
        row = self.current()
        if row is None:
            return
        try:
            with self.database.session() as s:
                action(s, row.id)
        except CrmError as exc:
            show_error(self, exc)
            return
        self.bus.notify("outbox")

    def retry(self) -> None:
        self._act(mail.retry)

    def cancel(self) -> None:
        self._act(mail.cancel)

    def open_eml(self) -> Path | None:
        row = self.current()
        if row is None:
            return None
        try:
            with self.database.session() as s:
                path = mail.write_eml(s, row.id, Path(tempfile.gettempdir()))
        except CrmError as exc:
            show_error(self, exc)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

"""The outbox: what is waiting, what failed and why; retry, cancel, open in the mail client."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from crm_desktop.models import OutboxStatus
from crm_desktop.services.core.changes import Change
from crm_desktop.services.locale.formatting import short_datetime
from crm_desktop.services.mail import document_mail
from crm_desktop.services.mail import outbox as mail
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.fit import fit_columns, remember_size
from crm_desktop.ui.kit.operations import Operation, Query
from crm_desktop.ui.kit.table_model import MUTED, WARN, Column, RowsModel

from ..desk.day_panel import make_table

PROBLEMS = (OutboxStatus.FAILED, OutboxStatus.INTERRUPTED, OutboxStatus.RETRYING,
            OutboxStatus.PARTIAL)


class OutboxWindow(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutboxWindow")
        self.setWindowTitle(self.tr("Outbox"))
        self.ctx = ctx
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
        for name, text, slot in (("openDraftButton", self.tr("Open &draft…"), self.open_draft),
                                 ("retryOutboxButton", self.tr("&Retry"), self.retry),
                                 ("cancelOutboxButton", self.tr("&Cancel message"), self.cancel),
                                 ("emlOutboxButton", self.tr("Open in mail &client"),
                                  self.open_eml)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.view.doubleClicked.connect(lambda _index: self.open_draft())
        self.composer: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        ctx.bus.subscribe({Change.OUTBOX}, lambda _kinds: self.reload(), owner=self)
        remember_size(self, 1000, 420)  # ui/kit/fit: within the screen, as last time
        self.reload()

    def _status(self, status: OutboxStatus) -> str:
        return {OutboxStatus.QUEUED: self.tr("Queued"), OutboxStatus.SENDING: self.tr("Sending"),
                OutboxStatus.SENT: self.tr("Sent"),
                OutboxStatus.RETRYING: self.tr("Will retry"),
                OutboxStatus.FAILED: self.tr("Failed"),
                OutboxStatus.INTERRUPTED: self.tr("Interrupted: check before resending"),
                OutboxStatus.PARTIAL: self.tr("Partly sent: some addresses refused"),
                OutboxStatus.CANCELLED: self.tr("Cancelled"),
                OutboxStatus.DRAFT: self.tr("Draft")}[status]

    def reload(self) -> None:
        sent = self.show_sent.isChecked()
        self.model.set_rows(self.ctx.read(lambda s: mail.outbox_rows(s, sent)))
        fit_columns(self.view)

    def current(self) -> mail.OutboxRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _act(self, action: Callable[[Session, uuid.UUID], object]) -> None:
        row = self.current()
        if row is not None:
            Operation(self, self.ctx, lambda s: action(s, row.id)).run()

    def open_draft(self) -> QDialog | None:
        """A draft saved from the composer, reopened there to finish and send."""
        from .composer import EmailComposerDialog

        row = self.current()
        if row is None or row.status != OutboxStatus.DRAFT:
            return None
        loaded: list[document_mail.Draft] = []
        Query(self, self.ctx, lambda s: document_mail.load_draft(s, row.id)) \
            .success(loaded.append).run()
        if not loaded:
            return None
        self.composer = EmailComposerDialog(self.ctx, loaded[0], self)
        self.composer.open()
        return self.composer

    def retry(self) -> None:
        self._act(mail.retry)

    def cancel(self) -> None:
        self._act(mail.cancel)

    def open_eml(self) -> Path | None:
        row = self.current()
        if row is None:
            return None
        written: list[Path] = []
        Query(self, self.ctx, lambda s: mail.write_eml(s, row.id, Path(tempfile.gettempdir()))) \
            .success(written.append).run()
        if written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0])))
        return written[0] if written else None

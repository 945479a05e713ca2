"""The card's Notes and attachments tab: free notes, and files kept with the client."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.services.clients.card import ClientForm
from crm_desktop.services.core import attachments as attachment_service
from crm_desktop.services.locale.formatting import short_date
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Operation

from ..texts import warn
from .base import ID_ROLE, CardTab

tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")

AttachmentRow = tuple[uuid.UUID, str, datetime]  # id, file name, when attached


class NotesTab(CardTab):
    key = "notes"

    def __init__(self, ctx: AppContext, attachments: list[AttachmentRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("clientNotesEdit")
        layout.addWidget(QLabel(tr.translate("ClientCardDialog", "Notes"), self))
        layout.addWidget(self.notes_edit, 2)
        layout.addWidget(QLabel(tr.translate("ClientCardDialog", "Attachments"), self))
        self.attachments_list = QListWidget(self)
        self.attachments_list.setObjectName("clientAttachments")
        for attachment_id, name, created in attachments:
            item = QListWidgetItem(f"{name} — {short_date(created.astimezone().date())}")
            item.setData(ID_ROLE, attachment_id)
            self.attachments_list.addItem(item)
        self.attachments_list.itemDoubleClicked.connect(self.open_attachment)
        layout.addWidget(self.attachments_list, 1)
        self.attach_button = QPushButton(tr.translate("ClientCardDialog", "Attach a file…"), self)
        self.attach_button.setObjectName("attachFileButton")
        self.attach_button.clicked.connect(self.ask_attach)
        layout.addWidget(self.attach_button)

    def title(self) -> str:
        return tr.translate("ClientCardDialog", "Notes and attachments")

    def load(self, form: ClientForm) -> None:
        self.client_id = form.id
        self.notes_edit.setPlainText(form.notes)
        self.attach_button.setEnabled(form.id is not None)
        self.attach_button.setToolTip(
            "" if form.id else tr.translate("ClientCardDialog", "Save the client first"))

    def store(self, form: ClientForm) -> None:
        form.notes = self.notes_edit.toPlainText()

    def ask_attach(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr.translate("ClientCardDialog", "Attach a file"))
        if name:
            self.attach(Path(name))

    def attach(self, path: Path) -> None:
        client_id = self.client_id
        if client_id is None:
            return

        def store(s: Session) -> tuple[uuid.UUID, str]:
            attachment = attachment_service.store_file(s, path, client_id=client_id)
            return attachment.id, attachment.file_name

        Operation(self, self.ctx, store).success(self._attached).run()

    def _attached(self, stored: tuple[uuid.UUID, str]) -> None:
        attachment_id, file_name = stored
        item = QListWidgetItem(file_name)
        item.setData(ID_ROLE, attachment_id)
        self.attachments_list.insertItem(0, item)

    def open_attachment(self, item: QListWidgetItem) -> None:
        path = self.ctx.read(lambda s: attachment_service.attachment_file(s, item.data(ID_ROLE)))
        if path is None:
            warn(self, tr.translate("ClientCardDialog",
                                    "The file is missing from the attachment store"))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

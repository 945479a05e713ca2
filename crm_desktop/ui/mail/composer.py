"""The last look before a document goes out: To, Cc, subject, body, the PDF."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.exporting import WRITE_FAILED
from crm_desktop.services.mail import document_mail
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import show_error
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.forms import give_buddies
from crm_desktop.ui.kit.operations import Operation


def _addresses(text: str) -> list[str]:
    return [a.strip() for a in text.replace(";", ",").split(",") if a.strip()]


class EmailComposerDialog(QDialog):
    def __init__(self, ctx: AppContext, draft: document_mail.Draft,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmailComposerDialog")
        self.setWindowTitle(self.tr("E-mail — {0}").format(draft.attachment_name)
                            + (self.tr(" (draft)") if draft.outbox_id is not None else ""))
        self.ctx, self.draft = ctx, draft
        self.sent_message_id: str | None = None
        self.to_edit = QLineEdit(", ".join(draft.to), self)
        self.to_edit.setObjectName("composerToEdit")
        choices = ctx.read(lambda s: document_mail.contact_addresses(s, draft.client_id))
        self.to_choice = QComboBox(self)
        self.to_choice.setObjectName("composerToChoice")
        self.to_choice.addItem(self.tr("Add a contact's address…"), None)
        for address in choices:
            self.to_choice.addItem(address, address)
        self.to_choice.activated.connect(self._add_address)
        to_row = QHBoxLayout()
        to_row.addWidget(self.to_edit, 1)
        to_row.addWidget(self.to_choice)
        self.cc_edit = QLineEdit(", ".join(draft.cc), self)
        self.cc_edit.setObjectName("composerCcEdit")
        self.subject_edit = QLineEdit(draft.subject, self)
        self.subject_edit.setObjectName("composerSubjectEdit")
        self.body_edit = QPlainTextEdit(draft.body, self)
        self.body_edit.setObjectName("composerBodyEdit")
        open_pdf = QPushButton(self.tr("&Open"), self)
        open_pdf.setObjectName("openAttachmentButton")
        open_pdf.clicked.connect(self.open_attachment)
        attachment = QHBoxLayout()
        attachment.addWidget(QLabel(self.tr("Attachment: {0} ({1} KB)").format(
            draft.attachment_name, len(draft.pdf) // 1024 + 1), self))
        attachment.addWidget(open_pdf)
        attachment.addStretch()
        buttons = QDialogButtonBox(self)
        self.send_button = buttons.addButton(self.tr("&Send"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("composerSendButton")
        draft_button = buttons.addButton(self.tr("Save &draft"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        draft_button.setObjectName("composerDraftButton")
        draft_button.clicked.connect(self.save_draft)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("To"), to_row)
        form.addRow(self.tr("Cc"), self.cc_edit)
        form.addRow(self.tr("Subject"), self.subject_edit)
        form.addRow(self.body_edit)
        form.addRow(attachment)
        form.addRow(buttons)
        give_buddies(self)  # a label beside a row layout gets its first field
        remember_size(self, 640, 520)  # ui/kit/fit: within the screen, as last time

    def _add_address(self, index: int) -> None:
        address = self.to_choice.itemData(index)
        current = _addresses(self.to_edit.text())
        if address and address not in current:
            self.to_edit.setText(", ".join([*current, address]))
        self.to_choice.setCurrentIndex(0)

    def _collect(self) -> None:
        self.draft.to = _addresses(self.to_edit.text())
        self.draft.cc = _addresses(self.cc_edit.text())
        self.draft.subject = self.subject_edit.text()
        self.draft.body = self.body_edit.toPlainText()

    def save_draft(self) -> bool:
        self._collect()
        return Operation(self, self.ctx, lambda s: document_mail.save_draft(s, self.draft)) \
            .success(lambda _: self.accept()).run()

    def open_attachment(self) -> None:
        path = Path(tempfile.gettempdir()) / self.draft.attachment_name
        try:
            path.write_bytes(self.draft.pdf)
        except OSError as exc:
            show_error(self, CrmError(WRITE_FAILED, path=path,
                                       reason=exc.strerror or str(exc)))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def send(self) -> bool:
        """Commit the message to the outbox; the sender delivers it in the background."""
        self._collect()
        return Operation(self, self.ctx, lambda s: document_mail.send(
            s, self.ctx.user, self.draft).message_id).success(self._sent).run()

    def _sent(self, message_id: str) -> None:
        self.sent_message_id = message_id
        self.accept()

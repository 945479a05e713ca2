"""Dial a contact through the system's telephony handler and log the call."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.activities import events as event_service
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Operation

SCHEMES = ("tel", "sip", "callto")


def call_scheme() -> str:
    scheme = QSettings().value("telephony/scheme", "tel", type=str)
    return scheme if scheme in SCHEMES else "tel"


def dial_url(e164: str, scheme: str | None = None) -> QUrl:
    """tel:+77011234567 (or sip:/callto:) for the OS or the softphone to handle."""
    return QUrl(f"{scheme or call_scheme()}:{e164}")


class CallResultDialog(QDialog):
    """Asks for the result after a call; skipping keeps the call logged without one."""

    def __init__(self, ctx: AppContext, event_id: uuid.UUID, who: str, started: datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CallResultDialog")
        self.ctx, self.event_id = ctx, event_id
        self.setWindowTitle(self.tr("Call result"))
        self.result_edit = QPlainTextEdit(self)
        self.result_edit.setObjectName("callResultEdit")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Save result"), QDialogButtonBox.ButtonRole.AcceptRole)
        skip = buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        skip.setObjectName("skipCallResultButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Call with {0} started at {1}. How did it go?").format(
            who, started.astimezone().strftime("%H:%M"))))
        layout.addWidget(self.result_edit)
        layout.addWidget(buttons)

    def save(self) -> bool:
        result = self.result_edit.toPlainText()
        return Operation(self, self.ctx, lambda s: event_service.finish_call(
            s, self.event_id, result, datetime.now().astimezone())) \
            .success(lambda _: self.accept()).run()

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
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.errors import show_error

SCHEMES = ("tel", "sip", "callto")


def call_scheme() -> str:
    scheme = QSettings().value("telephony/scheme", "tel", type=str)
    return scheme if scheme in SCHEMES else "tel"


def dial_url(e164: str, scheme: str | None = None) -> QUrl:
    """tel:+77011234567 (or sip:/callto:) for the OS or the softphone to handle."""
    return QUrl(f"{scheme or call_scheme()}:{e164}")


class CallResultDialog(QDialog):
    """Asks for the result after a call; skipping keeps the call logged without one."""

    def __init__(self, database: Database, bus: DataBus, user_id: uuid.UUID,
                 event_id: uuid.UUID, who: str, started: datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CallResultDialog")
        self.database, self.bus, self.user_id, self.event_id = database, bus, user_id, event_id
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

    def save(self) -> None:
        try:
            with self.database.session(self.user_id) as s:
                event_service.finish_call(s, self.event_id, self.result_edit.toPlainText(),
                                          datetime.now().astimezone())
        except CrmError as exc:
            show_error(self, exc)
            return
        self.bus.notify("events")
        self.accept()

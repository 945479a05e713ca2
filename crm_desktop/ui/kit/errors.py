"""How errors reach the user: one clear message box, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services.core.errors import CrmError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, CrmError):
        return str(exc)
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "messages", "Something went wrong: {0}. Nothing was saved. Details are in the log file."
    ).format(f"{exc.__class__.__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      title or QCoreApplication.translate("messages", "CRM Desktop"),
                      error_text(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.exec()

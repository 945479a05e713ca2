"""Application start: language, database, first run, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.services import db as dbs
from crm_desktop.services.demo import generate_demo
from crm_desktop.services.errors import CrmError
from crm_desktop.services.setup import current_user, has_clients, needs_first_run

from .first_run import FirstRunDialog
from .i18n import install_translators
from .main_window import MainWindow


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setOrganizationName("crm-desktop")
    app.setApplicationName("CRM Desktop")
    return app


def open_main_window(db: str | None = None, ensure_demo: bool = False,
                     language: str | None = None) -> MainWindow | None:
    """Everything up to a shown main window; None if the user gave up on the way."""
    app = make_application()
    code = install_translators(app, language)
    try:
        database = dbs.open_database(db)
        if ensure_demo and not has_clients(database) and needs_first_run(database):
            generate_demo(database, "small")
    except CrmError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "CRM Desktop"), str(exc))
        return None
    if needs_first_run(database):
        dialog = FirstRunDialog(database)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            database.dispose()
            return None
    user = current_user(database)
    if user is None:
        QMessageBox.critical(None, QCoreApplication.translate("app", "CRM Desktop"),
                             QCoreApplication.translate("app",
                                                        "The database has no active user."))
        return None
    window = MainWindow(database, user, code)
    window.show()
    return window


def run_app(db: str | None = None, ensure_demo: bool = False, language: str | None = None) -> int:
    app = make_application()
    window = open_main_window(db, ensure_demo, language)
    if window is None:
        return 1
    code = app.exec()
    # Tear down in order while Qt is still alive (not at interpreter exit).
    database = window.database
    window.deleteLater()
    app.processEvents()
    database.dispose()
    return code

"""Application start: language, database, first run, main window."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.demo.generator import generate_demo
from crm_desktop.resources import resource_path
from crm_desktop.services.company.first_run import current_user, has_clients, needs_first_run
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.locale.formatting import current_language
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.kit.operations import Job

from .first_run import FirstRunDialog
from .i18n import install_translators
from .main_window import MainWindow


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setOrganizationName("crm-desktop")
    app.setApplicationName("CRM Desktop")
    add_fallback_font(app)
    return app


FALLBACK_FAMILY = "Noto Sans"


def add_fallback_font(app: QApplication) -> None:
    """The bundled Noto Sans behind the system's font: a letter or currency sign the system
    font lacks (the manat sign ₼ in DejaVu Sans, an old Windows font's Kazakh letters) is drawn
    from it instead of an empty box."""
    if FALLBACK_FAMILY not in QFontDatabase.families():
        for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
            QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    font = app.font()
    if FALLBACK_FAMILY not in font.families():
        font.setFamilies([*font.families(), FALLBACK_FAMILY])
    app.setFont(font)


def instance_lock(path: Path) -> QLockFile | None:
    """Hold `path`.lock for as long as the program runs; None if another one holds it.

    A lock left by a crashed program (its process is gone) is taken over."""
    lock = QLockFile(f"{path}.lock")
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, not its age
    return lock if lock.tryLock(0) else None


def cannot_lock_here(path: Path) -> bool:
    """True when no lock file can be made beside the database (a read-only disk or folder):
    nothing can be written there either, so the file opens read-only without a lock."""
    return not os.access(path.parent, os.W_OK)


def lock_refusal(path: Path) -> str:
    info = QLockFile(f"{path}.lock").getLockInfo()  # (pid, host, application), or empty
    who = QCoreApplication.translate("app", " (process {0} on {1})").format(info[0], info[1]) \
        if isinstance(info, tuple) and len(info) >= 2 and info[0] else ""
    return QCoreApplication.translate(
        "app", "The database {0} is already open in CRM Desktop{1}. Switch to that window, "
        "or close it and start again.").format(path, who)


def _open_database(db: str | None,
                   ensure_demo: bool) -> tuple[dbs.Database, QLockFile | None] | None:
    """The database opened (and locked when it is a file); None when another program holds
    it (the person was told). Raises CrmError when it cannot be opened."""
    url = dbs.resolve_url(db)
    path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    lock = None
    if path is not None and path.parent.is_dir():
        lock = instance_lock(path)
        if lock is None and not cannot_lock_here(path):
            QMessageBox.critical(None, QCoreApplication.translate("app", "CRM Desktop"),
                                 lock_refusal(path))
            return None
        if dbs.is_network_path(path):
            QMessageBox.warning(None, QCoreApplication.translate("app", "CRM Desktop"),
                                QCoreApplication.translate(
                "app", "The database {0} is on a network share. SQLite's locking over "
                "SMB is not reliable and shared use can damage the file. For a team, use "
                "a PostgreSQL server (crm-desktop --db postgresql+psycopg://…).").format(path))
    database = dbs.open_database(url)
    if ensure_demo and not has_clients(database) and needs_first_run(database):
        generate_demo(database, "small", language=current_language())  # names in the UI's
    return database, lock


def open_main_window(db: str | None = None, ensure_demo: bool = False,
                     language: str | None = None) -> MainWindow | None:
    """Everything up to a shown main window; None if the user gave up on the way."""
    app = make_application()
    code = install_translators(app, language)
    opened: list[tuple[dbs.Database, QLockFile | None] | None] = []

    def refused(exc: Exception) -> None:
        QMessageBox.critical(None, QCoreApplication.translate("app", "CRM Desktop"),
                             error_text(exc) + "\n\n" + QCoreApplication.translate(
                                 "app", "If the file is damaged, restore the latest backup: "
                                 "crm-desktop db restore BACKUP-FILE (backups are in the "
                                 "backups folder beside the database)."))

    # nobody is signed in yet: no context, and the demo writes as the named system operation
    Job(None, None, lambda: _open_database(db, ensure_demo)).success(opened.append) \
        .failure(refused).run()
    if not opened or opened[0] is None:
        return None
    database, lock = opened[0]
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
    window.instance_lock = lock
    window.show()
    if database.read_only:  # a read-only disk or file: say so before anyone types
        QMessageBox.warning(window, QCoreApplication.translate("app", "CRM Desktop"),
                            error_text(CrmError(dbs.OPENED_READ_ONLY, label=database.label)))
    window.start_background_checks()
    return window


def run_app(db: str | None = None, ensure_demo: bool = False, language: str | None = None,
            quit_after_ms: int | None = None) -> int:
    app = make_application()
    window = open_main_window(db, ensure_demo, language)
    if window is None:
        return 1
    if quit_after_ms is not None:  # smoke tests of the installed bundle
        QTimer.singleShot(quit_after_ms, window.close)
    # The objects of the start (modules, the window, Qt wrappers) will live as long as the
    # program: kept out of the collector's full passes, which otherwise stop the GUI thread
    # for 100-140 ms whenever they come (bench/reports_gui.py measured it during reports).
    gc.collect()
    gc.freeze()
    code = app.exec()
    # Tear down in order while Qt is still alive (not at interpreter exit).
    database = window.database
    window.deleteLater()
    app.processEvents()
    database.dispose()
    if window.instance_lock is not None:
        window.instance_lock.unlock()
    return code

"""The main window: menus, status bar and the sales desk in the middle."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from crm_desktop import __version__
from crm_desktop.services import db as dbs
from crm_desktop.services.db import Database
from crm_desktop.services.setup import CurrentUser

from .bus import DataBus
from .desk.call import call_scheme
from .i18n import LANGUAGES, save_language
from .messages import show_error
from .tasks import run_task, wait_for_tasks


class MainWindow(QMainWindow):
    def __init__(self, database: Database, user: CurrentUser, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.user = user
        self.language = language
        self.bus = DataBus(self)
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("CRM Desktop — {0}").format(user.full_name))
        self.setCentralWidget(self._make_central())
        self._make_menus()
        self._make_status_bar()
        self.resize(1400, 880)
        geometry = QSettings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _make_central(self) -> QWidget:
        from .desk.desk import DeskWidget

        self.desk = DeskWidget(self.database, self.user, self.bus, self)
        return self.desk

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        backup = QAction(self.tr("&Backup now"), self)
        backup.setObjectName("backupAction")
        backup.triggered.connect(self.backup_now)
        backup.setEnabled(self.database.is_sqlite)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        catalogue = QAction(self.tr("Product &catalogue"), self)
        catalogue.setObjectName("catalogueAction")
        catalogue.setShortcut(QKeySequence("Ctrl+Shift+P"))
        catalogue.triggered.connect(self.open_catalogue)
        self.view_menu.addAction(catalogue)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        telephony_menu = settings_menu.addMenu(self.tr("&Telephony links"))
        telephony_group = QActionGroup(self)
        current = call_scheme()
        for scheme, text in (("tel", self.tr("tel: (system default)")),
                             ("sip", self.tr("sip: (SIP softphone)")),
                             ("callto", self.tr("callto: (Skype and others)"))):
            action = QAction(text, self, checkable=True)
            action.setChecked(scheme == current)
            action.triggered.connect(
                lambda _checked=False, sc=scheme: QSettings().setValue("telephony/scheme", sc))
            telephony_group.addAction(action)
            telephony_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About CRM Desktop"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _make_status_bar(self) -> None:
        self.db_label = QLabel(self.tr("Database: {0}").format(self.database.label))
        self.db_label.setObjectName("statusDatabaseLabel")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel(self.tr("User: {0}").format(self.user.full_name))
        self.user_label.setObjectName("statusUserLabel")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    def open_catalogue(self) -> QWidget:
        from .catalogue.window import CatalogueWindow

        if getattr(self, "catalogue", None) is None:
            self.catalogue = CatalogueWindow(self.database, self.bus, self)
            self.catalogue.setWindowFlag(Qt.WindowType.Window)
        self.catalogue.show()
        self.catalogue.raise_()
        return self.catalogue

    def backup_now(self) -> None:
        self.statusBar().showMessage(self.tr("Backing up…"))

        def done(path: object) -> None:
            self.statusBar().showMessage(self.tr("Backup saved to {0}").format(path), 10_000)

        def failed(exc: Exception) -> None:
            self.statusBar().clearMessage()
            show_error(self, exc)

        run_task(lambda: dbs.backup(self.database), done, failed, owner=self)

    def choose_language(self, code: str) -> None:
        save_language(code)
        if code != self.language:
            QMessageBox.information(self, self.tr("Language"), self.tr(
                "The new language is used from the next start of the program."))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About CRM Desktop"), self.tr(
            "CRM Desktop {0}\nThe sales desk for sales teams.\nDatabase: {1}").format(
            __version__, self.database.label))

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        self.desk.save_layout()
        wait_for_tasks(10_000)
        super().closeEvent(event)

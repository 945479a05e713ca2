"""The main window: menus, status bar and the sales desk in the middle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from crm_desktop import __version__
from crm_desktop.services.automation import engine
from crm_desktop.services.clients.duplicates import forget_index
from crm_desktop.services.clients.search import ensure_index
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.changes import Change
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.identity import CurrentUser, Permission
from crm_desktop.services.core.settings import get_setting
from crm_desktop.services.mail import outbox as mail
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import error_text, show_error
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.operations import Job
from crm_desktop.ui.kit.tasks import wait_for_tasks

from .clients.assistant import warm_name_index
from .clients.list_window import ClientsWindow
from .company_dialog import CompanyDialog
from .desk.call import call_scheme
from .i18n import LANGUAGES, save_language
from .mail.outbox_window import OutboxWindow
from .mail.sender import OutboxSender
from .mail.smtp_dialog import SmtpSettingsDialog

DATE_RULES_FIRST_MS = 120_000
DATE_RULES_EVERY_MS = 3_600_000


class MainWindow(QMainWindow):
    """Builds the one `AppContext` (database, signed-in user, change bus) every view takes."""

    def __init__(self, database: Database, user: CurrentUser, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = AppContext(database, user, DataBus(self))
        self.database, self.user, self.bus = database, user, self.ctx.bus
        self.language = language
        self.instance_lock: QLockFile | None = None
        self.last_check: dbs.CheckReport | None = None
        self.damaged_message: QMessageBox | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("CRM Desktop — {0}").format(user.full_name))
        self.setCentralWidget(self._make_central())
        self._make_menus()
        self._make_status_bar()
        from .team.status import TeamControls  # Team menu: sign in, Sign out, Switch user, Users

        self.team = TeamControls(self)
        from .sync.status import SyncControls  # Sync menu, sync state, the conflict inbox

        self.sync = SyncControls(self)
        self.date_rules = QTimer(self)  # the date rules: started with the background checks
        self.date_rules.setObjectName("dateRulesTimer")
        self.date_rules.setSingleShot(True)
        self.date_rules.timeout.connect(self.sweep_date_rules)
        remember_size(self, 1400, 880)  # ui/kit/fit: within the screen, as last time

    def _make_central(self) -> QWidget:
        from .desk.desk import DeskWidget

        self.desk = DeskWidget(self.ctx, self)
        return self.desk

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        backup = QAction(self.tr("&Backup now"), self)
        backup.setObjectName("backupAction")
        backup.triggered.connect(self.backup_now)
        backup.setEnabled(self.database.is_sqlite)
        file_menu.addAction(backup)
        restore = QAction(self.tr("&Restore from backup…"), self)
        restore.setObjectName("restoreAction")
        restore.triggered.connect(self.ask_restore)
        restore.setEnabled(self.database.is_sqlite)
        restore.setVisible(self.user.can(Permission.MANAGE_DATABASE))
        file_menu.addAction(restore)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        outbox = QAction(self.tr("&Outbox"), self)
        outbox.setObjectName("outboxAction")
        outbox.triggered.connect(self.open_outbox)
        self.view_menu.addAction(outbox)
        catalogue = QAction(self.tr("Product &catalogue"), self)
        catalogue.setObjectName("catalogueAction")
        catalogue.setShortcut(QKeySequence("Ctrl+Shift+P"))
        catalogue.triggered.connect(self.open_catalogue)
        self.view_menu.addAction(catalogue)
        clients_list = QAction(self.tr("&Clients"), self)
        clients_list.setObjectName("clientsAction")
        clients_list.setShortcut(QKeySequence("Ctrl+Shift+L"))
        clients_list.triggered.connect(self.open_clients)
        self.view_menu.addAction(clients_list)
        deals_board = QAction(self.tr("&Deals board"), self)
        deals_board.setObjectName("dealsBoardAction")
        deals_board.setShortcut(QKeySequence("Ctrl+Shift+D"))
        deals_board.triggered.connect(self.open_deals)
        self.view_menu.addAction(deals_board)
        orders = QAction(self.tr("&Orders"), self)
        orders.setObjectName("ordersAction")
        orders.setShortcut(QKeySequence("Ctrl+Shift+O"))
        orders.triggered.connect(self.open_orders)
        self.view_menu.addAction(orders)
        claims = QAction(self.tr("C&laims"), self)
        claims.setObjectName("claimsAction")
        claims.triggered.connect(self.open_claims)
        self.view_menu.addAction(claims)
        dashboard = QAction(self.tr("Dash&board"), self)
        dashboard.setObjectName("dashboardAction")
        dashboard.triggered.connect(self.open_dashboard)
        self.view_menu.addAction(dashboard)
        self.reports_menu = bar.addMenu(self.tr("&Reports"))
        self.reports_menu.setObjectName("reportsMenu")
        from .reports.texts import REPORT_ORDER, report_name

        for report in REPORT_ORDER:
            action = QAction(report_name(report), self)
            action.setObjectName(f"report_{report}Action")
            action.triggered.connect(lambda _=False, r=report: self.open_reports(r))
            self.reports_menu.addAction(action)
        clients_menu = bar.addMenu(self.tr("C&lients"))
        new_partner = QAction(self.tr("&New partner…"), self)
        new_partner.setObjectName("newPartnerAction")
        new_partner.setShortcut(QKeySequence("Ctrl+Shift+N"))
        new_partner.triggered.connect(lambda: self.open_clients().new_client())
        clients_menu.addAction(new_partner)
        clients_menu.addAction(clients_list)
        import_clients = QAction(self.tr("&Import clients…"), self)
        import_clients.setObjectName("importClientsAction")
        import_clients.triggered.connect(lambda: self.open_clients().import_clients())
        clients_menu.addAction(import_clients)
        export_clients = QAction(self.tr("&Export clients…"), self)
        export_clients.setObjectName("exportClientsAction")
        export_clients.triggered.connect(lambda: self.open_clients().export_clients())
        clients_menu.addAction(export_clients)
        campaigns = QAction(self.tr("Mass &mailing…"), self)
        campaigns.setObjectName("campaignAction")
        campaigns.triggered.connect(self.open_campaigns)
        clients_menu.addAction(campaigns)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        if self.user.can(Permission.EDIT_CUSTOM_FIELDS):
            custom = QAction(self.tr("Custom &fields…"), self)
            custom.setObjectName("customFieldsAction")
            custom.triggered.connect(self.edit_custom_fields)
            settings_menu.addAction(custom)
        rules_action = QAction(self.tr("&Automation rules…"), self)
        rules_action.setObjectName("automationRulesAction")
        rules_action.triggered.connect(self.open_rules)
        settings_menu.addAction(rules_action)
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        company = QAction(self.tr("&Company…"), self)
        company.setObjectName("companySettingsAction")
        company.triggered.connect(self.edit_company)
        company.setVisible(self.user.can(Permission.EDIT_COMPANY))
        settings_menu.addAction(company)
        smtp = QAction(self.tr("&Mail server…"), self)
        smtp.setObjectName("smtpSettingsAction")
        smtp.triggered.connect(self.edit_smtp)
        smtp.setVisible(self.user.can(Permission.EDIT_MAIL_SETTINGS))
        settings_menu.addAction(smtp)
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
        self.outbox_label = QLabel(self)
        self.outbox_label.setObjectName("outboxLabel")
        self.statusBar().addWidget(self.db_label, 1)
        if self.database.read_only:  # every save would be refused: the status bar says why
            self.read_only_label = QLabel(self.tr("Read-only: nothing can be saved"), self)
            self.read_only_label.setObjectName("statusReadOnlyLabel")
            self.read_only_label.setStyleSheet("color: #b3261e; font-weight: bold;")
            self.read_only_label.setToolTip(self.tr(
                "The database is on a read-only disk or the file is not writable. You can "
                "look everything up; copy the file to a writable folder to work in it."))
            self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.outbox_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.outbox_sender = OutboxSender(self.ctx, self)
        self.outbox_sender.finished.connect(self._mail_report)
        self.mail_config: str = ""  # why the settings are at fault, from the latest run
        self.mail_noticed: set[object] = set()  # failures already shown in a notice
        self.mail_notice: QMessageBox | None = None
        self.bus.subscribe({Change.OUTBOX}, lambda _kinds: self.update_outbox(), owner=self)
        self.update_outbox()

    def update_outbox(self) -> None:
        """Waiting mail as a count; failed, partly sent and interrupted mail in red, with a
        notice once for each such message."""
        count, problems = self.ctx.read(lambda s: (mail.pending_count(s), mail.problem_ids(s)))
        parts = [self.tr("Outbox: {0}").format(count)] if count else []
        if problems:
            parts.append(self.tr("not delivered: {0}").format(len(problems)))
        self.outbox_label.setText(", ".join(parts))
        self.outbox_label.setStyleSheet("color: #b3261e; font-weight: bold;" if problems else "")
        self.outbox_label.setToolTip(self.tr("Mail that failed, was partly sent or may not have "
                                             "reached the server: View → Outbox")
                                     if problems else "")
        new = [i for i in problems if i not in self.mail_noticed]
        if new:
            self.mail_noticed.update(new)
            QTimer.singleShot(0, lambda: self._notice_mail(len(new)))  # after the run's report

    def _mail_report(self, report: mail.SendReport) -> None:
        self.mail_config = error_text(CrmError(report.config.error, **report.config.params)) \
            if report.config is not None else ""

    def _notice_mail(self, count: int) -> None:
        text = self.tr("Messages not delivered as they should: {0}. The outbox shows why; "
                       "nothing is sent again without you.").format(count)
        if self.mail_config:
            text += "\n\n" + self.mail_config
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Mail not delivered"), text,
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("mailFailureNotice")
        outbox = box.addButton(self.tr("Open the &outbox"), QMessageBox.ButtonRole.ActionRole)
        outbox.clicked.connect(self.open_outbox)
        if self.mail_config and self.user.can(Permission.EDIT_MAIL_SETTINGS):
            settings = box.addButton(self.tr("Mail server &settings…"),
                                     QMessageBox.ButtonRole.ActionRole)
            settings.clicked.connect(self.edit_smtp)
        box.open()
        self.mail_notice = box

    def edit_company(self) -> CompanyDialog:
        dialog = CompanyDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_outbox(self) -> OutboxWindow:
        dialog = OutboxWindow(self.ctx, self)
        dialog.open()
        return dialog

    def edit_smtp(self) -> SmtpSettingsDialog:
        dialog = SmtpSettingsDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_clients(self) -> ClientsWindow:
        if getattr(self, "clients_window", None) is None:
            self.clients_window = ClientsWindow(self.ctx, self)
            self.clients_window.setWindowFlag(Qt.WindowType.Window)
        self.clients_window.show()
        self.clients_window.raise_()
        return self.clients_window

    def edit_custom_fields(self) -> QWidget:
        from .clients.custom_fields_dialog import CustomFieldsDialog

        dialog = CustomFieldsDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_deals(self) -> QWidget:
        from .deals.board import DealsBoard

        if getattr(self, "deals_board", None) is None:
            self.deals_board = DealsBoard(self.ctx, self)
            self.deals_board.setWindowFlag(Qt.WindowType.Window)
            remember_size(self.deals_board, 1500, 900)
        self.deals_board.show()
        self.deals_board.raise_()
        return self.deals_board

    def open_orders(self) -> QWidget:
        from .orders.list_window import OrdersWindow

        if getattr(self, "orders_window", None) is None:
            self.orders_window = OrdersWindow(self.ctx, self)
            self.orders_window.setWindowFlag(Qt.WindowType.Window)
        self.orders_window.show()
        self.orders_window.raise_()
        return self.orders_window

    def open_rules(self) -> QWidget:
        from .automation.editor import RulesEditor

        if getattr(self, "rules_editor", None) is None:
            self.rules_editor = RulesEditor(self.ctx, self)
            self.rules_editor.setWindowFlag(Qt.WindowType.Window)
        self.rules_editor.show()
        self.rules_editor.raise_()
        return self.rules_editor

    def open_claims(self) -> QWidget:
        from .claims.list_window import ClaimsWindow

        if getattr(self, "claims_window", None) is None:
            self.claims_window = ClaimsWindow(self.ctx, self)
            self.claims_window.setWindowFlag(Qt.WindowType.Window)
        self.claims_window.show()
        self.claims_window.raise_()
        return self.claims_window

    def open_campaigns(self) -> QWidget:
        from .mailing.campaign_window import CampaignWindow

        if getattr(self, "campaign_window", None) is None:
            self.campaign_window = CampaignWindow(self.ctx, self)
            self.campaign_window.setWindowFlag(Qt.WindowType.Window)
        self.campaign_window.show()
        self.campaign_window.raise_()
        return self.campaign_window

    def open_reports(self, report: str | None = None) -> QWidget:
        from .reports.window import ReportsWindow

        if getattr(self, "reports_window", None) is None:
            self.reports_window = ReportsWindow(self.ctx, self, self.language)
            self.reports_window.setWindowFlag(Qt.WindowType.Window)
        if report is not None:
            self.reports_window.select_report(report)
        self.reports_window.show()
        self.reports_window.raise_()
        return self.reports_window

    def open_dashboard(self) -> QWidget:
        from .reports.dashboard import DashboardView

        if getattr(self, "dashboard", None) is None:
            self.dashboard = DashboardView(self.ctx, self)
            self.dashboard.setWindowFlag(Qt.WindowType.Window)
        self.dashboard.show()
        self.dashboard.raise_()
        return self.dashboard

    def open_catalogue(self) -> QWidget:
        from .catalogue.window import CatalogueWindow

        if getattr(self, "catalogue", None) is None:
            self.catalogue = CatalogueWindow(self.ctx, self)
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

        Job(self, self.ctx, lambda: dbs.backup(self.database)) \
            .success(done).failure(failed).run_in_background()

    def ask_restore(self) -> None:
        folder = str(dbs.backup_dir(self.database)) if self.database.path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from backup"), folder,
                                              self.tr("Backups (*.sqlite3);;All files (*)"))
        if not name:
            return
        answer = QMessageBox.question(self, self.tr("Restore from backup"), self.tr(
            "Replace everything in {0} with the backup {1}? The current content is backed up "
            "first.").format(self.database.label, Path(name).name))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(name))

    def restore_from(self, source: Path) -> bool:
        """Everything may have changed: every view hears `Change.ALL` and reloads."""
        wait_for_tasks(10_000)

        def restore() -> Path:
            safety = dbs.restore(self.database, source, self.user)
            forget_index(self.database.label)
            return safety

        def restored(safety: Path) -> None:
            warm_name_index(self.database)
            self.statusBar().showMessage(self.tr("Restored from {0}; the previous content is "
                                                 "in {1}").format(source.name, safety), 15_000)

        return Job(self, self.ctx, restore, changes={Change.ALL}).success(restored).run()

    def start_background_checks(self) -> None:
        """At start: mail interrupted by a crash is set aside, the outbox is sent; off the GUI
        thread, the daily backup and the integrity check."""
        mail.recover_interrupted(self.database)
        self.outbox_sender.kick()
        database = self.database
        self.date_rules.start(DATE_RULES_FIRST_MS)  # then hourly
        warm_name_index(database)
        if not database.is_sqlite:
            Job(self, self.ctx, lambda: ensure_index(database)) \
                .failure(self._damaged_search).run_in_background()
            return
        keep = int(self.ctx.read(lambda s: get_setting(s, "backup_keep", dbs.DEFAULT_KEEP)))

        def work() -> tuple[Path | None, dbs.CheckReport]:
            ensure_index(database)  # search after an upgrade from before the index
            return dbs.daily_backup(database, keep), dbs.check(database)

        Job(self, self.ctx, work).success(self._checked) \
            .failure(lambda exc: self._damaged(error_text(exc))).run_in_background()

    def sweep_date_rules(self) -> None:
        """Date rules (a date ± N days, no purchase for N days…) fire here when rules run in
        this program; a copy that syncs leaves them to the team server."""
        self.date_rules.start(DATE_RULES_EVERY_MS)
        database = self.database

        def swept(report: engine.SweepReport | None) -> None:
            if report is not None and report.fired:
                self.statusBar().showMessage(self.tr(
                    "Automation: %n date rule run(s) done", "", report.fired), 10_000)

        Job(self, self.ctx, lambda: engine.sweep_here(database),
            changes=lambda r: {Change.AUTOMATION, Change.DEALS, Change.CLIENTS, Change.EVENTS}
            if r is not None and r.fired else ()) \
            .success(swept).failure(lambda exc: self.statusBar().showMessage(
                error_text(exc), 10_000)).run_in_background()

    def _damaged_search(self, exc: Exception) -> None:
        self.statusBar().showMessage(self.tr("The search index could not be built: {0}")
                                     .format(error_text(exc)), 15_000)

    def _checked(self, result: tuple[Path | None, dbs.CheckReport]) -> None:
        made, report = result
        self.last_check = report
        if made is not None:
            self.statusBar().showMessage(self.tr("Daily backup saved to {0}").format(made),
                                         10_000)
        if report.integrity != ["ok"] or report.foreign_key_problems:
            self._damaged("; ".join(report.integrity[:3]))

    def _damaged(self, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("CRM Desktop"), self.tr(
            "The database {0} is damaged ({1}). Keep working only to look things up, and "
            "restore the latest backup: File → Restore from backup….").format(
            self.database.label, details), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("damagedDatabaseMessage")
        box.open()
        self.damaged_message = box

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
        self.desk.save_layout()
        wait_for_tasks(10_000)
        super().closeEvent(event)

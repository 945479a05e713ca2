"""Mail server settings; the password goes to the OS keychain, never to the database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.mail import outbox as mail
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.errors import show_error
from crm_desktop.ui.kit.tasks import run_task


class SmtpSettingsDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SmtpSettingsDialog")
        self.setWindowTitle(self.tr("Mail server"))
        self.database = database
        with database.session() as s:
            current = mail.load_settings(s)
        self.host = QLineEdit(current.host, self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.security = QComboBox(self)
        for code, text in (("ssl", self.tr("SSL/TLS")), ("starttls", self.tr("STARTTLS")),
                           ("none", self.tr("None (unencrypted)"))):
            self.security.addItem(text, code)
        select_data(self.security, current.security)
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #b3261e;")
        self.security.currentIndexChanged.connect(self._warn)
        self.user = QLineEdit(current.user, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keychain; empty keeps "
                                                 "the stored one"))
        self.from_address = QLineEdit(current.from_address, self)
        self.from_name = QLineEdit(current.from_name, self)
        form = QFormLayout(self)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow("", self.warning)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("From (address)"), self.from_address)
        form.addRow(self.tr("From (name)"), self.from_name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.test_button = buttons.addButton(self.tr("Send a &test e-mail"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.setObjectName("smtpTestButton")
        self.test_button.clicked.connect(self.send_test)
        self.test_result = QLabel(self)
        self.test_result.setObjectName("smtpTestResult")
        self.test_result.setWordWrap(True)
        form.addRow(self.test_result)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._warn()

    def _warn(self) -> None:
        self.warning.setText(self.tr("Without encryption the password and the mail travel in "
                                     "clear text.") if self.security.currentData() == "none"
                             else "")

    def send_test(self) -> None:
        """Save, then send a message to the sender's own address, off the GUI thread."""
        if not self._store():
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Sending…"))
        to = self.from_address.text().strip()

        def done(report: mail.SendReport) -> None:
            self.test_button.setEnabled(True)
            problems = report.failed + report.retrying
            self.test_result.setText(self.tr("Sent to {0}.").format(to) if report.sent and not
                                     problems else self.tr("Not sent: {0}").format(
                                         "; ".join(why for _m, why in problems)))

        def failed(exc: Exception) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(self.tr("Not sent: {0}").format(exc))

        run_task(lambda: mail.send_test_message(self.database, to), done, failed, owner=self)

    def save(self) -> bool:
        if self._store():
            self.accept()
            return True
        return False

    def _store(self) -> bool:
        settings = mail.SmtpSettings(self.host.text().strip(), self.port.value(),
                                     self.security.currentData(), self.user.text().strip(),
                                     self.from_address.text().strip(),
                                     self.from_name.text().strip())
        try:
            with self.database.session() as s:
                mail.save_settings(s, settings, self.password.text() or None)
        except CrmError as exc:
            show_error(self, exc)
            return False
        return True

"""Mail server settings; the password goes to the OS keychain, never to the database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from crm_desktop.services.mail import outbox as mail
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.kit.fit import placeholder_fits, remember_size
from crm_desktop.ui.kit.operations import Job, Operation


class SmtpSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SmtpSettingsDialog")
        self.setWindowTitle(self.tr("Mail server"))
        self.ctx = ctx
        current = ctx.read(mail.load_settings)
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
        placeholder_fits(self.password)  # the whole hint shows (it was cut at the dialog's size)
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
        hint = self.sizeHint()  # at first; a saved size wins (within the screen)
        remember_size(self, hint.width(), hint.height())
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
            self.test_result.setText(self.tr("Not sent: {0}").format(error_text(exc)))

        # the sender queues and sends the test message in its own units of work
        Job(self, self.ctx, lambda: mail.send_test_message(self.ctx.database, to)) \
            .success(done).failure(failed).run_in_background()

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
        password = self.password.text() or None
        weak = mail.insecure_backend() if password is not None else None
        if weak is not None and not self._session_only(weak):
            return False
        stored = password if weak is None else None  # never into a file
        saved = Operation(self, self.ctx,
                          lambda s: mail.save_settings(s, settings, stored)).run()
        if saved and weak is not None and password is not None:
            mail.remember_for_session(settings, password)
        return saved

    def _session_only(self, backend: str) -> bool:
        """No secure keychain: say so, and offer to keep the password for this session only."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Mail server"), self.tr(
            "There is no secure keychain on this computer (only {0}, which would keep the "
            "password readable in a file), so the password cannot be stored.\n\nUse it for this "
            "session only? It is asked again after the next start. To store it, install a "
            "keychain service (GNOME Keyring or KWallet) and save it again.").format(backend),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("insecureKeychainMessage")
        session = box.addButton(self.tr("Use for this &session only"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return box.clickedButton() is session

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

from crm_desktop.services import mail
from crm_desktop.services.db import Database
from crm_desktop.services.errors import CrmError

from ..combo import select_data
from ..messages import show_error


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
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._warn()

    def _warn(self) -> None:
        self.warning.setText(self.tr("Without encryption the password and the mail travel in "
                                     "clear text.") if self.security.currentData() == "none"
                             else "")

    def save(self) -> bool:
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
        self.accept()
        return True

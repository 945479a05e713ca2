"""Sign in to a team server: the address, login and password, and on the first connect the
server certificate's SHA-256 fingerprint to compare with what the server printed (as SSH
asks about a new host key). The certificate is pinned only after the person confirms."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.team import client as tc
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.kit.operations import Job

from .session import TeamSession


class SignInDialog(QDialog):
    def __init__(self, session: TeamSession, parent: QWidget | None = None,
                 login: str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("teamSignInDialog")
        self.setWindowTitle(self.tr("Sign in to a team server"))
        self.certificate: tc.ServerCertificate | None = None
        self.needs_confirmation = False  # a new certificate: the person compares it first
        profile = session.profile
        self.address = QLineEdit(profile.address if profile else "")
        self.address.setObjectName("teamAddress")
        self.address.setPlaceholderText(self.tr("server:8443"))
        self.login = QLineEdit(login if login is not None else (profile.login if profile else ""))
        self.login.setObjectName("teamLogin")
        self.password = QLineEdit()
        self.password.setObjectName("teamPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("teamConnect")
        self.connect_button.clicked.connect(self.probe)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("teamFingerprint")
        self.fingerprint.setWordWrap(True)
        self.compared = QCheckBox(self.tr("It is the fingerprint the server printed"))
        self.compared.setObjectName("teamFingerprintConfirmed")
        self.compared.setVisible(False)
        self.compared.toggled.connect(self._update)
        self.message = QLabel()
        self.message.setObjectName("teamMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.address)
        form.addRow("", self.connect_button)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.compared)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.address.textChanged.connect(self._forget_certificate)
        if profile is not None and profile.address:  # a known server: its pin stays
            self.certificate = tc.ServerCertificate(profile.pinned_pem or "",
                                                    profile.fingerprint,
                                                    profile.pinned_pem is None)
            self._show_certificate(known=True)
        self._update()

    # -- the certificate -----------------------------------------------------------------------
    def _forget_certificate(self) -> None:
        self.certificate, self.needs_confirmation = None, False
        self.fingerprint.clear()
        self.compared.setVisible(False)
        self.compared.setChecked(False)
        self._update()

    def probe(self) -> None:
        address = self.address.text().strip()
        self.message.setText(self.tr("Connecting…"))
        self.connect_button.setEnabled(False)
        Job(self, None, lambda: tc.probe(address)).success(self._probed) \
            .failure(self._failed).finally_(lambda: self.connect_button.setEnabled(True)) \
            .run_in_background()

    def _probed(self, certificate: tc.ServerCertificate) -> None:
        self.certificate = certificate
        self.message.clear()
        self._show_certificate(known=False)
        self._update()

    def _show_certificate(self, known: bool) -> None:
        assert self.certificate is not None
        if self.certificate.trusted_by_system:
            self.fingerprint.setText(self.tr("The server's certificate is trusted by this "
                                             "computer."))
            return
        if known:
            self.fingerprint.setText(self.tr("Certificate accepted earlier, SHA-256:\n{0}")
                                     .format(self.certificate.fingerprint))
            return
        self.fingerprint.setText(self.tr(
            "First connection to this server. Compare its certificate's SHA-256 "
            "fingerprint with the one the server printed when it started:\n{0}")
            .format(self.certificate.fingerprint))
        self.needs_confirmation = True
        self.compared.setVisible(True)

    def _update(self) -> None:
        ready = self.certificate is not None and (
            not self.needs_confirmation or self.compared.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    # -- signing in -----------------------------------------------------------------------------
    def profile(self) -> tc.Profile:
        assert self.certificate is not None
        pem = None if self.certificate.trusted_by_system else self.certificate.pem
        return tc.Profile(self.address.text().strip(), self.login.text().strip().lower(),
                          pem, self.certificate.fingerprint)

    def sign_in(self) -> None:
        profile, password = self.profile(), self.password.text()
        self.message.setText(self.tr("Signing in…"))
        self.buttons.setEnabled(False)

        def work() -> CurrentUser:
            with tc.TeamClient(profile) as conversation:
                user = conversation.sign_in(password, socket.gethostname())
                assert conversation.token is not None
                tc.store_token(profile, conversation.token)
            profile.save()
            return user

        Job(self, None, work).success(lambda user: self._signed(profile, user)) \
            .failure(self._failed).finally_(lambda: self.buttons.setEnabled(True)) \
            .run_in_background()

    def _signed(self, profile: tc.Profile, user: CurrentUser) -> None:
        self.password.clear()
        self.session.signed(profile, user)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

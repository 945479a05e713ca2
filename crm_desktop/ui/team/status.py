"""The main window's Team menu and the signed-in person in the status bar.

At start a stored sign-in is checked with the server in the background: still good → the
person shows in the status bar; refused (signed out, disabled, expired) → "signed out" and the
sign-in dialog is one click away; unreachable → the desktop says so and keeps working locally.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.team import client as tc
from crm_desktop.ui.kit.errors import error_text, role_label
from crm_desktop.ui.kit.operations import Job

from .session import TeamSession
from .sign_in import SignInDialog
from .users_window import UsersWindow

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow


class TeamControls(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = TeamSession(self)
        self.users_window: UsersWindow | None = None
        self.label = QLabel()
        self.label.setObjectName("statusTeamLabel")
        window.statusBar().addPermanentWidget(self.label)
        menu = window.menuBar().addMenu(self.tr("&Team"))
        menu.setObjectName("teamMenu")
        self.sign_in_action = QAction(self.tr("Sign in to a team server…"), self)
        self.sign_in_action.setObjectName("teamSignIn")
        self.sign_in_action.triggered.connect(lambda: self.sign_in())
        self.switch_action = QAction(self.tr("Switch user…"), self)
        self.switch_action.setObjectName("teamSwitchUser")
        self.switch_action.triggered.connect(lambda: self.switch_user())
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        self.sign_out_action.setObjectName("teamSignOut")
        self.sign_out_action.triggered.connect(lambda: self.sign_out())
        self.users_action = QAction(self.tr("Users…"), self)
        self.users_action.setObjectName("teamUsers")
        self.users_action.triggered.connect(self.open_users)
        for action in (self.sign_in_action, self.switch_action, self.sign_out_action,
                       self.users_action):
            menu.addAction(action)
        self.session.changed.connect(self.refresh)
        self.refresh()
        if self.session.profile is not None and tc.stored_token(self.session.profile):
            self.label.setText(self.tr("Team: connecting…"))
            Job(self, None, self.session.check).success(self._checked) \
                .failure(self._not_checked).run_in_background()

    def _checked(self, user: CurrentUser) -> None:
        assert self.session.profile is not None
        self.session.signed(self.session.profile, user)

    def _not_checked(self, exc: Exception) -> None:
        if tc.is_signed_out(exc) and self.session.profile is not None:
            tc.forget_token(self.session.profile)
        assert self.session.profile is not None
        self.session.signed(self.session.profile, None, error_text(exc))

    def refresh(self) -> None:
        user, profile = self.session.user, self.session.profile
        if user is not None and profile is not None:
            self.label.setText(self.tr("Team: {0} ({1}) on {2}").format(
                user.full_name, role_label(user.role), profile.address))
            self.label.setToolTip("")
        elif profile is not None:
            self.label.setText(self.tr("Team: signed out — working on this computer"))
            self.label.setToolTip(self.session.problem)
        else:
            self.label.setText("")
        signed = self.session.signed_in
        self.sign_out_action.setEnabled(signed)
        self.switch_action.setEnabled(signed)
        self.users_action.setVisible(signed and user is not None and user.role.value == "admin")

    def sign_in(self, login: str | None = None) -> SignInDialog:
        dialog = SignInDialog(self.session, self.window, login)
        dialog.open()
        return dialog

    def sign_out(self, then: Callable[[], object] | None = None) -> None:
        """Forget the sign-in here at once; tell the server in the background."""
        def forgotten() -> None:
            self.session.forget()
            if then is not None:
                then()

        Job(self, None, self.session.revoke).finally_(forgotten).run_in_background()

    def switch_user(self) -> None:
        self.sign_out(then=lambda: self.sign_in(login=""))

    def open_users(self) -> UsersWindow:
        if self.users_window is None:
            self.users_window = UsersWindow(self.session)
        self.users_window.show()
        self.users_window.raise_()
        return self.users_window

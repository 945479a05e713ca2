"""The desktop's connection to a team server (if any): the profile, the token from the
keychain, the signed-in person. A desktop without one works alone, as always."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.team import client as tc


class TeamSession(QObject):
    """Who is signed in to which server; `changed` fires when that changes."""

    changed = Signal()
    _current: TeamSession | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile: tc.Profile | None = tc.Profile.load()
        self.user: CurrentUser | None = None
        self.problem: str = ""  # why it is not signed in (unreachable, signed out…), translated
        TeamSession._current = self

    @classmethod
    def current(cls) -> TeamSession | None:
        return cls._current

    @property
    def signed_in(self) -> bool:
        return self.user is not None and self.profile is not None

    def client(self) -> tc.TeamClient:
        """A conversation with the server as the signed-in person (close it after use)."""
        if self.profile is None:
            from crm_desktop.services.core.errors import CrmError

            raise CrmError(tc.NOT_SIGNED_IN)
        return tc.TeamClient(self.profile, tc.stored_token(self.profile))

    def check(self) -> CurrentUser:
        """Ask the server who the stored token belongs to (off the GUI thread)."""
        with self.client() as conversation:
            return conversation.me()

    def signed(self, profile: tc.Profile, user: CurrentUser | None, problem: str = "") -> None:
        self.profile, self.user, self.problem = profile, user, problem
        self.changed.emit()

    def revoke(self) -> None:
        """Revoke the token on the server if it answers (network: off the GUI thread)."""
        if self.profile is None:
            return
        try:
            with self.client() as conversation:
                conversation.sign_out()
        except Exception:  # unreachable or already signed out: forgetting it here is enough
            pass

    def forget(self) -> None:
        """Signed out here: the token leaves the keychain."""
        if self.profile is not None:
            tc.forget_token(self.profile)
        self.user, self.problem = None, ""
        self.changed.emit()

"""The desktop's team widgets against the real server: first-connect sign-in with the
fingerprint, the status bar and Sign out, a signed-in desktop cut off by `users disable`,
the users window and a card's change history."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.team import accounts
from crm_desktop.services.team import client as tc
from crm_desktop.ui.team.history import ChangeHistoryView
from crm_desktop.ui.team.session import TeamSession
from crm_desktop.ui.team.sign_in import SignInDialog
from crm_desktop.ui.team.status import TeamControls
from crm_desktop.ui.team.users_window import UsersWindow

from . import test_team_server as server_tests
from .test_team_server import PASSWORD, Team

team = server_tests.team  # the same module-scoped database and server fixture, here too

pytestmark = pytest.mark.postgres


@pytest.fixture
def desktop(tmp_path, qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    tc.Profile.forget()
    yield
    tc.Profile.forget()
    keyring.set_keyring(previous)


def _sign_in(qtbot, team: Team, login: str) -> TeamSession:  # type: ignore[no-untyped-def]
    session = TeamSession()
    dialog = SignInDialog(session)
    qtbot.addWidget(dialog)
    dialog.address.setText(team.server.address)
    dialog.login.setText(login)
    dialog.password.setText(PASSWORD)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing to sign in to before the certificate is seen
    dialog.probe()
    qtbot.waitUntil(lambda: dialog.certificate is not None, timeout=10_000)
    assert team.cert.fingerprint in dialog.fingerprint.text()
    assert not ok.isEnabled()  # …and compared
    dialog.compared.setChecked(True)
    assert ok.isEnabled()
    dialog.sign_in()
    qtbot.waitUntil(lambda: session.signed_in, timeout=10_000)
    return session


def test_first_connect_pins_the_certificate_and_keeps_the_token_in_the_keychain(
        team: Team, qtbot, desktop) -> None:
    session = _sign_in(qtbot, team, "ann")
    assert session.user is not None and session.user.login == "ann"
    saved = tc.Profile.load()
    assert saved is not None and saved.fingerprint == team.cert.fingerprint
    assert saved.pinned_pem and "PRIVATE" not in saved.pinned_pem
    token = tc.stored_token(saved)
    assert token and token not in tc.profile_path().read_text()  # never in a file


def test_wrong_password_is_said_in_the_dialog(team: Team, qtbot, desktop) -> None:
    session = TeamSession()
    dialog = SignInDialog(session)
    qtbot.addWidget(dialog)
    dialog.address.setText(team.server.address)
    dialog.login.setText("bob")
    dialog.password.setText("not the password")
    dialog.probe()
    qtbot.waitUntil(lambda: dialog.certificate is not None, timeout=10_000)
    dialog.compared.setChecked(True)
    dialog.sign_in()
    qtbot.waitUntil(lambda: "password" in dialog.message.text(), timeout=10_000)
    assert not session.signed_in


def test_status_bar_sign_out_and_a_disabled_user_cut_off(team: Team, qtbot,
                                                        desktop) -> None:
    _sign_in(qtbot, team, "head")
    window = QMainWindow()
    qtbot.addWidget(window)
    controls = TeamControls(window)  # type: ignore[arg-type]  # a start with a stored sign-in
    qtbot.waitUntil(lambda: controls.session.signed_in, timeout=10_000)
    assert "Head" in controls.label.text() and team.server.address in controls.label.text()
    assert controls.sign_out_action.isEnabled() and not controls.users_action.isVisible()
    with team.owner.session(accounts.CONSOLE) as s:  # the admin disables them meanwhile
        accounts.disable_user(s, "head")
    try:
        other = QMainWindow()
        qtbot.addWidget(other)
        later = TeamControls(other)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: "signed out" in later.label.text(), timeout=10_000)
        assert not later.session.signed_in
        profile = tc.Profile.load()
        assert profile is not None and tc.stored_token(profile) is None
    finally:
        with team.owner.session(accounts.CONSOLE) as s:
            accounts.enable_user(s, "head")


def test_sign_out_forgets_the_token(team: Team, qtbot, desktop) -> None:
    _sign_in(qtbot, team, "carl")
    window = QMainWindow()
    qtbot.addWidget(window)
    controls = TeamControls(window)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: controls.session.signed_in, timeout=10_000)
    token = tc.stored_token(controls.session.profile)  # type: ignore[arg-type]
    controls.sign_out_action.trigger()
    qtbot.waitUntil(lambda: not controls.session.signed_in, timeout=10_000)
    assert tc.stored_token(controls.session.profile) is None  # type: ignore[arg-type]
    with tc.TeamClient(team.profile("carl"), token) as old, \
            pytest.raises(CrmError) as caught:  # revoked on the server too
        old.me()
    assert caught.value.code == "team.token_revoked"


def test_users_window_and_change_history(team: Team, qtbot, desktop) -> None:
    session = _sign_in(qtbot, team, "admin")
    window = UsersWindow(session)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.table.rowCount() > 0, timeout=10_000)
    logins = [window.table.item(r, 0).text() for r in range(window.table.rowCount())]
    assert {"admin", "ann", "bob"} <= set(logins)
    window.table.selectRow(logins.index("bob"))
    window.disable()
    qtbot.waitUntil(lambda: any(r["login"] == "bob" and not r["active"] for r in window.rows),
                    timeout=10_000)
    window.table.selectRow([r["login"] for r in window.rows].index("bob"))
    window.enable()
    qtbot.waitUntil(lambda: any(r["login"] == "bob" and r["active"] for r in window.rows),
                    timeout=10_000)

    with team.desktop("admin") as admin:
        admin.request("PATCH", f"/api/v1/clients/{team.clients['pool']}", {"city": "Taraz"})
    view = ChangeHistoryView(team.clients["pool"], session=session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() > 0, timeout=10_000)
    rows = [(view.tree.topLevelItem(i).child(j).text(2), view.tree.topLevelItem(i).child(j)
             .text(4)) for i in range(view.tree.topLevelItemCount())
            for j in range(view.tree.topLevelItem(i).childCount())]
    assert ("city", "Taraz") in rows


def test_change_history_says_where_it_lives_when_working_alone(qtbot, desktop) -> None:
    import uuid

    view = ChangeHistoryView(uuid.uuid4(), session=TeamSession())
    qtbot.addWidget(view)
    assert "team server" in view.note.text() and view.tree.topLevelItemCount() == 0

"""The admin's window for the team's accounts on the server: add, disable or enable, reset a
password, change a role. Every action is a request to the server, which checks the permission
again (the window only shows what the admin may do)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models import Role
from crm_desktop.ui.kit.errors import error_text, role_label
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.operations import Job

from .session import TeamSession


class NewUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamNewUserDialog")
        self.setWindowTitle(self.tr("New user"))
        self.login, self.full_name, self.email = QLineEdit(), QLineEdit(), QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role)
        form = QFormLayout(self)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Name"), self.full_name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class UsersWindow(QWidget):
    COLUMNS = ("login", "full_name", "role", "team", "active")

    def __init__(self, session: TeamSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("teamUsersWindow")
        self.setWindowTitle(self.tr("Users"))
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("teamUsersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Team"), self.tr("State")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.message = QLabel()
        self.message.setObjectName("teamUsersMessage")
        row = QHBoxLayout()
        for name, text, slot in (("teamAddUser", self.tr("Add…"), self.add),
                                 ("teamDisableUser", self.tr("Disable"), self.disable),
                                 ("teamEnableUser", self.tr("Enable"), self.enable),
                                 ("teamResetPassword", self.tr("Reset password…"), self.reset),
                                 ("teamChangeRole", self.tr("Change role…"), self.change_role)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        remember_size(self, 760, 420)  # ui/kit/fit: within the screen, as last time
        self.rows: list[dict[str, Any]] = []
        self.load()

    def _call(self, work: Callable[[Any], Any], then_reload: bool = True) -> None:
        session = self.session

        def run() -> Any:
            with session.client() as conversation:
                return work(conversation)

        job = Job(self, None, run).failure(lambda exc: self.message.setText(error_text(exc)))
        if then_reload:
            job.success(lambda _r: self.load())
        job.run_in_background()

    def load(self) -> None:
        session = self.session

        def run() -> list[dict[str, Any]]:
            with session.client() as conversation:
                return conversation.users()

        Job(self, None, run).success(self.show_rows) \
            .failure(lambda exc: self.message.setText(error_text(exc))).run_in_background()

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.message.clear()
        self.table.setRowCount(len(rows))
        for number, data in enumerate(rows):
            values = [data["login"], data["full_name"], role_label(Role(data["role"])),
                      data.get("team") or "",
                      self.tr("active") if data["active"] else self.tr("disabled")]
            for column, value in enumerate(values):
                self.table.setItem(number, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def selected_login(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row]["login"] if 0 <= row < len(self.rows) else None

    def add(self) -> None:
        dialog = NewUserDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        login, name, email = dialog.login.text(), dialog.full_name.text(), dialog.email.text()
        role, password = Role(dialog.role.currentData()), dialog.password.text()
        self._call(lambda c: c.add_user(login, name, role, password, email))

    def disable(self) -> None:
        login = self.selected_login()
        if login:
            self._call(lambda c: c.disable_user(login))

    def enable(self) -> None:
        login = self.selected_login()
        if login:
            self._call(lambda c: c.enable_user(login))

    def reset(self) -> None:
        login = self.selected_login()
        if not login:
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset password"),
                                            self.tr("New password for {0}:").format(login),
                                            QLineEdit.EchoMode.Password)
        if ok:
            self._call(lambda c: c.reset_password(login, password))

    def change_role(self) -> None:
        login = self.selected_login()
        if not login:
            return
        labels = [role_label(role) for role in Role]
        chosen, ok = QInputDialog.getItem(self, self.tr("Change role"),
                                          self.tr("Role of {0}:").format(login), labels, 0,
                                          False)
        if ok:
            role = list(Role)[labels.index(chosen)]
            self._call(lambda c: c.set_role(login, role))

"""A card's "Change history": every change of the client and of what belongs to it, as the
team server's audit recorded it (field, old → new, who, when). A desktop working alone keeps
no audit: the tab says so."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.locale.formatting import short_datetime
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.kit.operations import Job

from .session import TeamSession


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dict | list):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) if isinstance(value, dict) \
            else ", ".join(map(str, value))
    return str(value)


class ChangeHistoryView(QWidget):
    """The history of one client, loaded from the server in the background."""

    def __init__(self, client_id: uuid.UUID | None, parent: QWidget | None = None,
                 session: TeamSession | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeHistory")
        self.client_id = client_id
        self.session = session or TeamSession.current()
        self.note = QLabel()
        self.note.setObjectName("changeHistoryNote")
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("changeHistoryTree")
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                   self.tr("Before"), self.tr("After")])
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.load)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.reload_button)
        self.load()

    def load(self) -> None:
        self.tree.clear()
        if self.client_id is None:
            self.note.setText(self.tr("A new card has no history yet."))
            return
        if self.session is None or not self.session.signed_in:
            self.note.setText(self.tr("The change history is kept by the team server: sign in "
                                      "to one to see who changed what."))
            return
        self.note.setText(self.tr("Loading…"))
        session, client_id = self.session, self.client_id

        def fetch() -> list[dict[str, Any]]:
            with session.client() as conversation:
                return conversation.client_history(client_id)

        Job(self, None, fetch).success(self.show_entries) \
            .failure(lambda exc: self.note.setText(error_text(exc))).run_in_background()

    def show_entries(self, entries: list[dict[str, Any]]) -> None:
        actions = {"insert": self.tr("created"), "update": self.tr("changed"),
                   "delete": self.tr("deleted"), "merge": self.tr("merged")}
        self.note.setText("" if entries else self.tr("No changes recorded yet."))
        for entry in entries:
            when = short_datetime(datetime.fromisoformat(entry["at"]))
            who = entry["who"] or self.tr("the program")
            what = f"{actions.get(entry['action'], entry['action'])}: {entry['table']}"
            top = QTreeWidgetItem([when, who, what, "", ""])
            top.setToolTip(1, entry.get("device", ""))
            for change in entry["changes"]:
                top.addChild(QTreeWidgetItem(["", "", change["field"], _value(change["old"]),
                                              _value(change["new"])]))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()


def change_history_tab(parent: QWidget | None, client_id: uuid.UUID | None) -> QWidget:
    """The "Change history" tab a client's card embeds."""
    return ChangeHistoryView(client_id, parent)

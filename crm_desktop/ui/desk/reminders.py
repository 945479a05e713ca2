"""Reminders: a tray notification and an in-app popup with Snooze, Open and Done."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.services.activities import events as event_service
from crm_desktop.services.activities.events import Reminder
from crm_desktop.services.locale.formatting import short_datetime
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Operation
from crm_desktop.ui.kit.table_model import Column, RowsModel

from .day_panel import make_table

SNOOZE = timedelta(minutes=10)


class ReminderPopup(QDialog):
    open_requested = Signal(object)

    def __init__(self, watcher: ReminderWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderPopup")
        # a reminder must not take the keyboard from someone typing a quote or a note
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("Reminders"))
        self.watcher = watcher
        self.model: RowsModel[Reminder] = RowsModel([
            Column(self.tr("Starts"), lambda r: short_datetime(r.start_at)),
            Column(self.tr("Client"), lambda r: r.client_name),
            Column(self.tr("Subject"), lambda r: r.subject),
        ], self)
        self.view = make_table("remindersView", self.model, self, stretch=2)
        snooze = QPushButton(self.tr("&Snooze 10 min"), self)
        snooze.setObjectName("snoozeReminderButton")
        open_button = QPushButton(self.tr("&Open"), self)
        open_button.setObjectName("openReminderButton")
        done = QPushButton(self.tr("&Done"), self)
        done.setObjectName("doneReminderButton")
        snooze.clicked.connect(lambda: self._act("snooze"))
        open_button.clicked.connect(lambda: self._act("open"))
        done.clicked.connect(lambda: self._act("done"))
        buttons = QHBoxLayout()
        for button in (snooze, open_button, done):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.resize(620, 300)

    def show_reminders(self, items: list[Reminder]) -> None:
        self.model.set_rows(items)
        self.view.resizeColumnsToContents()
        self.heading.setText(self.tr("{0} reminders").format(len(items)))
        self.view.selectRow(0)

    def current(self) -> Reminder | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _act(self, action: str) -> None:
        item = self.current()
        if item is not None:
            self.watcher.act(action, item.id)


class ReminderWatcher(QObject):
    """Checks the user's due reminders (every minute and at start, so missed ones show too)."""

    def __init__(self, ctx: AppContext, desk: QWidget) -> None:
        super().__init__(desk)
        self.ctx, self.user_id, self.desk = ctx, ctx.user.id, desk
        self.popup: ReminderPopup | None = None
        self.tray: QSystemTrayIcon | None = None
        self._notified: set[uuid.UUID] = set()

    def check(self) -> list[Reminder]:
        items = self.ctx.read(
            lambda s: event_service.due_reminders(s, self.user_id, datetime.now(UTC)))
        if not items:
            if self.popup is not None:
                self.popup.hide()
            return items
        if self.popup is None:
            self.popup = ReminderPopup(self, self.desk)
            self.popup.open_requested.connect(self._open)
        self.popup.show_reminders(items)
        fresh = [i for i in items if i.id not in self._notified]
        if fresh:  # only news pops up; a closed popup stays closed for old reminders
            self.popup.show()
        if fresh and QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.desk.windowIcon(), self)
                self.tray.show()
            self.tray.showMessage(self.tr("CRM Desktop reminder"),
                                  f"{fresh[0].client_name}: {fresh[0].subject}")
        self._notified.update(i.id for i in items)
        return items

    def act(self, action: str, event_id: uuid.UUID) -> None:
        def write(s: Session) -> None:
            if action == "snooze":
                event_service.snooze_reminder(s, event_id, datetime.now(UTC) + SNOOZE)
            elif action == "done":
                event_service.complete_event(s, event_id, "", datetime.now(UTC))
            else:
                event_service.dismiss_reminder(s, event_id)

        def acted(_: None) -> None:
            if action == "open":
                self._open(event_id)
            self.check()

        Operation(self.popup or self.desk, self.ctx, write).success(acted).run()

    def _open(self, event_id: uuid.UUID) -> None:
        opener = getattr(self.desk, "open_event", None)
        if opener is not None:
            opener(event_id)

"""Reminders: one in-app list (missed ones included) with Snooze, Open and Done for the chosen
rows, and one tray notification per check, never one window per reminder."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from crm_desktop.ui.kit.fit import fit_columns, remember_size
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
        # several at once: the reminders missed while the program was closed come together
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        snooze = QPushButton(self.tr("&Snooze 10 min"), self)
        snooze.setObjectName("snoozeReminderButton")
        open_button = QPushButton(self.tr("&Open"), self)
        open_button.setObjectName("openReminderButton")
        done = QPushButton(self.tr("&Done"), self)
        done.setObjectName("doneReminderButton")
        dismiss = QPushButton(self.tr("D&ismiss"), self)
        dismiss.setObjectName("dismissReminderButton")
        select_all = QPushButton(self.tr("Select &all"), self)
        select_all.setObjectName("selectAllRemindersButton")
        snooze.clicked.connect(lambda: self._act("snooze"))
        open_button.clicked.connect(lambda: self._act("open"))
        done.clicked.connect(lambda: self._act("done"))
        dismiss.clicked.connect(lambda: self._act("dismiss"))
        select_all.clicked.connect(self.view.selectAll)
        buttons = QHBoxLayout()
        buttons.addWidget(select_all)
        buttons.addStretch()
        for button in (snooze, open_button, done, dismiss):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        remember_size(self, 620, 300)  # ui/kit/fit: within the screen, as last time

    def show_reminders(self, items: list[Reminder], missed: int = 0) -> None:
        self.model.set_rows(items)
        fit_columns(self.view)
        text = self.tr("{0} reminders").format(len(items))
        if missed:
            text += " · " + self.tr("{0} missed while the program was closed").format(missed)
        self.heading.setText(text)
        self.view.selectRow(0)

    def current(self) -> Reminder | None:
        return self.model.row_at(self.view.currentIndex().row())

    def chosen(self) -> list[Reminder]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        found = [r for r in (self.model.row_at(i) for i in rows) if r is not None]
        current = self.current()
        return found or ([current] if current is not None else [])

    def _act(self, action: str) -> None:
        items = self.chosen()
        if items:
            self.watcher.act_on(action, [i.id for i in items])


class ReminderWatcher(QObject):
    """Checks the user's due reminders (every minute and at start, so missed ones show too)."""

    def __init__(self, ctx: AppContext, desk: QWidget) -> None:
        super().__init__(desk)
        self.ctx, self.user_id, self.desk = ctx, ctx.user.id, desk
        self.popup: ReminderPopup | None = None
        self.tray: QSystemTrayIcon | None = None
        self._notified: set[uuid.UUID] = set()
        self.started = datetime.now(UTC)  # reminders due before this were missed

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
        missed = sum(1 for i in items if i.remind_at is not None and i.remind_at < self.started)
        self.popup.show_reminders(items, missed)
        fresh = [i for i in items if i.id not in self._notified]
        if fresh:  # only news pops up; a closed popup stays closed for old reminders
            self.popup.show()
        if fresh and QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.desk.windowIcon(), self)
                self.tray.show()
            self.tray.showMessage(self.tr("CRM Desktop reminder"),
                                  f"{fresh[0].client_name}: {fresh[0].subject}"
                                  if len(fresh) == 1 else
                                  self.tr("{0} reminders").format(len(fresh)))
        self._notified.update(i.id for i in items)
        return items

    def act(self, action: str, event_id: uuid.UUID) -> None:
        self.act_on(action, [event_id])

    def act_on(self, action: str, event_ids: list[uuid.UUID]) -> None:
        """Snooze, complete or dismiss the chosen reminders at once, or open the first."""
        if action == "open":
            event_ids = event_ids[:1]

        def write(s: Session) -> None:
            for event_id in event_ids:
                if action == "snooze":
                    event_service.snooze_reminder(s, event_id, datetime.now(UTC) + SNOOZE)
                elif action == "done":
                    event_service.complete_event(s, event_id, "", datetime.now(UTC))
                else:  # open, dismiss
                    event_service.dismiss_reminder(s, event_id)

        def acted(_: None) -> None:
            if action == "open":
                self._open(event_ids[0])
            self.check()

        Operation(self.popup or self.desk, self.ctx, write).success(acted).run()

    def _open(self, event_id: uuid.UUID) -> None:
        opener = getattr(self.desk, "open_event", None)
        if opener is not None:
            opener(event_id)

"""Event dialog: plan, edit, complete (then plan the next step), reschedule, cancel."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta
from html import escape

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.models import EventStatus, EventType
from crm_desktop.services.activities import events as event_service
from crm_desktop.services.activities.events import EventInput
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.operations import Operation

REMINDERS = (None, 5, 15, 30, 60, 24 * 60)


class EventDialog(QDialog):
    """Edits one event; `event_id` None plans a new one for `client_id`."""

    def __init__(self, ctx: AppContext, event_id: uuid.UUID | None = None,
                 client_id: uuid.UUID | None = None, previous_id: uuid.UUID | None = None,
                 preset: EventInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EventDialog")
        self.ctx = ctx
        self.user_id: uuid.UUID = ctx.user.id
        self.event_id = event_id
        self.previous_id = previous_id
        self.status = EventStatus.PLANNED
        if event_id is not None:
            details = ctx.read(lambda s: event_service.load_event(s, event_id))
            data, self.status, client_name = details.data, details.status, details.client_name
        else:
            start = datetime.combine(datetime.now().date() + timedelta(days=1), time(10))
            data = preset or EventInput(type=EventType.CALL, subject="",
                                        start_at=start.astimezone(), client_id=client_id,
                                        responsible_id=self.user_id)
            client_name = ""
        choices = ctx.read(lambda s: event_service.event_choices(s, data.client_id))
        client_name = client_name or choices.client_name
        contacts = choices.contacts
        self.data = data
        title = self.tr("Event") if event_id else self.tr("New event")
        # the dialog says whose event it is, in the title and on its first line
        self.setWindowTitle(f"{title} — {client_name}" if client_name else title)

        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("eventTypeCombo")
        for event_type in EventType:
            self.type_combo.addItem(label(event_type), event_type)
        select_data(self.type_combo, data.type)
        self.subject_edit = QLineEdit(data.subject, self)
        self.subject_edit.setObjectName("eventSubjectEdit")
        self.content_edit = QPlainTextEdit(data.content, self)
        self.content_edit.setObjectName("eventContentEdit")
        local = data.start_at.astimezone()
        self.date_edit = QDateEdit(QDate(local.year, local.month, local.day), self)
        self.date_edit.setObjectName("eventDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.time_edit = QTimeEdit(QTime(local.hour, local.minute), self)
        self.time_edit.setObjectName("eventTimeEdit")
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setObjectName("eventDurationSpin")
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setValue(int(data.duration.total_seconds() // 60))
        self.contact_combo = QComboBox(self)
        self.contact_combo.setObjectName("eventContactCombo")
        self.contact_combo.addItem("—", None)
        for contact in contacts:
            self.contact_combo.addItem(contact.name, contact.id)
        select_data(self.contact_combo, data.contact_id)
        self.responsible_combo = QComboBox(self)
        self.responsible_combo.setObjectName("eventResponsibleCombo")
        for person in choices.people:
            self.responsible_combo.addItem(person.name, person.id)
        if data.responsible_id is not None and data.responsible_id not in {
                p.id for p in choices.people}:
            self.responsible_combo.addItem(self.tr("(inactive user)"), data.responsible_id)
        select_data(self.responsible_combo, data.responsible_id or self.user_id)
        self.reminder_combo = QComboBox(self)
        self.reminder_combo.setObjectName("eventReminderCombo")
        for minutes in REMINDERS:
            self.reminder_combo.addItem(self._reminder_text(minutes), minutes)
        before = int(data.remind_before.total_seconds() // 60) if data.remind_before else None
        select_data(self.reminder_combo, before)
        self.result_edit = QPlainTextEdit(data.result, self)
        self.result_edit.setObjectName("eventResultEdit")
        self.result_edit.setMaximumHeight(70)

        form = QFormLayout(self)
        self.client_label = QLabel(f"<b>{escape(client_name)}</b>" if client_name
                                   else self.tr("No client (a task of your own)"), self)
        self.client_label.setObjectName("eventClientLabel")
        form.addRow(self.tr("Client"), self.client_label)
        form.addRow(self.tr("Type"), self.type_combo)
        form.addRow(self.tr("Subject"), self.subject_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Time"), self.time_edit)
        form.addRow(self.tr("Duration"), self.duration_spin)
        form.addRow(self.tr("Contact person"), self.contact_combo)
        form.addRow(self.tr("Responsible"), self.responsible_combo)
        form.addRow(self.tr("Reminder"), self.reminder_combo)
        form.addRow(self.tr("Content"), self.content_edit)
        form.addRow(self.tr("Result"), self.result_edit)
        if event_id is not None:
            form.addRow(self.tr("Status"), QLabel(label(self.status)))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("eventButtons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.complete_button = QPushButton(self.tr("Co&mplete…"), self)
        self.complete_button.setObjectName("completeEventButton")
        self.complete_button.clicked.connect(self.complete)
        self.cancel_event_button = QPushButton(self.tr("Cancel &event"), self)
        self.cancel_event_button.setObjectName("cancelEventButton")
        self.cancel_event_button.clicked.connect(self.cancel_event)
        # shown always, usable once the event is saved and while it is planned
        planned = event_id is not None and self.status == EventStatus.PLANNED
        for button in (self.complete_button, self.cancel_event_button):
            button.setEnabled(planned)
            if not planned:
                button.setToolTip(self.tr("Save the event first") if event_id is None
                                  else self.tr("Only a planned event"))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        form.addRow(buttons)
        remember_size(self, 520, 560)  # ui/kit/fit: within the screen, as last time

    def _reminder_text(self, minutes: int | None) -> str:
        if minutes is None:
            return self.tr("No reminder")
        if minutes >= 60 * 24:
            return self.tr("1 day before")
        if minutes >= 60:
            return self.tr("1 hour before")
        return self.tr("{0} min before").format(minutes)

    def collect(self) -> EventInput:
        day = self.date_edit.date().toPython()
        clock = self.time_edit.time().toPython()
        minutes = self.reminder_combo.currentData()
        return EventInput(
            type=EventType(self.type_combo.currentData()), subject=self.subject_edit.text(),
            start_at=datetime.combine(day, clock).astimezone(),  # type: ignore[arg-type]
            duration=timedelta(minutes=self.duration_spin.value()),
            content=self.content_edit.toPlainText(), client_id=self.data.client_id,
            contact_id=self.contact_combo.currentData(), deal_id=self.data.deal_id,
            responsible_id=self.responsible_combo.currentData() or self.user_id,
            direction=self.data.direction,
            remind_before=timedelta(minutes=minutes) if minutes else None,
            result=self.result_edit.toPlainText())

    def save(self) -> bool:
        data = self.collect()

        def write(s: Session) -> uuid.UUID:
            if self.event_id is not None:
                event_service.update_event(s, self.event_id, data)
                return self.event_id
            if self.previous_id is not None:
                return event_service.plan_next(s, self.previous_id, data).id
            return event_service.create_event(s, data).id

        return Operation(self, self.ctx, write).success(self._saved).run()

    def _saved(self, event_id: uuid.UUID) -> None:
        self.event_id = event_id
        self.accept()

    # -- complete / cancel -------------------------------------------------------------------
    def ask_result(self) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Complete the event"),
                                                 self.tr("Result"),
                                                 self.result_edit.toPlainText())
        return text if ok else None

    def offer_next_step(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Next step"),
                                      self.tr("Plan the next step with this client?"))
        return answer == QMessageBox.StandardButton.Yes

    def complete(self) -> None:
        assert self.event_id is not None
        result = self.ask_result()
        if result is None:
            return
        event_id = self.event_id
        if not Operation(self, self.ctx, lambda s: event_service.complete_event(
                s, event_id, result, datetime.now().astimezone())) \
                .success(lambda _: self.accept()).run():
            return
        if self.offer_next_step():
            self.plan_next_step()

    def plan_next_step(self) -> EventDialog:
        day = datetime.now().date() + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        current = self.collect()
        preset = EventInput(type=current.type, subject=current.subject,
                            start_at=datetime.combine(day, time(10)).astimezone(),
                            duration=current.duration, client_id=current.client_id,
                            contact_id=current.contact_id, deal_id=current.deal_id,
                            responsible_id=self.user_id, remind_before=timedelta(minutes=15))
        dialog = EventDialog(self.ctx, previous_id=self.event_id, preset=preset,
                             parent=self.parentWidget())
        dialog.exec()
        return dialog

    def cancel_event(self) -> None:
        assert self.event_id is not None
        reason, ok = QInputDialog.getText(self, self.tr("Cancel the event"), self.tr("Reason"))
        if not ok:
            return
        event_id = self.event_id
        Operation(self, self.ctx, lambda s: event_service.cancel_event(s, event_id, reason)) \
            .success(lambda _: self.accept()).run()

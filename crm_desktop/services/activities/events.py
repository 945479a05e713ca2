"""Creating and changing CRM events: plan, edit, complete, reschedule, cancel, log a call."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from crm_desktop.models import Contact, Direction, Event, EventStatus, EventType
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require
from crm_desktop.services.locale.logged import logged

NO_SUBJECT = error_code("events.no_subject", "Enter a subject")
SUBJECT_TOO_LONG = error_code("events.subject_too_long",
                              "The subject is longer than {max} characters")
NAIVE_START = error_code("events.naive_start", "The start time has no time zone")
NEGATIVE_DURATION = error_code("events.negative_duration", "The duration cannot be negative")
EVENT_GONE = error_code("events.gone", "This event no longer exists")
FOREIGN_CONTACT = error_code("events.foreign_contact",
                             "The contact person does not belong to this client")
CANCELLED_NOT_DONE = error_code("events.cancelled_not_done",
                                "A cancelled event cannot be completed")
NOT_PLANNED = error_code("events.not_planned", "Only a planned event can be rescheduled")


MAX_SUBJECT = 255


@dataclass
class EventInput:
    """What the event dialog edits; times are aware datetimes."""

    type: EventType
    subject: str
    start_at: datetime
    duration: timedelta = timedelta(minutes=30)
    content: str = ""
    client_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    deal_id: uuid.UUID | None = None
    responsible_id: uuid.UUID | None = None
    direction: Direction | None = None
    remind_before: timedelta | None = None
    result: str = ""

    def validate(self) -> None:
        if not self.subject.strip():
            raise ValidationError(NO_SUBJECT, field="subject")
        if len(self.subject) > MAX_SUBJECT:
            raise ValidationError(SUBJECT_TOO_LONG, field="subject", max=MAX_SUBJECT)
        if self.start_at.tzinfo is None:
            raise ValidationError(NAIVE_START, field="start")
        if self.duration < timedelta(0):
            raise ValidationError(NEGATIVE_DURATION, field="duration")


def _get(s: Session, event_id: uuid.UUID) -> Event:
    event = s.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise CrmError(EVENT_GONE)
    return event


def _apply(event: Event, data: EventInput) -> None:
    event.type = data.type
    event.subject = data.subject.strip()
    event.content = data.content.strip() or None
    event.start_at = data.start_at
    event.end_at = data.start_at + data.duration
    event.due_at = event.end_at
    event.client_id = data.client_id
    event.contact_id = data.contact_id
    event.deal_id = data.deal_id
    event.responsible_id = data.responsible_id
    event.direction = data.direction
    event.remind_at = data.start_at - data.remind_before if data.remind_before else None
    event.result = data.result.strip() or None


def _check_contact(s: Session, data: EventInput) -> None:
    if data.contact_id is None:
        return
    contact = s.get(Contact, data.contact_id)
    if contact is None or (data.client_id is not None and contact.client_id != data.client_id):
        raise ValidationError(FOREIGN_CONTACT, field="contact")


def create_event(s: Session, data: EventInput) -> Event:
    """Plan a new event; returns it flushed (with its id)."""
    require(s, Permission.EDIT_EVENTS)
    data.validate()
    _check_contact(s, data)
    event = Event(status=EventStatus.PLANNED)
    _apply(event, data)
    event.chain_id = event.chain_id or None
    s.add(event)
    s.flush()
    return event


def update_event(s: Session, event_id: uuid.UUID, data: EventInput) -> Event:
    require(s, Permission.EDIT_EVENTS)
    data.validate()
    _check_contact(s, data)
    event = _get(s, event_id)
    _apply(event, data)
    return event


def complete_event(s: Session, event_id: uuid.UUID, result: str, now: datetime) -> Event:
    """Mark an event done with its result."""
    require(s, Permission.EDIT_EVENTS)
    event = _get(s, event_id)
    if event.status == EventStatus.CANCELLED:
        raise CrmError(CANCELLED_NOT_DONE)
    event.status = EventStatus.DONE
    event.result = result.strip() or event.result
    event.completed_at = now
    event.remind_at = None
    return event


def reschedule_event(s: Session, event_id: uuid.UUID, new_start: datetime) -> Event:
    """Move a planned event, keeping its duration and reminder lead time."""
    require(s, Permission.EDIT_EVENTS)
    event = _get(s, event_id)
    if event.status != EventStatus.PLANNED:
        raise CrmError(NOT_PLANNED)
    shift = new_start - event.start_at
    event.start_at = new_start
    event.end_at = event.end_at + shift if event.end_at else None
    event.due_at = event.due_at + shift if event.due_at else new_start
    event.remind_at = event.remind_at + shift if event.remind_at else None
    return event


def cancel_event(s: Session, event_id: uuid.UUID, reason: str = "") -> Event:
    require(s, Permission.EDIT_EVENTS)
    event = _get(s, event_id)
    event.status = EventStatus.CANCELLED
    event.remind_at = None
    if reason.strip():
        event.result = reason.strip()
    return event


def plan_next(s: Session, previous_id: uuid.UUID, data: EventInput) -> Event:
    """Plan the next step after an event, in the same chain of interactions."""
    require(s, Permission.EDIT_EVENTS)
    previous = _get(s, previous_id)
    if data.client_id is None:
        data.client_id = previous.client_id
    event = create_event(s, data)
    event.chain_id = previous.chain_id or previous.id
    previous.chain_id = event.chain_id
    return event


def log_call(s: Session, user_id: uuid.UUID, client_id: uuid.UUID | None,
             contact_id: uuid.UUID | None, number: str, started: datetime) -> Event:
    """Record an outgoing call at the moment it is dialled; the result can follow later."""
    require(s, Permission.EDIT_EVENTS)
    event = Event(type=EventType.CALL, direction=Direction.OUTGOING, status=EventStatus.DONE,
                  subject=logged("call", phone=number), start_at=started, end_at=started,
                  due_at=started,
                  completed_at=started, client_id=client_id, contact_id=contact_id,
                  responsible_id=user_id)
    s.add(event)
    s.flush()
    return event


def finish_call(s: Session, event_id: uuid.UUID, result: str, ended: datetime) -> Event:
    """Store the result and the end time of a logged call."""
    require(s, Permission.EDIT_EVENTS)
    event = _get(s, event_id)
    event.end_at = max(ended, event.start_at)
    event.result = result.strip() or None
    return event


@dataclass(frozen=True)
class ContactChoice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class EventDetails:
    id: uuid.UUID
    data: EventInput
    status: EventStatus
    client_name: str


def load_event(s: Session, event_id: uuid.UUID) -> EventDetails:
    """Everything the event dialog edits, as plain data."""
    from crm_desktop.models import Client

    event = _get(s, event_id)
    client = s.get(Client, event.client_id) if event.client_id else None
    before = event.start_at - event.remind_at if event.remind_at else None
    data = EventInput(type=event.type, subject=event.subject, start_at=event.start_at,
                      duration=(event.end_at - event.start_at) if event.end_at else timedelta(0),
                      content=event.content or "", client_id=event.client_id,
                      contact_id=event.contact_id, deal_id=event.deal_id,
                      responsible_id=event.responsible_id, direction=event.direction,
                      remind_before=before, result=event.result or "")
    return EventDetails(event.id, data, event.status, client.short_name if client else "")


def contact_choices(s: Session, client_id: uuid.UUID | None) -> list[ContactChoice]:
    from sqlalchemy import select

    if client_id is None:
        return []
    rows = s.execute(select(Contact.id, Contact.full_name).where(
        Contact.client_id == client_id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_primary.desc(), Contact.full_name)).all()
    return [ContactChoice(r[0], r[1]) for r in rows]


@dataclass(frozen=True)
class PersonChoice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class EventChoices:
    """What the event dialog offers: whose event it is, its contacts, who can be responsible."""

    client_name: str
    contacts: list[ContactChoice]
    people: list[PersonChoice]


def event_choices(s: Session, client_id: uuid.UUID | None) -> EventChoices:
    """The client's name and contact persons, and the active colleagues an event can be
    assigned to (the responsible person), by name."""
    from sqlalchemy import select

    from crm_desktop.models import Client, User

    client = s.get(Client, client_id) if client_id is not None else None
    people = [PersonChoice(r[0], r[1]) for r in s.execute(
        select(User.id, User.full_name).where(User.deleted_at.is_(None), User.active)
        .order_by(User.full_name))]
    return EventChoices(client.short_name if client is not None else "",
                        contact_choices(s, client_id), people)


@dataclass(frozen=True)
class Reminder:
    id: uuid.UUID
    subject: str
    start_at: datetime
    client_name: str
    remind_at: datetime | None = None  # when it was due (before the start: missed)


def due_reminders(s: Session, user_id: uuid.UUID, now: datetime,
                  limit: int = 50) -> list[Reminder]:
    """The user's planned events whose reminder time has come (also those missed while the
    program was closed), earliest first."""
    from sqlalchemy import select

    from crm_desktop.models import Client

    rows = s.execute(
        select(Event.id, Event.subject, Event.start_at, Client.short_name, Event.remind_at)
        .outerjoin(Client, Client.id == Event.client_id)
        .where(Event.responsible_id == user_id, Event.status == EventStatus.PLANNED,
               Event.remind_at.is_not(None), Event.remind_at <= now,
               Event.deleted_at.is_(None))
        .order_by(Event.remind_at).limit(limit)).all()
    return [Reminder(r[0], r[1], r[2], r[3] or "", r[4]) for r in rows]


def snooze_reminder(s: Session, event_id: uuid.UUID, until: datetime) -> None:
    require(s, Permission.EDIT_EVENTS)
    _get(s, event_id).remind_at = until


def dismiss_reminder(s: Session, event_id: uuid.UUID) -> None:
    require(s, Permission.EDIT_EVENTS)
    _get(s, event_id).remind_at = None

"""The events report behind the desk's Events button: presets, filters, export."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Contact, Event, EventStatus, EventType, User
from crm_desktop.services.locale.days import local_day_bounds


class Preset(StrEnum):
    TODAY = "today"
    THIS_WEEK = "this_week"
    OVERDUE = "overdue"
    BY_CLIENT = "by_client"
    BY_TYPE = "by_type"


@dataclass(frozen=True)
class ReportRow:
    id: uuid.UUID
    start_at: datetime
    client_name: str
    subject: str
    type: EventType
    contact_name: str
    status: EventStatus
    responsible: str
    due_at: datetime | None


def events_report(s: Session, user_id: uuid.UUID, preset: Preset, now: datetime,
                  client_id: uuid.UUID | None = None, event_type: EventType | None = None,
                  limit: int = 10_000) -> list[ReportRow]:
    """The user's events for a preset; BY_CLIENT needs `client_id`, BY_TYPE `event_type`."""
    query = (select(Event.id, Event.start_at, Client.short_name, Event.subject, Event.type,
                    Contact.full_name, Event.status, User.full_name, Event.due_at)
             .outerjoin(Client, Client.id == Event.client_id)
             .outerjoin(Contact, Contact.id == Event.contact_id)
             .outerjoin(User, User.id == Event.responsible_id)
             .where(Event.deleted_at.is_(None)))
    today = now.astimezone().date()
    if preset == Preset.TODAY:
        start, end = local_day_bounds(today)
        query = query.where(Event.responsible_id == user_id, Event.start_at >= start,
                            Event.start_at < end).order_by(Event.start_at)
    elif preset == Preset.THIS_WEEK:
        monday = today - timedelta(days=today.weekday())
        start, _ = local_day_bounds(monday)
        _, end = local_day_bounds(monday + timedelta(days=6))
        query = query.where(Event.responsible_id == user_id, Event.start_at >= start,
                            Event.start_at < end).order_by(Event.start_at)
    elif preset == Preset.OVERDUE:
        query = query.where(Event.responsible_id == user_id,
                            Event.status == EventStatus.PLANNED,
                            Event.due_at < now).order_by(Event.due_at)
    elif preset == Preset.BY_CLIENT:
        if client_id is None:
            return []
        query = query.where(Event.client_id == client_id).order_by(Event.start_at.desc())
    else:
        since, _ = local_day_bounds(date.fromordinal(today.toordinal() - 90))
        query = query.where(Event.responsible_id == user_id, Event.start_at >= since,
                            Event.type == (event_type or EventType.CALL)
                            ).order_by(Event.start_at.desc())
    return [ReportRow(r[0], r[1], r[2] or "", r[3], r[4], r[5] or "", r[6], r[7] or "", r[8])
            for r in s.execute(query.limit(limit))]

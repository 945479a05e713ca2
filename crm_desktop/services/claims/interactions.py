"""Interactions logged against a claim (calls, e-mails, meetings, notes): done events with
`claim_id`, so they are in the client's history too."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Direction, Event, EventStatus, EventType, User
from crm_desktop.services.activities.events import NO_SUBJECT
from crm_desktop.services.core.errors import ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require, user_id_of

from .writing import check_may_edit, load_claim

NOT_AN_INTERACTION = error_code("claims.not_an_interaction",
                                "Log a call, an e-mail, a meeting or a note")
KINDS = (EventType.CALL, EventType.EMAIL, EventType.MEETING, EventType.NOTE)


@dataclass(frozen=True)
class InteractionRow:
    id: uuid.UUID
    type: EventType
    direction: Direction | None
    subject: str
    content: str
    at: datetime
    by: str | None


def log_interaction(s: Session, claim_id: uuid.UUID, kind: EventType, subject: str,
                    content: str, at: datetime, direction: Direction | None = None) -> uuid.UUID:
    """Record a call, e-mail, meeting or note about the claim, done at `at`."""
    claim = load_claim(s, claim_id)
    check_may_edit(s, claim.responsible_id)
    require(s, Permission.EDIT_EVENTS)
    if kind not in KINDS:
        raise ValidationError(NOT_AN_INTERACTION, field="type")
    if not subject.strip():
        raise ValidationError(NO_SUBJECT, field="subject")
    event = Event(type=kind, direction=direction, subject=subject.strip()[:255],
                  content=content.strip() or None, start_at=at, end_at=at, due_at=at,
                  completed_at=at, status=EventStatus.DONE, client_id=claim.client_id,
                  contact_id=claim.contact_id, responsible_id=user_id_of(s), claim_id=claim.id)
    s.add(event)
    s.flush()
    return event.id


def claim_interactions(s: Session, claim_id: uuid.UUID) -> list[InteractionRow]:
    """What was logged against the claim (every event but the plan's tasks), newest first."""
    rows = s.execute(
        select(Event.id, Event.type, Event.direction, Event.subject, Event.content,
               Event.start_at, User.full_name)
        .outerjoin(User, User.id == Event.responsible_id)
        .where(Event.claim_id == claim_id, Event.type != EventType.TASK,
               Event.deleted_at.is_(None))
        .order_by(Event.start_at.desc(), Event.id.desc())).all()
    return [InteractionRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6]) for r in rows]

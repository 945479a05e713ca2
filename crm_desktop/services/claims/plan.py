"""A claim's investigation plan: tasks (what, who, by when) that are ordinary events of type
task linked to the claim, so they show on their owners' desks, among their overdue events and
in their reminders, and the claim shows its progress and what is overdue."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Event, EventStatus, EventType, User
from crm_desktop.services.activities import events as ev
from crm_desktop.services.core.errors import CrmError, error_code

from .statuses import OPEN
from .writing import CLAIM_CLOSED, check_may_edit, load_claim

NOT_A_TASK = error_code("claims.not_a_task", "This is not a task of the claim's plan")

REMIND_BEFORE = timedelta(hours=1)


@dataclass(frozen=True)
class TaskInput:
    what: str
    due_at: datetime  # by when (aware)
    responsible_id: uuid.UUID | None = None  # None: the claim's responsible
    details: str = ""
    remind_before: timedelta | None = REMIND_BEFORE


@dataclass(frozen=True)
class TaskRow:
    id: uuid.UUID
    what: str
    responsible_id: uuid.UUID | None
    responsible: str | None
    due_at: datetime
    status: EventStatus
    completed_at: datetime | None
    result: str
    overdue: bool


@dataclass(frozen=True)
class PlanProgress:
    tasks: tuple[TaskRow, ...]
    total: int  # not counting cancelled tasks
    done: int
    overdue: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def plan_task(s: Session, claim_id: uuid.UUID, task: TaskInput) -> uuid.UUID:
    """Add a task to an open claim's plan: a planned event of type task for its responsible,
    due at `due_at`, with a reminder; returns the event's id."""
    claim = load_claim(s, claim_id)
    check_may_edit(s, claim.responsible_id)
    if claim.status not in OPEN:
        raise CrmError(CLAIM_CLOSED, status=claim.status)
    event = ev.create_event(s, ev.EventInput(
        type=EventType.TASK, subject=task.what, start_at=task.due_at, duration=timedelta(0),
        content=task.details, client_id=claim.client_id, contact_id=claim.contact_id,
        responsible_id=task.responsible_id or claim.responsible_id,
        remind_before=task.remind_before))
    event.claim_id = claim.id
    s.flush()
    return event.id


def _task(s: Session, event_id: uuid.UUID) -> Event:
    event = s.get(Event, event_id)
    if event is None or event.deleted_at is not None or event.claim_id is None \
            or event.type != EventType.TASK:
        raise CrmError(NOT_A_TASK)
    return event


def complete_task(s: Session, event_id: uuid.UUID, result: str, now: datetime) -> None:
    """Mark a task of a plan done with what came out of it (its owner, or whoever may edit
    the claim)."""
    event = _task(s, event_id)
    claim = load_claim(s, event.claim_id)  # type: ignore[arg-type]
    check_may_edit(s, claim.responsible_id)
    ev.complete_event(s, event_id, result, now)


def cancel_task(s: Session, event_id: uuid.UUID, reason: str = "") -> None:
    """Take a task off the plan (cancelled: it stays in the history)."""
    event = _task(s, event_id)
    claim = load_claim(s, event.claim_id)  # type: ignore[arg-type]
    check_may_edit(s, claim.responsible_id)
    ev.cancel_event(s, event_id, reason)


def plan_progress(s: Session, claim_id: uuid.UUID, now: datetime) -> PlanProgress:
    """The plan's tasks, earliest due first, with how many are done and how many overdue."""
    rows = s.execute(
        select(Event.id, Event.subject, Event.responsible_id, User.full_name, Event.due_at,
               Event.start_at, Event.status, Event.completed_at, Event.result)
        .outerjoin(User, User.id == Event.responsible_id)
        .where(Event.claim_id == claim_id, Event.type == EventType.TASK,
               Event.deleted_at.is_(None))
        .order_by(Event.due_at, Event.id)).all()
    tasks = tuple(TaskRow(r[0], r[1], r[2], r[3], r[4] or r[5], r[6], r[7], r[8] or "",
                          r[6] == EventStatus.PLANNED and (r[4] or r[5]) < now) for r in rows)
    live = [t for t in tasks if t.status != EventStatus.CANCELLED]
    return PlanProgress(tasks, len(live), sum(t.status == EventStatus.DONE for t in live),
                        sum(t.overdue for t in live))

"""Clients through the team server: the services of the clients and activities packages, each
call behind the visibility rule (`access.visible_clients`) and their own permission checks.

A client another person may not see is "not found" for them, whether it exists or not: a
salesperson cannot learn, read or change another salesperson's client through any of these.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Client,
    ClientShare,
    ClientStatus,
    Event,
    EventType,
    Role,
    Team,
    User,
    utcnow,
)
from crm_desktop.services.activities import events as ev
from crm_desktop.services.clients import card, merge
from crm_desktop.services.clients.forms import ClientForm, EmailForm, PhoneForm
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import CurrentUser, Permission, require

from .access import NOT_FOUND, require_client, visible_clients

UNKNOWN_FIELD = error_code("team.unknown_field", "A client has no field {field}")
BAD_VALUE = error_code("team.bad_value", "{field}: {value!r} is not a valid value")
SHARE_TARGET = error_code("team.share_target", "Share with one person or one team")
NO_SUCH_TEAM = error_code("team.no_such_team", "No team {name}")

# The card's plain fields the API reads and writes by name.
FIELDS = ("short_name", "kind", "full_name", "status", "source", "responsible_id", "country",
          "region", "city", "address", "currency", "language", "tax_id", "tax_id_2",
          "legal_address", "website", "notes")


@dataclass(frozen=True)
class ClientRow:
    id: uuid.UUID
    short_name: str
    status: ClientStatus
    city: str | None
    responsible_id: uuid.UUID | None
    updated_at: datetime


@dataclass(frozen=True)
class EventRow:
    id: uuid.UUID
    type: EventType
    subject: str
    start_at: datetime
    status: str


def list_clients(s: Session, user: CurrentUser, text: str = "",
                 after: uuid.UUID | None = None, limit: int = 100) -> list[ClientRow]:
    """The clients `user` sees, by id (a stable page order), optionally by a name fragment."""
    query = select(Client.id, Client.short_name, Client.status, Client.city,
                   Client.responsible_id, Client.updated_at).where(
        Client.deleted_at.is_(None), visible_clients(user))
    if text.strip():
        query = query.where(func.lower(Client.short_name).contains(text.strip().lower()))
    if after is not None:
        query = query.where(Client.id > after)
    rows = s.execute(query.order_by(Client.id).limit(max(1, min(limit, 1000))))
    return [ClientRow(*row) for row in rows]


def get_client(s: Session, user: CurrentUser, client_id: uuid.UUID) -> ClientForm:
    require_client(s, user, client_id)
    return card.load_form(s, client_id)


def _apply(form: ClientForm, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name in ("phones", "emails"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise CrmError(BAD_VALUE, field=name, value=value)
            if name == "phones":
                form.phones = [PhoneForm(raw) for raw in value]
            else:
                form.emails = [EmailForm(address) for address in value]
            continue
        if name not in FIELDS:
            raise CrmError(UNKNOWN_FIELD, field=name)
        current = getattr(form, name)
        try:
            if name == "responsible_id":
                value = uuid.UUID(str(value)) if value else None
            elif value is None:
                value = type(current)() if not isinstance(current, uuid.UUID) else None
            elif isinstance(current, str) and not isinstance(value, str):
                raise ValueError(value)
            elif type(current) is not str and isinstance(current, str):  # an enum
                value = type(current)(value)
        except ValueError as exc:
            raise CrmError(BAD_VALUE, field=name, value=value) from exc
        setattr(form, name, value)


def create_client(s: Session, user: CurrentUser, values: dict[str, Any]) -> uuid.UUID:
    """A new client from the card's fields; a salesperson's new client is their own."""
    form = card.new_form(s, user.id, values.get("country"))
    _apply(form, values)
    if form.responsible_id is None and user.role == Role.SALESPERSON:
        form.responsible_id = user.id
    return card.save_client(s, form)


def update_client(s: Session, user: CurrentUser, client_id: uuid.UUID,
                  values: dict[str, Any]) -> None:
    """Change some fields of a card (the rest stays as it is)."""
    form = get_client(s, user, client_id)
    _apply(form, values)
    card.save_client(s, form)
    if not _still_visible(s, user, client_id):
        raise CrmError(NOT_FOUND)  # handed to someone out of sight: refused, rolled back


def _still_visible(s: Session, user: CurrentUser, client_id: uuid.UUID) -> bool:
    s.flush()
    return s.scalar(select(Client.id).where(Client.id == client_id,
                                            visible_clients(user))) is not None


def delete_client(s: Session, user: CurrentUser, client_id: uuid.UUID) -> None:
    """A tombstone (`deleted_at`): the client leaves every list and can travel as deleted."""
    require(s, Permission.EDIT_CLIENTS)
    require_client(s, user, client_id)
    client = s.get(Client, client_id)
    if client is None:  # hidden by the row-level security: the second wall
        raise CrmError(NOT_FOUND)
    client.deleted_at = utcnow()
    s.flush()


def merge_clients(s: Session, user: CurrentUser, survivor_id: uuid.UUID,
                  other_id: uuid.UUID, take_from_other: list[str]) -> merge.MergeResult:
    require(s, Permission.MERGE_CLIENTS)
    require_client(s, user, survivor_id)
    require_client(s, user, other_id)
    return merge.merge_clients(s, survivor_id, other_id, frozenset(take_from_other))


def share_client(s: Session, user: CurrentUser, client_id: uuid.UUID,
                 login: str | None = None, team: str | None = None) -> uuid.UUID:
    """Show a client to one more person or a whole team."""
    require(s, Permission.EDIT_CLIENTS)
    require_client(s, user, client_id)
    if (login is None) == (team is None):
        raise CrmError(SHARE_TARGET)
    share = ClientShare(client_id=client_id)
    if login is not None:
        from .accounts import user_by_login

        share.user_id = user_by_login(s, login).id
    else:
        found = s.scalar(select(Team.id).where(Team.name == team, Team.deleted_at.is_(None)))
        if found is None:
            raise CrmError(NO_SUCH_TEAM, name=team)
        share.team_id = found
    s.add(share)
    s.flush()
    return share.id


def client_events(s: Session, user: CurrentUser, client_id: uuid.UUID,
                  limit: int = 100) -> list[EventRow]:
    require_client(s, user, client_id)
    rows = s.scalars(select(Event).where(Event.client_id == client_id,
                                         Event.deleted_at.is_(None))
                     .order_by(Event.start_at.desc()).limit(limit))
    return [EventRow(e.id, e.type, e.subject, e.start_at, e.status.value) for e in rows]


def add_note(s: Session, user: CurrentUser, client_id: uuid.UUID, subject: str,
             content: str = "") -> uuid.UUID:
    """A note in the client's history (an event of type note, done now)."""
    require_client(s, user, client_id)
    event = ev.create_event(s, ev.EventInput(EventType.NOTE, subject, utcnow(),
                                             duration=timedelta(0), content=content,
                                             client_id=client_id, responsible_id=user.id))
    return event.id


def user_names(s: Session) -> dict[uuid.UUID, str]:
    return dict(s.execute(select(User.id, User.full_name)).tuples().all())


def form_values(form: ClientForm) -> dict[str, Any]:
    """The card as plain data (nested lists of contacts, phones… as dictionaries)."""
    return dataclasses.asdict(form)

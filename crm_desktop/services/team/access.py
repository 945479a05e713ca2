"""Who sees what, decided on the server for every request, as SQL conditions the endpoints
reuse: `visible_clients(user)` is a WHERE clause on `clients`.

- the admin sees every client;
- anyone sees the clients they are responsible for, and those shared with them or with a team
  they belong to or lead (a lead nobody is responsible for, shared with a team, is that team's
  unassigned lead);
- a head of sales also sees the clients of the people in the teams they lead, and the clients
  nobody is responsible for that no team has (the pool they hand out).

The catalogue, price types and company settings are shared: no condition. The same rules are
written as PostgreSQL row-level security policies (migration 0009): a second wall behind this
one, set per transaction by `enter(s, user, device)`.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, and_, exists, or_, select, text, true
from sqlalchemy.orm import Session

from crm_desktop.models import Client, ClientShare, Role, Team, TeamMember
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import CurrentUser

NOT_FOUND = error_code("team.not_found", "No such client among those you may see")


def _teams_of(user_id: uuid.UUID) -> ColumnElement[bool]:
    """A condition on a team id: a team the person belongs to or leads."""
    member = select(TeamMember.team_id).where(TeamMember.user_id == user_id,
                                              TeamMember.deleted_at.is_(None))
    led = select(Team.id).where(Team.head_id == user_id, Team.deleted_at.is_(None))
    return or_(ClientShare.team_id.in_(member), ClientShare.team_id.in_(led))


def visible_clients(user: CurrentUser) -> ColumnElement[bool]:
    """The clients `user` may see and change (their rows, and the rows that belong to them)."""
    if user.role == Role.ADMIN:
        return true()
    shared = select(ClientShare.client_id).where(
        ClientShare.deleted_at.is_(None),
        or_(ClientShare.user_id == user.id, _teams_of(user.id)))
    seen = [Client.responsible_id == user.id, Client.id.in_(shared)]
    if user.role == Role.HEAD_OF_SALES:
        people = select(TeamMember.user_id).join(Team, Team.id == TeamMember.team_id).where(
            Team.head_id == user.id, Team.deleted_at.is_(None), TeamMember.deleted_at.is_(None))
        teamed = exists().where(ClientShare.client_id == Client.id,
                                ClientShare.team_id.is_not(None),
                                ClientShare.deleted_at.is_(None))
        seen += [Client.responsible_id.in_(people),
                 and_(Client.responsible_id.is_(None), ~teamed)]
    return or_(*seen)


def client_visible(s: Session, user: CurrentUser, client_id: uuid.UUID) -> bool:
    return s.scalar(select(Client.id).where(Client.id == client_id, Client.deleted_at.is_(None),
                                            visible_clients(user))) is not None


def require_client(s: Session, user: CurrentUser, client_id: uuid.UUID) -> None:
    """CrmError `team.not_found` unless `user` may see the live client (whether it exists
    otherwise is not told)."""
    if not client_visible(s, user, client_id):
        raise CrmError(NOT_FOUND)


def enter(s: Session, user: CurrentUser | None, device: str = "") -> None:
    """Say who works in this transaction, for the row-level security and the audit triggers
    (PostgreSQL; nothing on SQLite). Local to the transaction: a pooled connection forgets it."""
    if s.get_bind().dialect.name != "postgresql":
        return
    s.execute(text("SELECT set_config('crm.user_id', :user, true), "
                   "set_config('crm.device', :device, true)"),
              {"user": str(user.id) if user else "", "device": device[:100]})

"""Accounts on the team server: people, roles, teams, passwords, sign-in tokens.

A sign-in checks the Argon2 hash outside any transaction (it takes tens of milliseconds and
must not hold a pooled connection), then records the outcome in a short one. Wrong passwords
in a row are counted on the account (in the database, so every server behind a load balancer
sees the same count): after `FREE_ATTEMPTS` each further one blocks the account for a doubling
delay (1 s, 2 s, 4 s … at most 5 minutes) during which no password is even checked.

A token is 256 random bits handed to the desktop once; the server stores its SHA-256 only
(the token is as strong as a key, so a fast hash is enough), with an expiry. Signing out, a
password reset and disabling the account revoke tokens; a disabled account's tokens stop
working at once because every request checks the account too.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crm_desktop.models import AuthToken, Role, Team, TeamMember, User, UserCredential, utcnow
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import (
    CurrentUser,
    Permission,
    SystemActor,
    actor_of,
    require,
)

from . import passwords

WRONG_PASSWORD = error_code("team.wrong_password", "Wrong login or password")
SLOW_DOWN = error_code("team.slow_down", "Too many wrong passwords: try again in {seconds} "
                       "seconds")
DISABLED = error_code("team.account_disabled", "The account {login} is disabled: ask the "
                      "administrator")
NO_TOKEN = error_code("team.no_token", "Sign in to the team server first")
TOKEN_EXPIRED = error_code("team.token_expired", "Your sign-in has expired: sign in again")
TOKEN_REVOKED = error_code("team.token_revoked", "You were signed out (here, on another "
                           "desktop or by the administrator): sign in again")
LOGIN_TAKEN = error_code("team.login_taken", "The login {login} is taken")
BAD_LOGIN = error_code("team.bad_login", "A login is 2 to 64 small Latin letters, digits, dots, "
                       "dashes or underscores, not {login!r}")
NO_NAME = error_code("team.no_name", "Enter the person's name")
NO_SUCH_USER = error_code("team.no_such_user", "No user {login}")
NOT_YOURSELF = error_code("team.not_yourself", "You cannot disable your own account or take "
                          "away your own administration")
NO_TEAM_NAME = error_code("team.no_team_name", "Give the team a name")
HEAD_ROLE = error_code("team.head_role", "{login} is not a head of sales")

TOKEN_LIFETIME = timedelta(days=30)
FREE_ATTEMPTS = 3
MAX_DELAY = timedelta(minutes=5)
LOGIN_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")

# The administrator at the server's console (`crm-desktop users …`): they hold the database
# itself, so they act as a named system operation, stamped NULL like the first run.
CONSOLE = SystemActor("server-console")


@dataclass(frozen=True)
class Account:
    id: uuid.UUID
    login: str
    full_name: str
    role: Role
    active: bool
    email: str | None
    team: str | None  # the team they belong to or lead
    has_password: bool


@dataclass(frozen=True)
class TeamRow:
    id: uuid.UUID
    name: str
    head: str | None  # login
    members: tuple[str, ...]  # logins


@dataclass(frozen=True)
class Issued:
    """A sign-in: the token (shown once, to the desktop) and who it is for."""

    token: str
    user: CurrentUser
    expires_at: datetime


@dataclass(frozen=True)
class Caller:
    """Who a token belongs to, on which device."""

    user: CurrentUser
    device: str
    token_id: uuid.UUID


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def delay_after(failures: int) -> timedelta:
    """How long an account waits after `failures` wrong passwords in a row."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return min(timedelta(seconds=2 ** (failures - FREE_ATTEMPTS)), MAX_DELAY)


# -- people ----------------------------------------------------------------------------------------
def user_by_login(s: Session, login: str) -> User:
    user = s.scalar(select(User).where(User.login == login.strip().lower(),
                                       User.deleted_at.is_(None)))
    if user is None:
        raise CrmError(NO_SUCH_USER, login=login)
    return user


def _team_names(s: Session) -> dict[uuid.UUID, str]:
    names: dict[uuid.UUID, str] = {}
    for user_id, name in s.execute(
            select(TeamMember.user_id, Team.name).join(Team, Team.id == TeamMember.team_id)
            .where(TeamMember.deleted_at.is_(None), Team.deleted_at.is_(None))):
        names[user_id] = name
    for head_id, name in s.execute(select(Team.head_id, Team.name).where(
            Team.deleted_at.is_(None), Team.head_id.is_not(None))):
        if head_id is not None:
            names.setdefault(head_id, name)
    return names


def list_users(s: Session) -> list[Account]:
    """Every account, active or not, by login."""
    teams = _team_names(s)
    with_password = set(s.scalars(select(UserCredential.user_id)))
    return [Account(u.id, u.login, u.full_name, u.role, u.active, u.email, teams.get(u.id),
                    u.id in with_password)
            for u in s.scalars(select(User).where(User.deleted_at.is_(None))
                               .order_by(User.login))]


def account(s: Session, login: str) -> Account:
    user = user_by_login(s, login)
    return next(a for a in list_users(s) if a.id == user.id)


def add_user(s: Session, login: str, full_name: str, role: Role, password: str,
             email: str | None = None) -> uuid.UUID:
    """A new account with its password (hashed); the login is stored in lower case."""
    require(s, Permission.MANAGE_USERS)
    login = login.strip().lower()
    if not LOGIN_PATTERN.fullmatch(login):
        raise CrmError(BAD_LOGIN, login=login)
    if not full_name.strip():
        raise CrmError(NO_NAME)
    if s.scalar(select(User.id).where(User.login == login)) is not None:
        raise CrmError(LOGIN_TAKEN, login=login)
    hashed = passwords.hash_password(password)
    user = User(login=login, full_name=full_name.strip(), role=Role(role),
                email=(email or "").strip() or None)
    s.add(user)
    s.flush()
    s.add(UserCredential(user_id=user.id, password_hash=hashed))
    s.flush()
    return user.id


def _not_yourself(s: Session, user: User) -> None:
    actor = actor_of(s)
    if isinstance(actor, CurrentUser) and actor.id == user.id:
        raise CrmError(NOT_YOURSELF)


def revoke_tokens_of(s: Session, user_id: uuid.UUID) -> int:
    """Every live token of a person stops working; returns how many there were."""
    now = utcnow()
    tokens = s.scalars(select(AuthToken).where(AuthToken.user_id == user_id,
                                               AuthToken.revoked_at.is_(None))).all()
    for token in tokens:
        token.revoked_at = now
    s.flush()
    return len(tokens)


def disable_user(s: Session, login: str) -> None:
    """The account can no longer sign in, and its desktops are signed out at once."""
    require(s, Permission.MANAGE_USERS)
    user = user_by_login(s, login)
    _not_yourself(s, user)
    user.active = False
    revoke_tokens_of(s, user.id)


def enable_user(s: Session, login: str) -> None:
    require(s, Permission.MANAGE_USERS)
    user = user_by_login(s, login)
    user.active = True
    credential = s.get(UserCredential, user.id)
    if credential is not None:
        credential.failed_attempts, credential.blocked_until = 0, None
    s.flush()


def reset_password(s: Session, login: str, password: str) -> None:
    """A new password; the old sign-ins end and the wrong-password count starts again."""
    require(s, Permission.MANAGE_USERS)
    user = user_by_login(s, login)
    hashed = passwords.hash_password(password)
    credential = s.get(UserCredential, user.id)
    if credential is None:
        s.add(UserCredential(user_id=user.id, password_hash=hashed))
    else:
        credential.password_hash, credential.password_changed_at = hashed, utcnow()
        credential.failed_attempts, credential.blocked_until = 0, None
    revoke_tokens_of(s, user.id)


def set_role(s: Session, login: str, role: Role) -> None:
    require(s, Permission.MANAGE_USERS)
    user = user_by_login(s, login)
    if Role(role) != Role.ADMIN:
        _not_yourself(s, user)
    user.role = Role(role)
    s.flush()


# -- teams -----------------------------------------------------------------------------------------
def list_teams(s: Session) -> list[TeamRow]:
    logins = dict(s.execute(select(User.id, User.login)).all())
    members: dict[uuid.UUID, list[str]] = {}
    for team_id, user_id in s.execute(select(TeamMember.team_id, TeamMember.user_id)
                                      .where(TeamMember.deleted_at.is_(None))):
        members.setdefault(team_id, []).append(logins[user_id])
    return [TeamRow(t.id, t.name, logins.get(t.head_id) if t.head_id else None,
                    tuple(sorted(members.get(t.id, []))))
            for t in s.scalars(select(Team).where(Team.deleted_at.is_(None))
                               .order_by(Team.name))]


def save_team(s: Session, name: str, head: str | None, members: list[str]) -> uuid.UUID:
    """Create or update the team `name`: its head of sales and exactly these members (a person
    moves here from another team)."""
    require(s, Permission.MANAGE_USERS)
    name = name.strip()
    if not name:
        raise CrmError(NO_TEAM_NAME)
    team = s.scalar(select(Team).where(Team.name == name))
    if team is None:
        team = Team(name=name)
        s.add(team)
    team.deleted_at = None
    if head:
        head_user = user_by_login(s, head)
        if head_user.role != Role.HEAD_OF_SALES:
            raise CrmError(HEAD_ROLE, login=head_user.login)
        team.head_id = head_user.id
    else:
        team.head_id = None
    s.flush()
    wanted = {user_by_login(s, login).id for login in members}
    for member in s.scalars(select(TeamMember).where(
            (TeamMember.team_id == team.id) | TeamMember.user_id.in_(wanted))):
        if member.user_id in wanted:
            member.team_id, member.deleted_at = team.id, None
            wanted.discard(member.user_id)
        elif member.deleted_at is None:
            member.deleted_at = utcnow()
    for user_id in wanted:
        s.add(TeamMember(user_id=user_id, team_id=team.id))
    s.flush()
    return team.id


# -- signing in ------------------------------------------------------------------------------------
def sign_in(database: Database, login: str, password: str, device: str = "",
            now: datetime | None = None, lifetime: timedelta = TOKEN_LIFETIME) -> Issued:
    """Check a password and issue a token; CrmError `team.wrong_password`, `team.slow_down`
    or `team.account_disabled` otherwise (a wrong password is counted before the refusal)."""
    now = now or utcnow()
    login = login.strip().lower()
    with database.session() as s:
        found = s.execute(select(User, UserCredential)
                          .join(UserCredential, UserCredential.user_id == User.id)
                          .where(User.login == login, User.deleted_at.is_(None))).first()
        user, credential = (found[0], found[1]) if found else (None, None)
        if credential is not None and credential.blocked_until is not None \
                and credential.blocked_until > now:
            wait = credential.blocked_until - now
            raise CrmError(SLOW_DOWN, seconds=max(1, int(wait.total_seconds() + 0.999)))
    ok = passwords.verify(credential.password_hash if credential else None, password)
    if user is None or credential is None:
        raise CrmError(WRONG_PASSWORD)
    actor = SystemActor("sign-in", user.id)
    if not ok:
        with database.session(actor) as s:
            failures = s.execute(
                update(UserCredential).where(UserCredential.user_id == user.id)
                .values(failed_attempts=UserCredential.failed_attempts + 1)
                .returning(UserCredential.failed_attempts)).scalar_one()
            wait = delay_after(failures)
            if wait:
                s.execute(update(UserCredential).where(UserCredential.user_id == user.id)
                          .values(blocked_until=now + wait))
        raise CrmError(WRONG_PASSWORD)
    if not user.active:
        raise CrmError(DISABLED, login=user.login)
    token = secrets.token_urlsafe(32)
    with database.session(actor) as s:
        if credential.failed_attempts or credential.blocked_until:
            s.execute(update(UserCredential).where(UserCredential.user_id == user.id)
                      .values(failed_attempts=0, blocked_until=None))
        if passwords.needs_rehash(credential.password_hash):
            s.execute(update(UserCredential).where(UserCredential.user_id == user.id)
                      .values(password_hash=passwords.hash_password(password)))
        s.add(AuthToken(id=uuid.uuid4(), token_hash=token_hash(token), user_id=user.id,
                        device=device[:100], created_at=now, expires_at=now + lifetime))
    return Issued(token, CurrentUser(user.id, user.login, user.full_name, user.role),
                  now + lifetime)


def caller(s: Session, token: str | None, now: datetime | None = None) -> Caller:
    """Who presents `token`: CrmError `team.no_token`, `team.token_revoked`,
    `team.token_expired` or `team.account_disabled` when nobody (valid) does."""
    if not token:
        raise CrmError(NO_TOKEN)
    found = s.execute(select(AuthToken, User).join(User, User.id == AuthToken.user_id)
                      .where(AuthToken.token_hash == token_hash(token))).first()
    if found is None:
        raise CrmError(TOKEN_REVOKED)
    row, user = found[0], found[1]
    if row.revoked_at is not None:
        raise CrmError(TOKEN_REVOKED)
    if row.expires_at <= (now or utcnow()):
        raise CrmError(TOKEN_EXPIRED)
    if not user.active or user.deleted_at is not None:
        raise CrmError(DISABLED, login=user.login)
    return Caller(CurrentUser(user.id, user.login, user.full_name, user.role), row.device,
                  row.id)


def sign_out(s: Session, token: str) -> None:
    """The token stops working (the desktop forgets it too)."""
    row = s.scalar(select(AuthToken).where(AuthToken.token_hash == token_hash(token),
                                           AuthToken.revoked_at.is_(None)))
    if row is not None:
        row.revoked_at = utcnow()
        s.flush()

"""The one place the automation joins the write path: session events.

`after_flush` notes which watched records (clients, deals, orders, claims, invoices, events)
were created or changed, with the old and new value of every changed field; `before_commit`
hands the notes to the engine, which runs the matching rules inside the same transaction (one
transaction per user action: the rules' changes commit or roll back with it). Loaded with the
services package (`crm_desktop/services/__init__.py`), like the duplicate engine's hook.

Only work done by a person (or the automation's own `AUTOMATION` actor) fires rules: the demo,
migrations, the sync and the mail sender never do — on a copy that applies synced rows the
rules already ran where the change was made.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect, select, text
from sqlalchemy.orm import Session

from crm_desktop.models import (
    AutomationRule,
    Claim,
    Client,
    Deal,
    DocumentKind,
    Event,
    Order,
    SalesDocument,
    Setting,
    SharedSetting,
    utcnow,
)
from crm_desktop.services.core.identity import CurrentUser, SystemActor, actor_of

STATE_KEY = "automation"
OFF_KEY = "automation.off"  # s.info[OFF_KEY] = True: this unit of work fires no rules
AUTOMATION = SystemActor("automation")  # `rules run` and the server's sweep act as this

WATCHED: dict[type[Any], str] = {Client: "client", Deal: "deal", Order: "order", Claim: "claim",
                                 SalesDocument: "invoice", Event: "event"}
_STAMPS = {"updated_at", "changed_by"}

# Where rules run: the setting automation.runner is "desktop" (the program on a computer runs
# them on its own saves) or "server" (only the team server does, so two laptops never both
# fire one). The team server marks each of its sessions with `s.info[SERVER_KEY] = True`
# (a mark per session, not per process: tests run a server and desktops in one process).
SERVER_KEY = "automation.server"


def on_server(s: Session) -> bool:
    return bool(s.info.get(SERVER_KEY))


@dataclass
class Note:
    """A watched record was created or changed by one flush."""

    entity: str
    record_id: uuid.UUID
    created: bool
    changed: dict[str, tuple[Any, Any]]
    stamp: str
    origin: uuid.UUID | None = None  # the rule whose action made the change
    depth: int = 0  # how many rules deep in a chain the change was made


@dataclass
class State:
    pending: list[Note] = field(default_factory=list)
    current: tuple[uuid.UUID, int] | None = None
    running: bool = False
    started: datetime = field(default_factory=utcnow)
    fired: set[tuple[uuid.UUID, uuid.UUID, str]] = field(default_factory=set)
    rules_changed: bool = False


def fires_rules(s: Session) -> bool:
    if s.info.get(OFF_KEY):
        return False
    actor = actor_of(s)
    return isinstance(actor, CurrentUser) or (isinstance(actor, SystemActor)
                                              and actor.name == AUTOMATION.name)


def state_of(s: Session) -> State:
    found = s.info.get(STATE_KEY)
    if not isinstance(found, State):
        found = s.info[STATE_KEY] = State()
    return found


def _changes(obj: Any) -> dict[str, tuple[Any, Any]]:
    changed: dict[str, tuple[Any, Any]] = {}
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _STAMPS:
            continue
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if key == "custom_fields":
            changed.update(_custom_changes(old, new))
            continue
        changed[key] = (old, new)
    return changed


def _custom_changes(old: Any, new: Any) -> dict[str, tuple[Any, Any]]:
    """Custom fields are conditions' fields of their own: `custom.<name>` → (old, new)."""
    before, after = old or {}, new or {}
    return {f"custom.{name}": (before.get(name), after.get(name))
            for name in set(before) | set(after) if before.get(name) != after.get(name)}


@event.listens_for(Session, "after_begin")
def _begin(session: Session, _transaction: Any, _connection: Any) -> None:
    """Note when the unit of work began: rows bulk-inserted since (an import) are looked up at
    the commit, as the flush does not see them."""
    if fires_rules(session):
        state_of(session)


@event.listens_for(Session, "after_flush")
def _note_flush(session: Session, _ctx: Any) -> None:
    if not fires_rules(session):
        return
    state = state_of(session)
    origin, depth = state.current if state.current else (None, 0)
    for obj in session.new:
        entity = WATCHED.get(type(obj))
        if isinstance(obj, AutomationRule | Setting | SharedSetting):
            state.rules_changed = True
        if entity is None or (entity == "invoice" and obj.kind != DocumentKind.INVOICE):
            continue
        state.pending.append(Note(entity, obj.id, True, _values(obj), _stamp(obj), origin,
                                  depth))
    for obj in session.dirty:
        if isinstance(obj, AutomationRule | Setting | SharedSetting):
            state.rules_changed = True
        entity = WATCHED.get(type(obj))
        if entity is None or (entity == "invoice" and obj.kind != DocumentKind.INVOICE):
            continue
        if not session.is_modified(obj):
            continue
        changed = _changes(obj)
        if changed:
            state.pending.append(Note(entity, obj.id, False, changed, _stamp(obj), origin,
                                      depth))


def _values(obj: Any) -> dict[str, tuple[Any, Any]]:
    """A new record's fields as changes from nothing: "amount changed" fires on creation too."""
    values: dict[str, tuple[Any, Any]] = {}
    for attr in inspect(obj).mapper.column_attrs:
        key = attr.key
        value = getattr(obj, key, None)
        if key in _STAMPS or value is None:
            continue
        if key == "custom_fields":
            values.update({f"custom.{k}": (None, v) for k, v in (value or {}).items()})
        else:
            values[key] = (None, value)
    return values


def _stamp(obj: Any) -> str:
    when = getattr(obj, "updated_at", None)
    return when.strftime("%Y%m%dT%H%M%S.%f") if isinstance(when, datetime) else ""


SYNCED_TABLES = {"clients": "client", "deals": "deal", "orders": "order", "claims": "claim",
                 "sales_documents": "invoice", "events": "event"}


def note_synced(s: Session, applied: list[tuple[str, uuid.UUID, bool, dict[str, Any]]]) -> int:
    """On the team server: the changes a desktop pushed (applied by the sync as plain
    statements, which no flush sees) become notes, so the rules run here at the commit, once,
    for the whole team (desktops that sync never run them: see `engine.runs_here`). The rules'
    own writes are the server's, not the pushing device's. Returns how many were noted."""
    if not on_server(s) or not fires_rules(s) or not applied:
        return 0
    state = state_of(s)
    invoices = [row_id for table, row_id, _c, _v in applied if table == "sales_documents"]
    kinds = dict(s.execute(select(SalesDocument.id, SalesDocument.kind).where(
        SalesDocument.id.in_(invoices))).all()) if invoices else {}
    stamp = utcnow().strftime("%Y%m%dT%H%M%S.%f")
    noted = 0
    for table, row_id, created, values in applied:
        entity = SYNCED_TABLES.get(table)
        if entity is None or (entity == "invoice" and kinds.get(row_id) != DocumentKind.INVOICE):
            continue
        changed: dict[str, tuple[Any, Any]] = {}
        for key, (old, new) in values.items():
            if key in _STAMPS or key == "created_at" or (created and new is None):
                continue
            if key == "custom_fields":
                changed.update(_custom_changes(old, new))
                continue
            changed[key] = (old, new)
        if changed or created:
            state.pending.append(Note(entity, row_id, created, changed, stamp))
            noted += 1
    if noted and s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT set_config('crm.sync_device', 'server', true)"))
    return noted


@event.listens_for(Session, "before_commit")
def _run_rules(session: Session) -> None:
    if session.in_nested_transaction() or not fires_rules(session):
        return  # a savepoint's commit (a rule's own) is not the person's commit
    state = session.info.get(STATE_KEY)
    if isinstance(state, State) and state.running:
        return
    if session.new or session.dirty or session.deleted:
        session.flush()  # the commit flushes after this event: note its changes first
        state = session.info.get(STATE_KEY)
    if not isinstance(state, State):
        return
    from . import engine  # the engine loads on the first save that could fire a rule

    engine.process(session, state)


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction: Any) -> None:
    if transaction.parent is not None:
        return  # a savepoint ended: the unit of work goes on
    state = session.info.pop(STATE_KEY, None)
    if isinstance(state, State) and state.rules_changed:
        from . import engine

        engine.forget_rules()

"""Rules in a team: the team server runs them, once, for everyone; desktops that sync never do.

A real PostgreSQL team server on loopback with TLS (its own module-scoped database, the
fixture of tests/test_team_server.py) and laptops as SQLite files (tests/test_sync.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from crm_desktop.models import AutomationRun, Client, Event, EventType, Role, utcnow
from crm_desktop.server import run
from crm_desktop.services.automation import engine, rules
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.team import access

from . import test_sync as sync_tests
from . import test_team_server as server_tests
from .test_sync import Laptop, _edit, _local
from .test_team_server import Team

team = server_tests.team  # a database of this module's own: its rules touch no other test
laptops = sync_tests.laptops
_keychain = sync_tests._keychain

pytestmark = pytest.mark.postgres

VISIT = {"name": "Visit clients who moved to Shymkent", "entity": "client", "enabled": True,
         "trigger": {"kind": "field_changed", "field": "city", "to": "Shymkent"},
         "actions": [{"kind": "create_task", "subject": "Visit {client}", "days": 2}]}


def _head(team: Team) -> CurrentUser:
    return CurrentUser(team.users["head"], "head", "Head", Role.HEAD_OF_SALES)


def _save_rule(team: Team, rule: dict[str, object]) -> uuid.UUID:
    with team.owner.session(_head(team)) as s:
        access.enter(s, None, "tests")
        saved: uuid.UUID = rules.save_rule(s, rule)
        return saved


def _server_runs(team: Team, rule_id: uuid.UUID) -> list[AutomationRun]:
    with team.owner.session() as s:
        return list(s.scalars(select(AutomationRun).where(AutomationRun.rule_id == rule_id)))


def test_a_laptops_change_fires_the_rule_once_on_the_server_and_the_task_comes_back(
        team: Team, laptops: Callable[[str], Laptop]) -> None:
    rule_id = _save_rule(team, VISIT)
    ann = laptops("ann")
    ann.sync()  # her clients, and the rule
    client_id = team.clients["ann"]
    _edit(ann, Client, client_id, city="Shymkent")
    with ann.db.session() as s:  # the laptop itself ran nothing: it syncs, the server runs
        assert s.scalar(select(func.count()).select_from(AutomationRun)) == 0
        assert s.scalar(select(func.count()).select_from(Event).where(
            Event.client_id == client_id)) == 0
    ann.sync()
    runs = _server_runs(team, rule_id)
    assert [(r.record_id, r.status) for r in runs] == [(client_id, "done")]
    _edit(ann, Client, client_id, legal_name="Ann Trading LLP (renamed)")  # city unchanged
    ann.sync()
    assert len(_server_runs(team, rule_id)) == 1  # once per triggering change
    with team.owner.session() as s:
        task = s.scalars(select(Event).where(Event.client_id == client_id)).one()
        assert task.subject == "Visit Ann Trading LLP" and task.type == EventType.TASK
    ann.sync()  # the task the server's rule made reaches the laptop
    assert _local(ann, Event, task.id, "subject") == "Visit Ann Trading LLP"
    with ann.db.session() as s:
        assert s.scalar(select(func.count()).select_from(AutomationRun)) == 0


def test_the_servers_sweep_fires_date_rules_once_and_takes_turns(team: Team) -> None:
    rule_id = _save_rule(team, {
        "name": "Quiet clients get a call", "entity": "client", "enabled": True,
        "trigger": {"kind": "no_activity", "days": 30},
        "conditions": {"match": "all", "items": [
            {"field": "short_name", "op": "equals", "value": "Bob Trading LLP"}]},
        "actions": [{"kind": "create_task", "subject": "Call {client}", "days": 1}]})
    with team.owner.engine.begin() as conn:  # bob's client has been quiet for 90 days
        conn.execute(update(Client).where(Client.id == team.clients["bob"]).values(
            updated_at=utcnow() - timedelta(days=60), created_at=utcnow() - timedelta(days=90)))
    first = run.sweep(team.server_db)
    assert first is not None and first.fired >= 1
    again = run.sweep(team.server_db)
    assert again is not None
    assert [r.record_id for r in _server_runs(team, rule_id)] == [team.clients["bob"]]
    with team.owner.session() as s:
        assert s.scalar(select(func.count()).select_from(Event).where(
            Event.client_id == team.clients["bob"], Event.subject == "Call Bob Trading LLP")) == 1


def test_a_copy_that_syncs_leaves_the_date_rules_to_the_server(
        team: Team, laptops: Callable[[str], Laptop]) -> None:
    bob = laptops("bob")
    bob.sync()
    assert engine.sweep_here(bob.db) is None


def test_why_on_a_copy_that_syncs_asks_the_server_which_ran_the_rules(
        team: Team, laptops: Callable[[str], Laptop]) -> None:
    from crm_desktop.ui.automation.log_window import why_here_and_on_server

    rule_id = _save_rule(team, {**VISIT, "name": "Visit clients who moved to Taraz",
                                "trigger": {"kind": "field_changed", "field": "city",
                                            "to": "Taraz"}})
    ann, bob = laptops("ann"), laptops("bob")
    ann.sync()
    bob.sync()
    client_id = team.clients["ann"]
    _edit(ann, Client, client_id, city="Taraz")
    ann.sync()
    runs = why_here_and_on_server(ann.db, client_id)
    assert (runs[0].rule_id, runs[0].status) == (rule_id, "done")  # the newest first
    assert runs[0].record == "Ann Trading LLP" and "Visit Ann Trading LLP" in str(runs[0].effects)
    # bob may not see ann's client: the server tells him nothing about it
    answer = bob.send("GET", "/api/v1/automation/why", None, {"record": str(client_id)})
    assert answer == {"runs": []}

"""Automation rules on real demo files: the issue's example rules each fire exactly once
(saved twice, counted once), a looping pair stops at the depth limit with a logged reason, a
dry run leaves every row of the file as it was, a malformed rule file is refused whole."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from crm_desktop.cli import main
from crm_desktop.models import (
    AutomationRun,
    Client,
    ClientStatus,
    Deal,
    DocumentKind,
    DocumentStatus,
    Email,
    Event,
    EventType,
    OutboxMessage,
    SalesDocument,
    User,
)
from crm_desktop.services.automation import engine, rules
from crm_desktop.services.automation.hook import AUTOMATION
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.bulk import defaults_of, insert_rows
from crm_desktop.services.core.errors import CrmError, ValidationError
from crm_desktop.services.sales.deals import moves

from .actors import person

HEAD, SALES = "d.seitkali", "a.nurlanova"


def _save(db: dbs.Database, rule: dict[str, Any]) -> Any:
    with db.session(person(db, HEAD)) as s:
        return rules.save_rule(s, {**rule, "enabled": True})


def _client(db: dbs.Database, *, with_email: bool = False) -> Any:
    with db.session() as s:
        query = select(Client).where(Client.deleted_at.is_(None), Client.currency == "KZT")
        if with_email:
            query = query.where(Client.id.in_(select(Email.client_id)))
        return s.scalars(query.order_by(Client.short_name).limit(1)).one()


def _runs(db: dbs.Database, rule_id: Any, status: str | None = None) -> int:
    with db.session() as s:
        query = select(func.count()).select_from(AutomationRun).where(
            AutomationRun.rule_id == rule_id)
        if status:
            query = query.where(AutomationRun.status == status)
        return int(s.scalar(query) or 0)


def _user_id(db: dbs.Database, login: str) -> Any:
    with db.session() as s:
        return s.scalar(select(User.id).where(User.login == login))


BIG_DEALS = {"name": "Big deals to the head of sales", "entity": "deal",
             "trigger": {"kind": "field_changed", "field": "amount"},
             "conditions": {"match": "all", "items": [
                 {"field": "amount", "op": "greater", "value": 100000}]},
             "actions": [{"kind": "assign", "how": "person", "user": HEAD}]}


def test_a_deal_over_100000_goes_to_the_head_of_sales_once(demo_db: dbs.Database) -> None:
    rule_id = _save(demo_db, BIG_DEALS)
    client = _client(demo_db)
    seller = person(demo_db, SALES)
    with demo_db.session(seller) as s:
        big = moves.create_deal(s, moves.NewDeal(client.id, "Big one", Decimal("150000"),
                                                 "KZT")).id
        small = moves.create_deal(s, moves.NewDeal(client.id, "Small one", Decimal("50000"),
                                                   "KZT")).id
    head = _user_id(demo_db, HEAD)
    with demo_db.session() as s:
        assert s.get(Deal, big).responsible_id == head
        assert s.get(Deal, small).responsible_id == seller.id
    with demo_db.session(person(demo_db, HEAD)) as s:  # saved again: no new triggering change
        s.get(Deal, big).title = "Big one, renamed"
    assert _runs(demo_db, rule_id) == 1
    with demo_db.session() as s:  # the card can say why
        why = engine.why(s, big)
    assert [w.rule for w in why] == [BIG_DEALS["name"]]
    assert "assigned to Дамир Сейткали" in why[0].summary


def test_a_deal_at_50_percent_queues_the_offer_once(demo_db: dbs.Database) -> None:
    with demo_db.session() as s:  # a demo deal with a quote and a client with an address
        deal_id, quote_id = s.execute(
            select(Deal.id, SalesDocument.id).join(SalesDocument, SalesDocument.deal_id == Deal.id)
            .where(SalesDocument.kind == DocumentKind.QUOTE, Deal.probability != 50,
                   Deal.client_id.in_(select(Email.client_id)))
            .order_by(SalesDocument.created_at.desc()).limit(1)).one()
        before = s.scalar(select(func.count()).select_from(OutboxMessage))
    rule_id = _save(demo_db, {
        "name": "Offer at 50 %", "entity": "deal",
        "trigger": {"kind": "field_changed", "field": "probability", "to": 50},
        "actions": [{"kind": "send_email", "purpose": "quote"}]})
    for title in ("first save", "second save"):
        with demo_db.session(person(demo_db, HEAD)) as s:
            deal = s.get(Deal, deal_id)
            deal.probability = 50
            deal.title = title
    with demo_db.session() as s:
        queued = s.scalars(select(OutboxMessage).order_by(OutboxMessage.created_at.desc())).all()
    assert len(queued) == before + 1
    assert queued[0].document_id == quote_id and b"application/pdf" in queued[0].mime
    assert _runs(demo_db, rule_id, "done") == 1


def test_round_robin_over_three_managers_skips_the_absent_one(demo_db: dbs.Database) -> None:
    managers = ["a.nurlanova", "e.mammadov", "o.kovalenko"]
    rule_id = _save(demo_db, {
        "name": "New leads in turn", "entity": "client", "trigger": {"kind": "created"},
        "conditions": {"match": "all", "items": [{"field": "status", "op": "equals",
                                                  "value": "lead"}]},
        "actions": [{"kind": "assign", "how": "round_robin", "users": managers}]})
    with demo_db.session(person(demo_db, HEAD)) as s:
        rules.set_absent(s, ["e.mammadov"])
    made = []
    for n in range(4):  # one card at a time, as the registration assistant saves them
        with demo_db.session(person(demo_db, "admin")) as s:
            client = Client(short_name=f"Lead {n}", country="KZ", currency="KZT",
                            status=ClientStatus.LEAD)
            s.add(client)
            s.flush()
            made.append(client.id)
    with demo_db.session(person(demo_db, "admin")) as s:  # and an import's bulk insert
        static, dynamic = defaults_of(Client.__table__)
        rows = [{**static, **{k: f() for k, f in dynamic.items()}, "short_name": f"Import {n}",
                 "country": "KZ", "currency": "KZT", "status": "lead", "name_key": ""}
                for n in range(2)]
        insert_rows(s, Client.__table__, rows)
        made += [r["id"] for r in rows]
    ids = {login: _user_id(demo_db, login) for login in managers}
    with demo_db.session() as s:
        got = [s.get(Client, i).responsible_id for i in made]
    assert got == [ids["a.nurlanova"], ids["o.kovalenko"]] * 3
    assert _runs(demo_db, rule_id) == 6
    with demo_db.session() as s:
        loads = {m.name: m for m in engine.distribution(s, date.today())}
    assert loads["Айгерим Нурланова"].assigned == 3 and loads["Оксана Коваленко"].assigned == 3
    assert loads["Elçin Məmmədov"].absent and loads["Elçin Məmmədov"].assigned == 0


def test_reactivation_after_n_days_opens_one_deal_with_a_task(demo_db: dbs.Database) -> None:
    with demo_db.session() as s:
        client_id, last_paid = s.execute(
            select(SalesDocument.client_id, func.max(SalesDocument.issue_date))
            .where(SalesDocument.kind == DocumentKind.INVOICE,
                   SalesDocument.status == DocumentStatus.PAID)
            .group_by(SalesDocument.client_id).order_by(func.max(SalesDocument.issue_date))
            .limit(1)).one()
    rule = rules.reactivation_rule(days=90)
    rule_id = _save(demo_db, rule)
    day = last_paid + timedelta(days=90)
    for sweep in (day, day + timedelta(days=1)):  # run twice: one deal
        with demo_db.session(AUTOMATION) as s:
            engine.run_due(s, today=sweep)
    with demo_db.session(AUTOMATION) as s:  # a day too early for it: nothing for it
        assert all(r.record_id != client_id or r.ran_at
                   for r in engine.runs(s, rule_id=rule_id))
    with demo_db.session() as s:
        client = s.get(Client, client_id)
        deals = s.scalars(select(Deal).where(Deal.client_id == client_id,
                                             Deal.source == "automation")).all()
        assert len(deals) == 1
        assert deals[0].stage.position == min(st.position for st in
                                              _stages(s, deals[0].pipeline_id))
        tasks = s.scalars(select(Event).where(Event.deal_id == deals[0].id,
                                              Event.type == EventType.TASK)).all()
        assert len(tasks) == 1 and tasks[0].responsible_id == client.responsible_id
        runs = s.scalar(select(func.count()).select_from(AutomationRun).where(
            AutomationRun.rule_id == rule_id, AutomationRun.record_id == client_id))
    assert runs == 1


def test_reactivation_waits_for_the_n_days(demo_db: dbs.Database) -> None:
    rule_id = _save(demo_db, rules.reactivation_rule(days=100_0))
    with demo_db.session(AUTOMATION) as s:
        report = engine.run_due(s, today=date.today())
    assert report.fired == 0 and _runs(demo_db, rule_id) == 0


def _stages(s: Any, pipeline_id: Any) -> list[Any]:
    from crm_desktop.models import PipelineStage

    return list(s.scalars(select(PipelineStage).where(PipelineStage.pipeline_id == pipeline_id,
                                                      PipelineStage.deleted_at.is_(None))))


def test_a_looping_pair_stops_at_the_depth_limit_with_a_reason(demo_db: dbs.Database) -> None:
    ping = _save(demo_db, {"name": "Ping", "entity": "deal",
                           "trigger": {"kind": "field_changed", "field": "amount"},
                           "actions": [{"kind": "set_field", "field": "amount", "value": 1}]})
    pong = _save(demo_db, {"name": "Pong", "entity": "deal",
                           "trigger": {"kind": "field_changed", "field": "amount"},
                           "actions": [{"kind": "set_field", "field": "amount", "value": 2}]})
    client = _client(demo_db)
    with demo_db.session(person(demo_db, HEAD)) as s:
        deal_id = moves.create_deal(s, moves.NewDeal(client.id, "Loop", Decimal("10"),
                                                     "KZT")).id
    with demo_db.session() as s:
        log = s.scalars(select(AutomationRun).where(AutomationRun.record_id == deal_id)).all()
        assert s.get(Deal, deal_id) is not None  # the save itself went through
    stopped = [r for r in log if r.status == "stopped"]
    assert stopped and all(r.depth == engine.MAX_DEPTH + 1 for r in stopped)
    assert "reached the limit of 5" in (stopped[0].error or "")
    assert max(r.depth for r in log if r.status == "done") == engine.MAX_DEPTH
    assert {r.rule_id for r in log} == {ping, pong}


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}


def test_a_dry_run_changes_nothing(demo_db: dbs.Database, demo_path: Path) -> None:
    _save(demo_db, BIG_DEALS)
    rule = {"name": "Everything at once", "entity": "deal", "trigger": {"kind": "created"},
            "conditions": {"match": "any", "items": [
                {"field": "amount", "op": "greater", "value": 1000}]},
            "actions": [{"kind": "assign", "how": "round_robin", "users": [SALES, HEAD]},
                        {"kind": "create_task", "subject": "Call {client} about {title}",
                         "days": 2},
                        {"kind": "add_tag", "tag": "dry"},
                        {"kind": "set_field", "field": "source", "value": "rule"},
                        {"kind": "notify", "user": HEAD, "text": "{title}: {amount}"}]}
    demo_db.dispose()
    before = _rows(demo_path)
    with demo_db.session(person(demo_db, HEAD)) as s:  # a writer's session, committed
        result = engine.dry_run(s, rule, limit=20)
        saved = rules.find_rule(s, BIG_DEALS["name"])
        big = engine.dry_run(s, saved, limit=1000)
    demo_db.dispose()
    assert len(result.matches) == 20
    assert any("task \"Call" in e for e in result.matches[0].effects)
    assert big.matches and all("Дамир Сейткали" in m.effects[0] for m in big.matches)
    assert _rows(demo_path) == before


def test_a_malformed_rule_file_is_refused_whole(demo_db: dbs.Database, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    good = {**BIG_DEALS}
    bad = {"name": "Bad", "entity": "deal", "trigger": {"kind": "created"},
           "actions": [{"kind": "exec", "code": "import os"}]}
    file = tmp_path / "rules.json"
    file.write_text(json.dumps({"rules": [good, bad]}))
    with demo_db.session(person(demo_db, HEAD)) as s, pytest.raises(ValidationError) as refused:
        rules.import_rules(s, file)
    assert refused.value.code == "automation.bad_file"
    assert "rule 2" in str(refused.value) and "unknown action 'exec'" in str(refused.value)
    db_arg = str(demo_db.path)
    demo_db.dispose()
    assert main(["rules", "import", str(file), "--db", db_arg, "--user", HEAD]) == 1
    assert "refused whole" in capsys.readouterr().err
    for broken in ("{not json", json.dumps({"rules": [{**good, "conditions": {
            "match": "all", "items": [{"field": "amount", "op": "greater",
                                       "value": "lots"}]}}]})):
        file.write_text(broken)
        assert main(["rules", "import", str(file), "--db", db_arg, "--user", HEAD]) == 1
    assert "is not a number" in capsys.readouterr().err
    with demo_db.session() as s:
        assert rules.list_rules(s) == []


def test_the_cli_lists_exports_imports_dry_runs_and_runs(demo_db: dbs.Database, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    _save(demo_db, BIG_DEALS)
    _save(demo_db, rules.reactivation_rule(days=30))
    db_arg = str(demo_db.path)
    demo_db.dispose()
    file = tmp_path / "out.json"
    assert main(["rules", "export", str(file), "--db", db_arg]) == 0
    assert len(json.loads(file.read_text())["rules"]) == 2
    assert main(["rules", "import", str(file), "--db", db_arg, "--user", HEAD]) == 0
    assert "0 rules added, 2 replaced" in capsys.readouterr().out
    assert main(["rules", "list", "--db", db_arg]) == 0
    listed = capsys.readouterr().out
    assert "Big deals to the head of sales" in listed and "no_purchase" in listed
    assert main(["rules", "dry-run", "Big deals to the head of sales", "--db", db_arg]) == 0
    assert "would match (nothing was changed)" in capsys.readouterr().out
    assert main(["rules", "run", "--db", db_arg]) == 0
    first = capsys.readouterr().out
    assert main(["rules", "run", "--db", db_arg]) == 0
    assert " 0 runs" in capsys.readouterr().out and " 0 runs" not in first


def test_only_the_head_of_sales_and_the_admin_edit_rules(demo_db: dbs.Database) -> None:
    with demo_db.session(person(demo_db, SALES)) as s, pytest.raises(CrmError) as refused:
        rules.save_rule(s, BIG_DEALS)
    assert refused.value.code == "forbidden"
    with demo_db.session(person(demo_db, "admin")) as s:
        rules.save_rule(s, BIG_DEALS)


def test_rules_never_run_code(demo_db: dbs.Database) -> None:
    for bad in ({"kind": "create_task", "subject": "{client.__class__}"},
                {"kind": "create_task", "subject": "{title!r}"},
                {"kind": "notify", "text": "{__import__}"},
                {"kind": "set_field", "field": "title", "value": "{title:>{amount}}"}):
        with pytest.raises(ValidationError):
            rules.check_rule({"name": "x", "entity": "deal", "trigger": {"kind": "created"},
                              "actions": [bad]})


def test_the_run_log_is_pruned_by_age(demo_db: dbs.Database) -> None:
    rule_id = _save(demo_db, BIG_DEALS)
    client = _client(demo_db)
    with demo_db.session(person(demo_db, HEAD)) as s:
        moves.create_deal(s, moves.NewDeal(client.id, "Old", Decimal("200000"), "KZT"))
    with demo_db.session(person(demo_db, HEAD)) as s:
        for run in s.scalars(select(AutomationRun)):
            run.ran_at = datetime.now(UTC) - timedelta(days=400)
        assert engine.prune(s, 180) == 1
    assert _runs(demo_db, rule_id) == 0


def test_rules_set_to_run_on_the_server_do_not_run_on_the_desktop(demo_db: dbs.Database
                                                                   ) -> None:
    rule_id = _save(demo_db, BIG_DEALS)
    with demo_db.session(person(demo_db, HEAD)) as s:
        rules.set_runner(s, "server")
    client = _client(demo_db)
    with demo_db.session(person(demo_db, SALES)) as s:
        moves.create_deal(s, moves.NewDeal(client.id, "Big", Decimal("500000"), "KZT"))
    assert _runs(demo_db, rule_id) == 0


def test_the_sweeps_sql_prefilter_keeps_every_match(demo_db: dbs.Database,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The date rules' candidates narrowed in SQL are the ones Python alone would pick."""
    rule = rules.check_rule({
        "name": "Quiet ones", "entity": "client", "trigger": {"kind": "no_activity", "days": 1},
        "conditions": {"match": "all", "items": [
            {"field": "status", "op": "in", "value": ["customer", "prospect"]},
            {"field": "country", "op": "equals", "value": " kz "},
            {"field": "region", "op": "not", "value": "Алматы"},
            {"field": "city", "op": "empty", "value": False}]},
        "actions": [{"kind": "add_tag", "tag": "quiet"}]})
    far = date.today() + timedelta(days=3650)
    with demo_db.session() as s:
        narrowed = engine.dry_run(s, rule, limit=100_000, today=far)
        monkeypatch.setattr(engine, "prefilter", lambda _rule, _model: [])
        everything = engine.dry_run(s, rule, limit=100_000, today=far)
    assert narrowed.matches and narrowed.checked < everything.checked
    assert {m.record_id for m in narrowed.matches} == {m.record_id for m in everything.matches}


def test_a_failing_action_in_a_sweep_is_logged_for_its_record_only(demo_db: dbs.Database
                                                                   ) -> None:
    rule_id = _save(demo_db, {
        "name": "Reminder to quiet customers", "entity": "client",
        "trigger": {"kind": "no_purchase", "days": 1},
        "actions": [{"kind": "add_tag", "tag": "reminded"},
                    {"kind": "send_email", "purpose": "reminder"}]})
    with demo_db.session(person(demo_db, HEAD)) as s:  # three customers lose their addresses
        paying = select(SalesDocument.client_id).where(
            SalesDocument.status == DocumentStatus.PAID).distinct().limit(3)
        for email in s.scalars(select(Email).where(Email.client_id.in_(paying))):
            email.deleted_at = datetime.now(UTC)
    with demo_db.session(AUTOMATION) as s:
        report = engine.run_due(s, today=date.today() + timedelta(days=3650))
    assert report.fired > report.errors > 0  # clients without an address fail, alone
    with demo_db.session() as s:
        runs = s.scalars(select(AutomationRun).where(AutomationRun.rule_id == rule_id)).all()
        for run in runs:
            tagged = "reminded" in [t.name for t in s.get(Client, run.record_id).tags]
            assert tagged == (run.status == "done"), run.error
    assert {r.status for r in runs} == {"done", "error"}
    assert all("has no e-mail address" in (r.error or "") for r in runs if r.status == "error")


def test_a_rule_ignores_its_own_change(demo_db: dbs.Database) -> None:
    rule_id = _save(demo_db, {"name": "Round up", "entity": "deal",
                              "trigger": {"kind": "field_changed", "field": "amount"},
                              "actions": [{"kind": "set_field", "field": "amount",
                                           "value": 1000}]})
    client = _client(demo_db)
    with demo_db.session(person(demo_db, HEAD)) as s:
        deal_id = moves.create_deal(s, moves.NewDeal(client.id, "Own", Decimal("7"), "KZT")).id
    with demo_db.session() as s:
        assert s.get(Deal, deal_id).amount == Decimal("1000")
    assert _runs(demo_db, rule_id) == 1


def test_web_hooks_are_off_by_default_then_called_with_retries(demo_db: dbs.Database) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    received: list[dict[str, Any]] = []
    answers = [500, 200]  # the first call fails, the retry goes through

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append(json.loads(body))
            self.send_response(answers.pop(0) if answers else 200)
            self.end_headers()

        def log_message(self, *_args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/hook"
        rule_id = _save(demo_db, {"name": "Tell the ERP", "entity": "deal",
                                  "trigger": {"kind": "created"},
                                  "actions": [{"kind": "webhook", "url": url, "retries": 2,
                                               "timeout": 5, "body": {"deal": "{title}",
                                                                      "sum": "{amount}"}}]})
        client = _client(demo_db)
        with demo_db.session(person(demo_db, HEAD)) as s:
            moves.create_deal(s, moves.NewDeal(client.id, "Off", Decimal("5"), "KZT"))
        assert received == []
        with demo_db.session(person(demo_db, HEAD)) as s:
            rules.set_webhooks(s, True)
            moves.create_deal(s, moves.NewDeal(client.id, "On", Decimal("5"), "KZT"))
    finally:
        server.shutdown()
    assert [r["deal"] for r in received] == ["On", "On"] and received[0]["sum"] == "5.00"
    with demo_db.session() as s:
        texts = [r.summary for r in engine.runs(s, rule_id=rule_id)]
    assert sorted(texts) == sorted([f"web hook {url} not called: web hooks are off",
                                    f"web hook {url} answered 200"])


def test_notify_reaches_the_users_reminders(demo_db: dbs.Database) -> None:
    from crm_desktop.services.activities.events import due_reminders

    _save(demo_db, {"name": "Tell the head", "entity": "deal", "trigger": {"kind": "created"},
                    "actions": [{"kind": "notify", "user": HEAD,
                                 "text": "New deal {title} for {amount}"}]})
    client = _client(demo_db)
    with demo_db.session(person(demo_db, SALES)) as s:
        moves.create_deal(s, moves.NewDeal(client.id, "Racks", Decimal("250"), "KZT"))
    with demo_db.session() as s:
        reminders = due_reminders(s, person(demo_db, HEAD).id, datetime.now(UTC))
    assert "New deal Racks for 250.00" in [r.subject for r in reminders]


def test_rules_run_the_same_on_postgresql(pg_url: str) -> None:
    """The team server's database: savepoints, JSON effects, the log's lookups, the audit of
    rule edits."""
    from sqlalchemy import text

    from crm_desktop.models import Role, Tag, new_id
    from crm_desktop.services.core.identity import CurrentUser

    from .actors import TESTER

    db = dbs.open_database(pg_url)
    try:
        with db.session(TESTER) as s:
            head = User(id=new_id(), login="head", full_name="Head Of Sales",
                        role=Role.HEAD_OF_SALES)
            s.add(head)
            s.flush()
            head_id = head.id
            rules.save_rule(s, {
                "name": "Leads to the head", "entity": "client", "enabled": True,
                "trigger": {"kind": "created"},
                "actions": [{"kind": "assign", "how": "person", "user": "head"},
                            {"kind": "add_tag", "tag": "new lead"},
                            {"kind": "create_task", "subject": "Call {client}", "days": 1}]})
        actor = CurrentUser(head_id, "head", "Head Of Sales", Role.HEAD_OF_SALES)
        with db.session(actor) as s:
            client = Client(short_name="Северный ветер", country="KZ", currency="KZT")
            s.add(client)
        with db.session() as s:
            saved = s.get(Client, client.id)
            assert saved.responsible_id == head_id
            assert [t.name for t in saved.tags] == ["new lead"]
            task = s.scalars(select(Event).where(Event.client_id == client.id)).one()
            assert task.subject == "Call Северный ветер" and task.type == EventType.TASK
            why = engine.why(s, task.id)  # the task was written by the client's run
            assert [w.rule for w in why] == ["Leads to the head"] and not why[0].on_this_record
            assert s.scalar(select(func.count()).select_from(Tag)) == 1
            audited = s.scalar(text("SELECT count(*) FROM audit_log "
                                    "WHERE table_name = 'automation_rules'"))
            assert audited == 1
    finally:
        db.dispose()


def test_a_deal_entering_a_stage_and_a_custom_field_condition(demo_db: dbs.Database) -> None:
    from crm_desktop.services.sales.deals.pipelines import default_pipeline

    with demo_db.session() as s:
        info = default_pipeline(s)
        first, second = info.open_stages[0], info.open_stages[1]
    rule_id = _save(demo_db, {
        "name": "Second stage for VIPs", "entity": "deal",
        "trigger": {"kind": "stage_entered", "stage": second.name},
        "conditions": {"match": "any", "items": [
            {"field": "custom.tier", "op": "equals", "value": "vip"},
            {"field": "amount", "op": "greater", "value": 10_000_000}]},
        "actions": [{"kind": "create_task", "subject": "VIP: {title} is at {stage}",
                     "days": 0, "assignee": HEAD}]})
    client = _client(demo_db)
    with demo_db.session(person(demo_db, HEAD)) as s:
        s.get(Client, client.id).custom_fields = {"tier": "VIP"}
        plain = moves.create_deal(s, moves.NewDeal(client.id, "Shelves", Decimal("10"), "KZT",
                                                   pipeline_id=info.id, stage_id=first.id)).id
    with demo_db.session(person(demo_db, HEAD)) as s:
        moves.move_deal(s, plain, second.id)
    with demo_db.session() as s:
        tasks = s.scalars(select(Event).where(Event.deal_id == plain,
                                              Event.type == EventType.TASK)).all()
    assert [t.subject for t in tasks] == [f"VIP: Shelves is at {second.name}"]
    assert _runs(demo_db, rule_id) == 1


def test_the_programs_own_sweep_runs_date_rules_on_a_single_computer(demo_db: dbs.Database
                                                                      ) -> None:
    rule_id = _save(demo_db, {
        "name": "Quiet customers", "entity": "client", "trigger": {"kind": "no_activity",
                                                                  "days": 1},
        "actions": [{"kind": "add_tag", "tag": "quiet"}]})
    report = engine.sweep_here(demo_db)
    assert report is not None and report.fired > 0 and report.errors == 0
    assert _runs(demo_db, rule_id, "done") == report.fired
    again = engine.sweep_here(demo_db)
    assert again is not None and again.fired == 0  # each record and date fires once


def test_a_letter_from_a_template_is_printed_to_the_clients_files(demo_db: dbs.Database,
                                                                   tmp_path: Path) -> None:
    """"Create a document from a template": the title and text filled with the record's
    values, a real PDF (read back) stored by content hash with the client's files."""
    from pypdf import PdfReader

    from crm_desktop.models import Attachment
    from crm_desktop.services.core.attachments import stored_path

    rule_id = _save(demo_db, {
        "name": "Welcome letter", "entity": "client", "trigger": {"kind": "manual"},
        "actions": [{"kind": "create_document", "document": "letter",
                     "title": "Welcome, {client}",
                     "text": "Dear {client},\n\nthank you for choosing us."}]})
    client = _client(demo_db)
    with demo_db.session(person(demo_db, SALES)) as s:
        run = engine.run_manual(s, rule_id, client.id)
        assert run.status == "done", run.error
    with demo_db.session() as s:
        files = s.scalars(select(Attachment).where(Attachment.client_id == client.id)).all()
    assert [f.file_name for f in files] == [f"Welcome, {client.short_name}.pdf"]
    text = "".join(page.extract_text() for page in PdfReader(stored_path(files[0].sha256)).pages)
    assert f"Welcome, {client.short_name}" in text and "thank you for choosing us" in text
    with pytest.raises(ValidationError):  # a quote copy is a deal's only
        _save(demo_db, {"name": "Bad", "entity": "client", "trigger": {"kind": "manual"},
                        "actions": [{"kind": "create_document", "document": "invoice"}]})

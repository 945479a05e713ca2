"""The rules editor as the head of sales drives it, on a real demo database: a rule made from
drop-downs reads as a sentence, is saved and then fires on a save; the dry run lists matches
and changes nothing; a salesperson may look but not save; the run log and the distribution."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crm_desktop.models import AutomationRun, Client, Deal
from crm_desktop.services.automation import rules
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.changes import Change
from crm_desktop.services.sales.deals import moves
from crm_desktop.ui.automation.editor import ActionRow, ConditionRow, DryRunDialog, RulesEditor
from crm_desktop.ui.automation.log_window import RunLogWindow
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext

from .actors import person

HEAD, SALES = "d.seitkali", "a.nurlanova"


def _ctx(db: dbs.Database, login: str = HEAD) -> AppContext:
    return AppContext(db, person(db, login), DataBus())


def _build_big_deal_rule(qtbot: QtBot, editor: RulesEditor) -> None:
    editor.new_rule()
    editor.name.setText("Big deals to the head of sales")
    select_data(editor.entity, "deal")
    select_data(editor.trigger, "field_changed")
    select_data(editor.trigger_field, "amount")
    qtbot.mouseClick(editor.findChild(QPushButton, "ruleAddCondition"),
                     Qt.MouseButton.LeftButton)
    condition = editor.findChildren(ConditionRow)[-1]
    select_data(condition.field, "amount")
    select_data(condition.op, "greater")
    condition.value.setText("100000")
    action = next(a for a in editor.findChildren(ActionRow) if not getattr(a, "removed", False))
    select_data(action.kind, "assign")
    users = action.widgets["users"]
    assert isinstance(users, QLineEdit)
    users.setText(HEAD)
    editor.enabled.setChecked(True)


def test_a_rule_from_drop_downs_reads_as_a_sentence_saves_and_fires(
        qtbot: QtBot, demo_db: dbs.Database) -> None:
    editor = RulesEditor(_ctx(demo_db))
    qtbot.addWidget(editor)
    _build_big_deal_rule(qtbot, editor)
    sentence = editor.sentence.text()
    assert sentence.startswith("If a deal has amount changed, when amount is more than 100000")
    assert "Дамир Сейткали" in sentence
    assert not editor.problem.isVisible()
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.list.count() == 1)
    with demo_db.session() as s:
        saved = rules.list_rules(s)
        client_id = s.scalar(select(Client.id).where(Client.deleted_at.is_(None)).limit(1))
    assert [r.name for r in saved] == ["Big deals to the head of sales"] and saved[0].enabled
    assert saved[0].actions == [{"kind": "assign", "how": "person", "user": HEAD}]
    with demo_db.session(person(demo_db, SALES)) as s:
        deal_id = moves.create_deal(s, moves.NewDeal(client_id, "Big", Decimal("200000"),
                                                     "KZT")).id
    with demo_db.session() as s:
        assert s.get(Deal, deal_id).responsible_id == person(demo_db, HEAD).id
    editor.list.setCurrentRow(0)  # opened again from the list: the same sentence
    assert editor.sentence.text() == sentence


def test_the_dry_run_lists_matches_and_changes_nothing(qtbot: QtBot,
                                                       demo_db: dbs.Database) -> None:
    editor = RulesEditor(_ctx(demo_db))
    qtbot.addWidget(editor)
    _build_big_deal_rule(qtbot, editor)
    with demo_db.session() as s:
        before = s.scalar(select(func.count()).select_from(Deal).where(
            Deal.responsible_id == person(demo_db, HEAD).id))
    editor.dry_button.click()
    qtbot.waitUntil(lambda: editor.last_dry_run is not None, timeout=20_000)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DryRunDialog)]
    assert dialogs and dialogs[-1].findChild(QTableWidget, "dryRunTable").rowCount() > 0
    assert editor.last_dry_run is not None and editor.last_dry_run.matches
    assert "Дамир Сейткали" in editor.last_dry_run.matches[0].effects[0]
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Deal).where(
            Deal.responsible_id == person(demo_db, HEAD).id)) == before
        assert s.scalar(select(func.count()).select_from(AutomationRun)) == 0
        assert rules.list_rules(s) == []
    for dialog in dialogs:
        dialog.close()


def test_a_salesperson_may_look_but_not_save(qtbot: QtBot, demo_db: dbs.Database) -> None:
    editor = RulesEditor(_ctx(demo_db, SALES))
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.save_button.isEnabled()
    assert editor.message.isVisible() and "head of sales" in editor.message.text()


def test_the_run_log_and_the_distribution(qtbot: QtBot, demo_db: dbs.Database) -> None:
    with demo_db.session(person(demo_db, HEAD)) as s:
        rules.save_rule(s, rules.distribution_rule("client", ["a.nurlanova", "o.kovalenko"])
                        | {"enabled": True})
    with demo_db.session(person(demo_db, HEAD)) as s:
        s.add(Client(short_name="Walk-in", country="KZ", currency="KZT"))
    window = RunLogWindow(_ctx(demo_db))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.table.rowCount() == 1 and window.spread.rowCount() > 0)
    texts = [window.table.item(0, c).text() for c in range(5)]
    assert texts[1] == "Distribute new clients" and "Walk-in" in texts[2]
    assert texts[4] == "assigned to Айгерим Нурланова (round-robin)"
    counts = {window.spread.item(r, 0).text(): window.spread.item(r, 2).text()
              for r in range(window.spread.rowCount())}
    assert counts["Айгерим Нурланова"] == "1" and counts["Оксана Коваленко"] == "0"


def test_the_log_answers_why_for_a_deal_a_rule_opened(qtbot: QtBot,
                                                      demo_db: dbs.Database) -> None:
    from datetime import date, timedelta

    from crm_desktop.services.automation import engine
    from crm_desktop.services.automation.hook import AUTOMATION

    with demo_db.session(person(demo_db, HEAD)) as s:
        rules.save_rule(s, rules.reactivation_rule(days=90) | {"enabled": True})
    with demo_db.session(AUTOMATION) as s:
        engine.run_due(s, today=date.today() + timedelta(days=3650))
    with demo_db.session() as s:
        deal_id = s.scalar(select(Deal.id).where(Deal.source == "automation").limit(1))
    window = RunLogWindow(_ctx(demo_db))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.table.rowCount() > 1)
    window.show_why(deal_id, "the reactivation deal")
    qtbot.waitUntil(lambda: window.table.rowCount() == 1)
    assert window.why_label.text() == "Why: the reactivation deal"
    assert window.table.item(0, 1).text() == "Reactivation after 90 days"
    assert "opened in" in window.table.item(0, 4).text()
    assert window.table.item(0, 2).text().startswith("a client: ")


def test_the_main_windows_menu_opens_the_editor(qtbot: QtBot, demo_db: dbs.Database) -> None:
    from PySide6.QtGui import QAction

    from .helpers import open_desk

    window = open_desk(qtbot, demo_db, HEAD)
    action = window.findChild(QAction, "automationRulesAction")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, RulesEditor) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    editor = window.open_rules()
    assert editor.objectName() == "rulesEditor" and editor.isVisible()
    assert isinstance(editor, RulesEditor) and editor.save_button.isEnabled()


def test_what_the_rules_changed_is_published_with_the_save(qtbot: QtBot,
                                                           demo_db: dbs.Database) -> None:
    from crm_desktop.services.core.changes import Change
    from crm_desktop.ui.kit.operations import Operation

    with demo_db.session(person(demo_db, HEAD)) as s:
        rules.save_rule(s, {"name": "Call new leads", "entity": "client", "enabled": True,
                            "trigger": {"kind": "created"},
                            "actions": [{"kind": "create_task", "subject": "Call {client}"}]})
    ctx = _ctx(demo_db, SALES)
    heard: list[frozenset[Change]] = []
    ctx.bus.subscribe({Change.EVENTS}, heard.append, owner=None)
    Operation(None, ctx, lambda s: s.add(Client(short_name="Lead", country="KZ",
                                                currency="KZT"))).run()
    assert heard and Change.EVENTS in heard[0]


def test_a_deal_card_runs_a_manual_rule_and_answers_why(qtbot: QtBot,
                                                        demo_db: dbs.Database) -> None:
    """The card's Automation button: a salesperson runs a switched-on manual rule on the deal
    (a rule of another trigger is not offered), the run is logged, and "Why did this happen?"
    lists it; a failing action is told in the interface's words."""
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.ui.automation.card_button import AutomationButton
    from crm_desktop.ui.deals.card import DealCardDialog

    with demo_db.session(person(demo_db, HEAD)) as s:
        manual = rules.save_rule(s, {
            "name": "Hand over to the head", "entity": "deal", "enabled": True,
            "trigger": {"kind": "manual"},
            "actions": [{"kind": "create_task", "subject": "Look at {title}", "days": 1}]})
        rules.save_rule(s, {"name": "Not by hand", "entity": "deal", "enabled": True,
                            "trigger": {"kind": "created"},
                            "actions": [{"kind": "add_tag", "tag": "x"}]})
        broken = rules.save_rule(s, {
            "name": "Move to nowhere", "entity": "deal", "enabled": True,
            "trigger": {"kind": "manual"},
            "actions": [{"kind": "move_stage", "stage": "No such stage"}]})
        deal_id = s.scalar(select(Deal.id).where(Deal.deleted_at.is_(None)).limit(1))
    card = DealCardDialog(_ctx(demo_db, SALES), deal_id)
    qtbot.addWidget(card)
    button = card.findChild(AutomationButton, "automationButton")
    assert button is not None
    button.fill()
    names = [a.text() for a in button.menu_.actions()]
    assert "Run: Hand over to the head" in names and "Run: Not by hand" not in names
    run = next(a for a in button.menu_.actions() if a.objectName() == f"automationRun_{manual.hex}")
    run.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(button, "message", None), QMessageBox))
    assert button.message.text().startswith("Done: task")
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(AutomationRun).where(
            AutomationRun.rule_id == manual, AutomationRun.record_id == deal_id)) == 1
    button.run_rule(broken)
    qtbot.waitUntil(lambda: button.message.text().startswith("The rule failed"))
    assert "No such stage" in button.message.text()
    window = button.why()
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.table.rowCount() == 2)
    rules_shown = {window.table.item(r, 1).text() for r in range(2)}
    assert rules_shown == {"Hand over to the head", "Move to nowhere"}


def test_the_main_window_sweeps_date_rules_and_says_so(qtbot: QtBot,
                                                       demo_db: dbs.Database) -> None:
    """On a single computer the program itself fires the date rules (hourly; here by hand),
    tells it in the status bar and refreshes what the rules changed."""
    from .helpers import open_desk

    with demo_db.session(person(demo_db, HEAD)) as s:
        rule_id = rules.save_rule(s, {
            "name": "Quiet customers", "entity": "client", "enabled": True,
            "trigger": {"kind": "no_activity", "days": 1},
            "actions": [{"kind": "add_tag", "tag": "quiet"}]})
    window = open_desk(qtbot, demo_db)
    assert not window.date_rules.isActive()  # planned by the start's background checks
    published: list[object] = []
    window.ctx.bus.subscribe({Change.AUTOMATION}, published.append, owner=window)
    window.sweep_date_rules()
    qtbot.waitUntil(lambda: "date rule run" in window.statusBar().currentMessage(),
                    timeout=15_000)
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(AutomationRun).where(
            AutomationRun.rule_id == rule_id)) > 0
    assert published
    assert window.date_rules.isActive()  # the next sweep in an hour

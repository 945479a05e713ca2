"""Screenshots of the automation rules on a demo database: the editor with a rule read as a
sentence, its dry run, the run log (done, error, stopped) and the distribution per manager.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/shots/automation.py \
        --lang en --out /work/shots/automation
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path

from _common import HOME, save, save_screen, settle  # first: sets the data folder
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, ClientStatus
from crm_desktop.services.automation import rules
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.sales.deals import moves
from crm_desktop.ui.app import open_main_window
from crm_desktop.ui.automation.editor import DryRunDialog, RulesEditor
from crm_desktop.ui.automation.log_window import RunLogWindow
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Operation

RULES = [
    {"name": "Big deals to the head of sales", "entity": "deal", "enabled": True,
     "trigger": {"kind": "field_changed", "field": "amount"},
     "conditions": {"match": "all", "items": [
         {"field": "amount", "op": "greater", "value": 100000},
         {"field": "source", "op": "not", "value": "tender"}]},
     "actions": [{"kind": "assign", "how": "person", "user": "d.seitkali"},
                 {"kind": "create_task", "subject": "Call {client} about {title}", "days": 1,
                  "assignee": "responsible"}]},
    {"name": "New leads in turn", "entity": "client", "enabled": True,
     "trigger": {"kind": "created"},
     "conditions": {"match": "all", "items": [{"field": "status", "op": "equals",
                                               "value": "lead"}]},
     "actions": [{"kind": "assign", "how": "round_robin",
                  "users": ["a.nurlanova", "e.mammadov", "o.kovalenko"]}]},
    {"name": "Ping", "entity": "deal", "enabled": True,
     "trigger": {"kind": "field_changed", "field": "probability"},
     "actions": [{"kind": "set_field", "field": "probability", "value": 20}]},
    {"name": "Pong", "entity": "deal", "enabled": True,
     "trigger": {"kind": "field_changed", "field": "probability"},
     "actions": [{"kind": "set_field", "field": "probability", "value": 30}]},
    {"name": "Hand over to the head of sales", "entity": "deal", "enabled": True,
     "trigger": {"kind": "manual"},
     "actions": [{"kind": "assign", "how": "person", "user": "d.seitkali"},
                 {"kind": "create_task", "subject": "Look at {title}", "days": 1}]},
    {"name": "Offer by e-mail at 50 %", "entity": "deal", "enabled": True,
     "trigger": {"kind": "field_changed", "field": "probability", "to": 50},
     "actions": [{"kind": "send_email", "purpose": "quote"}]},
]


def fail(exc: Exception) -> None:
    print(f"failed: {type(exc).__name__}: {exc}", file=sys.stderr)


def _work(s: Session) -> None:
    """A few saves that fire the rules: a big deal, new leads, a ping-pong pair."""
    rules.set_absent(s, ["e.mammadov"])
    client = s.scalars(select(Client).where(Client.deleted_at.is_(None))
                       .order_by(Client.short_name).limit(1)).one()
    moves.create_deal(s, moves.NewDeal(client.id, "Warehouse racks, 3 halls",
                                       Decimal("450000"), client.currency))
    for n in range(4):
        s.add(Client(short_name=f"New lead {n + 1}", country="KZ", currency="KZT",
                     status=ClientStatus.LEAD))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=Path("shots/automation"))
    parser.add_argument("--db", default=str(HOME / "demo.sqlite3"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    window = open_main_window(args.db, ensure_demo=True, language=args.lang)
    if window is None:
        return 1
    # the head of sales writes rules (the program's default user here is a salesperson)
    head = current_user(window.ctx.database, "d.seitkali")
    assert head is not None
    ctx = AppContext(window.ctx.database, head, window.ctx.bus)
    for rule in RULES:
        Operation(window, ctx, lambda s, r=rule: rules.save_rule(s, r)).failure(fail).run()
    for n in range(3):  # separate saves, one after another
        Operation(window, ctx, _work if n == 0 else (
            lambda s: s.add(Client(short_name="Walk-in lead", country="KZ", currency="KZT",
                                   status=ClientStatus.LEAD)))).failure(fail).run()
    Operation(window, ctx, _ping).failure(fail).run()
    seller_view = window.open_rules()  # the menu entry, as the salesperson sees it
    assert isinstance(seller_view, RulesEditor)
    seller_view.resize(1300, 720)
    seller_view.list.setCurrentRow(0)
    save(seller_view, args.out, "rules_editor_salesperson")
    seller_view.close()
    editor = RulesEditor(ctx, window)
    editor.show()
    editor.resize(1300, 720)
    settle(1.0)
    editor.list.setCurrentRow(0)
    save(editor, args.out, "rules_editor")
    editor.dry_run()
    settle(2.0)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DryRunDialog)]
    assert dialogs, "no dry-run dialog"
    save(dialogs[-1], args.out, "rules_dry_run")
    dialogs[-1].close()
    editor.list.setCurrentRow(1)
    save(editor, args.out, "rules_editor_round_robin")
    log = editor.open_log()
    assert isinstance(log, RunLogWindow)
    log.resize(1250, 600)
    settle(1.5)
    save(log, args.out, "rules_run_log")
    log.tabs.setCurrentIndex(1)
    save(log, args.out, "rules_distribution")
    log.close()
    _card(window, args.out)
    return 0


def _card(window: object, out: Path) -> None:
    """The deal card's Automation button: its menu, a manual rule run, the answer to why."""
    from PySide6.QtCore import QPoint

    from crm_desktop.models import Deal
    from crm_desktop.ui.automation.card_button import AutomationButton
    from crm_desktop.ui.deals.card import DealCardDialog

    ctx = window.ctx  # type: ignore[attr-defined]
    deal_id = ctx.read(lambda s: s.scalar(select(Deal.id).where(
        Deal.title == "Warehouse racks, 3 halls")))
    card = DealCardDialog(ctx, deal_id, window)  # type: ignore[arg-type]
    card.show()
    settle(1.0)
    button = card.findChild(AutomationButton, "automationButton")
    assert button is not None
    button.menu_.popup(button.mapToGlobal(QPoint(0, button.height())))
    save_screen(out, "deal_card_automation_menu", 1.0)
    button.menu_.hide()
    run = next(a for a in button.menu_.actions() if a.objectName().startswith("automationRun_"))
    run.trigger()
    settle(1.5)
    save_screen(out, "deal_card_manual_run", 0.5)
    button.message.close()
    why = button.why()
    assert why is not None
    why.resize(1250, 500)
    save(why, out, "deal_card_why", 1.5)


def _ping(s: Session) -> None:
    from crm_desktop.models import Deal, DealStatus

    deal = s.scalars(select(Deal).where(Deal.status == DealStatus.OPEN)
                     .order_by(Deal.created_at).limit(1)).one()
    deal.probability = 50 if deal.probability != 50 else 40


if __name__ == "__main__":
    code = main()
    QApplication.quit()
    sys.exit(code)

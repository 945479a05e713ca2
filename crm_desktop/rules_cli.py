"""`crm-desktop rules list|export FILE|import FILE|dry-run RULE` and `crm-desktop rules run`
(the due date rules now): registered by `crm_desktop.cli`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any


def add_parsers(sub: Any, common: argparse.ArgumentParser,
                acting: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add the `rules` group; returns command → handler."""
    rules = sub.add_parser("rules", parents=[common], help="automation rules (If … Then …)")
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    rules_sub.add_parser("list", parents=[common], help="the rules: on or off, entity, trigger, "
                         "number of actions, id")
    export = rules_sub.add_parser("export", parents=[common],
                                  help="write every rule to a JSON file")
    export.add_argument("file", type=Path, metavar="FILE")
    imports = rules_sub.add_parser("import", parents=[common, acting],
                                   help="add the rules of a JSON file (a rule of the same name "
                                        "is replaced); a malformed file is refused whole")
    imports.add_argument("file", type=Path, metavar="FILE")
    dry = rules_sub.add_parser("dry-run", parents=[common],
                               help="which existing records a rule would match and what it "
                                    "would do to each; changes nothing")
    dry.add_argument("rule", metavar="RULE", help="the rule's name or id (as `rules list` "
                     "prints it)")
    dry.add_argument("--limit", type=int, default=50, metavar="N",
                     help="list at most N records (default 50)")
    run = rules_sub.add_parser("run", parents=[common, acting],
                               help="evaluate the enabled date rules now (date ± N days, no "
                                    "activity, no purchase); each fires once per record and "
                                    "date; prunes the run log")
    run.add_argument("--keep-days", type=int, default=180, metavar="N",
                     help="keep the run log's last N days (default 180)")
    return {"rules": cmd_rules}


def cmd_rules(args: argparse.Namespace) -> int:
    from crm_desktop.services.core import db as dbs

    database = dbs.open_database(args.db, create=False)
    try:
        command = args.rules_command
        if command == "list":
            return _list(database)
        if command == "export":
            return _export(database, args.file)
        if command == "dry-run":
            return _dry_run(database, args.rule, args.limit)
        return _write(database, args)
    finally:
        database.dispose()


def _list(database: Any) -> int:
    from crm_desktop.services.automation import rules

    with database.session() as s:
        found = rules.list_rules(s)
    for rule in found:
        print(f"{'on ' if rule.enabled else 'off'}  {rule.entity:<8} "
              f"{rule.trigger.get('kind', ''):<14} {len(rule.actions)} action(s)  "
              f"{rule.id.hex[:8] if rule.id else '-'}  {rule.name}")
    if not found:
        print("no rules")
    return 0


def _export(database: Any, file: Path) -> int:
    from crm_desktop.services.automation import rules

    with database.session() as s:
        count = rules.export_rules(s, file)
    print(f"{count} rules written to {file}")
    return 0


def _dry_run(database: Any, ref: str, limit: int) -> int:
    from crm_desktop.services.automation import engine, rules

    with database.session() as s:  # no actor: any write would be refused
        rule = rules.find_rule(s, ref)
        result = engine.dry_run(s, rule, limit=limit)
        s.rollback()
    print(f"{rule.name}: {len(result.matches)} of {result.checked} {rule.entity}s checked "
          f"would match (nothing was changed)")
    for match in result.matches:
        did = match.error or "; ".join(match.effects)
        print(f"  {match.record_id.hex[:8]}  {match.label}: {did}")
    return 0


def _write(database: Any, args: argparse.Namespace) -> int:
    from crm_desktop.cli import _acting_user
    from crm_desktop.services.automation import engine, rules
    from crm_desktop.services.automation.hook import AUTOMATION

    if args.rules_command == "import":
        with database.session(_acting_user(args, database)) as s:
            added, replaced = rules.import_rules(s, args.file)
        print(f"{added} rules added, {replaced} replaced from {args.file} (imported rules "
              f"keep their on/off state)")
        return 0
    actor = _acting_user(args, database) if args.user else AUTOMATION
    with database.session(actor) as s:
        report = engine.run_due(s, prune_days=args.keep_days)
    print(f"{report.rules} date rules: {report.candidates} records due, {report.fired} runs, "
          f"{report.errors} with errors; {report.pruned} old log entries pruned")
    return 0 if not report.errors else 1

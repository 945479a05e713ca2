"""Command line: `crm-desktop` opens the window; subcommands serve admins and scripts.

Every failure prints one clear line on stderr and exits non-zero; details go to the log file.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from crm_desktop import APP_NAME, __version__

if TYPE_CHECKING:  # imported lazily at run time: `--version` should not load SQLAlchemy
    from sqlalchemy.orm import Session

    from crm_desktop.services.core.db import Database
    from crm_desktop.services.core.identity import CurrentUser
    from crm_desktop.services.core.table_files import ImportReport as TableReport
    from crm_desktop.services.sales.price_import import ImportReport

Report = TypeVar("Report", bound="TableReport")

log = logging.getLogger("crm_desktop")
EXIT_ERROR = 1
EXIT_USAGE = 2
TEAM_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}  # server, users


def _setup_logging() -> Path | None:
    from crm_desktop.services.core.db import data_dir

    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "crm-desktop.log", maxBytes=2_000_000,
                                      backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return Path(handler.baseFilename)


def build_parser() -> argparse.ArgumentParser:
    db_help = "database: an SQLite file path or an SQLAlchemy URL (default: $CRM_DESKTOP_DB, " \
              "else crm.sqlite3 in the user data folder)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH|URL", help=db_help)
    acting = argparse.ArgumentParser(add_help=False)  # subcommands that write act as a person
    acting.add_argument("--user", metavar="LOGIN", help="who does this (default: the "
                        "database's default user); their role decides what is allowed")

    parser = argparse.ArgumentParser(prog=APP_NAME, description="CRM Desktop, the sales desk.")
    parser.add_argument("--db", default=None, metavar="PATH|URL", help=db_help)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--ensure-demo", action="store_true",
                        help="create small demo data first if the database has no clients")
    parser.add_argument("--lang", help="interface language (en, ru, …); default from settings")
    parser.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="fill a new database with demo data")
    demo.add_argument("--scale", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--lang", choices=("en", "ru", "uk", "kk", "az", "mn"), default="en",
                      help="the language of the demo's pipeline and stage names")

    db = sub.add_parser("db", parents=[common], help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", parents=[common], help="apply pending schema migrations")
    db_sub.add_parser("check", parents=[common],
                      help="integrity check, foreign keys and schema revision")
    backup = db_sub.add_parser("backup", parents=[common],
                               help="copy the database with SQLite's online backup API")
    backup.add_argument("--to", type=Path, metavar="FILE", help="target file (default: "
                        "backups/ beside the database, timestamped)")
    restore = db_sub.add_parser("restore", parents=[common, acting],
                                help="replace the database with a backup (the current content "
                                     "is backed up first)")
    restore.add_argument("file", type=Path)
    document = sub.add_parser("document", parents=[common],
                              help="render a quote or invoice as PDF")
    document.add_argument("number", help="e.g. INV-2026-000042")
    document.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    document.add_argument("--lang", choices=("en", "ru", "kk", "uk", "az", "mn"),
                          help="document language (default: the document's own)")

    outbox = sub.add_parser("outbox", parents=[common], help="mail waiting to be sent")
    outbox_sub = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    outbox_sub.add_parser("list", parents=[common], help="messages not yet sent, and failures")
    outbox_sub.add_parser("send", parents=[common], help="send what is due now")

    imports = sub.add_parser("import", parents=[common], help="import data from files")
    import_sub = imports.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    prices = import_sub.add_parser("prices", parents=[common, acting],
                                   help="prices and stock from a CSV or XLSX export")
    prices.add_argument("file", type=Path)
    prices.add_argument("--delimiter", metavar="CHAR",
                        help="the CSV's column delimiter (; , | or tab) when it is not recognised")
    prices.add_argument("--warehouse", metavar="NAME",
                        help="warehouse for the stock column when the file names none")
    prices.add_argument("--partial", action="store_true",
                        help="import the good rows even if some rows have problems")
    prices.add_argument("--report", type=Path, metavar="FILE",
                        help="write every row not imported and why (CSV or XLSX)")
    clients = import_sub.add_parser("clients", parents=[common, acting],
                                    help="clients and contacts from CSV, XLSX or vCard")
    clients.add_argument("file", type=Path)
    clients.add_argument("--format", choices=("csv", "xlsx", "vcf"),
                         help="the file's format (default: from its name)")
    clients.add_argument("--delimiter", metavar="CHAR",
                         help="the CSV's column delimiter (; , | or tab) when it is not recognised")
    clients.add_argument("--on-duplicate", choices=("skip", "update", "create"),
                         default="skip", help="what to do with a row that matches a client")
    clients.add_argument("--partial", action="store_true",
                         help="import the good rows even if some rows have problems")
    clients.add_argument("--report", type=Path, metavar="FILE",
                         help="write every row not imported and why (CSV or XLSX)")
    exports = sub.add_parser("export", parents=[common], help="export data to files")
    export_sub = exports.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    export_clients = export_sub.add_parser("clients", parents=[common],
                                           help="clients and contacts to CSV, XLSX or vCard")
    export_clients.add_argument("file", type=Path)
    export_clients.add_argument("--format", choices=("csv", "xlsx", "vcf"),
                                help="the file's format (default: from its name)")
    _deals_parser(sub, common, acting)
    _orders_parser(sub, common)
    from crm_desktop.server.cli import add_parsers  # the team server and its accounts

    TEAM_COMMANDS.update(add_parsers(sub, common))
    from crm_desktop.claims_cli import add_parsers as add_claims  # claims list / import

    TEAM_COMMANDS.update(add_claims(sub, common, acting))
    from crm_desktop.sync_cli import add_parsers as add_sync  # connect / sync (field laptops)

    TEAM_COMMANDS.update(add_sync(sub, common, acting))
    from crm_desktop.rules_cli import add_parsers as add_rules  # automation rules

    TEAM_COMMANDS.update(add_rules(sub, common, acting))
    from crm_desktop.mailing_cli import add_parsers as add_campaign  # campaign send / list

    TEAM_COMMANDS.update(add_campaign(sub, common, acting))
    from crm_desktop.reports_cli import add_parsers as add_reports  # report NAME --out FILE

    TEAM_COMMANDS.update(add_reports(sub, common, acting))
    return parser


def _deals_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                  common: argparse.ArgumentParser, acting: argparse.ArgumentParser) -> None:
    deals = sub.add_parser("deals", parents=[common], help="deals in the pipelines")
    deals_sub = deals.add_subparsers(dest="deals_command", metavar="ACTION", required=True)
    listing = deals_sub.add_parser("list", parents=[common], help="deals with their pipeline, "
                                   "stage, amount and responsible (closed ones too)")
    listing.add_argument("--pipeline", metavar="P", help="only this pipeline (by name)")
    listing.add_argument("--stage", metavar="S", help="only this stage (by name or key)")
    listing.add_argument("--format", choices=("csv", "json"),
                         help="csv or json (default: aligned text)")
    move = deals_sub.add_parser("move", parents=[common, acting],
                                help="move a deal to another stage of its pipeline; a move the "
                                     "pipeline refuses exits with 3 and the rule it broke")
    move.add_argument("deal", metavar="DEAL", help="the deal's id, as `deals list` prints it")
    move.add_argument("stage", metavar="STAGE", help="the stage's name or key")
    move.add_argument("--loss-reason", metavar="TEXT", help="why it was lost (a lost stage)")
    move.add_argument("--comment", metavar="TEXT", help="a comment on the loss")


def _orders_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                   common: argparse.ArgumentParser) -> None:
    orders = sub.add_parser("orders", parents=[common], help="orders to delivery")
    orders_sub = orders.add_subparsers(dest="orders_command", metavar="ACTION", required=True)
    listing = orders_sub.add_parser("list", parents=[common], help="orders, newest first, with "
                                    "status, due date, total and client (! marks overdue)")
    listing.add_argument("--overdue", action="store_true",
                         help="only overdue orders: not delivered or cancelled, past the due date")
    listing.add_argument("--format", choices=("csv", "json"),
                         help="csv or json (default: aligned text)")


def _warn_about(database: Database) -> None:
    """Say what the opener should know: opened read-only, the last integrity check failed."""
    for note in database.notes:
        print(f"{APP_NAME}: warning: {note}", file=sys.stderr)


def cmd_document(args: argparse.Namespace) -> int:
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.core.errors import CrmError
    from crm_desktop.services.core.exporting import WRITE_FAILED
    from crm_desktop.services.documents.render import document_id_by_number, render_document

    database = dbs.open_database(args.db, create=False)
    _warn_about(database)
    try:
        with database.session() as s:
            rendered = render_document(s, document_id_by_number(s, args.number), args.lang)
    finally:
        database.dispose()
    try:
        args.out.write_bytes(rendered.pdf)
    except OSError as exc:
        raise CrmError(WRITE_FAILED, path=args.out, reason=exc.strerror or str(exc)) from exc
    print(f"{rendered.number} ({rendered.language}) -> {args.out}")
    return 0


@contextlib.contextmanager
def _one_program(db: str | None) -> Iterator[None]:
    """Hold the database file's one-program lock (the desktop's `<db>.lock`) for a command that
    must not run behind an open desktop's back; refuses, naming the holder, while it is held."""
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.core.lock import DatabaseLock

    url = dbs.resolve_url(db)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        yield
        return
    with DatabaseLock(Path(url.database or "")):
        yield


def cmd_outbox(args: argparse.Namespace) -> int:
    if args.outbox_command == "send":
        with _one_program(args.db):
            return _outbox_send(args)
    from sqlalchemy import select

    from crm_desktop.models import OutboxMessage, OutboxStatus
    from crm_desktop.services.core import db as dbs

    database = dbs.open_database(args.db, create=False)
    _warn_about(database)
    try:
        with database.session() as s:
            rows = s.scalars(select(OutboxMessage).where(
                OutboxMessage.status != OutboxStatus.SENT).order_by(OutboxMessage.created_at))
            for row in rows:
                print(f"{row.status.value:<16} {row.attempts:>2} {row.recipients:<30} "
                      f"{row.subject}" + (f"  [{row.last_error}]" if row.last_error else ""))
    finally:
        database.dispose()
    return 0


def _outbox_send(args: argparse.Namespace) -> int:
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.mail import outbox as mail

    database = dbs.open_database(args.db, create=False)
    try:
        mail.recover_interrupted(database)  # what a crashed sender left is for a person
        report = mail.send_due(database)
    finally:
        database.dispose()
    print(f"sent {len(report.sent)}, waiting to retry {len(report.retrying)}, "
          f"failed {len(report.failed)}, partly sent {len(report.partial)}, "
          f"interrupted {len(report.interrupted)}")
    for message_id, why in report.retrying + report.problems:
        print(f"  {message_id}: {why}")
    if report.config is not None:
        print(f"{APP_NAME}: {report.config}", file=sys.stderr)
    return 0 if not report.problems else EXIT_ERROR


def _acting_user(args: argparse.Namespace, database: Database) -> CurrentUser:
    """The person named by --user, else the database's default user; refuses if none."""
    from crm_desktop.services.company.first_run import current_user
    from crm_desktop.services.core.errors import CrmError
    from crm_desktop.services.core.identity import UNKNOWN_USER

    user = current_user(database, args.user)
    if user is None or (args.user and user.login != args.user):
        raise CrmError(UNKNOWN_USER, login=args.user or "(default)")
    return user


def _import_with_report(args: argparse.Namespace, run: Callable[[Session], Report]) -> Report:
    """Run one import in one transaction; `--report` gets the rows not imported and why,
    whether the import went in or was refused."""
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.core.table_files import ImportRefused

    database = dbs.open_database(args.db, create=False)
    try:
        with database.session(_acting_user(args, database)) as s:
            try:
                report = run(s)
            except ImportRefused as refused:
                if args.report:
                    refused.report.save(args.report)
                raise
    finally:
        database.dispose()
    if args.report:
        report.save(args.report)
    return report


def cmd_import(args: argparse.Namespace) -> int:
    if args.import_what == "clients":
        return cmd_import_clients(args)
    from sqlalchemy import select

    from crm_desktop.models import Warehouse
    from crm_desktop.services.core.errors import CrmError
    from crm_desktop.services.sales.price_import import (
        UNKNOWN_DEFAULT_WAREHOUSE,
        guess_mapping,
        import_prices,
        read_table,
    )

    table = read_table(args.file, delimiter=args.delimiter)

    def run(s: Session) -> ImportReport:
        warehouse = None
        if args.warehouse:
            warehouse = s.scalar(select(Warehouse.id).where(Warehouse.name == args.warehouse))
            if warehouse is None:
                raise CrmError(UNKNOWN_DEFAULT_WAREHOUSE, name=args.warehouse)
        return import_prices(s, table, guess_mapping(s, table.headers), warehouse, args.partial)

    report = _import_with_report(args, run)
    print(f"{report.rows} rows: {report.products} products updated, {report.stock_rows} stock "
          f"levels set, {len(report.problems)} rows skipped")
    return 0


def cmd_import_clients(args: argparse.Namespace) -> int:
    from crm_desktop.services.clients import importing as ci
    from crm_desktop.services.clients.card import new_form

    table = ci.read_source(args.file, args.format, args.delimiter)

    def run(s: Session) -> ci.ImportReport:
        defaults = new_form(s, None)
        return ci.import_clients(
            s, table, ci.guess_mapping(s, table.headers), ci.Policy(args.on_duplicate),
            partial=args.partial, country=defaults.country, currency=defaults.currency)

    report = _import_with_report(args, run)
    print(f"{report.rows} rows: {report.created} clients created, {report.updated} updated, "
          f"{report.skipped} skipped as duplicates, {report.contacts} contact persons, "
          f"{len(report.problems)} rows with problems")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from crm_desktop.services.clients.exporting import export_clients
    from crm_desktop.services.core import db as dbs

    database = dbs.open_database(args.db, create=False)
    _warn_about(database)
    try:
        with database.session() as s:
            count = export_clients(s, args.file, args.format)
    finally:
        database.dispose()
    print(f"{count} rows written to {args.file}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.demo.generator import generate_demo
    from crm_desktop.services.core import db as dbs

    database = dbs.open_database(args.db)
    try:
        print(f"Creating {args.scale} demo data in {database.label} …", flush=True)
        summary = generate_demo(database, args.scale, args.seed,
                                progress=lambda step: print(f"  {step}", flush=True),
                                language=args.lang)
    finally:
        database.dispose()
    print(f"Done in {summary.seconds:.1f} s:")
    for table, count in summary.counts.items():
        print(f"  {table:<22} {count:>10,}".replace(",", " "))
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from crm_desktop.services.core import db as dbs

    if args.db_command == "check":
        database = dbs.connect(args.db, create=False)
        try:
            report = dbs.check(database)
        finally:
            database.dispose()
        print(f"Database:     {report.database}")
        print(f"Integrity:    {'; '.join(report.integrity[:5])}")
        broken = report.foreign_key_problems
        print(f"Foreign keys: {f'{broken} broken references' if broken else 'ok'}")
        state = "up to date" if report.up_to_date else f"needs upgrade to {report.head}"
        print(f"Schema:       {report.revision or 'empty'} ({state})")
        if not report.ok:
            print(f"{APP_NAME}: the check found problems (see above)", file=sys.stderr)
        return 0 if report.ok else EXIT_ERROR
    if args.db_command == "upgrade":
        database = dbs.connect(args.db)
        try:
            made = dbs.upgrade(database)
            print(f"{database.label}: schema at {dbs.current_revision(database)}"
                  + (f" (backup: {made})" if made else ""))
        finally:
            database.dispose()
        return 0
    if args.db_command == "restore":
        with _one_program(args.db):
            return _restore(args)
    database = dbs.connect(args.db, create=False)
    try:
        print(dbs.backup(database, args.to))
    finally:
        database.dispose()
    return 0


def _restore(args: argparse.Namespace) -> int:
    from crm_desktop.services.core import db as dbs

    database = dbs.connect(args.db, create=False)
    try:
        safety = dbs.restore(database, args.file, _acting_user(args, database))
        print(f"Restored {database.label} from {args.file}; the previous content is in "
              f"{safety}")
    finally:
        database.dispose()
    return 0


EXIT_REFUSED = 3  # `deals move`: the pipeline's rules refused the move


def cmd_deals(args: argparse.Namespace) -> int:
    import uuid

    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.core.errors import CrmError
    from crm_desktop.services.sales.deals import listing, moves, pipelines
    from crm_desktop.services.sales.deals.board import DealFilter

    database = dbs.open_database(args.db, create=False)
    try:
        if args.deals_command == "list":
            with database.session() as s:
                where = DealFilter(any_time=True)
                if args.pipeline:
                    where = DealFilter(pipeline_id=pipelines.find_pipeline(s, args.pipeline).id,
                                       any_time=True)
                if args.stage:
                    where = listing.with_stage(s, where, args.stage)
                listing.write_deals(listing.list_deals(s, where), sys.stdout,
                                    args.format or "text")
            return 0
        try:
            deal_id = uuid.UUID(args.deal)
        except ValueError:
            raise CrmError(moves.DEAL_NOT_FOUND) from None
        with database.session(_acting_user(args, database)) as s:
            try:
                result = moves.move_deal(s, deal_id, listing.stage_of_deal(s, deal_id,
                                                                           args.stage),
                                         loss_reason=args.loss_reason,
                                         loss_comment=args.comment)
            except moves.MoveRefused as refused:
                for rule in refused.broken:
                    print(f"{APP_NAME}: refused: {rule}", file=sys.stderr)
                return EXIT_REFUSED
        for warning in result.warnings:
            print(f"{APP_NAME}: warning: {warning}", file=sys.stderr)
        print(f"{deal_id}: {result.from_stage} -> {result.to_stage}" if result.moved
              else f"{deal_id}: already in {result.to_stage}")
    finally:
        database.dispose()
    return 0


def cmd_orders(args: argparse.Namespace) -> int:
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.sales.orders import listing

    database = dbs.open_database(args.db, create=False)
    try:
        with database.session() as s:
            listing.write_orders(
                listing.iter_orders(s, listing.OrderFilter(overdue=args.overdue)), sys.stdout,
                args.format or "text")
    finally:
        database.dispose()
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from crm_desktop.ui.app import run_app

    return run_app(db=args.db, ensure_demo=args.ensure_demo, language=args.lang,
                   quit_after_ms=args.quit_after)


def main(argv: Sequence[str] | None = None) -> int:
    from crm_desktop.services.core.errors import CrmError

    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = _setup_logging()
    handlers = {"demo": cmd_demo, "db": cmd_db, "import": cmd_import, "export": cmd_export,
                "document": cmd_document, "outbox": cmd_outbox, "deals": cmd_deals,
                "orders": cmd_orders,
                None: cmd_gui, **TEAM_COMMANDS}
    try:
        status = handlers[args.command](args)
        sys.stdout.flush()  # a closed pipe (`| head`) is found here, not at exit
        return status
    except BrokenPipeError:  # the reader left (`outbox send | head -3`): nothing more to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the flush at exit is quiet too
        return 0
    except CrmError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"{APP_NAME}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the promise: one line, never a traceback
        log.exception("unexpected error")
        where = f" (details in {log_file})" if log_file else ""
        print(f"{APP_NAME}: unexpected error: {exc.__class__.__name__}: {exc}{where}",
              file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())

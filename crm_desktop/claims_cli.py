"""`crm-desktop claims list [--status S] [--format csv|json]` and `crm-desktop claims import
FILE`: registered by `crm_desktop.cli`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from crm_desktop.services.claims.intake import ClaimImportReport

STATUSES = ("registered", "confirmed", "investigating", "resolved", "rejected", "open")


def add_parsers(sub: Any, common: argparse.ArgumentParser,
                acting: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add `claims list` and `claims import`; returns command → handler."""
    claims = sub.add_parser("claims", parents=[common], help="claims and complaints")
    claims_sub = claims.add_subparsers(dest="claims_command", metavar="ACTION", required=True)
    listing = claims_sub.add_parser("list", parents=[common], help="claims, newest first, with "
                                    "status, severity, plan progress and client (! marks "
                                    "overdue)")
    listing.add_argument("--status", metavar="S", choices=STATUSES,
                         help="only claims in this status (" + ", ".join(STATUSES) + ")")
    listing.add_argument("--format", choices=("csv", "json"),
                         help="csv or json (default: aligned text)")
    imports = claims_sub.add_parser("import", parents=[common, acting],
                                    help="register a claim per row of a CSV or XLSX file; a bad "
                                         "row refuses the whole file unless --partial")
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument("--partial", action="store_true",
                         help="import the good rows and report the bad ones")
    imports.add_argument("--report", type=Path, metavar="F",
                         help="write the rows not imported and why (CSV or XLSX)")
    return {"claims": cmd_claims}


def cmd_claims(args: argparse.Namespace) -> int:
    if args.claims_command == "import":
        return _import(args)
    from crm_desktop.services.claims import listing
    from crm_desktop.services.core import db as dbs

    where = listing.ClaimFilter()
    if args.status == "open":
        where = listing.ClaimFilter(open_only=True)
    elif args.status:
        where = listing.ClaimFilter(statuses=(listing.parse_status(args.status),))
    database = dbs.open_database(args.db, create=False)
    try:
        with database.session() as s:
            listing.write_claims(listing.iter_claims(s, where), sys.stdout,
                                 args.format or "text")
    finally:
        database.dispose()
    return 0


def _import(args: argparse.Namespace) -> int:
    from crm_desktop.cli import _import_with_report
    from crm_desktop.services.claims.intake import import_claims
    from crm_desktop.services.core.table_files import read_table

    table = read_table(args.file)

    def run(s: Session) -> ClaimImportReport:
        return import_claims(s, table, partial=args.partial)

    report = _import_with_report(args, run)
    print(f"{report.rows} rows: {report.created} claims registered "
          f"({', '.join(report.numbers) or '-'}), {len(report.duplicates)} flagged as "
          f"duplicates of an open claim, {len(report.problems)} rows with problems")
    for new, old in report.duplicates:
        print(f"  {new} repeats the open claim {old}")
    for row, why in report.lines():
        print(f"  row {row}: {why}")
    return 0

"""`crm-desktop report NAME --from DATE --to DATE [--manager LOGIN] [--format
csv|xlsx|pdf|json] --out FILE`: one of the reports to a file. Registered by
`crm_desktop.cli`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPORT_NAMES = ("funnel", "sales", "benchmark", "won_lost", "sources", "claims", "overdue",
                "reactivation")


def add_parsers(sub: Any, common: argparse.ArgumentParser,
                acting: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add `report`; returns command → handler."""
    report = sub.add_parser(
        "report", parents=[common],
        help="a report to a file: " + ", ".join(REPORT_NAMES),
        description="Write a report's table (and, in a PDF, its chart) to a file. Every figure "
                    "of the database counts (the admin's scope) unless --manager names one "
                    "person.")
    report.add_argument("name", metavar="NAME", help=", ".join(REPORT_NAMES))
    report.add_argument("--from", dest="date_from", required=True, metavar="DATE",
                        help="first day of the period (YYYY-MM-DD)")
    report.add_argument("--to", dest="date_to", required=True, metavar="DATE",
                        help="last day of the period (YYYY-MM-DD)")
    report.add_argument("--manager", metavar="LOGIN", help="only this person's figures")
    report.add_argument("--format", choices=("csv", "xlsx", "pdf", "json"),
                        help="the file's format (default: from the name of --out, else csv)")
    report.add_argument("--out", type=Path, required=True, metavar="FILE")
    report.add_argument("--currency", metavar="CODE",
                        help="money in this currency (default: the company's)")
    report.add_argument("--group-by", default="month", metavar="G",
                        help="sales: day, week, month, quarter, manager, product, category, "
                             "region or client (default month)")
    report.add_argument("--days", type=int, default=180, metavar="N",
                        help="reactivation: clients without a purchase for N days (180)")
    return {"report": cmd_report}


def cmd_report(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from crm_desktop.models import User
    from crm_desktop.services import reports
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.core.errors import CrmError
    from crm_desktop.services.reports import export
    from crm_desktop.services.reports.cli_errors import BAD_DATE, UNKNOWN_LOGIN
    from crm_desktop.services.reports.dashboard import company_currency
    from crm_desktop.services.reports.params import ReportParams

    if args.name not in reports.NAMES:
        raise CrmError(reports.UNKNOWN_REPORT, name=args.name, names=", ".join(reports.NAMES))
    dates = []
    for option, text in (("--from", args.date_from), ("--to", args.date_to)):
        try:
            dates.append(date.fromisoformat(text))
        except ValueError:
            raise CrmError(BAD_DATE, option=option, value=text) from None
    kind = args.format or (args.out.suffix.lower().lstrip(".")
                           if args.out.suffix.lower() in (".csv", ".xlsx", ".pdf", ".json")
                           else "csv")
    database = dbs.open_database(args.db, create=False)
    try:
        with database.session() as s:
            managers: tuple[Any, ...] = ()
            if args.manager:
                uid = s.scalar(select(User.id).where(User.login == args.manager,
                                                     User.deleted_at.is_(None)))
                if uid is None:
                    raise CrmError(UNKNOWN_LOGIN, login=args.manager)
                managers = (uid,)
            params = ReportParams(dates[0], dates[1], manager_ids=managers,
                                  currency=args.currency or company_currency(s),
                                  group_by=args.group_by, days=args.days)
            result = reports.run(s, args.name, params)
    finally:
        database.dispose()
    export.write(result, args.out, kind, getattr(args, "lang", None) or "en")
    print(f"{args.name}: {len(result.rows)} rows ({params.date_from} — {params.date_to}, "
          f"{params.currency}) -> {args.out}")
    return 0

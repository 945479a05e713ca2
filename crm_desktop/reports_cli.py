"""`crm-desktop [--lang CODE] report NAME --from DATE --to DATE [--manager LOGIN] [--format
csv|xlsx|pdf|json] --out FILE`: one of the reports to a file. Registered by
`crm_desktop.cli`.

The PDF and the XLSX are for people: they speak the interface language (`--lang`, else the
language chosen in the program's settings, as the window would), with the words the window
uses (`ui/reports/texts.result_shown`, Qt's translator on a QCoreApplication: no screen
needed). CSV and JSON are for programs and keep the service's English titles.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
                    "person. A PDF or XLSX is in the interface language (crm-desktop --lang "
                    "CODE report …, else the language of the settings); CSV and JSON keep "
                    "English titles.")
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
    if kind in ("pdf", "xlsx"):
        with interface_words(getattr(args, "lang", None)) as language:
            export.write(shown(result), args.out, kind, language)
    else:
        export.write(result, args.out, kind, "en")
    print(f"{args.name}: {len(result.rows)} rows ({params.date_from} — {params.date_to}, "
          f"{params.currency}) -> {args.out}")
    return 0


# the names the GUI gives its QApplication (ui/app.py), so QSettings reads the same settings
ORGANIZATION, APPLICATION = "crm-desktop", "CRM Desktop"


@contextmanager
def interface_words(language: str | None) -> Iterator[str]:
    """Qt's translators and the Babel locale for `language` (else the language chosen in the
    settings) while a report is turned into words; yields the language in use, and puts back
    the language in force before. Qt translates only within an application: the running one
    (a window's process makes its QApplication first), else a QCoreApplication made here —
    no screen needed — and kept to the end of the process (destroying it would take Qt's
    global thread pool with it)."""
    from PySide6.QtCore import QCoreApplication

    from crm_desktop.services.locale import formatting
    from crm_desktop.ui.i18n import install_translators

    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationName(APPLICATION)
        _kept.append(app)
    before = formatting.current_language()
    try:
        yield install_translators(app, language)
    finally:
        install_translators(app, before)


_kept: list[Any] = []  # the QCoreApplication made by `interface_words`, alive to the end


def shown(result: Any) -> Any:
    """The result in the interface language in force (titles, column titles, chart texts,
    definitions, the period's dates), as the reports window shows and exports it."""
    from crm_desktop.services.locale import formatting
    from crm_desktop.ui.reports.texts import result_shown

    first, _, last = result.period.partition(" — ")
    try:
        period = (f"{formatting.short_date(date.fromisoformat(first))} — "
                  f"{formatting.short_date(date.fromisoformat(last))}")
    except ValueError:  # not two ISO dates: as the service wrote it
        period = result.period
    return result_shown(result, period)

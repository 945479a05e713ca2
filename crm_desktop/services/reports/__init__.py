"""The reports: eight of them, each a table, a chart and the definitions its figures follow,
every aggregate computed in the database (GROUP BY), in the viewer's scope; drill-down to the
rows behind a figure; the head of sales' dashboard; the sales plan; exports.

`run(s, name, params)` → `ReportResult`; `drill(s, name, params, row_key, series)` →
`DrillTarget`; `dashboard(s, user)` → `Dashboard`. Only the UI and the CLI import this package.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.services.core.errors import CrmError, error_code

from . import deals, sales, work
from .common import check_period
from .dashboard import dashboard
from .params import ReportParams
from .result import DrillTarget, ReportResult

UNKNOWN_REPORT = error_code("reports.unknown", "No report {name}; the reports are {names}")

REPORTS: dict[str, Callable[[Session, ReportParams], ReportResult]] = {
    "funnel": deals.funnel,
    "sales": sales.sales,
    "benchmark": sales.benchmark,
    "won_lost": deals.won_lost,
    "sources": deals.sources,
    "claims": work.claims,
    "overdue": work.overdue,
    "reactivation": work.reactivation,
}
DRILLS: dict[str, Callable[[Session, ReportParams, Any, str | None], DrillTarget]] = {
    "funnel": deals.funnel_drill,
    "sales": sales.sales_drill,
    "benchmark": sales.benchmark_drill,
    "won_lost": deals.won_lost_drill,
    "sources": deals.sources_drill,
    "claims": work.claims_drill,
    "overdue": work.overdue_drill,
    "reactivation": work.reactivation_drill,
}
NAMES = tuple(REPORTS)


def _check(name: str) -> None:
    if name not in REPORTS:
        raise CrmError(UNKNOWN_REPORT, name=name, names=", ".join(NAMES))


def run(s: Session, name: str, params: ReportParams) -> ReportResult:
    """The report `name` for `params` (CrmError `reports.unknown` for another name)."""
    _check(name)
    check_period(params.date_from, params.date_to)
    result = REPORTS[name](s, params)
    return replace(result, period=result.period or
                   f"{params.date_from.isoformat()} — {params.date_to.isoformat()}")


def drill(s: Session, name: str, params: ReportParams, key: Any,
          series: str | None = None) -> DrillTarget:
    """The ids of the rows behind the report's row `key` (a row key of its result), for the
    chart series `series` when a bar was clicked."""
    _check(name)
    return DRILLS[name](s, params, key, series)


__all__ = ["NAMES", "DrillTarget", "ReportParams", "ReportResult", "dashboard", "drill", "run"]

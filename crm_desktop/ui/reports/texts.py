"""Translated words of the reports: report names, column titles, parameters; and the
service's own sentences (titles, chart titles, series, axis titles, definitions, tiles).

The service names columns by key (`funnel`, `won`, `win_rate`…) with English beside them; what
the window shows comes from these tables (through `tr`), falling back to the service's own
English for a key not listed yet. Every other text of a result is a `Message`
(`services/reports/words.py`), turned into the interface language by its code through the one
table in `ui/kit/errors.py`: `shown`, `chart_shown` and `result_shown` below. The window shows
and exports the `result_shown` copy, so the XLSX, PDF and PNG speak the interface language.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.core.errors import Message
from crm_desktop.services.locale import formatting
from crm_desktop.services.reports.result import ChartSpec, ReportResult
from crm_desktop.ui.kit.errors import message_text
from crm_desktop.ui.kit.labels import source_label

REPORT_ORDER = ("funnel", "sales", "benchmark", "won_lost", "sources", "claims", "overdue",
                "reactivation")


def report_name(name: str) -> str:
    tr = QCoreApplication
    return {
        "funnel": tr.translate("reports", "Sales funnel"),
        "sales": tr.translate("reports", "Sales"),
        "benchmark": tr.translate("reports", "Manager benchmark"),
        "won_lost": tr.translate("reports", "Won and lost"),
        "sources": tr.translate("reports", "Lead sources"),
        "claims": tr.translate("reports", "Claims"),
        "overdue": tr.translate("reports", "Overdue work"),
        "reactivation": tr.translate("reports", "Reactivation candidates"),
    }.get(name, name)


def column_title(key: str, fallback: str = "", report: str = "") -> str:
    tr = QCoreApplication
    if report == "sources" and key == "conversion":  # not the funnel's stage to stage
        return tr.translate("reports", "Conversion to won, %")
    return {
        "stage": tr.translate("reports", "Stage"),
        "entered": tr.translate("reports", "Entered"),
        "conversion": tr.translate("reports", "Conversion to next, %"),
        "median_days": tr.translate("reports", "Median days in stage"),
        "lost": tr.translate("reports", "Lost here"),
        "period": tr.translate("reports", "Period"),
        "manager": tr.translate("reports", "Manager"),
        "product": tr.translate("reports", "Product"),
        "category": tr.translate("reports", "Category"),
        "region": tr.translate("reports", "Region"),
        "client": tr.translate("reports", "Client"),
        "count": tr.translate("reports", "Count"),
        "sales": tr.translate("reports", "Sales"),
        "revenue": tr.translate("reports", "Revenue"),
        "plan": tr.translate("reports", "Plan"),
        "plan_done": tr.translate("reports", "Plan done, %"),
        "opened": tr.translate("reports", "Deals opened"),
        "won": tr.translate("reports", "Won"),
        "win_rate": tr.translate("reports", "Win rate, %"),
        "average_check": tr.translate("reports", "Average check"),
        "calls": tr.translate("reports", "Calls"),
        "meetings": tr.translate("reports", "Meetings"),
        "emails": tr.translate("reports", "E-mails"),
        "overdue": tr.translate("reports", "Overdue events"),
        "change": tr.translate("reports", "Change, %"),
        "last_year": tr.translate("reports", "Last year"),
        "won_amount": tr.translate("reports", "Won amount"),
        "lost_amount": tr.translate("reports", "Lost amount"),
        "reason": tr.translate("reports", "Reason"),
        "source": tr.translate("reports", "Source"),
        "leads": tr.translate("reports", "Leads"),
        "month": tr.translate("reports", "Month"),
        "registered": tr.translate("reports", "Registered"),
        "resolved": tr.translate("reports", "Resolved"),
        "open": tr.translate("reports", "Open"),
        "satisfaction": tr.translate("reports", "Satisfied, %"),
        "department": tr.translate("reports", "Department"),
        "responsible": tr.translate("reports", "Responsible"),
        "events": tr.translate("reports", "Overdue events"),
        "orders": tr.translate("reports", "Overdue orders"),
        "claim_tasks": tr.translate("reports", "Overdue claim tasks"),
        "total": tr.translate("reports", "Total"),
        "last_purchase": tr.translate("reports", "Last purchase"),
        "days": tr.translate("reports", "Days without a purchase"),
        "past_revenue": tr.translate("reports", "Past revenue"),
        "section": tr.translate("reports", "Section"),
        "lost_deals": tr.translate("reports", "Lost"),
        "name": tr.translate("reports", "Name"),
        "opened_last_year": tr.translate("reports", "Opened, last year"),
        "won_last_year": tr.translate("reports", "Won, last year"),
        "win_rate_last_year": tr.translate("reports", "Win rate last year, %"),
        "share": tr.translate("reports", "Share, %"),
        "stage_lost": tr.translate("reports", "Stage lost at"),
        "total_row": tr.translate("reports", "Total"),
    }.get(key, fallback or key)


def parameter_label(key: str) -> str:
    tr = QCoreApplication
    return {
        "period": tr.translate("reports", "Period"),
        "pipeline": tr.translate("reports", "Pipeline"),
        "manager": tr.translate("reports", "Manager or team"),
        "region": tr.translate("reports", "Region"),
        "product": tr.translate("reports", "Product or category"),
        "source": tr.translate("reports", "Source"),
        "currency": tr.translate("reports", "Currency"),
        "group_by": tr.translate("reports", "Group by"),
        "days": tr.translate("reports", "Days without a purchase"),
    }[key]


def preset_name(key: str) -> str:
    tr = QCoreApplication
    return {
        "month": tr.translate("reports", "This month"),
        "quarter": tr.translate("reports", "This quarter"),
        "year": tr.translate("reports", "This year"),
        "last12": tr.translate("reports", "Last 12 months"),
        "custom": tr.translate("reports", "Custom"),
    }[key]


def group_name(key: str) -> str:
    tr = QCoreApplication
    return {
        "day": tr.translate("reports", "Day"),
        "week": tr.translate("reports", "Week"),
        "month": tr.translate("reports", "Month"),
        "quarter": tr.translate("reports", "Quarter"),
        "manager": tr.translate("reports", "Manager"),
        "product": tr.translate("reports", "Product"),
        "category": tr.translate("reports", "Category"),
        "region": tr.translate("reports", "Region"),
        "client": tr.translate("reports", "Client"),
    }.get(key, key)


def entity_name(entity: str) -> str:
    tr = QCoreApplication
    return {
        "deals": tr.translate("reports", "Deals"),
        "invoices": tr.translate("reports", "Invoices"),
        "claims": tr.translate("reports", "Claims"),
        "events": tr.translate("reports", "Events"),
        "orders": tr.translate("reports", "Orders"),
        "clients": tr.translate("reports", "Clients"),
    }.get(entity, entity)


def all_text() -> str:
    return QCoreApplication.translate("reports", "All")


def shown(text: Any) -> str:
    """A service's sentence in the interface language (a `Message` by its code)."""
    return message_text(text) if isinstance(text, Message) else str(text)


_MONTH = re.compile(r"\d{4}-\d{2}")


def chart_shown(spec: ChartSpec) -> ChartSpec:
    """The chart with its title, series names and axis title in the interface language; each
    series keeps its key (what a click drills by)."""
    if spec.categories and all(isinstance(c, str) and _MONTH.fullmatch(c)
                               for c in spec.categories):  # 'YYYY-MM' as the language says it
        spec = replace(spec, categories=[formatting.month(int(c[:4]), int(c[5:]))
                                         for c in spec.categories])
    return replace(spec, title=shown(spec.title), value_title=shown(spec.value_title),
                   series=[replace(x, name=shown(x.name), key=x.key or str(x.name))
                           for x in spec.series])


def result_shown(result: ReportResult, period: str = "") -> ReportResult:
    """The whole result in the interface language: title, column titles, the words in label
    columns, the chart, the definitions (and `period` when given): what the window shows and
    what its exports write."""
    labels = [c.key for c in result.columns if c.kind == "label"]
    rows = [_months_named(_sources_named(row)) for row in result.rows]
    rows = [{**row, **{k: column_title(str(row[k])) for k in labels if row.get(k)}}
            for row in rows] if labels else rows
    chart = chart_shown(result.chart)
    if result.name == "sources":  # a lead source is stored as a code ('cold_call')
        chart = replace(chart, categories=[source_label(str(c)) or str(c)
                                           for c in chart.categories])
    return replace(result, title=shown(result.title), rows=rows,
                   columns=[replace(c, title=column_title(c.key, c.title, result.name))
                            for c in result.columns],
                   chart=chart,
                   definitions=[shown(d) for d in result.definitions],
                   period=period or result.period)


def _sources_named(row: dict[str, Any]) -> dict[str, Any]:
    """A lead source by its name in the interface language, not its stored code: the sources
    report's column, and the won/lost report's rows of the source section."""
    if isinstance(row.get("source"), str):
        return {**row, "source": source_label(row["source"]) or row["source"]}
    if row.get("section") == "source" and isinstance(row.get("name"), str):
        return {**row, "name": source_label(row["name"]) or row["name"]}
    return row


def _months_named(row: dict[str, Any]) -> dict[str, Any]:
    """A month column ('2026-01') as the language names the month ("янв. 2026")."""
    named = {k: formatting.month(int(v[:4]), int(v[5:])) for k, v in row.items()
             if k in ("month", "period") and isinstance(v, str) and _MONTH.fullmatch(v)}
    return {**row, **named} if named else row

"""Every sentence the reports write for a person: titles, chart titles, series names, value axis
titles, definitions and dashboard tiles, as `Message`s (a code with parameters that reads as its
English). The interface translates each by its code through the one table in
`ui/kit/errors.py` (`message_text`), so the reports window, its exports, the drill-down, the
dashboard and the CLI's PDF and XLSX speak the interface language; the CLI's CSV and JSON keep
the English.

Where a report states a definition the desk also shows (`services.sales.metrics.DEFINITIONS`),
its words are those very words (`METRIC_*`), so a translator translates them once.
"""

from __future__ import annotations

from typing import Any

from crm_desktop.services.core.errors import Message, error_code
from crm_desktop.services.sales.metrics import DEFINITIONS

# -- report titles -------------------------------------------------------------------------------
TITLE_FUNNEL = error_code("reports.title.funnel", "Sales funnel: {pipeline}")
TITLE_SALES = error_code("reports.title.sales", "Sales")
TITLE_BENCHMARK = error_code("reports.title.benchmark", "Manager benchmark")
TITLE_WON_LOST = error_code("reports.title.won_lost", "Won and lost")
TITLE_SOURCES = error_code("reports.title.sources", "Lead sources")
TITLE_CLAIMS = error_code("reports.title.claims", "Claims")
TITLE_OVERDUE = error_code("reports.title.overdue", "Overdue work")
TITLE_REACTIVATION = error_code("reports.title.reactivation", "Reactivation candidates")

# -- chart titles --------------------------------------------------------------------------------
CHART_WON_LOST = error_code("reports.chart.won_lost", "Won and lost by manager")
CHART_SOURCES = error_code("reports.chart.sources", "Leads and won deals by source")
CHART_SALES = error_code("reports.chart.sales", "Sales, {currency}")
CHART_BENCHMARK = error_code("reports.chart.benchmark", "Revenue against last year, {currency}")
CHART_CLAIMS = error_code("reports.chart.claims", "Claims by month")
CHART_OVERDUE = error_code("reports.chart.overdue", "Overdue work by responsible")
CHART_REACTIVATION = error_code("reports.chart.reactivation",
                                "Past revenue of the clients to win back, {currency}")
CHART_OPEN_DEALS = error_code("reports.chart.open_deals", "Open deals by stage: {pipeline}")

# -- series (their keys are what a drill-down reads) ---------------------------------------------
SERIES = {
    "entered": error_code("reports.series.entered", "Entered"),
    "won": error_code("reports.series.won", "Won"),
    "lost": error_code("reports.series.lost", "Lost"),
    "leads": error_code("reports.series.leads", "Leads"),
    "revenue": error_code("reports.series.revenue", "Revenue"),
    "plan": error_code("reports.series.plan", "Plan"),
    "last_year": error_code("reports.series.last_year", "Last year"),
    "registered": error_code("reports.series.registered", "Registered"),
    "resolved": error_code("reports.series.resolved", "Resolved"),
    "open": error_code("reports.series.open", "Open"),
    "events": error_code("reports.series.events", "Events"),
    "orders": error_code("reports.series.orders", "Orders"),
    "claim_tasks": error_code("reports.series.claim_tasks", "Claim tasks"),
    "past_revenue": error_code("reports.series.past_revenue", "Past revenue"),
    "open_deals": error_code("reports.series.open_deals", "Open deals"),
}

# -- value axis titles ---------------------------------------------------------------------------
AXIS_AMOUNT = error_code("reports.axis.amount", "Amount, {currency}")
AXIS_COUNT = error_code("reports.axis.count", "Count")
AXIS_PERCENT = error_code("reports.axis.percent", "Percent")

# -- definitions ---------------------------------------------------------------------------------
# the desk's own sentences (services/sales/metrics.py), word for word
METRIC_SALE = error_code("reports.metric.sale", DEFINITIONS["sale"])
METRIC_AVERAGE_CHECK = error_code("reports.metric.average_check", DEFINITIONS["average_check"])
METRIC_OVERDUE_ORDER = error_code("reports.metric.overdue_order", DEFINITIONS["overdue_order"])
TERM = error_code("reports.term", "{term}: {definition}")
TERM_AVERAGE_CHECK = error_code("reports.term.average_check", "Average check")
TERM_OVERDUE_ORDER = error_code("reports.term.overdue_order", "Overdue order")

DEF_ENTER = error_code(
    "reports.def.enter", "A deal enters a stage when the stage history has a move into it "
    "(counted once per deal and stage, by the moment of the move).")
DEF_CONVERSION = error_code(
    "reports.def.conversion",
    "Conversion = deals that entered the next stage / deals that entered this one.")
DEF_MEDIAN = error_code(
    "reports.def.median", "Time in stage: the median of the times recorded when deals left the "
    "stage in the period.")
DEF_LOST_AT = error_code("reports.def.lost_at", "Lost at: the stage a deal left for a lost stage.")
DEF_CLOSED = error_code(
    "reports.def.closed", "Won and lost: deals closed in the period in a won or lost stage; "
    "amounts of the deals in {currency} only.")
DEF_WIN_RATE = error_code("reports.def.win_rate",
                          "Win rate = won / (won + lost) deals closed in the period.")
DEF_LEAD = error_code(
    "reports.def.lead", "A lead: a deal opened in the period; conversion to won = how many of "
    "them are won by now.")
DEF_SOURCE_REVENUE = error_code(
    "reports.def.source_revenue", "Revenue: the sales issued in the period whose deal came from "
    "the source, in {currency}.")
DEF_SALES_COUNTED = error_code(
    "reports.def.sales_counted",
    "Sales in {currency} count, in the period by their issue date.")
DEF_REVENUE = error_code(
    "reports.def.revenue", "Revenue: the sum of the sales' totals (by product or category: of "
    "their lines).")
DEF_PLAN = error_code(
    "reports.def.plan", "Plan: the amounts set per manager and month in {currency}, for the "
    "months the period touches; plan done = revenue of the managers with a plan / plan.")
DEF_OPENED = error_code("reports.def.opened", "Deals opened: created in the period; won: closed "
                        "won in the period.")
DEF_LAST_YEAR = error_code(
    "reports.def.last_year", "Last year: the same days one year earlier; change = (now - last "
    "year) / last year.")
DEF_ACTIVITIES = error_code(
    "reports.def.activities", "Calls, meetings, e-mails: done events starting in the period; "
    "overdue events: starting in the period, still planned and past their due time.")
DEF_CLAIMS_MONTH = error_code(
    "reports.def.claims_month", "By month: claims registered and resolved in the month (UTC); "
    "open = registered by the month's end and neither resolved nor rejected by then.")
DEF_CLAIMS_DATED = error_code(
    "reports.def.claims_dated",
    "By reason and department: claims dated in the period; share of all of them.")
DEF_SATISFIED = error_code(
    "reports.def.satisfied",
    "Satisfied = claims resolved or rejected rated 4 or 5 of 5 / those rated.")
DEF_DEPARTMENT = error_code("reports.def.department",
                            "Department: the one at fault, else the reason's.")
DEF_BUSIEST = error_code("reports.def.busiest", "Most claims: {month} ({count}).")
DEF_OVERDUE_EVENT = error_code(
    "reports.def.overdue_event", "Overdue event: still planned and its due time has passed "
    "(claim tasks counted apart).")
DEF_OVERDUE_TASK = error_code(
    "reports.def.overdue_task",
    "Overdue claim task: a task of a claim's plan, still planned, past its due time.")
DEF_CANDIDATE = error_code(
    "reports.def.candidate", "A candidate: a client whose last sale (invoice paid in full, in "
    "{currency}) was issued more than {days} days ago; past revenue = all their sales.")
DEF_LIMIT = error_code("reports.def.limit",
                       "The {limit} clients with the largest past revenue.")

# -- dashboard tiles -----------------------------------------------------------------------------
TILES = {
    "revenue_month": error_code("reports.tile.revenue_month", "Revenue this month"),
    "sales_month": error_code("reports.tile.sales_month", "Sales this month"),
    "won_month": error_code("reports.tile.won_month", "Deals won this month"),
    "win_rate_month": error_code("reports.tile.win_rate_month", "Win rate this month, %"),
    "plan_done_month": error_code("reports.tile.plan_done_month", "Plan done this month, %"),
    "overdue_events": error_code("reports.tile.overdue_events", "Overdue events"),
    "overdue_orders": error_code("reports.tile.overdue_orders", "Overdue orders"),
    "open_claims": error_code("reports.tile.open_claims", "Open claims"),
}


def series_name(key: str) -> Message:
    return Message(SERIES[key])


def tile_title(key: str) -> Message:
    return Message(TILES[key])


def axis_title(value_kind: str, currency: str = "") -> Message:
    """The value axis' title: money with its currency, a percent, else a count."""
    if value_kind == "money":
        return Message(AXIS_AMOUNT, currency=currency)
    return Message(AXIS_PERCENT if value_kind == "percent" else AXIS_COUNT)


def term(name: Any, definition: Any) -> Message:
    return Message(TERM, term=Message(name), definition=Message(definition))


def sale_definitions(currency: str) -> list[Message]:
    """What a sale is (the desk's words) and which of them a report counts."""
    return [Message(METRIC_SALE), Message(DEF_SALES_COUNTED, currency=currency)]

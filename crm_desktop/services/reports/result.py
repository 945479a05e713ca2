"""What a report answers: a table (columns with a kind, rows as dicts), the key behind each
row (for drill-down), one chart description, and the definitions its figures follow.

Values: money as `Decimal` in `ReportParams.currency`, counts as `int`, percents as `Decimal`
from 0 to 100 (one decimal place), days as `int`, dates as `date`; None where nothing applies.
Chart category i is the report's row i (`row_keys[i]`), so a click on a bar drills like a
double-click on the row.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# column kinds: text, label (a word the interface translates by key), money, int, percent,
# days, date
KINDS = ("text", "label", "money", "int", "percent", "days", "date")


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English; the interface shows its own words by key
    kind: str = "text"


@dataclass(frozen=True)
class Series:
    name: str  # a Message: the interface shows it in its language
    values: list[Any]  # Decimal or int; None drawn as 0
    key: str = ""  # what a drill-down reads (the name stays the English in the CLI)


@dataclass
class ChartSpec:
    """A chart, renderer-free: bar, stacked_bar, line, funnel or pie (what
    `ui.kit.charts.ChartLike` reads)."""

    kind: str
    title: str
    categories: Sequence[str]
    series: Sequence[Any] = field(default_factory=list)  # of Series
    value_kind: str = "money"
    value_title: str = ""  # the value axis' title


@dataclass(frozen=True)
class ReportResult:
    name: str
    title: str  # title, chart texts and definitions are Messages (services/reports/words.py)
    columns: list[Column]
    rows: list[dict[str, Any]]
    row_keys: list[Any]
    chart: ChartSpec
    definitions: list[str]
    currency: str = ""
    period: str = ""


@dataclass(frozen=True)
class DrillTarget:
    """The rows behind a figure: `entity` is deals, invoices, claims, events, orders or
    clients."""

    entity: str
    ids: list[uuid.UUID]


@dataclass(frozen=True)
class Tile:
    key: str
    title: str  # a Message
    value: Any
    kind: str


@dataclass(frozen=True)
class Dashboard:
    tiles: list[Tile]
    charts: list[ChartSpec]

"""What a report is asked for: the period and the filters that apply to it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from crm_desktop.services.core.identity import CurrentUser

GROUPS = ("day", "week", "month", "quarter", "manager", "product", "category", "region",
          "client")


@dataclass(frozen=True)
class ReportParams:
    """A report's parameters. The period is inclusive, in local days. `manager_ids` empty means
    everyone the viewer may see; `viewer` is whose scope the report is read in (a salesperson
    sees their own figures, the head of sales their teams', the admin everyone's; None: the
    session's signed-in person, else no limit — the CLI's admin reading a file)."""

    date_from: date
    date_to: date
    pipeline_id: uuid.UUID | None = None
    manager_ids: tuple[uuid.UUID, ...] = ()
    region: str | None = None
    product_id: uuid.UUID | None = None
    category_id: uuid.UUID | None = None
    source: str | None = None
    currency: str = "USD"
    group_by: str = "month"
    days: int = 180  # reactivation: no purchase for this many days
    viewer: CurrentUser | None = None

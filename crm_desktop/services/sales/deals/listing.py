"""The deals as a list: sorted in SQL, shown by the list window and written by the export and
`crm-desktop deals list` (text, CSV or JSON)."""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Deal, DealStatus, Pipeline, PipelineStage, User, utcnow
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.exporting import csv_cell

from .board import DealFilter, Rates, conditions, rates
from .pipelines import pipeline, pipelines

UNKNOWN_FORMAT = error_code("deals_unknown_format", "Choose csv, json or text, not {format}")


@dataclass(frozen=True)
class DealRow:
    id: uuid.UUID
    client: str
    title: str
    pipeline: str
    stage: str
    status: DealStatus
    amount: Decimal
    currency: str
    probability: int
    responsible: str | None
    expected_close: date | None
    source: str | None
    created_at: datetime
    stage_entered_at: datetime
    closed_at: datetime | None
    loss_reason: str | None
    amount_base: Decimal | None = None  # in the company currency (None: no exchange rate)


SORTS: dict[str, Any] = {
    "client": Client.short_name, "title": Deal.title, "pipeline": Pipeline.name,
    "stage": PipelineStage.position, "status": Deal.status, "amount": Deal.amount,
    "probability": Deal.probability, "responsible": User.full_name,
    "expected_close": Deal.expected_close, "source": Deal.source,
    "created_at": Deal.created_at, "stage_entered_at": Deal.stage_entered_at,
}
COLUMNS = ("id", "client", "title", "pipeline", "stage", "status", "amount", "currency",
           "amount_base", "probability", "responsible", "expected_close", "source",
           "created_at", "stage_entered_at", "closed_at", "loss_reason")


def list_deals(s: Session, f: DealFilter, sort: str = "stage_entered_at",
               descending: bool = False, limit: int | None = None,
               now: datetime | None = None) -> Iterator[DealRow]:
    """The deals the filter lets through, sorted (then by id), streamed."""
    r = rates(s)
    key = SORTS.get(sort, Deal.stage_entered_at)
    order = [key.desc() if descending else key, Deal.id]
    query = (select(Deal.id, Client.short_name, Deal.title, Pipeline.name, PipelineStage.name,
                    Deal.status, Deal.amount, Deal.currency, Deal.probability, User.full_name,
                    Deal.expected_close, Deal.source, Deal.created_at, Deal.stage_entered_at,
                    Deal.closed_at, Deal.loss_reason)
             .join(Client, Client.id == Deal.client_id)
             .join(Pipeline, Pipeline.id == Deal.pipeline_id)
             .join(PipelineStage, PipelineStage.id == Deal.stage_id)
             .outerjoin(User, User.id == Deal.responsible_id)
             .where(*conditions(f, r, now or utcnow())).order_by(*order))
    if limit is not None:
        query = query.limit(limit)
    for row in s.execute(query.execution_options(yield_per=2000)):
        deal = DealRow(*row)  # type: ignore[call-arg]
        yield _with_base(deal, r)


def _with_base(row: DealRow, r: Rates) -> DealRow:
    return replace(row, amount_base=r.convert(row.amount, row.currency))


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value.value if isinstance(value, DealStatus) else value


def as_record(row: DealRow) -> dict[str, object]:
    return {name: _plain(getattr(row, name)) for name in COLUMNS}


def write_deals(rows: Iterable[DealRow], out: IO[str], fmt: str) -> int:
    """Write rows as `csv` (comma-separated, a header line), `json` (an array of objects) or
    `text` (aligned columns for a terminal); returns the count."""
    count = 0
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([csv_cell("" if v is None else v)
                             for v in as_record(row).values()])
            count += 1
    elif fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("," if count else "") + "\n  " + json.dumps(as_record(row),
                                                                 ensure_ascii=False))
            count += 1
        out.write("\n]\n" if count else "]\n")
    elif fmt == "text":
        for row in rows:
            out.write(f"{row.id}  {row.stage[:14]:<14} {row.amount:>14} {row.currency}  "
                      f"{(row.responsible or '-')[:20]:<20} {row.client[:30]:<30} "
                      f"{row.title}\n")
            count += 1
    else:
        raise CrmError(UNKNOWN_FORMAT, format=fmt)
    return count


STAGE_NOT_FOUND = error_code("deal_stage_not_found", "No stage named {stage}")


def with_stage(s: Session, f: DealFilter, name: str) -> DealFilter:
    """The filter narrowed to the stages named `name` (by name or key; in the filter's pipeline,
    else in any pipeline)."""
    found = [st.id for p in pipelines(s) if f.pipeline_id in (None, p.id)
             for st in p.stages if st.name.casefold() == name.strip().casefold()
             or (st.key or "").casefold() == name.strip().casefold()]
    if not found:
        raise CrmError(STAGE_NOT_FOUND, stage=name)
    return replace(f, stage_ids=tuple(found))


def stage_of_deal(s: Session, deal_id: uuid.UUID, name: str) -> uuid.UUID:
    """The stage named `name` (or with that key) in the deal's own pipeline."""
    from .moves import load_deal

    info = pipeline(s, load_deal(s, deal_id).pipeline_id)
    stage = info.find_stage(name)
    if stage is None:
        raise CrmError(STAGE_NOT_FOUND, stage=name)
    return stage.id

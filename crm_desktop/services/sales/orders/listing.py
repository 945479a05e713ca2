"""The orders as a list: filters, sorting and keyset pages in SQL, counts by SQL, and the
export `crm-desktop orders list` writes (CSV or JSON). Overdue is `metrics.order_overdue`."""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import IO, Any

from sqlalchemy import ColumnElement, case, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Order, OrderStatus, SalesDocument, User
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.exporting import csv_cell
from crm_desktop.services.sales.metrics import order_overdue

from .statuses import FLOW, OPEN

UNKNOWN_FORMAT = error_code("orders.unknown_format", "Choose csv, json or text, not {format}")
PAGE = 200


@dataclass(frozen=True)
class OrderFilter:
    statuses: tuple[OrderStatus, ...] = ()  # empty: any
    open_only: bool = False  # not delivered, not cancelled
    client_id: uuid.UUID | None = None
    responsible_id: uuid.UUID | None = None
    overdue: bool = False
    date_from: date | None = None  # the order date, inclusive
    date_to: date | None = None
    text: str = ""  # a part of the number or of the client's name


@dataclass(frozen=True)
class OrderRow:
    id: uuid.UUID
    number: str
    order_date: date
    client_id: uuid.UUID
    client: str
    status: OrderStatus
    due_date: date | None
    total: Decimal
    currency: str
    responsible: str | None
    deal_id: uuid.UUID | None
    invoice: str | None
    overdue: bool


Cursor = tuple[Any, uuid.UUID]  # the last row's sort value and id


@dataclass(frozen=True)
class OrderPage:
    rows: list[OrderRow]
    next: Cursor | None  # None: this was the last page


_STATUS_POSITION = case({s.value: n for n, s in enumerate((*FLOW, OrderStatus.CANCELLED))},
                        value=Order.status, else_=99)
# Sort keys that are never NULL, so (key, id) pages have no gaps.
SORTS: dict[str, Any] = {
    "order_date": Order.order_date, "number": Order.number, "client": Client.short_name,
    "status": _STATUS_POSITION, "due_date": func.coalesce(Order.due_date, date.max),
    "total": Order.total, "responsible": func.coalesce(User.full_name, ""),
}
COLUMNS = ("number", "order_date", "client", "status", "due_date", "total", "currency",
           "responsible", "invoice", "overdue", "id")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def conditions(f: OrderFilter, today: date) -> list[ColumnElement[bool]]:
    """The filter as SQL conditions on orders joined with their client."""
    where: list[ColumnElement[bool]] = [Order.deleted_at.is_(None)]
    if f.statuses:
        where.append(Order.status.in_(f.statuses))
    if f.open_only:
        where.append(Order.status.in_(OPEN))
    if f.client_id is not None:
        where.append(Order.client_id == f.client_id)
    if f.responsible_id is not None:
        where.append(Order.responsible_id == f.responsible_id)
    if f.overdue:
        where.append(order_overdue(today))
    if f.date_from is not None:
        where.append(Order.order_date >= f.date_from)
    if f.date_to is not None:
        where.append(Order.order_date <= f.date_to)
    text = f.text.strip()
    if text:
        pattern = f"%{_escape(text)}%"
        where.append(or_(Order.number.ilike(pattern, escape="\\"),
                         Client.short_name.ilike(pattern, escape="\\")))
    return where


def _query(f: OrderFilter, today: date) -> Any:  # a Select of the row columns
    return (select(Order.id, Order.number, Order.order_date, Order.client_id, Client.short_name,
                   Order.status, Order.due_date, Order.total, Order.currency, User.full_name,
                   Order.deal_id, SalesDocument.number, order_overdue(today))
            .join(Client, Client.id == Order.client_id)
            .outerjoin(User, User.id == Order.responsible_id)
            .outerjoin(SalesDocument, SalesDocument.id == Order.invoice_id)
            .where(*conditions(f, today)))


def _row(r: Any) -> OrderRow:
    return OrderRow(r[0], r[1], r[2], r[3], r[4], OrderStatus(r[5]), r[6], r[7], r[8], r[9],
                    r[10], r[11], bool(r[12]))


def order_page(s: Session, f: OrderFilter, *, sort: str = "order_date",
               descending: bool = True, after: Cursor | None = None, limit: int = PAGE,
               today: date | None = None) -> OrderPage:
    """One page of the orders the filter lets through, sorted by `sort` then id; `after` is
    the previous page's `next` (keyset: each page costs the same however deep)."""
    today = today or date.today()
    key = SORTS.get(sort, Order.order_date)
    query = _query(f, today).add_columns(key)
    if after is not None:
        # typed parameters: an untyped UUID would compare as text with the stored bytes
        last = tuple_(key, Order.id)
        bound = tuple_(literal(after[0], key.type), literal(after[1], Order.id.type))
        query = query.where(last < bound if descending else last > bound)
    order = (key.desc(), Order.id.desc()) if descending else (key, Order.id)
    raw = s.execute(query.order_by(*order).limit(limit)).all()
    rows = [_row(r) for r in raw]
    cursor = (raw[-1][-1], rows[-1].id) if len(raw) == limit else None
    return OrderPage(rows, cursor)


def iter_orders(s: Session, f: OrderFilter, *, today: date | None = None,
                sort: str = "order_date", descending: bool = True) -> Iterator[OrderRow]:
    """Every order the filter lets through, page after page (for the export and the CLI)."""
    after: Cursor | None = None
    while True:
        page = order_page(s, f, sort=sort, descending=descending, after=after, limit=2000,
                          today=today)
        yield from page.rows
        if page.next is None:
            return
        after = page.next


@dataclass(frozen=True)
class OrderCounts:
    total: int
    overdue: int
    by_status: dict[OrderStatus, int] = field(default_factory=dict)


def order_counts(s: Session, f: OrderFilter, today: date | None = None) -> OrderCounts:
    """How many orders the filter lets through, how many are overdue and per status (one
    grouped query)."""
    today = today or date.today()
    overdue = func.sum(case((order_overdue(today), 1), else_=0))
    rows = s.execute(select(Order.status, func.count(), overdue)
                     .join(Client, Client.id == Order.client_id)
                     .where(*conditions(f, today)).group_by(Order.status)).all()
    by_status = {OrderStatus(r[0]): int(r[1]) for r in rows}
    return OrderCounts(sum(by_status.values()), sum(int(r[2] or 0) for r in rows), by_status)


def overdue_count(s: Session, today: date, responsible_id: uuid.UUID | None = None) -> int:
    """The desk's counter: overdue orders (someone's, or everyone's)."""
    where = [Order.deleted_at.is_(None), order_overdue(today)]
    if responsible_id is not None:
        where.append(Order.responsible_id == responsible_id)
    return int(s.scalar(select(func.count()).select_from(Order).where(*where)) or 0)


def client_orders(s: Session, client_id: uuid.UUID, today: date | None = None,
                  limit: int = 50) -> list[OrderRow]:
    """A client's open orders, the most urgent (earliest due) first: the desk's client panel."""
    page = order_page(s, OrderFilter(client_id=client_id, open_only=True), sort="due_date",
                      descending=False, limit=limit, today=today)
    return page.rows


def _plain(value: object) -> object:
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value.value if isinstance(value, Enum) else value


def as_record(row: OrderRow) -> dict[str, object]:
    return {name: _plain(getattr(row, name)) for name in COLUMNS}


def write_orders(rows: Iterable[OrderRow], out: IO[str], fmt: str) -> int:
    """Write rows as `csv` (a header line), `json` (an array of objects) or `text` (aligned
    columns for a terminal); returns the count."""
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
            mark = "!" if row.overdue else " "
            out.write(f"{mark} {row.number:<22} {row.order_date}  {row.status.value:<16} "
                      f"{row.due_date or '-':<10} {row.total:>14} {row.currency}  "
                      f"{row.client[:40]}\n")
            count += 1
    else:
        raise CrmError(UNKNOWN_FORMAT, format=fmt)
    return count

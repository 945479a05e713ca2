"""The sales figures the desk and the reports share — one definition each, kept here.

* **deal** — every deal with the client, open, won or lost; a **won deal** is one closed as won;
  every sale belongs to a deal of the same client (the demo keeps it so: a sale's deal is won);
* **sale** — an invoice for payment in status *paid* (paid in full), in the client's currency;
* **total sales** — the sum of the totals of the client's sales;
* **average check** — total sales divided by the number of sales (None when there is none);
* **debt** — the total of the client's invoices that were issued (any status except *draft* and
  *cancelled*) minus every payment received from the client, both in the client's currency;
  negative means an advance;
* **client since** — the earlier of the first deal and the first document, else the date the
  client was created (local dates of this computer's clock);
* **overdue invoice** — an invoice still open (issued, sent or partially paid) whose due date
  is before today.
* **overdue order** — an order not yet delivered nor cancelled whose due date is before today
  (an order without a due date is never overdue).

Deleted (tombstoned) rows never count. The SQL conditions are expressions so that a report can
put them into its own grouped query; `client_figures` is the one-client version the desk shows.
`DEFINITIONS` holds the same definitions as one sentence each: the desk shows them as the
tooltips of its summary (the UI's translated text must read the same in English, a test checks)
and the reports can show them beside their figures.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Client,
    Deal,
    DealStatus,
    DocumentKind,
    DocumentStatus,
    Order,
    OrderStatus,
    Payment,
    SalesDocument,
)

SALE_STATUSES = (DocumentStatus.PAID,)
NOT_ISSUED = (DocumentStatus.DRAFT, DocumentStatus.CANCELLED)
OPEN_INVOICE = (DocumentStatus.ISSUED, DocumentStatus.SENT, DocumentStatus.PARTIALLY_PAID)
ORDER_CLOSED = (OrderStatus.DELIVERED, OrderStatus.CANCELLED)
ZERO = Decimal("0.00")

# One sentence per figure, in English (the UI translates them); the keys name the figures.
DEFINITIONS: dict[str, str] = {
    "client_since": "The earlier of the first deal and the first document; without either, "
                    "the day the client was added.",
    "deals": "Every deal with the client: open, won and lost. Every sale belongs to a deal.",
    "sale": "A sale is an invoice paid in full, in the client's currency.",
    "total_sales": "The sum of the client's sales: invoices paid in full, in the client's "
                   "currency.",
    "average_check": "Total sales divided by the number of sales (invoices paid in full); "
                     "a dash while there is none.",
    "debt": "Issued invoices (neither drafts nor cancelled) minus every payment received, in "
            "the client's currency; negative is an advance.",
    "overdue_invoice": "An invoice still open (issued, sent or partially paid) whose due date "
                       "has passed.",
    "overdue_order": "An order neither delivered nor cancelled whose due date has passed.",
}


def is_sale(currency: str) -> ColumnElement[bool]:
    """SQL: this sales document is a sale in `currency`."""
    return and_(SalesDocument.kind == DocumentKind.INVOICE,
                SalesDocument.status.in_(SALE_STATUSES), SalesDocument.currency == currency)


def is_issued_invoice(currency: str) -> ColumnElement[bool]:
    """SQL: this sales document is an issued invoice in `currency` (it counts towards debt)."""
    return and_(SalesDocument.kind == DocumentKind.INVOICE,
                SalesDocument.status.not_in(NOT_ISSUED), SalesDocument.currency == currency)


def is_overdue(status: DocumentStatus, due_date: date | None, today: date) -> bool:
    """An invoice still open whose due date has passed."""
    return status in OPEN_INVOICE and due_date is not None and due_date < today


def is_overdue_order(status: OrderStatus, due_date: date | None, today: date) -> bool:
    """An order not delivered nor cancelled whose due date has passed."""
    return status not in ORDER_CLOSED and due_date is not None and due_date < today


def order_overdue(today: date) -> ColumnElement[bool]:
    """SQL: this order is overdue on `today` (the same rule as `is_overdue_order`)."""
    return and_(Order.status.not_in(ORDER_CLOSED), Order.due_date.is_not(None),
                Order.due_date < today)


def is_won_deal() -> ColumnElement[bool]:
    """SQL: this deal was closed as won."""
    return Deal.status == DealStatus.WON


def average_check(total_sales: Decimal, sale_count: int) -> Decimal | None:
    """Total sales per sale, to the cent; None without sales."""
    return (total_sales / sale_count).quantize(ZERO) if sale_count else None


def client_since(first_deal_at: datetime | None, first_document_on: date | None,
                 created_at: datetime) -> date:
    """The earlier of the first deal and the first document, else the day the client was made."""
    starts = [d for d in (first_deal_at.astimezone().date() if first_deal_at else None,
                          first_document_on) if d is not None]
    return min(starts) if starts else created_at.astimezone().date()


@dataclass(frozen=True)
class ClientFigures:
    """One client's figures in its own currency, as defined in this module's docstring."""

    deal_count: int
    sale_count: int
    total_sales: Decimal
    average_check: Decimal | None
    debt: Decimal
    client_since: date
    won_deal_count: int = 0


def client_figures(s: Session, client: Client) -> ClientFigures:
    """Deals, sales, average check, debt and "client since" of one client (four queries)."""
    client_id: uuid.UUID = client.id
    docs = SalesDocument
    deal_count, won_deals, first_deal = s.execute(
        select(func.count(), func.count().filter(is_won_deal()), func.min(Deal.created_at))
        .where(Deal.client_id == client_id, Deal.deleted_at.is_(None))).one()
    sale_count, total_sales = s.execute(
        select(func.count(), func.coalesce(func.sum(docs.total), 0))
        .where(docs.client_id == client_id, is_sale(client.currency),
               docs.deleted_at.is_(None))).one()
    invoiced, first_doc = s.execute(
        select(func.coalesce(func.sum(docs.total).filter(is_issued_invoice(client.currency)), 0),
               func.min(docs.issue_date))
        .where(docs.client_id == client_id, docs.deleted_at.is_(None))).one()
    paid = s.scalar(select(func.coalesce(func.sum(Payment.amount), 0)).where(
        Payment.client_id == client_id, Payment.currency == client.currency,
        Payment.deleted_at.is_(None)))
    total = Decimal(total_sales).quantize(ZERO)
    return ClientFigures(
        deal_count=int(deal_count), sale_count=int(sale_count), total_sales=total,
        average_check=average_check(total, int(sale_count)),
        debt=(Decimal(invoiced) - Decimal(paid or 0)).quantize(ZERO),
        client_since=client_since(first_deal, first_doc, client.created_at),
        won_deal_count=int(won_deals or 0))

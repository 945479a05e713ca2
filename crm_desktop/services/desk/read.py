"""What the sales desk shows: the day, the overdue work, and everything about one client.

The sales figures (sale, total sales, average check, debt, client since, overdue invoice) are
defined once in `services/sales/metrics.py`, shared with reports. Defined here, for the screen:

* **overdue event** — an event still *planned* whose due time is before now.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from crm_desktop.models import (
    Client,
    Contact,
    DocumentKind,
    DocumentStatus,
    Email,
    Event,
    EventStatus,
    EventType,
    Payment,
    PaymentMethod,
    Phone,
    SalesDocument,
    Shipment,
    ShipmentStatus,
)
from crm_desktop.services.clients.writer import CLIENT_GONE
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.locale.days import local_day_bounds
from crm_desktop.services.locale.phones import format_international, time_zone_for_phone
from crm_desktop.services.locale.regions import zone_for_place
from crm_desktop.services.sales.metrics import NOT_ISSUED, ZERO, client_figures, is_overdue


# -- the day -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AgendaItem:
    id: uuid.UUID
    start_at: datetime
    type: EventType
    status: EventStatus
    subject: str
    client_id: uuid.UUID | None
    client_name: str
    contact_name: str


@dataclass(frozen=True)
class DayClient:
    client_id: uuid.UUID
    name: str
    next_event_at: datetime
    event_count: int


@dataclass(frozen=True)
class DayView:
    day: date
    agenda: list[AgendaItem]
    clients: list[DayClient]

    @property
    def total(self) -> int:
        return len(self.agenda)


def event_days(s: Session, user_id: uuid.UUID, first: date, last: date) -> dict[date, int]:
    """Per local day between `first` and `last`, how many live events the user has.

    Counted per UTC hour in SQL (a few hundred groups instead of thousands of rows), then
    moved to local days here: exact wherever the UTC offset is whole hours (every zone of our
    users); in a half-hour zone an event within 30 minutes of midnight may mark the next day.
    """
    start, _ = local_day_bounds(first)
    _, end = local_day_bounds(last)
    if s.get_bind().dialect.name == "postgresql":
        hour = func.to_char(Event.start_at, "YYYY-MM-DD HH24")
    else:
        hour = func.substr(Event.start_at, 1, 13)
    rows = s.execute(select(hour, func.count()).where(
        Event.responsible_id == user_id, Event.start_at >= start, Event.start_at < end,
        Event.status != EventStatus.CANCELLED, Event.deleted_at.is_(None)).group_by(hour))
    days: dict[date, int] = {}
    for bucket, count in rows:
        moment = datetime.strptime(bucket, "%Y-%m-%d %H").replace(tzinfo=UTC)
        local = moment.astimezone().date()
        days[local] = days.get(local, 0) + count
    return days


def day_view(s: Session, user_id: uuid.UUID, day: date, now: datetime) -> DayView:
    """The user's events on a local day and the clients they concern (next event first)."""
    start, end = local_day_bounds(day)
    rows = s.execute(
        select(Event.id, Event.start_at, Event.type, Event.status, Event.subject,
               Event.client_id, Client.short_name, Contact.full_name)
        .outerjoin(Client, Client.id == Event.client_id)
        .outerjoin(Contact, Contact.id == Event.contact_id)
        .where(Event.responsible_id == user_id, Event.start_at >= start, Event.start_at < end,
               Event.status != EventStatus.CANCELLED, Event.deleted_at.is_(None))
        .order_by(Event.start_at)).all()
    agenda = [AgendaItem(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7] or "")
              for r in rows]
    by_client: dict[uuid.UUID, list[AgendaItem]] = {}
    for item in agenda:
        if item.client_id is not None:
            by_client.setdefault(item.client_id, []).append(item)
    clients = []
    for client_id, items in by_client.items():
        upcoming = [i.start_at for i in items
                    if i.status == EventStatus.PLANNED and i.start_at >= now]
        next_at = min(upcoming) if upcoming else items[0].start_at
        clients.append(DayClient(client_id, items[0].client_name, next_at, len(items)))
    clients.sort(key=lambda c: (c.next_event_at < now, c.next_event_at))
    return DayView(day, agenda, clients)


@dataclass(frozen=True)
class OverdueItem:
    id: uuid.UUID
    client_id: uuid.UUID | None
    client_name: str
    subject: str
    type: EventType
    due_at: datetime


def overdue_events(s: Session, user_id: uuid.UUID, now: datetime,
                   limit: int = 500) -> tuple[int, list[OverdueItem]]:
    """How many of the user's events are overdue, and the oldest `limit` of them."""
    where = and_(Event.responsible_id == user_id, Event.status == EventStatus.PLANNED,
                 Event.due_at < now, Event.deleted_at.is_(None))
    count = s.scalar(select(func.count()).select_from(Event).where(where)) or 0
    rows = s.execute(
        select(Event.id, Event.client_id, Client.short_name, Event.subject, Event.type,
               Event.due_at)
        .outerjoin(Client, Client.id == Event.client_id)
        .where(where).order_by(Event.due_at).limit(limit)).all()
    return count, [OverdueItem(r[0], r[1], r[2] or "", r[3], r[4], r[5] or now) for r in rows]


# -- one client ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClientSummary:
    client_id: uuid.UUID
    name: str
    full_name: str
    currency: str
    country: str
    client_since: date
    deal_count: int
    sale_count: int
    total_sales: Decimal
    average_check: Decimal | None
    debt: Decimal
    won_deal_count: int = 0


def client_summary(s: Session, client_id: uuid.UUID) -> ClientSummary:
    """The client card's numbers, as defined in `services/sales/metrics.py`."""
    client = s.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise CrmError(CLIENT_GONE)
    figures = client_figures(s, client)
    return ClientSummary(
        client_id=client.id, name=client.short_name, full_name=client.full_name or "",
        currency=client.currency, country=client.country, client_since=figures.client_since,
        deal_count=figures.deal_count, sale_count=figures.sale_count,
        total_sales=figures.total_sales, average_check=figures.average_check,
        debt=figures.debt, won_deal_count=figures.won_deal_count,
    )


@dataclass(frozen=True)
class ContactRow:
    id: uuid.UUID
    full_name: str
    position: str
    phone_e164: str
    phone_display: str
    email: str
    region: str
    zone: str | None
    is_primary: bool


def client_contacts(s: Session, client_id: uuid.UUID) -> list[ContactRow]:
    """Contact persons, primary first, each with a phone, an e-mail and a time zone.

    The zone comes from the phone number when it pins one down, else from the contact's own
    zone, else from the contact's or the client's region, city or country.
    """
    client = s.get(Client, client_id)
    if client is None:
        return []
    contacts = s.scalars(select(Contact).where(Contact.client_id == client_id,
                                               Contact.deleted_at.is_(None))
                         .order_by(Contact.is_primary.desc(), Contact.full_name)).all()
    ids = [c.id for c in contacts]
    phones: dict[uuid.UUID, Phone] = {}
    for found in s.scalars(select(Phone).where(Phone.contact_id.in_(ids),
                                               Phone.deleted_at.is_(None))
                           .order_by(Phone.created_at.desc())):
        phones[found.contact_id] = found  # type: ignore[index]  # the oldest wins
    emails: dict[uuid.UUID, str] = {}
    for email in s.scalars(select(Email).where(Email.contact_id.in_(ids),
                                               Email.deleted_at.is_(None))
                           .order_by(Email.created_at.desc())):
        emails[email.contact_id] = email.address  # type: ignore[index]
    rows = []
    for c in contacts:
        phone = phones.get(c.id)
        e164 = phone.e164 if phone and phone.e164 else ""
        zone = (time_zone_for_phone(e164) if e164 else None) or c.time_zone or zone_for_place(
            client.city, c.region or client.region, client.country)
        rows.append(ContactRow(
            id=c.id, full_name=c.full_name, position=c.position or "", phone_e164=e164,
            phone_display=format_international(e164) if e164 else (phone.raw if phone else ""),
            email=emails.get(c.id, ""), region=c.region or client.region or "", zone=zone,
            is_primary=c.is_primary))
    return rows


@dataclass(frozen=True)
class EventRow:
    id: uuid.UUID
    start_at: datetime
    subject: str
    type: EventType
    contact_name: str
    content: str  # the first line (the history's Content column)
    status: EventStatus
    result: str = ""  # what came of it (a call's result is asked for after the call)
    full_content: str = ""  # the whole text, for the tooltip


def client_events(s: Session, client_id: uuid.UUID, event_type: EventType | None = None,
                  since: datetime | None = None, until: datetime | None = None,
                  limit: int = 1000) -> list[EventRow]:
    """The client's events, newest first, optionally of one type and within a period."""
    query = (select(Event.id, Event.start_at, Event.subject, Event.type, Contact.full_name,
                    Event.content, Event.status, Event.result)
             .outerjoin(Contact, Contact.id == Event.contact_id)
             .where(Event.client_id == client_id, Event.deleted_at.is_(None)))
    if event_type is not None:
        query = query.where(Event.type == event_type)
    if since is not None:
        query = query.where(Event.start_at >= since)
    if until is not None:
        query = query.where(Event.start_at < until)
    rows = s.execute(query.order_by(Event.start_at.desc()).limit(limit)).all()
    return [EventRow(r[0], r[1], r[2], r[3], r[4] or "",
                     (r[5] or "").strip().splitlines()[0] if r[5] and r[5].strip() else "",
                     r[6], (r[7] or "").strip(), (r[5] or "").strip()) for r in rows]


# -- finance -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class InvoiceRow:
    id: uuid.UUID
    number: str
    issue_date: date
    total: Decimal
    paid: Decimal
    status: DocumentStatus
    due_date: date | None
    currency: str
    overdue: bool


@dataclass(frozen=True)
class ShipmentRow:
    id: uuid.UUID
    number: str
    shipped_on: date
    total: Decimal
    status: ShipmentStatus
    invoice_number: str
    currency: str


@dataclass(frozen=True)
class PaymentRow:
    id: uuid.UUID
    paid_on: date
    amount: Decimal
    method: PaymentMethod
    invoice_number: str
    reference: str
    currency: str


@dataclass(frozen=True)
class Finance:
    invoices: list[InvoiceRow]
    shipments: list[ShipmentRow]
    payments: list[PaymentRow]

    @property
    def invoiced_total(self) -> Decimal:
        return sum((i.total for i in self.invoices if i.status not in NOT_ISSUED), ZERO)

    @property
    def shipped_total(self) -> Decimal:
        return sum((x.total for x in self.shipments if x.status != ShipmentStatus.CANCELLED),
                   ZERO)

    @property
    def paid_total(self) -> Decimal:
        return sum((p.amount for p in self.payments), ZERO)


def client_finance(s: Session, client_id: uuid.UUID, today: date) -> Finance:
    """Invoices (with what was paid on each), shipments and payments of a client, newest first."""
    paid_per_invoice = (select(Payment.invoice_id, func.sum(Payment.amount).label("paid"))
                        .where(Payment.client_id == client_id, Payment.deleted_at.is_(None))
                        .group_by(Payment.invoice_id).subquery())
    invoices = []
    for r in s.execute(
            select(SalesDocument.id, SalesDocument.number, SalesDocument.issue_date,
                   SalesDocument.total, func.coalesce(paid_per_invoice.c.paid, 0),
                   SalesDocument.status, SalesDocument.due_date, SalesDocument.currency)
            .outerjoin(paid_per_invoice, paid_per_invoice.c.invoice_id == SalesDocument.id)
            .where(SalesDocument.client_id == client_id,
                   SalesDocument.kind == DocumentKind.INVOICE,
                   SalesDocument.deleted_at.is_(None))
            .order_by(SalesDocument.issue_date.desc(), SalesDocument.number.desc())):
        overdue = is_overdue(r[5], r[6], today)
        invoices.append(InvoiceRow(r[0], r[1], r[2], r[3], Decimal(r[4]).quantize(ZERO), r[5],
                                   r[6], r[7], overdue))
    invoice = aliased(SalesDocument)
    shipments = [ShipmentRow(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6]) for r in s.execute(
        select(Shipment.id, Shipment.number, Shipment.shipped_on, Shipment.total,
               Shipment.status, invoice.number, Shipment.currency)
        .outerjoin(invoice, invoice.id == Shipment.invoice_id)
        .where(Shipment.client_id == client_id, Shipment.deleted_at.is_(None))
        .order_by(Shipment.shipped_on.desc(), Shipment.number.desc()))]
    payments = [PaymentRow(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6]) for r in s.execute(
        select(Payment.id, Payment.paid_on, Payment.amount, Payment.method, invoice.number,
               Payment.reference, Payment.currency)
        .outerjoin(invoice, invoice.id == Payment.invoice_id)
        .where(Payment.client_id == client_id, Payment.deleted_at.is_(None))
        .order_by(Payment.paid_on.desc()))]
    return Finance(invoices, shipments, payments)

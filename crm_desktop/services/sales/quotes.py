"""Quick quotes: the client's terms, past prices, price rules, and the numbered document.

Catalogue prices are kept in the company's currency; a quote for a client who pays in another
currency converts them with the rate in the `exchange_rates` setting
(`{"AZN": "295"}` = one AZN is worth 295 of the company currency).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, aliased

from crm_desktop.models import (
    Client,
    Company,
    Deal,
    DealStage,
    DealStatus,
    DocumentKind,
    DocumentStatus,
    Event,
    EventStatus,
    EventType,
    PriceApproval,
    PriceType,
    Role,
    SalesDocument,
    SalesDocumentLine,
    Shipment,
    ShipmentLine,
    TermsOfSale,
)
from crm_desktop.services.clients.writer import CLIENT_GONE
from crm_desktop.services.company.profile import NO_REQUISITES
from crm_desktop.services.company.rates import exchange_rates
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import (
    ROLE_PERMISSIONS,
    CurrentUser,
    Permission,
    may,
    require,
)
from crm_desktop.services.locale.logged import logged
from crm_desktop.services.sales.catalogue import default_price_type
from crm_desktop.services.sales.deals import moves as deals
from crm_desktop.services.sales.numbering import next_number
from crm_desktop.services.sales.pricing import convert, line_amounts, round_money, totals

NO_RATE = error_code("quotes.no_rate", "Set the exchange rate of {currency} to {base} in "
                     "Settings → Company → Exchange rates before quoting this client")
DISCOUNT_RANGE = error_code("quotes.discount_range", "The discount must be from 0 to 99.99 %")
PAYMENT_DAYS_RANGE = error_code("quotes.payment_days_range", "Payment days must be from 0 to 365")
NEGATIVE_PRICE = error_code("quotes.negative_price", "A price cannot be negative")
BELOW_MINIMUM = error_code("quotes.below_minimum", "{line}: the price is below the minimum "
                           "{minimum} {currency}. Ask the head of sales to approve it.")
NO_LINES = error_code("quotes.no_lines", "Add at least one product")
QUANTITY = error_code("quotes.quantity", "{line}: the quantity must be above zero")
LINE_DISCOUNT = error_code("quotes.line_discount",
                           "{line}: the discount must be from 0 to 99.99 %")
NO_REASON = error_code("quotes.no_reason", "Give the reason for the prices below the minimum")


QUOTE_VALID_DAYS = 14


@dataclass(frozen=True)
class QuoteContext:
    client_id: uuid.UUID
    client_name: str
    currency: str
    base_currency: str
    rate_to_base: Decimal  # how much base currency one unit of `currency` is worth
    price_type_id: uuid.UUID | None
    price_type_name: str
    discount_pct: Decimal
    payment_days: int
    vat_included: bool
    language: str

    def to_client_currency(self, base_amount: Decimal) -> Decimal:
        return convert(base_amount, self.rate_to_base, self.currency)


def quote_context(s: Session, client_id: uuid.UUID) -> QuoteContext:
    """The client's terms of sale (or the defaults) and how to price for them."""
    client = s.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise CrmError(CLIENT_GONE)
    company = s.scalar(select(Company).where(Company.deleted_at.is_(None)).limit(1))
    if company is None:
        raise CrmError(NO_REQUISITES)
    terms = s.scalar(select(TermsOfSale).where(TermsOfSale.client_id == client_id,
                                               TermsOfSale.deleted_at.is_(None)))
    currency = (terms.currency if terms and terms.currency else client.currency)
    base = company.default_currency
    rate = Decimal(1)
    if currency != base:
        rates = exchange_rates(s)
        if currency not in rates:
            raise CrmError(NO_RATE, currency=currency, base=base)
        rate = rates[currency]
    price_type_id = terms.price_type_id if terms and terms.price_type_id else \
        default_price_type(s)
    price_type = s.get(PriceType, price_type_id) if price_type_id else None
    return QuoteContext(
        client_id=client.id, client_name=client.short_name, currency=currency,
        base_currency=base, rate_to_base=rate, price_type_id=price_type_id,
        price_type_name=price_type.name if price_type else "",
        discount_pct=terms.discount_pct if terms else Decimal(0),
        payment_days=terms.payment_days if terms else 10, vat_included=company.vat_included,
        language=client.language or "en")


def set_terms(s: Session, client_id: uuid.UUID, price_type_id: uuid.UUID | None,
              discount_pct: Decimal, payment_days: int, currency: str | None) -> TermsOfSale:
    """Create or change a client's terms of sale."""
    require(s, Permission.EDIT_TERMS)
    if not Decimal(0) <= discount_pct < Decimal(100):
        raise ValidationError(DISCOUNT_RANGE, field="discount")
    if not 0 <= payment_days <= 365:
        raise ValidationError(PAYMENT_DAYS_RANGE, field="payment_days")
    terms = s.scalar(select(TermsOfSale).where(TermsOfSale.client_id == client_id))
    if terms is None:
        terms = TermsOfSale(client_id=client_id)
        s.add(terms)
    terms.price_type_id, terms.discount_pct = price_type_id, discount_pct
    terms.payment_days, terms.currency = payment_days, currency
    terms.deleted_at = None
    return terms


@dataclass(frozen=True)
class PastLine:
    day: date
    document: str
    product_id: uuid.UUID | None
    description: str
    quantity: Decimal
    price: Decimal
    currency: str


def past_lines(s: Session, client_id: uuid.UUID, product_id: uuid.UUID | None = None,
               limit: int = 500) -> list[PastLine]:
    """What the client bought, once per purchase, newest first: the lines of issued invoices,
    and the lines of shipments made without one (a shipment of a listed invoice repeats that
    invoice's lines, so it is not listed again)."""
    listed = and_(SalesDocument.kind == DocumentKind.INVOICE,
                  SalesDocument.status.not_in((DocumentStatus.DRAFT, DocumentStatus.CANCELLED)),
                  SalesDocument.deleted_at.is_(None))
    doc_query = (select(SalesDocument.issue_date, SalesDocument.number,
                        SalesDocumentLine.product_id, SalesDocumentLine.description,
                        SalesDocumentLine.quantity, SalesDocumentLine.price,
                        SalesDocument.currency)
                 .join(SalesDocument, SalesDocument.id == SalesDocumentLine.document_id)
                 .where(SalesDocument.client_id == client_id, listed,
                        SalesDocumentLine.deleted_at.is_(None)))
    shipped_invoice = aliased(SalesDocument)
    ship_query = (select(Shipment.shipped_on, Shipment.number, ShipmentLine.product_id,
                         ShipmentLine.description, ShipmentLine.quantity, ShipmentLine.price,
                         Shipment.currency)
                  .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
                  .where(Shipment.client_id == client_id, Shipment.deleted_at.is_(None),
                         ShipmentLine.deleted_at.is_(None),
                         ~exists().where(shipped_invoice.id == Shipment.invoice_id,
                                         shipped_invoice.kind == DocumentKind.INVOICE,
                                         shipped_invoice.status.not_in(
                                             (DocumentStatus.DRAFT, DocumentStatus.CANCELLED)),
                                         shipped_invoice.deleted_at.is_(None))))
    if product_id is not None:
        doc_query = doc_query.where(SalesDocumentLine.product_id == product_id)
        ship_query = ship_query.where(ShipmentLine.product_id == product_id)
    rows = [*s.execute(doc_query.limit(limit)), *s.execute(ship_query.limit(limit))]
    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    return [PastLine(*r) for r in rows[:limit]]


@dataclass
class QuoteLine:
    """A line being quoted; money in the quote's currency."""

    product_id: uuid.UUID | None
    code: str
    description: str
    unit: str
    quantity: Decimal
    price: Decimal
    discount_pct: Decimal
    vat_rate: Decimal
    minimum_price: Decimal
    stock: Decimal

    @property
    def below_minimum(self) -> bool:
        return self.price < self.minimum_price

    @property
    def above_stock(self) -> bool:
        return self.quantity > self.stock


class PriceBelowMinimum(ValidationError):
    """A salesperson priced a line below the minimum."""


def check_price(role: Role, line: QuoteLine, currency: str) -> None:
    """Refuse a price below the minimum unless the role may approve it (the form's live
    check; `create_document` checks the session's actor the same way)."""
    _check_price(Permission.SELL_BELOW_MINIMUM in ROLE_PERMISSIONS[role], line, currency)


def _check_price(may_go_below: bool, line: QuoteLine, currency: str) -> None:
    if line.price < 0:
        raise ValidationError(NEGATIVE_PRICE, field="price")
    if line.below_minimum and not may_go_below:
        raise PriceBelowMinimum(BELOW_MINIMUM, field="price", line=line.description,
                                minimum=line.minimum_price, currency=currency)


def line_total(ctx: QuoteContext, line: QuoteLine) -> Decimal:
    return line_amounts(line.quantity, line.price, line.discount_pct, line.vat_rate,
                        ctx.vat_included, ctx.currency).gross


@dataclass(frozen=True)
class CreatedDocument:
    id: uuid.UUID
    number: str
    kind: DocumentKind
    total: Decimal
    currency: str
    deal_id: uuid.UUID


def create_document(s: Session, user: CurrentUser, ctx: QuoteContext, kind: DocumentKind,
                    lines: list[QuoteLine], *, draft: bool = False,
                    approval_reason: str = "", today: date | None = None) -> CreatedDocument:
    """Create the numbered quote or invoice with its lines and totals, attach it to the
    client's open deal (or open one at the proposal stage) and log an event. One transaction:
    on any refusal nothing is written."""
    require(s, Permission.SELL)
    below_allowed = may(s, Permission.SELL_BELOW_MINIMUM)
    if not lines:
        raise ValidationError(NO_LINES)
    for line in lines:
        if line.quantity <= 0:
            raise ValidationError(QUANTITY, field="quantity", line=line.description)
        if not Decimal(0) <= line.discount_pct < Decimal(100):
            raise ValidationError(LINE_DISCOUNT, field="discount", line=line.description)
        _check_price(below_allowed, line, ctx.currency)
    below = [line for line in lines if line.below_minimum]
    if below and not approval_reason.strip():
        raise ValidationError(NO_REASON, field="reason")
    today = today or date.today()
    amounts = [line_amounts(ln.quantity, ln.price, ln.discount_pct, ln.vat_rate,
                            ctx.vat_included, ctx.currency) for ln in lines]
    sums = totals(zip(amounts, (ln.vat_rate for ln in lines), strict=True))

    deal = s.scalar(select(Deal).where(Deal.client_id == ctx.client_id,
                                       Deal.status == DealStatus.OPEN,
                                       Deal.deleted_at.is_(None))
                    .order_by(Deal.created_at.desc()).limit(1))
    if deal is None:  # through the deals service: the stage's rules and its history row
        deal = deals.open_for_sale(s, deals.NewDeal(
            client_id=ctx.client_id, title=lines[0].description[:200], amount=sums.gross,
            currency=ctx.currency, responsible_id=user.id,
            expected_close=today + timedelta(days=30), source="quote"), DealStage.PROPOSAL)
    else:
        deals.advance_for_sale(s, deal, DealStage.PROPOSAL)
    prefix = "INV" if kind == DocumentKind.INVOICE else "QT"
    document = SalesDocument(
        kind=kind, number=next_number(s, prefix, today.year), issue_date=today,
        due_date=today + timedelta(days=ctx.payment_days if kind == DocumentKind.INVOICE
                                   else QUOTE_VALID_DAYS),
        client_id=ctx.client_id, deal_id=deal.id, manager_id=user.id, currency=ctx.currency,
        language=ctx.language, vat_included=ctx.vat_included,
        status=DocumentStatus.DRAFT if draft else DocumentStatus.ISSUED,
        net_total=sums.net, vat_total=sums.vat, total=sums.gross)
    s.add(document)
    s.flush()
    for number, (line, amount) in enumerate(zip(lines, amounts, strict=True), start=1):
        s.add(SalesDocumentLine(
            document_id=document.id, line_no=number, product_id=line.product_id,
            description=line.description, quantity=line.quantity, unit=line.unit,
            price=line.price, discount_pct=line.discount_pct, vat_rate=line.vat_rate,
            net_amount=amount.net, vat_amount=amount.vat, total=amount.gross))
        if line.below_minimum:
            s.add(PriceApproval(document_id=document.id, product_id=line.product_id,
                                approved_by=user.id, price=line.price,
                                minimum_price=line.minimum_price, currency=ctx.currency,
                                reason=approval_reason.strip()))
    # in the user's interface language, the amount formatted for it (services/locale/logged)
    what = logged({DocumentKind.INVOICE: "invoice", DocumentKind.QUOTE: "offer"}[kind],
                  number=document.number, amount=sums.gross, currency=ctx.currency)
    now = datetime.now(UTC)
    s.add(Event(type=EventType.NOTE, subject=logged("draft", what=what) if draft else what,
                content="\n".join(f"{ln.description} × {ln.quantity}" for ln in lines),
                start_at=now, end_at=now, due_at=now, completed_at=now,
                status=EventStatus.DONE, client_id=ctx.client_id, deal_id=deal.id,
                responsible_id=user.id))
    s.flush()
    return CreatedDocument(document.id, document.number, kind, sums.gross, ctx.currency,
                           deal.id)


def quote_line_for(ctx: QuoteContext, item_id: uuid.UUID, code: str, name: str, unit: str,
                   base_price: Decimal, base_minimum: Decimal, vat_rate: Decimal,
                   stock: Decimal, quantity: Decimal = Decimal(1),
                   price: Decimal | None = None) -> QuoteLine:
    """A new line for a catalogue product, priced in the client's currency with the client's
    discount (or at `price`, e.g. a past deal's)."""
    return QuoteLine(item_id, code, name, unit, quantity,
                     price if price is not None else ctx.to_client_currency(base_price),
                     ctx.discount_pct if price is None else Decimal(0), vat_rate,
                     round_money(base_minimum / ctx.rate_to_base, ctx.currency), stock)

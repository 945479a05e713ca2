"""Money received against an invoice: the invoice becomes partially paid or paid."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    DocumentKind,
    DocumentStatus,
    Payment,
    PaymentMethod,
    SalesDocument,
)
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require

INVOICE_GONE = error_code("payments.invoice_gone", "This invoice no longer exists")
NOT_PAYABLE = error_code("payments.not_payable", "Invoice {number} is {status}: nothing to pay")
AMOUNT_NOT_POSITIVE = error_code("payments.amount_not_positive", "The amount must be above zero")
ABOVE_OUTSTANDING = error_code("payments.above_outstanding",
                               "Only {left} {currency} is outstanding on {number}")


PAYABLE = (DocumentStatus.ISSUED, DocumentStatus.SENT, DocumentStatus.PARTIALLY_PAID)


def outstanding(s: Session, invoice_id: uuid.UUID) -> Decimal:
    """What is still to be paid on an invoice."""
    invoice = s.get(SalesDocument, invoice_id)
    if invoice is None:
        raise CrmError(INVOICE_GONE)
    paid = s.scalar(select(func.coalesce(func.sum(Payment.amount), 0)).where(
        Payment.invoice_id == invoice_id, Payment.deleted_at.is_(None)))
    return (invoice.total - Decimal(paid or 0)).quantize(Decimal("0.01"))


def register_payment(s: Session, invoice_id: uuid.UUID, amount: Decimal, paid_on: date,
                     method: PaymentMethod = PaymentMethod.BANK_TRANSFER,
                     reference: str = "") -> Payment:
    """Record a full or partial payment; refuses more than is outstanding."""
    require(s, Permission.SELL)
    invoice = s.get(SalesDocument, invoice_id)
    if invoice is None or invoice.deleted_at is not None or \
            invoice.kind != DocumentKind.INVOICE:
        raise CrmError(INVOICE_GONE)
    if invoice.status not in PAYABLE:
        raise ValidationError(NOT_PAYABLE, number=invoice.number, status=invoice.status)
    if amount <= 0:
        raise ValidationError(AMOUNT_NOT_POSITIVE, field="amount")
    left = outstanding(s, invoice_id)
    if amount > left:
        raise ValidationError(ABOVE_OUTSTANDING, field="amount", left=left,
                              currency=invoice.currency, number=invoice.number)
    payment = Payment(client_id=invoice.client_id, invoice_id=invoice.id, amount=amount,
                      currency=invoice.currency, paid_on=paid_on, method=method,
                      reference=reference.strip() or None)
    s.add(payment)
    invoice.status = DocumentStatus.PAID if amount == left else DocumentStatus.PARTIALLY_PAID
    s.flush()
    return payment

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
from crm_desktop.services.core.errors import CrmError, ValidationError
from crm_desktop.services.core.identity import Permission, require

PAYABLE = (DocumentStatus.ISSUED, DocumentStatus.SENT, DocumentStatus.PARTIALLY_PAID)


def outstanding(s: Session, invoice_id: uuid.UUID) -> Decimal:
    """What is still to be paid on an invoice."""
    invoice = s.get(SalesDocument, invoice_id)
    if invoice is None:
        raise CrmError("This invoice no longer exists")
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
        raise CrmError("This invoice no longer exists")
    if invoice.status not in PAYABLE:
        raise ValidationError(f"Invoice {invoice.number} is {invoice.status.value}: "
                              "nothing to pay")
    if amount <= 0:
        raise ValidationError("The amount must be above zero", field="amount")
    left = outstanding(s, invoice_id)
    if amount > left:
        raise ValidationError(f"Only {left} {invoice.currency} is outstanding on "
                              f"{invoice.number}", field="amount")
    payment = Payment(client_id=invoice.client_id, invoice_id=invoice.id, amount=amount,
                      currency=invoice.currency, paid_on=paid_on, method=method,
                      reference=reference.strip() or None)
    s.add(payment)
    invoice.status = DocumentStatus.PAID if amount == left else DocumentStatus.PARTIALLY_PAID
    s.flush()
    return payment

"""The sales plan: an amount per manager and month, in a currency, set by whoever manages the
other salespeople's deals (the head of sales, the admin). The sales report puts it beside the
paid invoices."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import SalesPlan, User
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import Permission, require

NEGATIVE_PLAN = error_code("reports.negative_plan", "A plan cannot be negative: {amount}")
UNKNOWN_MANAGER = error_code("reports.unknown_manager", "No such person: {manager}")


@dataclass(frozen=True)
class Plan:
    manager_id: uuid.UUID
    month: date  # the month's first day
    amount: Decimal
    currency: str


def set_plan(s: Session, manager_id: uuid.UUID, month: date, amount: Decimal,
             currency: str) -> Plan:
    """Set (or change) a manager's plan for the month of `month`; 0 clears it."""
    require(s, Permission.EDIT_ANY_DEAL)  # whoever steers others' deals sets their plans
    if amount < 0:
        raise CrmError(NEGATIVE_PLAN, amount=amount)
    if s.get(User, manager_id) is None:
        raise CrmError(UNKNOWN_MANAGER, manager=str(manager_id))
    first = month.replace(day=1)
    amount = Decimal(amount).quantize(Decimal("0.01"))
    row = s.scalar(select(SalesPlan).where(SalesPlan.manager_id == manager_id,
                                           SalesPlan.month == first,
                                           SalesPlan.currency == currency))
    if row is None:
        row = SalesPlan(manager_id=manager_id, month=first, amount=amount, currency=currency)
        s.add(row)
    else:
        row.amount, row.deleted_at = amount, None
    s.flush()
    return Plan(manager_id, first, amount, currency)


def plans_for(s: Session, year: int, currency: str | None = None) -> list[Plan]:
    """Every plan of the year (in `currency`, else in any)."""
    where = [SalesPlan.deleted_at.is_(None), SalesPlan.month >= date(year, 1, 1),
             SalesPlan.month <= date(year, 12, 1)]
    if currency:
        where.append(SalesPlan.currency == currency)
    return [Plan(r.manager_id, r.month, r.amount, r.currency)
            for r in s.scalars(select(SalesPlan).where(*where)
                               .order_by(SalesPlan.month, SalesPlan.manager_id))]

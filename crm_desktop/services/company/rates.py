"""The exchange rates quotes and the deal board convert with: the team setting `exchange_rates`,
{code: "470.50"} — one unit of that currency is worth so many of the company's own currency.

The rates are stored as the Decimal's text, so the JSON holds no float and a rate reads back
exactly as it was typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from babel.numbers import list_currencies
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Company
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require
from crm_desktop.services.core.settings import get_setting, set_setting
from crm_desktop.services.sales.pricing import parse_decimal

from .profile import NO_COMPANY

KEY = "exchange_rates"
MAX_PLACES = 6
LIMIT = Decimal(10) ** 9  # a rate is below this (the Numeric columns hold amounts below 10^16)

BAD_CODE = error_code("rates.bad_code",
                      "{code} is not a currency code (three capital letters, such as USD)")
OWN_CURRENCY = error_code("rates.own_currency",
                          "{code} is the company's own currency: it needs no exchange rate")
RANGE = error_code("rates.range", "The rate of {code} must be above 0 and below 1,000,000,000")
PLACES = error_code("rates.places", "The rate of {code} may have at most 6 decimal places")
DUPLICATE = error_code("rates.duplicate", "{code} is listed twice")
NO_RATE = error_code("rates.no_rate", "Enter the rate of {code}")


def exchange_rates(s: Session) -> dict[str, Decimal]:
    """The stored rates by currency code, sorted by code."""
    table = get_setting(s, KEY, {}) or {}
    return {code: Decimal(str(table[code])) for code in sorted(table)}


def rates_from_rows(rows: Iterable[tuple[str, str]]) -> dict[str, Decimal]:
    """Rows of a form (code, rate as typed in any of our locales) as rates; wholly empty rows
    are skipped, a code given twice or without a rate is refused (checked again on save)."""
    found: dict[str, Decimal] = {}
    for raw_code, raw_rate in rows:
        code, text = raw_code.strip().upper(), raw_rate.strip()
        if not code and not text:
            continue
        if code in found:
            raise ValidationError(DUPLICATE, field="code", code=code)
        if not text:
            raise ValidationError(NO_RATE, field="rate", code=code)
        found[code] = parse_decimal(text)
    return found


def save_exchange_rates(s: Session, rates: dict[str, Decimal]) -> None:
    """Replace the whole table of rates (a currency left out is removed), all checked first."""
    require(s, Permission.EDIT_COMPANY)
    base = s.scalar(select(Company.default_currency).where(Company.deleted_at.is_(None))
                    .limit(1))
    if base is None:
        raise CrmError(NO_COMPANY)
    stored: dict[str, str] = {}
    for code in sorted(rates):
        stored[code] = _checked(code, rates[code], base)
    set_setting(s, KEY, stored)


def _checked(code: str, rate: Decimal, base: str) -> str:
    """The rate's text to store, or the reason it cannot be stored."""
    if not re.fullmatch(r"[A-Z]{3}", code) or code not in _known_codes():
        raise ValidationError(BAD_CODE, field="code", code=code)
    if code == base:
        raise ValidationError(OWN_CURRENCY, field="code", code=code)
    if not isinstance(rate, Decimal) or not rate.is_finite() or not 0 < rate < LIMIT:
        raise ValidationError(RANGE, field="rate", code=code)
    exponent = rate.normalize().as_tuple().exponent  # 1.500000000 has one place, not nine
    if isinstance(exponent, int) and -exponent > MAX_PLACES:
        raise ValidationError(PLACES, field="rate", code=code)
    return format(rate.normalize(), "f")  # "470.5", "1000" (never "1E+3")


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    """ISO 4217 codes as CLDR (Babel) knows them."""
    return frozenset(list_currencies())

"""Document arithmetic in Decimal, with one rounding rule.

**The rule:** each line is rounded on its own, half-up, to the currency's minor unit
(two decimals for KZT, AZN, UAH, RUB, MNT; Babel knows the others), and the document's totals
are the sums of its rounded lines, so the lines always add up to the totals printed.

* line amount = round(price × quantity × (100 − discount %) / 100)
* VAT *included* (the company setting): the amount is gross; VAT = round(amount × rate /
  (100 + rate)); net = amount − VAT.
* VAT *added*: the amount is net; VAT = round(net × rate / 100); gross = net + VAT.

Several VAT rates in one document are totalled per rate as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import get_currency_precision

from crm_desktop.services.core.errors import ValidationError, error_code

NOT_A_NUMBER = error_code("numbers.not_a_number", "Not a number: {text}")


HUNDRED = Decimal(100)


def parse_decimal(text: str) -> Decimal:
    """A number as people type it in any of our locales: '1 234,5', '1234.5', '150 000,00'."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValidationError(NOT_A_NUMBER, text=text) from exc
    if not value.is_finite():
        raise ValidationError(NOT_A_NUMBER, text=text)
    return value


def minor_unit(currency: str) -> Decimal:
    """Decimal('0.01') for two-decimal currencies, Decimal('1') for JPY-like ones."""
    return Decimal(1).scaleb(-get_currency_precision(currency))


def round_money(value: Decimal, currency: str) -> Decimal:
    return value.quantize(minor_unit(currency), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LineAmounts:
    net: Decimal
    vat: Decimal
    gross: Decimal


def line_amounts(quantity: Decimal, price: Decimal, discount_pct: Decimal, vat_rate: Decimal,
                 vat_included: bool, currency: str) -> LineAmounts:
    """One line's net, VAT and gross by the module's rounding rule."""
    amount = round_money(price * quantity * (HUNDRED - discount_pct) / HUNDRED, currency)
    if vat_included:
        vat = round_money(amount * vat_rate / (HUNDRED + vat_rate), currency)
        return LineAmounts(amount - vat, vat, amount)
    vat = round_money(amount * vat_rate / HUNDRED, currency)
    return LineAmounts(amount, vat, amount + vat)


@dataclass
class Totals:
    net: Decimal = Decimal(0)
    vat: Decimal = Decimal(0)
    gross: Decimal = Decimal(0)
    vat_by_rate: dict[Decimal, Decimal] = field(default_factory=dict)


def totals(lines: Iterable[tuple[LineAmounts, Decimal]]) -> Totals:
    """Sum (amounts, VAT rate) pairs into document totals, VAT also per rate."""
    result = Totals()
    for amounts, rate in lines:
        result.net += amounts.net
        result.vat += amounts.vat
        result.gross += amounts.gross
        result.vat_by_rate[rate] = result.vat_by_rate.get(rate, Decimal(0)) + amounts.vat
    return result


def convert(amount: Decimal, rate_to_base: Decimal, currency: str) -> Decimal:
    """A base-currency amount in another currency, given how much base one unit is worth."""
    return round_money(amount / rate_to_base, currency)

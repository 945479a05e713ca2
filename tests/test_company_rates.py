"""Exchange rates: the team setting quotes convert with, set in Settings → Company → Exchange
rates. Saved as Decimal text (no float in the JSON), checked before anything is written, only
by whoever may edit the company; a quote for a client paying in that currency uses the rate."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.models import Client
from crm_desktop.services.company.rates import (
    exchange_rates,
    rates_from_rows,
    save_exchange_rates,
)
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError, ValidationError
from crm_desktop.services.core.settings import get_setting, set_setting
from crm_desktop.services.sales import quotes

from .actors import person
from .helpers import raw

ADMIN, SALES = "admin", "a.nurlanova"  # the demo company's currency is KZT


def _stored(path: Path) -> object:
    """The setting as the file holds it (the JSON text), past every layer of the program."""
    rows = raw(path, "SELECT value FROM shared_settings WHERE key = 'exchange_rates'")
    return json.loads(str(rows[0][0]))


def test_rates_are_saved_as_decimal_text_and_read_back_as_decimals(
        demo_db: dbs.Database, demo_path: Path) -> None:
    with demo_db.session(person(demo_db, ADMIN)) as s:
        save_exchange_rates(s, {"USD": Decimal("470.50"), "EUR": Decimal("512.123456"),
                                "AZN": Decimal("1E+3")})
    assert _stored(demo_path) == {"AZN": "1000", "EUR": "512.123456", "USD": "470.5"}
    with demo_db.session() as s:
        rates = exchange_rates(s)
    assert list(rates) == ["AZN", "EUR", "USD"]  # sorted by code
    assert rates == {"AZN": Decimal(1000), "EUR": Decimal("512.123456"),
                     "USD": Decimal("470.5")}
    assert all(isinstance(rate, Decimal) for rate in rates.values())


def test_saving_replaces_the_whole_table(demo_db: dbs.Database) -> None:
    with demo_db.session() as s:  # the demo's rates (stored AZN, UAH, MNT, RUB), by code
        assert list(exchange_rates(s)) == ["AZN", "MNT", "RUB", "UAH"]
    with demo_db.session(person(demo_db, ADMIN)) as s:
        save_exchange_rates(s, {"USD": Decimal("470")})
    with demo_db.session() as s:
        assert exchange_rates(s) == {"USD": Decimal("470")}  # the others are gone


@pytest.mark.parametrize(("rates", "code", "field"), [
    ({"usd": Decimal(470)}, "rates.bad_code", "code"),
    ({"US": Decimal(470)}, "rates.bad_code", "code"),
    ({"ABC": Decimal(470)}, "rates.bad_code", "code"),  # three letters, but no currency
    ({"KZT": Decimal(1)}, "rates.own_currency", "code"),
    ({"USD": Decimal(0)}, "rates.range", "rate"),
    ({"USD": Decimal(-470)}, "rates.range", "rate"),
    ({"USD": Decimal(10) ** 9}, "rates.range", "rate"),
    ({"USD": Decimal("NaN")}, "rates.range", "rate"),
    ({"USD": Decimal("0.0000001")}, "rates.places", "rate"),
])
def test_a_bad_rate_is_refused_and_nothing_is_saved(
        demo_db: dbs.Database, demo_path: Path, rates: dict[str, Decimal], code: str,
        field: str) -> None:
    before = _stored(demo_path)
    with pytest.raises(ValidationError) as refused, \
            demo_db.session(person(demo_db, ADMIN)) as s:
        save_exchange_rates(s, {"EUR": Decimal(510), **rates})  # a good one beside it
    assert (refused.value.code, refused.value.field) == (code, field)
    assert _stored(demo_path) == before


def test_the_largest_and_finest_rates_are_accepted(demo_db: dbs.Database) -> None:
    with demo_db.session(person(demo_db, ADMIN)) as s:
        save_exchange_rates(s, {"USD": Decimal("999999999.999999"),
                                "MNT": Decimal("0.000001"), "EUR": Decimal("1.500000000")})
    with demo_db.session() as s:
        assert exchange_rates(s) == {"EUR": Decimal("1.5"), "MNT": Decimal("0.000001"),
                                     "USD": Decimal("999999999.999999")}


def test_a_salesperson_may_not_set_rates(demo_db: dbs.Database, demo_path: Path) -> None:
    before = _stored(demo_path)
    with pytest.raises(CrmError) as refused, demo_db.session(person(demo_db, SALES)) as s:
        save_exchange_rates(s, {"USD": Decimal("470")})
    assert refused.value.code == "forbidden"
    assert _stored(demo_path) == before


def test_rows_as_typed_become_rates() -> None:
    assert rates_from_rows([(" usd ", "470,50"), ("", ""), ("EUR", "1 512.5")]) == {
        "USD": Decimal("470.50"), "EUR": Decimal("1512.5")}
    for rows, code in ([("USD", "470"), ("usd", "471")], "rates.duplicate"), \
            ([("USD", " ")], "rates.no_rate"), ([("USD", "abc")], "numbers.not_a_number"):
        with pytest.raises(ValidationError) as refused:
            rates_from_rows(rows)
        assert refused.value.code == code


def test_a_quote_converts_with_the_saved_rate(demo_db: dbs.Database) -> None:
    with demo_db.session(person(demo_db, ADMIN)) as s:
        client_id = s.scalar(select(Client.id).where(Client.currency == "AZN",
                                                     Client.deleted_at.is_(None)).limit(1))
        assert client_id is not None
        set_setting(s, "exchange_rates", {})
    with demo_db.session() as s, pytest.raises(CrmError) as missing:
        quotes.quote_context(s, client_id)
    assert missing.value.code == "quotes.no_rate"
    assert "Settings → Company → Exchange rates" in str(missing.value)
    with demo_db.session(person(demo_db, ADMIN)) as s:
        save_exchange_rates(s, {"AZN": Decimal("250.25")})
    with demo_db.session() as s:
        ctx = quotes.quote_context(s, client_id)
        assert get_setting(s, "exchange_rates") == {"AZN": "250.25"}
    assert ctx.rate_to_base == Decimal("250.25")
    assert ctx.to_client_currency(Decimal("50050")) == Decimal("200.00")

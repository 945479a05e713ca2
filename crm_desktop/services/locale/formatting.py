"""Money, numbers, dates and times formatted for the user's locale (Babel)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _format_date
from babel.dates import format_datetime as _format_datetime
from babel.dates import format_time as _format_time
from babel.numbers import format_currency, format_decimal

LANGUAGE_LOCALES = {
    "en": "en_US",
    "ru": "ru_RU",
    "uk": "uk_UA",
    "kk": "kk_KZ",
    "az": "az_Latn_AZ",
    "mn": "mn_MN",
}
_current_locale = "en_US"


def set_locale(name: str) -> str:
    """Use `name` (a language code like 'ru' or a locale like 'ru_RU') for all formatting."""
    global _current_locale
    candidate = LANGUAGE_LOCALES.get(name, name)
    try:
        Locale.parse(candidate)
    except (UnknownLocaleError, ValueError):
        candidate = "en_US"
    _current_locale = candidate
    return candidate



def money(amount: Decimal, currency: str, locale: str | None = None) -> str:
    """'1 234 567,50 ₸' in ru_RU; never through float."""
    return _money(amount, currency, locale or _current_locale)


@lru_cache(maxsize=8192)
def _money(amount: Decimal, currency: str, locale: str) -> str:
    return format_currency(amount, currency, locale=locale)


def number(value: Decimal | int, locale: str | None = None) -> str:
    return format_decimal(value, locale=locale or _current_locale)


def amount(value: Decimal, locale: str | None = None) -> str:
    """A decimal with the places it carries, grouped for the locale: Decimal('55675.00') is
    '55 675,00' in ru_RU (a no-break space between groups), '55,675.00' in en_US."""
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=locale or _current_locale)


def short_date(value: date, locale: str | None = None) -> str:
    return _short_date(value, locale or _current_locale)


@lru_cache(maxsize=8192)
def _short_date(value: date, locale: str) -> str:
    return _format_date(value, format="short", locale=locale)


def medium_date(value: date, locale: str | None = None) -> str:
    return _format_date(value, format="medium", locale=locale or _current_locale)


def short_datetime(value: datetime, locale: str | None = None) -> str:
    """The moment in the machine's local time zone, short form."""
    return _short_datetime(value, locale or _current_locale)


@lru_cache(maxsize=8192)
def _short_datetime(value: datetime, locale: str) -> str:
    local = value.astimezone() if value.tzinfo else value
    return _format_datetime(local, format="short", locale=locale)


def short_time(value: datetime, locale: str | None = None) -> str:
    return _short_time(value, locale or _current_locale)


@lru_cache(maxsize=8192)
def _short_time(value: datetime, locale: str) -> str:
    local = value.astimezone() if value.tzinfo else value
    return _format_time(local, format="short", locale=locale)


def country_name(code: str, locale: str | None = None) -> str:
    """'KZ' -> 'Казахстан' in ru_RU, 'Kazakhstan' in en_US; the code itself if unknown."""
    return str(Locale.parse(locale or _current_locale).territories.get(code.upper(), code))


def country_choices(first: tuple[str, ...] = (), locale: str | None = None) -> list[str]:
    """ISO codes of every country Babel knows: `first` (ours) first, then the rest by their
    name in the interface language."""
    names = {str(code): str(name) for code, name in
             Locale.parse(locale or _current_locale).territories.items()}
    rest = sorted((c for c in names if len(c) == 2 and c.isalpha() and c not in first),
                  key=lambda c: names[c].casefold())
    return [*first, *rest]


def country_currency(code: str) -> str | None:
    """The currency a country uses today ('UZ' -> 'UZS'), from Babel's data."""
    from datetime import date as _date

    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(code.upper(), _date.today())
    return found[0] if found else None

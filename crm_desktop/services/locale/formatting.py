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


def current_locale() -> str:
    """The interface locale ('ru_RU'), as set by `set_locale`."""
    return _current_locale


def current_language() -> str:
    """The interface language ('ru'): the words of what the program logs for its user now."""
    for language, name in LANGUAGE_LOCALES.items():
        if name == _current_locale:
            return language
    return _current_locale.split("_")[0]


def locale_of(language: str | None) -> str:
    """The formatting locale of a document or interface language ('az' -> 'az_Latn_AZ')."""
    return LANGUAGE_LOCALES.get(language or "", _current_locale)


# One currency style everywhere (screen, dialogs, e-mails, logged events): the locale's number
# pattern with the currency's own sign, the same in every language ("1 234,50 ₸" in Russian,
# "₸1,234.50" in English) — Babel's symbols differ per locale ("KZT" in ru_RU but "₸" in kk_KZ,
# "KZT0.00" in en_US). A currency without a sign everybody reads keeps its ISO code, set off
# from the number by a no-break space.
CURRENCY_SIGNS = {
    "KZT": "₸", "RUB": "₽", "UAH": "₴", "AZN": "₼", "MNT": "₮", "USD": "$", "EUR": "€",
    "GBP": "£", "CNY": "¥", "JPY": "¥", "TRY": "₺", "GEL": "₾", "INR": "₹", "KRW": "₩",
}



def money(amount: Decimal, currency: str, locale: str | None = None) -> str:
    """'1 234 567,50 ₸' in ru_RU, '₸1,234,567.50' in en_US; never through float."""
    return _money(amount, currency, locale or _current_locale)


@lru_cache(maxsize=64)
def _currency_pattern(currency: str, locale: str) -> str:
    pattern = Locale.parse(locale).currency_formats["standard"].pattern.split(";")[0]
    sign = CURRENCY_SIGNS.get(currency.upper())
    if sign is None:  # the code, spaced: "KGS 1,234.50", "1 234,50 KGS"
        sign = currency.upper()
        pattern = pattern.replace("\u00a4\u00a0", "\u00a4").replace("\u00a0\u00a4", "\u00a4")
        pattern = (pattern.replace("\u00a4", "\u00a4\u00a0") if pattern.startswith("\u00a4")
                   else pattern.replace("\u00a4", "\u00a0\u00a4"))
    return pattern.replace("\u00a4", "'" + sign + "'")


@lru_cache(maxsize=8192)
def _money(amount: Decimal, currency: str, locale: str) -> str:
    return format_currency(amount, currency, format=_currency_pattern(currency, locale),
                           locale=locale, currency_digits=True)


def number(value: Decimal | int, locale: str | None = None) -> str:
    return format_decimal(value, locale=locale or _current_locale)


def amount(value: Decimal, locale: str | None = None) -> str:
    """A decimal with the places it carries, grouped for the locale: Decimal('55675.00') is
    '55 675,00' in ru_RU (a no-break space between groups), '55,675.00' in en_US."""
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=locale or _current_locale)


def editable_amount(value: Decimal | int | None, locale: str | None = None) -> str:
    """An amount to edit: the locale's decimal sign, no group separators ('842358,50' in ru_RU),
    so that it reads back through `pricing.parse_decimal` as typed ("" for none)."""
    if value is None:
        return ""
    value = value if isinstance(value, Decimal) else Decimal(str(value))
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return format_decimal(value, format="0" + ("." + "0" * places if places else ""),
                          locale=locale or _current_locale, group_separator=False)


def short_date(value: date, locale: str | None = None) -> str:
    return _short_date(value, locale or _current_locale)


@lru_cache(maxsize=8192)
def _short_date(value: date, locale: str) -> str:
    return _format_date(value, format="short", locale=locale)


def month(year: int, month_number: int, locale: str | None = None) -> str:
    """A month as a chart or a report names it: "янв. 2026", "Jan 2026"."""
    return _month(year, month_number, locale or _current_locale)


@lru_cache(maxsize=1024)
def _month(year: int, month_number: int, locale: str) -> str:
    return _format_date(date(year, month_number, 1), "LLL y", locale=locale)


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


# Codes CLDR names that are not countries a client is in: pseudo-locales (XA, XB), "unknown
# region" (ZZ), unions and groupings (EU, EZ, UN, QO) and the exceptionally reserved parts of
# other countries (AC, CP, CQ, DG, EA, IC, TA). Kosovo (XK) is kept: it is used as a country.
NOT_COUNTRIES = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN",
                           "XA", "XB", "ZZ"})


def is_country(code: str) -> bool:
    """A two-letter code of a real country or territory (no pseudo or grouping regions)."""
    return len(code) == 2 and code.isalpha() and code.upper() not in NOT_COUNTRIES


def country_choices(first: tuple[str, ...] = (), locale: str | None = None) -> list[str]:
    """ISO codes of every country Babel knows: `first` (ours) first, then the rest by their
    name in the interface language."""
    names = {str(code): str(name) for code, name in
             Locale.parse(locale or _current_locale).territories.items()}
    rest = sorted((c for c in names if is_country(c) and c not in first),
                  key=lambda c: names[c].casefold())
    return [*first, *rest]


def country_currency(code: str) -> str | None:
    """The currency a country uses today ('UZ' -> 'UZS'), from Babel's data."""
    from datetime import date as _date

    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(code.upper(), _date.today())
    return found[0] if found else None

"""Countries and cities of our users' world: currency, language, time zone and phone plans.

Used for the local-time fallback when a phone does not pin down a zone, for defaults on new
clients (currency, document language) and by the demo generator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    currency: str
    language: str  # document language
    zone: str  # the zone most of the country lives in
    dial: str  # country calling code
    mobile_prefixes: tuple[str, ...]
    mobile_digits: int  # subscriber digits after a mobile prefix


@dataclass(frozen=True)
class City:
    name: str
    country: str
    region: str
    zone: str
    area_code: str
    subscriber_digits: int
    leading_digits: str = "23456789"  # what a local number may start with (numbering plan)


COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in (
        Country("KZ", "Kazakhstan", "KZT", "kk", "Asia/Almaty", "7",
                ("701", "702", "705", "707", "747", "771", "775", "777", "778"), 7),
        Country("AZ", "Azerbaijan", "AZN", "az", "Asia/Baku", "994",
                ("50", "51", "55", "70", "77"), 7),
        Country("UA", "Ukraine", "UAH", "uk", "Europe/Kyiv", "380",
                ("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"), 7),
        Country("MN", "Mongolia", "MNT", "mn", "Asia/Ulaanbaatar", "976",
                ("88", "99", "95", "94", "91", "80", "85"), 6),
        Country("RU", "Russia", "RUB", "ru", "Europe/Moscow", "7",
                ("903", "905", "910", "915", "916", "925", "926", "985"), 7),
    )
}

CITIES: tuple[City, ...] = (
    City("Almaty", "KZ", "Almaty", "Asia/Almaty", "727", 7, "2379"),
    City("Astana", "KZ", "Astana", "Asia/Almaty", "7172", 6),
    City("Shymkent", "KZ", "Shymkent", "Asia/Almaty", "7252", 6),
    City("Karaganda", "KZ", "Karaganda Region", "Asia/Almaty", "7212", 6),
    City("Baku", "AZ", "Baku", "Asia/Baku", "12", 7),
    City("Ganja", "AZ", "Ganja", "Asia/Baku", "22", 7, "3"),
    City("Kyiv", "UA", "Kyiv", "Europe/Kyiv", "44", 7),
    City("Lviv", "UA", "Lviv Oblast", "Europe/Kyiv", "32", 7),
    City("Kharkiv", "UA", "Kharkiv Oblast", "Europe/Kyiv", "57", 7),
    City("Odesa", "UA", "Odesa Oblast", "Europe/Kyiv", "48", 7),
    City("Ulaanbaatar", "MN", "Ulaanbaatar", "Asia/Ulaanbaatar", "11", 6),
    City("Moscow", "RU", "Moscow", "Europe/Moscow", "495", 7),
    City("Saint Petersburg", "RU", "Saint Petersburg", "Europe/Moscow", "812", 7),
    City("Novosibirsk", "RU", "Novosibirsk Oblast", "Asia/Novosibirsk", "383", 7),
    City("Yekaterinburg", "RU", "Sverdlovsk Oblast", "Asia/Yekaterinburg", "343", 7),
    City("Vladivostok", "RU", "Primorsky Krai", "Asia/Vladivostok", "423", 7),
)

# Local names people type, mapped to the English key above.
_ALIASES = {
    "алматы": "almaty", "алма-ата": "almaty", "астана": "astana", "нур-султан": "astana",
    "шымкент": "shymkent", "караганда": "karaganda", "қарағанды": "karaganda",
    "баку": "baku", "bakı": "baku", "гянджа": "ganja", "gəncə": "ganja",
    "киев": "kyiv", "київ": "kyiv", "kiev": "kyiv", "львов": "lviv", "львів": "lviv",
    "харьков": "kharkiv", "харків": "kharkiv", "одесса": "odesa", "одеса": "odesa",
    "улан-батор": "ulaanbaatar", "улаанбаатар": "ulaanbaatar",
    "москва": "moscow", "санкт-петербург": "saint petersburg", "новосибирск": "novosibirsk",
    "екатеринбург": "yekaterinburg", "владивосток": "vladivostok",
    "приморский край": "vladivostok", "primorsky krai": "vladivostok",
}
_BY_NAME = {c.name.lower(): c for c in CITIES} | {c.region.lower(): c for c in CITIES}


def find_city(name: str | None) -> City | None:
    """A known city by its English or local name (or its region's name), else None."""
    if not name:
        return None
    key = name.strip().lower()
    return _BY_NAME.get(_ALIASES.get(key, key))


def zone_for_place(city: str | None, region: str | None, country: str | None) -> str | None:
    """The time zone of a city or region, else of a single-zone country; None if unknown."""
    for place in (city, region):
        found = find_city(place)
        if found:
            return found.zone
    if country and country.upper() in COUNTRIES and country.upper() != "RU":
        return COUNTRIES[country.upper()].zone
    return None


@dataclass(frozen=True)
class LocalTime:
    zone: str
    clock: str  # "14:05"
    offset: str  # "UTC+10", "UTC+5:30", "UTC-3"
    business_hours: bool  # 09:00-19:00 there


BUSINESS_START, BUSINESS_END = 9, 19


def local_time_info(zone: str | None, now: datetime) -> LocalTime | None:
    """The time in `zone` at the moment `now` (aware), or None for an unknown zone."""
    if not zone:
        return None
    try:
        local = now.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return None
    delta = local.utcoffset() or timedelta(0)
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    offset = f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
    return LocalTime(zone, local.strftime("%H:%M"), offset,
                     BUSINESS_START <= local.hour < BUSINESS_END)

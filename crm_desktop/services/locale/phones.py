"""Phone numbers: parsing as typed, E.164 storage, display and the owner's time zone."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat
from phonenumbers import timezone as pn_timezone

from crm_desktop.services.core.errors import ValidationError, error_code

EMPTY = error_code("phones.empty", "The phone number is empty")
NOT_A_PHONE = error_code("phones.not_a_phone", "Not a phone number: {raw}")
INVALID = error_code("phones.invalid", "Not a valid phone number: {raw}")


UNKNOWN_ZONE = "Etc/Unknown"


@dataclass(frozen=True)
class ParsedPhone:
    raw: str
    e164: str


def parse_phone(raw: str, default_region: str | None = None) -> ParsedPhone:
    """Parse a phone as typed (with the client's country as default region); raise if invalid."""
    text = raw.strip()
    if not text:
        raise ValidationError(EMPTY, field="phone")
    try:
        number = phonenumbers.parse(text, (default_region or "").upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(NOT_A_PHONE, field="phone", raw=raw) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(INVALID, field="phone", raw=raw)
    return ParsedPhone(raw=text, e164=phonenumbers.format_number(number, PhoneNumberFormat.E164))


def parse_possible_phone(raw: str, default_region: str | None = None) -> ParsedPhone | None:
    """A number that has a possible length for its country but is not valid by the metadata
    (a range opened after the metadata was made, a fictional 555 number): its E.164 as typed,
    for an import that keeps it with a warning. None when it is not even possible."""
    try:
        number = phonenumbers.parse(raw.strip(), (default_region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return ParsedPhone(raw=raw.strip(),
                       e164=phonenumbers.format_number(number, PhoneNumberFormat.E164))


def phone_country(raw: str, default_region: str | None = None) -> str | None:
    """The country (ISO code) a number belongs to, by its country code and, where one code is
    shared (+7: Russia and Kazakhstan, +1: North America), by its area: +7 495 is Russia,
    +7 7xx Kazakhstan. A number typed without a country code is read in `default_region`.
    None when the text is not a phone number."""
    try:
        number = phonenumbers.parse(raw.strip(), (default_region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    found = phonenumbers.region_code_for_number(number)
    if found and found != "001":
        return str(found)
    if not phonenumbers.is_possible_number(number):
        return None
    national = str(number.national_number)
    if number.country_code == 7:  # not valid by the metadata: Kazakhstan's plan is 6xx/7xx
        return "KZ" if national[:1] in ("6", "7") else "RU"
    main = phonenumbers.region_code_for_country_code(number.country_code or 0)
    return str(main) if main and main != "ZZ" and main != "001" else None


def format_international(e164: str) -> str:
    """+77272501234 -> '+7 727 250 1234'; returns the input unchanged if it does not parse."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def time_zone_for_phone(e164: str) -> str | None:
    """The IANA zone of a phone number when the number pins down exactly one zone."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    zones = [z for z in pn_timezone.time_zones_for_number(number) if z != UNKNOWN_ZONE]
    return zones[0] if len(zones) == 1 else None

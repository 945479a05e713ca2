"""Phone numbers: parsing as typed, E.164 storage, display and the owner's time zone."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat
from phonenumbers import timezone as pn_timezone

from crm_desktop.services.core.errors import ValidationError

UNKNOWN_ZONE = "Etc/Unknown"


@dataclass(frozen=True)
class ParsedPhone:
    raw: str
    e164: str


def parse_phone(raw: str, default_region: str | None = None) -> ParsedPhone:
    """Parse a phone as typed (with the client's country as default region); raise if invalid."""
    text = raw.strip()
    if not text:
        raise ValidationError("The phone number is empty", field="phone")
    try:
        number = phonenumbers.parse(text, (default_region or "").upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(f"Not a phone number: {raw}", field="phone") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(f"Not a valid phone number: {raw}", field="phone")
    return ParsedPhone(raw=text, e164=phonenumbers.format_number(number, PhoneNumberFormat.E164))



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

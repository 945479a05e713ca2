"""Rows to client records, and the check of every record before anything is written.

Rows of one company (by its name key), or with the same Client ID, make one record: one client
with several contact persons. Each record is then validated exactly like the card
(`card.validate`), so an import refuses what the card would refuse.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from babel import Locale
from sqlalchemy.orm import Session

from crm_desktop.models import ClientKind, ClientStatus, PhoneKind
from crm_desktop.services.clients.card import custom_fields, validate
from crm_desktop.services.clients.duplicates import Probe, name_key
from crm_desktop.services.clients.forms import ClientForm, ContactForm, EmailForm, PhoneForm
from crm_desktop.services.core.errors import Message, error_code
from crm_desktop.services.core.table_files import Table
from crm_desktop.services.core.text import clean_fields, clean_text, shown
from crm_desktop.services.locale.regions import COUNTRIES

from .mapping import (
    ADDRESS,
    BIRTHDAY,
    CITY,
    CLIENT_ID,
    CONTACT,
    CONTACT_EMAILS,
    CONTACT_PHONES,
    COUNTRY,
    CURRENCY,
    EMAILS,
    FIRST,
    FULL_NAME,
    KIND,
    LAST,
    LEGAL_ADDRESS,
    MIDDLE,
    NAME,
    NOTES,
    PHONE_KIND_WORDS,
    PHONES,
    POSITION,
    PRIMARY,
    REGION,
    SOURCE,
    STATUS,
    TAGS,
    TAX_ID,
    TAX_ID_2,
    WEBSITE,
)
from .report import ImportReport

NO_NAME = error_code("import.no_name", "no name")
BAD_BIRTHDAY = error_code("import.bad_birthday", "birthday not a date: {value!r}")
CARD_PROBLEMS = error_code("import.card_problems", "{problems}")


_SPLIT = re.compile(r"\s*(?::::|;|\n)\s*")


def _split(value: str) -> list[str]:
    return [v for v in _SPLIT.split(value) if v.strip()]


def _phone(text: str) -> PhoneForm:
    kind = PhoneKind.WORK
    match = re.match(r"^\s*([A-Za-zА-Яа-я]+)\s*:\s*(.+)$", text)
    if match:
        word = match.group(1).lower()
        for prefix, value in PHONE_KIND_WORDS.items():
            if word.startswith(prefix):
                kind = value
        text = match.group(2)
    return PhoneForm(text.strip(), kind)


_COUNTRY_NAMES: dict[str, str] = {}


def country_code(text: str, default: str) -> str:
    """ISO code from "KZ", "Kazakhstan", "Казахстан", "Қазақстан", "Україна"…"""
    value = text.strip()
    if not value:
        return default
    if re.fullmatch(r"[A-Za-z]{2}", value):
        return value.upper()
    if not _COUNTRY_NAMES:
        for language in ("en", "ru", "kk", "uk", "az", "mn"):
            for code, name in Locale.parse(language).territories.items():
                if re.fullmatch(r"[A-Z]{2}", code):
                    _COUNTRY_NAMES.setdefault(name.casefold(), code)
    return _COUNTRY_NAMES.get(value.casefold(), value)


def _birthday(text: str) -> date | None:
    value = text.strip()
    if not value or value.startswith("--"):  # Google's "--05-01": no year, not kept
        return None
    for pattern in ("%Y-%m-%d", "%Y%m%d", "%d.%m.%Y", "%m/%d/%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value[:10], pattern).date()
        except ValueError:
            continue
    raise ValueError(value)


def _enum(kind: type[Any], text: str, default: Any) -> Any:
    value = text.strip().lower()
    if not value:
        return default
    try:
        return kind(value)
    except ValueError:
        return default


@dataclass(slots=True)
class Record:
    rows: list[int]
    form: ClientForm
    e164: dict[tuple[str, int, int], str] = field(default_factory=dict)


def group_rows(table: Table, mapping: dict[int, str], country: str,
             currency: str) -> tuple[list[Record], list[tuple[int, str]]]:
    """Rows grouped into client records (by Client ID, else by the organization's name)."""
    records: dict[str, Record] = {}
    problems: list[tuple[int, str]] = []
    for number, row in enumerate(table.rows, start=2):
        values: dict[str, list[str]] = {}
        for column, name in mapping.items():
            cell = clean_text(row[column], multiline=True).strip() if column < len(row) else ""
            if cell:
                values.setdefault(name, []).append(cell)

        def one(name: str, values: dict[str, list[str]] = values) -> str:
            return " ".join(values.get(name, []))

        def many(name: str, values: dict[str, list[str]] = values) -> list[str]:
            return [part for value in values.get(name, []) for part in _split(value)]

        person = one(CONTACT) or " ".join(p for p in (one(LAST), one(FIRST), one(MIDDLE)) if p)
        if not person and (one(FIRST) or one(LAST)):
            person = " ".join(p for p in (one(FIRST), one(LAST)) if p)
        company = one(NAME)
        if not company and not person:
            problems.append((number, Message(NO_NAME)))
            continue
        try:
            birthday = _birthday(one(BIRTHDAY))
        except ValueError:
            problems.append((number, Message(BAD_BIRTHDAY, value=shown(one(BIRTHDAY)))))
            continue
        kind = _enum(ClientKind, one(KIND), ClientKind.ORGANIZATION if company
                     else ClientKind.PERSON)
        phones = [_phone(p) for p in many(PHONES)]
        emails = [EmailForm(e) for e in many(EMAILS)]
        contact_phones = [_phone(p) for p in many(CONTACT_PHONES)]
        contact_emails = [EmailForm(e) for e in many(CONTACT_EMAILS)]
        contact = None
        if company and person:
            contact = ContactForm(person, position=one(POSITION), birthday=birthday,
                                  is_primary=one(PRIMARY).lower() in ("1", "yes", "true", "да"),
                                  phones=contact_phones, emails=contact_emails)
        else:  # a person as a client, or a company without a named contact
            phones += contact_phones
            emails += contact_emails
        group = one(CLIENT_ID) or (f"org:{name_key(company)}" if company else f"row:{number}")
        record = records.get(group)
        if record is None:
            code = country_code(one(COUNTRY), country)
            form = ClientForm(
                short_name=company or person, kind=kind, full_name=one(FULL_NAME),
                status=_enum(ClientStatus, one(STATUS), ClientStatus.LEAD),
                source=one(SOURCE), tags=[t.lstrip("* ") for t in many(TAGS)
                                          if t.strip("* ").lower() != "mycontacts"],
                country=code, region=one(REGION), city=one(CITY), address=one(ADDRESS),
                currency=(one(CURRENCY) or (COUNTRIES[code].currency if code in COUNTRIES
                                            else currency)).upper(),
                tax_id=one(TAX_ID), tax_id_2=one(TAX_ID_2), legal_address=one(LEGAL_ADDRESS),
                website=one(WEBSITE), notes=one(NOTES))
            record = records[group] = Record([], form)
        record.rows.append(number)
        record.form.phones += [p for p in phones if p.raw not in
                               {x.raw for x in record.form.phones}]
        record.form.emails += [e for e in emails if e.address.lower() not in
                               {x.address.lower() for x in record.form.emails}]
        if contact is not None:
            record.form.contacts.append(contact)
    return list(records.values()), problems


def probe_of(record: Record) -> Probe:
    """What duplicate control compares for a validated record."""
    return record.form.probe(record.e164)


def validate_records(s: Session, records: list[Record], report: ImportReport,
                     tick: Callable[[int], None]) -> list[Record]:
    """The records that pass the card's checks (their phones parsed into `e164`); the others'
    rows go into `report.problems`."""
    definitions = custom_fields(s)
    valid: list[Record] = []
    for done, record in enumerate(records, start=1):
        tick(done)
        clean_fields(record.form)  # single-line fields lose their tabs and newlines
        found, record.e164 = validate(s, record.form, definitions)
        if found:
            why = Message(CARD_PROBLEMS, problems=[p.message for p in found])
            report.problems += [(row, why) for row in record.rows]
        else:
            valid.append(record)
    return valid

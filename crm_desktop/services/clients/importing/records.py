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
from crm_desktop.services.clients.card import PROBLEM_CODES, Problem, custom_fields, validate
from crm_desktop.services.clients.duplicates import Probe, name_key
from crm_desktop.services.clients.forms import ClientForm, ContactForm, EmailForm, PhoneForm
from crm_desktop.services.core.errors import Message, error_code
from crm_desktop.services.core.table_files import Table
from crm_desktop.services.core.text import clean_fields, clean_text, shown
from crm_desktop.services.locale.phones import parse_possible_phone, phone_country
from crm_desktop.services.locale.regions import COUNTRIES, find_city
from crm_desktop.services.locale.taxids import tax_id_countries

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
    YES_WORDS,
    value_word,
)
from .report import ImportReport

NO_NAME = error_code("import.no_name", "no name")
BAD_BIRTHDAY = error_code("import.bad_birthday", "birthday not a date: {value!r}")
CARD_PROBLEMS = error_code("import.card_problems", "{problems}")
# A card problem as an import report says it: the field in words, what is wrong, the value.
FIELD_PROBLEM = error_code("import.field_problem", "{field}: {problem}")
FIELD_PROBLEM_VALUE = error_code("import.field_problem_value", "{field}: {problem} ({value})")
_FIELD_WORDS = {
    "short_name": "name", "full_name": "full name", "source": "source", "region": "region",
    "city": "city", "address": "address", "legal_address": "legal address",
    "website": "website", "language": "language", "tax_id": "tax ID", "tax_id_2": "KPP",
    "country": "country", "currency": "currency", "tags": "tag", "phones": "phone",
    "emails": "e-mail", "contact": "contact person", "contacts.full_name": "contact's name",
    "contacts.position": "contact's position", "contacts.birthday": "contact's birthday",
    "contacts.phones": "contact's phone", "contacts.emails": "contact's e-mail",
    "custom": "custom field", "field": "field",
}
FIELD_WORDS = {key: error_code(f"import.field_word.{key}", text)
               for key, text in _FIELD_WORDS.items()}
PHONE_KEPT = error_code(
    "import.phone_kept",
    "phone {phone} kept as typed: its number is possible but not known to be in use")


_SPLIT = re.compile(r"\s*(?::::|;|\n)\s*")


def _split(value: str) -> list[str]:
    return [v for v in _SPLIT.split(value) if v.strip()]


def _phone(text: str) -> PhoneForm:
    kind = PhoneKind.WORK
    match = re.match(r"^\s*([^\W\d_]+(?: [^\W\d_]+)?)\s*:\s*(.+)$", text)
    if match:
        word = value_word(match.group(1))
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
    value = value_word(text)
    if not value:
        return default
    try:
        return kind(value)
    except ValueError:
        return default


def infer_country(phones: list[str], city: str, region: str, tax_id: str, default: str) -> str:
    """The country of a row that names none, from what its values say: each phone's country
    code and area (+7 495 Russia, +7 7xx Kazakhstan; a number without a code read in
    `default`), the city or region, and the countries whose tax ID rules accept its tax ID.
    The country every kind of evidence agrees on wins (the default first when it is one of
    them); when they disagree, a tax ID valid for one country only, then the phones, then the
    place; with no evidence, `default`."""
    votes = [found for raw in phones if (found := phone_country(raw, default))]
    place = find_city(city) or find_city(region)
    by_tax = tax_id_countries(tax_id) if tax_id.strip() else []
    kinds = [set(x) for x in (by_tax, votes, [place.country] if place else []) if x]
    if not kinds:
        return default
    common = set.intersection(*kinds)
    if not common:
        common = set(by_tax) if len(by_tax) == 1 else (set(votes) or kinds[0])
    if default in common:
        return default
    for found in votes + by_tax + ([place.country] if place else []):
        if found in common:
            return found
    return sorted(common)[0]


@dataclass(slots=True)
class Record:
    rows: list[int]
    form: ClientForm
    e164: dict[tuple[str, int, int], str] = field(default_factory=dict)
    country_given: bool = True  # False: the file named no country; inferred from the values
    currency_given: bool = True


def group_rows(table: Table, mapping: dict[int, str], country: str,
             currency: str) -> tuple[list[Record], list[tuple[int, str]]]:
    """Rows grouped into client records (by Client ID, else by the organization's name)."""
    records: dict[str, Record] = {}
    problems: list[tuple[int, str]] = []
    for index, row in enumerate(table.rows):
        number = table.number(index)  # the file's row, blank rows counted
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
                                  is_primary=one(PRIMARY).casefold() in YES_WORDS,
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
            record = records[group] = Record([], form, country_given=bool(one(COUNTRY)),
                                             currency_given=bool(one(CURRENCY)))
        record.rows.append(number)
        record.form.phones += [p for p in phones if p.raw not in
                               {x.raw for x in record.form.phones}]
        record.form.emails += [e for e in emails if e.address.lower() not in
                               {x.address.lower() for x in record.form.emails}]
        if contact is not None:
            record.form.contacts.append(contact)
    for record in records.values():
        if not record.country_given:
            _infer(record, country, currency)
    return list(records.values()), problems


def _infer(record: Record, default: str, currency: str) -> None:
    form = record.form
    phones = [p.raw for p in form.phones] + [p.raw for c in form.contacts for p in c.phones]
    form.country = infer_country(phones, form.city, form.region, form.tax_id, default)
    if not record.currency_given:
        known = COUNTRIES.get(form.country)
        form.currency = known.currency if known is not None else currency


def _phone_at(form: ClientForm, where: str) -> tuple[tuple[str, int, int], str] | None:
    """The `validate` key and the text of the phone a problem's `where` names."""
    parts = where.split(".")
    if len(parts) == 2 and parts[0] == "phones" and parts[1].isdigit():
        index = int(parts[1])
        if index < len(form.phones):
            return ("", 0, index), form.phones[index].raw
    if (len(parts) == 4 and parts[0] == "contacts" and parts[2] == "phones"
            and parts[1].isdigit() and parts[3].isdigit()):
        number, index = int(parts[1]), int(parts[3])
        if number < len(form.contacts) and index < len(form.contacts[number].phones):
            return ("c", number, index), form.contacts[number].phones[index].raw
    return None


def keep_possible_phones(form: ClientForm, found: list[Problem],
                         e164: dict[tuple[str, int, int], str], rows: list[int],
                         warnings: list[tuple[int, str]]) -> list[Problem]:
    """The card refuses a number the phone metadata does not know; an import keeps one that is
    at least possible (a new range, a fictional 555 number) as typed, with a warning: its E.164
    goes into `e164`, a warning per row into `warnings`; the other problems are returned."""
    left = []
    for problem in found:
        at = _phone_at(form, problem.where) if problem.code == "phone" else None
        kept = parse_possible_phone(at[1], form.country) if at is not None else None
        if at is None or kept is None:
            left.append(problem)
            continue
        e164[at[0]] = kept.e164
        warnings += [(row, Message(PHONE_KEPT, phone=kept.raw)) for row in rows]
    return left


def probe_of(record: Record) -> Probe:
    """What duplicate control compares for a validated record."""
    return record.form.probe(record.e164)


def field_word(where: str) -> Message:
    """A card problem's `where` ("contacts.0.phones.1", "tax_id", "custom.size") in words."""
    parts = [p for p in where.split(".") if not p.isdigit()]
    if parts and parts[0] == "contacts":
        key = ".".join(parts[:2]) if len(parts) > 1 else "contact"
    else:
        key = parts[0] if parts else "field"
    return Message(FIELD_WORDS.get(key, FIELD_WORDS["field"]))


def problem_reason(problem: Problem) -> Message:
    """A card problem as the import report words it (translated by the UI)."""
    known = PROBLEM_CODES.get(problem.code)
    what: str = Message(known) if known is not None else problem.code
    if problem.value:
        return Message(FIELD_PROBLEM_VALUE, field=field_word(problem.where), problem=what,
                       value=shown(problem.value))
    return Message(FIELD_PROBLEM, field=field_word(problem.where), problem=what)


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
        found = keep_possible_phones(record.form, found, record.e164, record.rows,
                                     report.warnings)
        if found:
            why = Message(CARD_PROBLEMS, problems=[problem_reason(p) for p in found])
            report.problems += [(row, why) for row in record.rows]
        else:
            valid.append(record)
    return valid

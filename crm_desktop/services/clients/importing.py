"""Import of clients and contacts from CSV, XLSX and vCard.

Steps:
1. `read_source(path)`: a CSV/XLSX table (services/table_files.py) or vCards turned into a
   table with our own export's headers, so every source goes through one mapping.
2. `guess_mapping(s, headers)`: the mapping remembered for the same headers, else one recognised
   from common exports (ours, Google Contacts, Outlook) and Russian/Kazakh/Ukrainian headers.
3. `import_clients(s, table, mapping, policy, ...)`: rows become client records (rows of one
   company, or with the same Client ID, make one client with several contact persons), every
   record is validated like the card, duplicates are looked for (tax ID, phone, e-mail, the
   organization's name key or a close fuzzy match) and the policy applied: skip, update the
   existing client, or create anyway (recorded). All or nothing unless a partial import is
   accepted; a report lists every row not imported and why. Runs in the caller's transaction,
   so a cancel (the progress callback returns False) or any failure leaves nothing behind.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import vobject
from babel import Locale
from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Client,
    ClientKind,
    ClientStatus,
    Contact,
    DuplicateDecision,
    Email,
    Phone,
    PhoneKind,
    client_tags,
    utcnow,
)
from crm_desktop.services.clients.card import (
    ClientForm,
    ContactForm,
    EmailForm,
    PhoneForm,
    custom_fields,
    load_form,
    save_client,
    tags_named,
    validate,
)
from crm_desktop.services.clients.duplicates import IMPORT_THRESHOLD, name_key, same_numbers
from crm_desktop.services.clients.search import client_terms
from crm_desktop.services.core.bulk import defaults_of, insert_rows
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.settings import get_setting, set_setting
from crm_desktop.services.core.table_files import (
    ImportRefused,
    Table,
    mapping_key,
    norm_header,
    read_table,
)
from crm_desktop.services.core.table_files import ImportReport as BaseReport
from crm_desktop.services.locale.regions import COUNTRIES
from crm_desktop.services.locale.taxids import normalize_tax_id


class Policy(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


# Fields a column can feed. Several columns may feed the list fields (phones, e-mails, tags).
CLIENT_ID, KIND, NAME, FULL_NAME = "client_id", "kind", "short_name", "full_name"
TAX_ID, TAX_ID_2, COUNTRY, REGION, CITY = "tax_id", "tax_id_2", "country", "region", "city"
ADDRESS, LEGAL_ADDRESS, STATUS, SOURCE = "address", "legal_address", "status", "source"
TAGS, CURRENCY, WEBSITE, NOTES = "tags", "currency", "website", "notes"
PHONES, EMAILS = "phones", "emails"
CONTACT, FIRST, MIDDLE, LAST = "contact", "first_name", "middle_name", "last_name"
POSITION, CONTACT_PHONES, CONTACT_EMAILS = "position", "contact_phones", "contact_emails"
BIRTHDAY, PRIMARY = "birthday", "primary"
FIELDS = (NAME, KIND, FULL_NAME, TAX_ID, TAX_ID_2, COUNTRY, REGION, CITY, ADDRESS,
          LEGAL_ADDRESS, STATUS, SOURCE, TAGS, CURRENCY, WEBSITE, NOTES, PHONES, EMAILS,
          CONTACT, FIRST, MIDDLE, LAST, POSITION, CONTACT_PHONES, CONTACT_EMAILS, BIRTHDAY,
          PRIMARY, CLIENT_ID)
LIST_FIELDS = {PHONES, EMAILS, CONTACT_PHONES, CONTACT_EMAILS, TAGS}

# Our own export's headers (also what vCards are turned into).
OWN_HEADERS = {
    CLIENT_ID: "Client ID", KIND: "Kind", NAME: "Name", FULL_NAME: "Full name",
    TAX_ID: "Tax ID", TAX_ID_2: "Tax ID 2", COUNTRY: "Country", REGION: "Region",
    CITY: "City", ADDRESS: "Address", LEGAL_ADDRESS: "Legal address", STATUS: "Status",
    SOURCE: "Source", TAGS: "Tags", CURRENCY: "Currency", WEBSITE: "Website",
    NOTES: "Notes", PHONES: "Phones", EMAILS: "E-mails", CONTACT: "Contact",
    POSITION: "Position", CONTACT_PHONES: "Contact phones",
    CONTACT_EMAILS: "Contact e-mails", BIRTHDAY: "Birthday", PRIMARY: "Primary contact",
}
_ALIASES: dict[str, tuple[str, ...]] = {
    NAME: ("name", "company", "organization name", "organization 1 - name", "client",
           "наименование", "название", "организация", "компания", "контрагент", "клиент",
           "атауы", "найменування", "компанія", "şirkət", "байгууллага"),
    KIND: ("kind", "type", "тип", "вид"),
    FULL_NAME: ("full name", "полное наименование", "толық атауы", "повне найменування"),
    TAX_ID: ("tax id", "inn", "bin", "iin", "voen", "edrpou", "инн", "бин", "иин", "бин/иин",
             "єдрпоу", "едрпоу", "рнокпп", "vöen", "регистр", "регистрийн дугаар"),
    TAX_ID_2: ("kpp", "кпп", "tax id 2"),
    COUNTRY: ("country", "страна", "ел", "країна", "ölkə", "business country/region",
              "address 1 - country"),
    REGION: ("region", "регион", "область", "облыс", "business state", "address 1 - region"),
    CITY: ("city", "город", "қала", "місто", "şəhər", "business city", "address 1 - city"),
    ADDRESS: ("address", "адрес", "мекенжай", "адреса", "ünvan", "business street",
              "address 1 - formatted", "address 1 - street"),
    LEGAL_ADDRESS: ("legal address", "юридический адрес", "заңды мекенжай",
                    "юридична адреса"),
    STATUS: ("status", "статус"),
    SOURCE: ("source", "источник", "джерело"),
    TAGS: ("tags", "labels", "group membership", "categories", "теги", "метки", "группа"),
    CURRENCY: ("currency", "валюта"),
    WEBSITE: ("website", "web page", "website 1 - value", "сайт"),
    NOTES: ("notes", "note", "примечание", "комментарий", "заметки", "ескерту", "примітка"),
    PHONES: ("phone", "phones", "телефон", "телефоны", "company main telephone",
             "business phone", "business phone 2", "тел.", "тел"),
    EMAILS: ("e-mail", "email", "e-mails", "почта", "электронная почта", "эл. почта"),
    CONTACT: ("contact", "contact person", "контактное лицо", "контакт", "фио",
              "байланыс тұлғасы", "контактна особа"),
    FIRST: ("first name", "given name", "имя", "аты", "ім'я"),
    MIDDLE: ("middle name", "additional name", "отчество", "по батькові"),
    LAST: ("last name", "family name", "surname", "фамилия", "тегі", "прізвище"),
    POSITION: ("position", "job title", "organization title",
               "organization 1 - title", "должность", "лауазымы", "посада"),
    CONTACT_PHONES: ("contact phones", "mobile phone", "home phone", "other phone",
                     "primary phone", "мобильный", "мобильный телефон"),
    CONTACT_EMAILS: ("contact e-mails", "e-mail address", "e-mail 2 address",
                     "e-mail 3 address"),
    BIRTHDAY: ("birthday", "день рождения", "дата рождения", "туған күні"),
    PRIMARY: ("primary contact",),
    CLIENT_ID: ("client id",),
}
_PATTERNS = (  # numbered columns of Google Contacts and Outlook
    (re.compile(r"^phone \d+ - value$"), CONTACT_PHONES),
    (re.compile(r"^e-mail \d+ - value$"), CONTACT_EMAILS),
    (re.compile(r"^(business|home|mobile|car|other) (phone|fax)( \d)?$"), CONTACT_PHONES),
)
_PHONE_KIND_WORDS = {"mobile": PhoneKind.MOBILE, "cell": PhoneKind.MOBILE,
                     "моб": PhoneKind.MOBILE, "home": PhoneKind.HOME, "fax": PhoneKind.FAX,
                     "work": PhoneKind.WORK, "business": PhoneKind.WORK,
                     "other": PhoneKind.OTHER}


# -- reading ---------------------------------------------------------------------------------
def read_source(path: Path, fmt: str | None = None) -> Table:
    """The file as a table: CSV/XLSX as they are, vCards as rows with our own headers."""
    kind = (fmt or path.suffix.lstrip(".")).lower()
    if kind in ("vcf", "vcard"):
        return read_vcards(path)
    if kind not in ("csv", "xlsx", "txt"):
        raise CrmError(f"Choose a .csv, .xlsx or .vcf file, not {path.name}")
    return read_table(path, "xlsx" if kind == "xlsx" else "csv")


def _vcard_values(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name, []))


def _vcard_first(card: Any, name: str) -> str:
    """The first value of a property as text, "" when the card has none."""
    values = _vcard_values(card, name)
    return str(values[0].value).strip() if values else ""


def _vcard_kind(item: Any) -> PhoneKind:
    types = " ".join(str(t) for t in item.params.get("TYPE", [])).lower()
    for word, kind in _PHONE_KIND_WORDS.items():
        if word in types:
            return kind
    return PhoneKind.WORK


def read_vcards(path: Path) -> Table:
    """vCard 3.0 or 4.0 (several TEL and EMAIL each) as a table with our own headers."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CrmError(f"{path.name} cannot be read as UTF-8 vCard: {exc}") from exc
    headers = [OWN_HEADERS[f] for f in (CLIENT_ID, KIND, NAME, CONTACT, POSITION,
                                        CONTACT_PHONES, CONTACT_EMAILS, BIRTHDAY, ADDRESS,
                                        NOTES, TAGS, WEBSITE)]
    rows: list[list[str]] = []
    try:
        for card in vobject.readComponents(text, ignoreUnreadable=True):
            fn = _vcard_first(card, "fn")
            org_items = _vcard_values(card, "org")
            org = ""
            if org_items:
                value = org_items[0].value
                org = (value[0] if isinstance(value, list) and value else str(value)).strip()
            card_kind = _vcard_first(card, "kind").lower()
            is_org = card_kind == "org"
            phones = [f"{_vcard_kind(t).value}: {str(t.value).strip()}"
                      for t in _vcard_values(card, "tel") if str(t.value).strip()]
            emails = [str(e.value).strip() for e in _vcard_values(card, "email")
                      if str(e.value).strip()]
            address = ""
            if adrs := _vcard_values(card, "adr"):
                a = adrs[0].value
                address = ", ".join(str(x) for x in (a.street, a.city, a.region, a.code,
                                                     a.country) if x)
            tags: list[str] = []
            for cat in _vcard_values(card, "categories"):
                value = cat.value
                tags.extend(value if isinstance(value, list) else str(value).split(","))
            # Without KIND, a card whose name is its ORG is the organization's own card.
            person_name = "" if is_org or (fn == org and not card_kind) else fn
            rows.append([
                _vcard_first(card, "x-crm-client-id"),
                _vcard_first(card, "x-crm-client-kind") or (
                    "organization" if (org or is_org) else "person"),
                org or fn, person_name if org else "", _vcard_first(card, "title"),
                "; ".join(phones), "; ".join(emails), _vcard_first(card, "bday"), address,
                _vcard_first(card, "note"), "; ".join(t.strip() for t in tags),
                _vcard_first(card, "url")])
    except Exception as exc:  # vobject raises its own ParseError and plain ValueErrors
        raise CrmError(f"{path.name} is not a readable vCard file: {exc}") from exc
    if not rows:
        raise CrmError(f"{path.name} has no vCards")
    return Table(headers, rows)


# -- mapping ---------------------------------------------------------------------------------
def recognise(headers: list[str]) -> dict[int, str]:
    """column -> field from the headers' names alone."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    normalized = [norm_header(h) for h in headers]
    google_or_outlook = any(h in ("given name", "first name") for h in normalized)
    for index, header in enumerate(normalized):
        found = None
        for pattern, name in _PATTERNS:
            if pattern.match(header):
                found = name
        if found is None:
            for name, aliases in _ALIASES.items():
                if header in aliases and (name in LIST_FIELDS or name not in taken):
                    found = name
                    break
        if found == NAME and google_or_outlook and header == "name":
            found = CONTACT  # Google's "Name" is the person's; the company is elsewhere
        if found == PHONES and google_or_outlook and header != "company main telephone":
            found = CONTACT_PHONES
        if found == EMAILS and google_or_outlook:
            found = CONTACT_EMAILS
        if found:
            mapping[index] = found
            taken.add(found)
    return mapping


def guess_mapping(s: Session, headers: list[str]) -> dict[int, str]:
    remembered = get_setting(s, mapping_key("clients", headers))
    if isinstance(remembered, dict):
        return {int(k): v for k, v in remembered.items()
                if 0 <= int(k) < len(headers) and v in FIELDS}
    return recognise(headers)


def remember_mapping(s: Session, headers: list[str], mapping: dict[int, str]) -> None:
    set_setting(s, mapping_key("clients", headers), {str(k): v for k, v in mapping.items()})


# -- the report ------------------------------------------------------------------------------
@dataclass
class ImportReport(BaseReport):
    created: int = 0
    updated: int = 0
    skipped: int = 0
    contacts: int = 0
    notes: list[tuple[int, str]] = field(default_factory=list)  # duplicates kept or skipped

    @property
    def not_imported(self) -> list[tuple[int, str]]:
        return sorted(self.problems + [n for n in self.notes if n[1].startswith("skipped")])

    def lines(self) -> list[tuple[int, str]]:
        return sorted(self.problems + self.notes)


class ImportCancelled(CrmError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported")


# -- rows to records -------------------------------------------------------------------------
_SPLIT = re.compile(r"\s*(?::::|;|\n)\s*")


def _split(value: str) -> list[str]:
    return [v for v in _SPLIT.split(value) if v.strip()]


def _phone(text: str) -> PhoneForm:
    kind = PhoneKind.WORK
    match = re.match(r"^\s*([A-Za-zА-Яа-я]+)\s*:\s*(.+)$", text)
    if match:
        word = match.group(1).lower()
        for prefix, value in _PHONE_KIND_WORDS.items():
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
    key: str = ""  # the name key of an organization, "" for a person
    e164: dict[tuple[str, int, int], str] = field(default_factory=dict)


def _records(table: Table, mapping: dict[int, str], country: str,
             currency: str) -> tuple[list[Record], list[tuple[int, str]]]:
    """Rows grouped into client records (by Client ID, else by the organization's name)."""
    records: dict[str, Record] = {}
    problems: list[tuple[int, str]] = []
    for number, row in enumerate(table.rows, start=2):
        values: dict[str, list[str]] = {}
        for column, name in mapping.items():
            if column < len(row) and row[column].strip():
                values.setdefault(name, []).append(row[column].strip())

        def one(name: str, values: dict[str, list[str]] = values) -> str:
            return " ".join(values.get(name, []))

        def many(name: str, values: dict[str, list[str]] = values) -> list[str]:
            return [part for value in values.get(name, []) for part in _split(value)]

        person = one(CONTACT) or " ".join(p for p in (one(LAST), one(FIRST), one(MIDDLE)) if p)
        if not person and (one(FIRST) or one(LAST)):
            person = " ".join(p for p in (one(FIRST), one(LAST)) if p)
        company = one(NAME)
        if not company and not person:
            problems.append((number, "no name"))
            continue
        try:
            birthday = _birthday(one(BIRTHDAY))
        except ValueError:
            problems.append((number, f"birthday not a date: {one(BIRTHDAY)!r}"))
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
            key = name_key(form.short_name) if form.kind == ClientKind.ORGANIZATION else ""
            record = records[group] = Record([], form, key)
        record.rows.append(number)
        record.form.phones += [p for p in phones if p.raw not in
                               {x.raw for x in record.form.phones}]
        record.form.emails += [e for e in emails if e.address.lower() not in
                               {x.address.lower() for x in record.form.emails}]
        if contact is not None:
            record.form.contacts.append(contact)
    return list(records.values()), problems


# -- duplicates, in memory for speed ---------------------------------------------------------
class _Known:
    """Every existing client's tax ID, phones, e-mails and name key, kept as the import adds."""

    def __init__(self, s: Session) -> None:
        self.tax: dict[str, uuid.UUID] = {}
        self.keys: dict[str, uuid.UUID] = {}
        self.blocks: dict[str, tuple[list[str], list[uuid.UUID]]] = {}
        self.merged: dict[uuid.UUID, uuid.UUID] = {}
        self.names: dict[uuid.UUID, str] = {}
        for cid, tax, key, kind, deleted, merged_into, name in s.execute(select(
                Client.id, Client.tax_id, Client.name_key, Client.kind, Client.deleted_at,
                Client.merged_into_id, Client.short_name)):
            if deleted is not None and merged_into is None:
                continue
            if merged_into is not None:
                self.merged[cid] = merged_into
            self.names[cid] = name
            self.add(cid, tax, key if kind == ClientKind.ORGANIZATION else "")
        self.phones: dict[str, uuid.UUID] = {e164 or "": cid for cid, e164 in s.execute(
            select(Phone.client_id, Phone.e164).where(Phone.deleted_at.is_(None),
                                                      Phone.e164.is_not(None)))}
        self.emails: dict[str, uuid.UUID] = {a: cid for cid, a in s.execute(
            select(Email.client_id, Email.address_lower).where(Email.deleted_at.is_(None)))}

    def add(self, cid: uuid.UUID, tax: str | None, key: str) -> None:
        if tax:
            self.tax.setdefault(tax, cid)
        if key and key not in self.keys:
            self.keys[key] = cid
            self._block(key, cid)

    def _block(self, key: str, cid: uuid.UUID) -> None:
        for token in set(key.split()):
            if len(token) >= 3 or token.isdigit():
                keys, ids = self.blocks.setdefault(token, ([], []))
                keys.append(key)
                ids.append(cid)

    def resolve(self, cid: uuid.UUID) -> uuid.UUID:
        seen = set()
        while cid in self.merged and cid not in seen:
            seen.add(cid)
            cid = self.merged[cid]
        return cid

    def similar_name(self, key: str) -> tuple[uuid.UUID, int] | None:
        """A close name among those sharing the key's rarest word (a blocking step: comparing
        every name with every other would be quadratic)."""
        words = set(key.split())
        numbers = {t for t in words if t.isdigit()}
        if numbers:  # a close name must have the same numbers: block on one of them
            if not numbers <= self.blocks.keys():
                return None
            words = numbers
        tokens = [t for t in words if t in self.blocks]
        if not tokens:
            return None
        keys, ids = min((self.blocks[t] for t in tokens), key=lambda block: len(block[0]))
        if len(keys) > BLOCK_LIMIT:  # only very common words in the name: exact key only
            return None
        for _found, score, index in process.extract_iter(
                key, keys, scorer=fuzz.ratio, score_cutoff=IMPORT_THRESHOLD):
            if same_numbers(key, keys[index]):
                return ids[index], int(score)
        return None


def _match(known: _Known, form: ClientForm, key: str, e164: dict[tuple[str, int, int], str]
           ) -> tuple[uuid.UUID, str, bool] | None:
    """(existing client, what matched, whether a merged-away record matched) or None."""
    tax = normalize_tax_id(form.tax_id) if form.tax_id.strip() else ""
    hits: list[tuple[uuid.UUID, str]] = []
    if tax and tax in known.tax:
        hits.append((known.tax[tax], f"tax ID {tax}"))
    for phone in e164.values():
        if phone in known.phones:
            hits.append((known.phones[phone], f"phone {phone}"))
    for email in [e.address for e in form.emails] + [
            e.address for c in form.contacts for e in c.emails]:
        if email.strip().lower() in known.emails:
            hits.append((known.emails[email.strip().lower()], f"e-mail {email.strip()}"))
    if key:
        if key in known.keys:
            hits.append((known.keys[key], f"name {form.short_name}"))
        elif (similar := known.similar_name(key)) is not None:
            hits.append((similar[0], f"name {form.short_name} ({similar[1]}%)"))
    if not hits:
        return None
    cid, why = hits[0]
    return known.resolve(cid), why, cid in known.merged


# -- writing ---------------------------------------------------------------------------------
def _merge_into(existing: ClientForm, new: ClientForm) -> ClientForm:
    """The existing card with the file's non-empty values and any new phones, e-mails,
    contacts and tags added."""
    for name in ("full_name", "source", "region", "city", "address", "legal_address",
                 "tax_id", "tax_id_2", "website", "notes"):
        if getattr(new, name).strip():
            setattr(existing, name, getattr(new, name))
    existing.tags = sorted({*existing.tags, *new.tags})
    have = {p.raw for p in existing.phones} | {p.raw for c in existing.contacts
                                               for p in c.phones}
    existing.phones += [p for p in new.phones if p.raw not in have]
    mails = {e.address.lower() for e in existing.emails}
    existing.emails += [e for e in new.emails if e.address.lower() not in mails]
    by_name = {name_key(c.full_name): c for c in existing.contacts}
    for contact in new.contacts:
        same = by_name.get(name_key(contact.full_name))
        if same is None:
            existing.contacts.append(contact)
            continue
        same.position = contact.position or same.position
        same.birthday = contact.birthday or same.birthday
        same.phones += [p for p in contact.phones if p.raw not in {x.raw for x in same.phones}]
        same.emails += [e for e in contact.emails
                        if e.address.lower() not in {x.address.lower() for x in same.emails}]
    return existing


class _Writer:
    """Collects new clients and writes them in bulk at the end."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.user = s.info.get("user_id")
        self.now = utcnow()
        self.clients: list[dict[str, Any]] = []
        self.contacts: list[dict[str, Any]] = []
        self.phones: list[dict[str, Any]] = []
        self.emails: list[dict[str, Any]] = []
        self.tags: list[tuple[uuid.UUID, str]] = []
        self.terms: list[dict[str, Any]] = []
        self.new_ids: set[uuid.UUID] = set()
        self._defaults: dict[Any, tuple[dict[str, Any], dict[str, Any]]] = {}

    def _row(self, model: Any, **values: Any) -> dict[str, Any]:
        """A full row for the bulk insert: defaults, stamps, then the given values."""
        defaults = self._defaults.get(model)
        if defaults is None:
            defaults = self._defaults[model] = defaults_of(model.__table__)
        static, dynamic = defaults
        row = {**static, "created_at": self.now, "updated_at": self.now,
               "changed_by": self.user, **values}
        for name, make in dynamic.items():
            if name not in values and name not in ("created_at", "updated_at"):
                row[name] = make()
        return row

    def add(self, form: ClientForm, key: str, e164: dict[tuple[str, int, int], str],
            responsible: uuid.UUID | None) -> uuid.UUID:
        row = self._row(
            Client, kind=form.kind.value, short_name=form.short_name.strip(),
            name_key=key or name_key(form.short_name), full_name=form.full_name.strip() or None,
            tax_id=normalize_tax_id(form.tax_id) or None,
            tax_id_2=normalize_tax_id(form.tax_id_2) or None, country=form.country.upper(),
            region=form.region or None, city=form.city or None, address=form.address or None,
            legal_address=form.legal_address or None, website=form.website or None,
            source=form.source or None, status=form.status.value, responsible_id=responsible,
            currency=form.currency.upper(), notes=form.notes or None, custom_fields={})
        client_id = row["id"]
        self.clients.append(row)
        self.new_ids.add(client_id)
        contact_names: list[str] = []
        email_values: list[str] = []
        phone_labels: dict[str, str] = {}

        def phones(items: list[PhoneForm], contact_id: uuid.UUID | None, owner: str,
                   index: int) -> None:
            for number, phone in enumerate(items):
                if phone.raw.strip():
                    value = e164[(owner, index, number)]
                    phone_labels.setdefault(value, phone.raw.strip())
                    self.phones.append(self._row(
                        Phone, client_id=client_id, contact_id=contact_id,
                        kind=phone.kind.value, raw=phone.raw.strip(), e164=value))

        def emails(items: list[EmailForm], contact_id: uuid.UUID | None) -> None:
            for email in items:
                address = email.address.strip()
                if address:
                    email_values.append(address)
                    self.emails.append(self._row(
                        Email, client_id=client_id, contact_id=contact_id, address=address,
                        address_lower=address.lower()))

        phones(form.phones, None, "", 0)
        emails(form.emails, None)
        primary_seen = False
        for index, contact in enumerate(form.contacts):
            primary = contact.is_primary and not primary_seen
            primary_seen = primary_seen or primary
            contact_row = self._row(
                Contact, client_id=client_id, full_name=contact.full_name.strip(),
                position=contact.position or None, birthday=contact.birthday,
                is_primary=primary, notes=contact.notes or None)
            self.contacts.append(contact_row)
            contact_names.append(contact_row["full_name"])
            phones(contact.phones, contact_row["id"], "c", index)
            emails(contact.emails, contact_row["id"])
        self.tags += [(client_id, tag) for tag in sorted({t.strip() for t in form.tags} - {""})]
        terms = client_terms(row["short_name"], row["full_name"], row["tax_id"], contact_names,
                             email_values, list(phone_labels), phone_labels)
        self.terms += [{"client_id": client_id, "term": t, "label": label[:255]}
                       for t, label in terms.items()]
        return client_id

    def flush(self) -> None:
        """Write what was collected so far (inside the caller's transaction) and forget it."""
        from crm_desktop.models import SearchTerm

        conn = self.s.connection()
        insert_rows(conn, Client.__table__, self.clients)  # type: ignore[arg-type]
        insert_rows(conn, Contact.__table__, self.contacts)  # type: ignore[arg-type]
        insert_rows(conn, Phone.__table__, self.phones)  # type: ignore[arg-type]
        insert_rows(conn, Email.__table__, self.emails)  # type: ignore[arg-type]
        insert_rows(conn, SearchTerm.__table__, self.terms)  # type: ignore[arg-type]
        if self.tags:
            tags = tags_named(self.s, [name for _, name in self.tags])
            self.s.flush()
            ids = {tag.name: tag.id for tag in tags}
            insert_rows(conn, client_tags, [{"client_id": c, "tag_id": ids[n]}
                                            for c, n in self.tags])
        for rows in (self.clients, self.contacts, self.phones, self.emails, self.terms,
                     self.tags):
            rows.clear()


Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel
CHUNK = 5000  # records written at a time
BLOCK_LIMIT = 20_000


def import_clients(s: Session, table: Table, mapping: dict[int, str],
                   policy: Policy = Policy.SKIP, partial: bool = False,
                   responsible_id: uuid.UUID | None = None, country: str = "KZ",
                   currency: str = "KZT", progress: Progress | None = None) -> ImportReport:
    """Import the table's clients inside the caller's transaction (see the module docstring).

    Raises ImportRefused when rows have problems and `partial` is False, ImportCancelled when
    `progress` returns False; the caller's transaction then rolls everything back."""
    if not any(f in (NAME, CONTACT, FIRST, LAST) for f in mapping.values()):
        raise CrmError("Choose the column with the name")
    records, problems = _records(table, mapping, country.upper(), currency.upper())
    report = ImportReport(rows=len(table.rows), problems=problems)
    definitions = custom_fields(s)
    total = len(records)

    def tick(done: int) -> None:
        if progress is not None and done % 500 == 0 and not progress(done, 2 * total):
            raise ImportCancelled()

    # Pass 1: every record checked like the card; refuse before writing anything.
    valid: list[Record] = []
    for done, record in enumerate(records, start=1):
        tick(done)
        found, record.e164 = validate(s, record.form, definitions)
        if found:
            why = "; ".join(p.text for p in found)
            report.problems += [(row, why) for row in record.rows]
        else:
            valid.append(record)
    if report.problems and not partial:
        raise ImportRefused(report)

    # Pass 2: duplicates and writing, in chunks so memory stays flat.
    known = _Known(s)
    writer = _Writer(s)
    decisions: list[tuple[uuid.UUID, uuid.UUID, str]] = []
    for done, record in enumerate(valid, start=1):
        tick(total + done)
        if done % CHUNK == 0:
            writer.flush()
        form, e164 = record.form, record.e164
        match = _match(known, form, record.key, e164)
        if match is not None:
            existing, why, merged = match
            name = known.names.get(existing, "")
            if policy == Policy.SKIP or (policy == Policy.CREATE and merged):
                report.skipped += 1
                report.notes += [(row, f"skipped: duplicate of {name} ({why})")
                                 for row in record.rows]
                continue
            if policy == Policy.UPDATE:
                if existing in writer.new_ids:
                    report.skipped += 1
                    report.notes += [(row, f"skipped: repeats row of {name} in this file")
                                     for row in record.rows]
                    continue
                try:
                    save_client(s, _merge_into(load_form(s, existing), form))
                except CrmError as exc:
                    report.problems += [(row, f"update of {name}: {exc}") for row in record.rows]
                    continue
                report.updated += 1
                report.contacts += len(form.contacts)
                report.notes += [(row, f"updated {name} ({why})") for row in record.rows]
                _learn(known, existing, record)
                continue
        client_id = writer.add(form, record.key, e164, responsible_id)
        known.names[client_id] = form.short_name
        _learn(known, client_id, record)
        if match is not None:
            decisions.append((client_id, match[0], match[1]))
            report.notes += [(row, f"created beside {known.names.get(match[0], '')} "
                                   f"({match[1]})") for row in record.rows]
        report.created += 1
        report.contacts += len(form.contacts)
    if progress is not None and not progress(2 * total, 2 * total):
        raise ImportCancelled()
    if report.problems and not partial:  # an update that could not be saved
        raise ImportRefused(report)
    writer.flush()
    for client_id, other_id, why in decisions:
        s.add(DuplicateDecision(client_id=client_id, other_id=other_id, matched=why[:255]))
    s.flush()
    return report


def _learn(known: _Known, client_id: uuid.UUID, record: Record) -> None:
    form = record.form
    known.add(client_id, normalize_tax_id(form.tax_id) or None, record.key)
    for phone in record.e164.values():
        known.phones.setdefault(phone, client_id)
    for email in [e.address for e in form.emails] + [
            e.address for c in form.contacts for e in c.emails]:
        known.emails.setdefault(email.strip().lower(), client_id)

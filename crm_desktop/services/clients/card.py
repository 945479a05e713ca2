"""The client card: loading, validating and saving a counterparty with everything it holds.

A card is edited as a `ClientForm` (plain data, no session) and saved by `save_client` in the
caller's transaction: all of it or, when any field is wrong, none of it. Problems come back as
`CardInvalid.problems`, one per field, each with a code the UI translates and an English text
for the CLI and logs.

Phones are parsed with the client's country as the default region and stored as typed plus
E.164; e-mails are checked for syntax and compared lower-cased; tax IDs are checked by the
country's rule (services/taxids.py) and stored normalized; bank accounts that start with a
country code must be valid IBANs; BICs are checked with python-stdnum.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased
from stdnum import bic as std_bic
from stdnum import iban as std_iban
from stdnum.exceptions import ValidationError as StdnumError

from crm_desktop.models import (
    Attachment,
    Client,
    ClientBankAccount,
    ClientRelation,
    Contact,
    ContactRelation,
    CustomFieldDef,
    CustomFieldKind,
    Deal,
    DuplicateDecision,
    Email,
    Event,
    Phone,
    SalesDocument,
    Tag,
    User,
    utcnow,
)
from crm_desktop.services.clients.duplicates import Candidate, describe_matches
from crm_desktop.services.clients.forms import (  # re-exported: the card's data
    BankForm,
    ClientForm,
    ContactForm,
    EmailForm,
    PersonLinkForm,
    PhoneForm,
    RelationForm,
)
from crm_desktop.services.clients.search import search_clients
from crm_desktop.services.clients.writer import CLIENT_GONE, ClientWriter
from crm_desktop.services.core.errors import CrmError, Message, error_code
from crm_desktop.services.core.identity import Permission, require
from crm_desktop.services.core.text import clean_fields, shown, too_long
from crm_desktop.services.locale.formatting import country_currency
from crm_desktop.services.locale.phones import parse_phone
from crm_desktop.services.locale.taxids import is_valid_ru_kpp, is_valid_tax_id, normalize_tax_id
from crm_desktop.services.sales.pricing import parse_decimal

EMAIL_RE = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]{2,}$")


@dataclass(frozen=True)
class Problem:
    """A field that cannot be saved. `where` names it ("tax_id", "contacts.0.phones.1")."""

    where: str
    code: str
    value: str = ""

    @property
    def text(self) -> str:
        return str(self.message)

    @property
    def message(self) -> Message:
        """The problem as a code with parameters (import reports show it translated)."""
        known = PROBLEM_CODES.get(self.code)
        what = Message(known) if known is not None else self.code
        if self.value:
            return Message(FIELD_PROBLEM_VALUE, where=self.where, problem=what,
                           value=shown(self.value))
        return Message(FIELD_PROBLEM, where=self.where, problem=what)


PROBLEM_TEXTS = {
    "required": "required",
    "phone": "not a valid phone number for the client's country",
    "email": "not an e-mail address",
    "tax_id": "not a valid tax ID for the country",
    "tax_id_2": "not a valid KPP",
    "iban": "not a valid IBAN",
    "account": "not a bank account number",
    "bic": "not a valid BIC",
    "country": "unknown country",
    "currency": "not a currency code",
    "number": "not a number",
    "date": "not a date (YYYY-MM-DD)",
    "choice": "not one of the choices",
    "relation": "a client cannot be related to itself",
    "birthday": "a birthday in the future",
    "too_long": "more characters than allowed",
}
PROBLEM_CODES = {code: error_code(f"card.{code}", text) for code, text in PROBLEM_TEXTS.items()}
FIELD_PROBLEM = error_code("card.field", "{where}: {problem}")
FIELD_PROBLEM_VALUE = error_code("card.field_value", "{where}: {problem} ({value})")
CARD_INVALID = error_code("card.invalid", "{problems}")
FIELD_KEY = error_code("custom_fields.key",
                       "Field key {key!r}: use small Latin letters, digits and _")
FIELD_LABEL = error_code("custom_fields.label", "Field {key}: give it a label")
FIELD_CHOICES = error_code("custom_fields.choices", "Field {key}: a choice field needs its choices")
FIELD_KEY_TWICE = error_code("custom_fields.key_twice", "Two custom fields have the same key")


class CardInvalid(CrmError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(CARD_INVALID, problems=[p.message for p in problems[:5]])
        self.problems = problems


# -- reading ---------------------------------------------------------------------------------
def custom_fields(s: Session) -> list[CustomFieldDef]:
    return list(s.scalars(select(CustomFieldDef).where(CustomFieldDef.deleted_at.is_(None))
                          .order_by(CustomFieldDef.position, CustomFieldDef.label)))


def new_form(s: Session, user_id: uuid.UUID | None, country: str | None = None) -> ClientForm:
    """An empty card in the company's country and currency, the user responsible."""
    from crm_desktop.models import Company

    company = s.scalar(select(Company).where(Company.deleted_at.is_(None)).limit(1))
    country = (country or (company.country if company else "KZ")).upper()
    currency = country_currency(country) or (company.default_currency if company else "KZT")
    return ClientForm(country=country, currency=currency, responsible_id=user_id)


def load_form(s: Session, client_id: uuid.UUID) -> ClientForm:
    client = s.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise CrmError(CLIENT_GONE)
    phones = list(s.scalars(select(Phone).where(
        Phone.client_id == client_id, Phone.deleted_at.is_(None)).order_by(Phone.created_at)))
    emails = list(s.scalars(select(Email).where(
        Email.client_id == client_id, Email.deleted_at.is_(None)).order_by(Email.created_at)))
    contacts = []
    people = list(s.scalars(select(Contact).where(
        Contact.client_id == client_id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_primary.desc(), Contact.full_name)))
    other = aliased(Contact)
    links: dict[uuid.UUID, list[PersonLinkForm]] = {}
    for link, name, company in s.execute(
            select(ContactRelation, other.full_name, Client.short_name)
            .join(other, other.id == ContactRelation.other_id)
            .join(Client, Client.id == other.client_id)
            .where(ContactRelation.contact_id.in_([c.id for c in people]),
                   ContactRelation.deleted_at.is_(None))):
        links.setdefault(link.contact_id, []).append(
            PersonLinkForm(link.other_id, link.kind, link.note or "", f"{name} ({company})",
                           link.id))
    for contact in people:
        contacts.append(ContactForm(
            contact.full_name, contact.position or "", contact.birthday, contact.notes or "",
            contact.is_primary,
            [PhoneForm(p.raw, p.kind, p.id) for p in phones if p.contact_id == contact.id],
            [EmailForm(e.address, e.id) for e in emails if e.contact_id == contact.id],
            links.get(contact.id, []), contact.id))
    banks = [BankForm(b.bank_name, b.account, b.bic or "", b.currency or "", b.is_default, b.id)
             for b in s.scalars(select(ClientBankAccount).where(
                 ClientBankAccount.client_id == client_id,
                 ClientBankAccount.deleted_at.is_(None)).order_by(ClientBankAccount.created_at))]
    relations = [RelationForm(r.other_id, r.kind, r.note or "", name, r.id)
                 for r, name in s.execute(
                     select(ClientRelation, Client.short_name)
                     .join(Client, Client.id == ClientRelation.other_id)
                     .where(ClientRelation.client_id == client_id,
                            ClientRelation.deleted_at.is_(None)))]
    return ClientForm(
        short_name=client.short_name, kind=client.kind, full_name=client.full_name or "",
        status=client.status, source=client.source or "", responsible_id=client.responsible_id,
        tags=[t.name for t in client.tags], country=client.country, region=client.region or "",
        city=client.city or "", address=client.address or "", currency=client.currency,
        language=client.language or "", tax_id=client.tax_id or "",
        tax_id_2=client.tax_id_2 or "", legal_address=client.legal_address or "",
        website=client.website or "", notes=client.notes or "",
        custom=dict(client.custom_fields or {}),
        phones=[PhoneForm(p.raw, p.kind, p.id) for p in phones if p.contact_id is None],
        emails=[EmailForm(e.address, e.id) for e in emails if e.contact_id is None],
        contacts=contacts, banks=banks, relations=relations, id=client.id)


# -- validation ------------------------------------------------------------------------------
def is_valid_email(address: str) -> bool:
    return bool(EMAIL_RE.match(address.strip()))


def check_account(account: str) -> str | None:
    """The problem code of a bank account number, or None when it is fine."""
    compact = re.sub(r"\s", "", account).upper()
    if re.match(r"^[A-Z]{2}\d{2}", compact):
        try:
            std_iban.validate(compact)
        except StdnumError:
            return "iban"
        return None
    return None if re.fullmatch(r"[0-9A-Z]{6,34}", compact) else "account"


def _custom_value(definition: CustomFieldDef, value: Any) -> tuple[Any, str | None]:
    """(value to store, problem code) for one custom field."""
    if value in (None, ""):
        return None, None
    match definition.kind:
        case CustomFieldKind.NUMBER:
            try:
                return str(parse_decimal(str(value))), None
            except CrmError:
                return value, "number"
        case CustomFieldKind.DATE:
            try:
                return date.fromisoformat(str(value)).isoformat(), None
            except ValueError:
                return value, "date"
        case CustomFieldKind.CHOICE:
            return value, None if value in definition.choices else "choice"
        case CustomFieldKind.CHECKBOX:
            return bool(value), None
        case _:
            return str(value).strip(), None


def validate(s: Session, form: ClientForm, definitions: list[CustomFieldDef] | None = None
             ) -> tuple[list[Problem], dict[tuple[str, int, int], str]]:
    """Every problem of the card, and the E.164 of every phone by (owner, owner index, index)
    where owner "" is the client and "c" a contact. `definitions` (the custom fields) may be
    given by a caller validating many cards."""
    problems: list[Problem] = []
    e164: dict[tuple[str, int, int], str] = {}
    if not form.short_name.strip():
        problems.append(Problem("short_name", "required"))
    country = form.country.upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        problems.append(Problem("country", "country", form.country))
    if not re.fullmatch(r"[A-Z]{3}", form.currency.upper()):
        problems.append(Problem("currency", "currency", form.currency))
    if form.tax_id.strip() and not is_valid_tax_id(country, normalize_tax_id(form.tax_id)):
        problems.append(Problem("tax_id", "tax_id", form.tax_id))
    if form.tax_id_2.strip() and country == "RU" and not is_valid_ru_kpp(form.tax_id_2):
        problems.append(Problem("tax_id_2", "tax_id_2", form.tax_id_2))

    def check_phones(where: str, owner: str, owner_index: int, phones: list[PhoneForm]) -> None:
        for index, phone in enumerate(phones):
            if not phone.raw.strip():
                continue
            try:
                e164[(owner, owner_index, index)] = parse_phone(phone.raw, country).e164
            except CrmError:
                problems.append(Problem(f"{where}phones.{index}", "phone", phone.raw))

    def check_emails(where: str, emails: list[EmailForm]) -> None:
        for index, email in enumerate(emails):
            if email.address.strip() and not is_valid_email(email.address):
                problems.append(Problem(f"{where}emails.{index}", "email", email.address))

    check_phones("", "", 0, form.phones)
    check_emails("", form.emails)
    for number, contact in enumerate(form.contacts):
        where = f"contacts.{number}."
        if not contact.full_name.strip():
            problems.append(Problem(f"{where}full_name", "required"))
        if contact.birthday and contact.birthday > date.today():
            problems.append(Problem(f"{where}birthday", "birthday", contact.birthday.isoformat()))
        check_phones(where, "c", number, contact.phones)
        check_emails(where, contact.emails)
        for index, link in enumerate(contact.links):
            if contact.id is not None and link.other_id == contact.id:
                problems.append(Problem(f"{where}links.{index}", "relation"))
            if not link.kind.strip():
                problems.append(Problem(f"{where}links.{index}.kind", "required"))
    for number, bank in enumerate(form.banks):
        where = f"banks.{number}."
        if not bank.account.strip():
            problems.append(Problem(f"{where}account", "required"))
        elif code := check_account(bank.account):
            problems.append(Problem(f"{where}account", code, bank.account))
        if bank.bic.strip():
            try:
                std_bic.validate(bank.bic)
            except StdnumError:
                problems.append(Problem(f"{where}bic", "bic", bank.bic))
    for number, relation in enumerate(form.relations):
        if form.id is not None and relation.other_id == form.id:
            problems.append(Problem(f"relations.{number}", "relation"))
        if not relation.kind.strip():
            problems.append(Problem(f"relations.{number}.kind", "required"))
    for definition in custom_fields(s) if definitions is None else definitions:
        _value, code = _custom_value(definition, form.custom.get(definition.key))
        if code:
            problems.append(Problem(f"custom.{definition.key}", code,
                                    str(form.custom.get(definition.key))))
    problems += length_problems(form)
    return problems, e164


_CLIENT_TEXT = ("short_name", "full_name", "source", "region", "city", "address",
                "legal_address", "website", "language", "tax_id", "tax_id_2")


def length_problems(form: ClientForm) -> list[Problem]:
    """Every field longer than its column: checked before writing, since SQLite would store
    it and PostgreSQL refuse the whole transaction. The value shown is "length > limit"."""
    found: list[Problem] = []

    def check(where: str, value: str, model: Any, column: str) -> None:
        limit = too_long(value, model, column)
        if limit is not None:
            found.append(Problem(where, "too_long", f"{len(value.strip())} > {limit}"))

    for name in _CLIENT_TEXT:
        check(name, getattr(form, name), Client, name)
    for index, tag in enumerate(form.tags):
        check(f"tags.{index}", tag, Tag, "name")
    owners = [("", form.phones, form.emails)] + [
        (f"contacts.{n}.", c.phones, c.emails) for n, c in enumerate(form.contacts)]
    for where, phones, emails in owners:
        for index, phone in enumerate(phones):
            check(f"{where}phones.{index}", phone.raw, Phone, "raw")
        for index, email in enumerate(emails):
            check(f"{where}emails.{index}", email.address, Email, "address")
    for number, contact in enumerate(form.contacts):
        check(f"contacts.{number}.full_name", contact.full_name, Contact, "full_name")
        check(f"contacts.{number}.position", contact.position, Contact, "position")
        for index, link in enumerate(contact.links):
            check(f"contacts.{number}.links.{index}.kind", link.kind, ContactRelation, "kind")
            check(f"contacts.{number}.links.{index}.note", link.note, ContactRelation, "note")
    for number, bank in enumerate(form.banks):
        for name in ("bank_name", "account", "bic"):
            check(f"banks.{number}.{name}", getattr(bank, name), ClientBankAccount, name)
    for number, relation in enumerate(form.relations):
        check(f"relations.{number}.kind", relation.kind, ClientRelation, "kind")
        check(f"relations.{number}.note", relation.note, ClientRelation, "note")
    return found


# -- saving ----------------------------------------------------------------------------------
def custom_values(form: ClientForm, definitions: list[CustomFieldDef]) -> dict[str, Any]:
    """The stored value of every defined custom field of the card (None: none given)."""
    return {d.key: _custom_value(d, form.custom.get(d.key))[0] for d in definitions}


def save_client(s: Session, form: ClientForm,
                kept_despite: list[Candidate] | None = None) -> uuid.UUID:
    """Validate and save the whole card inside the caller's transaction; returns its id.

    `kept_despite` are the duplicate candidates a person saw and chose to keep beside this
    client: each is recorded (who, when, what matched)."""
    require(s, Permission.EDIT_CLIENTS)
    clean_fields(form)  # no control or invisible characters, NFC
    definitions = custom_fields(s)
    problems, e164 = validate(s, form, definitions)
    if problems:
        raise CardInvalid(problems)
    client_id = ClientWriter(s).save(form, e164, custom_values(form, definitions))
    for candidate in kept_despite or []:
        s.add(DuplicateDecision(client_id=client_id, other_id=candidate.client_id,
                                matched=describe_matches(candidate.matches)[:255]))
    s.flush()
    return client_id


def find_people(s: Session, text: str, limit: int = 30) -> list[tuple[uuid.UUID, str]]:
    """Contact persons of the clients the global search finds for `text` (a person's or a
    client's name, tax ID, phone…), those whose own name holds the text first:
    (contact id, "Name (Client)")."""
    hits = search_clients(s, text, limit=limit)
    rows = [(cid, name, company) for cid, name, company in s.execute(
        select(Contact.id, Contact.full_name, Client.short_name)
        .join(Client, Client.id == Contact.client_id)
        .where(Contact.deleted_at.is_(None), Contact.client_id.in_([h.client_id for h in hits]))
        .limit(limit * 5))]
    word = text.strip().casefold()
    rows.sort(key=lambda r: (word not in r[1].casefold(), r[1]))
    return [(cid, f"{name} ({company})") for cid, name, company in rows[:limit]]


def quick_form(s: Session, name: str, country: str, user_id: uuid.UUID | None,
               tax_id: str = "", phone: str = "", email: str = "", contact: str = "") -> ClientForm:
    """The registration assistant's short form as a card: a new lead; the phone and e-mail
    belong to the contact person when one is named, else to the client."""
    form = new_form(s, user_id, country)
    form.short_name, form.tax_id = name, tax_id
    phones = [PhoneForm(phone)] if phone.strip() else []
    emails = [EmailForm(email)] if email.strip() else []
    if contact.strip():
        form.contacts = [ContactForm(contact, is_primary=True, phones=phones, emails=emails)]
    else:
        form.phones, form.emails = phones, emails
    return form


def kept_decisions(s: Session, client_id: uuid.UUID) -> list[tuple[str, str, datetime]]:
    """(other client's name, what matched, when) for this client's "saved anyway" records."""
    return [(name, matched, at) for name, matched, at in s.execute(
        select(Client.short_name, DuplicateDecision.matched, DuplicateDecision.created_at)
        .join(Client, Client.id == DuplicateDecision.other_id)
        .where(DuplicateDecision.client_id == client_id,
               DuplicateDecision.deleted_at.is_(None))
        .order_by(DuplicateDecision.created_at))]


# -- history ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class HistoryRow:
    at: datetime | date
    kind: str  # "event", "deal", "document"
    what: StrEnum  # the event's type, the deal's status or the document's kind
    text: str  # the subject, title or number
    amount: Decimal | None
    currency: str


def history(s: Session, client_id: uuid.UUID, limit: int = 500) -> list[HistoryRow]:
    """The client's events, deals and documents, newest first."""
    rows: list[HistoryRow] = []
    for at, type_, subject in s.execute(
            select(Event.start_at, Event.type, Event.subject)
            .where(Event.client_id == client_id, Event.deleted_at.is_(None))
            .order_by(Event.start_at.desc()).limit(limit)):
        rows.append(HistoryRow(at, "event", type_, subject, None, ""))
    for at, title, amount, currency, status in s.execute(
            select(Deal.created_at, Deal.title, Deal.amount, Deal.currency, Deal.status)
            .where(Deal.client_id == client_id, Deal.deleted_at.is_(None))
            .order_by(Deal.created_at.desc()).limit(limit)):
        rows.append(HistoryRow(at, "deal", status, title, amount, currency))
    for issued, kind, number, total, currency in s.execute(
            select(SalesDocument.issue_date, SalesDocument.kind, SalesDocument.number,
                   SalesDocument.total, SalesDocument.currency)
            .where(SalesDocument.client_id == client_id, SalesDocument.deleted_at.is_(None))
            .order_by(SalesDocument.issue_date.desc()).limit(limit)):
        rows.append(HistoryRow(issued, "document", kind, number, total, currency))

    def moment(row: HistoryRow) -> datetime:
        at = row.at
        return at if isinstance(at, datetime) else datetime.combine(at, time.min, UTC)

    rows.sort(key=moment, reverse=True)
    return rows[:limit]


def attachments_of(s: Session, client_id: uuid.UUID) -> list[Attachment]:
    return list(s.scalars(select(Attachment).where(
        Attachment.client_id == client_id, Attachment.deleted_at.is_(None))
        .order_by(Attachment.created_at.desc())))


def users(s: Session) -> list[tuple[uuid.UUID, str]]:
    return [(uid, name) for uid, name in s.execute(
        select(User.id, User.full_name).where(User.deleted_at.is_(None), User.active)
        .order_by(User.full_name))]


def tag_names(s: Session) -> list[str]:
    return list(s.scalars(select(Tag.name).where(Tag.deleted_at.is_(None)).order_by(Tag.name)))


# -- custom field definitions (admin) --------------------------------------------------------
@dataclass
class FieldDef:
    key: str
    label: str
    kind: CustomFieldKind = CustomFieldKind.TEXT
    choices: list[str] = field(default_factory=list)
    id: uuid.UUID | None = None


def save_custom_fields(s: Session, definitions: list[FieldDef]) -> None:
    """Replace the custom field definitions (values stay on the clients; a field removed and
    added again with the same key shows them again)."""
    require(s, Permission.EDIT_CUSTOM_FIELDS)
    keys = [d.key.strip() for d in definitions]
    for definition, key in zip(definitions, keys, strict=True):
        if not re.fullmatch(r"[a-z][a-z0-9_]{0,63}", key):
            raise CrmError(FIELD_KEY, key=key)
        if not definition.label.strip():
            raise CrmError(FIELD_LABEL, key=key)
        if definition.kind == CustomFieldKind.CHOICE and not definition.choices:
            raise CrmError(FIELD_CHOICES, key=key)
    if len(set(keys)) != len(keys):
        raise CrmError(FIELD_KEY_TWICE)
    existing = {d.key: d for d in s.scalars(select(CustomFieldDef))}
    for position, definition in enumerate(definitions):
        row = existing.pop(definition.key.strip(), None)
        if row is None:
            row = CustomFieldDef(key=definition.key.strip(), label="")
            s.add(row)
        row.label, row.kind = definition.label.strip(), definition.kind
        row.choices = [c.strip() for c in definition.choices if c.strip()]
        row.position, row.deleted_at = position, None
    for row in existing.values():
        if row.deleted_at is None:
            row.deleted_at = utcnow()
    s.flush()

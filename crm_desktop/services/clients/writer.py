"""The one way clients are written: the card, the registration assistant, the import and the
demo all come here, so a client's rows are the same whoever made them.

- `client_columns`, `contact_columns`: how a card's text becomes stored values (trimmed, empty
  as NULL, codes upper-cased, tax IDs normalized, the *name key* of `duplicates`).
- `ClientWriter.add` … `flush`: many new clients with their contacts, phones, e-mails, tags and
  search terms, written as Core inserts in chunks (`core.bulk.insert_rows`: SQLite's fast path,
  `changed_by` from the session's actor, the change recorded) — the import and the demo.
- `ClientWriter.save`: one whole card, new or existing (bank accounts, relations and person
  links included), through the ORM; rows the card no longer has are tombstoned — the card and
  the assistant.

Both write the name key with the client and the search terms (`search.client_terms`) after it,
from the same values, so the four paths give identical keys and terms (a test holds them to it).
Input is a validated `ClientForm` plus the E.164 of its phones as `card.validate` returns them.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Client,
    ClientBankAccount,
    ClientRelation,
    Contact,
    ContactRelation,
    Email,
    Phone,
    SearchTerm,
    Tag,
    client_tags,
    utcnow,
)
from crm_desktop.services.clients.duplicates import name_key
from crm_desktop.services.clients.forms import (
    ClientForm,
    ContactForm,
    EmailForm,
    PersonLinkForm,
    PhoneForm,
)
from crm_desktop.services.clients.search import client_terms, phone_label, reindex_clients
from crm_desktop.services.core.bulk import defaults_of, insert_rows
from crm_desktop.services.core.changes import Change, record
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import user_id_of
from crm_desktop.services.locale.taxids import normalize_tax_id

CLIENT_GONE = error_code("clients.gone", "This client no longer exists")


CHUNK = 5000  # new clients written at a time (memory stays flat, batches stay large)
# (owner, owner index, phone index) -> E.164: owner "" is the client, "c" a contact person
E164 = dict[tuple[str, int, int], str]


def _text(value: str) -> str | None:
    return value.strip() or None


def client_columns(form: ClientForm) -> dict[str, Any]:
    """The client's own stored values from a card (enums as members), name key included."""
    short_name = form.short_name.strip()
    return {
        "kind": form.kind, "short_name": short_name, "name_key": name_key(short_name),
        "full_name": _text(form.full_name), "status": form.status,
        "source": _text(form.source), "responsible_id": form.responsible_id,
        "country": form.country.upper(), "currency": form.currency.upper(),
        "region": _text(form.region), "city": _text(form.city),
        "address": _text(form.address), "legal_address": _text(form.legal_address),
        "language": _text(form.language), "website": _text(form.website),
        "tax_id": normalize_tax_id(form.tax_id) or None,
        "tax_id_2": normalize_tax_id(form.tax_id_2) or None, "notes": _text(form.notes),
    }


def contact_columns(item: ContactForm, primary: bool) -> dict[str, Any]:
    return {"full_name": item.full_name.strip(), "position": _text(item.position),
            "birthday": item.birthday, "notes": _text(item.notes), "is_primary": primary}


def trusted_e164(form: ClientForm) -> E164:
    """The E.164 map for a card whose phones are typed in E.164 already (generated data)."""
    found = {("", 0, i): p.raw.strip() for i, p in enumerate(form.phones) if p.raw.strip()}
    for n, contact in enumerate(form.contacts):
        found.update({("c", n, i): p.raw.strip() for i, p in enumerate(contact.phones)
                      if p.raw.strip()})
    return found


def tags_named(s: Session, names: list[str]) -> list[Tag]:
    """The tags with these names (stripped, sorted), created where missing."""
    wanted = sorted({n.strip() for n in names if n.strip()})
    if not wanted:
        return []
    existing = {t.name: t for t in s.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    for name in wanted:
        if name not in existing:
            existing[name] = Tag(name=name)
            s.add(existing[name])
    return [existing[n] for n in wanted]


def apply_custom(current: dict[str, Any], custom: dict[str, Any]) -> dict[str, Any]:
    """`current` custom field values with `custom` applied (a None value removes the key)."""
    result = dict(current)
    for key, value in custom.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = value
    return result


class ClientWriter:
    """Writes clients inside the caller's transaction (see the module docstring)."""

    def __init__(self, s: Session, *, new_id: Callable[[], uuid.UUID] | None = None,
                 chunk: int = CHUNK) -> None:
        self.s = s
        self.chunk = chunk
        self.user = user_id_of(s)
        self.now = utcnow()
        self.new_id = new_id
        self.new_ids: set[uuid.UUID] = set()  # clients added by this writer
        self.counts: dict[str, int] = {}  # rows written per table
        self._rows: dict[str, list[dict[str, Any]]] = {
            t: [] for t in ("clients", "contacts", "phones", "emails", "search_terms")}
        self._tags: list[tuple[uuid.UUID, str]] = []
        self._defaults: dict[Any, tuple[dict[str, Any], dict[str, Any]]] = {}

    # -- many new clients: Core inserts in chunks --------------------------------------------
    def _row(self, model: Any, created: datetime, **values: Any) -> dict[str, Any]:
        """A full row for the bulk insert: defaults, stamps, then the given values."""
        defaults = self._defaults.get(model)
        if defaults is None:
            defaults = self._defaults[model] = defaults_of(model.__table__)
        static, dynamic = defaults
        row = {**static, "created_at": created, "updated_at": created,
               "changed_by": self.user, **values}
        for name, make in dynamic.items():
            if name not in values and name not in ("created_at", "updated_at"):
                row[name] = self.new_id() if name == "id" and self.new_id else make()
        return row

    def add(self, form: ClientForm, e164: E164, *, custom: dict[str, Any] | None = None,
            created_at: datetime | None = None) -> uuid.UUID:
        """Queue a new client (validated) with its contacts, phones, e-mails and tags; written
        by `flush`, or on the way when a chunk is full. Returns its id: `form.id` (and a
        contact's `id`) when given, as generated data does, else a new one."""
        created = created_at or self.now
        columns = client_columns(form)
        columns["kind"], columns["status"] = form.kind.value, form.status.value
        values = {**columns, "custom_fields": apply_custom({}, custom or {}),
                  "merged_into_id": None}
        if form.id is not None:
            values["id"] = form.id
        row = self._row(Client, created, **values)
        client_id = row["id"]
        self._rows["clients"].append(row)
        self.new_ids.add(client_id)
        people: list[str] = []
        addresses: list[str] = []
        labels: dict[str, str] = {}

        def phones(items: list[PhoneForm], contact_id: uuid.UUID | None, owner: str,
                   index: int) -> None:
            for number, phone in enumerate(items):
                if phone.raw.strip():
                    value = e164[(owner, index, number)]
                    labels.setdefault(value, phone_label(phone.raw.strip(), value))
                    self._rows["phones"].append(self._row(
                        Phone, created, client_id=client_id, contact_id=contact_id,
                        kind=phone.kind.value, raw=phone.raw.strip(), e164=value))

        def emails(items: list[EmailForm], contact_id: uuid.UUID | None) -> None:
            for email in items:
                address = email.address.strip()
                if address:
                    addresses.append(address)
                    self._rows["emails"].append(self._row(
                        Email, created, client_id=client_id, contact_id=contact_id,
                        address=address, address_lower=address.lower()))

        phones(form.phones, None, "", 0)
        emails(form.emails, None)
        primary_seen = False
        for index, contact in enumerate(form.contacts):
            primary = contact.is_primary and not primary_seen  # one primary contact
            primary_seen = primary_seen or primary
            contact_row = self._row(Contact, created, client_id=client_id,
                                    **contact_columns(contact, primary),
                                    **({"id": contact.id} if contact.id else {}))
            self._rows["contacts"].append(contact_row)
            people.append(contact_row["full_name"])
            phones(contact.phones, contact_row["id"], "c", index)
            emails(contact.emails, contact_row["id"])
        self._tags += [(client_id, tag) for tag in sorted({t.strip() for t in form.tags} - {""})]
        terms = client_terms(row["short_name"], row["full_name"], row["tax_id"], people,
                             addresses, list(labels), labels, city=row["city"],
                             region=row["region"])
        self._rows["search_terms"] += [{"client_id": client_id, "term": t, "label": label[:255]}
                                       for t, label in terms.items()]
        if len(self._rows["clients"]) >= self.chunk:
            self.flush()
        return client_id

    def flush(self) -> None:
        """Write what was queued (inside the caller's transaction) and forget it."""
        if not self._rows["clients"]:
            return
        s = self.s
        for model in (Client, Contact, Phone, Email, SearchTerm):
            rows = self._rows[model.__tablename__]
            if rows:
                self._count(model.__tablename__,
                            insert_rows(s, model.__table__, rows))  # type: ignore[arg-type]
                rows.clear()
        if self._tags:
            tags = tags_named(s, [name for _, name in self._tags])
            s.flush()
            ids = {tag.name: tag.id for tag in tags}
            self._count(client_tags.name, insert_rows(
                s, client_tags, [{"client_id": c, "tag_id": ids[n]} for c, n in self._tags]))
            self._tags.clear()
        record(s, Change.CLIENTS, Change.CONTACTS)

    def _count(self, table: str, count: int) -> None:
        self.counts[table] = self.counts.get(table, 0) + count

    # -- one whole card: the ORM -------------------------------------------------------------
    def save(self, form: ClientForm, e164: E164, custom: dict[str, Any]) -> uuid.UUID:
        """Write a validated card, new (`form.id` None) or existing; returns the client's id.
        `custom` holds the custom fields' stored values by key (None removes one)."""
        s = self.s
        if form.id is None:
            client = Client(short_name="", country=form.country, currency=form.currency)
            s.add(client)
        else:
            found = s.get(Client, form.id)
            if found is None or found.deleted_at is not None:
                raise CrmError(CLIENT_GONE)
            client = found
        for name, value in client_columns(form).items():
            setattr(client, name, value)
        client.tags = tags_named(s, form.tags)
        client.custom_fields = apply_custom(client.custom_fields or {}, custom)
        s.flush()
        _save_children(s, client.id, form, e164)
        s.flush()
        reindex_clients(s, [client.id])
        return client.id


def _sync(s: Session, current: list[Any], wanted_ids: set[uuid.UUID]) -> None:
    """Tombstone the rows of `current` that the form no longer has."""
    now = utcnow()
    for row in current:
        if row.id not in wanted_ids and row.deleted_at is None:
            row.deleted_at = now


def _save_children(s: Session, client_id: uuid.UUID, form: ClientForm, e164: E164) -> None:
    phones = {p.id: p for p in s.scalars(select(Phone).where(Phone.client_id == client_id))}
    emails = {e.id: e for e in s.scalars(select(Email).where(Email.client_id == client_id))}
    contacts = {c.id: c for c in s.scalars(select(Contact).where(Contact.client_id == client_id))}
    kept_phones: set[uuid.UUID] = set()
    kept_emails: set[uuid.UUID] = set()

    def put_phones(items: list[PhoneForm], contact_id: uuid.UUID | None, owner: str,
                   owner_index: int) -> None:
        for index, item in enumerate(items):
            if not item.raw.strip():
                continue
            row = phones.get(item.id) if item.id else None
            if row is None:
                row = Phone(client_id=client_id)
                s.add(row)
            row.contact_id, row.kind = contact_id, item.kind
            row.raw, row.e164 = item.raw.strip(), e164[(owner, owner_index, index)]
            s.flush()
            kept_phones.add(row.id)

    def put_emails(items: list[EmailForm], contact_id: uuid.UUID | None) -> None:
        for item in items:
            address = item.address.strip()
            if not address:
                continue
            row = emails.get(item.id) if item.id else None
            if row is None:
                row = Email(client_id=client_id, address=address, address_lower="")
                s.add(row)
            row.contact_id, row.address, row.address_lower = contact_id, address, address.lower()
            s.flush()
            kept_emails.add(row.id)

    put_phones(form.phones, None, "", 0)
    put_emails(form.emails, None)
    kept_contacts: set[uuid.UUID] = set()
    primary_seen = False
    for number, item in enumerate(form.contacts):
        contact = contacts.get(item.id) if item.id else None
        if contact is None:
            contact = Contact(client_id=client_id, full_name="")
            s.add(contact)
        primary = item.is_primary and not primary_seen  # one primary contact
        primary_seen = primary_seen or primary
        for name, value in contact_columns(item, primary).items():
            setattr(contact, name, value)
        s.flush()
        kept_contacts.add(contact.id)
        put_phones(item.phones, contact.id, "c", number)
        put_emails(item.emails, contact.id)
        _save_links(s, contact.id, item.links)
    _sync(s, list(phones.values()), kept_phones)
    _sync(s, list(emails.values()), kept_emails)
    _sync(s, list(contacts.values()), kept_contacts)

    banks = {b.id: b for b in s.scalars(select(ClientBankAccount).where(
        ClientBankAccount.client_id == client_id))}
    kept: set[uuid.UUID] = set()
    default_seen = False
    for bank_item in form.banks:
        bank = banks.get(bank_item.id) if bank_item.id else None
        if bank is None:
            bank = ClientBankAccount(client_id=client_id, bank_name="", account="")
            s.add(bank)
        bank.bank_name, bank.bic = bank_item.bank_name.strip(), _text(bank_item.bic.upper())
        bank.account = re.sub(r"\s", "", bank_item.account).upper()
        bank.currency = _text(bank_item.currency.upper())
        bank.is_default = bank_item.is_default and not default_seen
        default_seen = default_seen or bank.is_default
        s.flush()
        kept.add(bank.id)
    _sync(s, list(banks.values()), kept)

    relations = {r.id: r for r in s.scalars(select(ClientRelation).where(
        ClientRelation.client_id == client_id))}
    kept = set()
    for rel_item in form.relations:
        relation = relations.get(rel_item.id) if rel_item.id else None
        if relation is None:
            relation = ClientRelation(client_id=client_id, other_id=rel_item.other_id, kind="")
            s.add(relation)
        relation.other_id, relation.kind = rel_item.other_id, rel_item.kind.strip()
        relation.note = _text(rel_item.note)
        s.flush()
        kept.add(relation.id)
    _sync(s, list(relations.values()), kept)


def _save_links(s: Session, contact_id: uuid.UUID, items: list[PersonLinkForm]) -> None:
    links = {r.id: r for r in s.scalars(select(ContactRelation).where(
        ContactRelation.contact_id == contact_id))}
    kept: set[uuid.UUID] = set()
    for item in items:
        link = links.get(item.id) if item.id else None
        if link is None:
            link = ContactRelation(contact_id=contact_id, other_id=item.other_id, kind="")
            s.add(link)
        link.other_id, link.kind, link.note = item.other_id, item.kind.strip(), _text(item.note)
        s.flush()
        kept.add(link.id)
    _sync(s, list(links.values()), kept)

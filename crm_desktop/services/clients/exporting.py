"""Export of clients and their contact persons: CSV (UTF-8 with BOM), XLSX or vCard 3.0.

Tables have one row per contact person (a client without contacts has one row of its own);
the Client ID column groups them, and the headers are the ones `client_import` recognises, so
exporting and importing into an empty database gives back the same clients and contacts.
Spreadsheet cells that look like formulas are neutralised (services/exporting.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import vobject
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Contact, Email, Phone, Tag, client_tags
from crm_desktop.services.clients.importing import OWN_HEADERS
from crm_desktop.services.clients.importing.sources import FILE_KIND
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.exporting import WRITE_FAILED, write_table

NAME_FOR_FORMAT = error_code("export.name_for_format",
                             "Name the file .{kind} for the {format} format, not {name}")


COLUMNS = ("client_id", "kind", "short_name", "full_name", "tax_id", "tax_id_2", "country",
           "region", "city", "address", "legal_address", "status", "source", "tags",
           "currency", "website", "notes", "phones", "emails", "contact", "position",
           "contact_phones", "contact_emails", "birthday", "primary")
CHUNK = 2000
# Columns whose stored value is a code a person reads as a word ("organization", "KZ").
WORDED = ("kind", "status", "source", "country", "phone_kind", "primary")


def _as_stored(column: str, value: str) -> str:
    return "yes" if column == "primary" else value


@dataclass(frozen=True)
class ExportWords:
    """The words of an export, from the caller: the headers by column and the reading of the
    coded values (kind, status, source, country, a phone's kind, the primary mark). The
    default is the English headers and the stored codes (the CLI, files for machines); the UI
    passes its interface language's, and `client_import` recognises both."""

    headers: dict[str, str] = field(default_factory=lambda: {c: OWN_HEADERS[c] for c in COLUMNS})
    value: Callable[[str, str], str] = _as_stored

    def header_row(self) -> list[str]:
        return [self.headers.get(c) or OWN_HEADERS[c] for c in COLUMNS]


ENGLISH = ExportWords()


def _chunks(s: Session, query: Select[Any]) -> Iterator[list[Client]]:
    ids = list(s.scalars(query))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        yield list(s.scalars(select(Client).where(Client.id.in_(chunk))
                             .order_by(Client.short_name, Client.id)))


def _details(s: Session, ids: list[uuid.UUID], words: ExportWords = ENGLISH) -> tuple[
        dict[uuid.UUID, list[Contact]], dict[tuple[uuid.UUID, uuid.UUID | None], list[str]],
        dict[tuple[uuid.UUID, uuid.UUID | None], list[str]], dict[uuid.UUID, list[str]]]:
    contacts: dict[uuid.UUID, list[Contact]] = {}
    for contact in s.scalars(select(Contact).where(
            Contact.client_id.in_(ids), Contact.deleted_at.is_(None))
            .order_by(Contact.is_primary.desc(), Contact.full_name)):
        contacts.setdefault(contact.client_id, []).append(contact)
    phones: dict[tuple[uuid.UUID, uuid.UUID | None], list[str]] = {}
    for phone in s.scalars(select(Phone).where(Phone.client_id.in_(ids),
                                               Phone.deleted_at.is_(None))
                           .order_by(Phone.created_at)):
        phones.setdefault((phone.client_id, phone.contact_id), []).append(
            f"{words.value('phone_kind', phone.kind.value)}: {phone.raw}")
    emails: dict[tuple[uuid.UUID, uuid.UUID | None], list[str]] = {}
    for email in s.scalars(select(Email).where(Email.client_id.in_(ids),
                                               Email.deleted_at.is_(None))
                           .order_by(Email.created_at)):
        emails.setdefault((email.client_id, email.contact_id), []).append(email.address)
    tags: dict[uuid.UUID, list[str]] = {}
    for client_id, name in s.execute(select(client_tags.c.client_id, Tag.name)
                                     .join(Tag, Tag.id == client_tags.c.tag_id)
                                     .where(client_tags.c.client_id.in_(ids),
                                            client_tags.c.deleted_at.is_(None))
                                     .order_by(Tag.name)):
        tags.setdefault(client_id, []).append(name)
    return contacts, phones, emails, tags


def export_rows(s: Session, query: Select[Any] | None = None, words: ExportWords = ENGLISH
                ) -> Iterator[list[str]]:
    """Rows (in COLUMNS order) for the clients `query` selects (ids), default all live ones."""
    query = query if query is not None else select(Client.id).where(Client.deleted_at.is_(None))
    word = words.value
    for clients in _chunks(s, query):
        contacts, phones, emails, tags = _details(s, [c.id for c in clients], words)
        for client in clients:
            base = [str(client.id), word("kind", client.kind.value), client.short_name,
                    client.full_name or "", client.tax_id or "", client.tax_id_2 or "",
                    word("country", client.country), client.region or "", client.city or "",
                    client.address or "", client.legal_address or "",
                    word("status", client.status.value),
                    word("source", client.source) if client.source else "",
                    "; ".join(tags.get(client.id, [])), client.currency,
                    client.website or "", client.notes or "",
                    "; ".join(phones.get((client.id, None), [])),
                    "; ".join(emails.get((client.id, None), []))]
            people = contacts.get(client.id, [])
            if not people:
                yield [*base, "", "", "", "", "", ""]
            for contact in people:
                yield [*base, contact.full_name, contact.position or "",
                       "; ".join(phones.get((client.id, contact.id), [])),
                       "; ".join(emails.get((client.id, contact.id), [])),
                       contact.birthday.isoformat() if contact.birthday else "",
                       word("primary", "yes") if contact.is_primary else ""]
                base = [*base[:3], *[""] * (len(base) - 3)]  # client fields once per client


def export_clients(s: Session, path: Path, fmt: str | None = None,
                   query: Select[Any] | None = None, words: ExportWords = ENGLISH) -> int:
    """Write the clients to `path` (format by suffix unless given); returns rows written.
    Tables carry `words` (headers and values in the caller's language); vCards use the
    standard's own words."""
    kind = (fmt or path.suffix.lstrip(".")).lower()
    if kind in ("vcf", "vcard"):
        return _write_vcards(s, path, query)
    if kind not in ("csv", "xlsx"):
        raise CrmError(FILE_KIND, name=path.name)
    if path.suffix.lower() != f".{kind}":
        raise CrmError(NAME_FOR_FORMAT, kind=kind, format=kind.upper(), name=path.name)
    return write_table(path, words.header_row(), export_rows(s, query, words))


def _write_vcards(s: Session, path: Path, query: Select[Any] | None) -> int:
    """One vCard per contact person (ORG = the client) and one per client without contacts."""
    count = 0
    try:
        with path.open("w", encoding="utf-8", newline="") as out:
            current = ""
            for row in export_rows(s, query):
                values = dict(zip(COLUMNS, row, strict=True))
                if values["short_name"]:
                    current = values["short_name"]
                card = vobject.vCard()
                person = values["contact"]
                card.add("fn").value = person or current
                card.add("n").value = vobject.vcard.Name(family=person or current)
                if values["kind"] == "organization" or person:
                    card.add("org").value = [current]
                # vCard 4.0's KIND, understood by our import: a person of the ORG, or the ORG
                card.add("kind").value = "individual" if person else (
                    "org" if values["kind"] == "organization" else "individual")
                card.add("x-crm-client-id").value = values["client_id"]
                card.add("x-crm-client-kind").value = values["kind"]
                for field_name in ("phones", "contact_phones"):
                    for item in filter(None, values[field_name].split("; ")):
                        kind, _, number = item.partition(": ")
                        tel = card.add("tel")
                        tel.value = number or kind
                        tel.type_param = {"mobile": "CELL", "home": "HOME", "fax": "FAX"}.get(
                            kind, "WORK")
                for field_name in ("emails", "contact_emails"):
                    for address in filter(None, values[field_name].split("; ")):
                        card.add("email").value = address
                if values["position"]:
                    card.add("title").value = values["position"]
                if values["birthday"]:
                    card.add("bday").value = values["birthday"]
                if values["notes"]:
                    card.add("note").value = values["notes"]
                if values["website"]:
                    card.add("url").value = values["website"]
                if values["tags"]:
                    card.add("categories").value = values["tags"].split("; ")
                out.write(card.serialize())
                count += 1
    except OSError as exc:
        raise CrmError(WRITE_FAILED, path=path, reason=exc.strerror or str(exc)) from exc
    return count

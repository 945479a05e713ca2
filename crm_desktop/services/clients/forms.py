"""A client card as plain data (no session): what the card, the assistant, the import and the
demo hand to validation (`card.validate`), duplicate control and the writer (`writer`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from crm_desktop.models import ClientKind, ClientStatus, PhoneKind
from crm_desktop.services.clients.duplicates import Probe


@dataclass(slots=True)
class PhoneForm:
    raw: str
    kind: PhoneKind = PhoneKind.WORK
    id: uuid.UUID | None = None


@dataclass(slots=True)
class EmailForm:
    address: str
    id: uuid.UUID | None = None


@dataclass(slots=True)
class PersonLinkForm:
    """A typed link from this contact person to another (of any client)."""

    other_id: uuid.UUID
    kind: str
    note: str = ""
    other_name: str = ""
    id: uuid.UUID | None = None


@dataclass(slots=True)
class ContactForm:
    full_name: str
    position: str = ""
    birthday: date | None = None
    notes: str = ""
    is_primary: bool = False
    phones: list[PhoneForm] = field(default_factory=list)
    emails: list[EmailForm] = field(default_factory=list)
    links: list[PersonLinkForm] = field(default_factory=list)
    id: uuid.UUID | None = None


@dataclass(slots=True)
class BankForm:
    bank_name: str
    account: str
    bic: str = ""
    currency: str = ""
    is_default: bool = False
    id: uuid.UUID | None = None


@dataclass(slots=True)
class RelationForm:
    other_id: uuid.UUID
    kind: str
    note: str = ""
    other_name: str = ""
    id: uuid.UUID | None = None


@dataclass(slots=True)
class ClientForm:
    short_name: str = ""
    kind: ClientKind = ClientKind.ORGANIZATION
    full_name: str = ""
    status: ClientStatus = ClientStatus.LEAD
    source: str = ""
    responsible_id: uuid.UUID | None = None
    tags: list[str] = field(default_factory=list)
    country: str = "KZ"
    region: str = ""
    city: str = ""
    address: str = ""
    currency: str = "KZT"
    language: str = ""
    tax_id: str = ""
    tax_id_2: str = ""
    legal_address: str = ""
    website: str = ""
    notes: str = ""
    custom: dict[str, Any] = field(default_factory=dict)
    phones: list[PhoneForm] = field(default_factory=list)  # the client's own (office) phones
    emails: list[EmailForm] = field(default_factory=list)
    contacts: list[ContactForm] = field(default_factory=list)
    banks: list[BankForm] = field(default_factory=list)
    relations: list[RelationForm] = field(default_factory=list)
    id: uuid.UUID | None = None

    def probe(self, e164: dict[tuple[str, int, int], str]) -> Probe:
        """What duplicate control compares: name, tax ID, every phone (as `validate` parsed
        them) and every e-mail."""
        emails = [e.address for e in self.emails] + [
            e.address for c in self.contacts for e in c.emails]
        return Probe(self.short_name, self.tax_id, list(e164.values()), emails, self.kind)

"""What an import does with a record that matches an existing client (`duplicates`): skip it,
update the existing client with the file's values, or create it anyway (the decision recorded).
A record matching a merged-away client is never created again, whatever the policy."""

from __future__ import annotations

from enum import StrEnum

from crm_desktop.services.clients.duplicates import name_key
from crm_desktop.services.clients.forms import ClientForm


class Policy(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


def merge_into(existing: ClientForm, new: ClientForm) -> ClientForm:
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

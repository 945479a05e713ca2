"""Every import source becomes a table: CSV/XLSX as they are (`core.table_files`), vCards as
rows with our own export's headers, so each source goes through the one mapping step. A new
source (another program's export) adds a reader here and reuses everything after it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import vobject
from charset_normalizer import from_bytes

from crm_desktop.models import PhoneKind
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.table_files import Table, read_table

from .mapping import (
    ADDRESS,
    BIRTHDAY,
    CLIENT_ID,
    CONTACT,
    CONTACT_EMAILS,
    CONTACT_PHONES,
    KIND,
    NAME,
    NOTES,
    OWN_HEADERS,
    PHONE_KIND_WORDS,
    POSITION,
    TAGS,
    WEBSITE,
)

FILE_KIND = error_code("import.file_kind", "Choose a .csv, .xlsx or .vcf file, not {name}")
VCARD_NOT_UTF8 = error_code("import.vcard_not_utf8",
                            "{name} cannot be read as UTF-8 vCard: {reason}")
VCARD_UNREADABLE = error_code("import.vcard_unreadable",
                              "{name} is not a readable vCard file: {reason}")
NO_VCARDS = error_code("import.no_vcards", "{name} has no vCards")


def read_source(path: Path, fmt: str | None = None, delimiter: str | None = None) -> Table:
    """The file as a table: CSV/XLSX as they are, vCards as rows with our own headers.
    `delimiter` is the person's choice for a CSV whose delimiter could not be told."""
    kind = (fmt or path.suffix.lstrip(".")).lower()
    if kind in ("vcf", "vcard"):
        return read_vcards(path)
    if kind not in ("csv", "xlsx", "txt"):
        raise CrmError(FILE_KIND, name=path.name)
    return read_table(path, "xlsx" if kind == "xlsx" else "csv", delimiter)


def _vcard_values(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name, []))


def _vcard_first(card: Any, name: str) -> str:
    """The first value of a property as text, "" when the card has none."""
    values = _vcard_values(card, name)
    return str(values[0].value).strip() if values else ""


def _vcard_kind(item: Any) -> PhoneKind:
    types = " ".join(str(t) for t in item.params.get("TYPE", [])).lower()
    for word, kind in PHONE_KIND_WORDS.items():
        if word in types:
            return kind
    return PhoneKind.WORK


def _vcard_text(raw: bytes, name: str) -> str:
    """UTF-8 (the standard's), else the encoding the bytes show (a Windows-1251 export of an
    old phone or Outlook)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guess = from_bytes(raw).best()
        if guess is None:
            raise CrmError(VCARD_NOT_UTF8, name=name, reason=str(exc)) from exc
        return str(guess)


def read_vcards(path: Path) -> Table:
    """vCard 3.0 or 4.0 (several TEL and EMAIL each) as a table with our own headers."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CrmError(VCARD_UNREADABLE, name=path.name, reason=exc.strerror or str(exc)) from exc
    text = _vcard_text(raw, path.name)
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
        raise CrmError(VCARD_UNREADABLE, name=path.name, reason=str(exc)) from exc
    if not rows:
        raise CrmError(NO_VCARDS, name=path.name)
    return Table(headers, rows)

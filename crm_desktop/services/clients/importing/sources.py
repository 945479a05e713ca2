"""Every import source becomes a table: CSV/XLSX as they are (`core.table_files`), vCards as
rows with our own export's headers, so each source goes through the one mapping step. A new
source (another program's export) adds a reader here and reuses everything after it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import vobject

from crm_desktop.models import PhoneKind
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.table_files import Table, decode_text, read_table

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


def _pref(item: Any) -> int:
    """vCard 4.0's PREF (1 is the most preferred; none is the least)."""
    for value in item.params.get("PREF", []):
        if str(value).strip().isdigit():
            return int(str(value).strip())
    types = " ".join(str(t) for t in item.params.get("TYPE", [])).lower()
    return 1 if "pref" in types else 101  # vCard 3.0 writes TYPE=pref


def _vcard_values(card: Any, name: str) -> list[Any]:
    """The property's values, the preferred first (a stable sort keeps the file's order)."""
    return sorted(card.contents.get(name, []), key=_pref)


def _vcard_first(card: Any, name: str) -> str:
    """The first value of a property as text, "" when the card has none."""
    values = _vcard_values(card, name)
    return str(values[0].value).strip() if values else ""


def _vcard_name(card: Any) -> str:
    """FN (the preferred one; several FN in vCard 4.0 are one name in several languages or
    scripts), else the structured N as "Family Given Additional"."""
    names = [n for n in _vcard_values(card, "fn") if str(n.value).strip()]
    if names:
        plain = [n for n in names if not n.params.get("LANGUAGE") and _pref(n) > 100]
        best = names[0] if _pref(names[0]) <= 100 or not plain else plain[0]
        return str(best.value).strip()
    for n in _vcard_values(card, "n"):
        value = n.value
        parts = [getattr(value, k, "") for k in ("family", "given", "additional")]
        text = " ".join(" ".join(p) if isinstance(p, list) else str(p) for p in parts if p)
        if text.strip():
            return text.strip()
    return ""


def tel_text(value: str) -> str:
    """A TEL value as a person types it: vCard 4.0's `tel:` URI (RFC 3966) without its scheme,
    an extension as "ext. N", other parameters (phone-context, isub) dropped."""
    text = value.strip()
    if text[:4].lower() != "tel:":
        return text
    number, *params = text[4:].split(";")
    extension = ""
    for param in params:
        key, _, found = param.partition("=")
        if key.strip().lower() == "ext" and found.strip():
            extension = found.strip()
    number = number.strip()
    return f"{number} ext. {extension}" if extension else number


def _vcard_date(value: str) -> tuple[str, str]:
    """(birthday, note): a date vCard 3.0/4.0 writes ("1996-04-15", "19960415",
    "19531015T231000Z", "--0415") as ISO text, a text birthday ("circa 1800") as a note."""
    text = value.strip()
    if not text:
        return "", ""
    if text.startswith("--"):
        return "", ""  # month and day without a year: not kept (the card needs a year)
    digits = text.split("T", 1)[0].replace("-", "")
    if len(digits) == 8 and digits.isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}", ""
    return "", text


def _vcard_kind(item: Any) -> PhoneKind:
    types = " ".join(str(t) for t in item.params.get("TYPE", [])).lower()
    for word, kind in PHONE_KIND_WORDS.items():
        if word in types:
            return kind
    return PhoneKind.WORK


def _mailto(value: str) -> str:
    text = value.strip()
    return text[7:].strip() if text[:7].lower() == "mailto:" else text


def read_vcards(path: Path) -> Table:
    """vCard 3.0 or 4.0 (several TEL and EMAIL each) as a table with our own headers."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CrmError(VCARD_UNREADABLE, name=path.name, reason=exc.strerror or str(exc)) from exc
    text = decode_text(raw, path.name)  # UTF-8 (the standard's), else what the bytes show
    headers = [OWN_HEADERS[f] for f in (CLIENT_ID, KIND, NAME, CONTACT, POSITION,
                                        CONTACT_PHONES, CONTACT_EMAILS, BIRTHDAY, ADDRESS,
                                        NOTES, TAGS, WEBSITE)]
    rows: list[list[str]] = []
    try:
        for card in vobject.readComponents(text, ignoreUnreadable=True):
            fn = _vcard_name(card)
            org_items = _vcard_values(card, "org")
            org = ""
            if org_items:  # structured: the organization, then its units
                value = org_items[0].value
                org = (value[0] if isinstance(value, list) and value else str(value)).strip()
            card_kind = _vcard_first(card, "kind").lower()
            is_org = card_kind == "org"
            phones = [f"{_vcard_kind(t).value}: {tel_text(str(t.value))}"
                      for t in _vcard_values(card, "tel") if tel_text(str(t.value))]
            emails = [_mailto(str(e.value)) for e in _vcard_values(card, "email")
                      if _mailto(str(e.value))]
            address = ""
            if adrs := _vcard_values(card, "adr"):  # the preferred, else a work address
                work = [a for a in adrs if "work" in " ".join(
                    str(t) for t in a.params.get("TYPE", [])).lower()]
                a = (adrs[0] if _pref(adrs[0]) <= 100 or not work else work[0]).value
                address = ", ".join(str(x) for x in (a.street, a.extended, a.city, a.region,
                                                     a.code, a.country)
                                    if x and str(x).strip())
            tags: list[str] = []
            for cat in _vcard_values(card, "categories"):
                value = cat.value
                tags.extend(value if isinstance(value, list) else str(value).split(","))
            birthday, text_birthday = _vcard_date(_vcard_first(card, "bday"))
            note = "\n".join(n for n in (_vcard_first(card, "note"), text_birthday) if n)
            # Without KIND, a card whose name is its ORG is the organization's own card.
            person_name = "" if is_org or (fn == org and not card_kind) else fn
            rows.append([
                _vcard_first(card, "x-crm-client-id"),
                _vcard_first(card, "x-crm-client-kind") or (
                    "organization" if (org or is_org) else "person"),
                org or fn, person_name if org else "", _vcard_first(card, "title"),
                "; ".join(phones), "; ".join(emails), birthday, address,
                note, "; ".join(t.strip() for t in tags),
                _vcard_first(card, "url")])
    except Exception as exc:  # vobject raises its own ParseError and plain ValueErrors
        raise CrmError(VCARD_UNREADABLE, name=path.name, reason=str(exc)) from exc
    if not rows:
        raise CrmError(NO_VCARDS, name=path.name)
    return Table(headers, rows)

"""Global type-ahead search over clients, tax IDs, contacts, e-mails and phones.

The index is a plain table of terms (works the same on SQLite and PostgreSQL):
words of names, whole e-mails and their local part, tax IDs, and for every phone its digits
(for "+7 701 123…" and "8 701 …") plus its digits reversed (for a tail such as "1234567").
A query matches a client when every word of it is a prefix of one of the client's terms.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, func, insert, select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Contact, Email, Phone, SearchTerm
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.identity import REINDEX
from crm_desktop.services.locale.phones import format_international

MAX_TERM = 100
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_PHONEISH = re.compile(r"^[\d\s()+\-./]+$")
REVERSED = "~"  # marks reversed phone digits
TOP = "\U0010ffff"


def words(text: str | None) -> list[str]:
    return [w.casefold()[:MAX_TERM] for w in _WORD.findall(text or "")]


def query_tokens(text: str) -> list[str]:
    """Words of a query; an e-mail address (anything with @) stays one token."""
    tokens: list[str] = []
    for chunk in text.split():
        tokens.extend([chunk.casefold()[:MAX_TERM]] if "@" in chunk else words(chunk))
    return tokens


def phone_digits_variants(text: str) -> set[str]:
    """Digits of a typed phone, plus the international form of common trunk prefixes."""
    digits = re.sub(r"\D", "", text)
    variants = {digits}
    if len(digits) == 11 and digits.startswith("8"):  # KZ/RU: 8 701 … = +7 701 …
        variants.add("7" + digits[1:])
    if len(digits) == 10 and digits.startswith("0"):  # UA: 044 … = +380 44 …
        variants.add("38" + digits)
    if len(digits) == 10 and digits.startswith("0") and digits[1] in "12457":  # AZ: 012 …
        variants.add("994" + digits[1:])
    return {v for v in variants if v}


def phone_label(raw: str, e164: str) -> str:
    """How a phone is shown when the search finds it: as typed; a number typed in bare E.164
    (generated data) in the international format."""
    return format_international(e164) if raw.strip() == e164 else raw.strip()


def client_terms(name: str, full_name: str | None, tax_id: str | None,
                 contacts: Iterable[str], emails: Iterable[str],
                 phones: Iterable[str], phone_labels: dict[str, str] | None = None
                 ) -> dict[str, str]:
    """term -> label for one client. Phones are E.164; their label is `phone_labels`' (see
    `phone_label`), else the international format. Contacts, e-mails and phones are taken in
    sorted order, so the terms do not depend on the order the rows were written or read."""
    terms: dict[str, str] = {}
    for word in words(name) + words(full_name):
        terms.setdefault(word, name)
    if tax_id:
        terms.setdefault(re.sub(r"[\s\-.]", "", tax_id).casefold()[:MAX_TERM], tax_id)
    for contact in sorted(contacts):
        for word in words(contact):
            terms.setdefault(word, contact)
    for email in sorted(emails):  # a prefix of the whole address also finds its local part
        terms.setdefault(email.casefold()[:MAX_TERM], email)
    for e164 in sorted(phones):
        digits = re.sub(r"\D", "", e164)
        if digits:
            label = (phone_labels or {}).get(e164) or format_international(e164)
            terms.setdefault(digits, label)
            terms.setdefault(REVERSED + digits[::-1], label)
    return terms


def _rows_for(s: Session, client_ids: list[uuid.UUID]) -> Iterator[dict[str, object]]:
    clients = s.execute(select(Client.id, Client.short_name, Client.full_name, Client.tax_id)
                        .where(Client.id.in_(client_ids), Client.deleted_at.is_(None))).all()
    contacts: dict[uuid.UUID, list[str]] = {}
    for cid, name in s.execute(select(Contact.client_id, Contact.full_name).where(
            Contact.client_id.in_(client_ids), Contact.deleted_at.is_(None))):
        contacts.setdefault(cid, []).append(name)
    emails: dict[uuid.UUID, list[str]] = {}
    for cid, address in s.execute(select(Email.client_id, Email.address).where(
            Email.client_id.in_(client_ids), Email.deleted_at.is_(None))):
        emails.setdefault(cid, []).append(address)
    phones: dict[uuid.UUID, dict[str, str]] = {}  # e164 -> label, the first phone's
    for cid, e164, raw in s.execute(select(Phone.client_id, Phone.e164, Phone.raw).where(
            Phone.client_id.in_(client_ids), Phone.deleted_at.is_(None),
            Phone.e164.is_not(None)).order_by(Phone.created_at, Phone.id)):
        phones.setdefault(cid, {}).setdefault(e164 or "", phone_label(raw, e164 or ""))
    for cid, name, full, tax in clients:
        labels = phones.get(cid, {})
        terms = client_terms(name, full, tax, contacts.get(cid, ()), emails.get(cid, ()),
                             list(labels), labels)
        for term, label in terms.items():
            yield {"client_id": cid, "term": term, "label": label[:255]}


def reindex_clients(s: Session, client_ids: list[uuid.UUID]) -> None:
    """Refresh the terms of these clients inside the caller's transaction."""
    for start in range(0, len(client_ids), 500):
        chunk = client_ids[start:start + 500]
        s.execute(delete(SearchTerm).where(SearchTerm.client_id.in_(chunk)))
        rows = list(_rows_for(s, chunk))
        if rows:
            s.execute(insert(SearchTerm), rows)


def rebuild_index(db: Database, batch: int = 2000) -> int:
    """Rebuild the whole index; returns the number of terms. Safe to run again."""
    with db.session(REINDEX) as s:
        s.execute(delete(SearchTerm))
        ids = list(s.scalars(select(Client.id).where(Client.deleted_at.is_(None))))
        for start in range(0, len(ids), batch):
            rows = list(_rows_for(s, ids[start:start + batch]))
            if rows:
                s.execute(insert(SearchTerm), rows)
        return s.scalar(select(func.count()).select_from(SearchTerm)) or 0



def index_is_empty(s: Session) -> bool:
    return s.scalar(select(SearchTerm.client_id).limit(1)) is None


def ensure_index(db: Database) -> int:
    """Build the index where clients exist but it is empty (a database from before the
    index existed); returns the number of terms built, 0 when nothing was needed."""
    with db.session() as s:
        needed = index_is_empty(s) and s.scalar(select(Client.id).limit(1)) is not None
    return rebuild_index(db) if needed else 0


@dataclass(frozen=True)
class SearchHit:
    client_id: uuid.UUID
    client_name: str
    matched: str  # the contact, phone, e-mail or tax ID that matched


CANDIDATES = 400


def _range(term: str) -> Any:
    return and_(SearchTerm.term >= term, SearchTerm.term < term + TOP)


def _candidates(s: Session, terms: Iterable[str]) -> dict[uuid.UUID, str]:
    """client id -> label for the first clients whose terms start with any of `terms`.

    A bounded index range scan: the closest terms come first, and a two-letter prefix
    costs no more than a long one.
    """
    found: dict[uuid.UUID, str] = {}
    for term in terms:
        for client_id, label in s.execute(
                select(SearchTerm.client_id, SearchTerm.label).where(_range(term))
                .order_by(SearchTerm.term).limit(CANDIDATES)):
            found.setdefault(client_id, label)
    return found


def search_clients(s: Session, query: str, limit: int = 20) -> list[SearchHit]:
    """Clients matching the typed text: every word a prefix of one of the client's terms
    (a phone by its digits in any common format, or by its tail). Fewer than two characters
    find nothing; a word of one letter waits until it grows."""
    text = query.strip()
    if len(text) < 2:
        return []
    if _PHONEISH.match(text) and sum(c.isdigit() for c in text) >= 3:
        variants = phone_digits_variants(text)
        found = _candidates(s, sorted(variants) + sorted(REVERSED + v[::-1] for v in variants))
    else:
        tokens = sorted({t for t in query_tokens(text) if len(t) >= 2}, key=len, reverse=True)
        if not tokens:
            return []
        found = _candidates(s, tokens[:1])
        for token in tokens[1:5]:
            if not found:
                break
            keep = set(s.scalars(select(SearchTerm.client_id).where(
                SearchTerm.client_id.in_(list(found)), _range(token))))
            found = {k: v for k, v in found.items() if k in keep}
    if not found:
        return []
    rows = s.execute(select(Client.id, Client.short_name).where(
        Client.id.in_(list(found)), Client.deleted_at.is_(None))
        .order_by(Client.short_name).limit(limit)).all()
    return [SearchHit(cid, name, found[cid] if found[cid] != name else "") for cid, name in rows]

"""Duplicate control for counterparties.

Two clients are duplicate candidates when any of these match:
- the normalized tax ID (digits and letters only, upper-cased);
- a phone in E.164 (so "8 701 123 45 67" meets "+7 (701) 123-45-67");
- an e-mail address, ignoring case;
- the name: legal forms and quotes removed (ТОО, ЖШС, АО, ИП, ООО, ТОВ, ФОП, MMC, ASC, ХХК,
  LLP, LLC, JSC…), Cyrillic transliterated to Latin, words sorted — the *name key* — and then
  compared with rapidfuzz (so "ТОО «Астана Трейд»", "Астана Трейд ТОО" and "Astana Treid LLP"
  all have the key "astana treid").

The name key is stored on the client (`clients.name_key`) so an in-memory `NameIndex` can be
loaded quickly and refreshed incrementally by `updated_at`. Merged-away clients stay in the
index and point at their survivor, so later imports and registrations meet the survivor.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from rapidfuzz import fuzz, process
from sqlalchemy import event, or_, select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Email, Phone
from crm_desktop.services.locale.taxids import normalize_tax_id

NAME_THRESHOLD = 85  # rapidfuzz ratio (0-100) of two name keys, words sorted
IMPORT_THRESHOLD = 92  # stricter when nobody looks at the candidates
MAX_CANDIDATES = 10

# Legal forms after transliteration ("ТОО" -> "too"). "АҚ" (ak) is left out: "Ак Жол" is a name.
_LEGAL_FORMS = frozenset((
    "too", "zhshs", "ao", "ip", "zhk", "ooo", "oao", "zao", "pao", "tov", "fop", "pp", "pat",
    "vat", "prat", "chp", "mmc", "asc", "qsc", "khkhk", "khk", "llp", "llc", "jsc", "ojsc",
    "cjsc", "pjsc", "ltd", "inc", "corp", "co", "plc", "gmbh", "ag", "sa", "bv",
))
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
    # Kazakh, Ukrainian, Mongolian, Azerbaijani letters
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "і": "i", "є": "ie", "ґ": "g", "ə": "e", "ı": "i", "ß": "ss",
    # spellings that vary between transliteration habits: Трейд = Treid = Treyd
    "y": "i", "w": "v", "j": "i",
})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def transliterate(text: str) -> str:
    """Lower-case Latin letters for any of our users' scripts (diacritics dropped)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    # NFKD splits й into и + breve and ё into е + diaeresis: both dropped above, as wanted
    return plain.translate(_TRANSLIT)


def name_key(name: str | None) -> str:
    """The comparable form of a counterparty's name: see the module's docstring."""
    tokens = [transliterate(w) for w in _WORD.findall(name or "")]
    tokens = [t for t in tokens if t]
    meaningful = [t for t in tokens if t not in _LEGAL_FORMS]
    return " ".join(sorted(meaningful or tokens))[:255]


@event.listens_for(Session, "before_flush")
def _keep_keys(session: Session, _ctx: object, _instances: object) -> None:
    """Every client saved through the ORM carries its name key and a normalized tax ID."""
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Client):
            obj.name_key = name_key(obj.short_name)
            if obj.tax_id:
                obj.tax_id = normalize_tax_id(obj.tax_id) or None


_NUMBER = re.compile(r"\d+")


def same_numbers(key: str, other: str) -> bool:
    """Names that differ in a number ("Филиал 1", "Филиал 2") are different firms, however
    alike the letters."""
    return _NUMBER.findall(key) == _NUMBER.findall(other)


@dataclass(frozen=True)
class Match:
    """What made a candidate: kind is "tax_id", "phone", "email" or "name"."""

    kind: str
    value: str
    score: int = 100


@dataclass
class Candidate:
    client_id: uuid.UUID
    name: str
    matches: list[Match] = field(default_factory=list)
    merged_from: str | None = None  # the merged-away name that matched, if any

    @property
    def score(self) -> int:
        exact = any(m.kind != "name" for m in self.matches)
        return 100 + len(self.matches) if exact else max(m.score for m in self.matches)


@dataclass
class Probe:
    """What is being typed or saved: any part may be empty."""

    name: str = ""
    tax_id: str = ""
    phones: list[str] = field(default_factory=list)  # E.164
    emails: list[str] = field(default_factory=list)


class NameIndex:
    """Name keys of every client in memory, for fuzzy matching in a few milliseconds.

    `refresh(s)` loads only rows changed since the last refresh (by `updated_at`), so calling it
    before every check costs one indexed query when nothing changed. Thread-safe.
    """

    def __init__(self) -> None:
        self._rows: dict[uuid.UUID, tuple[str, uuid.UUID | None, bool]] = {}
        self._stamp: datetime | None = None
        self._keys: list[str] = []
        self._ids: list[uuid.UUID] = []
        self._dirty = True
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._rows)

    def refresh(self, s: Session) -> None:
        query = select(Client.id, Client.name_key, Client.deleted_at, Client.merged_into_id,
                       Client.updated_at)
        if self._stamp is not None:
            query = query.where(Client.updated_at >= self._stamp)
        rows = s.execute(query).all()
        if not rows:
            return
        with self._lock:
            for cid, key, deleted, merged, updated in rows:
                alive = deleted is None
                before = self._rows.get(cid)
                if alive or merged is not None:
                    entry = (key or "", merged, alive)
                    if entry != before:
                        self._rows[cid] = entry
                        self._dirty = True
                elif before is not None:
                    del self._rows[cid]
                    self._dirty = True
                if self._stamp is None or updated > self._stamp:
                    self._stamp = updated

    def add(self, client_id: uuid.UUID, key: str) -> None:
        """Remember a client created in a transaction not yet committed (imports)."""
        with self._lock:
            self._rows[client_id] = (key, None, True)
            self._dirty = True

    def similar(self, key: str, threshold: int = NAME_THRESHOLD,
                limit: int = MAX_CANDIDATES) -> list[tuple[uuid.UUID, int]]:
        """(client id, score) of names whose key scores at least `threshold`, best first.
        A merged-away name answers with its survivor's id."""
        if not key:
            return []
        with self._lock:
            if self._dirty:
                self._ids = list(self._rows)
                self._keys = [self._rows[i][0] for i in self._ids]
                self._dirty = False
            ids, keys = self._ids, self._keys
            found = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=threshold,
                                    limit=limit * 2)
            result: dict[uuid.UUID, int] = {}
            for found_key, score, index in found:
                if not same_numbers(key, found_key):
                    continue
                target = self._resolve(ids[index])
                if target is not None and target not in result:
                    result[target] = int(score)
        return list(result.items())[:limit]

    def _resolve(self, client_id: uuid.UUID) -> uuid.UUID | None:
        seen: set[uuid.UUID] = set()
        current: uuid.UUID | None = client_id
        while current is not None and current not in seen:
            seen.add(current)
            row = self._rows.get(current)
            if row is None:
                return None
            if row[2]:
                return current
            current = row[1]
        return None


_SHARED: dict[str, NameIndex] = {}


def shared_index(database_label: str) -> NameIndex:
    """One name index per database for the whole program (card, assistant, imports)."""
    return _SHARED.setdefault(database_label, NameIndex())


def forget_index(database_label: str) -> None:
    """Drop the shared index (after a restore the rows are older than what it has seen)."""
    _SHARED.pop(database_label, None)


def survivor_of(s: Session, client_id: uuid.UUID) -> uuid.UUID | None:
    """The live client a (possibly merged-away) client now lives on as; None if deleted."""
    seen: set[uuid.UUID] = set()
    current: uuid.UUID | None = client_id
    while current is not None and current not in seen:
        seen.add(current)
        row = s.execute(select(Client.deleted_at, Client.merged_into_id)
                        .where(Client.id == current)).first()
        if row is None:
            return None
        if row.deleted_at is None:
            return current
        current = row.merged_into_id
    return None


def find_duplicates(s: Session, probe: Probe, index: NameIndex | None = None,
                    exclude: uuid.UUID | None = None) -> list[Candidate]:
    """Existing clients that look like `probe`, strongest first (exact matches before names).

    `index` (kept by the caller between keystrokes) is refreshed here; without one, names are
    compared exactly by key only.
    """
    found: dict[uuid.UUID, Candidate] = {}

    def hit(client_id: uuid.UUID, match: Match) -> None:
        target = survivor_of(s, client_id)
        if target is None or target == exclude:
            return
        candidate = found.setdefault(target, Candidate(target, ""))
        if match not in candidate.matches:
            candidate.matches.append(match)

    tax = normalize_tax_id(probe.tax_id) if probe.tax_id.strip() else ""
    if tax:
        for cid in s.scalars(select(Client.id).where(
                Client.tax_id == tax,
                or_(Client.deleted_at.is_(None), Client.merged_into_id.is_not(None)))):
            hit(cid, Match("tax_id", tax))
    phones = sorted({p for p in probe.phones if p})
    if phones:
        for cid, e164 in s.execute(select(Phone.client_id, Phone.e164).where(
                Phone.e164.in_(phones), Phone.deleted_at.is_(None))):
            hit(cid, Match("phone", e164 or ""))
    emails = sorted({e.strip().casefold() for e in probe.emails if e.strip()})
    if emails:
        for cid, address in s.execute(select(Email.client_id, Email.address_lower).where(
                Email.address_lower.in_(emails), Email.deleted_at.is_(None))):
            hit(cid, Match("email", address))
    key = name_key(probe.name)
    if key:
        if index is not None:
            index.refresh(s)
            for cid, score in index.similar(key):
                hit(cid, Match("name", probe.name.strip(), score))
        else:
            for cid in s.scalars(select(Client.id).where(
                    Client.name_key == key,
                    or_(Client.deleted_at.is_(None), Client.merged_into_id.is_not(None)))):
                hit(cid, Match("name", probe.name.strip()))
    if not found:
        return []
    names = {cid: name for cid, name in s.execute(
        select(Client.id, Client.short_name).where(Client.id.in_(list(found))))}
    for candidate in found.values():
        candidate.name = names.get(candidate.client_id, "")
    return sorted(found.values(), key=lambda c: (-c.score, c.name))[:MAX_CANDIDATES]


def describe_matches(matches: Iterable[Match]) -> str:
    """A one-line, untranslated summary (for logs, reports and the decision record)."""
    return "; ".join(f"{m.kind}: {m.value}" + (f" ({m.score}%)" if m.kind == "name" else "")
                     for m in matches)

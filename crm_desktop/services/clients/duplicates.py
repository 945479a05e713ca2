"""Duplicate control for counterparties: one engine for the card, the registration assistant,
the import and merge.

Two clients are duplicate candidates when any of these match:
- the normalized tax ID (digits and letters only, upper-cased);
- a phone in E.164 (so "8 701 123 45 67" meets "+7 (701) 123-45-67");
- an e-mail address, ignoring case;
- the name: legal forms and quotes removed (ТОО, ЖШС, АО, ИП, ООО, ТОВ, ФОП, MMC, ASC, ХХК,
  LLP, LLC, JSC…), Cyrillic transliterated to Latin, words sorted — the *name key* — and then
  compared with rapidfuzz's ratio (so "ТОО «Астана Трейд»", "Астана Трейд ТОО" and
  "Astana Treid LLP" all have the key "astana treid").

How close two names must be depends on the kinds of the two clients (`NAME_THRESHOLDS`; a pair
needs the stricter of its two kinds, so the rule is symmetric):
- organization and organization: ratio ≥ 90. A typo or another transliteration of a firm's
  name scores 91-97 ("astana treid"/"astana tredi" 92, "baikal group"/"baikal grupp" 92,
  "kaspii logistic"/"kaspii logistik" 93), while different firms that share a word score
  lower ("alatau stroi"/"altai stroi" 87, "agro bereke"/"avto bereke" 82, "tengri treid"/
  "tengri trest" 83). The card used 85 (it flagged Alatau/Altai) and the import 92 (it
  missed the Astana typo); one value now serves both.
- a person on either side: the same key only (100). People's names are short and shared by
  relatives: "ivanov sergei"/"ivanova sergei" scores 96 and "kim olga"/"kim oleg" 88 — two
  people each time. Word order, script and case are already in the key, and a person's
  phone, e-mail or IIN finds the rest.
Names that differ in a number ("Филиал 1", "Филиал 2") never match, however alike.

Where the rule runs: `find_duplicates` with a `NameIndex` (every key in memory, compared in a
few milliseconds per keystroke) for the card and the assistant; `KnownClients` for the import
(dictionaries plus a blocked fuzzy match, so 100 000 rows stay linear: a name is compared with
those sharing its rarest word or its number, a limit the interactive check does not have).

The name key is stored on the client (`clients.name_key`, written by `services.clients.writer`
and kept by a flush hook for any other ORM change) so the index loads quickly and refreshes
incrementally by `updated_at`. Merged-away clients stay in the indexes and resolve to their
survivor through `survivors` (one query however long the merged-into chain), so later imports
and registrations meet the survivor.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from rapidfuzz import fuzz, process
from sqlalchemy import event, literal, or_, select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, ClientKind, Email, Phone
from crm_desktop.services.core.errors import Message, error_code
from crm_desktop.services.locale.taxids import normalize_tax_id

# The ratio (0-100) two name keys need, by client kind; a pair needs the stricter of its two.
NAME_THRESHOLDS: dict[ClientKind, int] = {ClientKind.ORGANIZATION: 90, ClientKind.PERSON: 100}
# What made an import row match an existing client (import report notes; the English text is
# also what a duplicate decision records).
SAME_TAX_ID = error_code("duplicates.tax_id", "tax ID {value}")
SAME_PHONE = error_code("duplicates.phone", "phone {value}")
SAME_EMAIL = error_code("duplicates.email", "e-mail {value}")
SAME_NAME = error_code("duplicates.name", "name {value}")
SIMILAR_NAME = error_code("duplicates.similar_name", "name {value} ({score}%)")


MAX_CANDIDATES = 10
MAX_HOPS = 64  # a merged-into chain longer than this is broken data, not history
BLOCK_LIMIT = 20_000  # the import compares no name with a block larger than this

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


@lru_cache(maxsize=4096)
def name_key(name: str | None) -> str:
    """The comparable form of a counterparty's name: see the module's docstring."""
    tokens = [transliterate(w) for w in _WORD.findall(name or "")]
    tokens = [t for t in tokens if t]
    meaningful = [t for t in tokens if t not in _LEGAL_FORMS]
    return " ".join(sorted(meaningful or tokens))[:255]


@event.listens_for(Session, "before_flush")
def _keep_keys(session: Session, _ctx: object, _instances: object) -> None:
    """Every client changed through the ORM keeps its name key and a normalized tax ID (the
    writer sets both itself; this covers any other edit, e.g. a merge taking the other name)."""
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


def name_threshold(kind: ClientKind, other_kind: ClientKind) -> int:
    """The ratio two names need to be duplicates: the stricter of the two kinds'."""
    return max(NAME_THRESHOLDS[kind], NAME_THRESHOLDS[other_kind])


def name_score(key: str, other: str) -> int:
    """The similarity of two name keys (0-100); 0 when they differ in a number."""
    if not key or not other or not same_numbers(key, other):
        return 0
    return int(fuzz.ratio(key, other))


def names_match(key: str, kind: ClientKind, other: str, other_kind: ClientKind) -> bool:
    """Whether two clients' names make them duplicate candidates (the one rule for all)."""
    if not key or not other:
        return False
    if key == other:
        return True
    return same_numbers(key, other) and fuzz.ratio(key, other) >= name_threshold(
        kind, other_kind)


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
    kind: ClientKind = ClientKind.ORGANIZATION


# -- merged-away clients ---------------------------------------------------------------------
def survivors(s: Session, ids: Iterable[uuid.UUID] | None = None, chunk: int = 500
              ) -> dict[uuid.UUID, uuid.UUID | None]:
    """The live client each id now lives on as: itself when alive, the end of its merged-into
    chain when merged away, None when deleted or unknown. One query (a recursive CTE, on
    SQLite and PostgreSQL alike) per `chunk` ids, however long the chains; without ids, every
    merged-away client is resolved in one query."""
    if ids is None:
        return _survivors(s, None)
    wanted = list(dict.fromkeys(ids))
    found: dict[uuid.UUID, uuid.UUID | None] = dict.fromkeys(wanted)
    for start in range(0, len(wanted), chunk):
        found.update(_survivors(s, wanted[start:start + chunk]))
    return found


def _survivors(s: Session, ids: list[uuid.UUID] | None) -> dict[uuid.UUID, uuid.UUID | None]:
    first = select(Client.id.label("start"), Client.id.label("at"),
                   Client.deleted_at.label("gone"), Client.merged_into_id.label("next"),
                   literal(0).label("hops"))
    first = first.where(Client.merged_into_id.is_not(None) if ids is None
                        else Client.id.in_(ids))
    chain = first.cte("chain", recursive=True)
    chain = chain.union_all(
        select(chain.c.start, Client.id, Client.deleted_at, Client.merged_into_id,
               chain.c.hops + 1)
        .join(chain, Client.id == chain.c.next)
        .where(chain.c.gone.is_not(None), chain.c.hops < MAX_HOPS))
    found: dict[uuid.UUID, uuid.UUID | None] = {}
    for start, at, gone in s.execute(select(chain.c.start, chain.c.at, chain.c.gone)):
        if gone is None:
            found[start] = at
        else:
            found.setdefault(start, None)
    return found


def survivor_of(s: Session, client_id: uuid.UUID) -> uuid.UUID | None:
    """The live client a (possibly merged-away) client now lives on as; None if deleted."""
    return survivors(s, [client_id])[client_id]


# -- the interactive check: every name in memory ---------------------------------------------
class NameIndex:
    """Name keys of every client in memory, for fuzzy matching in a few milliseconds.

    `refresh(s)` loads only rows changed since the last refresh (by `updated_at`), so calling it
    before every check costs one indexed query when nothing changed. Merged-away clients stay
    (their names still find the survivor, see `survivors`). Thread-safe.
    """

    def __init__(self) -> None:
        self._rows: dict[uuid.UUID, tuple[str, ClientKind]] = {}
        self._stamp: datetime | None = None
        self._keys: list[str] = []
        self._ids: list[uuid.UUID] = []
        self._kinds: list[ClientKind] = []
        self._dirty = True
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._rows)

    def refresh(self, s: Session) -> None:
        query = select(Client.id, Client.name_key, Client.kind, Client.deleted_at,
                       Client.merged_into_id, Client.updated_at)
        if self._stamp is not None:
            query = query.where(Client.updated_at >= self._stamp)
        rows = s.execute(query).all()
        if not rows:
            return
        with self._lock:
            for cid, key, kind, deleted, merged, updated in rows:
                before = self._rows.get(cid)
                if deleted is None or merged is not None:
                    entry = (key or "", kind)
                    if entry != before:
                        self._rows[cid] = entry
                        self._dirty = True
                elif before is not None:
                    del self._rows[cid]
                    self._dirty = True
                if self._stamp is None or updated > self._stamp:
                    self._stamp = updated

    def add(self, client_id: uuid.UUID, key: str,
            kind: ClientKind = ClientKind.ORGANIZATION) -> None:
        """Remember a client created in a transaction not yet committed."""
        with self._lock:
            self._rows[client_id] = (key, kind)
            self._dirty = True

    def similar(self, key: str, kind: ClientKind = ClientKind.ORGANIZATION,
                limit: int = MAX_CANDIDATES) -> list[tuple[uuid.UUID, int]]:
        """(client id, score) of the names that match `key` of a client of `kind` (see
        `names_match`), best first. Ids may be merged-away clients: resolve with `survivors`."""
        if not key:
            return []
        with self._lock:
            if self._dirty:
                self._ids = list(self._rows)
                self._keys = [self._rows[i][0] for i in self._ids]
                self._kinds = [self._rows[i][1] for i in self._ids]
                self._dirty = False
            ids, keys, kinds = self._ids, self._keys, self._kinds
            lowest = min(name_threshold(kind, other) for other in NAME_THRESHOLDS)
            found = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=lowest,
                                    limit=limit * 2)
        return [(ids[index], int(score)) for found_key, score, index in found
                if names_match(key, kind, found_key, kinds[index])]


_SHARED: dict[str, NameIndex] = {}


def shared_index(database_label: str) -> NameIndex:
    """One name index per database for the whole program (card, assistant, imports)."""
    return _SHARED.setdefault(database_label, NameIndex())


def forget_index(database_label: str) -> None:
    """Drop the shared index (after a restore the rows are older than what it has seen)."""
    _SHARED.pop(database_label, None)


def find_duplicates(s: Session, probe: Probe, index: NameIndex | None = None,
                    exclude: uuid.UUID | None = None) -> list[Candidate]:
    """Existing clients that look like `probe`, strongest first (exact matches before names).

    `index` (kept by the caller between keystrokes) is refreshed here; without one, names are
    compared exactly by key only.
    """
    hits: list[tuple[uuid.UUID, Match]] = []
    tax = normalize_tax_id(probe.tax_id) if probe.tax_id.strip() else ""
    if tax:
        hits += [(cid, Match("tax_id", tax)) for cid in s.scalars(select(Client.id).where(
            Client.tax_id == tax,
            or_(Client.deleted_at.is_(None), Client.merged_into_id.is_not(None))))]
    phones = sorted({p for p in probe.phones if p})
    if phones:
        hits += [(cid, Match("phone", e164 or "")) for cid, e164 in s.execute(
            select(Phone.client_id, Phone.e164).where(
                Phone.e164.in_(phones), Phone.deleted_at.is_(None)))]
    emails = sorted({e.strip().casefold() for e in probe.emails if e.strip()})
    if emails:
        hits += [(cid, Match("email", address)) for cid, address in s.execute(
            select(Email.client_id, Email.address_lower).where(
                Email.address_lower.in_(emails), Email.deleted_at.is_(None)))]
    key = name_key(probe.name)
    if key:
        if index is not None:
            index.refresh(s)
            hits += [(cid, Match("name", probe.name.strip(), score))
                     for cid, score in index.similar(key, probe.kind)]
        else:
            hits += [(cid, Match("name", probe.name.strip())) for cid in s.scalars(
                select(Client.id).where(
                    Client.name_key == key,
                    or_(Client.deleted_at.is_(None), Client.merged_into_id.is_not(None))))]
    if not hits:
        return []
    survivor = survivors(s, [cid for cid, _match in hits])
    found: dict[uuid.UUID, Candidate] = {}
    for cid, match in hits:
        target = survivor.get(cid)
        if target is None or target == exclude:
            continue
        candidate = found.setdefault(target, Candidate(target, ""))
        if match not in candidate.matches:
            candidate.matches.append(match)
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


# -- the bulk check: many records against every client, in linear time -----------------------
class KnownClients:
    """Every client's tax ID, phones, e-mails and name key in memory, for checking many records
    (the import) by the same rules as `find_duplicates`, and learning the records it accepts.

    Exact values are dictionaries. A fuzzy name is looked for among the organizations sharing
    the key's rarest word, or its number (a blocking step: comparing every name with every
    other would be quadratic); a person's name matches by its exact key only anyway.
    """

    def __init__(self, s: Session) -> None:
        self.tax: dict[str, uuid.UUID] = {}
        self.keys: dict[str, uuid.UUID] = {}
        self.blocks: dict[str, tuple[list[str], list[uuid.UUID]]] = {}
        self.names: dict[uuid.UUID, str] = {}
        # merged-away client -> its survivor (None: the chain ends at a deleted client)
        self.merged: dict[uuid.UUID, uuid.UUID | None] = {}
        for cid, tax, key, kind, deleted, merged_into, name in s.execute(select(
                Client.id, Client.tax_id, Client.name_key, Client.kind, Client.deleted_at,
                Client.merged_into_id, Client.short_name)):
            if deleted is not None and merged_into is None:
                continue
            if merged_into is not None:
                self.merged[cid] = None
            self.names[cid] = name
            self.add(cid, tax, key or "", kind)
        if self.merged:
            self.merged.update(survivors(s))
        self.phones: dict[str, uuid.UUID] = {e164 or "": cid for cid, e164 in s.execute(
            select(Phone.client_id, Phone.e164).where(Phone.deleted_at.is_(None),
                                                      Phone.e164.is_not(None)))}
        self.emails: dict[str, uuid.UUID] = {a: cid for cid, a in s.execute(
            select(Email.client_id, Email.address_lower).where(Email.deleted_at.is_(None)))}

    def add(self, cid: uuid.UUID, tax: str | None, key: str, kind: ClientKind) -> None:
        if tax:
            self.tax.setdefault(tax, cid)
        if key and key not in self.keys:
            self.keys[key] = cid
            if kind == ClientKind.ORGANIZATION:
                self._block(key, cid)

    def learn(self, cid: uuid.UUID, name: str, probe: Probe) -> None:
        """Remember a client written (or updated) by this run, so later records meet it."""
        self.names[cid] = name
        self.add(cid, normalize_tax_id(probe.tax_id) or None, name_key(probe.name), probe.kind)
        for phone in probe.phones:
            self.phones.setdefault(phone, cid)
        for email in probe.emails:
            self.emails.setdefault(email.strip().lower(), cid)

    def _block(self, key: str, cid: uuid.UUID) -> None:
        for token in set(key.split()):
            if len(token) >= 3 or token.isdigit():
                keys, ids = self.blocks.setdefault(token, ([], []))
                keys.append(key)
                ids.append(cid)

    def similar_name(self, key: str, kind: ClientKind) -> tuple[uuid.UUID, int] | None:
        """A close organization name among those sharing the key's rarest word (or number)."""
        if name_threshold(kind, ClientKind.ORGANIZATION) >= 100:
            return None  # exact keys only: `keys` answered already
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
                key, keys, scorer=fuzz.ratio,
                score_cutoff=name_threshold(kind, ClientKind.ORGANIZATION)):
            if same_numbers(key, keys[index]):
                return ids[index], int(score)
        return None

    def match(self, probe: Probe) -> tuple[uuid.UUID, str, bool] | None:
        """(the live client, what matched, whether a merged-away record matched) for the first
        match by tax ID, phone, e-mail, then name; None when nothing matches."""
        tax = normalize_tax_id(probe.tax_id) if probe.tax_id.strip() else ""
        hits: list[tuple[uuid.UUID, str]] = []
        if tax and tax in self.tax:
            hits.append((self.tax[tax], Message(SAME_TAX_ID, value=tax)))
        for phone in probe.phones:
            if phone in self.phones:
                hits.append((self.phones[phone], Message(SAME_PHONE, value=phone)))
        for email in probe.emails:
            if email.strip().lower() in self.emails:
                hits.append((self.emails[email.strip().lower()],
                             Message(SAME_EMAIL, value=email.strip())))
        key = name_key(probe.name)
        if key:
            if key in self.keys:
                hits.append((self.keys[key], Message(SAME_NAME, value=probe.name)))
            elif (similar := self.similar_name(key, probe.kind)) is not None:
                hits.append((similar[0], Message(SIMILAR_NAME, value=probe.name,
                                                     score=similar[1])))
        for cid, why in hits:
            target = self.merged.get(cid, cid)
            if target is not None:
                return target, why, cid in self.merged
        return None

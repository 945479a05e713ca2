"""Global type-ahead search over clients, tax IDs, contacts, e-mails, phones and places.

The index is a plain table of terms (works the same on SQLite and PostgreSQL):
words of names, whole e-mails and their local part, tax IDs, the city and the region, and for
every phone its digits (for "+7 701 123…" and "8 701 …") plus its digits reversed (for a tail
such as "1234567"). A query matches a client when every word of it is a prefix of one of the
client's terms.

Spelling variants are terms too, so a query stays one index range scan per variant:
- a Cyrillic word is also indexed in Latin letters ("Береке" as "bereke"), and a query word is
  looked up as typed and in Latin letters, so "Bereke" finds "Береке" and "Береке" finds
  "Bereke";
- a Ukrainian word (і ї є ґ) also in the Ukrainian national Latin ("Київ" as "kyiv",
  "Григорій" as "hryhorii"), a Kazakh one (ә ғ қ ң ө ұ ү һ) also with q for қ ("Ақтөбе" as
  "aqtobe"), a Mongolian one (ө ү, no Kazakh letter) also with "ii" for "ий" ("Өлзий" as
  "olzii"), and a Latin word with letters beyond ASCII also in plain ASCII ("Şəki" as "sheki",
  "Aqtöbe" as "aqtobe");
- a word that mixes scripts (a Latin "a" typed inside a Cyrillic surname) is also indexed with
  its look-alike letters in the word's main script, and a query word is folded the same way,
  so either spelling finds it (`mixed_script_words` tells the card to flag the typo).
"""

from __future__ import annotations

import re
import unicodedata
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


# Latin letters that look like Cyrillic ones (lower case, after casefold), both ways.
_LOOK_ALIKE = dict(zip("aceopxykmhbti", "асеорхукмнвті", strict=True))
_LOOK_ALIKE_BACK = {v: k for k, v in _LOOK_ALIKE.items()}
# Cyrillic in Latin letters as people spell names of Russia, Kazakhstan, Ukraine and Mongolia
# in Latin (close to the passports' practice; one spelling per letter).
_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ї": "yi", "є": "ye", "ґ": "g",
}


# The Ukrainian national transliteration (2010): г h, и y, ї i, є ie, й i, ю iu, я ia; at a
# word's start є ye, ї yi, й y, ю yu, я ya.
_UKRAINIAN = {**_LATIN, "г": "h", "и": "y", "ї": "i", "є": "ie", "й": "i", "ю": "iu", "я": "ia"}
_UKRAINIAN_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_KAZAKH_ONLY = set("әғқңұһ")  # letters Kazakh has and Mongolian and Ukrainian do not
_KAZAKH = {**_LATIN, "қ": "q"}
_MONGOLIAN = {**_LATIN, "й": "i"}  # "ий" as "ii": Өлзий Olzii, Баттулгын
# Latin letters beyond ASCII in plain ASCII (Kazakh and Azerbaijani Latin, Turkish, German)
_ASCII = {"ş": "sh", "ç": "ch", "ı": "i", "ə": "a", "ß": "ss"}


def _script(char: str) -> str:
    if "\u0400" <= char <= "\u04ff":
        return "cyrillic"
    if char.isascii() and char.isalpha():
        return "latin"
    return ""


def is_mixed_script(word: str) -> bool:
    """A word with both Cyrillic and Latin letters: almost always a typo (a Latin "a", "o",
    "c" typed on the wrong keyboard layout), rarely a real name."""
    scripts = {_script(c) for c in word} - {""}
    return len(scripts) > 1


def fold_script(word: str, table: dict[str, str] | None = None) -> str:
    """A mixed-script word with its look-alike letters in the word's main script ("иванoв" with
    a Latin o -> "иванов"); any other word as it is. `table`: another Latin -> Cyrillic one."""
    if not is_mixed_script(word):
        return word
    cyrillic = sum(_script(c) == "cyrillic" for c in word)
    latin = sum(_script(c) == "latin" for c in word)
    table = (table or _LOOK_ALIKE) if cyrillic >= latin else _LOOK_ALIKE_BACK
    return "".join(table.get(c, c) for c in word)


# A Latin "h" in a Cyrillic word is an "Н" typed in capitals ("ИВАHОВ", folded to "иванов") or
# the Kazakh "һ" a keyboard without it gives as "h" ("Шаhар"): the case is gone after casefold,
# so both are spellings of the word.
_LOOK_ALIKE_SHHA = {**_LOOK_ALIKE, "h": "һ"}


def latin(word: str) -> str:
    """A word's Cyrillic letters in Latin ("береке" -> "bereke"); "" when it has none."""
    if not any(_script(c) == "cyrillic" for c in word):
        return ""
    return "".join(_LATIN.get(c, c) for c in word)


def _spelled(word: str, table: dict[str, str], start: dict[str, str] | None = None) -> str:
    return "".join((start or {}).get(c, table.get(c, c)) if i == 0 else table.get(c, c)
                   for i, c in enumerate(word))


def other_latin(word: str) -> list[str]:
    """The other Latin spellings people use for this word: Ukrainian, Kazakh (q), Mongolian
    ("ii") for a Cyrillic word of that language; plain ASCII for a Latin word with diacritics."""
    letters = set(word)
    if any(_script(c) == "cyrillic" for c in word):
        found = []
        if letters & set("їєґ") or ("і" in letters and not letters & _KAZAKH_ONLY):
            found.append(_spelled(word, _UKRAINIAN, _UKRAINIAN_START))
        if letters & _KAZAKH_ONLY:
            found.append(_spelled(word, _KAZAKH))
        elif letters & set("өү"):
            found.append(_spelled(word, _MONGOLIAN))
        return found
    if word.isascii():
        return []
    found = []
    for table in (_ASCII, {**_ASCII, "ə": "e"}) if "ə" in letters else (_ASCII,):
        plain = unicodedata.normalize("NFKD", _spelled(word, table))  # Əliyev Aliyev, Şəki Sheki
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        if plain.isascii() and plain not in found:
            found.append(plain)
    return found


def word_variants(word: str) -> list[str]:
    """The word, its folded spelling (mixed scripts), its Latin spelling and the other Latin
    spellings of its language (`other_latin`), without repeats: what the index holds for a name
    word and what a query word is looked up as."""
    folded = fold_script(word)
    found = [word]
    shha = fold_script(word, _LOOK_ALIKE_SHHA) if "h" in word else folded
    for variant in (folded, latin(folded), *other_latin(folded), shha, latin(shha)):
        if variant and variant not in found and len(variant) >= 2:
            found.append(variant[:MAX_TERM])
    return found


def mixed_script_words(*texts: str | None) -> list[str]:
    """The words of these texts that mix Cyrillic and Latin letters, as written (the card
    flags them as a probable typo)."""
    return [w for text in texts for w in _WORD.findall(text or "") if is_mixed_script(w)]


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
                 phones: Iterable[str], phone_labels: dict[str, str] | None = None,
                 city: str | None = None, region: str | None = None) -> dict[str, str]:
    """term -> label for one client. Phones are E.164; their label is `phone_labels`' (see
    `phone_label`), else the international format. Contacts, e-mails and phones are taken in
    sorted order, so the terms do not depend on the order the rows were written or read.
    Words of names, contacts and places come with their spelling variants (`word_variants`)."""
    terms: dict[str, str] = {}
    for word in words(name) + words(full_name):
        for variant in word_variants(word):
            terms.setdefault(variant, name)
    if tax_id:
        terms.setdefault(re.sub(r"[\s\-.]", "", tax_id).casefold()[:MAX_TERM], tax_id)
    for contact in sorted(contacts):
        for word in words(contact):
            for variant in word_variants(word):
                terms.setdefault(variant, contact)
    for place in (city, region):
        for word in words(place):
            for variant in word_variants(word):
                terms.setdefault(variant, place or "")
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
    clients = s.execute(select(Client.id, Client.short_name, Client.full_name, Client.tax_id,
                               Client.city, Client.region)
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
    for cid, name, full, tax, city, region in clients:
        labels = phones.get(cid, {})
        terms = client_terms(name, full, tax, contacts.get(cid, ()), emails.get(cid, ()),
                             list(labels), labels, city=city, region=region)
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
    matched: str  # the contact, phone, e-mail, tax ID or place that matched
    tax_id: str = ""  # these two tell twins apart (two "Береке" in two cities)
    city: str = ""


CANDIDATES = 400


def _range(term: str) -> Any:
    return and_(SearchTerm.term >= term, SearchTerm.term < term + TOP)


def _candidates(s: Session, terms: Iterable[str]) -> dict[uuid.UUID, str]:
    """client id -> label for the first clients whose terms start with any of `terms`.

    A bounded index range scan: the closest terms come first, and a two-letter prefix
    costs no more than a long one.
    """
    found: dict[uuid.UUID, str] = {}
    terms = list(terms)
    each = max(CANDIDATES // max(len(terms), 1), 50)  # spellings share the budget
    for term in terms:
        for client_id, label in s.execute(
                select(SearchTerm.client_id, SearchTerm.label).where(_range(term))
                .order_by(SearchTerm.term).limit(each)):
            found.setdefault(client_id, label)
    return found


def search_clients(s: Session, query: str, limit: int = 20) -> list[SearchHit]:
    """Clients matching the typed text: every word a prefix of one of the client's terms, in
    any of its spellings (`word_variants`: as typed, folded, in Latin letters); a phone by its
    digits in any common format, or by its tail. Fewer than two characters find nothing; a
    word of one letter waits until it grows. Each word is an index range scan per spelling."""
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
        found = _candidates(s, word_variants(tokens[0]))
        for token in tokens[1:5]:
            if not found:
                break
            keep: set[uuid.UUID] = set()
            for variant in word_variants(token):  # each a range on the (client, term) key
                keep.update(s.scalars(select(SearchTerm.client_id).where(
                    SearchTerm.client_id.in_(list(found)), _range(variant))))
            found = {k: v for k, v in found.items() if k in keep}
    if not found:
        return []
    rows = s.execute(select(Client.id, Client.short_name, Client.tax_id, Client.city).where(
        Client.id.in_(list(found)), Client.deleted_at.is_(None))
        .order_by(Client.short_name, Client.city, Client.id).limit(limit)).all()
    return [SearchHit(cid, name, found[cid] if found[cid] != name else "", tax or "",
                      city or "") for cid, name, tax, city in rows]

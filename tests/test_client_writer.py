"""One way to write a client, one duplicate rule, one merged-into resolver."""

from __future__ import annotations

import uuid
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from crm_desktop.models import Client, ClientKind, SearchTerm, utcnow
from crm_desktop.services.clients import importing as ci
from crm_desktop.services.clients.card import (
    ClientForm,
    ContactForm,
    EmailForm,
    PhoneForm,
    quick_form,
    save_client,
    validate,
)
from crm_desktop.services.clients.duplicates import NameIndex, Probe, find_duplicates, survivors
from crm_desktop.services.clients.search import reindex_clients
from crm_desktop.services.clients.writer import ClientWriter, trusted_e164
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.identity import DEMO

from .actors import TESTER

NAME, TAX, CONTACT, PHONE, EMAIL = (
    "ТОО «Астана Трейд»", "061211600012", "Ерлан Сериков", "+77015551234", "erlan@astana.kz")


def _stored(db: dbs.Database, client_id: uuid.UUID) -> tuple[str, set[tuple[str, str]]]:
    with db.session() as s:
        key = s.scalar(select(Client.name_key).where(Client.id == client_id)) or ""
        terms = {(t, label) for t, label in s.execute(
            select(SearchTerm.term, SearchTerm.label).where(SearchTerm.client_id == client_id))}
    return key, terms


def _card(tmp_path: Path) -> tuple[dbs.Database, uuid.UUID]:
    db = dbs.open_database(str(tmp_path / "card.sqlite3"))
    with db.session(TESTER) as s:
        return db, save_client(s, ClientForm(
            short_name=NAME, tax_id=TAX, country="KZ", currency="KZT",
            contacts=[ContactForm(CONTACT, is_primary=True, phones=[PhoneForm(PHONE)],
                                  emails=[EmailForm(EMAIL)])]))


def _assistant(tmp_path: Path) -> tuple[dbs.Database, uuid.UUID]:
    db = dbs.open_database(str(tmp_path / "assistant.sqlite3"))
    with db.session(TESTER) as s:
        return db, save_client(s, quick_form(s, NAME, "KZ", None, TAX, PHONE, EMAIL, CONTACT))


def _import(tmp_path: Path) -> tuple[dbs.Database, uuid.UUID]:
    db = dbs.open_database(str(tmp_path / "import.sqlite3"))
    path = tmp_path / "one.csv"
    path.write_text("Name;Tax ID;Country;Contact;Contact phones;Contact e-mails\n"
                    f"{NAME};{TAX};KZ;{CONTACT};{PHONE};{EMAIL}\n", encoding="utf-8")
    table = ci.read_source(path)
    with db.session(TESTER) as s:
        report = ci.import_clients(s, table, ci.guess_mapping(s, table.headers))
        assert report.created == 1
        client_id = s.scalar(select(Client.id))
    assert client_id is not None
    return db, client_id


def _demo(tmp_path: Path) -> tuple[dbs.Database, uuid.UUID]:
    """The way the demo generator writes its clients: trusted E.164 phones, bulk."""
    db = dbs.open_database(str(tmp_path / "demo.sqlite3"))
    form = ClientForm(short_name=NAME, tax_id=TAX, country="KZ", currency="KZT",
                      contacts=[ContactForm(CONTACT, is_primary=True, phones=[PhoneForm(PHONE)],
                                            emails=[EmailForm(EMAIL)])])
    with db.session(DEMO) as s:
        writer = ClientWriter(s)
        client_id = writer.add(form, trusted_e164(form), created_at=utcnow())
        writer.flush()
    return db, client_id


def test_the_four_paths_write_the_same_name_key_and_search_terms(tmp_path: Path) -> None:
    results = {}
    for label, path in (("card", _card), ("assistant", _assistant), ("import", _import),
                        ("demo", _demo)):
        db, client_id = path(tmp_path)
        results[label] = _stored(db, client_id)
        db.dispose()
    key, terms = results["card"]
    assert key == "astana treid"
    assert {"астана", "061211600012", "erlan@astana.kz", "77015551234"} <= {t for t, _ in terms}
    for label, found in results.items():
        assert found == (key, terms), label


def test_the_demo_writes_the_terms_a_reindex_would(demo_db: dbs.Database) -> None:
    """Bulk-written terms (demo) equal the ones the card's path builds from the stored rows."""
    with demo_db.session() as s:
        ids = list(s.scalars(select(Client.id)))
        before = set(s.execute(select(SearchTerm.client_id, SearchTerm.term, SearchTerm.label)))
    with demo_db.session(TESTER) as s:
        reindex_clients(s, ids)
    with demo_db.session() as s:
        after = set(s.execute(select(SearchTerm.client_id, SearchTerm.term, SearchTerm.label)))
    assert len(before) > 2000 and after == before


PAIRS = [  # existing name and kind, new name, duplicate?
    ("ТОО «Астана Трейд»", ClientKind.ORGANIZATION, "Астана Тредй", True),   # a typo: 92
    ("Алатау Строй", ClientKind.ORGANIZATION, "Алтай Строй", False),        # other firm: 87
    ("Иванов Сергей", ClientKind.PERSON, "Иванова Сергей", False),          # relatives: 96
    ("Иванов Сергей", ClientKind.PERSON, "Sergei Ivanov", True),            # the same key
]


@pytest.mark.parametrize(("existing", "kind", "new", "duplicate"), PAIRS)
def test_a_pair_of_names_is_a_duplicate_everywhere_or_nowhere(
        empty_db: dbs.Database, tmp_path: Path, existing: str, kind: ClientKind, new: str,
        duplicate: bool) -> None:
    with empty_db.session(TESTER) as s:
        save_client(s, ClientForm(short_name=existing, kind=kind, country="KZ",
                                  currency="KZT"))
    card = ClientForm(short_name=new, kind=kind, country="KZ", currency="KZT")
    with empty_db.session() as s:
        _problems, e164 = validate(s, card)
        in_card = bool(find_duplicates(s, card.probe(e164), NameIndex()))
        in_assistant = bool(find_duplicates(s, Probe(new), NameIndex()))  # its probe
    path = tmp_path / "new.csv"
    path.write_text(f"Name;Kind\n{new};{kind.value}\n", encoding="utf-8")
    table = ci.read_source(path)
    with empty_db.session(TESTER) as s:
        report = ci.import_clients(s, table, ci.guess_mapping(s, table.headers))
    in_import = report.skipped == 1
    assert (in_card, in_assistant, in_import) == (duplicate, duplicate, duplicate)


def test_the_merged_into_chain_is_followed_in_one_query(empty_db: dbs.Database) -> None:
    ids = []
    with empty_db.session(TESTER) as s:
        for n in range(5):
            ids.append(save_client(s, ClientForm(short_name=f"Firm {n}", country="KZ",
                                                 currency="KZT")))
        now = utcnow()
        for older, newer in pairwise(ids[:4]):  # 0 -> 1 -> 2 -> 3
            client = s.get(Client, older)
            assert client is not None
            client.deleted_at, client.merged_into_id = now, newer
        gone = s.get(Client, ids[4])
        assert gone is not None
        gone.deleted_at = now  # deleted, merged into nothing
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(empty_db.engine, "before_cursor_execute", count)
    try:
        with empty_db.session() as s:
            found = survivors(s, [ids[0], ids[2], ids[3], ids[4]])
    finally:
        event.remove(empty_db.engine, "before_cursor_execute", count)
    assert found == {ids[0]: ids[3], ids[2]: ids[3], ids[3]: ids[3], ids[4]: None}
    assert len(statements) == 1
    with empty_db.session() as s:  # the name of a merged-away client meets the survivor
        assert [c.client_id for c in find_duplicates(s, Probe("Firm 0"), NameIndex())] == [
            ids[3]]

"""The client card's services: validation, saving, duplicate control and merge."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from crm_desktop.models import (
    Attachment,
    Client,
    ClientRelation,
    Contact,
    CustomFieldDef,
    CustomFieldKind,
    Deal,
    DuplicateDecision,
    Email,
    Event,
    Payment,
    Phone,
    SalesDocument,
    SearchTerm,
    Shipment,
)
from crm_desktop.services.clients.card import (
    BankForm,
    CardInvalid,
    ClientForm,
    ContactForm,
    EmailForm,
    PhoneForm,
    RelationForm,
    load_form,
    quick_form,
    save_client,
)
from crm_desktop.services.clients.duplicates import NameIndex, Probe, find_duplicates, name_key
from crm_desktop.services.clients.merge import merge_clients
from crm_desktop.services.clients.search import search_clients
from crm_desktop.services.core import db as dbs

from .actors import TESTER


def _save(db: dbs.Database, form: ClientForm) -> uuid.UUID:
    with db.session(TESTER) as s:
        return save_client(s, form)


def _problems(db: dbs.Database, form: ClientForm) -> set[tuple[str, str]]:
    with pytest.raises(CardInvalid) as info, db.session(TESTER) as s:
        save_client(s, form)
    return {(p.where, p.code) for p in info.value.problems}


@pytest.mark.parametrize(("country", "good", "bad"), [
    ("KZ", "061211600012", "061211600013"),   # BIN/IIN (own check digit code)
    ("AZ", "1401555071", "1401555081"),       # VÖEN (python-stdnum)
    ("UA", "32855961", "32855968"),           # EDRPOU
    ("UA", "1759013776", "1759013770"),       # RNOKPP
    ("RU", "7707083893", "7707083894"),       # INN
    ("MN", "5317878", "53178"),               # register number (format)
    ("DE", "DE123456789", "12"),              # elsewhere: a format check
])
def test_the_card_checks_tax_ids_by_country(empty_db: dbs.Database, country: str, good: str,
                                            bad: str) -> None:
    form = ClientForm(short_name=f"Firm {country}", country=country, currency="EUR", tax_id=bad)
    assert ("tax_id", "tax_id") in _problems(empty_db, form)
    form.tax_id = f" {good[:3]} {good[3:]} "  # typed with spaces: stored normalized
    client_id = _save(empty_db, form)
    with empty_db.session() as s:
        assert s.get(Client, client_id).tax_id == good.upper()  # type: ignore[union-attr]


def test_a_card_with_any_wrong_field_saves_nothing(empty_db: dbs.Database) -> None:
    form = ClientForm(
        short_name="ТОО «Береке»", country="KZ", currency="KZT", tax_id_2="",
        phones=[PhoneForm("8 (727) 250-10-20")], emails=[EmailForm("office@bereke.kz")],
        contacts=[ContactForm("Асель Нурланова", phones=[PhoneForm("12")],
                              emails=[EmailForm("asel@@bereke")])],
        banks=[BankForm("Halyk", "KZ00 0000 0000 0000 0000", bic="HSBKKZKX1")])
    problems = _problems(empty_db, form)
    assert problems == {("contacts.0.phones.0", "phone"), ("contacts.0.emails.0", "email"),
                        ("banks.0.account", "iban"), ("banks.0.bic", "bic")}
    with empty_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 0
        assert s.scalar(select(func.count()).select_from(Phone)) == 0


def test_a_saved_card_comes_back_whole(empty_db: dbs.Database) -> None:
    with empty_db.session(TESTER) as s:
        s.add(CustomFieldDef(key="segment", label="Segment", kind=CustomFieldKind.CHOICE,
                             choices=["A", "B"]))
        s.add(CustomFieldDef(key="visits", label="Visits", kind=CustomFieldKind.NUMBER))
    partner = _save(empty_db, ClientForm(short_name="Partner", country="KZ", currency="KZT"))
    form = ClientForm(
        short_name="ТОО «Береке»", country="KZ", currency="KZT", tags=["VIP", "опт"],
        tax_id="061211600012", phones=[PhoneForm("8 (727) 250-10-20")],
        emails=[EmailForm("Office@Bereke.kz")],
        contacts=[ContactForm("Асель Нурланова", position="Закупки", birthday=date(1990, 5, 1),
                              is_primary=True, phones=[PhoneForm("+7 701 123 45 67"),
                                                       PhoneForm("87017654321")],
                              emails=[EmailForm("asel@bereke.kz")])],
        banks=[BankForm("Halyk", "KZ86 125K ZT50 0410 0100", bic="HSBKKZKX")],
        relations=[RelationForm(partner, "dealer of")],
        custom={"segment": "A", "visits": "1 200,5"})
    client_id = _save(empty_db, form)
    with empty_db.session() as s:
        again = load_form(s, client_id)
        phone = s.scalar(select(Phone).where(Phone.raw == "8 (727) 250-10-20"))
        assert phone is not None and phone.e164 == "+77272501020"
        assert [h.client_name for h in search_clients(s, "87017654321")] == ["ТОО «Береке»"]
    assert again.tags == ["VIP", "опт"]
    assert [p.raw for p in again.contacts[0].phones] == ["+7 701 123 45 67", "87017654321"]
    assert again.contacts[0].birthday == date(1990, 5, 1)
    assert again.banks[0].account == "KZ86125KZT5004100100"
    assert again.relations[0].other_name == "Partner"
    assert again.custom == {"segment": "A", "visits": "1200.5"}

    again.contacts[0].phones.pop(0)  # removing a phone soft-deletes it
    again.custom["segment"] = "Z"
    assert ("custom.segment", "choice") in _problems(empty_db, again)
    again.custom["segment"] = "B"
    _save(empty_db, again)
    with empty_db.session() as s:
        assert [p.raw for p in load_form(s, client_id).contacts[0].phones] == ["87017654321"]
        assert s.scalar(select(func.count()).select_from(Phone)
                        .where(Phone.deleted_at.is_not(None))) == 1


# -- duplicates --------------------------------------------------------------------------------
def test_name_keys_ignore_legal_forms_quotes_order_and_script() -> None:
    key = name_key("ТОО «Астана Трейд»")
    assert key == name_key("Астана Трейд ТОО") == name_key("Astana Treid LLP")
    assert key == name_key("\"Трейд Астана\" ЖШС") == "astana treid"
    assert name_key("ООО 'Ромашка'") == name_key("Romashka LLC")
    assert name_key("ТОВ «Київ Сервіс»") == name_key("Kyiv Servis")
    assert name_key("«Xəzər» MMC") == name_key("Xezer ASC")
    assert name_key("ТОО") == "too"  # a name made only of a legal form keeps it


@pytest.fixture
def astana(empty_db: dbs.Database) -> uuid.UUID:
    return _save(empty_db, ClientForm(
        short_name="ТОО «Астана Трейд»", country="KZ", currency="KZT", tax_id="061211600012",
        contacts=[ContactForm("Ерлан", phones=[PhoneForm("+7 701 555 12 34")],
                              emails=[EmailForm("Info@AstanaTrade.kz")])]))


@pytest.mark.parametrize(("probe", "kind"), [
    (Probe(name="Астана Трейд ТОО"), "name"),
    (Probe(name="Astana Treid"), "name"),
    (Probe(name="Астана Тредй"), "name"),                       # a typo
    (Probe(name="Other", phones=["+77015551234"]), "phone"),   # typed as 8 701 555-12-34
    (Probe(name="Other", emails=["INFO@astanatrade.KZ"]), "email"),
    (Probe(name="Other", tax_id="0612 1160 0012"), "tax_id"),
])
def test_duplicates_are_found(empty_db: dbs.Database, astana: uuid.UUID, probe: Probe,
                              kind: str) -> None:
    index = NameIndex()
    with empty_db.session() as s:
        found = find_duplicates(s, probe, index)
    assert [c.client_id for c in found] == [astana]
    assert kind in {m.kind for m in found[0].matches}


def test_a_different_name_is_no_duplicate_and_a_client_is_not_its_own(
        empty_db: dbs.Database, astana: uuid.UUID) -> None:
    with empty_db.session() as s:
        assert find_duplicates(s, Probe(name="Алматы Строй"), NameIndex()) == []
        assert find_duplicates(s, Probe(name="Астана Трейд"), NameIndex(), exclude=astana) == []


def test_the_name_index_follows_changes(empty_db: dbs.Database, astana: uuid.UUID) -> None:
    index = NameIndex()
    with empty_db.session() as s:
        index.refresh(s)
    assert len(index) == 1
    other = _save(empty_db, ClientForm(short_name="Береке", country="KZ", currency="KZT"))
    with empty_db.session() as s:
        assert [c.client_id for c in find_duplicates(s, Probe(name="Bereke"), index)] == [other]


def test_saving_anyway_is_recorded(empty_db: dbs.Database, astana: uuid.UUID) -> None:
    with empty_db.session(TESTER) as s:
        found = find_duplicates(s, Probe(name="Astana Treid"), NameIndex())
        new = save_client(s, quick_form(s, "Astana Treid", "KZ", None), kept_despite=found)
    with empty_db.session() as s:
        decision = s.scalar(select(DuplicateDecision))
        assert decision is not None
        assert (decision.client_id, decision.other_id) == (new, astana)
        assert "name" in decision.matched


# -- merge -------------------------------------------------------------------------------------
LINKED = (Contact, Phone, Email, Event, Deal, SalesDocument, Shipment, Payment, Attachment)


def _linked_counts(db: dbs.Database, *client_ids: uuid.UUID) -> dict[str, int]:
    with db.session() as s:
        return {model.__tablename__: s.scalar(
            select(func.count()).select_from(model).where(
                model.client_id.in_(client_ids))) or 0  # type: ignore[attr-defined]
            for model in LINKED}


def test_merge_keeps_every_linked_row(demo_db: dbs.Database) -> None:
    with demo_db.session(TESTER) as s:
        busy = s.execute(
            select(SalesDocument.client_id, func.count()).group_by(SalesDocument.client_id)
            .order_by(func.count().desc()).limit(2)).all()
        survivor, other = busy[0][0], busy[1][0]
        other_name = s.get(Client, other).short_name  # type: ignore[union-attr]
        s.add(ClientRelation(client_id=survivor, other_id=other, kind="branch"))
    before = _linked_counts(demo_db, survivor, other)
    assert before["sales_documents"] > 0 and before["events"] > 0
    with demo_db.session(TESTER) as s:
        merge_clients(s, survivor, other, {"short_name"})
    after_survivor = _linked_counts(demo_db, survivor)
    assert after_survivor == before
    with demo_db.session() as s:  # still one primary contact
        assert s.scalar(select(func.count()).select_from(Contact).where(
            Contact.client_id == survivor, Contact.is_primary)) <= 1
    assert set(_linked_counts(demo_db, other).values()) == {0}
    with demo_db.session() as s:
        merged = s.get(Client, other)
        assert merged is not None and merged.deleted_at is not None
        assert merged.merged_into_id == survivor
        assert s.get(Client, survivor).short_name == other_name  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(SearchTerm)
                        .where(SearchTerm.client_id == other)) == 0
        assert s.scalar(select(func.count()).select_from(ClientRelation).where(
            ClientRelation.deleted_at.is_(None), ClientRelation.client_id == survivor,
            ClientRelation.other_id == survivor)) == 0
        # a later registration of the merged-away name meets the survivor
        found = find_duplicates(s, Probe(name=other_name), NameIndex())
        assert [c.client_id for c in found][:1] == [survivor]


def test_a_failed_merge_changes_nothing(demo_db: dbs.Database) -> None:
    with demo_db.session() as s:
        first, second = s.scalars(select(Client.id).limit(2)).all()
    before = _linked_counts(demo_db, second)
    assert sum(before.values()) > 0
    with pytest.raises(RuntimeError), demo_db.session(TESTER) as s:
        merge_clients(s, first, second)
        raise RuntimeError("power cut")
    assert _linked_counts(demo_db, second) == before
    with demo_db.session() as s:
        assert s.get(Client, second).deleted_at is None  # type: ignore[union-attr]


# -- the clients list --------------------------------------------------------------------------
@pytest.mark.parametrize(("sort", "descending"), [("name", False), ("city", True),
                                                  ("status", False), ("tax_id", True)])
def test_pages_walk_the_whole_filtered_list_once(demo_db: dbs.Database, sort: str,
                                                 descending: bool) -> None:
    from crm_desktop.services.clients import listing as cl

    f = cl.ClientFilter(sort=sort, descending=descending)
    with demo_db.session() as s:
        total = cl.count(s, f)
        seen: list[uuid.UUID] = []
        after = None
        while True:
            rows = cl.page(s, f, after, size=37)
            if not rows:
                break
            seen += [r.id for r in rows]
            after = (rows[-1].sort_value, rows[-1].id)
        values = [r.sort_value for r in cl.page(s, f, None, size=10_000)]
    assert len(seen) == len(set(seen)) == total == 200
    assert values == sorted(values, reverse=descending)


def test_filters_and_segments(demo_db: dbs.Database) -> None:
    from crm_desktop.services.clients import listing as cl

    with demo_db.session(TESTER) as s:
        s.add(CustomFieldDef(key="segment", label="Segment", kind=CustomFieldKind.CHOICE,
                             choices=["A", "B"]))
        client = s.scalars(select(Client).where(Client.region.is_not(None))).first()
        assert client is not None
        client.custom_fields = {"segment": "A"}
        region, status = client.region, client.status.value
        user = client.responsible_id
    with demo_db.session(TESTER) as s:
        by_custom = cl.page(s, cl.ClientFilter(custom_key="segment", custom_value="A"))
        assert [r.id for r in by_custom] == [client.id]
        f = cl.ClientFilter(region=region or "", status=status, responsible_id=str(user))
        rows = cl.page(s, f, size=1000)
        assert client.id in [r.id for r in rows]
        assert all(r.region == region and r.status.value == status for r in rows)
        assert cl.count(s, f) == len(rows) < 200
        word = client.short_name.split()[0][:4]
        assert client.id in [r.id for r in cl.page(s, cl.ClientFilter(text=word), size=1000)]
        cl.save_segment(s, "My region", f, user)
    with demo_db.session() as s:
        saved = cl.segments(s, user)
        assert [x.name for x in saved] == ["My region"]
        assert cl.ClientFilter.from_dict(saved[0].filters) == f


def test_person_to_person_links(empty_db: dbs.Database) -> None:
    from crm_desktop.services.clients.card import PersonLinkForm, find_people

    boss_firm = _save(empty_db, ClientForm(short_name="Береке", country="KZ", currency="KZT",
                                           contacts=[ContactForm("Асель Нурланова")]))
    with empty_db.session() as s:
        people = find_people(s, "Асель")
    assert [name for _, name in people] == ["Асель Нурланова (Береке)"]
    form = ClientForm(short_name="Дала", country="KZ", currency="KZT", contacts=[
        ContactForm("Ерлан", links=[PersonLinkForm(people[0][0], "reports to")])])
    client_id = _save(empty_db, form)
    with empty_db.session() as s:
        again = load_form(s, client_id)
    assert [(lk.kind, lk.other_name) for lk in again.contacts[0].links] == [
        ("reports to", "Асель Нурланова (Береке)")]
    again.contacts[0].links[0].kind = ""
    assert ("contacts.0.links.0.kind", "required") in _problems(empty_db, again)
    again.contacts[0].links = []
    _save(empty_db, again)
    with empty_db.session() as s:
        assert load_form(s, client_id).contacts[0].links == []
        assert load_form(s, boss_firm).contacts[0].full_name == "Асель Нурланова"

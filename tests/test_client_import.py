"""Importing and exporting clients: real files in the formats people bring."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.models import Client, Contact, DuplicateDecision, Email, Phone
from crm_desktop.services.clients import importing as ci
from crm_desktop.services.clients.exporting import export_clients
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError

from .actors import TESTER


def _import(db: dbs.Database, path: Path, policy: ci.Policy = ci.Policy.SKIP,
            partial: bool = False) -> ci.ImportReport:
    table = ci.read_source(path)
    with db.session(TESTER) as s:
        mapping = ci.guess_mapping(s, table.headers)
        return ci.import_clients(s, table, mapping, policy, partial=partial)


def _count(db: dbs.Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)
                        .where(model.deleted_at.is_(None))) or 0  # type: ignore[attr-defined]


def test_a_windows_1251_csv_with_russian_headers(empty_db: dbs.Database, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(
        "Наименование;БИН;Телефон;E-mail;Контактное лицо;Должность;Город\n"
        "ТОО «Астана Трейд»;061211600012;8 (7172) 55-12-34;info@astana.kz;Ерлан Сериков;"
        "Директор;Астана\n"
        "ТОО «Астана Трейд»;;;;Айгуль Нурланова;Бухгалтер;\n"
        "ИП Ким;;+7 701 111 22 33;;;;Алматы\n".encode("cp1251"))
    report = _import(empty_db, path)
    assert (report.created, report.contacts, report.problems) == (2, 2, [])
    with empty_db.session() as s:
        astana = s.scalar(select(Client).where(Client.tax_id == "061211600012"))
        assert astana is not None and astana.city == "Астана"
        assert sorted(c.full_name for c in astana.contacts) == ["Айгуль Нурланова",
                                                                "Ерлан Сериков"]
        assert s.scalar(select(Phone.e164).where(Phone.client_id == astana.id)) == \
            "+77172551234"


GOOGLE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,Organization Name,"
    "Organization Title,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,"
    "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,"
    "Phone 2 - Value\n"
    "Aziz,,Karimov,,,,Xəzər MMC,Sales manager,1988-04-12,met at expo,* myContacts ::: VIP,"
    "* Work,aziz@xezer.az ::: aziz.k@gmail.com,,,Mobile,+994 50 123 45 67,Work,"
    "012 404 12 34\n"
    "Leyla,,Mammadova,,,,,,--05-01,,* myContacts,* Home,leyla@mail.az,,,Mobile,"
    "+994 55 765 43 21,,\n")


def test_a_google_contacts_csv(empty_db: dbs.Database, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    table = ci.read_source(path)
    mapping = ci.recognise(table.headers)
    assert mapping[6] == ci.NAME and mapping[0] == ci.FIRST and mapping[12] == ci.CONTACT_EMAILS
    with empty_db.session() as s:
        s.execute(select(1))
    with empty_db.session(TESTER) as s:
        report = ci.import_clients(s, table, mapping, country="AZ", currency="AZN")
    assert (report.created, report.problems) == (2, [])
    with empty_db.session() as s:
        firm = s.scalar(select(Client).where(Client.short_name == "Xəzər MMC"))
        assert firm is not None and firm.country == "AZ" and [t.name for t in firm.tags] == ["VIP"]
        aziz = firm.contacts[0]
        assert (aziz.full_name, aziz.position) == ("Karimov Aziz", "Sales manager")
        assert sorted(e.address for e in aziz.emails) == ["aziz.k@gmail.com", "aziz@xezer.az"]
        assert sorted(p.e164 for p in aziz.phones) == ["+994124041234", "+994501234567"]
        leyla = s.scalar(select(Client).where(Client.short_name == "Mammadova Leyla"))
        assert leyla is not None and leyla.kind.value == "person"


VCARD4 = """BEGIN:VCARD
VERSION:4.0
FN:Oksana Koval
N:Koval;Oksana;;;
ORG:ТОВ «Київ Сервіс»
TITLE:Головний бухгалтер
TEL;TYPE=cell;VALUE=uri:tel:+380-67-123-4567
TEL;TYPE=work:044 235 12 34
EMAIL;TYPE=work:oksana@kyivservice.ua
EMAIL;TYPE=home:oksana.koval@ukr.net
BDAY:19850317
END:VCARD
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:ТОВ «Київ Сервіс»
ORG:ТОВ «Київ Сервіс»
TEL;TYPE=work:+380 44 235 00 00
EMAIL:office@kyivservice.ua
END:VCARD
"""


def test_a_vcard_4_with_several_phones_and_emails(empty_db: dbs.Database,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "people.vcf"
    path.write_text(VCARD4, encoding="utf-8")
    table = ci.read_source(path)
    with empty_db.session(TESTER) as s:
        report = ci.import_clients(s, table, ci.guess_mapping(s, table.headers),
                                   country="UA", currency="UAH")
    assert (report.created, report.contacts, report.problems) == (1, 1, [])
    with empty_db.session() as s:
        firm = s.scalar(select(Client))
        assert firm is not None and firm.short_name == "ТОВ «Київ Сервіс»"
        oksana = firm.contacts[0]
        assert sorted(p.e164 for p in oksana.phones) == ["+380442351234", "+380671234567"]
        assert {p.kind.value for p in oksana.phones} == {"mobile", "work"}
        assert len(oksana.emails) == 2 and oksana.birthday.isoformat() == "1985-03-17"
        office = s.scalars(select(Phone.e164).where(Phone.contact_id.is_(None))).all()
        assert office == ["+380442350000"]


def test_a_broken_file_imports_nothing_and_says_why(empty_db: dbs.Database,
                                                    tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Name;Phone;E-mail;Tax ID;Country\n"
                    "Good Firm;+7 701 111 22 33;a@b.kz;;KZ\n"
                    "Bad Phone;12;;;KZ\n"
                    "Bad Mail;;not-an-email;;KZ\n"
                    "Bad BIN;;;123456789012;KZ\n"
                    ";;;;\n", encoding="utf-8")
    with pytest.raises(ci.ImportRefused) as refused:
        _import(empty_db, path)
    problems = dict(refused.value.report.problems)
    assert sorted(problems) == [3, 4, 5]
    assert "phone" in problems[3] and "e-mail" in problems[4] and "tax ID" in problems[5]
    assert _count(empty_db, Client) == 0
    report = _import(empty_db, path, partial=True)  # accepted: the good row only
    assert report.created == 1 and _count(empty_db, Client) == 1
    report_file = tmp_path / "report.csv"
    report.save(report_file)
    assert "Bad Phone" not in report_file.read_text(encoding="utf-8-sig")
    assert "3;" in report_file.read_text(encoding="utf-8-sig")

    garbage = tmp_path / "x.xlsx"
    garbage.write_bytes(b"\x00not a zip")
    with pytest.raises(CrmError, match="cannot be read"):
        ci.read_source(garbage)
    card = tmp_path / "x.vcf"
    card.write_text("hello", encoding="utf-8")
    with pytest.raises(CrmError):
        ci.read_source(card)


def test_cancel_leaves_nothing(empty_db: dbs.Database, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Name\n" + "".join(f"Firm {n}\n" for n in range(1200)), encoding="utf-8")
    table = ci.read_source(path)
    with pytest.raises(ci.ImportCancelled), empty_db.session(TESTER) as s:
        ci.import_clients(s, table, {0: ci.NAME}, progress=lambda done, total: done < 1000)
    assert _count(empty_db, Client) == 0


def test_duplicate_policies(empty_db: dbs.Database, tmp_path: Path) -> None:
    first = tmp_path / "a.csv"
    first.write_text("Name;Phone;Tax ID;City\nТОО «Береке»;+7 701 111 22 33;061211600012;\n",
                     encoding="utf-8")
    _import(empty_db, first)
    again = tmp_path / "b.csv"
    again.write_text("Name;Phone;Tax ID;City\n"
                     "Bereke LLP;8 701 111 22 33;;Алматы\n"   # same phone, name in Latin
                     "Other Name;;0612 1160 0012;Шымкент\n"   # same tax ID
                     "Береке ТОО;;;Тараз\n"                   # same name key as row 2
                     "New Firm;;;Тараз\n", encoding="utf-8")
    report = _import(empty_db, again, ci.Policy.SKIP)
    assert (report.created, report.skipped) == (1, 2)
    assert [row for row, why in report.not_imported] == [2, 3, 4]
    report = _import(empty_db, again, ci.Policy.UPDATE)
    assert (report.updated, report.created) == (3, 0)  # "New Firm" exists by now: updated
    with empty_db.session() as s:
        bereke = s.scalar(select(Client).where(Client.tax_id == "061211600012"))
        assert bereke is not None and bereke.city == "Шымкент"
    report = _import(empty_db, again, ci.Policy.CREATE)
    assert report.created == 3
    assert _count(empty_db, DuplicateDecision) == 3


def test_export_then_import_gives_back_the_same_clients(
        demo_db: dbs.Database, empty_db: dbs.Database, tmp_path: Path) -> None:
    def snapshot(db: dbs.Database) -> tuple[set[tuple[object, ...]], ...]:
        with db.session() as s:
            clients = {tuple(r) for r in s.execute(select(
                Client.short_name, Client.kind, Client.tax_id, Client.country, Client.city,
                Client.status, Client.currency).where(Client.deleted_at.is_(None)))}
            contacts = {tuple(r) for r in s.execute(
                select(Client.short_name, Contact.full_name, Contact.position, Contact.birthday)
                .join(Client, Client.id == Contact.client_id)
                .where(Contact.deleted_at.is_(None)))}
            phones = {tuple(r) for r in s.execute(
                select(Client.short_name, Phone.e164, Phone.kind)
                .join(Client, Client.id == Phone.client_id).where(Phone.deleted_at.is_(None)))}
            emails = {tuple(r) for r in s.execute(
                select(Client.short_name, Email.address_lower)
                .join(Client, Client.id == Email.client_id).where(Email.deleted_at.is_(None)))}
        return clients, contacts, phones, emails

    original = snapshot(demo_db)
    for suffix in ("csv", "xlsx"):
        path = tmp_path / f"clients.{suffix}"
        with demo_db.session() as s:
            export_clients(s, path)
        target = dbs.open_database(str(tmp_path / f"{suffix}.sqlite3"))
        report = _import(target, path, ci.Policy.CREATE)
        assert report.problems == []
        assert snapshot(target) == original
        target.dispose()


def test_vcard_round_trip_keeps_people_phones_and_emails(
        demo_db: dbs.Database, empty_db: dbs.Database, tmp_path: Path) -> None:
    path = tmp_path / "all.vcf"
    with demo_db.session() as s:
        export_clients(s, path)
    _import(empty_db, path, ci.Policy.CREATE)
    for model in (Client, Contact, Phone, Email):
        assert _count(empty_db, model) == _count(demo_db, model), model.__name__


def test_export_neutralises_formulas(empty_db: dbs.Database, tmp_path: Path) -> None:
    from crm_desktop.services.clients.card import ClientForm, save_client

    with empty_db.session(TESTER) as s:
        save_client(s, ClientForm(short_name="=HYPERLINK(\"http://x\")", country="KZ",
                                  currency="KZT", notes="+1 vs -1 @all"))
    path = tmp_path / "out.csv"
    with empty_db.session() as s:
        export_clients(s, path)
    text = path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'+1 vs" in text


OUTLOOK = (
    "First Name,Middle Name,Last Name,Title,Suffix,Company,Department,Job Title,"
    "Business Street,Business City,Business State,Business Postal Code,"
    "Business Country/Region,Business Phone,Mobile Phone,E-mail Address,E-mail 2 Address,"
    "Categories,Notes,Web Page\n"
    "Olena,,Shevchenko,,,ТОВ Карпати Енерго,,Директор,вул. Городоцька 97,Львів,"
    "Львівська,79000,Україна,032 297 12 34,067 123 45 67,olena@karpaty.ua,,Energy,,"
    "karpaty.ua\n")


def test_an_outlook_csv(empty_db: dbs.Database, tmp_path: Path) -> None:
    path = tmp_path / "outlook.csv"
    path.write_text(OUTLOOK, encoding="utf-8")
    table = ci.read_source(path)
    mapping = ci.recognise(table.headers)
    assert (mapping[5], mapping[7], mapping[13], mapping[14]) == (
        ci.NAME, ci.POSITION, ci.CONTACT_PHONES, ci.CONTACT_PHONES)
    with empty_db.session(TESTER) as s:
        report = ci.import_clients(s, table, mapping, country="UA", currency="UAH")
    assert (report.created, report.problems) == (1, [])
    with empty_db.session() as s:
        firm = s.scalar(select(Client))
        assert firm is not None
        assert (firm.short_name, firm.country, firm.city, firm.currency, firm.website) == (
            "ТОВ Карпати Енерго", "UA", "Львів", "UAH", "karpaty.ua")
        olena = firm.contacts[0]
        assert (olena.full_name, olena.position) == ("Shevchenko Olena", "Директор")
        assert sorted(p.e164 for p in olena.phones) == ["+380322971234", "+380671234567"]

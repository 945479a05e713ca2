"""Imports that take real files (issue 12): vCard 4.0 as RFC 6350 writes it, every encoding a
spreadsheet is saved in, the country of a row inferred from its values, possible-but-unknown
phones kept with a warning, our own export's headers in every interface language, warnings
for skipped columns that look like data, and reasons that travel as translatable codes."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.models import Client, ClientKind, Phone, PhoneKind
from crm_desktop.services.clients import importing as ci
from crm_desktop.services.clients.exporting import COLUMNS, export_clients
from crm_desktop.services.clients.importing import mapping as cm
from crm_desktop.services.clients.importing.records import infer_country
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError, Message
from crm_desktop.services.core.table_files import decode_text

from .actors import TESTER


def _import(db: dbs.Database, path: Path, partial: bool = False,
            country: str = "KZ") -> ci.ImportReport:
    table = ci.read_source(path)
    with db.session(TESTER) as s:
        mapping = ci.guess_mapping(s, table.headers)
        return ci.import_clients(s, table, mapping, partial=partial, country=country,
                                 currency="KZT")


def _client(db: dbs.Database, name: str) -> Client:
    with db.session() as s:
        client = s.scalar(select(Client).where(Client.short_name == name))
        assert client is not None, name
        s.expunge_all()
        return client


def _phones(db: dbs.Database, name: str) -> list[tuple[str, str | None, PhoneKind]]:
    with db.session() as s:
        return sorted((raw, e164, kind) for raw, e164, kind in s.execute(
            select(Phone.raw, Phone.e164, Phone.kind).join(
                Client, Client.id == Phone.client_id).where(Client.short_name == name)))


# RFC 6350 section 8's example, its TEL/EMAIL/ADR forms, and the other 4.0 forms the RFC's
# property sections show (KIND:org, structured ORG, several FN, PREF, BDAY as text).
VCARD_4 = """BEGIN:VCARD
VERSION:4.0
FN:Simon Perreault
N:Perreault;Simon;;;ing. jr,M.Sc.
BDAY:--0203
ANNIVERSARY:20090808T1430-0500
GENDER:M
LANG;PREF=1:fr
LANG;PREF=2:en
ORG;TYPE=work:Viagenie
ADR;TYPE=work:;Suite D2-630;2875 Laurier;Quebec;QC;G1V 2M2;Canada
TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102
TEL;VALUE=uri;TYPE="work,cell,voice,video,text":tel:+1-418-262-6501
EMAIL;TYPE=work:simon.perreault@viagenie.ca
GEO;TYPE=work:geo:46.772673,-71.282945
KEY;TYPE=work;VALUE=uri:http://www.viagenie.ca/simon.perreault/simon.asc
TZ:-0500
URL;TYPE=home:http://nomis80.org
END:VCARD
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:ABC Marketing
ORG:ABC\\, Inc.;North American Division;Marketing
TEL;VALUE=uri;PREF=1:tel:+7-495-739-22-22
EMAIL;PREF=1:office@abc.example
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN;LANGUAGE=en:Ivan Petrov
FN;PREF=1:Иван Петров
ORG:ТОО Береке Трейд
BDAY;VALUE=text:circa 1800
TEL;VALUE=uri;TYPE=home:tel:+7-727-250-12-34
TEL;VALUE=uri;TYPE=cell;PREF=1:tel:+77011234567
EMAIL;TYPE=work;PREF=2:ivan.petrov@bereke.kz
EMAIL;PREF=1:ivan@bereke.kz
ADR;TYPE=home:;;ул. Абая 1;Алматы;;050000;Казахстан
END:VCARD
"""


def test_a_vcard_4_file_with_tel_uris_imports(empty_db: dbs.Database, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(VCARD_4, encoding="utf-8")
    report = _import(empty_db, path)
    assert (report.created, report.problems, report.contacts) == (3, [], 2)
    # TEL;VALUE=uri:tel:… are numbers; ;ext= is the extension; PREF=1 comes first
    assert _phones(empty_db, "Viagenie") == [
        ("+1-418-262-6501", "+14182626501", PhoneKind.MOBILE),
        ("+1-418-656-9254 ext. 102", "+14186569254", PhoneKind.WORK)]
    abc = _client(empty_db, "ABC, Inc.")  # KIND:org, ORG's first component
    assert (abc.kind, abc.country, abc.currency) == (ClientKind.ORGANIZATION, "RU", "RUB")
    assert _phones(empty_db, "ABC, Inc.") == [("+7-495-739-22-22", "+74957392222",
                                                PhoneKind.WORK)]
    table = ci.read_vcards(path)
    bereke = table.rows[2]
    assert bereke[table.headers.index("Contact")] == "Иван Петров"  # the preferred FN
    assert bereke[table.headers.index("Contact phones")].startswith("mobile: +77011234567")
    assert bereke[table.headers.index("Contact e-mails")].startswith("ivan@bereke.kz")
    assert "circa 1800" in bereke[table.headers.index("Notes")]  # a text BDAY is not lost
    assert "Алматы" in bereke[table.headers.index("Address")]
    assert "Suite D2-630" in table.rows[0][table.headers.index("Address")]


def test_tel_text_reads_rfc_3966() -> None:
    assert ci.sources.tel_text("tel:+1-418-656-9254;ext=102") == "+1-418-656-9254 ext. 102"
    assert ci.sources.tel_text("TEL:+7 701 123 45 67") == "+7 701 123 45 67"
    assert ci.sources.tel_text("tel:7042;phone-context=example.com") == "7042"
    assert ci.sources.tel_text("+7 701 123 45 67") == "+7 701 123 45 67"


CYRILLIC = ("Наименование\tИНН/БИН\tТелефон\tГород\tКонтактное лицо\n"
            "ТОО «Қазақ Сауда»\t061211600012\t+7 701 123 45 67\tШымкент\tЁлкина Әйгерім\n"
            "ИП Щукин\t\t8 (727) 250-12-34\tАлматы\tЩукин Юрий\n")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig", "utf-8", "cp1251",
                                      "cp866"])
def test_a_csv_in_every_encoding_keeps_its_cyrillic(empty_db: dbs.Database, tmp_path: Path,
                                                    encoding: str) -> None:
    text = CYRILLIC
    if encoding in ("cp1251", "cp866"):  # their code pages have no Kazakh letters
        text = text.replace("Қазақ", "Казах").replace("Әйгерім", "Айгерим")
    if encoding == "cp866":  # nor DOS quotes
        text = text.replace("«", '"').replace("»", '"')
    path = tmp_path / "clients.csv"
    path.write_bytes(text.encode(encoding))  # "utf-16" is Excel's "Unicode text": BOM + tabs
    report = _import(empty_db, path)
    assert (report.created, report.problems) == (2, [])
    first = text.split("\n")[1].split("\t")[0]
    firm = _client(empty_db, first)
    assert (firm.city, firm.tax_id, firm.country) == ("Шымкент", "061211600012", "KZ")
    assert _client(empty_db, "ИП Щукин").city == "Алматы"


def test_an_encoding_that_cannot_be_told_is_refused_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "binary.csv"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(CrmError) as refused:
        ci.read_source(path)
    assert refused.value.code == "files.not_text" and "binary.csv" in str(refused.value)
    # KOI8-R and Windows-1251 bytes are the same range: the case pattern tells them apart
    text = "Наименование;Город\nТОО Береке;Москва\n"
    assert decode_text(text.encode("koi8_r"), "x") == text
    assert decode_text(text.encode("cp1251"), "x") == text


def test_a_moscow_row_with_a_valid_inn_imports_as_russia(empty_db: dbs.Database,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        "Наименование;ИНН;Телефон\n"
        "ПАО Сбербанк;7707083893;+7 495 500-55-50\n"
        "ООО Ромашка;7707083893;8 (495) 123-45-67\n"
        "ТОО Береке;061211600012;+7 701 111 22 33\n", encoding="utf-8")
    report = _import(empty_db, path, country="KZ", partial=True)
    assert report.problems == []
    sber = _client(empty_db, "ПАО Сбербанк")
    assert (sber.country, sber.currency, sber.tax_id) == ("RU", "RUB", "7707083893")
    assert _client(empty_db, "ТОО Береке").country == "KZ"


def test_the_country_comes_from_phone_area_city_and_tax_id() -> None:
    assert infer_country(["+7 495 123 45 67"], "", "", "", "KZ") == "RU"
    assert infer_country(["+7 701 123 45 67"], "", "", "", "RU") == "KZ"
    assert infer_country(["8 (7172) 55-12-34"], "", "", "", "RU") == "KZ"
    assert infer_country([], "Москва", "", "", "KZ") == "RU"
    assert infer_country([], "", "", "7707083893", "KZ") == "RU"  # a Russian INN's checksum
    assert infer_country([], "", "", "061211600012", "RU") == "KZ"
    assert infer_country(["+994 50 123 45 67"], "", "", "", "KZ") == "AZ"
    assert infer_country([], "", "", "", "UA") == "UA"  # nothing to go on: the default
    # a valid INN beats a phone in another country
    assert infer_country(["+7 701 123 45 67"], "", "", "7707083893", "KZ") == "RU"


def test_a_country_column_is_obeyed(empty_db: dbs.Database, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("Name;Country;Phone\nAlpha;KZ;+7 495 123 45 67\n", encoding="utf-8")
    _import(empty_db, path)
    assert _client(empty_db, "Alpha").country == "KZ"


def test_a_555_number_is_kept_as_typed_with_a_warning(empty_db: dbs.Database,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("Name;Phone;Contact;Contact phones\n"
                    "Acme;+1 (555) 555-5555;Wile E.;+7 555 123 45 67\n"
                    "Broken;12;;\n", encoding="utf-8")
    report = _import(empty_db, path, partial=True)
    assert report.created == 1
    assert _phones(empty_db, "Acme") == [("+1 (555) 555-5555", "+15555555555", PhoneKind.WORK),
                                         ("+7 555 123 45 67", "+75551234567", PhoneKind.WORK)]
    kept = [why for row, why in report.warnings if row == 2]
    assert [isinstance(w, Message) and w.code for w in kept] == ["import.phone_kept"] * 2
    assert "+1 (555) 555-5555" in kept[0]
    assert report.to_read == sorted(report.problems + report.warnings)
    # "12" is no phone at all: still refused
    assert [row for row, _why in report.problems] == [3]


def test_an_update_keeps_a_555_number_too(empty_db: dbs.Database, tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    first.write_text("Name;Tax ID;Phone\nАльфа;061211600012;+7 701 123 45 67\n",
                     encoding="utf-8")
    assert _import(empty_db, first).created == 1
    again = tmp_path / "again.csv"
    again.write_text("Name;Tax ID;Phone\nАльфа;061211600012;+7 555 000 11 22\n",
                     encoding="utf-8")
    table = ci.read_source(again)
    with empty_db.session(TESTER) as s:
        report = ci.import_clients(s, table, ci.guess_mapping(s, table.headers),
                                   ci.Policy.UPDATE)
    assert (report.updated, report.problems) == (1, [])
    assert [w.code for _r, w in report.warnings if isinstance(w, Message)] == \
        ["import.phone_kept"]
    assert ("+7 555 000 11 22", "+75550001122", PhoneKind.WORK) in _phones(empty_db, "Альфа")


LANGUAGE_HEADERS = {  # our export's columns (COLUMNS order) as each interface writes them
    "ru": ["ID клиента", "Вид", "Наименование", "Полное наименование", "ИНН/БИН", "КПП",
           "Страна", "Регион", "Город", "Адрес", "Юридический адрес", "Статус", "Источник",
           "Метки", "Валюта", "Сайт", "Заметки", "Телефоны", "E-mail", "Контактное лицо",
           "Должность", "Телефоны контакта", "E-mail контакта", "День рождения",
           "Основной контакт"],
    "uk": ["ID клієнта", "Тип клієнта", "Назва", "Повна назва", "ІПН/ЄДРПОУ", "КПП", "Країна",
           "Регіон", "Місто", "Адреса", "Юридична адреса", "Статус", "Джерело", "Мітки",
           "Валюта", "Сайт", "Нотатки", "Телефони", "Електронна пошта", "Контактна особа",
           "Посада", "Телефони контакту", "E-mail контакту", "День народження",
           "Основний контакт"],
    "kk": ["Клиенттің ID", "Түрі", "Атауы", "Толық атауы", "БСН/ЖСН", "КПП", "Ел", "Облыс",
           "Қала", "Мекенжай", "Заңды мекенжай", "Мәртебе", "Дереккөз", "Тегтер", "Валюта",
           "Сайт", "Ескертпелер", "Телефондар", "Электрондық пошта", "Байланыс тұлғасы",
           "Лауазымы", "Байланыс телефондары", "Байланыс e-mail", "Туған күні",
           "Негізгі байланыс"],
    "az": ["Müştəri ID", "Növ", "Adı", "Tam adı", "VÖEN", "KPP", "Ölkə", "Region", "Şəhər",
           "Ünvan", "Hüquqi ünvan", "Status", "Mənbə", "Teqlər", "Valyuta", "Sayt", "Qeydlər",
           "Telefonlar", "E-poçt", "Əlaqə şəxsi", "Vəzifə", "Əlaqə telefonları",
           "Əlaqə e-poçtu", "Doğum günü", "Əsas əlaqə"],
    "mn": ["Харилцагчийн ID", "Төрөл", "Нэр", "Бүтэн нэр", "Регистрийн дугаар", "КПП", "Улс",
           "Аймаг", "Хот", "Хаяг", "Хуулийн хаяг", "Төлөв", "Эх сурвалж", "Шошго", "Валют",
           "Вэб сайт", "Тэмдэглэл", "Утаснууд", "И-мэйл", "Холбоо барих хүн", "Албан тушаал",
           "Холбоо барих хүний утас", "Холбоо барих хүний и-мэйл", "Төрсөн өдөр",
           "Үндсэн холбоо барих"],
    "en": [ci.OWN_HEADERS[c] for c in COLUMNS],
}


@pytest.mark.parametrize("language", sorted(LANGUAGE_HEADERS))
def test_our_export_headers_are_recognised_in_every_language(language: str) -> None:
    headers = LANGUAGE_HEADERS[language]
    assert ci.recognise(headers) == dict(enumerate(COLUMNS)), language


def test_headers_the_interface_translates_are_recognised() -> None:
    """Whatever the translation files make of our English headers and field names (the
    Russian interface's "ИНН/БИН", "Контакт: телефон") maps back to the field."""
    translated = cm.interface_translations()
    assert translated, "no interface translation file was read"
    for field, english in cm.OWN_HEADERS.items():
        for text in [english, *cm.FIELD_LABELS.get(field, ())]:
            for word in translated.get(text.casefold(), ()):
                found = ci.recognise([word]).get(0)
                if found != field and any(word.casefold() in aliases for aliases in
                                          cm._ALIASES.values()):
                    continue  # "Name" is also a first name: "Имя", "Ім'я" stay the first name
                assert found == field, (word, field, found)
    assert ci.recognise(["ИНН / БИН:", "Контакт: телефон"]) == {0: ci.TAX_ID,
                                                                1: ci.CONTACT_PHONES}


def test_the_russian_export_re_imports_with_every_column(empty_db: dbs.Database,
                                                         tmp_path: Path) -> None:
    source = tmp_path / "source.csv"
    source.write_text(
        "Name;Kind;Tax ID;Phones;E-mails;Contact;Position;Contact phones;City;Status;"
        "Primary contact\n"
        "ТОО Береке Трейд;organization;061211600012;work: +7 727 250 12 34;info@bereke.kz;"
        "Ерлан Сериков;Директор;mobile: +7 701 123 45 67;Алматы;customer;yes\n",
        encoding="utf-8")
    assert _import(empty_db, source).created == 1
    english = tmp_path / "export.csv"
    with empty_db.session() as s:
        export_clients(s, english)
    text = english.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";" if ";" in text.split("\n")[0]
                           else ","))
    # the Russian interface's export: headers and values in Russian
    words = {"organization": "Организация", "customer": "Клиент", "yes": "да",
             "work: ": "рабочий: ", "mobile: ": "мобильный: "}
    body = []
    for row in rows[1:]:
        cells = []
        for cell in row:
            for english_word, russian in words.items():
                cell = russian + cell[len(english_word):] if cell.startswith(english_word) \
                    and english_word.endswith(": ") else (russian if cell == english_word
                                                          else cell)
            cells.append(cell)
        body.append(cells)
    russian_file = tmp_path / "экспорт.csv"
    with russian_file.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(LANGUAGE_HEADERS["ru"])
        writer.writerows(body)
    table = ci.read_source(russian_file)
    assert ci.recognise(table.headers) == dict(enumerate(COLUMNS))
    other = dbs.open_database(str(tmp_path / "other.sqlite3"))
    try:
        report = _import(other, russian_file)
        assert (report.created, report.contacts, report.problems, report.warnings) == \
            (1, 1, [], [])
        firm = _client(other, "ТОО Береке Трейд")
        assert (firm.kind, firm.status.value, firm.city, firm.tax_id) == \
            (ClientKind.ORGANIZATION, "customer", "Алматы", "061211600012")
        assert {k for _r, _e, k in _phones(other, "ТОО Береке Трейд")} == {
            PhoneKind.WORK, PhoneKind.MOBILE}
    finally:
        other.engine.dispose()


def test_a_skipped_column_that_looks_like_data_gets_a_warning(empty_db: dbs.Database,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("Наименование;Номер налогоплательщика;Моб. номер;Почта для счетов;Цвет\n"
                    "ТОО Альфа;061211600012;+7 701 123 45 67;buh@alfa.kz;синий\n"
                    "ТОО Бета;061211600012;+7 702 123 45 67;buh@beta.kz;красный\n",
                    encoding="utf-8")
    table = ci.read_source(path)
    mapping = {0: ci.NAME}
    with empty_db.session(TESTER) as s:
        report = ci.import_clients(s, table, mapping)
    warned = {why.params["column"]: why.params["what"].code for _row, why in report.warnings
              if isinstance(why, Message)}
    assert warned == {"Номер налогоплательщика": "import.looks_tax_ids",
                      "Моб. номер": "import.looks_phones",
                      "Почта для счетов": "import.looks_emails"}
    assert all(row == 1 for row, _why in report.warnings)


def _codes(reason: object) -> list[str]:
    if not isinstance(reason, Message):
        return ["<plain text>"]
    found = [reason.code]
    for value in reason.params.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Message):
                found += _codes(item)
    return found


def test_every_report_reason_is_a_code_with_a_ui_text(empty_db: dbs.Database, tmp_path: Path,
                                                      qapp: object) -> None:
    from crm_desktop.ui.kit.errors import reason_text, texts

    path = tmp_path / "clients.csv"
    path.write_text(
        "Name;Tax ID;Phone;E-mail;Contact;Contact phones;Birthday;Country;Код\n"
        "Bad tax;123;;;;;;KZ;061211600012\n"
        "Bad mail;;;not-an-address;;;;;061211600012\n"
        "Bad contact phone;;;;Ann;12;;;\n"
        "Bad birthday;;;;Bob;;yesterday;;\n"
        ";;;;;;;;\n"
        "Fictional;;+1 555 555 5555;;;;;;\n"
        "Bad country;;;;;;;Atlantis;\n", encoding="utf-8")
    report = _import(empty_db, path, partial=True)
    reasons = [why for _row, why in report.lines()]
    assert len(reasons) >= 6
    table = texts()
    for reason in reasons:
        for code in _codes(reason):
            assert code in table, (code, reason)
        assert reason_text(reason)
    words = [reason_text(why) for _row, why in report.problems]
    assert not any(w in " ".join(words) for w in ("contacts.0", "tax_id", "emails.0",
                                                  "short_name"))


def test_a_problem_is_reported_under_the_files_own_row_number(empty_db: dbs.Database,
                                                               tmp_path: Path) -> None:
    """Blank rows (a spreadsheet's spacing, a blank line before the header) are skipped but
    still counted: the report names the row the person sees in the file."""
    path = tmp_path / "clients.csv"
    path.write_text("\nName;Phone\nAcme;+7 701 555 10 10\n\n;;\nBroken;12\nBeta;+7 702 555 20 20\n",
                    encoding="utf-8")
    report = _import(empty_db, path, partial=True)
    assert report.created == 2
    assert [row for row, _why in report.problems] == [6]  # line 6 of the file: "Broken;12"


def test_an_xlsx_problem_is_reported_under_the_sheets_row_number(empty_db: dbs.Database,
                                                                 tmp_path: Path) -> None:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A3"], sheet["B3"] = "Name", "Phone"  # the table starts on row 3
    sheet["A4"], sheet["B4"] = "Acme", "+7 701 555 10 10"
    sheet["A6"], sheet["B6"] = "Broken", "12"  # row 5 left blank
    path = tmp_path / "clients.xlsx"
    book.save(path)
    report = _import(empty_db, path, partial=True)
    assert report.created == 1
    assert [row for row, _why in report.problems] == [6]



def test_cyrillic_after_the_first_64_kb_is_not_guessed_from_ascii(tmp_path: Path) -> None:
    """A CP866 file whose first 64 KB are ASCII (phones, e-mails) and whose names come later
    is read as CP866, not as Windows-1251 garbage."""
    ascii_rows = "".join(f"client{i}@example.kz;+7 701 555 {i % 100:02d} {i % 97:02d}\n"
                         for i in range(3000))
    text = "E-mail;Phone\n" + ascii_rows + "ТОО Береке;Шымкент\n"
    assert len(text.split("Т")[0]) > 65536
    assert decode_text(text.encode("cp866"), "x") == text
    assert decode_text(text.encode("koi8_r"), "x") == text


def test_a_kazakh_windows_file_is_read_not_garbled() -> None:
    """KZ-1048 (Windows' Kazakh code page) differs from Windows-1251 only in Kazakh letters:
    read as 1251 they became "Ќала", "Јлем" without a word; Russian and Ukrainian 1251 files
    still read as 1251."""
    kazakh = ("Атауы;Қала\nТОО Әлем Құрылыс;Өскемен\nИП Жақсылық;Шымкент\n"
              "Ғалым Ілияс;Ақтөбе\n")
    assert decode_text(kazakh.encode("kz1048"), "x") == kazakh
    russian = "Наименование;Город\nТОО «Береке»;Москва\n"
    ukrainian = "Назва;Місто\nФОП Григорій Ґудзь;Київ, Запоріжжя, Євпаторія\n"
    assert decode_text(russian.encode("cp1251"), "x") == russian
    assert decode_text(ukrainian.encode("cp1251"), "x") == ukrainian

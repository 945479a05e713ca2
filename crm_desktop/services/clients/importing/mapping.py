"""Which column feeds which field: the fields, our own export's headers, and the headers of
common exports (Google Contacts, Outlook) and Russian/Kazakh/Ukrainian/Azerbaijani/Mongolian
files recognised by name; a mapping a person chose is remembered per header set.

Our own export's headers are recognised in every interface language: the words below, and
whatever the interface translations (`resources/translations/*.ts`) make of our English
headers and field names, so a header translated tomorrow is recognised without a change here.
Headers compare without case, spaces or punctuation ("ИНН / БИН" is "ИНН/БИН")."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from functools import cache

from sqlalchemy.orm import Session

from crm_desktop.models import ClientKind, ClientStatus, PhoneKind
from crm_desktop.resources import resource_dir
from crm_desktop.services.core.identity import Permission, require
from crm_desktop.services.core.settings import get_setting, set_setting
from crm_desktop.services.core.table_files import mapping_key, norm_header

# Fields a column can feed. Several columns may feed the list fields (phones, e-mails, tags).
CLIENT_ID, KIND, NAME, FULL_NAME = "client_id", "kind", "short_name", "full_name"
TAX_ID, TAX_ID_2, COUNTRY, REGION, CITY = "tax_id", "tax_id_2", "country", "region", "city"
ADDRESS, LEGAL_ADDRESS, STATUS, SOURCE = "address", "legal_address", "status", "source"
TAGS, CURRENCY, WEBSITE, NOTES = "tags", "currency", "website", "notes"
PHONES, EMAILS = "phones", "emails"
CONTACT, FIRST, MIDDLE, LAST = "contact", "first_name", "middle_name", "last_name"
POSITION, CONTACT_PHONES, CONTACT_EMAILS = "position", "contact_phones", "contact_emails"
BIRTHDAY, PRIMARY = "birthday", "primary"
FIELDS = (NAME, KIND, FULL_NAME, TAX_ID, TAX_ID_2, COUNTRY, REGION, CITY, ADDRESS,
          LEGAL_ADDRESS, STATUS, SOURCE, TAGS, CURRENCY, WEBSITE, NOTES, PHONES, EMAILS,
          CONTACT, FIRST, MIDDLE, LAST, POSITION, CONTACT_PHONES, CONTACT_EMAILS, BIRTHDAY,
          PRIMARY, CLIENT_ID)
LIST_FIELDS = {PHONES, EMAILS, CONTACT_PHONES, CONTACT_EMAILS, TAGS}

# Our own export's headers (also what vCards are turned into).
OWN_HEADERS = {
    CLIENT_ID: "Client ID", KIND: "Kind", NAME: "Name", FULL_NAME: "Full name",
    TAX_ID: "Tax ID", TAX_ID_2: "Tax ID 2", COUNTRY: "Country", REGION: "Region",
    CITY: "City", ADDRESS: "Address", LEGAL_ADDRESS: "Legal address", STATUS: "Status",
    SOURCE: "Source", TAGS: "Tags", CURRENCY: "Currency", WEBSITE: "Website",
    NOTES: "Notes", PHONES: "Phones", EMAILS: "E-mails", CONTACT: "Contact",
    POSITION: "Position", CONTACT_PHONES: "Contact phones",
    CONTACT_EMAILS: "Contact e-mails", BIRTHDAY: "Birthday", PRIMARY: "Primary contact",
}
_ALIASES: dict[str, tuple[str, ...]] = {
    NAME: ("name", "company", "organization name", "organization 1 - name", "client",
           "наименование", "название", "организация", "компания", "контрагент", "клиент",
           "атауы", "найменування", "компанія", "şirkət", "байгууллага"),
    KIND: ("kind", "type", "тип", "вид"),
    FULL_NAME: ("full name", "полное наименование", "толық атауы", "повне найменування"),
    TAX_ID: ("tax id", "inn", "bin", "iin", "voen", "edrpou", "инн", "бин", "иин", "бин/иин",
             "єдрпоу", "едрпоу", "рнокпп", "vöen", "регистр", "регистрийн дугаар"),
    TAX_ID_2: ("kpp", "кпп", "tax id 2"),
    COUNTRY: ("country", "страна", "ел", "країна", "ölkə", "business country/region",
              "address 1 - country"),
    REGION: ("region", "регион", "область", "облыс", "business state", "address 1 - region"),
    CITY: ("city", "город", "қала", "місто", "şəhər", "business city", "address 1 - city"),
    ADDRESS: ("address", "адрес", "мекенжай", "адреса", "ünvan", "business street",
              "address 1 - formatted", "address 1 - street"),
    LEGAL_ADDRESS: ("legal address", "юридический адрес", "заңды мекенжай",
                    "юридична адреса"),
    STATUS: ("status", "статус"),
    SOURCE: ("source", "источник", "джерело"),
    TAGS: ("tags", "labels", "group membership", "categories", "теги", "метки", "группа"),
    CURRENCY: ("currency", "валюта"),
    WEBSITE: ("website", "web page", "website 1 - value", "сайт"),
    NOTES: ("notes", "note", "примечание", "комментарий", "заметки", "ескерту", "примітка"),
    PHONES: ("phone", "phones", "телефон", "телефоны", "company main telephone",
             "business phone", "business phone 2", "тел.", "тел"),
    EMAILS: ("e-mail", "email", "e-mails", "почта", "электронная почта", "эл. почта"),
    CONTACT: ("contact", "contact person", "контактное лицо", "контакт", "фио",
              "байланыс тұлғасы", "контактна особа"),
    FIRST: ("first name", "given name", "имя", "аты", "ім'я"),
    MIDDLE: ("middle name", "additional name", "отчество", "по батькові"),
    LAST: ("last name", "family name", "surname", "фамилия", "тегі", "прізвище"),
    POSITION: ("position", "job title", "organization title",
               "organization 1 - title", "должность", "лауазымы", "посада"),
    CONTACT_PHONES: ("contact phones", "mobile phone", "home phone", "other phone",
                     "primary phone", "мобильный", "мобильный телефон"),
    CONTACT_EMAILS: ("contact e-mails", "e-mail address", "e-mail 2 address",
                     "e-mail 3 address"),
    BIRTHDAY: ("birthday", "день рождения", "дата рождения", "туған күні"),
    PRIMARY: ("primary contact",),
    CLIENT_ID: ("client id",),
}
# The field names the import dialog and the client list show (English; translated by the UI).
FIELD_LABELS = {
    NAME: ("Client name", "Client", "Short name"), FULL_NAME: ("Full name",),
    TAX_ID: ("Tax ID",), TAX_ID_2: ("KPP",), COUNTRY: ("Country",), REGION: ("Region",),
    CITY: ("City",), ADDRESS: ("Address",), LEGAL_ADDRESS: ("Legal address",),
    STATUS: ("Status",), SOURCE: ("Source",), TAGS: ("Tags",), CURRENCY: ("Currency",),
    WEBSITE: ("Website",), NOTES: ("Notes",), PHONES: ("Office phone", "Phone"),
    EMAILS: ("Office e-mail", "E-mail"), CONTACT: ("Contact: full name", "Contact person"),
    FIRST: ("Contact: first name",), MIDDLE: ("Contact: middle name",),
    LAST: ("Contact: last name",), POSITION: ("Contact: position",),
    CONTACT_PHONES: ("Contact: phone",), CONTACT_EMAILS: ("Contact: e-mail",),
    BIRTHDAY: ("Contact: birthday",), PRIMARY: ("Contact: primary",),
    CLIENT_ID: ("Client ID (groups rows)",), KIND: ("Kind",),
}
# Our export's headers as the interfaces write them (ru, uk, kk, az, mn), also for files made
# before a language's translation file existed.
_EXPORT_HEADERS: dict[str, tuple[str, ...]] = {
    CLIENT_ID: ("ID клиента", "Код клиента", "ID клієнта", "Клиент ID", "Клиенттің ID",
                "Müştəri ID", "Харилцагчийн ID"),
    KIND: ("Вид", "Тип клиента", "Вид клиента", "Тип клієнта", "Түрі", "Növ", "Növü", "Төрөл"),
    NAME: ("Название клиента", "Краткое наименование", "Назва", "Назва клієнта",
           "Клиент атауы", "Ad", "Adı", "Müştəri", "Нэр", "Харилцагч"),
    FULL_NAME: ("Полное название", "Повна назва", "Толық атау", "Tam adı", "Tam ad",
                "Бүтэн нэр"),
    TAX_ID: ("ИНН/БИН", "БИН/ИИН", "ИНН/БИН/ИИН", "ИНН / БИН", "Налоговый номер", "ІПН",
             "ІПН/ЄДРПОУ", "ЄДРПОУ/РНОКПП", "Код ЄДРПОУ", "Податковий номер", "БСН/ЖСН",
             "БСН", "ЖСН", "СТН", "Салық нөмірі", "VÖEN", "Vergi nömrəsi", "ТТД",
             "Регистрийн дугаар", "Регистрийн №"),
    TAX_ID_2: ("КПП (Россия)", "KPP (Russia)"),
    COUNTRY: ("Страна", "Країна", "Ел", "Мемлекет", "Ölkə", "Улс"),
    REGION: ("Регион", "Область", "Регіон", "Облыс", "Аймақ", "Rayon", "Region", "Аймаг",
             "Бүс"),
    CITY: ("Город", "Місто", "Қала", "Şəhər", "Хот"),
    ADDRESS: ("Адрес", "Адреса", "Мекенжай", "Ünvan", "Хаяг"),
    LEGAL_ADDRESS: ("Юридический адрес", "Юридична адреса", "Заңды мекенжай", "Hüquqi ünvan",
                    "Хуулийн хаяг", "Албан ёсны хаяг"),
    STATUS: ("Статус", "Мәртебе", "Күйі", "Status", "Төлөв"),
    SOURCE: ("Источник", "Джерело", "Дереккөз", "Көзі", "Mənbə", "Эх сурвалж"),
    TAGS: ("Теги", "Метки", "Мітки", "Тегтер", "Белгілер", "Teqlər", "Etiketlər", "Шошго"),
    CURRENCY: ("Валюта", "Valyuta", "Валют"),
    WEBSITE: ("Сайт", "Веб-сайт", "Веб сайт", "Sayt", "Vebsayt", "Вэб сайт", "Цахим хуудас"),
    NOTES: ("Примечания", "Заметки", "Нотатки", "Примітки", "Ескертпелер", "Жазбалар",
            "Qeydlər", "Тэмдэглэл"),
    PHONES: ("Телефоны", "Телефон офиса", "Телефони", "Телефон офісу", "Телефондар",
             "Кеңсе телефоны", "Telefonlar", "Telefon", "Ofis telefonu", "Утас", "Утаснууд",
             "Оффисын утас"),
    EMAILS: ("E-mail офиса", "Эл. почта", "Електронна пошта", "E-mail офісу",
             "Электрондық пошта", "E-poçt", "E-poçtlar", "Ofis e-poçtu", "И-мэйл",
             "Цахим шуудан"),
    CONTACT: ("Контакт: ФИО", "Контактна особа", "Контакт: ПІБ", "Байланыс тұлғасы",
              "Байланыс", "Əlaqə şəxsi", "Əlaqə", "Холбоо барих хүн", "Холбоо барих"),
    POSITION: ("Должность", "Контакт: должность", "Посада", "Лауазымы", "Лауазым", "Vəzifə",
               "Албан тушаал"),
    CONTACT_PHONES: ("Телефоны контакта", "Контакт: телефон", "Телефони контакту",
                     "Байланыс телефондары", "Əlaqə telefonları",
                     "Холбоо барих хүний утас"),
    CONTACT_EMAILS: ("E-mail контакта", "Контакт: e-mail", "E-mail контакту",
                     "Байланыс e-mail", "Əlaqə e-poçtu", "Холбоо барих хүний и-мэйл"),
    BIRTHDAY: ("День рождения", "День народження", "Туған күні", "Doğum günü",
               "Төрсөн өдөр"),
    PRIMARY: ("Основной контакт", "Основний контакт", "Негізгі байланыс", "Əsas əlaqə",
              "Үндсэн холбоо барих"),
}
# The values our export writes in each interface language (kind, status, phone kind, yes).
_VALUE_WORDS: dict[str, str] = {
    "организация": ClientKind.ORGANIZATION, "юридическое лицо": ClientKind.ORGANIZATION,
    "юрлицо": ClientKind.ORGANIZATION, "організація": ClientKind.ORGANIZATION,
    "ұйым": ClientKind.ORGANIZATION, "təşkilat": ClientKind.ORGANIZATION,
    "байгууллага": ClientKind.ORGANIZATION, "частное лицо": ClientKind.PERSON,
    "физическое лицо": ClientKind.PERSON, "физлицо": ClientKind.PERSON,
    "фізична особа": ClientKind.PERSON, "жеке тұлға": ClientKind.PERSON,
    "fiziki şəxs": ClientKind.PERSON, "хувь хүн": ClientKind.PERSON,
    "лид": ClientStatus.LEAD, "потенциальный": ClientStatus.PROSPECT,
    "клиент": ClientStatus.CUSTOMER, "покупатель": ClientStatus.CUSTOMER,
    "неактивный": ClientStatus.INACTIVE, "лід": ClientStatus.LEAD,
    "неактивний": ClientStatus.INACTIVE, "клієнт": ClientStatus.CUSTOMER,
}
YES_WORDS = {"1", "yes", "true", "да", "так", "иә", "bəli", "тийм", "+", "x", "✓"}
_PATTERNS = (  # numbered columns of Google Contacts and Outlook
    (re.compile(r"^phone \d+ - value$"), CONTACT_PHONES),
    (re.compile(r"^e-mail \d+ - value$"), CONTACT_EMAILS),
    (re.compile(r"^(business|home|mobile|car|other) (phone|fax)( \d)?$"), CONTACT_PHONES),
)
PHONE_KIND_WORDS = {"mobile": PhoneKind.MOBILE, "cell": PhoneKind.MOBILE,
                    "моб": PhoneKind.MOBILE, "home": PhoneKind.HOME, "fax": PhoneKind.FAX,
                    "work": PhoneKind.WORK, "business": PhoneKind.WORK,
                    "other": PhoneKind.OTHER, "сот": PhoneKind.MOBILE,
                    "ұялы": PhoneKind.MOBILE, "mobil": PhoneKind.MOBILE,
                    "гар": PhoneKind.MOBILE, "раб": PhoneKind.WORK, "роб": PhoneKind.WORK,
                    "жұмыс": PhoneKind.WORK, "ажил": PhoneKind.WORK, "дом": PhoneKind.HOME,
                    "үй": PhoneKind.HOME, "гэр": PhoneKind.HOME, "факс": PhoneKind.FAX,
                    "друг": PhoneKind.OTHER, "інш": PhoneKind.OTHER}


def _key(text: str) -> str:
    """A header as compared: no case, spaces or punctuation ("ИНН / БИН:" is "иннбин")."""
    return re.sub(r"[\W_]+", "", text.casefold().replace("ё", "е"))


@cache
def interface_translations() -> dict[str, tuple[str, ...]]:
    """English source (case-folded) -> its translations in every interface translation file
    there is (read once; the file missing or damaged gives nothing, never an error)."""
    found: dict[str, set[str]] = {}
    folder = resource_dir() / "translations"
    for path in sorted(folder.glob("*.ts")) if folder.is_dir() else ():
        try:
            root = ElementTree.parse(path).getroot()
        except (OSError, ElementTree.ParseError):
            continue
        for message in root.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            text = translation.text if translation is not None else None
            if source and text and (translation is None or
                                    translation.get("type") not in ("obsolete", "vanished")):
                found.setdefault(source.strip().casefold(), set()).add(text.strip())
    return {k: tuple(sorted(v)) for k, v in found.items()}


@cache
def _header_fields() -> dict[str, str]:
    """Header key -> field: the aliases, our export's headers in every language, and the
    translations of our English headers and field names."""
    table: dict[str, str] = {}
    translated = interface_translations()
    for name in FIELDS:
        words = list(_ALIASES.get(name, ())) + list(_EXPORT_HEADERS.get(name, ()))
        english = [OWN_HEADERS[name]] if name in OWN_HEADERS else []
        english += list(FIELD_LABELS.get(name, ()))
        words += english + [t for e in english for t in translated.get(e.casefold(), ())]
        for word in words:
            table.setdefault(_key(word), name)
    return table


@cache
def _value_words() -> dict[str, str]:
    words = dict(_VALUE_WORDS)
    translated = interface_translations()
    for kind in (ClientKind, ClientStatus, PhoneKind):
        for value in kind:
            for english in (value.value, value.value.capitalize()):
                for text in translated.get(english.casefold(), ()):
                    words.setdefault(text.casefold(), value.value)
    return words


def value_word(text: str) -> str:
    """A kind, status or phone kind as our export writes it in any interface language, as its
    stored value ("Организация" -> "organization"); other text as it is, lower-cased."""
    value = text.strip().casefold()
    return _value_words().get(value, value)


def recognise(headers: list[str]) -> dict[int, str]:
    """column -> field from the headers' names alone."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    normalized = [norm_header(h) for h in headers]
    known = _header_fields()
    google_or_outlook = any(h in ("given name", "first name") for h in normalized)
    for index, header in enumerate(normalized):
        found = None
        for pattern, name in _PATTERNS:
            if pattern.match(header):
                found = name
        if found is None:
            for name, aliases in _ALIASES.items():
                if header in aliases and (name in LIST_FIELDS or name not in taken):
                    found = name
                    break
        if found is None:
            field_ = known.get(_key(header))
            if field_ is not None and (field_ in LIST_FIELDS or field_ not in taken):
                found = field_
        if found == NAME and google_or_outlook and header == "name":
            found = CONTACT  # Google's "Name" is the person's; the company is elsewhere
        if found == PHONES and google_or_outlook and header != "company main telephone":
            found = CONTACT_PHONES
        if found == EMAILS and google_or_outlook:
            found = CONTACT_EMAILS
        if found:
            mapping[index] = found
            taken.add(found)
    return mapping


def guess_mapping(s: Session, headers: list[str]) -> dict[int, str]:
    remembered = get_setting(s, mapping_key("clients", headers))
    if isinstance(remembered, dict):
        return {int(k): v for k, v in remembered.items()
                if 0 <= int(k) < len(headers) and v in FIELDS}
    return recognise(headers)


def remember_mapping(s: Session, headers: list[str], mapping: dict[int, str]) -> None:
    """Remember the mapping for files with these headers."""
    require(s, Permission.IMPORT_CLIENTS)
    set_setting(s, mapping_key("clients", headers), {str(k): v for k, v in mapping.items()})

"""Which column feeds which field: the fields, our own export's headers, and the headers of
common exports (Google Contacts, Outlook) and Russian/Kazakh/Ukrainian/Azerbaijani/Mongolian
files recognised by name; a mapping a person chose is remembered per header set."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from crm_desktop.models import PhoneKind
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
_PATTERNS = (  # numbered columns of Google Contacts and Outlook
    (re.compile(r"^phone \d+ - value$"), CONTACT_PHONES),
    (re.compile(r"^e-mail \d+ - value$"), CONTACT_EMAILS),
    (re.compile(r"^(business|home|mobile|car|other) (phone|fax)( \d)?$"), CONTACT_PHONES),
)
PHONE_KIND_WORDS = {"mobile": PhoneKind.MOBILE, "cell": PhoneKind.MOBILE,
                     "моб": PhoneKind.MOBILE, "home": PhoneKind.HOME, "fax": PhoneKind.FAX,
                     "work": PhoneKind.WORK, "business": PhoneKind.WORK,
                     "other": PhoneKind.OTHER}


def recognise(headers: list[str]) -> dict[int, str]:
    """column -> field from the headers' names alone."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    normalized = [norm_header(h) for h in headers]
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

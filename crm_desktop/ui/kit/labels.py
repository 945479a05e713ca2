"""Translated names of stored enumeration values, in one place."""

from __future__ import annotations

from enum import StrEnum

from babel import Locale
from PySide6.QtCore import QCoreApplication

from crm_desktop.models import (
    CategoryKind,
    ClientKind,
    ClientStatus,
    CustomFieldKind,
    DealStatus,
    DocumentKind,
    DocumentStatus,
    EventStatus,
    EventType,
    OrderStatus,
    PaymentMethod,
    PhoneKind,
    ShipmentStatus,
)
from crm_desktop.services.clients.exporting import ExportWords
from crm_desktop.services.locale.formatting import country_name, current_locale


def label(value: StrEnum | None) -> str:
    """The user-facing name of an enum value, in the interface language."""
    if value is None:
        return ""
    tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")
    names = {
        EventType.CALL: tr.translate("labels", "Call"),
        EventType.MEETING: tr.translate("labels", "Meeting"),
        EventType.EMAIL: tr.translate("labels", "E-mail"),
        EventType.TASK: tr.translate("labels", "Task"),
        EventType.PLANNED: tr.translate("labels", "Planned interaction"),
        EventType.NOTE: tr.translate("labels", "Note"),
        EventStatus.PLANNED: tr.translate("labels", "Planned"),
        EventStatus.DONE: tr.translate("labels", "Done"),
        EventStatus.CANCELLED: tr.translate("labels", "Cancelled"),
        DocumentStatus.DRAFT: tr.translate("labels", "Draft"),
        DocumentStatus.ISSUED: tr.translate("labels", "Issued"),
        DocumentStatus.SENT: tr.translate("labels", "Sent"),
        DocumentStatus.PARTIALLY_PAID: tr.translate("labels", "Partially paid"),
        DocumentStatus.PAID: tr.translate("labels", "Paid"),
        DocumentStatus.ACCEPTED: tr.translate("labels", "Accepted"),
        DocumentStatus.DECLINED: tr.translate("labels", "Declined"),
        DocumentStatus.CANCELLED: tr.translate("labels", "Cancelled"),
        ShipmentStatus.PLANNED: tr.translate("labels", "Planned"),
        ShipmentStatus.SHIPPED: tr.translate("labels", "Shipped"),
        ShipmentStatus.DELIVERED: tr.translate("labels", "Delivered"),
        ShipmentStatus.CANCELLED: tr.translate("labels", "Cancelled"),
        PaymentMethod.BANK_TRANSFER: tr.translate("labels", "Bank transfer"),
        PaymentMethod.CASH: tr.translate("labels", "Cash"),
        PaymentMethod.CARD: tr.translate("labels", "Card"),
        CategoryKind.COMPONENT: tr.translate("labels", "Components"),
        CategoryKind.PRODUCT: tr.translate("labels", "Products"),
        CategoryKind.SERVICE: tr.translate("labels", "Services"),
        # OrderStatus paid, shipped, delivered and cancelled share the values (and so the
        # names) of the document and shipment statuses above
        OrderStatus.NEW: tr.translate("labels", "New"),
        OrderStatus.IN_PROGRESS: tr.translate("labels", "In progress"),
        OrderStatus.AWAITING_PAYMENT: tr.translate("labels", "Awaiting payment"),
        OrderStatus.READY_TO_SHIP: tr.translate("labels", "Ready to ship"),
        DealStatus.OPEN: tr.translate("labels", "Open deal"),
        DealStatus.WON: tr.translate("labels", "Won deal"),
        DealStatus.LOST: tr.translate("labels", "Lost deal"),
        DocumentKind.QUOTE: tr.translate("labels", "Quote"),
        DocumentKind.INVOICE: tr.translate("labels", "Invoice"),
        ClientKind.ORGANIZATION: tr.translate("labels", "Organization"),
        ClientKind.PERSON: tr.translate("labels", "Person"),
        ClientStatus.LEAD: tr.translate("labels", "Lead"),
        ClientStatus.PROSPECT: tr.translate("labels", "Prospect"),
        ClientStatus.CUSTOMER: tr.translate("labels", "Customer"),
        ClientStatus.INACTIVE: tr.translate("labels", "Inactive"),
        PhoneKind.MOBILE: tr.translate("labels", "mobile"),
        PhoneKind.WORK: tr.translate("labels", "work"),
        PhoneKind.HOME: tr.translate("labels", "home"),
        PhoneKind.FAX: tr.translate("labels", "fax"),
        PhoneKind.OTHER: tr.translate("labels", "other"),
        CustomFieldKind.TEXT: tr.translate("labels", "Text"),
        CustomFieldKind.NUMBER: tr.translate("labels", "Number"),
        CustomFieldKind.DATE: tr.translate("labels", "Date"),
        CustomFieldKind.CHOICE: tr.translate("labels", "Choice"),
        CustomFieldKind.CHECKBOX: tr.translate("labels", "Checkbox"),
    }
    return names.get(value, str(value))


# Every code a stored value or a setting carries that a person may see goes through this
# module: enum values (`label`), client sources, template purposes, languages, tax ID kinds,
# countries, and a client's field values as the merge dialog and the export show them.

# Sources the program offers (the card's completer, the demo); any other text a person typed
# is their own word and is shown as typed.
SOURCE_CODES = ("website", "referral", "exhibition", "cold_call", "advertising", "partner",
                "repeat", "import")


def _sources() -> dict[str, str]:
    tr = QCoreApplication
    return {
        "website": tr.translate("labels", "Website"),
        "referral": tr.translate("labels", "Referral"),
        "exhibition": tr.translate("labels", "Exhibition"),
        "cold_call": tr.translate("labels", "Cold call"),
        "advertising": tr.translate("labels", "Advertising"),
        "partner": tr.translate("labels", "Partner"),
        "repeat": tr.translate("labels", "Repeat customer"),
        "import": tr.translate("labels", "Import"),
    }


def source_label(code: str | None) -> str:
    """A client source's name ('cold_call' -> 'Холодный звонок'); free text as typed."""
    if not code:
        return ""
    return _sources().get(code.strip().lower(), code)


def source_code(text: str) -> str:
    """What the card stores for the source a person picked or typed: the code of a known
    source's name (in any case), else the text itself."""
    folded = text.strip().casefold()
    for code, name in _sources().items():
        if folded in (name.casefold(), code):
            return code
    return text.strip()


def source_names() -> list[str]:
    """The known sources' names, for a completer."""
    return list(_sources().values())


def purpose_label(purpose: str) -> str:
    """An e-mail template's purpose ('invoice' -> 'Счёт на оплату')."""
    tr = QCoreApplication
    names = {"invoice": tr.translate("labels", "Invoice"),
             "quote": tr.translate("labels", "Commercial offer"),
             "reminder": tr.translate("labels", "Payment reminder")}
    return names.get(purpose, purpose)


def language_name(code: str | None) -> str:
    """A language by its name in the interface language ('en' -> 'английский' in Russian,
    capitalised as a list item: 'Английский')."""
    if not code:
        return ""
    try:
        name = Locale.parse(current_locale()).languages.get(code) or Locale.parse(
            "en").languages.get(code, code)
    except (ValueError, TypeError):
        return code
    return str(name)[:1].upper() + str(name)[1:]


def tax_id_label(country: str | None) -> str:
    """The tax ID's name as the client's country calls it, in the interface language
    ('KZ' -> 'БИН/ИИН' in Russian, 'BIN/IIN' in English)."""
    from crm_desktop.services.locale.taxids import TAX_ID_KINDS

    tr = QCoreApplication
    names = {"bin": tr.translate("labels", "BIN/IIN"), "voen": tr.translate("labels", "VÖEN"),
             "edrpou": tr.translate("labels", "EDRPOU"),
             "rnokpp": tr.translate("labels", "RNOKPP"), "inn": tr.translate("labels", "INN"),
             "register": tr.translate("labels", "Register No.")}
    kinds = TAX_ID_KINDS.get((country or "").upper())
    if not kinds:
        return tr.translate("labels", "Tax ID")
    return " / ".join(names.get(k.code, k.label) for k in kinds)


# A field of a client whose stored value is a code, and how it is named.
def value_label(field: str, value: object) -> str:
    """A client's field value as a person reads it (merge, export): enums by their label,
    the source, country and language by name; anything else as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, StrEnum):
        return label(value)
    text = str(value)
    if field == "source":
        return source_label(text)
    if field == "country":
        return country_name(text)
    if field == "language":
        return language_name(text)
    return text


def export_words() -> ExportWords:
    """A client export's headers and values in the interface language (the import recognises
    them in every language: services/clients/importing/mapping)."""
    tr = QCoreApplication
    # literal contexts: lupdate reads only literal (context, text) pairs
    headers = {
        "client_id": tr.translate("ClientExport", "Client ID"),
        "kind": tr.translate("ClientCardDialog", "Kind"),
        "short_name": tr.translate("ClientCardDialog", "Name"),
        "full_name": tr.translate("ClientCardDialog", "Full name"),
        "tax_id": tr.translate("ClientCardDialog", "Tax ID"),
        "tax_id_2": tr.translate("ClientExport", "KPP (Russia)"),
        "country": tr.translate("ClientCardDialog", "Country"),
        "region": tr.translate("ClientCardDialog", "Region"),
        "city": tr.translate("ClientCardDialog", "City"),
        "address": tr.translate("ClientCardDialog", "Address"),
        "legal_address": tr.translate("ClientCardDialog", "Legal address"),
        "status": tr.translate("ClientCardDialog", "Status"),
        "source": tr.translate("ClientCardDialog", "Source"),
        "tags": tr.translate("ClientCardDialog", "Tags"),
        "currency": tr.translate("ClientCardDialog", "Currency"),
        "website": tr.translate("ClientCardDialog", "Website"),
        "notes": tr.translate("ClientCardDialog", "Notes"),
        "phones": tr.translate("ContactsTab", "Phones"),
        "emails": tr.translate("ContactsTab", "E-mails"),
        "contact": tr.translate("ClientExport", "Contact"),
        "position": tr.translate("ContactsTab", "Position"),
        "contact_phones": tr.translate("ClientExport", "Contact phones"),
        "contact_emails": tr.translate("ClientExport", "Contact e-mails"),
        "birthday": tr.translate("ContactsTab", "Birthday"),
        "primary": tr.translate("ContactsTab", "Primary contact"),
    }

    def value(column: str, stored: str) -> str:
        if column == "kind":
            return label(ClientKind(stored))
        if column == "status":
            return label(ClientStatus(stored))
        if column == "phone_kind":
            return label(PhoneKind(stored))
        if column == "primary":
            return "✓"  # a mark every language reads (and the import takes as yes)
        return value_label(column, stored)

    return ExportWords(headers, value)

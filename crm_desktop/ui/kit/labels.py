"""Translated names of stored enumeration values, in one place."""

from __future__ import annotations

from enum import StrEnum

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

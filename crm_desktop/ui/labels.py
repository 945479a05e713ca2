"""Translated names of stored enumeration values, in one place."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from crm_desktop.models import (
    DocumentStatus,
    EventStatus,
    EventType,
    PaymentMethod,
    ShipmentStatus,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def label(value: StrEnum | None) -> str:
    """The user-facing name of an enum value, in the interface language."""
    if value is None:
        return ""
    names = {
        EventType.CALL: _t("Call"),
        EventType.MEETING: _t("Meeting"),
        EventType.EMAIL: _t("E-mail"),
        EventType.TASK: _t("Task"),
        EventType.PLANNED: _t("Planned interaction"),
        EventType.NOTE: _t("Note"),
        EventStatus.PLANNED: _t("Planned"),
        EventStatus.DONE: _t("Done"),
        EventStatus.CANCELLED: _t("Cancelled"),
        DocumentStatus.DRAFT: _t("Draft"),
        DocumentStatus.ISSUED: _t("Issued"),
        DocumentStatus.SENT: _t("Sent"),
        DocumentStatus.PARTIALLY_PAID: _t("Partially paid"),
        DocumentStatus.PAID: _t("Paid"),
        DocumentStatus.ACCEPTED: _t("Accepted"),
        DocumentStatus.DECLINED: _t("Declined"),
        DocumentStatus.CANCELLED: _t("Cancelled"),
        ShipmentStatus.PLANNED: _t("Planned"),
        ShipmentStatus.SHIPPED: _t("Shipped"),
        ShipmentStatus.DELIVERED: _t("Delivered"),
        ShipmentStatus.CANCELLED: _t("Cancelled"),
        PaymentMethod.BANK_TRANSFER: _t("Bank transfer"),
        PaymentMethod.CASH: _t("Cash"),
        PaymentMethod.CARD: _t("Card"),
    }
    return names.get(value, str(value))  # type: ignore[call-overload]

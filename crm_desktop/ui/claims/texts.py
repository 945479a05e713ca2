"""Translated names of the claims' stored values (statuses, severities, claimant kinds)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from crm_desktop.models import ClaimantKind, ClaimSeverity, ClaimStatus


def claim_label(value: StrEnum | None) -> str:
    if value is None:
        return ""
    tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")
    names = {
        ClaimStatus.REGISTERED: tr.translate("claims", "Registered"),
        ClaimStatus.CONFIRMED: tr.translate("claims", "Confirmed"),
        ClaimStatus.INVESTIGATING: tr.translate("claims", "Under investigation"),
        ClaimStatus.RESOLVED: tr.translate("claims", "Resolved"),
        ClaimStatus.REJECTED: tr.translate("claims", "Rejected"),
        ClaimSeverity.LOW: tr.translate("claims", "Low"),
        ClaimSeverity.MEDIUM: tr.translate("claims", "Medium"),
        ClaimSeverity.HIGH: tr.translate("claims", "High"),
        ClaimSeverity.CRITICAL: tr.translate("claims", "Critical"),
        ClaimantKind.CLIENT: tr.translate("claims", "Client"),
        ClaimantKind.SUPPLIER: tr.translate("claims", "Supplier"),
        ClaimantKind.COMPETITOR: tr.translate("claims", "Competitor"),
        ClaimantKind.DEALER: tr.translate("claims", "Dealer"),
        ClaimantKind.OTHER: tr.translate("claims", "Other"),
    }
    return names.get(value, str(value))


def move_label(status: ClaimStatus) -> str:
    """The button that moves a claim to `status`."""
    tr = QCoreApplication
    return {
        ClaimStatus.CONFIRMED: tr.translate("claims", "Confirm"),
        ClaimStatus.INVESTIGATING: tr.translate("claims", "Start investigation"),
        ClaimStatus.RESOLVED: tr.translate("claims", "Resolve…"),
        ClaimStatus.REJECTED: tr.translate("claims", "Reject…"),
    }.get(status, str(status))

"""Words the mailing window shows for the services' statuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.models import CampaignStatus


def recipient_label(status: str) -> str:
    tr = QCoreApplication
    return {
        "queued": tr.translate("mailing", "will get it"),
        "sent": tr.translate("mailing", "sent"),
        "failed": tr.translate("mailing", "not delivered"),
        "opted_out": tr.translate("mailing", "opted out"),
        "bad_address": tr.translate("mailing", "bad address"),
        "no_address": tr.translate("mailing", "no e-mail address"),
        "duplicate": tr.translate("mailing", "address shared with another client"),
    }.get(status, status)


def campaign_label(status: CampaignStatus) -> str:
    tr = QCoreApplication
    return {CampaignStatus.QUEUED: tr.translate("mailing", "sending"),
            CampaignStatus.CANCELLED: tr.translate("mailing", "cancelled")}.get(status, status)


def how_label(how: str) -> str:
    tr = QCoreApplication
    return {"manual": tr.translate("mailing", "entered by hand"),
            "reply": tr.translate("mailing", "replied to a letter"),
            "phone": tr.translate("mailing", "asked by phone"),
            "link": tr.translate("mailing", "unsubscribe link")}.get(how, how)


def delivery_label(status: str) -> str:
    """A recipient of a campaign already queued: its letter waits, went out, or did not."""
    if status == "queued":
        return QCoreApplication.translate("mailing", "waiting")
    return recipient_label(status)

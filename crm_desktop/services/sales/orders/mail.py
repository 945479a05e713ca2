"""The e-mail a client may get when their order changes status: one template per status and
language (the team's own in the settings, `email_template:{language}:order_{status}`, else the
defaults below), filled with the mail templates' checked placeholders and queued in the outbox.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Client,
    Company,
    Direction,
    Event,
    EventStatus,
    EventType,
    Order,
    OrderStatus,
    OutboxMessage,
    User,
)
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.settings import get_setting
from crm_desktop.services.locale.formatting import LANGUAGE_LOCALES, money
from crm_desktop.services.mail import outbox, templates

# the document e-mail's recipient rule (primary contact with an address, else any address)
from crm_desktop.services.mail.document_mail import NO_MAIL_SERVER, _primary_contact
from crm_desktop.services.mail.wording import wording

NO_ADDRESS = error_code("orders.no_address",
                        "The client has no e-mail address: the status was not sent")



def status_template(s: Session, language: str, status: OrderStatus) -> tuple[str, str]:
    """(subject, body) for a status in a language: the team's own, else the default."""
    stored = get_setting(s, f"email_template:{language}:order_{status.value}")
    if isinstance(stored, list) and len(stored) == 2:
        return str(stored[0]), str(stored[1])
    return wording(language).ORDER_STATUS[status.value]


def status_message(s: Session, order: Order) -> tuple[list[str], str, str]:
    """(recipients, subject, body) telling the client the order's current status."""
    client = s.get(Client, order.client_id)
    assert client is not None
    company = s.scalar(select(Company).where(Company.deleted_at.is_(None)).limit(1))
    manager = s.get(User, order.responsible_id) if order.responsible_id else None
    contact_name, address = _primary_contact(s, client.id)
    language = client.language or "en"
    subject, body = status_template(s, language, order.status)
    values = {
        "contact_name": contact_name,
        "contact_first_name": contact_name.split(" ")[0] if contact_name else "",
        "client": client.short_name, "document": order.number,
        "total": money(order.total, order.currency, LANGUAGE_LOCALES.get(language, "en_US")),
        "due_date": order.due_date.strftime("%d.%m.%Y") if order.due_date else "",
        "manager_name": manager.full_name if manager else "",
        "manager_signature": (manager.email_signature or manager.full_name) if manager else "",
        "company": company.short_name if company else "",
    }
    return ([address] if address else [], templates.render(subject, values),
            templates.render(body, values))


def queue_status_mail(s: Session, order: Order, now: datetime) -> OutboxMessage:
    """Queue the status e-mail in the outbox and log it in the client's history (the caller
    has checked the permission to change the order)."""
    settings = outbox.load_settings(s)
    if not settings.host:
        raise CrmError(NO_MAIL_SERVER)
    to, subject, body = status_message(s, order)
    if not to:
        raise CrmError(NO_ADDRESS)
    queued = outbox.enqueue(s, outbox.compose(settings, to, subject, body), order.client_id)
    s.add(Event(type=EventType.EMAIL, direction=Direction.OUTGOING, status=EventStatus.DONE,
                subject=subject[:255], content=body, start_at=now, end_at=now, due_at=now,
                completed_at=now, client_id=order.client_id, contact_id=order.contact_id,
                deal_id=order.deal_id, responsible_id=order.responsible_id))
    return queued

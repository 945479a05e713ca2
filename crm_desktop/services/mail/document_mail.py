"""One click from a document to the client's inbox: the draft to look at, then the outbox.

`prepare` renders the PDF and fills subject and body from the template of the document's
language; `send` commits the message to the outbox, keeps the PDF as an attachment of the
document, logs an e-mail event in the client's history with the PDF attached, and marks the
document sent — all in the caller's single transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Attachment,
    Client,
    Company,
    Contact,
    Direction,
    DocumentKind,
    DocumentStatus,
    Email,
    Event,
    EventStatus,
    EventType,
    OutboxMessage,
    OutboxStatus,
    SalesDocument,
    User,
)
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import CurrentUser, Permission, require
from crm_desktop.services.documents.render import (
    DOCUMENT_GONE,
    RenderedDocument,
    render_document,
    store_rendered,
)
from crm_desktop.services.locale.formatting import LANGUAGE_LOCALES, money
from crm_desktop.services.mail import outbox as mail
from crm_desktop.services.mail import templates

NO_MAIL_SERVER = error_code("mail.no_server",
                            "Set up the mail server first: Settings → Mail server")
NOT_A_DRAFT = error_code("mail.not_a_draft",
                         "This message is no longer a draft (sent, cancelled or removed)")


@dataclass
class Draft:
    document_id: uuid.UUID
    client_id: uuid.UUID
    to: list[str]
    subject: str
    body: str
    attachment_name: str
    pdf: bytes = field(repr=False)
    cc: list[str] = field(default_factory=list)
    outbox_id: uuid.UUID | None = None  # a draft reopened from the outbox: its row


def _primary_contact(s: Session, client_id: uuid.UUID) -> tuple[str, str]:
    """(full name, e-mail) of the primary contact with an address, else any address."""
    row = s.execute(select(Contact.full_name, Email.address)
                    .join(Email, Email.contact_id == Contact.id)
                    .where(Contact.client_id == client_id, Contact.deleted_at.is_(None),
                           Email.deleted_at.is_(None))
                    .order_by(Contact.is_primary.desc(), Contact.full_name).limit(1)).first()
    if row:
        return row[0], row[1]
    address = s.scalar(select(Email.address).where(Email.client_id == client_id,
                                                   Email.deleted_at.is_(None)).limit(1))
    return "", address or ""


def prepare(s: Session, document_id: uuid.UUID) -> Draft:
    """The e-mail for a quote or invoice, ready for a last look."""
    doc = s.get(SalesDocument, document_id)
    if doc is None or doc.deleted_at is not None:
        raise CrmError(DOCUMENT_GONE)
    client = s.get(Client, doc.client_id)
    company = s.scalar(select(Company).where(Company.deleted_at.is_(None)).limit(1))
    assert client is not None and company is not None
    manager = s.get(User, doc.manager_id) if doc.manager_id else None
    rendered = render_document(s, document_id)
    contact_name, address = _primary_contact(s, client.id)
    purpose = "invoice" if doc.kind == DocumentKind.INVOICE else "quote"
    subject, body = templates.template(s, rendered.language, purpose)
    locale = LANGUAGE_LOCALES.get(rendered.language, "en_US")
    values = {
        "contact_name": contact_name, "contact_first_name": contact_name.split(" ")[0]
        if contact_name else "", "client": client.short_name, "document": doc.number,
        "invoice_number": doc.number, "total": money(doc.total, doc.currency, locale),
        "due_date": doc.due_date.strftime("%d.%m.%Y") if doc.due_date else "",
        "manager_name": manager.full_name if manager else "",
        "manager_signature": (manager.email_signature or manager.full_name) if manager else "",
        "company": company.short_name,
    }
    return Draft(doc.id, client.id, [address] if address else [],
                 templates.render(subject, values), templates.render(body, values),
                 f"{doc.number}.pdf", rendered.pdf)


def save_draft(s: Session, draft: Draft) -> OutboxMessage:
    """Keep the message unsent in the outbox (status draft) to finish later."""
    require(s, Permission.SELL)
    settings = mail.load_settings(s)
    message = mail.compose(settings, draft.to, draft.subject, draft.body,
                           [(draft.attachment_name, draft.pdf, "application/pdf")], draft.cc,
                           draft=True)
    if draft.outbox_id is not None:  # saved again: the same outbox row, not a second one
        row = _draft_row(s, draft.outbox_id)
        _rewrite(row, message)
    else:
        row = mail.enqueue(s, message, draft.client_id, draft.document_id)
        draft.outbox_id = row.id
    row.status = OutboxStatus.DRAFT
    return row


def _draft_row(s: Session, outbox_id: uuid.UUID) -> OutboxMessage:
    row = s.get(OutboxMessage, outbox_id)
    if row is None or row.deleted_at is not None or row.status != OutboxStatus.DRAFT:
        raise CrmError(NOT_A_DRAFT)
    return row


def _rewrite(row: OutboxMessage, message: EmailMessage) -> None:
    """The draft's row takes the finished message (its recipients, subject and MIME)."""
    row.message_id = str(message["Message-ID"])
    row.recipients = ", ".join(a.strip() for f in ("To", "Cc")
                               for a in (message[f] or "").split(",") if a.strip())
    row.subject = str(message["Subject"] or "")
    row.mime = message.as_bytes(policy=mail.MAIL_POLICY)


def load_draft(s: Session, outbox_id: uuid.UUID) -> Draft:
    """A draft saved from the composer, read back from its outbox row to finish and send
    (a read: sending it needs the right to sell)."""
    row = _draft_row(s, outbox_id)
    message = message_from_bytes(row.mime, policy=email_policy.default)
    assert isinstance(message, EmailMessage)
    body_part = message.get_body(preferencelist=("plain",))
    body = str(body_part.get_content()) if body_part is not None else ""
    name, pdf = "", b""
    for part in message.iter_attachments():
        if isinstance(part, EmailMessage) and part.get_content_type() == "application/pdf":
            name, pdf = part.get_filename() or "", bytes(part.get_content())
            break
    if row.document_id is None or row.client_id is None:
        raise CrmError(NOT_A_DRAFT)

    def addresses(field_: str) -> list[str]:
        return [a.strip() for a in str(message[field_] or "").split(",") if a.strip()]

    return Draft(row.document_id, row.client_id, addresses("To"),
                 str(message["Subject"] or ""), body.rstrip("\n"), name, pdf,
                 addresses("Cc"), outbox_id=row.id)


def contact_addresses(s: Session, client_id: uuid.UUID) -> list[str]:
    """Every address of the client's contact persons, primary first: the composer's choices."""
    return list(dict.fromkeys(s.scalars(
        select(Email.address).outerjoin(Contact, Contact.id == Email.contact_id)
        .where(Email.client_id == client_id, Email.deleted_at.is_(None))
        .order_by(Contact.is_primary.desc(), Email.address))))


def send(s: Session, user: CurrentUser, draft: Draft) -> OutboxMessage:
    """Queue the message and record everything that goes with it (see the module docstring)."""
    require(s, Permission.SELL)
    settings = mail.load_settings(s)
    if not settings.host:
        raise CrmError(NO_MAIL_SERVER)
    message = mail.compose(settings, draft.to, draft.subject, draft.body,
                           [(draft.attachment_name, draft.pdf, "application/pdf")], draft.cc)
    if draft.outbox_id is not None:  # a reopened draft goes out as its own row, now queued
        queued = _draft_row(s, draft.outbox_id)
        _rewrite(queued, message)
        queued.status, queued.next_attempt_at = OutboxStatus.QUEUED, datetime.now(UTC)
        queued.attempts, queued.last_error = 0, None
    else:
        queued = mail.enqueue(s, message, draft.client_id, draft.document_id)
    doc = s.get(SalesDocument, draft.document_id)
    assert doc is not None
    now = datetime.now(UTC)
    event = Event(type=EventType.EMAIL, direction=Direction.OUTGOING, status=EventStatus.DONE,
                  subject=draft.subject[:255], content=draft.body, start_at=now, end_at=now,
                  due_at=now, completed_at=now, client_id=draft.client_id, deal_id=doc.deal_id,
                  responsible_id=user.id)
    s.add(event)
    s.flush()
    stored: Attachment = store_rendered(
        s, doc.id, RenderedDocument(doc.number, draft.pdf, doc.language or "en"))
    stored.event_id = event.id
    if doc.status in (DocumentStatus.DRAFT, DocumentStatus.ISSUED):
        doc.status = DocumentStatus.SENT
    return queued

"""Campaigns: a segment of the clients list, a template, a rate; each recipient's message
through the outbox.

**Who gets a letter.** The clients the segment's filter shows (`clients.listing`, the same
query as the list), each at one address: its primary contact's, else any of its own (the
choice the one-click document mail makes). A client on the opt-out list, an address on it, or
an address a server refused for good gets a recipient row with that status and no letter; a
client without an address is only counted. An address shared by several clients of the
segment gets one letter (the first client's, in id order); the others get a row marked
duplicate and no letter.

**The rate.** Messages are queued with a not-before time (`next_attempt_at`) `60 / rate`
seconds apart, after the last message of any campaign still queued, so campaigns follow one
another and the outbox sender takes them as they come due, exactly like one-off mail (claimed
in one statement, sent once). The rate is at most `MAX_RATE` a minute: the sender takes up to
50 due messages a run, once a minute, so one-off mail queued during a campaign is never kept
waiting behind it; after a pause (the program closed, offline) the backlog also goes out at
most 50 a minute.

**Queueing 10 000.** One transaction (the campaign is queued whole or not at all), clients in
keyset chunks of `CHUNK`, each chunk's messages composed and written with the bulk insert, so
memory stays flat whatever the segment's size. A dry run walks the same recipients and writes
nothing.

**The report** counts the recipient rows by the status of their outbox message, so it always
agrees with the outbox: queued (queued, sending, retrying), sent (sent, partly sent), failed
(failed, interrupted, cancelled), and the skipped ones: opted out, bad address, no address.
An opt-out made while the campaign waits withdraws the letters not yet sent
(`optout._withdraw_queued`): those count as opted out.
"""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import formataddr, formatdate, make_msgid
from typing import Any
from urllib.parse import quote

from sqlalchemy import Table, case, func, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Campaign,
    CampaignRecipient,
    CampaignStatus,
    Client,
    Company,
    Contact,
    Email,
    OutboxMessage,
    OutboxStatus,
    RecipientStatus,
    Segment,
    User,
    new_id,
)
from crm_desktop.services.clients import listing
from crm_desktop.services.clients.listing import ClientFilter
from crm_desktop.services.core.bulk import defaults_of, insert_rows
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require, user_id_of
from crm_desktop.services.core.settings import get_setting
from crm_desktop.services.mail import outbox as mail
from crm_desktop.services.mail.document_mail import NO_MAIL_SERVER

from . import optout
from .templates import (
    CUSTOM,
    UNSUBSCRIBE,
    CampaignTemplate,
    check,
    custom_value,
    placeholders,
    render,
)
from .templates import unsubscribe_line as _unsubscribe_line

NO_SEGMENT = error_code("mailing.no_segment", "No segment {name}")
RATE_RANGE = error_code("mailing.rate_range",
                        "The rate must be from 1 to {maximum} messages a minute")
NO_CAMPAIGN = error_code("mailing.no_campaign", "This campaign no longer exists")
NOT_IN_SEGMENT = error_code("mailing.not_in_segment",
                            "This client is not in the campaign's segment")
NOBODY_TO_SEND = error_code(
    "mailing.nobody_to_send",
    "Nobody in {segment} would get the letter ({total} clients: opted out, bad or no address)")
NO_TEST_ADDRESS = error_code("mailing.no_test_address",
                             "Enter the address the test letter goes to")

CHUNK = 500
MAX_RATE = 40
DEFAULT_RATE = 20
ALL_CLIENTS = "*"  # the segment name that means every client (no filter)

NO_ADDRESS = "no_address"  # a client in the segment without an e-mail address: counted only
QUEUED_STATES = (OutboxStatus.QUEUED, OutboxStatus.SENDING, OutboxStatus.RETRYING)
SENT_STATES = (OutboxStatus.SENT, OutboxStatus.PARTIAL)


@dataclass(frozen=True)
class Audience:
    """The segment a campaign goes to: a saved segment, or every client."""

    segment_id: uuid.UUID | None
    name: str
    filters: dict[str, Any]

    @property
    def filter(self) -> ClientFilter:
        return ClientFilter.from_dict(self.filters)


@dataclass(frozen=True)
class Recipient:
    client_id: uuid.UUID
    client: str
    address: str
    contact: str
    status: str  # RecipientStatus.QUEUED (will get a letter), OPTED_OUT, BAD_ADDRESS, NO_ADDRESS
    values: dict[str, str] = field(repr=False, compare=False)
    language: str = ""  # the client card's language, if any


@dataclass(frozen=True)
class Letter:
    to: str
    subject: str
    body: str
    status: str


@dataclass
class Counts:
    total: int = 0
    queued: int = 0
    opted_out: int = 0
    bad_address: int = 0
    no_address: int = 0
    duplicate: int = 0  # the address already gets the letter for another client

    def add(self, status: str) -> None:
        self.total += 1
        if status == RecipientStatus.QUEUED:
            self.queued += 1
        elif status == RecipientStatus.OPTED_OUT:
            self.opted_out += 1
        elif status == RecipientStatus.BAD_ADDRESS:
            self.bad_address += 1
        elif status == RecipientStatus.DUPLICATE:
            self.duplicate += 1
        else:
            self.no_address += 1


@dataclass(frozen=True)
class CampaignReport:
    id: uuid.UUID
    name: str
    segment: str
    template: str
    rate_per_minute: int
    status: CampaignStatus
    queued_at: datetime
    total: int
    queued: int
    sent: int
    failed: int
    opted_out: int
    bad_address: int
    no_address: int
    duplicate: int = 0


# -- the segment -----------------------------------------------------------------------------------
def audiences(s: Session, owner: uuid.UUID | None = None) -> list[Audience]:
    """Every client, then the segments of `owner` (default: the session's user) and the shared
    ones (the clients list's saved filters)."""
    return [Audience(None, ALL_CLIENTS, {}),
            *(Audience(g.id, g.name, dict(g.filters or {}))
              for g in listing.segments(s, owner or user_id_of(s)))]


def find_audience(s: Session, name: str, owner: uuid.UUID | None = None) -> Audience:
    """A saved segment by name (`*` for every client); ValidationError if there is none."""
    for audience in audiences(s, owner):
        if audience.name == name.strip():
            return audience
    raise ValidationError(NO_SEGMENT, field="segment", name=name)


def audience_of(s: Session, segment_id: uuid.UUID | None) -> Audience:
    if segment_id is None:
        return Audience(None, ALL_CLIENTS, {})
    segment = s.get(Segment, segment_id)
    if segment is None or segment.deleted_at is not None:
        raise ValidationError(NO_SEGMENT, field="segment", name=str(segment_id))
    return Audience(segment.id, segment.name, dict(segment.filters or {}))


# -- recipients ------------------------------------------------------------------------------------
def _common_values(s: Session) -> dict[str, str]:
    company = s.scalar(select(Company.short_name).where(Company.deleted_at.is_(None)).limit(1))
    return {"company": company or ""}


def _managers(s: Session) -> dict[uuid.UUID, tuple[str, str]]:
    return {u.id: (u.full_name, u.email_signature or u.full_name) for u in s.scalars(select(User))}


def _addresses(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str]]:
    """client → (address, contact name): the primary contact's address, else any contact's,
    else the client's own (as `mail.document_mail` chooses)."""
    rows = s.execute(
        select(Email.client_id, Email.address, Contact.full_name)
        .outerjoin(Contact, (Contact.id == Email.contact_id) & Contact.deleted_at.is_(None))
        .where(Email.client_id.in_(ids), Email.deleted_at.is_(None))
        .order_by(Email.client_id, Contact.id.is_(None), func.coalesce(Contact.is_primary, False)
                  .desc(), Contact.full_name, Email.address))
    found: dict[uuid.UUID, tuple[str, str]] = {}
    for client_id, address, contact in rows:
        if client_id not in found and address and "@" in address:
            found[client_id] = (address.strip(), contact or "")
    return found


def iter_recipients(s: Session, audience: Audience, chunk: int = CHUNK,
                    only: uuid.UUID | None = None) -> Iterator[Recipient]:
    """Every client of the segment (or just `only`, if it is in it) with the address it would
    get the letter at and why not, in id order, a chunk of clients at a time (memory stays
    flat but for the set of addresses already given a letter: one letter per mailbox)."""
    where = listing.ids_query(s, audience.filter)
    if only is not None:
        where = where.where(Client.id == only)
    common = _common_values(s)
    managers = _managers(s)
    last: uuid.UUID | None = None
    lettered: set[str] = set()
    while True:
        query = where.order_by(Client.id).limit(chunk)
        if last is not None:
            query = query.where(Client.id > last)
        ids = list(s.scalars(query))
        if not ids:
            return
        last = ids[-1]
        clients = {c.id: c for c in s.execute(
            select(Client.id, Client.short_name, Client.custom_fields, Client.responsible_id,
                   Client.language)
            .where(Client.id.in_(ids)))}
        addresses = _addresses(s, ids)
        opted_clients = optout.opted_out_clients(s, ids)
        opted, bad = optout.blocked_addresses(s, (a for a, _ in addresses.values()))
        for client_id in ids:
            client = clients[client_id]
            address, contact = addresses.get(client_id, ("", ""))
            if not address:
                status = NO_ADDRESS
            elif client_id in opted_clients or address.lower() in opted:
                status = RecipientStatus.OPTED_OUT
            elif address.lower() in bad:
                status = RecipientStatus.BAD_ADDRESS
            elif address.lower() in lettered:
                status = RecipientStatus.DUPLICATE
            else:
                status = RecipientStatus.QUEUED
                lettered.add(address.lower())
            manager = managers.get(client.responsible_id) if client.responsible_id else None
            values = {**common, "client": client.short_name, "contact_name": contact,
                      "contact_first_name": contact.split(" ")[0] if contact else "",
                      "manager_name": manager[0] if manager else "",
                      "manager_signature": manager[1] if manager else ""}
            for key, value in (client.custom_fields or {}).items():
                values[CUSTOM + key] = custom_value(value)
            yield Recipient(client_id, client.short_name, address, contact, str(status), values,
                            client.language or "")


def count_recipients(s: Session, audience: Audience) -> Counts:
    counts = Counts()
    for recipient in iter_recipients(s, audience):
        counts.add(recipient.status)
    return counts


def recipients_page(s: Session, audience: Audience, limit: int = 200) -> list[Recipient]:
    """The first recipients of the segment, for the preview list."""
    found = []
    for recipient in iter_recipients(s, audience, chunk=min(limit, CHUNK)):
        found.append(recipient)
        if len(found) >= limit:
            break
    return found


# -- letters ---------------------------------------------------------------------------------------
def check_template(s: Session, template: CampaignTemplate) -> None:
    """ValidationError when the template uses a placeholder that is not (or no longer) known."""
    allowed = placeholders(s)
    check(template.subject, allowed)
    check(template.body, allowed)


def letter(template: CampaignTemplate, recipient: Recipient, sender: str) -> Letter:
    """The letter this recipient gets: the template filled, the unsubscribe line under it (in
    the template's language, then in the client's if the card names another)."""
    body = render(template.body, recipient.values).rstrip()
    body += "\n\n--\n" + _unsubscribe_line(template.language, sender) + "\n"
    if recipient.language in UNSUBSCRIBE and recipient.language != template.language:
        body += _unsubscribe_line(recipient.language, sender) + "\n"
    return Letter(recipient.address, render(template.subject, recipient.values).strip(), body,
                  recipient.status)


def preview(s: Session, template: CampaignTemplate, audience: Audience,
            client_id: uuid.UUID) -> Letter:
    """What one client of the segment would receive (and whether it would be sent at all)."""
    check_template(s, template)
    settings = mail.load_settings(s)
    for recipient in iter_recipients(s, audience, only=client_id):
        return letter(template, recipient, settings.from_address)
    raise CrmError(NOT_IN_SEGMENT)


def _unsubscribe_header(sender: str, token: str) -> str:
    return f"<mailto:{sender}?subject={quote('unsubscribe ' + token)}>"


def _message(settings: mail.SmtpSettings, text: Letter, token: str) -> Any:
    message = mail.compose(settings, [text.to], text.subject, text.body)
    message["List-Unsubscribe"] = _unsubscribe_header(settings.from_address, token)
    message["Precedence"] = "bulk"  # auto-responders stay quiet
    return message


def _subject_header(subject: str) -> str:
    """As the outbox's policy writes a subject: plain if short ASCII, else RFC 2047 words."""
    if subject.isascii() and len(subject) <= 78 - len("Subject: "):
        return subject
    return Header(subject, "utf-8", maxlinelen=78, header_name="Subject").encode(
        linesep="\r\n")


class _Composer:
    """Campaign letters as MIME bytes without the email package's per-header parsing (10x
    faster: it is most of the cost of queueing 10 000): plain UTF-8 text in base64, the same
    headers `outbox.compose` writes plus List-Unsubscribe. A letter the fast path cannot
    write (an address beyond ASCII) goes through `outbox.compose`."""

    def __init__(self, settings: mail.SmtpSettings) -> None:
        self.settings = settings
        self.domain = settings.from_address.rsplit("@", 1)[-1] or None
        self.sender = formataddr((settings.from_name, settings.from_address), charset="utf-8")
        self.date = formatdate(localtime=True)

    def message(self, text: Letter, token: str) -> tuple[str, str, bytes]:
        """(Message-ID, subject, MIME bytes)."""
        if not text.to.isascii() or "@" not in text.to or "," in text.to:
            message = _message(self.settings, text, token)
            return (str(message["Message-ID"]), str(message["Subject"]),
                    message.as_bytes(policy=mail.MAIL_POLICY))
        message_id = make_msgid(domain=self.domain)
        subject = text.subject.strip()
        body = text.body.replace("\r\n", "\n").replace("\n", "\r\n").encode()
        encoded = base64.encodebytes(body).replace(b"\n", b"\r\n")
        head = (f"Date: {self.date}\r\nFrom: {self.sender}\r\nTo: {text.to}\r\n"
                f"Subject: {_subject_header(subject)}\r\nMessage-ID: {message_id}\r\n"
                f"List-Unsubscribe: {_unsubscribe_header(self.settings.from_address, token)}"
                f"\r\nPrecedence: bulk\r\nMIME-Version: 1.0\r\n"
                f"Content-Type: text/plain; charset=\"utf-8\"\r\n"
                f"Content-Transfer-Encoding: base64\r\n\r\n")
        return message_id, subject, head.encode("ascii") + encoded


def send_test(s: Session, template: CampaignTemplate, audience: Audience,
              client_id: uuid.UUID, to: str) -> uuid.UUID:
    """Queue one client's letter to `to` (oneself), marked as a test, linked to no client.
    The caller's outbox sender delivers it as any letter."""
    require(s, Permission.SEND_CAMPAIGNS)
    if "@" not in to:
        raise ValidationError(NO_TEST_ADDRESS, field="to")
    settings = _settings(s)
    text = preview(s, template, audience, client_id)
    text = Letter(to.strip(), f"[TEST] {text.subject}", text.body, text.status)
    return mail.enqueue(s, _message(settings, text, "test")).id


def _settings(s: Session) -> mail.SmtpSettings:
    settings = mail.load_settings(s)
    if not settings.host or "@" not in settings.from_address:
        raise CrmError(NO_MAIL_SERVER)
    return settings


# -- queueing --------------------------------------------------------------------------------------
def default_rate(s: Session) -> int:
    rate = get_setting(s, "campaign_rate", DEFAULT_RATE)
    return rate if isinstance(rate, int) and 0 < rate <= MAX_RATE else DEFAULT_RATE


def _start(s: Session, now: datetime, interval: timedelta) -> datetime:
    """After the last message of any campaign still waiting its turn, so campaigns never
    overlap (a message waiting to be retried after a 4xx keeps its back-off to itself)."""
    last = s.scalar(select(func.max(OutboxMessage.next_attempt_at))
                    .join(CampaignRecipient, CampaignRecipient.outbox_id == OutboxMessage.id)
                    .where(OutboxMessage.status == OutboxStatus.QUEUED))
    return max(now, last + interval) if last is not None else now


def _row(defaults: tuple[dict[str, Any], dict[str, Any]], **values: Any) -> dict[str, Any]:
    static, dynamic = defaults
    row = {**static, **{k: f() for k, f in dynamic.items()}}
    row.update(values)
    return row


def send_campaign(s: Session, audience: Audience, template: CampaignTemplate,
                  rate_per_minute: int | None = None, name: str = "",
                  now: datetime | None = None) -> CampaignReport:
    """Queue the campaign: a recipient row per client of the segment, an outbox message for
    each that may get one, due `60 / rate` seconds apart (see the module docstring). Refused
    when nobody would get a letter (an empty segment: no empty campaign in the reports)."""
    require(s, Permission.SEND_CAMPAIGNS)
    rate = rate_per_minute or default_rate(s)
    if not 0 < rate <= MAX_RATE:
        raise ValidationError(RATE_RANGE, field="rate", maximum=MAX_RATE)
    check_template(s, template)
    settings = _settings(s)
    now = now or datetime.now(UTC)
    interval = timedelta(seconds=60 / rate)
    due = _start(s, now, interval)
    campaign = Campaign(name=name.strip() or f"{template.name} → {audience.name}",
                        segment_id=audience.segment_id, segment_name=audience.name,
                        filters=audience.filters, template_name=template.name,
                        subject=template.subject, body=template.body,
                        language=template.language, rate_per_minute=rate,
                        status=CampaignStatus.QUEUED, queued_at=now)
    s.add(campaign)
    s.flush()
    outbox_table: Table = OutboxMessage.__table__  # type: ignore[assignment]
    recipients_table: Table = CampaignRecipient.__table__  # type: ignore[assignment]
    outbox_defaults = defaults_of(outbox_table)
    recipient_defaults = defaults_of(recipients_table)
    counts = Counts()
    composer = _Composer(settings)
    messages: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []

    def flush() -> None:
        insert_rows(s, outbox_table, messages)
        insert_rows(s, recipients_table, rows)
        messages.clear()
        rows.clear()

    for recipient in iter_recipients(s, audience):
        counts.add(recipient.status)
        if recipient.status == NO_ADDRESS:
            continue
        recipient_id, outbox_id = new_id(), None
        if recipient.status == RecipientStatus.QUEUED:
            outbox_id = new_id()
            message_id, subject, mime = composer.message(
                letter(template, recipient, settings.from_address), recipient_id.hex)
            messages.append(_row(
                outbox_defaults, id=outbox_id, message_id=message_id,
                status=OutboxStatus.QUEUED.value, recipients=recipient.address,
                subject=subject, mime=mime, attempts=0, next_attempt_at=due,
                client_id=recipient.client_id))
            due += interval
        rows.append(_row(recipient_defaults, id=recipient_id, campaign_id=campaign.id,
                         client_id=recipient.client_id, address=recipient.address,
                         status=recipient.status, outbox_id=outbox_id))
        if len(rows) >= CHUNK:
            flush()
    if rows:
        flush()
    if counts.queued == 0:  # the caller's transaction rolls the campaign back
        raise CrmError(NOBODY_TO_SEND, segment=audience.name, total=counts.total)
    campaign.total, campaign.queued_count = counts.total, counts.queued
    campaign.opted_out_count, campaign.bad_address_count = counts.opted_out, counts.bad_address
    campaign.no_address_count = counts.no_address
    s.flush()
    return campaign_report(s, campaign.id)


def cancel_campaign(s: Session, campaign_id: uuid.UUID) -> int:
    """Cancel the campaign's messages not yet sent (a message being sent goes on); returns how
    many were cancelled."""
    require(s, Permission.SEND_CAMPAIGNS)
    campaign = s.get(Campaign, campaign_id)
    if campaign is None or campaign.deleted_at is not None:
        raise CrmError(NO_CAMPAIGN)
    ids = select(CampaignRecipient.outbox_id).where(CampaignRecipient.campaign_id == campaign_id,
                                                    CampaignRecipient.outbox_id.is_not(None))
    result = s.execute(update(OutboxMessage).where(
        OutboxMessage.id.in_(ids),
        OutboxMessage.status.in_((OutboxStatus.QUEUED, OutboxStatus.RETRYING)))
        .values(status=OutboxStatus.CANCELLED).execution_options(synchronize_session=False))
    campaign.status = CampaignStatus.CANCELLED
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# -- the report ------------------------------------------------------------------------------------
def campaign_report(s: Session, campaign_id: uuid.UUID) -> CampaignReport:
    campaign = s.get(Campaign, campaign_id)
    if campaign is None or campaign.deleted_at is not None:
        raise CrmError(NO_CAMPAIGN)
    by_status: dict[RecipientStatus, int] = {}
    for stored, outbox, n in s.execute(
            select(CampaignRecipient.status, OutboxMessage.status, func.count())
            .join(CampaignRecipient, CampaignRecipient.outbox_id == OutboxMessage.id)
            .where(CampaignRecipient.campaign_id == campaign_id)
            .group_by(CampaignRecipient.status, OutboxMessage.status)):
        status = _effective(stored, outbox)
        by_status[status] = by_status.get(status, 0) + n
    queued = by_status.get(RecipientStatus.QUEUED, 0)
    sent = by_status.get(RecipientStatus.SENT, 0)
    failed = by_status.get(RecipientStatus.FAILED, 0)
    late_opt_outs = by_status.get(RecipientStatus.OPTED_OUT, 0)  # withdrawn after queueing
    duplicate = s.scalar(select(func.count()).select_from(CampaignRecipient).where(
        CampaignRecipient.campaign_id == campaign_id,
        CampaignRecipient.status == RecipientStatus.DUPLICATE)) or 0
    return CampaignReport(campaign.id, campaign.name, campaign.segment_name,
                          campaign.template_name, campaign.rate_per_minute, campaign.status,
                          campaign.queued_at, campaign.total, queued, sent, failed,
                          campaign.opted_out_count + late_opt_outs, campaign.bad_address_count,
                          campaign.no_address_count, duplicate)


@dataclass(frozen=True)
class RecipientRow:
    client_id: uuid.UUID
    client: str
    address: str
    status: RecipientStatus  # queued, sent or failed from its outbox message; or why skipped
    error: str


def _effective(stored: RecipientStatus, outbox: OutboxStatus | None) -> RecipientStatus:
    """A recipient's status: the skipped ones as stored, the others from the outbox message
    (the one source of truth, so the list and the report always agree with the outbox); a
    letter withdrawn because its recipient opted out after queueing is opted out."""
    if outbox is None or stored == RecipientStatus.OPTED_OUT:
        return stored
    if outbox in QUEUED_STATES:
        return RecipientStatus.QUEUED
    return RecipientStatus.SENT if outbox in SENT_STATES else RecipientStatus.FAILED


def campaign_recipients(s: Session, campaign_id: uuid.UUID,
                        limit: int = 500) -> list[RecipientRow]:
    """The campaign's recipients (failed first, then skipped, then the rest), each with its
    status and the server's words for a failure."""
    rows = s.execute(
        select(CampaignRecipient.client_id, Client.short_name, CampaignRecipient.address,
               CampaignRecipient.status, OutboxMessage.status, OutboxMessage.last_error)
        .join(Client, Client.id == CampaignRecipient.client_id)
        .outerjoin(OutboxMessage, OutboxMessage.id == CampaignRecipient.outbox_id)
        .where(CampaignRecipient.campaign_id == campaign_id)
        .order_by(case((CampaignRecipient.outbox_id.is_(None), 1),
                       (CampaignRecipient.status == RecipientStatus.OPTED_OUT, 1),
                       (OutboxMessage.status.in_(SENT_STATES + QUEUED_STATES), 2), else_=0),
                  Client.short_name, CampaignRecipient.id)
        .limit(limit))
    return [RecipientRow(client_id, name, address, _effective(stored, outbox), error or "")
            for client_id, name, address, stored, outbox, error in rows]


def opt_out_by_reply(s: Session, subject: str) -> uuid.UUID | None:
    """A reply to the List-Unsubscribe mailto: ("unsubscribe <token>" in its subject) puts the
    recipient's address on the opt-out list; None if the subject carries no known token."""
    match = re.search(r"unsubscribe\s+([0-9a-f]{32})", subject, re.IGNORECASE)
    if match is None:
        return None
    recipient = s.get(CampaignRecipient, uuid.UUID(hex=match.group(1)))
    if recipient is None:
        return None
    return optout.opt_out(s, address=recipient.address, how="reply",
                          note=f"campaign {recipient.campaign_id}")


def campaign_reports(s: Session, limit: int = 100) -> list[CampaignReport]:
    """The campaigns, newest first, each with its report."""
    ids = s.scalars(select(Campaign.id).where(Campaign.deleted_at.is_(None))
                    .order_by(Campaign.queued_at.desc()).limit(limit))
    return [campaign_report(s, i) for i in list(ids)]

"""E-mail through the company's SMTP server, via an outbox that survives being offline.

Every message is first committed to `outbox_messages` (the full MIME, a stable Message-ID),
then sent by `send_due`: queued → sending → sent; offline, timeouts and 4xx answers →
failed_retrying with back-off (also after a restart); 5xx, refused recipients and failed
authentication → failed, with the server's own words kept for the user.

**After a crash.** A message still in "sending" when the program starts may or may not have
been accepted by the server; sending it again could deliver it twice. `recover_interrupted`
marks such messages *interrupted*: they are never sent again by themselves; a person looks
(e.g. in the Sent folder or with the client) and chooses `retry` (same Message-ID, so most
mail clients show a duplicate as one) or `cancel`.

The SMTP password lives in the OS keychain (keyring), never in the database or a file.
"""

from __future__ import annotations

import smtplib
import ssl
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from pathlib import Path

import keyring
from keyring.errors import KeyringError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import OutboxMessage, OutboxStatus
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.exporting import WRITE_FAILED
from crm_desktop.services.core.identity import MAIL_SENDER, Permission, require
from crm_desktop.services.core.settings import get_setting, set_setting

NO_HOST = error_code("mail.no_host", "Enter the SMTP server")
PORT_RANGE = error_code("mail.port_range", "The port must be from 1 to 65535")
NO_SECURITY = error_code("mail.security", "Choose SSL/TLS, STARTTLS or none")
NO_SENDER = error_code("mail.no_sender", "Enter the sender's e-mail address")
KEYCHAIN_REFUSED = error_code("mail.keychain_refused",
                              "The system keychain refused the password: {reason}")
NO_KEYCHAIN = error_code("mail.no_keychain", "The system keychain is not available: {reason}")
NO_RECIPIENT = error_code("mail.no_recipient", "Enter the recipient's e-mail address")
CANNOT_RESEND = error_code("mail.cannot_resend", "This message cannot be sent again")
DRAFT_WITHOUT_RECIPIENT = error_code(
    "mail.draft_without_recipient",
    "This draft has no recipient: open it in the mail client to finish it")
CANNOT_CANCEL = error_code("mail.cannot_cancel", "This message cannot be cancelled")
MESSAGE_GONE = error_code("mail.message_gone", "This message no longer exists")


KEYRING_SERVICE = "crm-desktop-smtp"
SECURITY = ("ssl", "starttls", "none")
MAX_BACKOFF = timedelta(hours=1)


@dataclass
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    from_address: str = ""
    from_name: str = ""
    timeout: float = 20.0

    def validate(self) -> None:
        if not self.host.strip():
            raise ValidationError(NO_HOST, field="host")
        if not 0 < self.port < 65536:
            raise ValidationError(PORT_RANGE, field="port")
        if self.security not in SECURITY:
            raise ValidationError(NO_SECURITY, field="security")
        if "@" not in self.from_address:
            raise ValidationError(NO_SENDER, field="from_address")

    @property
    def keyring_user(self) -> str:
        return f"{self.user or self.from_address}@{self.host}:{self.port}"


def load_settings(s: Session) -> SmtpSettings:
    stored = get_setting(s, "smtp", {}) or {}
    known = SmtpSettings.__dataclass_fields__
    return SmtpSettings(**{k: v for k, v in stored.items() if k in known})


def save_settings(s: Session, settings: SmtpSettings, password: str | None = None) -> None:
    """Store the settings (no password) and, if given, the password in the keychain."""
    require(s, Permission.EDIT_MAIL_SETTINGS)
    settings.validate()
    set_setting(s, "smtp", asdict(settings))
    if password is not None:
        set_password(settings, password)


def set_password(settings: SmtpSettings, password: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, settings.keyring_user, password)
    except KeyringError as exc:
        raise CrmError(KEYCHAIN_REFUSED, reason=str(exc)) from exc


def get_password(settings: SmtpSettings) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_user)
    except KeyringError as exc:
        raise CrmError(NO_KEYCHAIN, reason=str(exc)) from exc


def compose(settings: SmtpSettings, to: list[str], subject: str, body: str,
            attachments: list[tuple[str, bytes, str]] = (),  # type: ignore[assignment]
            cc: list[str] | None = None, draft: bool = False) -> EmailMessage:
    """A MIME message with a stable Message-ID; attachments as (name, content, mime type).
    A draft may have no recipient yet."""
    if (not to and not draft) or any("@" not in a for a in to):
        raise ValidationError(NO_RECIPIENT, field="to")
    message = EmailMessage()
    message["From"] = formataddr((settings.from_name, settings.from_address))
    if to:
        message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    message["Subject"] = subject
    domain = settings.from_address.rsplit("@", 1)[-1] or None
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(body)
    for name, content, mime in attachments:
        maintype, _, subtype = mime.partition("/")
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    return message


def enqueue(s: Session, message: EmailMessage, client_id: uuid.UUID | None = None,
            document_id: uuid.UUID | None = None) -> OutboxMessage:
    """Commit the message to the outbox (inside the caller's transaction); nothing is lost
    from here on, online or not."""
    recipients = [a.strip() for field_ in ("To", "Cc") for a in (message[field_] or "").split(",")
                  if a.strip()]
    row = OutboxMessage(message_id=str(message["Message-ID"]), status=OutboxStatus.QUEUED,
                        recipients=", ".join(recipients), subject=str(message["Subject"] or ""),
                        # SMTP needs CRLF; smtplib sends bytes as they are
                        mime=message.as_bytes(policy=message.policy.clone(linesep="\r\n")),
                        next_attempt_at=datetime.now(UTC),
                        client_id=client_id, document_id=document_id)
    s.add(row)
    s.flush()
    return row


def recover_interrupted(db: Database) -> int:
    """At start: messages left in "sending" by a crash become *interrupted* (see the module
    docstring); returns how many."""
    with db.session(MAIL_SENDER) as s:
        stuck = s.scalars(select(OutboxMessage).where(
            OutboxMessage.status == OutboxStatus.SENDING)).all()
        for row in stuck:
            row.status = OutboxStatus.INTERRUPTED
            row.last_error = ("Interrupted while sending: it may have reached the server. "
                              "Check before sending it again.")
        return len(stuck)


def retry(s: Session, outbox_id: uuid.UUID) -> None:
    """Queue a failed, interrupted or cancelled message again."""
    require(s, Permission.SELL)
    row = s.get(OutboxMessage, outbox_id)
    if row is None or row.status == OutboxStatus.SENT:
        raise CrmError(CANNOT_RESEND)
    if not row.recipients.strip():
        raise CrmError(DRAFT_WITHOUT_RECIPIENT)
    row.status, row.next_attempt_at = OutboxStatus.QUEUED, datetime.now(UTC)


def cancel(s: Session, outbox_id: uuid.UUID) -> None:
    """Cancel a message that has not gone out."""
    require(s, Permission.SELL)
    row = s.get(OutboxMessage, outbox_id)
    if row is None or row.status in (OutboxStatus.SENT, OutboxStatus.SENDING):
        raise CrmError(CANNOT_CANCEL)
    row.status = OutboxStatus.CANCELLED


def pending_count(s: Session) -> int:
    """Messages not yet sent and not given up: what the status bar shows."""
    return s.scalar(select(func.count()).select_from(OutboxMessage).where(
        OutboxMessage.status.in_((OutboxStatus.QUEUED, OutboxStatus.SENDING,
                                  OutboxStatus.RETRYING)))) or 0


@dataclass
class SendReport:
    sent: list[str] = field(default_factory=list)
    retrying: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


class _Permanent(Exception):
    pass


def _connect(settings: SmtpSettings, password: str | None) -> smtplib.SMTP:
    context = ssl.create_default_context()  # certificates verified
    if settings.security == "ssl":
        server: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port,
                                                timeout=settings.timeout, context=context)
    else:
        server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        if settings.security == "starttls":
            server.starttls(context=context)
    if settings.user:
        try:
            server.login(settings.user, password or "")
        except smtplib.SMTPAuthenticationError as exc:
            server.close()
            raise _Permanent(f"The server refused the login: {exc.smtp_code} "
                             f"{_text(exc.smtp_error)}") from exc
    return server


def _text(raw: bytes | str) -> str:
    return raw.decode(errors="replace") if isinstance(raw, bytes) else raw


def _server_words(exc: smtplib.SMTPException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{addr}: {code} {_text(text)}"
                         for addr, (code, text) in exc.recipients.items())
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{exc.smtp_code} {_text(exc.smtp_error)}"
    return str(exc)


def _is_permanent(exc: smtplib.SMTPException) -> bool:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in exc.recipients.values())
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code >= 500
    return False


def send_due(db: Database, now: datetime | None = None, limit: int = 50) -> SendReport:
    """Send what is due. Each message is one transaction to "sending", one attempt, one
    transaction to its outcome; an error of one message does not stop the others."""
    now = now or datetime.now(UTC)
    report = SendReport()
    with db.session(MAIL_SENDER) as s:
        settings = load_settings(s)
        due = [r.id for r in s.scalars(select(OutboxMessage).where(
            OutboxMessage.status.in_((OutboxStatus.QUEUED, OutboxStatus.RETRYING)),
            OutboxMessage.next_attempt_at <= now).order_by(OutboxMessage.created_at)
            .limit(limit))]
    if not due:
        return report
    password = get_password(settings) if settings.user else None
    server: smtplib.SMTP | None = None
    try:
        for outbox_id in due:
            with db.session(MAIL_SENDER) as s:
                # locked while it moves to "sending" (PostgreSQL: FOR UPDATE), so two desktops
                # sharing a server never take the same message; SQLite has one writer anyway
                row = s.get(OutboxMessage, outbox_id, with_for_update=True)
                if row is None or row.status not in (OutboxStatus.QUEUED, OutboxStatus.RETRYING):
                    continue  # another sender took it
                row.status, row.attempts = OutboxStatus.SENDING, row.attempts + 1
                mime, recipients, message_id = row.mime, row.recipients, row.message_id
                attempts = row.attempts
            outcome, error = OutboxStatus.SENT, ""
            try:
                if server is None:
                    server = _connect(settings, password)
                server.sendmail(settings.from_address,
                                [a.strip() for a in recipients.split(",") if a.strip()], mime)
            except _Permanent as exc:
                outcome, error = OutboxStatus.FAILED, str(exc)
            except smtplib.SMTPException as exc:
                outcome = OutboxStatus.FAILED if _is_permanent(exc) else OutboxStatus.RETRYING
                error = _server_words(exc)
                if isinstance(exc, smtplib.SMTPServerDisconnected):
                    server = None
            except (TimeoutError, OSError) as exc:  # offline, refused, timed out
                outcome, error, server = OutboxStatus.RETRYING, f"Cannot reach the server: {exc}", \
                    None
            with db.session(MAIL_SENDER) as s:
                row = s.get(OutboxMessage, outbox_id)
                assert row is not None
                row.status, row.last_error = outcome, error or None
                if outcome == OutboxStatus.SENT:
                    row.sent_at = datetime.now(UTC)
                    report.sent.append(message_id)
                elif outcome == OutboxStatus.RETRYING:
                    row.next_attempt_at = now + min(timedelta(minutes=2 ** (attempts - 1)),
                                                    MAX_BACKOFF)
                    report.retrying.append((message_id, error))
                else:
                    report.failed.append((message_id, error))
    finally:
        if server is not None:
            try:
                server.quit()
            except (smtplib.SMTPException, OSError):
                server.close()
    return report


def write_eml(s: Session, outbox_id: uuid.UUID, folder: Path) -> Path:
    """The message as an .eml file for Outlook or Thunderbird to open."""
    row = s.get(OutboxMessage, outbox_id)
    if row is None:
        raise CrmError(MESSAGE_GONE)
    path = folder / f"{row.subject[:60] or 'message'}.eml".replace("/", "-")
    try:
        path.write_bytes(row.mime)
    except OSError as exc:
        raise CrmError(WRITE_FAILED, path=path, reason=exc.strerror or str(exc)) from exc
    return path


@dataclass(frozen=True)
class OutboxRow:
    id: uuid.UUID
    created_at: datetime
    status: OutboxStatus
    recipients: str
    subject: str
    attempts: int
    last_error: str
    sent_at: datetime | None


def outbox_rows(s: Session, include_sent: bool = False, limit: int = 500) -> list[OutboxRow]:
    """The outbox, newest first; sent mail only on request."""
    query = select(OutboxMessage).order_by(OutboxMessage.created_at.desc()).limit(limit)
    if not include_sent:
        query = query.where(OutboxMessage.status != OutboxStatus.SENT)
    return [OutboxRow(r.id, r.created_at, r.status, r.recipients, r.subject, r.attempts,
                      r.last_error or "", r.sent_at) for r in s.scalars(query)]


def send_test_message(db: Database, to: str) -> SendReport:
    """Queue a short test message and try to send it now; the report says what happened.
    (Queued by the mail sender itself: it goes to the address typed, never to a client.)"""
    with db.session(MAIL_SENDER) as s:
        settings = load_settings(s)
        settings.validate()
        enqueue(s, compose(settings, [to], "CRM Desktop: test message",
                           "This message confirms that CRM Desktop can send e-mail."))
    return send_due(db)

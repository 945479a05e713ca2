"""E-mail through the company's SMTP server, via an outbox that survives being offline.

Every message is first committed to `outbox_messages` (the full MIME, a stable Message-ID),
then sent by `send_due`: queued → sending → sent; offline, timeouts and 4xx answers →
failed_retrying with back-off (also after a restart); 5xx, refused recipients and failed
authentication → failed, with the server's own words kept for the user.

**After a crash.** A message still in "sending" when the program starts may or may not have
been accepted by the server; sending it again could deliver it twice. `recover_interrupted`
marks such messages *interrupted* — only those this installation took (`sending_device`), so
on a shared database one PC's start never touches another PC's message in flight; they are
never sent again by themselves; a person looks
(e.g. in the Sent folder or with the client) and chooses `retry` (same Message-ID, so most
mail clients show a duplicate as one) or `cancel`.

**Exactly once.** A message is claimed in one UPDATE that checks its status (`_claim`), so
two senders on one file or server never both take it. The conversation with the server is
followed answer by answer: if the connection is lost after the data's end (the final dot) the
server may have accepted the message, so it becomes *interrupted* like a crash, never re-sent
by itself. Each recipient's answer is kept (`recipient_results`): a refused Cc next to an
accepted To is *partly sent*, and a later attempt goes only to the addresses not yet accepted.
Errors of the settings (an untrusted certificate, no STARTTLS, no AUTH, a refused login) are
failures at once, with the reason, not retries.

The SMTP password lives in the OS keychain (keyring), never in the database or a file. With no
secure keychain (only a plain-file fallback such as keyrings.alt's) the password is refused
with a clear message; it can be kept in memory for the session instead (`remember_for_session`).
"""

from __future__ import annotations

import base64
import contextlib
import logging
import re
import smtplib
import ssl
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path
from typing import Any

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError
from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import (
    BadAddress,
    CampaignRecipient,
    MailOptOut,
    OutboxMessage,
    OutboxStatus,
)
from crm_desktop.services.core.db import Database, installation_id
from crm_desktop.services.core.errors import (
    CrmError,
    ErrorCode,
    Message,
    ValidationError,
    error_code,
)
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
INSECURE_KEYCHAIN = error_code(
    "mail.insecure_keychain",
    "There is no secure keychain on this computer (only {backend}, which would keep the password "
    "readable in a file), so the password was not stored. Enter it for this session only, or "
    "install a keychain service (GNOME Keyring or KWallet) and save it again")
NO_PASSWORD = error_code("mail.no_password", "No password for the mail server {server}: enter it "
                         "in Settings → Mail server")
UNTRUSTED_CERTIFICATE = error_code(
    "mail.untrusted_certificate",
    "The certificate of the mail server {server} is not trusted ({reason}): check the server's "
    "name and security in Settings → Mail server")
TLS_FAILED = error_code("mail.tls_failed", "No secure connection to the mail server {server} "
                        "({reason}): check the port and security in Settings → Mail server")
NO_STARTTLS = error_code("mail.no_starttls", "The mail server {server} does not offer STARTTLS: "
                         "choose SSL/TLS or another port in Settings → Mail server")
NO_AUTH = error_code("mail.no_auth", "The mail server {server} does not offer a login (AUTH) "
                     "here: check the port and security in Settings → Mail server, or leave the "
                     "user empty")
LOGIN_REFUSED = error_code("mail.login_refused", "The mail server refused the login: {answer}. "
                           "Check the user and password in Settings → Mail server")
UTF8_LOGIN = error_code(
    "mail.utf8_login",
    "The user name or password has characters beyond Latin letters, and the mail server offers "
    "no login that can carry them (it offers: {methods}): use a password of Latin letters, "
    "digits and signs, or ask the mail administrator to enable PLAIN or LOGIN")
UNREACHABLE = error_code("mail.unreachable", "Cannot reach the mail server: {reason}")
LOST_AFTER_DATA = error_code(
    "mail.lost_after_data",
    "The connection was lost after the whole message was sent ({reason}): it may have reached "
    "the server. Check before sending it again.")
INTERRUPTED_BY_CRASH = error_code(
    "mail.interrupted", "Interrupted while sending: it may have reached the server. Check "
    "before sending it again.")

log = logging.getLogger(__name__)


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


# keyring backends that keep a secret readable in a file (or nowhere): never used for one
INSECURE_BACKENDS = ("keyrings.alt.", "keyring.backends.fail", "keyring.backends.null")
_SESSION_PASSWORDS: dict[str, str] = {}  # entered for this run of the program only


def _backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def insecure_backend(backend: KeyringBackend | None = None) -> str | None:
    """The name of the keychain backend when it would not keep a secret safely (a plain or
    base64 file, or none at all), else None. A chain is safe only if every link is."""
    backend = backend or keyring.get_keyring()
    if isinstance(backend, ChainerBackend):
        links = list(backend.backends)
        bad = [name for link in links if (name := insecure_backend(link))]
        return bad[0] if bad else (None if links else _backend_name(backend))
    name = _backend_name(backend)
    return name if name.startswith(INSECURE_BACKENDS) else None


def set_password(settings: SmtpSettings, password: str) -> None:
    """Into the OS keychain; refused (CrmError `mail.insecure_keychain`) when there is none
    that keeps it safe — see `remember_for_session` for what the user can do instead."""
    weak = insecure_backend()
    if weak is not None:
        raise CrmError(INSECURE_KEYCHAIN, backend=weak)
    try:
        keyring.set_password(KEYRING_SERVICE, settings.keyring_user, password)
    except KeyringError as exc:
        raise CrmError(KEYCHAIN_REFUSED, reason=str(exc)) from exc
    _SESSION_PASSWORDS.pop(settings.keyring_user, None)


def remember_for_session(settings: SmtpSettings, password: str) -> None:
    """Keep the password in memory until the program ends (the choice offered when there is
    no secure keychain); never written anywhere."""
    _SESSION_PASSWORDS[settings.keyring_user] = password


def get_password(settings: SmtpSettings) -> str | None:
    """The password entered for this session, else the keychain's (a secure one only)."""
    if settings.keyring_user in _SESSION_PASSWORDS:
        return _SESSION_PASSWORDS[settings.keyring_user]
    if insecure_backend() is not None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_user)
    except KeyringError as exc:
        raise CrmError(NO_KEYCHAIN, reason=str(exc)) from exc


class _MailPolicy(EmailPolicy):
    """The default policy, except for Subject: Python's folding of a long or non-ASCII subject
    loses or adds spaces between words ("…INV-2026-000319от ТОО…"), so such a subject is
    written as whole RFC 2047 encoded words, which every reader decodes to the exact text."""

    def _fold(self, name: str, value: Any, refold_binary: bool = False) -> str:
        text = str(value)
        if name.lower() == "subject" and (
                not text.isascii() or len(name) + 2 + len(text) > (self.max_line_length or 78)):
            encoded = Header(text, "utf-8", maxlinelen=self.max_line_length or 78,
                             header_name=name).encode(linesep=self.linesep)
            return f"{name}: {encoded}{self.linesep}"
        return super()._fold(name, value, refold_binary)  # type: ignore[misc]


MAIL_POLICY = _MailPolicy(linesep="\r\n")  # SMTP needs CRLF; smtplib sends bytes as they are


def compose(settings: SmtpSettings, to: list[str], subject: str, body: str,
            attachments: list[tuple[str, bytes, str]] = (),  # type: ignore[assignment]
            cc: list[str] | None = None, draft: bool = False) -> EmailMessage:
    """A MIME message with a stable Message-ID; attachments as (name, content, mime type).
    A draft may have no recipient yet."""
    if (not to and not draft) or any("@" not in a for a in to):
        raise ValidationError(NO_RECIPIENT, field="to")
    message = EmailMessage(policy=MAIL_POLICY)
    message["Date"] = formatdate(localtime=True)  # a relay may not add one
    message["From"] = formataddr((settings.from_name, settings.from_address))
    if to:
        message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    message["Subject"] = subject.strip()
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
                        mime=message.as_bytes(policy=MAIL_POLICY),
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
            OutboxMessage.status == OutboxStatus.SENDING,
            or_(OutboxMessage.sending_device == installation_id(),
                OutboxMessage.sending_device.is_(None)))).all()
        for row in stuck:
            row.status = OutboxStatus.INTERRUPTED
            row.last_error = str(Message(INTERRUPTED_BY_CRASH))
        return len(stuck)


def retry(s: Session, outbox_id: uuid.UUID) -> None:
    """Queue a failed, interrupted or cancelled message again. Not one being sent now (queued
    again, a second sender would send it twice), nor a campaign letter to a client or address
    that has opted out since."""
    require(s, Permission.SELL)
    row = s.get(OutboxMessage, outbox_id)
    if (row is None or row.status in (OutboxStatus.SENT, OutboxStatus.SENDING)
            or _opted_out_since(s, outbox_id)):
        raise CrmError(CANNOT_RESEND)
    if not row.recipients.strip():
        raise CrmError(DRAFT_WITHOUT_RECIPIENT)
    row.status, row.next_attempt_at = OutboxStatus.QUEUED, datetime.now(UTC)


def _opted_out_since(s: Session, outbox_id: uuid.UUID) -> bool:
    """A campaign letter whose client, or address, is on the opt-out list now."""
    recipient = s.execute(select(CampaignRecipient.client_id, CampaignRecipient.address)
                          .where(CampaignRecipient.outbox_id == outbox_id)).first()
    if recipient is None:
        return False
    client_id, address = recipient
    return s.scalar(select(MailOptOut.id).where(
        MailOptOut.deleted_at.is_(None),
        or_(MailOptOut.client_id == client_id,
            MailOptOut.address == address.strip().lower())).limit(1)) is not None


def cancel(s: Session, outbox_id: uuid.UUID) -> None:
    """Cancel a message that has not gone out."""
    require(s, Permission.SELL)
    row = s.get(OutboxMessage, outbox_id)
    if row is None or row.status in (OutboxStatus.SENT, OutboxStatus.SENDING):
        raise CrmError(CANNOT_CANCEL)
    row.status = OutboxStatus.CANCELLED


PROBLEMS = (OutboxStatus.FAILED, OutboxStatus.PARTIAL, OutboxStatus.INTERRUPTED)


def problem_ids(s: Session) -> list[uuid.UUID]:
    """Messages a person has to look at (failed, partly sent, interrupted): the status bar
    counts them in red and raises a notice once for each."""
    return list(s.scalars(select(OutboxMessage.id).where(OutboxMessage.status.in_(PROBLEMS))
                          .order_by(OutboxMessage.created_at)))


def pending_count(s: Session) -> int:
    """Messages not yet sent and not given up: what the status bar shows."""
    return s.scalar(select(func.count()).select_from(OutboxMessage).where(
        OutboxMessage.status.in_((OutboxStatus.QUEUED, OutboxStatus.SENDING,
                                  OutboxStatus.RETRYING)))) or 0


@dataclass
class SendReport:
    """What one run did, by Message-ID; `config` is set when the settings are at fault (the
    run stopped there: the user has to fix them, retrying cannot help)."""

    sent: list[str] = field(default_factory=list)
    retrying: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    interrupted: list[tuple[str, str]] = field(default_factory=list)
    partial: list[tuple[str, str]] = field(default_factory=list)
    config: Message | None = None

    @property
    def problems(self) -> list[tuple[str, str]]:
        """Everything a person has to look at: failed, partly sent and interrupted messages."""
        return self.failed + self.partial + self.interrupted


class _Config(Exception):
    """The settings are at fault (certificate, security, login): fail fast, say why."""

    def __init__(self, error: ErrorCode, **params: object) -> None:
        self.message = Message(error, **params)
        super().__init__(str(self.message))


def _connect(settings: SmtpSettings, password: str | None) -> smtplib.SMTP:
    context = ssl.create_default_context()  # certificates verified
    server: smtplib.SMTP | None = None
    try:
        if settings.security == "ssl":
            server = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout,
                                      context=context)
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
            if settings.security == "starttls":
                server.starttls(context=context)
        if settings.user:
            _login(server, settings.user, password)
    except ssl.SSLCertVerificationError as exc:
        _close(server)
        raise _Config(UNTRUSTED_CERTIFICATE, server=f"{settings.host}:{settings.port}",
                      reason=exc.verify_message or exc.reason or str(exc)) from exc
    except ssl.SSLError as exc:
        _close(server)
        raise _Config(TLS_FAILED, server=f"{settings.host}:{settings.port}",
                      reason=exc.reason or str(exc)) from exc
    except smtplib.SMTPNotSupportedError as exc:
        _close(server)
        raise _Config(NO_STARTTLS, server=f"{settings.host}:{settings.port}") from exc
    except BaseException:
        _close(server)
        raise
    return server


def _login(server: smtplib.SMTP, user: str, password: str | None) -> None:
    """AUTH with the user's credentials; UTF-8 ones (RFC 4616 PLAIN, or LOGIN) as UTF-8."""
    if password is None:
        raise _Config(NO_PASSWORD, server=server._host)  # type: ignore[attr-defined]
    server.ehlo_or_helo_if_needed()
    if not server.has_extn("auth"):
        raise _Config(NO_AUTH, server=server._host)  # type: ignore[attr-defined]
    methods = server.esmtp_features.get("auth", "").upper().split()
    try:
        if (user + password).isascii():
            server.login(user, password)
            return
        utf8 = (user.encode(), password.encode())
        if "PLAIN" in methods:
            code, answer = server.docmd("AUTH", "PLAIN " + base64.b64encode(
                b"\0" + utf8[0] + b"\0" + utf8[1]).decode("ascii"))
        elif "LOGIN" in methods:
            code, answer = server.docmd("AUTH", "LOGIN " + base64.b64encode(utf8[0])
                                        .decode("ascii"))
            if code == 334:
                code, answer = server.docmd(base64.b64encode(utf8[1]).decode("ascii"))
        else:
            raise _Config(UTF8_LOGIN, methods=", ".join(methods) or "none")
        if code not in (235, 503):
            raise smtplib.SMTPAuthenticationError(code, answer)
    except smtplib.SMTPAuthenticationError as exc:
        raise _Config(LOGIN_REFUSED, answer=f"{exc.smtp_code} {_text(exc.smtp_error)}") \
            from exc


def _close(server: smtplib.SMTP | None) -> None:
    if server is not None:
        with contextlib.suppress(OSError):
            server.close()


def _text(raw: bytes | str) -> str:
    return raw.decode(errors="replace") if isinstance(raw, bytes) else raw


class _Attempt:
    """One message to some recipients over an open connection, answer by answer, so that
    what happened is known exactly: who was accepted, who refused, and whether the data's
    end (the final dot) was sent when the connection failed."""

    def __init__(self, server: smtplib.SMTP) -> None:
        self.server = server
        self.after_dot = False  # the whole message is out: the server may have accepted it
        self.results: dict[str, dict[str, Any]] = {}
        self.refused: dict[str, dict[str, Any]] = {}  # 5xx to RCPT TO: the address is bad

    def _answer(self, address: str, code: int, text: bytes | str) -> None:
        self.results[address] = {"code": code, "text": _text(text).strip()}

    def run(self, sender: str, recipients: list[str], mime: bytes) -> None:
        server = self.server
        server.ehlo_or_helo_if_needed()
        code, answer = server.mail(sender)
        if code != 250:
            self._reset()
            for address in recipients:
                self._answer(address, code, answer)
            return
        accepted = []
        for address in recipients:
            code, answer = server.rcpt(address)
            self._answer(address, code, answer)
            if code in (250, 251):
                accepted.append(address)
            elif code >= 500:
                self.refused[address] = self.results[address]
        if not accepted:
            self._reset()
            return
        code, answer = server.docmd("data")
        if code != 354:
            self._reset()
            for address in accepted:
                self._answer(address, code, answer)
            return
        payload = re.sub(rb"(?m)^\.", b"..", mime)
        if not payload.endswith(b"\r\n"):
            payload += b"\r\n"
        server.send(payload + b".\r\n")
        self.after_dot = True
        code, answer = server.getreply()
        for address in accepted:
            self._answer(address, code, answer)

    def _reset(self) -> None:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            self.server.rset()


def _accepted(result: dict[str, Any] | None) -> bool:
    return bool(result) and 200 <= int(result["code"]) < 300  # type: ignore[index]


def _outcome(results: dict[str, dict[str, Any]], recipients: list[str]) \
        -> tuple[OutboxStatus, str]:
    """The message's status from every recipient's latest answer, and the refusals in words."""
    refused = {a: r for a, r in results.items() if a in recipients and not _accepted(r)}
    words = "; ".join(f"{a}: {r['code']} {r['text']}" for a, r in refused.items())
    if not refused:
        return OutboxStatus.SENT, ""
    if any(int(r["code"]) < 500 for r in refused.values()):
        return OutboxStatus.RETRYING, words  # only the deferred addresses are tried again
    if any(_accepted(results.get(a)) for a in recipients):
        return OutboxStatus.PARTIAL, words
    return OutboxStatus.FAILED, words


@dataclass
class _Claimed:
    id: uuid.UUID
    message_id: str
    mime: bytes
    recipients: list[str]
    attempts: int
    results: dict[str, dict[str, Any]]


def _claim(db: Database, outbox_id: uuid.UUID, now: datetime) -> _Claimed | None:
    """Take a due message in one statement that checks its status: of two senders (two
    programs on one SQLite file, two desktops on one server) exactly one gets it."""
    with db.session(MAIL_SENDER) as s:
        taken = s.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == outbox_id,
                   OutboxMessage.status.in_((OutboxStatus.QUEUED, OutboxStatus.RETRYING)),
                   OutboxMessage.next_attempt_at <= now)
            .values(status=OutboxStatus.SENDING, attempts=OutboxMessage.attempts + 1,
                    sending_device=installation_id())
            .returning(OutboxMessage.message_id, OutboxMessage.mime, OutboxMessage.recipients,
                       OutboxMessage.attempts, OutboxMessage.recipient_results)
            .execution_options(synchronize_session=False)).first()
    if taken is None:
        return None
    message_id, mime, recipients, attempts, results = taken
    return _Claimed(outbox_id, message_id, mime,
                    [a.strip() for a in recipients.split(",") if a.strip()], attempts,
                    dict(results or {}))


def send_due(db: Database, now: datetime | None = None, limit: int = 50) -> SendReport:
    """Send what is due. Each message is claimed in one statement, tried once, and its outcome
    written in one transaction; an error of one message does not stop the others.

    Outcomes: every recipient accepted → sent; the connection lost after the data's end (no
    answer to the final dot) → interrupted, never sent again by itself; some refused for good
    and others accepted → partly sent; all refused for good → failed; offline, 4xx → retried
    later (a deferred address alone, not the ones already accepted); the settings at fault
    (certificate, STARTTLS, no AUTH, login refused) → failed at once and the run stops."""
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
            claimed = _claim(db, outbox_id, now)
            if claimed is None:
                continue  # another sender took it
            results = claimed.results
            to = [a for a in claimed.recipients if not _accepted(results.get(a))]
            outcome, error = OutboxStatus.SENT, ""
            attempt: _Attempt | None = None
            try:
                if server is None:
                    server = _connect(settings, password)
                attempt = _Attempt(server)
                attempt.run(settings.from_address, to, claimed.mime)
                results.update(attempt.results)
                outcome, error = _outcome(results, claimed.recipients)
            except _Config as exc:
                outcome, error, report.config = OutboxStatus.FAILED, str(exc), exc.message
                server = None
            except (smtplib.SMTPException, OSError) as exc:  # offline, dropped, timed out
                _close(server)
                server = None
                if attempt is not None and attempt.after_dot:
                    outcome, error = OutboxStatus.INTERRUPTED, str(Message(
                        LOST_AFTER_DATA, reason=_reason(exc)))
                else:
                    outcome, error = OutboxStatus.RETRYING, str(Message(
                        UNREACHABLE, reason=_reason(exc)))
            except Exception as exc:  # never left "sending": a person sees what went wrong
                log.exception("sending %s", claimed.message_id)
                _close(server)
                server = None
                outcome = (OutboxStatus.INTERRUPTED if attempt is not None and attempt.after_dot
                           else OutboxStatus.FAILED)
                error = f"{exc.__class__.__name__}: {exc}"
            _finish(db, claimed, outcome, error, results, now, report,
                    attempt.refused if attempt is not None else {})
            if report.config is not None:
                break  # the settings are wrong for every message: the user fixes them first
    finally:
        if server is not None:
            try:
                server.quit()
            except (smtplib.SMTPException, OSError):
                server.close()
    return report


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{exc.smtp_code} {_text(exc.smtp_error)}"
    return str(exc) or exc.__class__.__name__


def _finish(db: Database, claimed: _Claimed, outcome: OutboxStatus, error: str,
            results: dict[str, dict[str, Any]], now: datetime, report: SendReport,
            refused: dict[str, dict[str, Any]]) -> None:
    with db.session(MAIL_SENDER) as s:
        _mark_bad(s, claimed.id, refused)
        row = s.get(OutboxMessage, claimed.id)
        assert row is not None
        row.status, row.last_error = outcome, error or None
        row.recipient_results = results or None
        entry = (claimed.message_id, error)
        if outcome == OutboxStatus.SENT:
            row.sent_at = datetime.now(UTC)
            report.sent.append(claimed.message_id)
        elif outcome == OutboxStatus.RETRYING:
            row.next_attempt_at = now + min(timedelta(minutes=2 ** (claimed.attempts - 1)),
                                            MAX_BACKOFF)
            report.retrying.append(entry)
        elif outcome == OutboxStatus.PARTIAL:
            row.sent_at = datetime.now(UTC)
            report.partial.append(entry)
        elif outcome == OutboxStatus.INTERRUPTED:
            report.interrupted.append(entry)
        else:
            report.failed.append(entry)


def _mark_bad(s: Session, outbox_id: uuid.UUID, refused: dict[str, dict[str, Any]]) -> None:
    """Addresses refused for good at RCPT TO (5xx: no such user, domain, mailbox) go on the
    bad-address list, which campaigns skip; in the same transaction as the message's outcome.
    (A 5xx to MAIL FROM or to the data says nothing about an address: not marked.)"""
    if not refused:
        return
    known = set(s.scalars(select(BadAddress.address).where(
        BadAddress.address.in_([a.lower() for a in refused]), BadAddress.deleted_at.is_(None))))
    for address, answer in refused.items():
        if address.lower() not in known:
            known.add(address.lower())
            s.add(BadAddress(address=address.lower(), code=int(answer["code"]),
                             answer=str(answer["text"]), marked_at=datetime.now(UTC),
                             outbox_id=outbox_id))


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

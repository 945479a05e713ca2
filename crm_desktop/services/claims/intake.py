"""Claims that come in by themselves: from an e-mail's text (a support mailbox, a web form's
letter) and from an import file (CSV/XLSX), so a web form or a mailbox can feed them later.

An e-mail becomes a *draft* (`draft_from_email`: the sender's client and contact by the
address, the order or invoice its subject or text names, the essence from the body) that a
person finishes on the card, or a registered claim at once (`claim_from_email`). An import
reads every row first: a row that cannot become a claim is refused with a clear reason and,
unless a partial import is accepted, nothing is imported (`ImportRefused`). Duplicates of an
open claim are registered and flagged, as by hand.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from email import message_from_string, policy
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    ClaimReason,
    ClaimSeverity,
    ClaimSource,
    Client,
    Email,
    Order,
    SalesDocument,
    User,
    utcnow,
)
from crm_desktop.services.clients.duplicates import name_key
from crm_desktop.services.core.errors import CrmError, Message, error_code
from crm_desktop.services.core.identity import Permission, require
from crm_desktop.services.core.table_files import ImportRefused, ImportReport, Table, norm_header

from .writing import ClaimInput, SavedClaim, register_claim

NO_SENDER_CLIENT = error_code("claims.email_unknown_sender",
                              "No client has the address {address}: register the claim by hand")
EMPTY_EMAIL = error_code("claims.email_empty", "The e-mail has neither a subject nor a text")
MISSING_COLUMNS = error_code("claims.import_missing_columns",
                             "The file has no column for: {columns}")
ROW_NO_CLIENT = error_code("claims.import_no_client", "no client given")
ROW_UNKNOWN_CLIENT = error_code("claims.import_unknown_client", "no client {value}")
ROW_NO_ESSENCE = error_code("claims.import_no_essence", "the essence of the claim is empty")
ROW_BAD_DATE = error_code("claims.import_bad_date",
                          "{value} is not a date (YYYY-MM-DD or DD.MM.YYYY)")
ROW_UNKNOWN_REASON = error_code("claims.import_unknown_reason", "no reason {value} in the list")
ROW_UNKNOWN_SEVERITY = error_code("claims.import_unknown_severity",
                                  "severity {value} is none of low, medium, high, critical")
ROW_UNKNOWN_ORDER = error_code("claims.import_unknown_order", "the client has no order {value}")
ROW_UNKNOWN_INVOICE = error_code("claims.import_unknown_invoice",
                                 "the client has no invoice {value}")
ROW_UNKNOWN_USER = error_code("claims.import_unknown_user", "no active user {value}")

# What each column may be called (compared after `norm_header`).
CLIENT, DATE, ESSENCE, REASON, DEPARTMENT, SEVERITY, REMEDY, ORDER, INVOICE, RESPONSIBLE, DUE = (
    "client", "date", "essence", "reason", "department", "severity", "remedy", "order",
    "invoice", "responsible", "due")
HEADERS: dict[str, tuple[str, ...]] = {
    CLIENT: ("client", "claimant", "customer", "company", "клиент", "заявитель", "контрагент"),
    DATE: ("date", "claim date", "дата", "дата претензии"),
    ESSENCE: ("essence", "claim", "complaint", "text", "description", "суть", "суть претензии",
              "претензия", "описание", "текст"),
    REASON: ("reason", "причина"),
    DEPARTMENT: ("department", "подразделение", "отдел"),
    SEVERITY: ("severity", "важность", "серьезность", "серьёзность"),
    REMEDY: ("remedy", "requested remedy", "requirement", "требование", "требования"),
    ORDER: ("order", "order number", "заказ", "номер заказа"),
    INVOICE: ("invoice", "invoice number", "счет", "счёт", "номер счета"),
    RESPONSIBLE: ("responsible", "ответственный"),
    DUE: ("due", "due date", "срок"),
}
REQUIRED = (CLIENT, ESSENCE)
SEVERITIES = {
    "low": ClaimSeverity.LOW, "низкая": ClaimSeverity.LOW,
    "medium": ClaimSeverity.MEDIUM, "средняя": ClaimSeverity.MEDIUM,
    "high": ClaimSeverity.HIGH, "высокая": ClaimSeverity.HIGH,
    "critical": ClaimSeverity.CRITICAL, "критическая": ClaimSeverity.CRITICAL,
}
# Numbers as `services.sales.numbering` makes them: PREFIX-YEAR-[DEVICE-]000042
_NUMBER = r"-\d{4}-(?:[A-Z0-9]{1,8}-)?\d{6}"
ORDER_NUMBER = re.compile(r"\bORD" + _NUMBER + r"\b")
INVOICE_NUMBER = re.compile(r"\bINV" + _NUMBER + r"\b")


# -- from an e-mail ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ClaimDraft:
    """A claim as read from an e-mail; `form` is None when the sender is no known client."""

    sender: str  # the address
    sender_name: str
    subject: str
    body: str
    received: datetime | None
    client_name: str | None
    form: ClaimInput | None


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    text = part.get_content() if isinstance(part, EmailMessage) else str(part.get_payload())
    if part.get_content_type() == "text/html":
        text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\n{3,}", "\n\n", text.replace("\r\n", "\n")).strip()


def draft_from_email(s: Session, raw: str) -> ClaimDraft:
    """Read an e-mail (its whole source, or pasted text starting with From:/Subject: lines):
    the sender's client and contact by the address, the order or invoice named, the essence
    from the subject and the text. Nothing is written."""
    message = message_from_string(raw.lstrip(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    sender_name, address = parseaddr(str(message.get("From", "")))
    subject = str(message.get("Subject", "")).strip()
    body = _body(message) if message.get("From") or message.get("Subject") else raw.strip()
    if not subject and not body:
        raise CrmError(EMPTY_EMAIL)
    received = None
    if message.get("Date"):
        try:
            received = parsedate_to_datetime(str(message["Date"]))
        except (TypeError, ValueError):
            received = None
    found = s.execute(select(Email.client_id, Email.contact_id, Client.short_name)
                      .join(Client, Client.id == Email.client_id)
                      .where(Email.address_lower == address.lower(), Email.deleted_at.is_(None),
                             Client.deleted_at.is_(None)).limit(1)).first() if address else None
    if found is None:
        return ClaimDraft(address, sender_name, subject, body, received, None, None)
    client_id, contact_id, client_name = found
    text = f"{subject}\n{body}"
    order_id = _numbered(s, Order, ORDER_NUMBER, text, client_id)
    invoice_id = _numbered(s, SalesDocument, INVOICE_NUMBER, text, client_id)
    essence = f"{subject}\n\n{body}".strip() if subject and body else (subject or body)
    form = ClaimInput(client_id=client_id, contact_id=contact_id, essence=essence,
                      order_id=order_id, invoice_id=invoice_id,
                      claim_date=received.date() if received else None,
                      source=ClaimSource.EMAIL)
    return ClaimDraft(address, sender_name, subject, body, received, client_name, form)


def _numbered(s: Session, model: type[Order] | type[SalesDocument], pattern: re.Pattern[str],
              text: str, client_id: uuid.UUID) -> uuid.UUID | None:
    for number in pattern.findall(text):
        found = s.scalar(select(model.id).where(model.number == number,
                                                model.client_id == client_id,
                                                model.deleted_at.is_(None)))
        if found is not None:
            return found
    return None


def claim_from_email(s: Session, raw: str, responsible_id: uuid.UUID | None = None,
                     now: datetime | None = None) -> SavedClaim:
    """Register the claim an e-mail makes (see `draft_from_email`); refused when the sender
    is no known client."""
    require(s, Permission.EDIT_CLAIMS)
    draft = draft_from_email(s, raw)
    if draft.form is None:
        raise CrmError(NO_SENDER_CLIENT, address=draft.sender or "-")
    form = ClaimInput(**{**draft.form.__dict__, "responsible_id": responsible_id})
    return register_claim(s, form, now=now)


# -- from a file -------------------------------------------------------------------------------
@dataclass
class ClaimImportReport(ImportReport):
    created: int = 0
    numbers: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (new, open one)


def recognise(headers: list[str]) -> dict[str, int]:
    """Which column holds what, by the header's name (English or Russian)."""
    known = {name: what for what, names in HEADERS.items() for name in names}
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        what = known.get(norm_header(header))
        if what is not None and what not in mapping:
            mapping[what] = index
    return mapping


def _parse_date(value: str) -> date:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value[:10].strip(), pattern).date()
        except ValueError:
            continue
    raise ValueError(value)


class _Lookups:
    """Names to ids, each looked up once per import."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.reasons = {r.name.strip().casefold(): r for r in s.scalars(
            select(ClaimReason).where(ClaimReason.deleted_at.is_(None)))}
        self.users = {}
        for user in s.scalars(select(User).where(User.active.is_(True),
                                                 User.deleted_at.is_(None))):
            self.users[user.login.casefold()] = user.id
            self.users[user.full_name.strip().casefold()] = user.id
        self.clients: dict[str, uuid.UUID | None] = {}

    def client(self, value: str) -> uuid.UUID | None:
        if value not in self.clients:
            self.clients[value] = self._client(value)
        return self.clients[value]

    def _client(self, value: str) -> uuid.UUID | None:
        alive = Client.deleted_at.is_(None)
        if "@" in value:
            return self.s.scalar(select(Email.client_id).join(Client, Client.id == Email.client_id)
                                 .where(Email.address_lower == value.lower(), alive,
                                        Email.deleted_at.is_(None)).limit(1))
        digits = re.sub(r"\D", "", value)
        if digits and len(digits) >= 9 and len(digits) == len(value.replace(" ", "")):
            found = self.s.scalar(select(Client.id).where(Client.tax_id == digits, alive).limit(1))
            if found is not None:
                return found
        found = self.s.scalar(select(Client.id).where(Client.short_name == value, alive).limit(1))
        if found is not None:
            return found
        key = name_key(value)
        if not key:
            return None
        matches = self.s.scalars(select(Client.id).where(Client.name_key == key, alive)
                                 .limit(2)).all()
        return matches[0] if len(matches) == 1 else None

    def document(self, model: type[Order] | type[SalesDocument], number: str,
                 client_id: uuid.UUID) -> uuid.UUID | None:
        return self.s.scalar(select(model.id).where(
            func.upper(model.number) == number.strip().upper(), model.client_id == client_id,
            model.deleted_at.is_(None)))


def _form(row: list[str], mapping: dict[str, int], known: _Lookups,
          today: date) -> ClaimInput | Message:
    """The claim a row makes, or why it cannot make one."""
    def cell(what: str) -> str:
        index = mapping.get(what)
        return row[index].strip() if index is not None and index < len(row) else ""

    name = cell(CLIENT)
    if not name:
        return Message(ROW_NO_CLIENT)
    client_id = known.client(name)
    if client_id is None:
        return Message(ROW_UNKNOWN_CLIENT, value=name)
    essence = cell(ESSENCE)
    if not essence:
        return Message(ROW_NO_ESSENCE)
    dates: dict[str, date | None] = {}
    for what in (DATE, DUE):
        text = cell(what)
        try:
            dates[what] = _parse_date(text) if text else None
        except ValueError:
            return Message(ROW_BAD_DATE, value=text)
    reason = None
    if cell(REASON):
        reason = known.reasons.get(cell(REASON).casefold())
        if reason is None:
            return Message(ROW_UNKNOWN_REASON, value=cell(REASON))
    severity = ClaimSeverity.MEDIUM
    if cell(SEVERITY):
        found = SEVERITIES.get(cell(SEVERITY).casefold())
        if found is None:
            return Message(ROW_UNKNOWN_SEVERITY, value=cell(SEVERITY))
        severity = found
    ids: dict[str, uuid.UUID | None] = {ORDER: None, INVOICE: None}
    for what, model, problem in ((ORDER, Order, ROW_UNKNOWN_ORDER),
                                 (INVOICE, SalesDocument, ROW_UNKNOWN_INVOICE)):
        if cell(what):
            ids[what] = known.document(model, cell(what), client_id)
            if ids[what] is None:
                return Message(problem, value=cell(what))
    responsible = None
    if cell(RESPONSIBLE):
        responsible = known.users.get(cell(RESPONSIBLE).casefold())
        if responsible is None:
            return Message(ROW_UNKNOWN_USER, value=cell(RESPONSIBLE))
    return ClaimInput(client_id=client_id, essence=essence, claim_date=dates[DATE] or today,
                      order_id=ids[ORDER], invoice_id=ids[INVOICE],
                      responsible_id=responsible, department=cell(DEPARTMENT) or None,
                      reason_id=reason.id if reason else None, severity=severity,
                      remedy=cell(REMEDY), due_date=dates[DUE], source=ClaimSource.IMPORT)


def import_claims(s: Session, table: Table, mapping: dict[str, int] | None = None, *,
                  partial: bool = False, today: date | None = None,
                  now: datetime | None = None) -> ClaimImportReport:
    """Register a claim per row of the file, in the caller's transaction. Every row is read
    first; a bad row is refused with its reason and, without `partial`, nothing is imported
    (`ImportRefused` carries the report)."""
    require(s, Permission.EDIT_CLAIMS)
    mapping = recognise(table.headers) if mapping is None else mapping
    missing = [what for what in REQUIRED if what not in mapping]
    if missing:
        raise CrmError(MISSING_COLUMNS, columns=missing)
    today, now = today or date.today(), now or utcnow()
    known = _Lookups(s)
    report = ClaimImportReport(rows=len(table.rows))
    forms: list[ClaimInput] = []
    for index, row in enumerate(table.rows):
        number = table.number(index)  # the file's own row number (blank rows are skipped)
        made = _form(row, mapping, known, today)
        if isinstance(made, Message):
            report.problems.append((number, made))
        else:
            forms.append(made)
    if report.problems and not partial:
        raise ImportRefused(report)
    for form in forms:
        saved = register_claim(s, form, now=now)
        report.created += 1
        report.numbers.append(saved.number)
        if saved.duplicate_of:
            report.duplicates.append((saved.number, saved.duplicate_of))
    return report

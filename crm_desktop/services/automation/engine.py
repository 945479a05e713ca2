"""Running rules: on saves (from the session hook), on due dates (`run_due`), by hand
(`run_manual`) and as a dry run that changes nothing (`dry_run`).

Safety: a rule ignores the changes it made itself; a chain of rules (a rule's change firing
another rule) stops at MAX_DEPTH with a logged reason; a rule fires at most once per record
and triggering change, a date rule once per date (the unique key of `automation_runs`);
every run is logged with what it did or the error, and an action that fails rolls back that
rule's changes only (a savepoint) — the person's own save goes through.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import DateTime, delete, func, or_, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    AutomationRule,
    AutomationRun,
    Client,
    Deal,
    DealStatus,
    DocumentKind,
    DocumentStatus,
    Event,
    EventStatus,
    EventType,
    OrderLine,
    Product,
    SalesDocument,
    SalesDocumentLine,
    SyncState,
    Tag,
    User,
    new_id,
    utcnow,
)
from crm_desktop.services.core.changes import Change, recorded
from crm_desktop.services.core.errors import CrmError, Message, error_code
from crm_desktop.services.core.identity import Permission, require, user_id_of

from . import rules as R
from .hook import AUTOMATION, Note, State, on_server, state_of

log = logging.getLogger(__name__)
MAX_DEPTH = 5  # rules firing rules: the fifth link of a chain is the last
GRACE_DAYS = 7  # a date rule missed (the program was closed) still fires within a week
CACHE_SECONDS = 5.0  # rules saved by another program are seen within this
MAX_NOTES = 5_000  # changes looked at per unit of work, at most
DEFAULT_KEEP_DAYS = 180

# What a run did, as codes (the log window translates them).
DID_SET = error_code("automation.did_set", "{field} set to {value}")
DID_ASSIGN = error_code("automation.did_assign", "assigned to {user} ({how})")
NOBODY = error_code("automation.nobody", "nobody to assign: every manager named is absent")
DID_TASK = error_code("automation.did_task", "task \"{subject}\" for {user}, due {due}")
DID_EVENT = error_code("automation.did_event", "{type} \"{subject}\" for {user} on {when}")
DID_DEAL = error_code("automation.did_deal", "deal \"{title}\" opened in {pipeline}, stage "
                      "{stage}")
DID_MOVE = error_code("automation.did_move", "deal moved to {stage}")
DID_TAG = error_code("automation.did_tag", "tag {tag} added")
DID_UNTAG = error_code("automation.did_untag", "tag {tag} removed")
DID_MAIL = error_code("automation.did_mail", "e-mail \"{subject}\" queued for {to}")
DID_NOTIFY = error_code("automation.did_notify", "{user} told: {text}")
DID_DOCUMENT = error_code("automation.did_document", "{kind} {number} made from {source}")
DID_HOOK = error_code("automation.did_hook", "web hook {url} answered {status}")
HOOKS_OFF = error_code("automation.hooks_off", "web hook {url} not called: web hooks are off")
STOPPED = error_code("automation.stopped", "stopped: a chain of rules reached the limit of "
                     "{limit} (a rule's change firing another rule)")
NO_ADDRESS = error_code("automation.no_address", "{client} has no e-mail address")
NO_CLIENT = error_code("automation.no_client", "the record has no client")
NO_STAGE = error_code("automation.no_stage", "the pipeline {pipeline} has no stage {stage}")
NO_USER = error_code("automation.no_user", "no active user {login}")
NO_QUOTE = error_code("automation.no_quote", "the deal has no quote to copy")
DID_LETTER = error_code("automation.did_letter", "letter {title} saved with {client}'s files")
HOOK_FAILED = error_code("automation.hook_failed", "web hook {url} failed: {reason}")
NOT_MANUAL = error_code("automation.not_manual", "Rule {rule} is on {entity}s: pick one")


class ActionFailed(CrmError):
    """An action could not be done; the run is logged with it as the error."""


# -- the enabled rules, cached per database -------------------------------------------------------
_CACHE: dict[int, tuple[float, list[R.RuleData], str]] = {}


def forget_rules() -> None:
    _CACHE.clear()


def _cached(s: Session) -> tuple[list[R.RuleData], str]:
    key = id(s.get_bind())
    hit = _CACHE.get(key)
    now = time.monotonic()
    if hit is not None and now - hit[0] < CACHE_SECONDS:
        return hit[1], hit[2]
    found = R.list_rules(s, enabled_only=True)
    runner = R.runner(s)
    if not on_server(s) and s.get_bind().dialect.name == "sqlite" and s.scalar(
            select(SyncState.value).where(SyncState.key == "profile")):
        runner = "server"  # a copy that syncs with a team server: the server runs the rules
    _CACHE[key] = (now, found, runner)
    return found, runner


def runs_here(s: Session, runner: str) -> bool:
    """Whether this process runs rules: every process when they run on the desktop, only the
    team server when the setting says "server" or the copy syncs with a team server."""
    return runner == "desktop" or on_server(s)


# -- records and their values ---------------------------------------------------------------------
def load(s: Session, entity: str, record_id: uuid.UUID) -> Any | None:
    record = s.get(R.ENTITIES[entity], record_id)
    if record is None or record.deleted_at is not None:
        return None
    if entity == "invoice" and record.kind != DocumentKind.INVOICE:
        return None
    return record


def label_of(entity: str, record: Any) -> str:
    if entity == "client":
        return str(record.short_name)
    if entity == "deal":
        return str(record.title)
    if entity == "event":
        return str(record.subject)
    return str(record.number)


def responsible_field(entity: str) -> str:
    return "manager_id" if entity == "invoice" else "responsible_id"


@dataclass
class Ctx:
    """One rule on one record: what the actions share."""

    s: Session
    rule: R.RuleData
    entity: str
    record: Any
    dry: bool = False
    note: Note | None = None
    effects: list[dict[str, Any]] = field(default_factory=list)
    touched: list[uuid.UUID] = field(default_factory=list)
    made_deal: uuid.UUID | None = None
    _users: dict[uuid.UUID, User] | None = None
    _client: Client | None = None

    @property
    def users(self) -> dict[uuid.UUID, User]:
        if self._users is None:
            self._users = {u.id: u for u in self.s.scalars(select(User).where(
                User.deleted_at.is_(None)))}
        return self._users

    def user(self, login: str) -> User | None:
        return next((u for u in self.users.values() if u.login == login and u.active), None)

    @property
    def client(self) -> Client | None:
        if self._client is None:
            if self.entity == "client":
                self._client = self.record
            elif getattr(self.record, "client_id", None):
                self._client = self.s.get(Client, self.record.client_id)
        return self._client

    def did(self, code: Any, **params: Any) -> None:
        self.effects.append({"code": code.code, "text": str(Message(code, **params)),
                             "params": {k: _jsonable(v) for k, v in params.items()}})


def _jsonable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def raw_value(ctx: Ctx, name: str) -> Any:
    if name.startswith(R.CUSTOM):
        client = ctx.client
        return (client.custom_fields or {}).get(name[len(R.CUSTOM):]) if client else None
    if ctx.entity == "deal" and name in ("stage", "pipeline"):
        target = ctx.record.stage if name == "stage" else ctx.record.pipeline
        return target.name if target is not None else None
    return getattr(ctx.record, name, None)


def norm(ctx: Ctx, info: R.FieldInfo, raw: Any) -> Any:
    """A stored value the way rules compare it: logins for people, enum values, Decimals,
    dates."""
    if raw is None or raw == "":
        return None
    if info.kind == "user":
        user = ctx.users.get(raw) if isinstance(raw, uuid.UUID) else None
        return user.login if user else str(raw)
    if isinstance(raw, Enum):
        return raw.value
    if info.kind in ("money", "number"):
        try:
            return Decimal(str(raw))
        except ArithmeticError:
            return None
    if isinstance(raw, datetime):
        return raw.astimezone(UTC).date()
    if isinstance(raw, date | bool):
        return raw
    if info.kind == "bool":
        return R.coerce(info, raw)
    return str(raw)


def value_of(ctx: Ctx, name: str) -> Any:
    info = R.field_info(ctx.entity, name)
    return None if info is None else norm(ctx, info, raw_value(ctx, name))


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.strip().casefold() == b.strip().casefold()
    return bool(a == b)


def condition_holds(ctx: Ctx, item: dict[str, Any], today: date) -> bool:
    info = R.field_info(ctx.entity, item["field"])
    if info is None:
        return False
    value = norm(ctx, info, raw_value(ctx, item["field"]))
    op, given = item["op"], item.get("value")
    given_any: Any = given
    if op == "empty":
        return (value is None) == bool(given)
    if op == "days_since":
        return value is not None and (today - value).days >= int(given_any)
    if op == "in":
        return value is not None and any(_same(value, R.coerce(info, v)) for v in given_any)
    wanted = R.coerce(info, given)
    if op == "equals":
        return value is not None and _same(value, wanted)
    if op == "not":
        return value is None or not _same(value, wanted)
    if op == "changed_to":
        if ctx.note is None:  # a dry run or a date rule: the value as it is now
            return value is not None and _same(value, wanted)
        if item["field"] not in ctx.note.changed and not ctx.note.created:
            return False
        return value is not None and _same(value, wanted)
    if value is None or wanted is None:
        return False
    try:
        return bool(value > wanted) if op == "greater" else bool(value < wanted)
    except TypeError:
        return False


def conditions_hold(ctx: Ctx, today: date) -> bool:
    items = ctx.rule.conditions.get("items", [])
    if not items:
        return True
    results = (condition_holds(ctx, item, today) for item in items)
    return any(results) if ctx.rule.conditions.get("match") == "any" else all(results)


# -- templates ------------------------------------------------------------------------------------
def placeholder_values(ctx: Ctx) -> dict[str, str]:
    client = ctx.client
    responsible = getattr(ctx.record, responsible_field(ctx.entity), None)
    manager = ctx.users.get(responsible) if responsible else None
    amount = getattr(ctx.record, "amount", None)
    if amount is None:
        amount = getattr(ctx.record, "total", None)
    stage = ""
    if ctx.entity == "deal" and ctx.record.stage is not None:
        stage = ctx.record.stage.name
    return {"client": client.short_name if client else "", "manager":
            manager.full_name if manager else "", "today": date.today().isoformat(),
            "rule": ctx.rule.name, "title": str(getattr(ctx.record, "title", "") or ""),
            "number": str(getattr(ctx.record, "number", "") or ""),
            "amount": "" if amount is None else f"{amount}", "stage": stage,
            "record": label_of(ctx.entity, ctx.record)}


def fill(ctx: Ctx, text: str) -> str:
    """A template with its placeholders looked up one by one: no formatting, no evaluation."""
    from string import Formatter

    common = placeholder_values(ctx)
    out = []
    for literal, name, _spec, _conv in Formatter().parse(text):
        out.append(literal)
        if name is None:
            continue
        if name in common:
            out.append(common[name])
        else:
            value = value_of(ctx, name)
            out.append("" if value is None else str(value))
    return "".join(out)


# -- actions --------------------------------------------------------------------------------------
def _available(ctx: Ctx, logins: Iterable[str]) -> list[User]:
    absent = R.absent_logins(ctx.s)
    found = []
    for login in logins:
        user = ctx.user(login)
        if user is not None and login not in absent:
            found.append(user)
    return found


def _pick(ctx: Ctx, action: dict[str, Any]) -> tuple[User | None, str]:
    how = action["how"]
    if how == "person":
        chosen = _available(ctx, [action["user"]])
        return (chosen[0] if chosen else None), "person"
    if how == "round_robin":
        names = list(action["users"])
        key = f"automation.rr.{ctx.rule.id.hex if ctx.rule.id else 'new'}"
        from crm_desktop.services.core.settings import get_setting, set_setting

        last = get_setting(ctx.s, key)
        start = names.index(last) + 1 if last in names else 0
        available = {u.login: u for u in _available(ctx, names)}
        for step in range(len(names)):
            login = names[(start + step) % len(names)]
            if login in available:
                if not ctx.dry:
                    set_setting(ctx.s, key, login)
                return available[login], "round_robin"
        return None, "round_robin"
    if how == "least_busy":
        candidates = _available(ctx, action["users"])
        if not candidates:
            return None, "least_busy"
        counts = dict(ctx.s.execute(
            select(Deal.responsible_id, func.count()).where(
                Deal.responsible_id.in_([u.id for u in candidates]),
                Deal.status == DealStatus.OPEN, Deal.deleted_at.is_(None))
            .group_by(Deal.responsible_id)).all())
        return min(candidates, key=lambda u: counts.get(u.id, 0)), "least_busy"
    by = action["by"]
    row_user = _table_match(ctx, by, action["rows"])
    chosen = _available(ctx, [row_user]) if row_user else []
    return (chosen[0] if chosen else None), "table"


def _table_match(ctx: Ctx, by: str, rows: list[dict[str, Any]]) -> str | None:
    client = ctx.client
    if by == "amount":
        amount = value_of(ctx, "amount") if R.field_info(ctx.entity, "amount") else \
            value_of(ctx, "total")
        if amount is None:
            return None
        best: tuple[Decimal, str] | None = None
        for row in rows:
            low = R.coerce(R.FieldInfo("amount", "money"), row["match"])
            if amount >= low and (best is None or low > best[0]):
                best = (low, row["user"])
        return best[1] if best else None
    if by == "product":
        names = [n.casefold() for n in _product_names(ctx)]
        for row in rows:
            wanted = str(row["match"]).casefold()
            if any(wanted in n for n in names):
                return str(row["user"])
        return None
    if by == "region":
        value = client.region if client else None
    else:
        value = getattr(ctx.record, "source", None) or (client.source if client else None)
    if value is None:
        return None
    for row in rows:
        if _same(str(row["match"]), str(value)):
            return str(row["user"])
    return None


def _product_names(ctx: Ctx) -> list[str]:
    s, record = ctx.s, ctx.record
    if ctx.entity == "order":
        query = select(OrderLine.description).where(OrderLine.order_id == record.id)
    elif ctx.entity == "invoice":
        query = select(SalesDocumentLine.description).where(
            SalesDocumentLine.document_id == record.id)
    elif ctx.entity == "deal":
        query = select(SalesDocumentLine.description).join(
            SalesDocument, SalesDocument.id == SalesDocumentLine.document_id).where(
            SalesDocument.deal_id == record.id)
    elif ctx.entity == "claim" and record.product_id:
        query = select(Product.name).where(Product.id == record.product_id)
    else:
        return []
    return [str(n) for n in s.scalars(query)]


def _assignee(ctx: Ctx, login: str) -> User | None:
    if login == "responsible":
        responsible = getattr(ctx.record, responsible_field(ctx.entity), None)
        if responsible is None and ctx.client is not None:
            responsible = ctx.client.responsible_id
        if responsible is None:
            responsible = user_id_of(ctx.s)
        return ctx.users.get(responsible) if responsible else None
    user = ctx.user(login)
    if user is None:
        raise ActionFailed(NO_USER, login=login)
    return user


def _set_field(ctx: Ctx, action: dict[str, Any]) -> None:
    name = action["field"]
    info = R.field_info(ctx.entity, name)
    assert info is not None
    value = action.get("value")
    if isinstance(value, str) and "{" in value:
        value = fill(ctx, value)
    value = R.coerce(info, value)
    if not ctx.dry:
        if name.startswith(R.CUSTOM):
            client = ctx.client
            if client is None:
                raise ActionFailed(NO_CLIENT)
            client.custom_fields = {**(client.custom_fields or {}),
                                    name[len(R.CUSTOM):]: value}
            ctx.touched.append(client.id)
        else:
            column = ctx.record.__table__.c[name]
            python_type = getattr(column.type, "python_type", str)
            if info.kind == "choice":
                enum_type = getattr(column.type, "enum_class", None)
                value = enum_type(value) if enum_type is not None else value
            elif info.kind == "number" and value is not None:
                value = int(value)
            elif info.kind == "datetime" and value is not None:
                value = datetime(value.year, value.month, value.day, tzinfo=UTC)
            elif python_type is str and value is not None:
                value = str(value)[: getattr(column.type, "length", None) or 10_000]
            setattr(ctx.record, name, value)
            ctx.touched.append(ctx.record.id)
    ctx.did(DID_SET, field=name, value="" if value is None else str(getattr(value, "value",
                                                                           value)))


def _assign(ctx: Ctx, action: dict[str, Any]) -> None:
    user, how = _pick(ctx, action)
    if user is None and action.get("default"):
        fallback = _available(ctx, [action["default"]])
        user = fallback[0] if fallback else None
    if user is None:
        ctx.did(NOBODY)
        return
    if not ctx.dry:
        setattr(ctx.record, responsible_field(ctx.entity), user.id)
        ctx.touched.append(ctx.record.id)
    ctx.did(DID_ASSIGN, user=user.full_name, how=how)
    ctx.effects[-1]["assigned"] = user.id.hex


def _event_links(ctx: Ctx) -> dict[str, Any]:
    client = ctx.client
    return {"client_id": client.id if client else None,
            "deal_id": ctx.record.id if ctx.entity == "deal" else (
                ctx.made_deal or getattr(ctx.record, "deal_id", None)),
            "claim_id": ctx.record.id if ctx.entity == "claim" else None}


def _create_task(ctx: Ctx, action: dict[str, Any]) -> None:
    user = _assignee(ctx, action.get("assignee", "responsible"))
    subject = fill(ctx, action["subject"])[:255]
    now = utcnow()
    due = now + timedelta(days=int(action.get("days", 0)))
    kind = action["kind"]
    event_type = EventType(action.get("type", "call")) if kind == "create_event" \
        else EventType.TASK
    if not ctx.dry:
        start = due if kind == "create_event" else now
        row = Event(type=event_type, subject=subject, start_at=start, due_at=due,
                    status=EventStatus.PLANNED, responsible_id=user.id if user else None,
                    content=f"{ctx.rule.name}", **_event_links(ctx))
        ctx.s.add(row)
        ctx.s.flush()
        ctx.touched.append(row.id)
    who = user.full_name if user else "-"
    if kind == "create_event":
        ctx.did(DID_EVENT, type=event_type.value, subject=subject, user=who, when=due.date())
    else:
        ctx.did(DID_TASK, subject=subject, user=who, due=due.date())


def _create_deal(ctx: Ctx, action: dict[str, Any]) -> None:
    from crm_desktop.services.sales.deals import moves
    from crm_desktop.services.sales.deals.pipelines import default_pipeline, find_pipeline

    client = ctx.client
    if client is None:
        raise ActionFailed(NO_CLIENT)
    name = (action.get("pipeline") or "").strip()
    info = find_pipeline(ctx.s, name) if name else default_pipeline(ctx.s)
    stage_name = (action.get("stage") or "").strip()
    stage = info.find_stage(stage_name) if stage_name else (
        info.open_stages[0] if info.open_stages else None)
    if stage is None:
        raise ActionFailed(NO_STAGE, pipeline=info.name, stage=stage_name or "(first)")
    title = fill(ctx, action["title"])[:255] or client.short_name
    amount = R.coerce(R.FieldInfo("amount", "money"), action.get("amount", 0) or 0)
    if not ctx.dry:
        deal = moves.create_deal(ctx.s, moves.NewDeal(
            client_id=client.id, title=title, amount=amount, currency=client.currency,
            pipeline_id=info.id, stage_id=stage.id,
            responsible_id=client.responsible_id or user_id_of(ctx.s), source="automation"))
        ctx.made_deal = deal.id
        ctx.touched.append(deal.id)
    ctx.did(DID_DEAL, title=title, pipeline=info.name, stage=stage.name)


def _move_stage(ctx: Ctx, action: dict[str, Any]) -> None:
    from crm_desktop.services.sales.deals import moves
    from crm_desktop.services.sales.deals.pipelines import pipeline

    info = pipeline(ctx.s, ctx.record.pipeline_id)
    stage = info.find_stage(action["stage"])
    if stage is None:
        raise ActionFailed(NO_STAGE, pipeline=info.name, stage=action["stage"])
    if not ctx.dry:
        moves.move_deal(ctx.s, ctx.record.id, stage.id)
        ctx.touched.append(ctx.record.id)
    ctx.did(DID_MOVE, stage=stage.name)


def _tag(ctx: Ctx, action: dict[str, Any]) -> None:
    client = ctx.client
    if client is None:
        raise ActionFailed(NO_CLIENT)
    name = action["tag"].strip()
    if not ctx.dry:
        if action["kind"] == "add_tag":
            tag = ctx.s.scalar(select(Tag).where(Tag.name == name))
            if tag is None:
                tag = Tag(name=name)
                ctx.s.add(tag)
            client.tags = [*client.tags, tag]
        else:
            client.tags = [t for t in client.tags if t.name != name]
        ctx.touched.append(client.id)
    ctx.did(DID_TAG if action["kind"] == "add_tag" else DID_UNTAG, tag=name)


def _send_email(ctx: Ctx, action: dict[str, Any]) -> None:
    from crm_desktop.services.mail import document_mail, templates
    from crm_desktop.services.mail import outbox as mail

    client = ctx.client
    if client is None:
        raise ActionFailed(NO_CLIENT)
    purpose = action.get("purpose", "quote")
    document = _document_for(ctx, purpose)
    attachments: list[tuple[str, bytes, str]] = []
    if document is not None and not ctx.dry:
        draft = document_mail.prepare(ctx.s, document.id)
        to, subject, body = draft.to, draft.subject, draft.body
        attachments = [(draft.attachment_name, draft.pdf, "application/pdf")]
    else:
        subject, body = templates.template(ctx.s, client.language or "en", purpose)
        values = {"client": client.short_name, "company": "", "document": "",
                  "invoice_number": "", "total": placeholder_values(ctx)["amount"]}
        manager = ctx.users.get(client.responsible_id) if client.responsible_id else None
        if manager is not None:
            values["manager_name"] = manager.full_name
            values["manager_signature"] = manager.email_signature or manager.full_name
        subject, body = templates.render(subject, values), templates.render(body, values)
        to = document_mail.contact_addresses(ctx.s, client.id)[:1]
    if not to:
        raise ActionFailed(NO_ADDRESS, client=client.short_name)
    if not ctx.dry:
        message = mail.compose(mail.load_settings(ctx.s), to, subject, body, attachments)
        row = mail.enqueue(ctx.s, message, client.id, document.id if document else None)
        ctx.touched.append(row.id)
    ctx.did(DID_MAIL, subject=subject, to=", ".join(to))


def _document_for(ctx: Ctx, purpose: str) -> SalesDocument | None:
    if ctx.entity == "invoice":
        found: SalesDocument = ctx.record
        return found
    deal_id = ctx.record.id if ctx.entity == "deal" else getattr(ctx.record, "deal_id", None)
    if deal_id is None or purpose == "reminder":
        return None
    kind = DocumentKind.INVOICE if purpose == "invoice" else DocumentKind.QUOTE
    return ctx.s.scalar(select(SalesDocument).where(
        SalesDocument.deal_id == deal_id, SalesDocument.kind == kind,
        SalesDocument.deleted_at.is_(None)).order_by(SalesDocument.created_at.desc()).limit(1))


def _notify(ctx: Ctx, action: dict[str, Any]) -> None:
    user = _assignee(ctx, action.get("user", "responsible"))
    text = fill(ctx, action["text"])[:255]
    if not ctx.dry and user is not None:
        now = utcnow()
        row = Event(type=EventType.NOTE, subject=text, start_at=now, remind_at=now,
                    status=EventStatus.PLANNED, responsible_id=user.id,
                    content=ctx.rule.name, **_event_links(ctx))
        ctx.s.add(row)
        ctx.s.flush()
        ctx.touched.append(row.id)
    ctx.did(DID_NOTIFY, user=user.full_name if user else "-", text=text)


def _letter(ctx: Ctx, action: dict[str, Any]) -> None:
    """A document from a text template (a letter, a contract's cover, an act): the title and
    the text filled with the record's values, printed to a PDF in the bundled font and kept
    with the client's files (and the claim's, for a claim)."""
    from crm_desktop.services.core.attachments import store_content
    from crm_desktop.services.documents.pdf import build_pdf, make_styles, paragraph

    client = ctx.client
    if client is None:
        raise ActionFailed(NO_CLIENT)
    title = fill(ctx, action["title"]).strip()[:200] or ctx.rule.name
    if not ctx.dry:
        styles = make_styles()
        story = [paragraph(title, styles.title, "title")]
        story += [paragraph(part, styles.base, "text")
                  for part in fill(ctx, action["text"]).split("\n\n")]
        pdf = build_pdf(story, title, ctx.rule.name)
        safe = "".join(c if c.isalnum() or c in " -_.,()" else "_" for c in title).strip()
        row = store_content(ctx.s, f"{safe or 'document'}.pdf", pdf, client_id=client.id,
                            claim_id=ctx.record.id if ctx.entity == "claim" else None)
        ctx.touched.append(row.id)
    ctx.did(DID_LETTER, title=title, client=client.short_name)


def _create_document(ctx: Ctx, action: dict[str, Any]) -> None:
    from crm_desktop.services.sales.numbering import next_number

    if action.get("document") == "letter":
        _letter(ctx, action)
        return
    quote = _document_for(ctx, "quote")
    if quote is None:
        raise ActionFailed(NO_QUOTE)
    kind = DocumentKind(action.get("document", "invoice"))
    today = date.today()
    number = "…"
    if not ctx.dry:
        number = next_number(ctx.s, "INV" if kind == DocumentKind.INVOICE else "QT", today.year)
        made = SalesDocument(
            kind=kind, number=number, issue_date=today, due_date=quote.due_date,
            client_id=quote.client_id, deal_id=quote.deal_id, manager_id=quote.manager_id,
            currency=quote.currency, language=quote.language, vat_included=quote.vat_included,
            status=DocumentStatus.DRAFT, net_total=quote.net_total, vat_total=quote.vat_total,
            total=quote.total, notes=quote.notes)
        ctx.s.add(made)
        ctx.s.flush()
        for line in quote.lines:
            ctx.s.add(SalesDocumentLine(
                document_id=made.id, line_no=line.line_no, product_id=line.product_id,
                description=line.description, quantity=line.quantity, unit=line.unit,
                price=line.price, discount_pct=line.discount_pct, vat_rate=line.vat_rate,
                net_amount=line.net_amount, vat_amount=line.vat_amount, total=line.total))
        ctx.touched.append(made.id)
    ctx.did(DID_DOCUMENT, kind=kind.value, number=number, source=quote.number)


def _webhook(ctx: Ctx, action: dict[str, Any]) -> None:
    url = action["url"]
    if not R.webhooks_on(ctx.s):
        ctx.did(HOOKS_OFF, url=url)
        return
    body = action.get("body") or {}
    payload = json.dumps({k: fill(ctx, str(v)) for k, v in body.items()}
                         | {"rule": ctx.rule.name, "entity": ctx.entity,
                            "record": ctx.record.id.hex}, ensure_ascii=False)
    if ctx.dry:
        ctx.did(DID_HOOK, url=url, status="(dry run)")
        return
    import httpx

    reason = ""
    for _attempt in range(int(action.get("retries", 2)) + 1):
        try:
            answer = httpx.post(url, content=payload.encode(), timeout=int(
                action.get("timeout", 5)), headers={"Content-Type": "application/json"})
        except httpx.HTTPError as exc:
            reason = f"{type(exc).__name__}: {exc}"
            continue
        if answer.status_code < 500:
            if answer.status_code >= 400:
                raise ActionFailed(HOOK_FAILED, url=url, reason=f"HTTP {answer.status_code}")
            ctx.did(DID_HOOK, url=url, status=answer.status_code)
            return
        reason = f"HTTP {answer.status_code}"
    raise ActionFailed(HOOK_FAILED, url=url, reason=reason)


ACTION_RUNNERS = {"set_field": _set_field, "assign": _assign, "create_task": _create_task,
                  "create_event": _create_task, "create_deal": _create_deal,
                  "move_stage": _move_stage, "add_tag": _tag, "remove_tag": _tag,
                  "send_email": _send_email, "notify": _notify,
                  "create_document": _create_document, "webhook": _webhook}


def run_actions(ctx: Ctx) -> None:
    for action in ctx.rule.actions:
        ACTION_RUNNERS[action["kind"]](ctx, action)


# -- firing ---------------------------------------------------------------------------------------
def triggered(rule: R.RuleData, note: Note, s: Session) -> bool:
    trigger = rule.trigger
    kind = trigger.get("kind")
    if kind == "created":
        return note.created
    if kind == "field_changed":
        name = trigger["field"]
        if name not in note.changed:
            return False
        if trigger.get("to") is None:
            return True
        info = R.field_info(rule.entity, name)
        assert info is not None
        ctx = Ctx(s, rule, rule.entity, None)
        return _same(norm(ctx, info, note.changed[name][1]), R.coerce(info, trigger["to"]))
    if kind == "stage_entered":
        if not (note.created or "stage_id" in note.changed):
            return False
        deal = s.get(Deal, note.record_id)
        if deal is None or deal.stage is None:
            return False
        wanted = str(trigger["stage"]).strip().casefold()
        return wanted in (deal.stage.name.casefold(), (deal.stage.key or "").casefold(),
                          deal.stage_id.hex)
    return False


def fire_key(rule: R.RuleData, note: Note) -> str:
    kind = rule.trigger.get("kind")
    if kind == "created":
        return "created"
    if kind == "stage_entered":
        new = note.changed.get("stage_id", (None, None))[1]
        return f"stage:{getattr(new, 'hex', '')}@{note.stamp}"
    name = rule.trigger.get("field", "")
    new = note.changed.get(name, (None, None))[1]
    return f"changed:{name}={str(getattr(new, 'value', new))[:80]}@{note.stamp}"[:255]


def _logged(s: Session, rule_id: uuid.UUID, record_id: uuid.UUID, key: str) -> bool:
    return s.scalar(select(AutomationRun.id).where(
        AutomationRun.rule_id == rule_id, AutomationRun.record_id == record_id,
        AutomationRun.fire_key == key).limit(1)) is not None


def _log(s: Session, rule: R.RuleData, entity: str, record_id: uuid.UUID, key: str,
         status: str, depth: int, effects: list[dict[str, Any]], touched: list[uuid.UUID],
         error: str | None = None) -> AutomationRun:
    assert rule.id is not None
    row = AutomationRun(rule_id=rule.id, entity=entity, record_id=record_id, fire_key=key,
                        status=status, depth=depth, effects=effects,
                        touched=" ".join(dict.fromkeys(t.hex for t in touched)), error=error)
    s.add(row)
    return row


def execute(s: Session, state: State, rule: R.RuleData, entity: str, record: Any, key: str,
            depth: int, note: Note | None = None,
            users: dict[uuid.UUID, User] | None = None) -> AutomationRun:
    """Run the rule's actions on one record (a savepoint: a failing action undoes this rule's
    changes only) and log the run."""
    assert rule.id is not None
    mark = len(state.pending)
    effects: list[dict[str, Any]] = []
    state.current = (rule.id, depth)  # what the flushes note was done by this rule
    try:
        with s.begin_nested():
            done = _apply(s, rule, entity, record, key, depth, note, users, effects)
            s.flush()  # the changes and their log row in one flush
        return done
    except Exception as exc:  # any failure of an action is the run's logged error
        error = str(exc) or type(exc).__name__
        del state.pending[mark:]  # the changes it noted were rolled back
        if isinstance(exc, CrmError):  # kept as a code too: shown in the reader's language
            effects.append({"code": exc.code, "text": error, "error": True,
                            "params": {k: _jsonable(v) for k, v in exc.params.items()}})
        return _log(s, rule, entity, record.id, key, "error", depth, effects, [], error)
    finally:
        state.current = None


def _apply(s: Session, rule: R.RuleData, entity: str, record: Any, key: str,
           depth: int, note: Note | None, users: dict[uuid.UUID, User] | None,
           effects: list[dict[str, Any]] | None = None) -> AutomationRun:
    """The actions and their log row, without a savepoint of their own (the caller holds
    one and sets `state.current`); raises what an action raised."""
    ctx = Ctx(s, rule, entity, record, note=note, _users=users)
    if effects is not None:
        ctx.effects = effects
    run_actions(ctx)
    return _log(s, rule, entity, record.id, key, "done", depth, ctx.effects, ctx.touched)


def consider(s: Session, state: State, rule: R.RuleData, note: Note, today: date) -> None:
    if rule.id is None or note.origin == rule.id or not triggered(rule, note, s):
        return
    key = fire_key(rule, note)
    marker = (rule.id, note.record_id, key)
    if marker in state.fired:
        return
    record = load(s, note.entity, note.record_id)
    if record is None:
        return
    ctx = Ctx(s, rule, note.entity, record, note=note)
    if not conditions_hold(ctx, today):
        return
    state.fired.add(marker)
    if _logged(s, rule.id, note.record_id, key):
        return
    depth = note.depth + 1
    if depth > MAX_DEPTH:
        _log(s, rule, note.entity, note.record_id, key, "stopped", depth,
             [{"code": STOPPED.code, "text": str(Message(STOPPED, limit=MAX_DEPTH)),
               "params": {"limit": MAX_DEPTH}}], [],
             str(Message(STOPPED, limit=MAX_DEPTH)))
        return
    execute(s, state, rule, note.entity, record, key, depth, note)


ON_SAVE = ("created", "field_changed", "stage_entered")


def process(s: Session, state: State) -> None:
    """Run the rules that the unit of work's changes fire (called by the hook at commit)."""
    kinds = recorded(s)
    if not state.pending and not kinds & {Change.CLIENTS, Change.DEALS}:
        return
    found, runner = _cached(s)
    if not runs_here(s, runner):
        state.pending.clear()
        return
    by_entity: dict[str, list[R.RuleData]] = {}
    for rule in found:
        if rule.trigger.get("kind") in ON_SAVE:
            by_entity.setdefault(rule.entity, []).append(rule)
    if not by_entity:
        state.pending.clear()
        return
    today = date.today()
    state.running = True
    try:
        s.flush()
        _bulk_created(s, state, by_entity)
        seen = 0
        while state.pending:
            if seen >= MAX_NOTES:
                log.warning("automation: %d changes looked at in one unit of work; the rest "
                            "fire no rules", seen)
                break
            batch, state.pending = state.pending, []
            seen += len(batch)
            for note in batch:
                for rule in by_entity.get(note.entity, ()):
                    consider(s, state, rule, note, today)
            s.flush()
    finally:
        state.running = False
        state.pending.clear()


def _bulk_created(s: Session, state: State, by_entity: dict[str, list[R.RuleData]]) -> None:
    """Clients and deals bulk-inserted by this unit of work (an import) are new records too."""
    kinds = recorded(s)
    since = state.started - timedelta(seconds=5)
    noted = {(n.entity, n.record_id) for n in state.pending if n.created}
    for entity, model, kind in (("client", Client, Change.CLIENTS), ("deal", Deal, Change.DEALS)):
        if kind not in kinds or not any(r.trigger.get("kind") == "created"
                                        for r in by_entity.get(entity, ())):
            continue
        until = utcnow() + timedelta(seconds=1)  # rows dated in the future are not new
        for record_id in s.scalars(select(model.id).where(
                model.updated_at >= since, model.created_at >= since,
                model.created_at <= until, model.deleted_at.is_(None)).limit(MAX_NOTES)):
            if (entity, record_id) not in noted:
                state.pending.append(Note(entity, record_id, True, {}, ""))


# -- date rules -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SweepReport:
    rules: int
    candidates: int
    fired: int
    errors: int
    pruned: int = 0


def due(s: Session, rule: R.RuleData, today: date) -> Iterator[tuple[uuid.UUID, str]]:
    """(record id, firing key) of the records a date rule is due for today."""
    kind = rule.trigger.get("kind")
    model = R.ENTITIES[rule.entity]
    live = [model.deleted_at.is_(None), *prefilter(rule, model)]
    if rule.entity == "invoice":
        live.append(model.kind == DocumentKind.INVOICE)
    if kind == "date":
        offset = int(rule.trigger.get("offset_days", 0))
        column = model.__table__.c[rule.trigger["field"]]
        newest, oldest = today - timedelta(days=offset), \
            today - timedelta(days=offset + GRACE_DAYS - 1)
        if isinstance(R.column_type(column), DateTime):
            low: Any = datetime(oldest.year, oldest.month, oldest.day, tzinfo=UTC)
            high: Any = datetime(newest.year, newest.month, newest.day, tzinfo=UTC) + \
                timedelta(days=1)
            where = [column >= low, column < high]
        else:
            where = [column >= oldest, column <= newest]
        for record_id, value in s.execute(select(model.id, column).where(*live, *where)):
            day = value.astimezone(UTC).date() if isinstance(value, datetime) else value
            yield record_id, f"date:{(day + timedelta(days=offset)).isoformat()}"
        return
    days = int(rule.trigger["days"])
    limit = datetime(today.year, today.month, today.day, tzinfo=UTC) - timedelta(days=days)
    if kind == "no_purchase":
        last = (select(SalesDocument.client_id, func.max(SalesDocument.issue_date).label("last"))
                .where(SalesDocument.kind == DocumentKind.INVOICE,
                       SalesDocument.status == DocumentStatus.PAID,
                       SalesDocument.deleted_at.is_(None))
                .group_by(SalesDocument.client_id).subquery())
        rows = s.execute(select(Client.id, last.c.last).join(last, last.c.client_id == Client.id)
                         .where(*live, last.c.last <= limit.date()))
        for record_id, when in rows:
            yield record_id, f"no_purchase:{when}"
        return
    # no activity: no event (call, meeting, e-mail, task…) for `days`
    link = Event.client_id if rule.entity == "client" else Event.deal_id
    last = (select(link.label("owner"), func.max(Event.start_at).label("last"))
            .where(link.is_not(None), Event.deleted_at.is_(None), Event.start_at <= utcnow())
            .group_by(link).subquery())
    query = select(model.id, last.c.last, model.created_at).outerjoin(
        last, last.c.owner == model.id).where(*live, or_(
            last.c.last <= limit, (last.c.last.is_(None)) & (model.created_at <= limit)))
    if rule.entity == "deal":
        query = query.where(Deal.status == DealStatus.OPEN)
    for record_id, when, created in s.execute(query):
        moment = when or created
        stamp = moment.date().isoformat() if isinstance(moment, datetime) else str(moment)[:10]
        yield record_id, f"idle:{stamp}"


def run_due(s: Session, today: date | None = None, *, prune_days: int | None = None
            ) -> SweepReport:
    """Evaluate the enabled date rules now (date ± N days, no activity, no purchase); each
    fires once per record and date. Needs EDIT_AUTOMATION (or the AUTOMATION actor)."""
    require(s, Permission.EDIT_AUTOMATION)
    today = today or date.today()
    state = state_of(s)
    rules = [r for r in R.list_rules(s, enabled_only=True)
             if r.trigger.get("kind") in R.DATE_TRIGGERS]
    candidates = fired = errors = 0
    for rule in rules:
        assert rule.id is not None
        done = set(s.execute(select(AutomationRun.record_id, AutomationRun.fire_key).where(
            AutomationRun.rule_id == rule.id, AutomationRun.fire_key.not_like("changed:%")))
            )
        todo = [(rid, key) for rid, key in due(s, rule, today) if (rid, key) not in done]
        candidates += len(todo)
        model = R.ENTITIES[rule.entity]
        table = model.__table__
        # The conditions are read from plain rows (no ORM objects for the many that do not
        # match); only a deal's stage or pipeline name needs the object.
        needs_object = any(item.get("field") in ("stage", "pipeline")
                           for item in rule.conditions.get("items", []))
        users: dict[uuid.UUID, User] | None = None
        columns = [table.c[name] for name in _read_columns(rule)]
        for chunk in _chunks(todo, 500):
            ids = [rid for rid, _ in chunk]
            rows: dict[uuid.UUID, Any] = (
                {r.id: r for r in s.scalars(select(model).where(model.id.in_(ids)))}
                if needs_object else
                {r.id: r for r in s.execute(select(*columns).where(table.c.id.in_(ids)))})
            matched = []
            for record_id, key in chunk:
                row = rows.get(record_id)
                if row is None:
                    continue
                ctx = Ctx(s, rule, rule.entity, row, _users=users)
                held = conditions_hold(ctx, today)
                users = ctx._users
                if held:
                    matched.append((record_id, key))
            if not matched:
                continue
            objects = {r.id: r for r in s.scalars(select(model).where(
                model.id.in_([rid for rid, _ in matched])))} if not needs_object else rows
            records = [(objects[rid], key) for rid, key in matched
                       if rid in objects and objects[rid].deleted_at is None]
            ok, failed = _run_batch(s, state, rule, records, users)
            fired += ok + failed
            errors += failed
    pruned = prune(s, prune_days) if prune_days is not None else 0
    return SweepReport(len(rules), candidates, fired, errors, pruned)


def sweep_here(database: Any) -> SweepReport | None:
    """The program's own hourly sweep of the date rules, when rules run in this program (on a
    single computer; a copy that syncs leaves them to the team server): None when not."""
    if database.read_only:
        return None
    with database.session(AUTOMATION) as s:
        _found, runner = _cached(s)
        if not runs_here(s, runner):
            return None
        return run_due(s, prune_days=DEFAULT_KEEP_DAYS)


def prefilter(rule: R.RuleData, model: Any) -> list[Any]:
    """SQL that narrows a date rule's candidates by its simple conditions (every candidate
    is still checked in Python, so this only has to keep every record that could match):
    with "all", on choice, number and money columns, and on text compared with an ASCII
    value (SQLite lowers only ASCII letters)."""
    if rule.conditions.get("match") == "any":
        return []
    table = model.__table__
    found: list[Any] = []
    for item in rule.conditions.get("items", []):
        name, op, value = str(item.get("field", "")), item.get("op"), item.get("value")
        info = R.field_info(rule.entity, name)
        if info is None or name not in table.c or name.startswith(R.CUSTOM):
            continue
        column = table.c[name]
        if op == "empty" and info.kind != "text":
            found.append(column.is_(None) if value else column.is_not(None))
        elif op in ("greater", "less") and info.kind in ("money", "number"):
            limit = R.coerce(info, value)
            found.append(column > limit if op == "greater" else column < limit)
        elif op in ("equals", "in") and info.kind in ("choice", "text", "money", "number"):
            values = value if op == "in" else [value]
            if info.kind == "text":
                texts = [str(v).strip().casefold() for v in values]
                if all(v.isascii() for v in texts):
                    found.append(func.lower(func.trim(column)).in_(texts))
            elif info.kind == "choice":
                found.append(column.in_([str(v) for v in values]))
            else:
                found.append(column.in_([R.coerce(info, v) for v in values]))
    return found


def _read_columns(rule: R.RuleData) -> list[str]:
    """The columns a rule's conditions read (a sweep reads only these for its candidates)."""
    table = R.ENTITIES[rule.entity].__table__
    names = {"id"}
    for item in rule.conditions.get("items", []):
        name = str(item.get("field", ""))
        if name.startswith(R.CUSTOM):
            names.add("custom_fields" if rule.entity == "client" else "client_id")
        elif name in table.c:
            names.add(name)
    return sorted(names)


def _run_batch(s: Session, state: State, rule: R.RuleData, records: list[tuple[Any, str]],
               users: dict[uuid.UUID, User] | None) -> tuple[int, int]:
    """Fire a date rule on many records under one savepoint (SQLite spends more on a savepoint
    than on a small run); if any action fails, the batch is undone and each record runs under
    its own savepoint, so the failure is logged for that record only. (done, failed)"""
    if not records:
        return 0, 0
    assert rule.id is not None
    mark = len(state.pending)
    state.current = (rule.id, 1)
    try:
        with s.begin_nested():
            made = [_apply(s, rule, rule.entity, record, key, 1, None, users)
                    for record, key in records]
            s.flush()
        for row in (*made, *(record for record, _key in records)):
            if row in s and row not in s.dirty:
                s.expunge(row)  # written: the next batches' flushes need not look at it
        return len(records), 0
    except Exception:  # some action failed: run them one by one to log which
        del state.pending[mark:]
    finally:
        state.current = None
    failed = 0
    for record, key in records:
        current = load(s, rule.entity, record.id)
        if current is None:
            continue
        failed += execute(s, state, rule, rule.entity, current, key, 1,
                          users=users).status == "error"
    return len(records) - failed, failed


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def manual_rules(s: Session, entity: str) -> list[tuple[uuid.UUID, str]]:
    """The switched-on rules a person starts by hand on a record of this kind (a card's
    Automation button), by name."""
    return sorted(((r.id, r.name) for r in R.list_rules(s, enabled_only=True)
                   if r.id is not None and r.entity == entity
                   and r.trigger.get("kind") == "manual"), key=lambda x: x[1].casefold())


def run_manual(s: Session, rule_id: uuid.UUID, record_id: uuid.UUID) -> AutomationRun:
    """Run a rule on one record now, whatever its conditions: a person asked for it (the run
    is logged like any other). Anyone may start a switched-on manual rule; any other rule only
    who edits rules (the head of sales, the admin: trying one out)."""
    rule = next((r for r in R.list_rules(s) if r.id == rule_id), None)
    if rule is None:
        raise CrmError(R.RULE_NOT_FOUND, rule=str(rule_id))
    if not (rule.enabled and rule.trigger.get("kind") == "manual"):
        require(s, Permission.EDIT_AUTOMATION)
    record = load(s, rule.entity, record_id)
    if record is None:
        raise CrmError(NOT_MANUAL, rule=rule.name, entity=rule.entity)
    run = execute(s, state_of(s), rule, rule.entity, record, f"manual:{new_id().hex}", 1)
    s.flush()  # a failed run's log row too: the caller shows it
    return run


# -- dry run --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DryMatch:
    record_id: uuid.UUID
    label: str
    effects: tuple[str, ...]
    error: str | None = None
    details: tuple[dict[str, Any], ...] = ()  # code and parameters of each effect


@dataclass(frozen=True)
class DryRun:
    rule: str
    checked: int
    matches: tuple[DryMatch, ...]


def dry_run(s: Session, rule: R.RuleData | dict[str, Any], *, limit: int = 200,
            scan: int = 20_000, today: date | None = None) -> DryRun:
    """Which existing records the rule would match and what it would do to each: nothing is
    written (every action runs in its describing mode; callers read in a read-only unit)."""
    data = rule if isinstance(rule, R.RuleData) else R.check_rule(rule)
    if data.id is None:
        data = replace(data, id=uuid.UUID(int=0))
    today = today or date.today()
    model = R.ENTITIES[data.entity]
    if data.trigger.get("kind") in R.DATE_TRIGGERS:
        ids = [rid for rid, _key in due(s, data, today)][:scan]
    else:
        query = select(model.id).where(model.deleted_at.is_(None))
        if data.entity == "invoice":
            query = query.where(model.kind == DocumentKind.INVOICE)
        ids = list(s.scalars(query.order_by(model.updated_at.desc()).limit(scan)))
    matches: list[DryMatch] = []
    state = state_of(s)
    state.running = True  # nothing here fires rules
    checked = 0
    try:
        for chunk in _chunks(ids, 500):
            for record in s.scalars(select(model).where(model.id.in_(chunk))):
                checked += 1
                ctx = Ctx(s, data, data.entity, record, dry=True)
                if not _trigger_now(ctx) or not conditions_hold(ctx, today):
                    continue
                error = None
                try:
                    run_actions(ctx)  # describing mode: the actions write nothing
                except Exception as exc:  # shown beside the record, as a run would log
                    error = str(exc)
                matches.append(DryMatch(record.id, label_of(data.entity, record),
                                        tuple(e["text"] for e in ctx.effects), error,
                                        tuple(ctx.effects)))
                if len(matches) >= limit:
                    break
            if len(matches) >= limit:
                break
    finally:
        state.running = False
        state.pending.clear()
    return DryRun(data.name, checked, tuple(matches))


def _trigger_now(ctx: Ctx) -> bool:
    """For a dry run: a field trigger "to a value" or a stage trigger holds as things are."""
    trigger = ctx.rule.trigger
    if trigger.get("kind") == "field_changed" and trigger.get("to") is not None:
        info = R.field_info(ctx.entity, trigger["field"])
        assert info is not None
        return _same(value_of(ctx, trigger["field"]), R.coerce(info, trigger["to"]))
    if trigger.get("kind") == "stage_entered":
        stage = ctx.record.stage
        wanted = str(trigger["stage"]).strip().casefold()
        return stage is not None and wanted in (stage.name.casefold(),
                                                (stage.key or "").casefold())
    return True


# -- the log: reading, "why did this happen?", pruning, distribution ------------------------------
@dataclass(frozen=True)
class RunView:
    id: uuid.UUID
    ran_at: datetime
    rule_id: uuid.UUID
    rule: str
    entity: str
    record_id: uuid.UUID
    status: str
    depth: int
    effects: tuple[dict[str, Any], ...]
    error: str | None
    on_this_record: bool = True
    record: str = ""  # the record's name, title or number

    @property
    def summary(self) -> str:
        return self.error or "; ".join(str(e.get("text", "")) for e in self.effects)


_LABELS = {"client": "short_name", "deal": "title", "order": "number", "claim": "number",
           "invoice": "number", "event": "subject"}


def _labels(s: Session, wanted: dict[str, set[uuid.UUID]]) -> dict[uuid.UUID, str]:
    found: dict[uuid.UUID, str] = {}
    for entity, ids in wanted.items():
        model = R.ENTITIES[entity]
        column = getattr(model, _LABELS[entity])
        for chunk in _chunks(list(ids), 500):
            found.update({rid: str(text) for rid, text in s.execute(
                select(model.id, column).where(model.id.in_(chunk)))})
    return found


def _views(s: Session, query: Any, record_id: uuid.UUID | None = None) -> list[RunView]:
    rows = s.execute(query.add_columns(AutomationRule.name).join(
        AutomationRule, AutomationRule.id == AutomationRun.rule_id)).all()
    wanted: dict[str, set[uuid.UUID]] = {}
    for r, _name in rows:
        wanted.setdefault(r.entity, set()).add(r.record_id)
    labels = _labels(s, wanted)
    return [RunView(r.id, r.ran_at, r.rule_id, name, r.entity, r.record_id, r.status, r.depth,
                    tuple(r.effects or ()), r.error,
                    record_id is None or r.record_id == record_id,
                    labels.get(r.record_id, r.record_id.hex[:8])) for r, name in rows]


def runs(s: Session, *, limit: int = 500, rule_id: uuid.UUID | None = None,
         status: str | None = None) -> list[RunView]:
    """The newest runs first (the run log window)."""
    query = select(AutomationRun)
    if rule_id is not None:
        query = query.where(AutomationRun.rule_id == rule_id)
    if status:
        query = query.where(AutomationRun.status == status)
    return _views(s, query.order_by(AutomationRun.ran_at.desc()).limit(limit))


def run_view(s: Session, run_id: uuid.UUID) -> RunView:
    """One run as the log shows it (a card that ran a rule by hand says what it did)."""
    return _views(s, select(AutomationRun).where(AutomationRun.id == run_id))[0]


def why(s: Session, record_id: uuid.UUID) -> list[RunView]:
    """Why did this happen? Every run on this record, and every run whose actions wrote it
    (a deal a rule opened, a task it set), newest first."""
    query = select(AutomationRun).where(or_(
        AutomationRun.record_id == record_id,
        AutomationRun.touched.contains(record_id.hex))).order_by(AutomationRun.ran_at.desc())
    return _views(s, query, record_id)


def why_visible(s: Session, record_id: uuid.UUID) -> list[RunView]:
    """`why` for the team server: only runs on records the caller may see (row-level security
    decides what `load` finds)."""
    seen: dict[tuple[str, uuid.UUID], bool] = {}
    out = []
    for view in why(s, record_id):
        key = (view.entity, view.record_id)
        if key not in seen:
            seen[key] = load(s, view.entity, view.record_id) is not None
        if seen[key]:
            out.append(view)
    return out


def run_views(data: list[dict[str, Any]]) -> list[RunView]:
    """Runs as the team server answered them (JSON) back into views for the log window."""
    views = []
    for item in data:
        views.append(RunView(
            uuid.UUID(item["id"]), datetime.fromisoformat(item["ran_at"]),
            uuid.UUID(item["rule_id"]), str(item["rule"]), str(item["entity"]),
            uuid.UUID(item["record_id"]), str(item["status"]), int(item["depth"]),
            tuple(item.get("effects") or ()), item.get("error"),
            bool(item.get("on_this_record", True)), str(item.get("record", ""))))
    return views


def prune(s: Session, days: int = DEFAULT_KEEP_DAYS) -> int:
    """Delete runs older than `days` (the log is local and kept by age)."""
    cutoff = utcnow() - timedelta(days=max(days, GRACE_DAYS + 1))
    result = s.execute(delete(AutomationRun).where(AutomationRun.ran_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)


@dataclass(frozen=True)
class ManagerLoad:
    user_id: uuid.UUID
    login: str
    name: str
    absent: bool
    assigned: int  # records the rules assigned to them since the date
    open_deals: int
    leads: int  # clients in the lead status they are responsible for


def distribution(s: Session, since: date) -> list[ManagerLoad]:
    """Who got how many leads and deals from the distribution rules since `since`, beside
    their open deals and leads now (for the head of sales)."""
    start = datetime(since.year, since.month, since.day, tzinfo=UTC)
    assigned: dict[str, int] = {}
    for (effects,) in s.execute(select(AutomationRun.effects).where(
            AutomationRun.ran_at >= start, AutomationRun.status == "done")):
        for effect in effects or ():
            if isinstance(effect, dict) and effect.get("assigned"):
                assigned[effect["assigned"]] = assigned.get(effect["assigned"], 0) + 1
    deals = dict(s.execute(select(Deal.responsible_id, func.count()).where(
        Deal.status == DealStatus.OPEN, Deal.deleted_at.is_(None))
        .group_by(Deal.responsible_id)).all())
    from crm_desktop.models import ClientStatus

    leads = dict(s.execute(select(Client.responsible_id, func.count()).where(
        Client.status == ClientStatus.LEAD, Client.deleted_at.is_(None))
        .group_by(Client.responsible_id)).all())
    absent = R.absent_logins(s)
    users = s.scalars(select(User).where(User.deleted_at.is_(None), User.active.is_(True))
                      .order_by(User.full_name))
    return [ManagerLoad(u.id, u.login, u.full_name, u.login in absent, assigned.get(u.id.hex, 0),
                        deals.get(u.id, 0), leads.get(u.id, 0)) for u in users]

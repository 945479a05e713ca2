"""What a rule may say, checked before it is stored: entities, fields, triggers, conditions
and actions come from fixed lists; texts are templates with `{name}` placeholders that are
looked up, never evaluated. Saving, switching on and off, export and import of rule files.

A rule as JSON (the export file holds a list of these under "rules"):

    {"name": "Big deals to the head of sales", "entity": "deal", "enabled": true,
     "trigger": {"kind": "created"},
     "conditions": {"match": "all", "items": [{"field": "amount", "op": "greater",
                                               "value": 100000}]},
     "actions": [{"kind": "assign", "how": "person", "user": "head"}]}
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from string import Formatter
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, Numeric, select
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from crm_desktop.models import (
    AutomationRule,
    Claim,
    Client,
    Deal,
    Event,
    EventType,
    Order,
    SalesDocument,
    User,
)
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require
from crm_desktop.services.core.settings import get_setting, set_setting

BAD_RULE = error_code("automation.bad_rule", "Rule {rule}: {problem}")
BAD_FILE = error_code("automation.bad_file", "The rule file {path} was refused whole, nothing "
                      "was imported: {problem}")
RULE_NOT_FOUND = error_code("automation.rule_not_found", "No rule {rule}")

ENTITIES: dict[str, type[Any]] = {"client": Client, "deal": Deal, "order": Order,
                                  "claim": Claim, "invoice": SalesDocument, "event": Event}
# Columns a rule never reads or writes: keys, stamps, derived data.
_HIDDEN = {"id", "changed_by", "deleted_at", "updated_at", "name_key", "merged_into_id",
           "custom_fields", "kind", "search_terms"}
_READ_ONLY = {"created_at", "number", "client_id", "pipeline_id", "stage_id", "status",
              "stage_entered_at", "closed_at", "net_total", "vat_total", "total"}
CUSTOM = "custom."

TRIGGERS = ("created", "field_changed", "stage_entered", "date", "no_activity", "no_purchase",
            "manual")
DATE_TRIGGERS = ("date", "no_activity", "no_purchase")
OPERATORS = ("equals", "not", "in", "empty", "greater", "less", "changed_to", "days_since")
ACTIONS = ("set_field", "assign", "create_task", "create_event", "create_deal", "move_stage",
           "add_tag", "remove_tag", "send_email", "notify", "create_document", "webhook")
ASSIGN_HOW = ("person", "round_robin", "least_busy", "table")
TABLE_BY = ("region", "source", "amount", "product")
MAIL_PURPOSES = ("quote", "invoice", "reminder")
DOCUMENT_KINDS = ("quote", "invoice", "letter")  # a letter: a PDF from a text template
EVENT_TYPES = tuple(t.value for t in EventType)
MAX_ACTIONS = 20
MAX_CONDITIONS = 20
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


# -- fields ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldInfo:
    name: str
    kind: str  # text, number, money, date, datetime, bool, user, choice, ref
    choices: tuple[str, ...] = ()
    writable: bool = True


def column_type(column: Any) -> Any:
    """The stored type of a column (the implementation of a decorated type such as UTC
    datetimes)."""
    stored = column.type
    return stored.impl if isinstance(stored, TypeDecorator) else stored


@cache
def fields_of(entity: str) -> dict[str, FieldInfo]:
    """The fields a rule on `entity` may name (columns; user references by login). Cached:
    callers must not change the answer."""
    model = ENTITIES[entity]
    found: dict[str, FieldInfo] = {}
    for column in model.__table__.columns:
        if column.name in _HIDDEN:
            continue
        kind = "text"
        choices: tuple[str, ...] = ()
        stored = column_type(column)
        if column.foreign_keys:
            target = next(iter(column.foreign_keys)).column.table.name
            kind = "user" if target == "users" else "ref"
        elif isinstance(stored, Boolean):
            kind = "bool"
        elif isinstance(stored, Enum):
            kind, choices = "choice", tuple(stored.enums)
        elif isinstance(stored, Numeric):
            kind = "money"
        elif isinstance(stored, Integer):
            kind = "number"
        elif isinstance(stored, DateTime):
            kind = "datetime"
        elif isinstance(stored, Date):
            kind = "date"
        if kind == "ref":
            continue  # ids: nothing a person compares (a deal's stage and pipeline by name)
        found[column.name] = FieldInfo(column.name, kind, choices,
                                       column.name not in _READ_ONLY and kind != "ref")
    if entity == "deal":
        found["stage"] = FieldInfo("stage", "text", writable=False)  # the stage's name
        found["pipeline"] = FieldInfo("pipeline", "text", writable=False)
    return found


def field_info(entity: str, name: str) -> FieldInfo | None:
    if name.startswith(CUSTOM):
        key = name[len(CUSTOM):]
        return FieldInfo(name, "text") if _NAME.match(key) else None
    return fields_of(entity).get(name)


def coerce(info: FieldInfo, value: Any) -> Any:
    """A rule's literal as the field's kind of value; ValueError when it cannot be one."""
    if value is None:
        return None
    if info.kind in ("money", "number"):
        if isinstance(value, bool):
            raise ValueError("not a number")
        try:
            number = Decimal(str(value).replace(" ", "").replace(",", "."))
        except InvalidOperation:
            raise ValueError(f"{value!r} is not a number") from None
        if not number.is_finite():
            raise ValueError(f"{value!r} is not a number")
        return number
    if info.kind in ("date", "datetime"):
        return date.fromisoformat(str(value)[:10])
    if info.kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "yes", "1"):
            return True
        if text in ("false", "no", "0"):
            return False
        raise ValueError(f"{value!r} is not yes or no")
    if info.kind == "choice" and info.choices and str(value) not in info.choices:
        raise ValueError(f"{value!r} is not one of {', '.join(info.choices)}")
    if not isinstance(value, str | int | float):
        raise ValueError(f"{value!r} is not a plain value")
    return str(value)


# -- templates ------------------------------------------------------------------------------------
COMMON_PLACEHOLDERS = ("client", "manager", "today", "rule", "title", "number", "amount",
                       "stage", "record")


def template_names(text: str) -> list[str]:
    """The placeholders of a text template; ValueError for a stray brace, a format spec or a
    conversion (a template is looked up name by name, never formatted or evaluated)."""
    names = []
    for _literal, name, spec, conversion in Formatter().parse(text):
        if name is None:
            continue
        if spec or conversion or not name:
            raise ValueError(f"{{{name}}}: only plain {{name}} placeholders are allowed")
        names.append(name)
    return names


def check_template(entity: str, text: Any, what: str) -> None:
    if not isinstance(text, str):
        raise ValueError(f"{what} must be text")
    try:
        names = template_names(text)
    except ValueError as exc:
        raise ValueError(f"{what}: {exc}") from None
    for name in names:
        if name not in COMMON_PLACEHOLDERS and field_info(entity, name) is None:
            raise ValueError(f"{what}: unknown placeholder {{{name}}}")


# -- the rule as data -----------------------------------------------------------------------------
@dataclass(frozen=True)
class RuleData:
    """A checked rule (what the editor edits and the engine runs)."""

    name: str
    entity: str
    trigger: dict[str, Any]
    conditions: dict[str, Any]
    actions: list[dict[str, Any]]
    enabled: bool = False
    id: uuid.UUID | None = None
    position: int = 0
    template: str | None = None
    description: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "entity": self.entity,
                               "enabled": self.enabled, "trigger": self.trigger,
                               "conditions": self.conditions, "actions": self.actions}
        if self.template:
            out["template"] = self.template
        if self.description:
            out["description"] = self.description
        return out


def _int(value: Any, what: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{what} must be a whole number from {low} to {high}")
    return value


def _text(value: Any, what: str, *, empty: bool = False, limit: int = 500) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()) or len(value) > limit:
        raise ValueError(f"{what} must be text" + ("" if empty else ", not empty")
                         + f", at most {limit} characters")
    return value


def _only(data: dict[str, Any], allowed: set[str], what: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValueError(f"{what}: unknown key {', '.join(unknown)}")


def _check_trigger(entity: str, trigger: Any) -> dict[str, Any]:
    if not isinstance(trigger, dict):
        raise ValueError("the trigger must be an object with a kind")
    kind = trigger.get("kind")
    if kind not in TRIGGERS:
        raise ValueError(f"unknown trigger {kind!r}; use one of: {', '.join(TRIGGERS)}")
    if kind in ("created", "manual"):
        _only(trigger, {"kind"}, "trigger")
    elif kind == "field_changed":
        _only(trigger, {"kind", "field", "to"}, "trigger")
        info = field_info(entity, str(trigger.get("field", "")))
        if info is None:
            raise ValueError(f"a {entity} has no field {trigger.get('field')!r}")
        if trigger.get("to") is not None:
            coerce(info, trigger["to"])
    elif kind == "stage_entered":
        _only(trigger, {"kind", "stage"}, "trigger")
        if entity != "deal":
            raise ValueError("only a deal enters a stage")
        _text(trigger.get("stage"), "the stage", limit=100)
    elif kind == "date":
        _only(trigger, {"kind", "field", "offset_days"}, "trigger")
        info = field_info(entity, str(trigger.get("field", "")))
        if info is None or info.kind not in ("date", "datetime"):
            raise ValueError(f"{trigger.get('field')!r} is not a date field of a {entity}")
        _int(trigger.get("offset_days", 0), "the days before or after", -3650, 3650)
    else:
        _only(trigger, {"kind", "days"}, "trigger")
        if entity not in ("client", "deal") or (kind == "no_purchase" and entity != "client"):
            raise ValueError(f"{kind} applies to a client" + (" or a deal" if kind ==
                                                              "no_activity" else ""))
        _int(trigger.get("days"), "the number of days", 1, 3650)
    return dict(trigger)


def _check_conditions(entity: str, conditions: Any) -> dict[str, Any]:
    if conditions in (None, {}):
        return {"match": "all", "items": []}
    if not isinstance(conditions, dict):
        raise ValueError("the conditions must be an object with match and items")
    _only(conditions, {"match", "items"}, "conditions")
    if conditions.get("match", "all") not in ("all", "any"):
        raise ValueError("conditions match all or any")
    items = conditions.get("items", [])
    if not isinstance(items, list) or len(items) > MAX_CONDITIONS:
        raise ValueError(f"the conditions are a list of at most {MAX_CONDITIONS}")
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise ValueError(f"condition {n} must be an object")
        _only(item, {"field", "op", "value"}, f"condition {n}")
        info = field_info(entity, str(item.get("field", "")))
        if info is None:
            raise ValueError(f"condition {n}: a {entity} has no field {item.get('field')!r}")
        op = item.get("op")
        if op not in OPERATORS:
            raise ValueError(f"condition {n}: unknown operator {op!r}; use one of: "
                             f"{', '.join(OPERATORS)}")
        value = item.get("value")
        try:
            if op == "in":
                if not isinstance(value, list) or not value:
                    raise ValueError("in needs a list of values")
                for v in value:
                    coerce(info, v)
            elif op == "empty":
                if not isinstance(value, bool):
                    raise ValueError("empty is true or false")
            elif op == "days_since":
                if info.kind not in ("date", "datetime"):
                    raise ValueError(f"{info.name} is not a date")
                _int(value, "days since", 0, 36500)
            elif op in ("greater", "less") and info.kind not in ("money", "number", "date",
                                                                  "datetime"):
                raise ValueError(f"{info.name} is not a number or a date")
            else:
                coerce(info, value)
        except ValueError as exc:
            raise ValueError(f"condition {n}: {exc}") from None
    return {"match": conditions.get("match", "all"), "items": items}


_ACTION_KEYS: dict[str, set[str]] = {
    "set_field": {"field", "value"},
    "assign": {"how", "user", "users", "by", "rows", "default"},
    "create_task": {"subject", "days", "assignee"},
    "create_event": {"type", "subject", "days", "assignee"},
    "create_deal": {"pipeline", "stage", "title", "amount"},
    "move_stage": {"stage"},
    "add_tag": {"tag"},
    "remove_tag": {"tag"},
    "send_email": {"purpose", "subject", "body"},
    "notify": {"user", "text"},
    "create_document": {"document", "title", "text"},
    "webhook": {"url", "body", "timeout", "retries"},
}


def _login(value: Any, what: str) -> str:
    return _text(value, what, limit=64)


def _check_action(entity: str, n: int, action: Any) -> dict[str, Any]:
    if not isinstance(action, dict):
        raise ValueError(f"action {n} must be an object with a kind")
    kind = action.get("kind")
    if kind not in ACTIONS:
        raise ValueError(f"action {n}: unknown action {kind!r}; use one of: {', '.join(ACTIONS)}")
    _only(action, {"kind"} | _ACTION_KEYS[kind], f"action {n}")
    try:
        if kind == "set_field":
            info = field_info(entity, str(action.get("field", "")))
            if info is None or not info.writable or info.kind == "user":
                raise ValueError(f"a rule cannot set {action.get('field')!r} of a {entity}")
            if isinstance(action.get("value"), str) and "{" in action["value"]:
                check_template(entity, action["value"], "the value")
            else:
                coerce(info, action.get("value"))
        elif kind == "assign":
            how = action.get("how")
            if how not in ASSIGN_HOW:
                raise ValueError(f"assign how: one of {', '.join(ASSIGN_HOW)}")
            if how == "person":
                _login(action.get("user"), "the person")
            elif how in ("round_robin", "least_busy"):
                users = action.get("users")
                if not isinstance(users, list) or not users:
                    raise ValueError("name the managers to share among")
                for u in users:
                    _login(u, "a manager")
            else:
                if action.get("by") not in TABLE_BY:
                    raise ValueError(f"a table by one of {', '.join(TABLE_BY)}")
                rows = action.get("rows")
                if not isinstance(rows, list) or not rows:
                    raise ValueError("the table needs rows")
                for row in rows:
                    if not isinstance(row, dict) or set(row) != {"match", "user"}:
                        raise ValueError("each table row has match and user")
                    _login(row["user"], "a manager")
                    if action["by"] == "amount":
                        coerce(FieldInfo("amount", "money"), row["match"])
                    else:
                        _text(row["match"], "a row's match", limit=200)
            if action.get("default") is not None:
                _login(action["default"], "the default manager")
        elif kind in ("create_task", "create_event"):
            check_template(entity, _text(action.get("subject"), "the subject"), "the subject")
            _int(action.get("days", 0), "the days", 0, 3650)
            assignee = action.get("assignee", "responsible")
            _login(assignee, "who does it")
            if kind == "create_event" and action.get("type", "call") not in EVENT_TYPES:
                raise ValueError(f"an event type is one of {', '.join(EVENT_TYPES)}")
        elif kind == "create_deal":
            _text(action.get("pipeline", ""), "the pipeline", empty=True, limit=100)
            _text(action.get("stage", ""), "the stage", empty=True, limit=100)
            check_template(entity, _text(action.get("title"), "the title"), "the title")
            if action.get("amount") is not None:
                coerce(FieldInfo("amount", "money"), action["amount"])
        elif kind == "move_stage":
            if entity != "deal":
                raise ValueError("only a deal moves between stages")
            _text(action.get("stage"), "the stage", limit=100)
        elif kind in ("add_tag", "remove_tag"):
            _text(action.get("tag"), "the tag", limit=100)
        elif kind == "send_email":
            if action.get("purpose", "quote") not in MAIL_PURPOSES:
                raise ValueError(f"an e-mail template is one of {', '.join(MAIL_PURPOSES)}")
        elif kind == "notify":
            _login(action.get("user", "responsible"), "who is told")
            check_template(entity, _text(action.get("text"), "the text"), "the text")
        elif kind == "create_document":
            if action.get("document", "invoice") not in DOCUMENT_KINDS:
                raise ValueError(f"a document is one of {', '.join(DOCUMENT_KINDS)}")
            if action.get("document") == "letter":  # any record with a client
                check_template(entity, _text(action.get("title"), "the title", limit=200),
                               "the title")
                check_template(entity, _text(action.get("text"), "the text", limit=20_000),
                               "the text")
            elif entity != "deal":
                raise ValueError("a quote or invoice is made from a deal's latest quote")
        elif kind == "webhook":
            url = _text(action.get("url"), "the URL", limit=2000)
            if not url.startswith(("https://", "http://")):
                raise ValueError("a web hook URL starts with https:// or http://")
            body = action.get("body", {})
            if not isinstance(body, dict) or len(body) > 50:
                raise ValueError("the body is an object of at most 50 names and texts")
            for name, value in body.items():
                _text(name, "a name in the body", limit=100)
                check_template(entity, _text(value, f"the body's {name}", empty=True,
                                             limit=2000), f"the body's {name}")
            _int(action.get("timeout", 5), "the timeout (seconds)", 1, 60)
            _int(action.get("retries", 2), "the retries", 0, 5)
    except ValueError as exc:
        raise ValueError(f"action {n} ({kind}): {exc}") from None
    return dict(action)


def check_rule(data: Any) -> RuleData:
    """A rule from JSON-like data, checked whole; ValidationError `automation.bad_rule`."""
    name = data.get("name") if isinstance(data, dict) else None
    label = name if isinstance(name, str) and name.strip() else "(no name)"
    try:
        if not isinstance(data, dict):
            raise ValueError("a rule is an object")
        _only(data, {"name", "entity", "enabled", "trigger", "conditions", "actions",
                     "template", "description", "id", "position"}, "rule")
        _text(data.get("name"), "the name", limit=200)
        entity = data.get("entity")
        if entity not in ENTITIES:
            raise ValueError(f"unknown entity {entity!r}; use one of: {', '.join(ENTITIES)}")
        trigger = _check_trigger(entity, data.get("trigger"))
        conditions = _check_conditions(entity, data.get("conditions"))
        actions = data.get("actions")
        if not isinstance(actions, list) or not actions or len(actions) > MAX_ACTIONS:
            raise ValueError(f"a rule has from 1 to {MAX_ACTIONS} actions")
        checked = [_check_action(entity, n, a) for n, a in enumerate(actions, 1)]
        enabled = data.get("enabled", False)
        if not isinstance(enabled, bool):
            raise ValueError("enabled is true or false")
        rule_id = uuid.UUID(str(data["id"])) if data.get("id") else None
    except (ValueError, TypeError) as exc:
        raise ValidationError(BAD_RULE, rule=label, problem=str(exc)) from None
    return RuleData(str(name).strip(), entity, trigger, conditions, checked, enabled, rule_id,
                    int(data.get("position", 0) or 0), data.get("template"),
                    data.get("description"))


def _data(row: AutomationRule) -> RuleData:
    return RuleData(row.name, row.entity, dict(row.trigger), dict(row.conditions),
                    list(row.actions), row.enabled, row.id, row.position, row.template,
                    row.description)


# -- reading and writing rules --------------------------------------------------------------------
def list_rules(s: Session, *, enabled_only: bool = False) -> list[RuleData]:
    query = select(AutomationRule).where(AutomationRule.deleted_at.is_(None))
    if enabled_only:
        query = query.where(AutomationRule.enabled.is_(True))
    return [_data(r) for r in s.scalars(query.order_by(AutomationRule.position,
                                                       AutomationRule.name))]


def find_rule(s: Session, ref: str) -> RuleData:
    """A rule by id (or its first 8+ hex digits) or by name (any case)."""
    wanted = ref.strip()
    for rule in list_rules(s):
        hexid = rule.id.hex if rule.id else ""
        if (len(wanted) >= 8 and hexid.startswith(wanted.replace("-", "").lower())) \
                or rule.name.casefold() == wanted.casefold():
            return rule
    raise CrmError(RULE_NOT_FOUND, rule=ref)


def save_rule(s: Session, rule: RuleData | dict[str, Any]) -> uuid.UUID:
    """Create or replace a rule (checked whole); needs EDIT_AUTOMATION."""
    require(s, Permission.EDIT_AUTOMATION)
    data = check_rule(rule.as_json() | ({"id": str(rule.id)} if rule.id else {})
                      if isinstance(rule, RuleData) else rule)
    row = s.get(AutomationRule, data.id) if data.id else None
    if row is None or row.deleted_at is not None:
        row = AutomationRule(id=data.id) if data.id else AutomationRule()
        row.position = data.position or _max_position(s) + 1
        s.add(row)
    row.name, row.entity, row.enabled = data.name, data.entity, data.enabled
    row.trigger, row.conditions, row.actions = data.trigger, data.conditions, data.actions
    row.template, row.description = data.template, data.description
    s.flush()
    return row.id


def _max_position(s: Session) -> int:
    found = s.scalar(select(AutomationRule.position).order_by(AutomationRule.position.desc())
                     .limit(1))
    return int(found or 0)


def set_enabled(s: Session, rule_id: uuid.UUID, enabled: bool) -> None:
    require(s, Permission.EDIT_AUTOMATION)
    row = s.get(AutomationRule, rule_id)
    if row is None or row.deleted_at is not None:
        raise CrmError(RULE_NOT_FOUND, rule=str(rule_id))
    row.enabled = enabled


def delete_rule(s: Session, rule_id: uuid.UUID) -> None:
    require(s, Permission.EDIT_AUTOMATION)
    row = s.get(AutomationRule, rule_id)
    if row is None or row.deleted_at is not None:
        raise CrmError(RULE_NOT_FOUND, rule=str(rule_id))
    from crm_desktop.models import utcnow

    row.deleted_at = utcnow()
    row.enabled = False


# -- files ----------------------------------------------------------------------------------------
FORMAT = "crm-desktop-rules"


def export_rules(s: Session, path: Path) -> int:
    rules = [r.as_json() for r in list_rules(s)]
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "rules": rules},
                               ensure_ascii=False, indent=2), encoding="utf-8")
    return len(rules)


def read_rule_file(path: Path) -> list[RuleData]:
    """Every rule of a file, checked; one bad rule refuses the file whole (automation.bad_file)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(BAD_FILE, path=str(path), problem=str(exc)) from None
    except ValueError as exc:
        raise ValidationError(BAD_FILE, path=str(path), problem=f"not JSON ({exc})") from None
    rules = data.get("rules") if isinstance(data, dict) else data
    if not isinstance(rules, list):
        raise ValidationError(BAD_FILE, path=str(path), problem="no list of rules")
    checked = []
    for n, item in enumerate(rules, 1):
        try:
            checked.append(check_rule(item))
        except ValidationError as exc:
            raise ValidationError(BAD_FILE, path=str(path),
                                  problem=f"rule {n}: {exc}") from None
    names = [r.name.casefold() for r in checked]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ValidationError(BAD_FILE, path=str(path), problem=f"the name {twice[0]!r} is "
                              "used twice")
    return checked


def import_rules(s: Session, path: Path) -> tuple[int, int]:
    """Add the file's rules, replacing rules of the same name: (added, replaced). The whole
    file or nothing."""
    require(s, Permission.EDIT_AUTOMATION)
    incoming = read_rule_file(path)
    by_name = {r.name.casefold(): r for r in list_rules(s)}
    added = replaced = 0
    for rule in incoming:
        old = by_name.get(rule.name.casefold())
        data = rule.as_json()
        if old is not None:
            data["id"] = str(old.id)
            replaced += 1
        else:
            added += 1
        save_rule(s, data)
    return added, replaced


# -- built-in templates ---------------------------------------------------------------------------
def reactivation_rule(days: int = 180, pipeline: str = "", stage: str = "",
                      task_days: int = 1) -> dict[str, Any]:
    """A customer with no paid invoice for `days` goes back to the start of `pipeline` (empty:
    the default) as a new deal, with a task for its manager."""
    return {
        "name": f"Reactivation after {days} days", "entity": "client", "enabled": False,
        "template": "reactivation",
        "trigger": {"kind": "no_purchase", "days": days},
        "conditions": {"match": "all", "items": []},
        "actions": [
            {"kind": "create_deal", "pipeline": pipeline, "stage": stage,
             "title": "Reactivation: {client}"},
            {"kind": "create_task", "subject": "Call {client}: no purchase for a long time",
             "days": task_days, "assignee": "responsible"},
        ],
    }


def distribution_rule(entity: str, users: list[str]) -> dict[str, Any]:
    """New leads (clients) or deals without a manager shared round-robin among `users`."""
    return {
        "name": f"Distribute new {entity}s", "entity": entity, "enabled": False,
        "template": "distribution",
        "trigger": {"kind": "created"},
        "conditions": {"match": "all", "items": []},
        "actions": [{"kind": "assign", "how": "round_robin", "users": users}],
    }


TEMPLATES = ("reactivation", "distribution")


# -- settings: absences, where rules run, web hooks -----------------------------------------------
ABSENT_KEY = "automation.absent"
RUNNER_KEY = "automation.runner"  # "desktop" (this computer) or "server" (the team server)
WEBHOOKS_KEY = "automation.webhooks"  # web hooks are off until switched on
RUNNERS = ("desktop", "server")
BAD_RUNNER = error_code("automation.bad_runner", "Rules run on the desktop or the server, not "
                        "{value}")


def absent_logins(s: Session) -> set[str]:
    value = get_setting(s, ABSENT_KEY, [])
    return {str(v) for v in value} if isinstance(value, list) else set()


def set_absent(s: Session, logins: list[str]) -> None:
    """Managers away (vacation, sick leave): distribution skips them."""
    require(s, Permission.EDIT_AUTOMATION)
    known = set(s.scalars(select(User.login)))
    set_setting(s, ABSENT_KEY, sorted({x for x in logins if x in known}))


def runner(s: Session) -> str:
    value = get_setting(s, RUNNER_KEY, "desktop")
    return value if value in RUNNERS else "desktop"


def set_runner(s: Session, value: str) -> None:
    require(s, Permission.EDIT_AUTOMATION)
    if value not in RUNNERS:
        raise ValidationError(BAD_RUNNER, value=value)
    set_setting(s, RUNNER_KEY, value)


def webhooks_on(s: Session) -> bool:
    return get_setting(s, WEBHOOKS_KEY, False) is True


def set_webhooks(s: Session, on: bool) -> None:
    require(s, Permission.EDIT_AUTOMATION)
    set_setting(s, WEBHOOKS_KEY, bool(on))


# -- what the editor offers -----------------------------------------------------------------------
@dataclass(frozen=True)
class Choices:
    users: tuple[tuple[str, str], ...]  # (login, full name) of active users
    pipelines: tuple[tuple[str, tuple[str, ...]], ...]  # (name, stage names in order)
    absent: frozenset[str]
    runner: str
    webhooks: bool


def editor_choices(s: Session) -> Choices:
    """The people, pipelines and settings the rules editor's drop-downs offer."""
    from crm_desktop.services.sales.deals.pipelines import pipelines

    users = tuple((u.login, u.full_name) for u in s.scalars(
        select(User).where(User.deleted_at.is_(None), User.active.is_(True))
        .order_by(User.full_name)))
    return Choices(users, tuple((p.name, tuple(st.name for st in p.stages))
                                for p in pipelines(s)),
                   frozenset(absent_logins(s)), runner(s), webhooks_on(s))

"""The words of the rules editor: entities, triggers, operators and actions as plain words,
and a rule read aloud as one sentence ("If a deal is created and its amount is over …")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.automation import rules


def _t(context: str, text: str) -> str:
    """QCoreApplication.translate under a short name; lupdate reads `_t` calls as translate
    calls (scripts/update_translations.py passes -tr-function-alias translate+=_t), so the
    context is written out at every call."""
    return QCoreApplication.translate(context, text)


def entity_names() -> dict[str, str]:
    return {
        "client": _t("automation", "a client"),
        "deal": _t("automation", "a deal"),
        "order": _t("automation", "an order"),
        "claim": _t("automation", "a claim"),
        "invoice": _t("automation", "an invoice"),
        "event": _t("automation", "an event"),
    }


def trigger_names() -> dict[str, str]:
    return {
        "created": _t("automation", "is created"),
        "field_changed": _t("automation", "has a field changed"),
        "stage_entered": _t("automation", "enters the stage"),
        "date": _t("automation", "reaches a date"),
        "no_activity": _t("automation", "has had no activity for"),
        "no_purchase": _t("automation", "has bought nothing (no paid invoice) for"),
        "manual": _t("automation", "is picked by hand"),
    }


def operator_names() -> dict[str, str]:
    return {
        "equals": _t("automation", "is"),
        "not": _t("automation", "is not"),
        "in": _t("automation", "is one of"),
        "empty": _t("automation", "is empty"),
        "greater": _t("automation", "is more than"),
        "less": _t("automation", "is less than"),
        "changed_to": _t("automation", "changed to"),
        "days_since": _t("automation", "was at least N days ago"),
    }


def action_names() -> dict[str, str]:
    return {
        "set_field": _t("automation", "set a field"),
        "assign": _t("automation", "assign a manager"),
        "create_task": _t("automation", "create a task"),
        "create_event": _t("automation", "plan an event"),
        "create_deal": _t("automation", "open a deal"),
        "move_stage": _t("automation", "move the deal to a stage"),
        "add_tag": _t("automation", "add a tag"),
        "remove_tag": _t("automation", "remove a tag"),
        "send_email": _t("automation", "queue an e-mail from a template"),
        "notify": _t("automation", "notify a user in the program"),
        "create_document": _t("automation", "make a document (quote copy or letter)"),
        "webhook": _t("automation", "call a web hook"),
    }


def assign_names() -> dict[str, str]:
    return {
        "person": _t("automation", "to a person"),
        "round_robin": _t("automation", "in turn (round-robin) among"),
        "least_busy": _t("automation", "to the least busy of"),
        "table": _t("automation", "by a table"),
    }


def how_names() -> dict[str, str]:
    """How a run picked a manager, as its log says it ("assigned to Aigerim (round-robin)")."""
    return {
        "person": _t("automation", "fixed person"),
        "round_robin": _t("automation", "round-robin"),
        "least_busy": _t("automation", "least busy"),
        "table": _t("automation", "by a table"),
    }


def field_words() -> dict[str, str]:
    """The fields a rule may name, as a person calls them (the stored column names otherwise)."""
    return {
        "address": _t("automation", "address"), "amount": _t("automation", "amount"),
        "chain_id": _t("automation", "chain"), "city": _t("automation", "city"),
        "claim_date": _t("automation", "claim date"),
        "claimant_kind": _t("automation", "kind of claimant"),
        "closed_at": _t("automation", "closing time"), "comment": _t("automation", "comment"),
        "completed_at": _t("automation", "completion time"),
        "confirmed_at": _t("automation", "confirmation time"),
        "content": _t("automation", "content"), "country": _t("automation", "country"),
        "created_at": _t("automation", "creation time"),
        "culprit_id": _t("automation", "person at fault"),
        "currency": _t("automation", "currency"), "department": _t("automation", "department"),
        "direction": _t("automation", "direction"), "due_at": _t("automation", "due time"),
        "due_date": _t("automation", "due date"), "end_at": _t("automation", "end time"),
        "essence": _t("automation", "essence"),
        "expected_close": _t("automation", "expected close"),
        "full_name": _t("automation", "full name"),
        "investigating_at": _t("automation", "investigation start"),
        "issue_date": _t("automation", "issue date"), "language": _t("automation", "language"),
        "legal_address": _t("automation", "legal address"),
        "loss_comment": _t("automation", "loss comment"),
        "loss_reason": _t("automation", "loss reason"), "manager_id": _t("automation", "manager"),
        "net_total": _t("automation", "net total"), "notes": _t("automation", "notes"),
        "number": _t("automation", "number"), "order_date": _t("automation", "order date"),
        "pipeline": _t("automation", "pipeline"), "probability": _t("automation", "probability"),
        "region": _t("automation", "region"),
        "registered_at": _t("automation", "registration time"),
        "rejected_at": _t("automation", "rejection time"), "remedy": _t("automation", "remedy"),
        "remind_at": _t("automation", "reminder time"),
        "resolution": _t("automation", "resolution"),
        "resolved_at": _t("automation", "resolution time"),
        "responsible_id": _t("automation", "responsible"), "result": _t("automation", "result"),
        "satisfaction": _t("automation", "satisfaction"),
        "severity": _t("automation", "severity"), "short_name": _t("automation", "name"),
        "source": _t("automation", "source"), "stage": _t("automation", "stage"),
        "stage_entered_at": _t("automation", "time in the stage since"),
        "start_at": _t("automation", "start time"), "status": _t("automation", "status"),
        "status_changed_at": _t("automation", "status change time"),
        "subject": _t("automation", "subject"), "tax_id": _t("automation", "tax ID"),
        "tax_id_2": _t("automation", "second tax ID"), "title": _t("automation", "title"),
        "total": _t("automation", "total"), "type": _t("automation", "type"),
        "vat_included": _t("automation", "VAT included"),
        "vat_total": _t("automation", "VAT total"), "website": _t("automation", "website"),
    }


def field_name(name: str) -> str:
    if name.startswith(rules.CUSTOM):
        return _t("automation", "custom field {name}").format(name=name[len(rules.CUSTOM):])
    return field_words().get(name) or name.replace("_id", "").replace("_", " ")


def _who(value: Any, people: dict[str, str]) -> str:
    if value == "responsible":
        return _t("automation", "the record's manager")
    return people.get(str(value), str(value))


def action_sentence(action: dict[str, Any], people: dict[str, str] | None = None) -> str:
    people = people or {}
    kind = action.get("kind", "")
    name = action_names().get(kind, kind)
    if kind == "set_field":
        return _t("automation", "set {field} to {value}").format(
            field=field_name(str(action.get("field"))), value=action.get("value")
        )
    if kind == "assign":
        how = action.get("how", "person")
        who = (
            _who(action.get("user"), people)
            if how == "person"
            else ", ".join(_who(u, people) for u in action.get("users") or [])
        )
        if how == "table":
            who = _t("automation", "{by}").format(by=action.get("by", ""))
        return _t("automation", "assign {how} {who}").format(
            how=assign_names().get(how, how), who=who
        )
    if kind in ("create_task", "create_event"):
        return _t("automation", '{what} "{subject}", due in {days} days, for {who}').format(
            what=name,
            subject=action.get("subject", ""),
            days=action.get("days", 0),
            who=_who(action.get("assignee", "responsible"), people),
        )
    if kind == "create_deal":
        return _t("automation", 'open a deal "{title}" in {pipeline}').format(
            title=action.get("title", ""),
            pipeline=action.get("pipeline") or _t("automation", "the default pipeline"),
        )
    if kind == "move_stage":
        return _t("automation", "move the deal to {stage}").format(stage=action.get("stage", ""))
    if kind in ("add_tag", "remove_tag"):
        return f"{name} {action.get('tag', '')}"
    if kind == "send_email":
        return _t("automation", 'queue the "{purpose}" e-mail to the client').format(
            purpose=action.get("purpose", "quote")
        )
    if kind == "notify":
        return _t("automation", "tell {who}: {text}").format(
            who=_who(action.get("user", "responsible"), people), text=action.get("text", "")
        )
    if kind == "webhook":
        return _t("automation", "call {url}").format(url=action.get("url", ""))
    if kind == "create_document":
        if action.get("document") == "letter":
            return _t("automation", 'print the letter "{title}" to the client\'s files').format(
                title=action.get("title", ""))
        return _t("automation", "make a {document} from the deal's latest quote").format(
            document=action.get("document", "invoice"))
    return name


def rule_sentence(data: dict[str, Any], people: dict[str, str] | None = None) -> str:
    """The rule read as one sentence, the way the editor shows it under the drop-downs."""
    entity = entity_names().get(data.get("entity", ""), "")
    trigger = data.get("trigger") or {}
    kind = trigger.get("kind", "")
    words = trigger_names().get(kind, kind)
    if kind == "field_changed":
        words = _t("automation", "has {field} changed").format(
            field=field_name(str(trigger.get("field")))
        )
        if trigger.get("to") not in (None, ""):
            words += " " + _t("automation", "to {value}").format(value=trigger["to"])
    elif kind == "stage_entered":
        words += f" {trigger.get('stage', '')}"
    elif kind == "date":
        offset = int(trigger.get("offset_days", 0))
        words = _t("automation", "is {days} days {side} its {field}").format(
            days=abs(offset),
            side=_t("automation", "after") if offset >= 0 else _t("automation", "before"),
            field=field_name(str(trigger.get("field"))),
        )
    elif kind in ("no_activity", "no_purchase"):
        words += " " + _t("automation", "{days} days").format(days=trigger.get("days", 0))
    text = _t("automation", "If {entity} {trigger}").format(entity=entity, trigger=words)
    conditions = (data.get("conditions") or {}).get("items") or []
    if conditions:
        joiner = (
            _t("automation", " or ")
            if (data.get("conditions") or {}).get("match") == "any"
            else _t("automation", " and ")
        )
        parts = []
        for item in conditions:
            op = item.get("op", "")
            value = item.get("value")
            shown = ", ".join(map(str, value)) if isinstance(value, list) else value
            if op == "empty":
                shown = "" if value else _t("automation", "(no)")
            parts.append(
                f"{field_name(str(item.get('field')))} "
                f"{operator_names().get(op, op)} {shown}".strip()
            )
        text += _t("automation", ", when ") + joiner.join(parts)
    actions = [action_sentence(a, people) for a in data.get("actions") or []]
    return text + _t("automation", ", then ") + _t("automation", "; ").join(actions) + "."

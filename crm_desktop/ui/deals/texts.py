"""Translated words of the deals screens: required-field names and the deals' refusals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.core.errors import CrmError, ErrorCode, Message
from crm_desktop.ui.kit.errors import error_text, message_text


def field_name(key: str) -> str:
    tr = QCoreApplication
    return {
        "amount": tr.translate("deals", "amount"),
        "expected_close": tr.translate("deals", "expected close date"),
        "contact": tr.translate("deals", "contact person"),
        "source": tr.translate("deals", "source"),
        "responsible": tr.translate("deals", "responsible"),
        "client_terms": tr.translate("deals", "the client's terms of sale"),
    }.get(key, key)


def mode_name(mode: str) -> str:
    tr = QCoreApplication
    return {"strict": tr.translate("deals", "Strict: no skipped stage, required fields"),
            "manual": tr.translate("deals", "Manual: any move, warnings"),
            "none": tr.translate("deals", "No pipeline: interactions only")}.get(mode, mode)


def rule_text(code: ErrorCode, params: dict[str, Any]) -> str:
    """A broken rule (a refusal or a manual pipeline's warning) in the interface language; the
    missing fields by their translated names."""
    if code.code == "move_missing_fields" and "keys" in params:
        return QCoreApplication.translate("deals", "To enter {0}, fill in first: {1}").format(
            params.get("stage", ""), ", ".join(field_name(k) for k in params["keys"]))
    return message_text(Message(code, **params))


def error_message(exc: BaseException) -> str:
    """A refusal in the interface language (as the kit shows it, missing fields translated)."""
    if isinstance(exc, CrmError):
        return rule_text(exc.error, exc.params)
    return error_text(exc)

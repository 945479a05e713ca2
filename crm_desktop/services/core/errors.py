"""Errors the user can act on, as codes with parameters.

A service raises `CrmError(CODE, name=value, …)`. `CODE` is made once with `error_code(code,
english)`: the English text (with `{name}` placeholders) is what the CLI and the log print, and it
is also the source text the UI translates (`ui/kit/errors.py` holds one translated text per code;
a test fails if a code has none, or no Russian translation). Parameters stay typed (a Decimal
amount, a date) so the UI formats them for the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ErrorCode:
    code: str
    english: str


CODES: dict[str, ErrorCode] = {}


def error_code(code: str, english: str) -> ErrorCode:
    """Declare a code once (at import time); declaring it twice with other words is a bug."""
    known = CODES.get(code)
    if known is not None and known.english != english:
        raise ValueError(f"error code {code!r} declared twice with different texts")
    CODES[code] = made = ErrorCode(code, english)
    return made


LEGACY = ErrorCode("legacy", "{message}")  # TRANSITIONAL: plain-English raises, being removed


class CrmError(Exception):
    """A failure with a message meant for the user (CLI line or UI message box)."""

    def __init__(self, code: ErrorCode | str, /, **params: Any) -> None:
        if isinstance(code, str):  # TRANSITIONAL until every raise site has a code
            code, params = LEGACY, {"message": code}
        self.error = code
        self.params = params
        super().__init__(english(code, params))

    @property
    def code(self) -> str:
        return self.error.code


def english(code: ErrorCode, params: dict[str, Any]) -> str:
    try:
        return code.english.format(**params)
    except (KeyError, IndexError):
        return code.english


class DatabaseError(CrmError):
    """The database cannot be opened, created, migrated, written or checked."""


class ValidationError(CrmError):
    """User input that cannot be saved; `field` names the offending field where known."""

    def __init__(self, code: ErrorCode | str, /, field: str | None = None,
                 **params: Any) -> None:
        super().__init__(code, **params)
        self.field = field

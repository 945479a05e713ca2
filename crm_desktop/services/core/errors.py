"""Errors the user can act on, as codes with parameters.

A service raises `CrmError(CODE, name=value, …)`. `CODE` is made once with `error_code(code,
english)`: the English text (with `{name}` placeholders) is what the CLI and the log print, and it
is also the source text the UI translates (`ui/kit/errors.py` holds one translated text per code;
a test fails if a code has none, or no Russian translation). Parameters stay typed (a Decimal
amount, a date, a status) so the UI formats them for the interface language.

A sentence that is not an exception (why an import row was refused, a duplicate skipped) is a
`Message`: the same code and parameters, read as its English text where text is expected.
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


def english(code: ErrorCode, params: dict[str, Any]) -> str:
    """The English text with its parameters (lists joined with '; ', nested messages as text)."""
    plain = {name: _plain(value) for name, value in params.items()}
    try:
        return code.english.format(**plain)
    except (KeyError, IndexError, ValueError):
        return code.english


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(_plain(v)) for v in value)
    return value


class Message(str):
    """A sentence for the user as a code with parameters (an import report's reason, a part of
    an error). It *is* its English text — the CLI, logs and saved reports read it as a string —
    and the UI translates it by `error` and formats `params` for the interface language."""

    error: ErrorCode
    params: dict[str, Any]

    def __new__(cls, error: ErrorCode, /, **params: Any) -> Message:
        made = super().__new__(cls, english(error, params))
        made.error, made.params = error, params
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # copy/pickle rebuild it from the code
        return (_message, (self.error, self.params))

    @property
    def code(self) -> str:
        return self.error.code


def _message(error: ErrorCode, params: dict[str, Any]) -> Message:
    return Message(error, **params)


class CrmError(Exception):
    """A failure with a message meant for the user (CLI line or UI message box)."""

    def __init__(self, error: ErrorCode, /, **params: Any) -> None:
        if not isinstance(error, ErrorCode):
            raise TypeError("CrmError takes an ErrorCode: declare one with error_code()")
        self.error = error
        self.params = params
        super().__init__(english(error, params))

    @property
    def code(self) -> str:
        return self.error.code

    @property
    def message(self) -> Message:
        return Message(self.error, **self.params)


class DatabaseError(CrmError):
    """The database cannot be opened, created, migrated, written or checked."""


class ValidationError(CrmError):
    """User input that cannot be saved; `field` names the offending field where known."""

    def __init__(self, error: ErrorCode, /, field: str | None = None, **params: Any) -> None:
        super().__init__(error, **params)
        self.field = field

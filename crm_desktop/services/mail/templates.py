"""E-mail templates per language and purpose, with named placeholders.

A template is plain text with `{placeholder}` fields; only the names in PLACEHOLDERS are
allowed, with no attribute or index access, so a template can never run code or reach into
objects. An unknown placeholder is an error shown in the editor.
"""

from __future__ import annotations

from string import Formatter

from sqlalchemy.orm import Session

from crm_desktop.services.core.errors import ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require
from crm_desktop.services.core.settings import get_setting, set_setting

from .wording import wording

PLACEHOLDERS = ("contact_name", "contact_first_name", "client", "document", "invoice_number",
                "total", "due_date", "manager_name", "manager_signature", "company")
STRAY_BRACE = error_code("templates.stray_brace",
                         "The template has an unclosed or stray brace: {reason}")
UNKNOWN_PLACEHOLDER = error_code("templates.unknown_placeholder",
                                 "Unknown placeholder {{{name}}}; use one of: {known}")


PURPOSES = ("invoice", "quote", "reminder")


def check(text: str) -> list[str]:
    """The placeholders used in `text`; ValidationError for an unknown or unsafe one."""
    used = []
    try:
        parsed = list(Formatter().parse(text))
    except ValueError as exc:
        raise ValidationError(STRAY_BRACE, reason=str(exc)) from exc
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            raise ValidationError(UNKNOWN_PLACEHOLDER, name=name,
                                  known=", ".join(f"{{{p}}}" for p in PLACEHOLDERS))
        used.append(name)
    return used


def template(s: Session, language: str, purpose: str) -> tuple[str, str]:
    """(subject, body) for a language and purpose: the team's own, else the default."""
    stored = get_setting(s, f"email_template:{language}:{purpose}")
    if isinstance(stored, list) and len(stored) == 2:
        return str(stored[0]), str(stored[1])
    return wording(language).TEMPLATES[purpose]


def save_template(s: Session, language: str, purpose: str, subject: str, body: str) -> None:
    """Store the company's template for a language and purpose (checked placeholders)."""
    require(s, Permission.EDIT_COMPANY)
    check(subject)
    check(body)
    set_setting(s, f"email_template:{language}:{purpose}", [subject, body])


def render(text: str, values: dict[str, str]) -> str:
    """Fill a checked template; every allowed placeholder has a value (maybe empty)."""
    check(text)
    return text.format_map({name: str(values.get(name, "")) for name in PLACEHOLDERS})

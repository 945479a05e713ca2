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

PLACEHOLDERS = ("contact_name", "contact_first_name", "client", "document", "invoice_number",
                "total", "due_date", "manager_name", "manager_signature", "company")
STRAY_BRACE = error_code("templates.stray_brace",
                         "The template has an unclosed or stray brace: {reason}")
UNKNOWN_PLACEHOLDER = error_code("templates.unknown_placeholder",
                                 "Unknown placeholder {{{name}}}; use one of: {known}")


PURPOSES = ("invoice", "quote", "reminder")

_DEFAULTS: dict[str, dict[str, tuple[str, str]]] = {
    "ru": {
        "invoice": ("Счёт на оплату {invoice_number} от {company}",
                    "Здравствуйте, {contact_first_name}!\n\nНаправляем счёт на оплату "
                    "{invoice_number} на сумму {total}. Просим оплатить до {due_date}.\n\n"
                    "{manager_signature}"),
        "quote": ("Коммерческое предложение {document} от {company}",
                  "Здравствуйте, {contact_first_name}!\n\nНаправляем коммерческое предложение "
                  "{document} на сумму {total}. Будем рады ответить на вопросы.\n\n"
                  "{manager_signature}"),
        "reminder": ("Напоминание об оплате счёта {invoice_number}",
                     "Здравствуйте, {contact_first_name}!\n\nНапоминаем об оплате счёта "
                     "{invoice_number} на сумму {total} до {due_date}.\n\n{manager_signature}"),
    },
    "en": {
        "invoice": ("Invoice {invoice_number} from {company}",
                    "Dear {contact_first_name},\n\nplease find attached invoice "
                    "{invoice_number} for {total}, payable by {due_date}.\n\n"
                    "{manager_signature}"),
        "quote": ("Commercial offer {document} from {company}",
                  "Dear {contact_first_name},\n\nplease find attached our offer {document} "
                  "for {total}. We are glad to answer any questions.\n\n{manager_signature}"),
        "reminder": ("Payment reminder: invoice {invoice_number}",
                     "Dear {contact_first_name},\n\na kind reminder that invoice "
                     "{invoice_number} for {total} is due on {due_date}.\n\n"
                     "{manager_signature}"),
    },
}
# Kazakh, Ukrainian, Azerbaijani and Mongolian clients get the Russian or English text until
# someone writes theirs in the template editor (stored in the settings table).
_FALLBACK = {"kk": "ru", "uk": "ru", "az": "en", "mn": "en"}


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
    lang = language if language in _DEFAULTS else _FALLBACK.get(language, "en")
    return _DEFAULTS[lang][purpose]


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

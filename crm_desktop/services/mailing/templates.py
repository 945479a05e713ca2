"""Campaign templates: a name, a language, a subject and a body with placeholders.

The placeholders are the documents' (`services.mail.templates.PLACEHOLDERS`: a campaign fills
the client's, the contact's, the manager's and the company's; the document ones stay empty)
plus `{custom_KEY}` for every custom field of the client card. A template is parsed, never
evaluated: only known names, no attribute or index access, no format spec.

Every campaign message ends with the unsubscribe line of the template's language (and of the
client's, when the card names another), and carries a List-Unsubscribe header (a mailto: to
the sender, the recipient's token in the subject).
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Formatter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import CustomFieldDef
from crm_desktop.services.core.errors import ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require
from crm_desktop.services.core.settings import get_setting, set_setting
from crm_desktop.services.mail import templates as mail_templates

NO_TEMPLATE_NAME = error_code("mailing.no_template_name", "Give the template a name")
NO_SUBJECT = error_code("mailing.no_subject", "Write the subject of the letter")
NO_TEMPLATE = error_code("mailing.no_template", "No campaign template {name}")

SETTING = "campaign_templates"  # name → {"subject", "body", "language"}
CUSTOM = "custom_"
LANGUAGES = ("ru", "en", "kk", "uk", "az", "mn")

# The line under every campaign message, in each language a template or a client may have.
UNSUBSCRIBE = {
    "ru": "Чтобы больше не получать наши рассылки, ответьте на это письмо словом «отписаться» "
          "или напишите на {address}.",
    "en": "To stop receiving these letters, reply to this one with the word \"unsubscribe\" or "
          "write to {address}.",
    "uk": "Щоб більше не отримувати наших розсилок, дайте відповідь на цей лист словом "
          "«відписатися» або напишіть на {address}.",
    "kk": "Біздің таратылымдарымызды бұдан әрі алмау үшін осы хатқа «жазылымнан бас тарту» "
          "деп жауап беріңіз немесе {address} адресіне жазыңыз.",
    "az": "Göndərişlərimizi artıq almaq istəmirsinizsə, bu məktuba «abunəlikdən çıxmaq» sözü "
          "ilə cavab verin və ya {address} ünvanına yazın.",
    "mn": "Манай захидлыг цаашид авахгүй байхыг хүсвэл энэ захидалд «татгалзах» гэж хариу "
          "бичих эсвэл {address} хаяг руу бичнэ үү.",
}


@dataclass(frozen=True)
class CampaignTemplate:
    name: str
    subject: str
    body: str
    language: str


def unsubscribe_line(language: str, address: str) -> str:
    return UNSUBSCRIBE.get(language, UNSUBSCRIBE["en"]).format(address=address)


def placeholders(s: Session) -> list[str]:
    """Every name a campaign template may use: the documents' and one per custom field."""
    keys = s.scalars(select(CustomFieldDef.key).where(CustomFieldDef.deleted_at.is_(None))
                     .order_by(CustomFieldDef.position, CustomFieldDef.key))
    return [*mail_templates.PLACEHOLDERS, *(CUSTOM + key for key in keys)]


def check(text: str, allowed: list[str] | tuple[str, ...]) -> list[str]:
    """The placeholders used in `text`; ValidationError for an unknown or unsafe one."""
    used = []
    try:
        parsed = list(Formatter().parse(text))
    except ValueError as exc:
        raise ValidationError(mail_templates.STRAY_BRACE, reason=str(exc)) from exc
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in allowed or spec or conversion:
            raise ValidationError(mail_templates.UNKNOWN_PLACEHOLDER, name=name,
                                  known=", ".join(f"{{{p}}}" for p in allowed))
        used.append(name)
    return used


def render(text: str, values: dict[str, str]) -> str:
    """Fill a checked template: literal text and values joined, nothing evaluated."""
    parts: list[str] = []
    for literal, name, _spec, _conversion in Formatter().parse(text):
        parts.append(literal)
        if name is not None:
            parts.append(values.get(name, ""))
    return "".join(parts)


def custom_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(value)


def campaign_templates(s: Session) -> list[CampaignTemplate]:
    stored = get_setting(s, SETTING, {}) or {}
    return [CampaignTemplate(name, str(t.get("subject", "")), str(t.get("body", "")),
                             str(t.get("language", "en")))
            for name, t in sorted(stored.items()) if isinstance(t, dict)]


def campaign_template(s: Session, name: str) -> CampaignTemplate:
    for found in campaign_templates(s):
        if found.name == name.strip():
            return found
    raise ValidationError(NO_TEMPLATE, field="template", name=name)


def save_campaign_template(s: Session, name: str, subject: str, body: str,
                           language: str) -> CampaignTemplate:
    """Store (or replace) a named campaign template, its placeholders checked."""
    require(s, Permission.SEND_CAMPAIGNS)
    name = name.strip()
    if not name:
        raise ValidationError(NO_TEMPLATE_NAME, field="name")
    if not subject.strip():
        raise ValidationError(NO_SUBJECT, field="subject")
    allowed = placeholders(s)
    check(subject, allowed)
    check(body, allowed)
    stored = dict(get_setting(s, SETTING, {}) or {})
    stored[name] = {"subject": subject.strip(), "body": body,
                    "language": language if language in LANGUAGES else "en"}
    set_setting(s, SETTING, stored)
    return CampaignTemplate(name, subject.strip(), body, stored[name]["language"])

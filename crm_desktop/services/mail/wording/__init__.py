"""Default e-mail texts, one module per language (`wording/<code>.py`), each with
`TEMPLATES` {purpose: (subject, body)} for the document e-mails (templates.PURPOSES) and
`ORDER_STATUS` {status value: (subject, body)} for the order status e-mails. Placeholders are
templates.PLACEHOLDERS. A language without its module falls back to Russian (kk, uk) or English.
A team's own text, saved in the template editor, wins over these."""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

FALLBACK = {"kk": "ru", "uk": "ru", "az": "en", "mn": "en"}


@cache
def module(language: str) -> ModuleType | None:
    """The wording module of a language, None when there is none."""
    if not language.isalpha():
        return None
    try:
        return importlib.import_module(f"{__name__}.{language.lower()}")
    except ModuleNotFoundError:
        return None


def wording(language: str) -> ModuleType:
    """The language's own texts, else its fallback's, else English."""
    found = module(language) or module(FALLBACK.get(language, "en")) or module("en")
    assert found is not None
    return found

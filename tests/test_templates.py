"""E-mail templates: placeholders are checked, and a template can never run code."""

from __future__ import annotations

import pytest

from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import ValidationError
from crm_desktop.services.mail.templates import check, render, save_template, template

from .actors import TESTER


def test_defaults_render_with_values(empty_db: dbs.Database) -> None:
    with empty_db.session() as s:
        subject, body = template(s, "kk", "invoice")  # Kazakh has its own wording
    values = {"invoice_number": "INV-2026-000001", "company": "ТОО «Дала»",
              "contact_first_name": "Асель", "total": "1 000,00 ₸", "due_date": "01.12.2026",
              "manager_signature": "Айгерим"}
    assert render(subject, values) == "INV-2026-000001 төлем шоты, ТОО «Дала»"
    assert "Құрметті Асель!" in render(body, values)


@pytest.mark.parametrize("text", ["{unknown}", "{client.__class__}", "{client[0]}",
                                  "{total!r}", "{total:>99999}", "{", "}{"])
def test_unknown_or_unsafe_placeholders_are_errors(text: str) -> None:
    with pytest.raises(ValidationError):
        check(text)


def test_the_teams_own_template_is_kept(empty_db: dbs.Database) -> None:
    with empty_db.session(TESTER) as s:
        save_template(s, "az", "quote", "Təklif {document}", "Hörmətli {contact_first_name}")
    with empty_db.session(TESTER) as s:
        assert template(s, "az", "quote") == ("Təklif {document}",
                                              "Hörmətli {contact_first_name}")
        with pytest.raises(ValidationError, match="Unknown placeholder"):
            save_template(s, "az", "quote", "{oops}", "")

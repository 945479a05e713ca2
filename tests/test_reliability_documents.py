"""Printed documents (issue 13): text the font cannot draw is refused with the field named,
never printed as empty boxes; Azerbaijani amounts in words begin with a dotted capital İ; the
lines table's headings fit on one line in every language."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph
from sqlalchemy import select

from crm_desktop.cli import main
from crm_desktop.models import Client, SalesDocument
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.documents.blocks import LINE_COLUMNS, Sheet, lines_table
from crm_desktop.services.documents.pdf import make_styles
from crm_desktop.services.documents.render import render_document
from crm_desktop.services.documents.texts import LANGUAGES, texts
from crm_desktop.services.locale.formatting import LANGUAGE_LOCALES
from crm_desktop.services.locale.words import amount_in_words


def _invoice(s: object) -> SalesDocument:
    doc = s.scalar(select(SalesDocument).where(SalesDocument.kind == "invoice")  # type: ignore[attr-defined]
                   .order_by(SalesDocument.number).limit(1))
    assert doc is not None
    return doc


@pytest.mark.parametrize(("where", "text", "field", "code"), [
    ("client", "株式会社東京商事", "client.name", "documents.unprintable"),
    ("line", "Laptop 💻 Pro", "lines.1.description", "documents.unprintable"),
    ("client", "שלום בע״מ", "client.name", "documents.right_to_left"),
    ("client", "شركة الخليج", "client.name", "documents.right_to_left"),
])
def test_text_the_font_cannot_draw_is_refused_by_field(
        demo_db: dbs.Database, where: str, text: str, field: str, code: str) -> None:
    with demo_db.session(current_user(demo_db)) as s:
        doc = _invoice(s)
        if where == "client":
            client = s.get(Client, doc.client_id)
            assert client is not None
            client.full_name = text
        else:
            doc.lines[0].description = text
        s.flush()
        with pytest.raises(CrmError) as refused:
            render_document(s, doc.id, "en")
        s.rollback()
    assert refused.value.code == code and refused.value.params["field"] == field
    assert field in str(refused.value)


def test_the_cli_says_which_field_and_writes_no_pdf(demo_path: object, tmp_path: object,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    database = dbs.open_database(str(demo_path))
    try:
        with database.session(current_user(database)) as s:
            doc = _invoice(s)
            number = doc.number
            doc.lines[0].description = "茶 green tea"
    finally:
        database.dispose()
    out = tmp_path / "x.pdf"  # type: ignore[operator]
    assert main(["document", number, "--out", str(out), "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert "lines.1.description" in err and "茶" in err and "unexpected" not in err
    assert not out.exists()


def test_azerbaijani_amounts_begin_with_a_dotted_capital_i(demo_db: dbs.Database) -> None:
    assert amount_in_words(Decimal(2), "AZN", "az").startswith("İki manat")
    assert amount_in_words(Decimal(20), "AZN", "az").startswith("İyirmi manat")
    assert amount_in_words(Decimal(2), "USD", "en").startswith("Two")
    from crm_desktop.services.locale.words import capitalise

    assert capitalise("ıldız", "az") == "Ildız" and capitalise("iki", "en") == "Iki"
    with demo_db.session(current_user(demo_db)) as s:
        doc = _invoice(s)
        doc.total = Decimal("22.00")
        s.flush()
        pdf = render_document(s, doc.id, "az").pdf
        s.rollback()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "İyirmi iki" in " ".join(text.split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_lines_heading_fits_on_one_line(language: str) -> None:
    sheet = Sheet(None, None, language, texts(language), LANGUAGE_LOCALES[language],  # type: ignore[arg-type]
                  make_styles())
    table = lines_table(sheet, [])[0]
    table.wrap(180 * mm, 100 * mm)
    headings = table._cellvalues[0]  # type: ignore[attr-defined]
    lines = {key: len(cell[0].blPara.lines)  # each cell is a tuple of its flowables
             for key, cell in zip(LINE_COLUMNS, headings, strict=True)
             if isinstance(cell[0], Paragraph)}
    assert lines == dict.fromkeys(LINE_COLUMNS, 1), texts(language)

"""Invoice and offer PDFs, read back with pypdf."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from crm_desktop.cli import main
from crm_desktop.models import Attachment, Client, DocumentKind, SalesDocument
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.attachments import attachments_dir, stored_path
from crm_desktop.services.documents.render import font_covers, render_document, store_rendered
from crm_desktop.services.documents.texts import LANGUAGES, texts
from crm_desktop.services.locale.words import amount_in_words
from crm_desktop.services.sales import quotes
from crm_desktop.services.sales.catalogue import load_price_list


def _text(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _invoice(db: dbs.Database, lines: int = 3) -> tuple[object, str]:
    user = current_user(db)
    assert user is not None
    with db.session(user) as s:
        client_id = s.scalar(select(Client.id).where(Client.currency == "KZT",
                                                     Client.kind == "organization").limit(1))
        client = s.get(Client, client_id)
        client.full_name = "ТОО «Қазақ Әуе Жолы Өнімдері»"  # every Kazakh-only letter nearby
        ctx = quotes.quote_context(s, client_id)
        items = load_price_list(s, ctx.price_type_id).items
        chosen = [quotes.quote_line_for(ctx, i.id, i.code, i.name, i.unit, i.price,
                                        i.minimum_price, i.vat_rate, i.total_stock)
                  for i in items[:lines]]
        created = quotes.create_document(s, user, ctx, DocumentKind.INVOICE, chosen)
    return created.id, created.number


def test_invoice_pdf_carries_number_client_total_and_words(demo_db: dbs.Database) -> None:
    doc_id, number = _invoice(demo_db)
    with demo_db.session() as s:
        rendered = render_document(s, doc_id, "kk")
        doc = s.get(SalesDocument, doc_id)
        assert doc is not None
        words = amount_in_words(doc.total, doc.currency, "kk")
        total = f"{doc.total:,.2f}".replace(",", "\u00a0").replace(".", ",")
    text, pages = _text(rendered.pdf)
    flat = _flat(text)
    assert number in flat
    assert "ТОО «Қазақ Әуе Жолы Өнімдері»" in flat
    assert _flat(total.replace("\u00a0", " ")) in flat.replace("\u00a0", " ")
    assert _flat(words) in flat
    assert "Төлем шоты" in flat and pages == 1 and "1/1" in flat


def test_long_invoice_repeats_the_header_and_numbers_pages(demo_db: dbs.Database) -> None:
    doc_id, _number = _invoice(demo_db, lines=70)
    with demo_db.session() as s:
        rendered = render_document(s, doc_id, "ru")
    reader = PdfReader(io.BytesIO(rendered.pdf))
    pages = len(reader.pages)
    assert pages >= 2
    for index, page in enumerate(reader.pages, start=1):
        text = _flat(page.extract_text())
        assert "Товар" in text and "Цена" in text  # the table header on every page
        assert f"{index}/{pages}" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_prints_with_the_bundled_font(demo_db: dbs.Database,
                                                     language: str) -> None:
    assert font_covers(" ".join(texts(language).values())) == set()
    words = amount_in_words(Decimal("987654.32"), {"kk": "KZT", "ru": "RUB", "uk": "UAH",
                                                  "az": "AZN", "mn": "MNT"}.get(language, "USD"),
                            language)
    assert font_covers(words) == set()
    doc_id, _ = _invoice(demo_db)
    with demo_db.session() as s:
        text, _pages = _text(render_document(s, doc_id, language).pdf)
    assert font_covers(text) == set()
    assert texts(language)["invoice"] in _flat(text)


def _stored_files() -> set[Path]:
    folder = attachments_dir()
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def test_rendered_pdf_is_stored_once_by_content(demo_db: dbs.Database) -> None:
    doc_id, _ = _invoice(demo_db)
    user = current_user(demo_db)
    with demo_db.session(user) as s:
        rendered = render_document(s, doc_id)
        first = store_rendered(s, doc_id, rendered)
        files = _stored_files()
        again = store_rendered(s, doc_id, rendered)
        assert _stored_files() == files  # the second store wrote no file
        rows = s.scalars(select(Attachment).where(Attachment.document_id == doc_id)).all()
    # Each store is its own row (a send links it to its e-mail event), all of one content.
    assert {row.id for row in rows} == {first.id, again.id} and first.id != again.id
    assert {row.sha256 for row in rows} == {first.sha256}
    assert stored_path(first.sha256) in files
    assert stored_path(first.sha256).read_bytes() == rendered.pdf


def test_cli_document(demo_db: dbs.Database, demo_path: Path, tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    _doc_id, number = _invoice(demo_db)
    out = tmp_path / "inv.pdf"
    assert main(["document", number, "--out", str(out), "--db", str(demo_path)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and number in _flat(_text(out.read_bytes())[0])
    assert main(["document", "INV-1999-000001", "--out", str(out), "--db",
                 str(demo_path)]) == 1
    assert capsys.readouterr().err.strip() == "crm-desktop: No document numbered INV-1999-000001"

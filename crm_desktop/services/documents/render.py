"""Invoice and commercial offer PDFs (ReportLab platypus) in the document's language.

A bundled Unicode font (DejaVu Sans, its license in resources/fonts) prints Cyrillic, Kazakh,
Azerbaijani and Mongolian letters; long documents repeat the table header and number their
pages "1/3". The rendered file is stored as a content-hashed attachment of the document.
"""

from __future__ import annotations

import io
import tempfile
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Attachment, Client, Company, DocumentKind, SalesDocument, User
from crm_desktop.resources import resource_path
from crm_desktop.services.core.attachments import attachment_file, store_file
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.documents.texts import LANGUAGES, texts
from crm_desktop.services.locale.formatting import LANGUAGE_LOCALES
from crm_desktop.services.locale.words import amount_in_words

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
_registered = False


def register_fonts() -> None:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts",
                                                                    "DejaVuSans-Bold.ttf"))))
        _registered = True


def font_covers(text: str) -> set[str]:
    """The characters of `text` the bundled font has no glyph for (empty: all printable)."""
    register_fonts()
    face = pdfmetrics.getFont(FONT).face
    return {c for c in text if not c.isspace() and ord(c) not in face.charToGlyph}


class _NumberedCanvas(Canvas):
    """Draws "page/pages" on every page once the page count is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{self._pageNumber}/{total}")
            super().showPage()
        super().save()


@dataclass(frozen=True)
class RenderedDocument:
    number: str
    pdf: bytes
    language: str


def _money(value: Decimal, locale: str) -> str:
    return format_decimal(value, format="#,##0.00", locale=locale)


def render_document(s: Session, document_id: uuid.UUID,
                    language: str | None = None) -> RenderedDocument:
    """The PDF of a quote or invoice, in `language` or the document's own."""
    register_fonts()
    doc = s.get(SalesDocument, document_id)
    if doc is None or doc.deleted_at is not None:
        raise CrmError("This document no longer exists")
    company = s.scalar(select(Company).where(Company.deleted_at.is_(None)).limit(1))
    if company is None:
        raise CrmError("Enter your company's requisites first")
    client = s.get(Client, doc.client_id)
    assert client is not None
    manager = s.get(User, doc.manager_id) if doc.manager_id else None
    lang = language or doc.language or "en"
    lang = lang if lang in LANGUAGES else "en"
    t = texts(lang)
    locale = LANGUAGE_LOCALES[lang]

    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10)
    bold = ParagraphStyle("bold", parent=base, fontName=FONT_BOLD)
    title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18,
                           spaceAfter=4)
    right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT)

    def p(text: str, style: ParagraphStyle = base) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"),
                         style)

    story: list[Any] = []
    logo = attachment_file(s, company.logo_image_id)
    header = [p(company.legal_name, bold),
              p(f"{t['tax_id']}: {company.tax_id or '—'}\n{company.address or ''}\n"
                f"{company.phone or ''} {company.email or ''}", small)]
    if logo:
        story.append(Table([[Image(str(logo), width=30 * mm, height=15 * mm,
                                   kind="proportional"), header]],
                           colWidths=[35 * mm, None]))
    else:
        story += header
    story.append(Spacer(1, 6 * mm))
    heading = t["invoice"] if doc.kind == DocumentKind.INVOICE else t["offer"]
    issued = format_date(doc.issue_date, format="dd.MM.yyyy", locale=locale)
    story.append(p(f"{heading} № {doc.number} {t['dated']} {issued}", title))
    if doc.due_date:
        label = t["pay_by"] if doc.kind == DocumentKind.INVOICE else t["valid_until"]
        story.append(p(f"{label}: {format_date(doc.due_date, format='dd.MM.yyyy', locale=locale)}"))
    story.append(Spacer(1, 4 * mm))

    bank = company.bank_accounts[0] if company.bank_accounts else None
    seller = (f"{company.legal_name}\n{t['tax_id']}: {company.tax_id or '—'}\n"
              f"{t['address']}: {company.address or '—'}")
    if bank and bank.account:
        seller += (f"\n{t['bank']}: {bank.bank_name}\n{t['account']}: {bank.account}"
                   f"\nBIC: {bank.bic or '—'}")
    buyer = (f"{client.full_name or client.short_name}\n{t['tax_id']}: {client.tax_id or '—'}\n"
             f"{t['address']}: {client.address or '—'}")
    parties = Table([[p(t["seller"], bold), p(seller)], [p(t["buyer"], bold), p(buyer)]],
                    colWidths=[30 * mm, None])
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [parties, Spacer(1, 4 * mm)]

    head_style = ParagraphStyle("head", parent=bold, fontSize=7, leading=9)
    columns = ("no", "product", "qty", "unit", "price", "discount", "vat", "amount")
    head = [p(t[k], head_style) for k in columns]
    rows: list[list[Any]] = [head]
    for line in doc.lines:
        rows.append([str(line.line_no), p(line.description),
                     p(format_decimal(line.quantity.normalize(), locale=locale), right),
                     p(line.unit), p(_money(line.price, locale), right),
                     p(format_decimal(line.discount_pct.normalize(), locale=locale), right),
                     p(format_decimal(line.vat_rate.normalize(), locale=locale), right),
                     p(_money(line.total, locale), right)])
    table = Table(rows, repeatRows=1, colWidths=[8 * mm, 52 * mm, 13 * mm, 12 * mm, 30 * mm,
                                                 14 * mm, 12 * mm, 34 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0fb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table, Spacer(1, 3 * mm)]

    by_rate: dict[Decimal, Decimal] = {}
    for line in doc.lines:
        by_rate[line.vat_rate] = by_rate.get(line.vat_rate, Decimal(0)) + line.vat_amount
    totals = [[p(t["net"], right), p(_money(doc.net_total, locale), right)]]
    for rate, vat in sorted(by_rate.items()):
        label = t["vat_incl"] if doc.vat_included else t["vat_added"]
        totals.append([p(f"{label} {format_decimal(rate.normalize(), locale=locale)} %", right),
                       p(_money(vat, locale), right)])
    totals.append([p(f"{t['total']}, {doc.currency}", bold), p(_money(doc.total, locale), bold)])
    story.append(Table(totals, colWidths=[140 * mm, 35 * mm], hAlign="RIGHT"))
    story.append(Spacer(1, 3 * mm))
    story.append(p(f"{t['in_words']}: {amount_in_words(doc.total, doc.currency, lang)}", bold))
    story.append(Spacer(1, 8 * mm))
    if manager:
        story.append(p(f"{t['manager']}: {manager.full_name}"
                       f"{', ' + manager.email if manager.email else ''}"
                       f"{', ' + manager.phone if manager.phone else ''}", small))
        story.append(Spacer(1, 6 * mm))

    def signature(image_id: uuid.UUID | None) -> Any:
        path = attachment_file(s, image_id)
        return Image(str(path), width=30 * mm, height=14 * mm, kind="proportional") if path \
            else ""

    stamp = attachment_file(s, company.stamp_image_id)
    signatures = Table([
        [p(t["director"]), signature(company.director_signature_id),
         p(company.director_name or ""),
         Image(str(stamp), width=38 * mm, height=38 * mm, kind="proportional") if stamp else ""],
        [p(t["accountant"]), signature(company.accountant_signature_id),
         p(company.accountant_name or ""), ""]],
        colWidths=[32 * mm, 40 * mm, 60 * mm, 42 * mm])
    signatures.setStyle(TableStyle([
        ("LINEBELOW", (1, 0), (1, 1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("SPAN", (3, 0), (3, 1))]))
    story.append(signatures)

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                      topMargin=15 * mm, bottomMargin=18 * mm, title=f"{heading} {doc.number}",
                      author=company.legal_name).build(story, canvasmaker=_NumberedCanvas)
    return RenderedDocument(doc.number, buffer.getvalue(), lang)


def document_id_by_number(s: Session, number: str) -> uuid.UUID:
    found = s.scalar(select(SalesDocument.id).where(SalesDocument.number == number.strip(),
                                                    SalesDocument.deleted_at.is_(None)))
    if found is None:
        raise CrmError(f"No document numbered {number}")
    return found


def store_rendered(s: Session, document_id: uuid.UUID, rendered: RenderedDocument) -> Attachment:
    """Keep the PDF as a content-hashed attachment of the document (and its client)."""
    doc = s.get(SalesDocument, document_id)
    assert doc is not None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{rendered.number}.pdf"
        path.write_bytes(rendered.pdf)
        return store_file(s, path, document_id=document_id, client_id=doc.client_id)

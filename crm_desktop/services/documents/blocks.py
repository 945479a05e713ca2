"""The blocks a printed document is composed of, top to bottom.

Each block is a function of a `Sheet` (the company, the printed words and locale of the
document's language, the styles) and returns flowables, its own spacing below included. A new
document kind (order, claim, act) lists the blocks it prints in `render.py` instead of copying
an invoice: header with the requisites and logo, title, parties, lines table, totals with VAT
and the amount in words, the manager, signatures with the stamp; `pdf.build_pdf` adds the footer.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Company, User
from crm_desktop.services.core.attachments import attachment_file
from crm_desktop.services.documents.pdf import FONT, FONT_BOLD, Styles, make_styles, paragraph
from crm_desktop.services.documents.texts import LANGUAGES, texts
from crm_desktop.services.locale.formatting import LANGUAGE_LOCALES
from crm_desktop.services.locale.words import amount_in_words

LINE_COLUMNS = ("no", "product", "qty", "unit", "price", "discount", "vat", "amount")
# Every heading fits on one line in every language ("No.", "Miqdar", "Disc. %" wrapped).
LINE_WIDTHS = [9 * mm, 48 * mm, 13 * mm, 12 * mm, 29 * mm, 15 * mm, 15 * mm, 34 * mm]
LINE_PADDING = 4  # points left and right of each cell (ReportLab's default is 6)


class OneLine(Flowable):
    """A number on one line, right-aligned: never wrapped (a Paragraph breaks "5 234 663 175,00"
    at its group spaces); a number wider than its cell is drawn in a smaller font instead."""

    def __init__(self, text: str, bold: bool = False, size: float = 9, smallest: float = 5):
        super().__init__()
        self.text, self.font, self.size, self.smallest = text, FONT_BOLD if bold else FONT, \
            size, smallest
        self.width, self.height, self.drawn_size = 0.0, size * 1.2, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        natural = stringWidth(self.text, self.font, self.size)
        self.drawn_size = self.size if natural <= available_width else max(
            self.smallest, self.size * available_width / natural)
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        self.canv.setFont(self.font, self.drawn_size)
        self.canv.drawRightString(self.width, self.height - self.size, self.text)


class PrintedLine(Protocol):
    """What the lines table prints of a document line."""

    line_no: int
    description: str
    quantity: Decimal
    unit: str
    price: Decimal
    discount_pct: Decimal
    vat_rate: Decimal
    vat_amount: Decimal
    total: Decimal


@dataclass(frozen=True)
class Sheet:
    """What every block needs: the session (for stored images), the company, the language."""

    s: Session
    company: Company
    language: str
    words: dict[str, str]
    locale: str
    styles: Styles

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return paragraph(text, style or self.styles.base)

    def date(self, value: date) -> str:
        return format_date(value, format="dd.MM.yyyy", locale=self.locale)

    def number(self, value: Decimal) -> str:
        return format_decimal(value.normalize(), locale=self.locale)

    def money(self, value: Decimal) -> str:
        return format_decimal(value, format="#,##0.00", locale=self.locale)

    def image(self, attachment_id: uuid.UUID | None, width: float, height: float) -> Any:
        """The stored picture scaled into the box, or "" (an empty cell) when there is none."""
        path = attachment_file(self.s, attachment_id)
        return Image(str(path), width=width, height=height, kind="proportional") if path else ""


def sheet_for(s: Session, company: Company, language: str) -> Sheet:
    """A sheet in `language` (English when the language has no printed words)."""
    lang = language if language in LANGUAGES else "en"
    return Sheet(s, company, lang, texts(lang), LANGUAGE_LOCALES[lang], make_styles())


def company_header(sheet: Sheet) -> list[Flowable]:
    """The company's name and requisites, beside its logo when it has one."""
    t, company, styles = sheet.words, sheet.company, sheet.styles
    header = [sheet.p(company.legal_name, styles.bold),
              sheet.p(f"{t['tax_id']}: {company.tax_id or '—'}\n{company.address or ''}\n"
                      f"{company.phone or ''} {company.email or ''}", styles.small)]
    logo = sheet.image(company.logo_image_id, 30 * mm, 15 * mm)
    block: list[Flowable] = ([Table([[logo, header]], colWidths=[35 * mm, None])] if logo
                             else header)
    return [*block, Spacer(1, 6 * mm)]


def title(sheet: Sheet, heading: str, number: str, issued: date,
          deadline: tuple[str, date | None] | None = None) -> list[Flowable]:
    """The heading line (kind, number, date) and a dated line under it (pay by, valid until)."""
    t = sheet.words
    block = [sheet.p(f"{heading} № {number} {t['dated']} {sheet.date(issued)}",
                     sheet.styles.title)]
    label, when = deadline or ("", None)
    if when:
        block.append(sheet.p(f"{label}: {sheet.date(when)}"))
    return [*block, Spacer(1, 4 * mm)]


def seller_text(sheet: Sheet) -> str:
    """The company's requisites as printed under "Seller", with its first bank account."""
    t, company = sheet.words, sheet.company
    text = (f"{company.legal_name}\n{t['tax_id']}: {company.tax_id or '—'}\n"
            f"{t['address']}: {company.address or '—'}")
    bank = company.bank_accounts[0] if company.bank_accounts else None
    if bank and bank.account:
        text += (f"\n{t['bank']}: {bank.bank_name}\n{t['account']}: {bank.account}"
                 f"\n{t['bic']}: {bank.bic or '—'}")
    return text


def client_text(sheet: Sheet, client: Client) -> str:
    """The client's requisites as printed under "Buyer"."""
    t = sheet.words
    return (f"{client.full_name or client.short_name}\n{t['tax_id']}: {client.tax_id or '—'}\n"
            f"{t['address']}: {client.address or '—'}")


def parties(sheet: Sheet, client: Client, seller_key: str = "seller",
            buyer_key: str = "buyer") -> list[Flowable]:
    """Who sells and who buys, each with their requisites (labels by printed-word key)."""
    t, bold = sheet.words, sheet.styles.bold
    table = Table([[sheet.p(t[seller_key], bold), sheet.p(seller_text(sheet))],
                   [sheet.p(t[buyer_key], bold), sheet.p(client_text(sheet, client))]],
                  colWidths=[30 * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [table, Spacer(1, 4 * mm)]


def _line_row(sheet: Sheet, line: PrintedLine) -> list[Any]:
    p = sheet.p
    return [str(line.line_no), p(line.description), OneLine(sheet.number(line.quantity)),
            p(line.unit), OneLine(sheet.money(line.price)),
            OneLine(sheet.number(line.discount_pct)), OneLine(sheet.number(line.vat_rate)),
            OneLine(sheet.money(line.total))]


def lines_table(sheet: Sheet, lines: Iterable[PrintedLine]) -> list[Flowable]:
    """The goods table; its heading row repeats on every page."""
    rows: list[list[Any]] = [[sheet.p(sheet.words[k], sheet.styles.head) for k in LINE_COLUMNS]]
    rows += [_line_row(sheet, line) for line in lines]
    table = Table(rows, repeatRows=1, colWidths=LINE_WIDTHS)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("LEFTPADDING", (0, 0), (-1, -1), LINE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), LINE_PADDING),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0fb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [table, Spacer(1, 3 * mm)]


def vat_by_rate(lines: Iterable[PrintedLine]) -> dict[Decimal, Decimal]:
    """The VAT of the lines summed per rate (the rounding rule: sums of rounded lines)."""
    by_rate: dict[Decimal, Decimal] = {}
    for line in lines:
        by_rate[line.vat_rate] = by_rate.get(line.vat_rate, Decimal(0)) + line.vat_amount
    return by_rate


def totals(sheet: Sheet, net: Decimal, vat: dict[Decimal, Decimal], vat_included: bool,
           total: Decimal, currency: str) -> list[Flowable]:
    """Net, VAT per rate (included or added), the total, and the total in words."""
    t, right, bold = sheet.words, sheet.styles.right, sheet.styles.bold
    label = t["vat_incl"] if vat_included else t["vat_added"]
    rows: list[list[Any]] = [[sheet.p(t["net"], right), OneLine(sheet.money(net))]]
    rows += [[sheet.p(f"{label} {sheet.number(rate)} %", right),
              OneLine(sheet.money(amount))] for rate, amount in sorted(vat.items())]
    rows.append([sheet.p(f"{t['total']}, {currency}", bold),
                 OneLine(sheet.money(total), bold=True)])
    words = amount_in_words(total, currency, sheet.language)
    return [Table(rows, colWidths=[140 * mm, 35 * mm], hAlign="RIGHT"), Spacer(1, 3 * mm),
            sheet.p(f"{t['in_words']}: {words}", bold), Spacer(1, 8 * mm)]


def manager_line(sheet: Sheet, manager: User | None) -> list[Flowable]:
    """Who to ask: the responsible manager with an e-mail and phone (nothing without one)."""
    if manager is None:
        return []
    contacts = "".join(f", {x}" for x in (manager.email, manager.phone) if x)
    return [sheet.p(f"{sheet.words['manager']}: {manager.full_name}{contacts}",
                    sheet.styles.small), Spacer(1, 6 * mm)]


def signatures(sheet: Sheet, signers: Sequence[tuple[str, uuid.UUID | None, str | None]]
               | None = None) -> list[Flowable]:
    """Signature lines (role, scanned signature, name) with the company's stamp beside them.

    Without `signers`: the director and the chief accountant from the company's settings.
    """
    t, company = sheet.words, sheet.company
    if signers is None:
        signers = [(t["director"], company.director_signature_id, company.director_name),
                   (t["accountant"], company.accountant_signature_id, company.accountant_name)]
    stamp = sheet.image(company.stamp_image_id, 38 * mm, 38 * mm)
    rows = [[sheet.p(role), sheet.image(image_id, 30 * mm, 14 * mm), sheet.p(name or ""),
             stamp if index == 0 else ""]
            for index, (role, image_id, name) in enumerate(signers)]
    last = len(rows) - 1
    table = Table(rows, colWidths=[32 * mm, 40 * mm, 60 * mm, 42 * mm])
    table.setStyle(TableStyle([
        ("LINEBELOW", (1, 0), (1, last), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("SPAN", (3, 0), (3, last))]))
    return [table]

"""Invoice and commercial offer PDFs (ReportLab platypus) in the document's language.

A document is composed of the blocks in `blocks.py` on the page of `pdf.py` (bundled Unicode
font, "1/3" page numbers; long documents repeat the table header). A new kind adds its
composition here. The rendered file is stored as a content-hashed attachment of the document.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Attachment, Client, Company, DocumentKind, SalesDocument, User
from crm_desktop.services.company.profile import NO_REQUISITES
from crm_desktop.services.core.attachments import store_content
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.documents import blocks
from crm_desktop.services.documents.blocks import Sheet
from crm_desktop.services.documents.pdf import (
    build_pdf,
    check_printable,
    font_covers,
    register_fonts,
)

__all__ = ["RenderedDocument", "document_id_by_number", "font_covers", "register_fonts",
           "render_document", "store_rendered"]


DOCUMENT_GONE = error_code("documents.gone", "This document no longer exists")
NO_SUCH_NUMBER = error_code("documents.no_such_number", "No document numbered {number}")


@dataclass(frozen=True)
class RenderedDocument:
    number: str
    pdf: bytes
    language: str


# Printed-word keys of each kind's heading and of the label of its due date.
HEADINGS = {DocumentKind.INVOICE: ("invoice", "pay_by"),
            DocumentKind.QUOTE: ("offer", "valid_until")}


def render_document(s: Session, document_id: uuid.UUID,
                    language: str | None = None) -> RenderedDocument:
    """The PDF of a quote or invoice, in `language` or the document's own."""
    doc = s.get(SalesDocument, document_id)
    if doc is None or doc.deleted_at is not None:
        raise CrmError(DOCUMENT_GONE)
    company = s.scalar(select(Company).where(Company.deleted_at.is_(None)).limit(1))
    if company is None:
        raise CrmError(NO_REQUISITES)
    sheet = blocks.sheet_for(s, company, language or doc.language or "en")
    heading = sheet.words[HEADINGS[doc.kind][0]]
    pdf = build_pdf(sales_document_story(sheet, doc), title=f"{heading} {doc.number}",
                    author=company.legal_name)
    return RenderedDocument(doc.number, pdf, sheet.language)


def sales_document_story(sheet: Sheet, doc: SalesDocument) -> list[Flowable]:
    """An invoice or an offer, top to bottom."""
    client = sheet.s.get(Client, doc.client_id)
    assert client is not None
    manager = sheet.s.get(User, doc.manager_id) if doc.manager_id else None
    heading, deadline = (sheet.words[key] for key in HEADINGS[doc.kind])
    for field, text in printed_fields(sheet.company, doc, client, manager):
        check_printable(field, text)  # a refusal names the field, before any page is built
    return [
        *blocks.company_header(sheet),
        *blocks.title(sheet, heading, doc.number, doc.issue_date, (deadline, doc.due_date)),
        *blocks.parties(sheet, client),
        *blocks.lines_table(sheet, doc.lines),
        *blocks.totals(sheet, doc.net_total, blocks.vat_by_rate(doc.lines), doc.vat_included,
                       doc.total, doc.currency),
        *blocks.manager_line(sheet, manager),
        *blocks.signatures(sheet),
    ]


def printed_fields(company: Company, doc: SalesDocument, client: Client,
                   manager: User | None) -> list[tuple[str, str | None]]:
    """(field, text) of everything a sales document prints from the database."""
    fields: list[tuple[str, str | None]] = [
        ("document.number", doc.number), ("company.legal_name", company.legal_name),
        ("company.tax_id", company.tax_id), ("company.address", company.address),
        ("company.phone", company.phone), ("company.email", company.email),
        ("company.director_name", company.director_name),
        ("company.accountant_name", company.accountant_name),
        ("client.name", client.full_name or client.short_name), ("client.tax_id", client.tax_id),
        ("client.address", client.address)]
    for bank in company.bank_accounts[:1]:
        fields += [("company.bank_name", bank.bank_name), ("company.account", bank.account),
                   ("company.bic", bank.bic)]
    for line in doc.lines:
        fields += [(f"lines.{line.line_no}.description", line.description),
                   (f"lines.{line.line_no}.unit", line.unit)]
    if manager is not None:
        fields += [("manager.full_name", manager.full_name), ("manager.email", manager.email),
                   ("manager.phone", manager.phone)]
    return fields


def document_id_by_number(s: Session, number: str) -> uuid.UUID:
    found = s.scalar(select(SalesDocument.id).where(SalesDocument.number == number.strip(),
                                                    SalesDocument.deleted_at.is_(None)))
    if found is None:
        raise CrmError(NO_SUCH_NUMBER, number=number)
    return found


def store_rendered(s: Session, document_id: uuid.UUID, rendered: RenderedDocument) -> Attachment:
    """Keep the PDF as a content-hashed attachment of the document (and its client)."""
    doc = s.get(SalesDocument, document_id)
    assert doc is not None
    return store_content(s, f"{rendered.number}.pdf", rendered.pdf, document_id=document_id,
                         client_id=doc.client_id)

"""The page every printed document shares: the bundled font, the paragraph styles, the footer
with "page/pages" and the A4 build.

A bundled Unicode font (DejaVu Sans, its license in resources/fonts) prints Cyrillic, Kazakh,
Azerbaijani and Mongolian letters.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from crm_desktop.resources import resource_path

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
_registered = False


def register_fonts() -> None:
    """Make the bundled font known to ReportLab (once per process)."""
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


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a printed document."""

    base: ParagraphStyle
    small: ParagraphStyle
    bold: ParagraphStyle
    title: ParagraphStyle
    right: ParagraphStyle
    head: ParagraphStyle  # table column headings


def make_styles() -> Styles:
    """The styles in the bundled font (registers it first)."""
    register_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11)
    bold = ParagraphStyle("bold", parent=base, fontName=FONT_BOLD)
    return Styles(
        base=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        bold=bold,
        title=ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18,
                             spaceAfter=4),
        right=ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        head=ParagraphStyle("head", parent=bold, fontSize=7, leading=9),
    )


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a paragraph: markup characters escaped, line breaks kept."""
    return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"),
                     style)


class NumberedCanvas(Canvas):
    """The footer: draws "page/pages" on every page once the page count is known."""

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


def build_pdf(story: list[Flowable], title: str, author: str) -> bytes:
    """The PDF of `story` on A4 pages with the numbered footer."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                      topMargin=15 * mm, bottomMargin=18 * mm, title=title,
                      author=author).build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()

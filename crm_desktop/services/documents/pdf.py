"""The page every printed document shares: the bundled font, the paragraph styles, the footer
with "page/pages" and the A4 build.

A bundled Unicode font (DejaVu Sans, its license in resources/fonts) prints Cyrillic, Kazakh,
Azerbaijani and Mongolian letters. Every printed string is checked against it
(`check_printable`): a character it has no glyph for (CJK, emoji) or right-to-left text (Arabic,
Hebrew: drawn left to right, unjoined) is refused with the field named — never an empty box.
"""

from __future__ import annotations

import io
import re
import unicodedata
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
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.text import clean_text

UNPRINTABLE = error_code("documents.unprintable",
                         "{field}: the document font cannot print {chars}")
RIGHT_TO_LEFT = error_code(
    "documents.right_to_left",
    "{field}: right-to-left text ({chars}) cannot be printed correctly on documents yet")
# Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff"
                  "\U0001e800-\U0001efff]")

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
    """The characters of `text` the bundled font has no glyph for (empty: all printable).
    Spaces and invisible format characters (joiners, marks) draw nothing and are not counted."""
    register_fonts()
    face = pdfmetrics.getFont(FONT).face
    return {c for c in text if not c.isspace() and ord(c) not in face.charToGlyph
            and unicodedata.category(c) not in ("Cc", "Cf")}


def check_printable(field: str, text: str | None) -> None:
    """Refuse (naming `field`) text the document cannot show as written."""
    if not text:
        return
    missing = font_covers(text)
    if missing:
        raise CrmError(UNPRINTABLE, field=field, chars=" ".join(sorted(missing)[:8]))
    rtl = _RTL.findall(text)
    if rtl:
        raise CrmError(RIGHT_TO_LEFT, field=field, chars="".join(dict.fromkeys(rtl))[:8])


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


def paragraph(text: str, style: ParagraphStyle, field: str = "text") -> Paragraph:
    """Plain text as a paragraph: control characters left out, markup characters escaped,
    line breaks kept; refused when the font cannot print it (`check_printable`)."""
    text = clean_text(text, multiline=True).replace("\u200c", "").replace("\u200d", "")
    check_printable(field, text)
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

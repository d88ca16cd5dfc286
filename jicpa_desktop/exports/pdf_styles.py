"""Fonts, layout constants (millimetres), colours and paragraph styles of every PDF export, in one place.

The font is DejaVu Sans, embedded from resources/fonts (licence beside it): reportlab's built-in Helvetica
is not embedded and cannot draw ŵ or ŷ. All typed text goes through `para`, which escapes it before it
reaches reportlab's paragraph markup (a note such as "<b>" or "&" must print as typed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, TableStyle

from jicpa_desktop.exports.grid_data import Tone
from jicpa_desktop.exports.labels import label
from jicpa_desktop.exports.resources import FONT_BOLD, FONT_REGULAR, font_path

FONT = "JicpaSans"
FONT_BOLD_NAME = "JicpaSans-Bold"

PAGE_LANDSCAPE = landscape(A4)
PAGE_PORTRAIT = A4
MARGIN = 12 * mm
HEADER_HEIGHT = 12 * mm  # band above the frame for the page header
FOOTER_HEIGHT = 10 * mm

MARKING_RED = colors.HexColor("#C00000")
HEADER_DARK = colors.HexColor("#1F3864")
HEADER_LIGHT = colors.HexColor("#D9E1F2")
RULE = colors.HexColor("#A6A6A6")
NOT_OFFERED = colors.HexColor("#F2F2F2")
TEXT_GREY = colors.HexColor("#595959")

# The same palette as the workbook: light fills, dark text, legible when printed in colour or grey.
TONE_FILLS: dict[Tone, Any] = {
    Tone.POSITIVE: colors.HexColor("#C6EFCE"),
    Tone.PARTIAL: colors.HexColor("#FFEB9C"),
    Tone.NEGATIVE: colors.HexColor("#FFC7CE"),
    Tone.NOT_APPLICABLE: colors.HexColor("#E4E4E4"),
}
TONE_TEXT: dict[Tone, Any] = {
    Tone.POSITIVE: colors.HexColor("#006100"),
    Tone.PARTIAL: colors.HexColor("#7F4F00"),
    Tone.NEGATIVE: colors.HexColor("#9C0006"),
    Tone.NOT_APPLICABLE: colors.HexColor("#404040"),
    Tone.NEUTRAL: colors.black,
}
CHART_COLOURS = {"yes": colors.HexColor("#70AD47"), "partly": colors.HexColor("#FFC000"),
                 "no": colors.HexColor("#C00000")}
SERIES_COLOURS = ("#1F3864", "#4472C4", "#70AD47", "#FFC000", "#ED7D31", "#7F7F7F", "#9E480E")

_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(font_path(FONT_REGULAR))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD_NAME, str(font_path(FONT_BOLD))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD_NAME, italic=FONT, boldItalic=FONT_BOLD_NAME)
    # reportlab graphics start every drawing in Helvetica before applying a shape's own font; that lists an
    # unembedded Helvetica in the PDF. Start drawings in the embedded font instead (process-wide, harmless).
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT
    _registered = True


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5, bulletFontName=FONT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "tiny": ParagraphStyle("tiny", parent=base, fontSize=6.3, leading=7.6),
        "tiny_bold": ParagraphStyle("tiny_bold", parent=base, fontName=FONT_BOLD_NAME, fontSize=6.3, leading=7.6),
        "cell": ParagraphStyle("cell", parent=base, fontSize=6.5, leading=7.8, alignment=TA_CENTER),
        "cell_left": ParagraphStyle("cell_left", parent=base, fontSize=6.5, leading=7.8),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD_NAME, fontSize=6.5, leading=7.8),
        "head_white": ParagraphStyle("head_white", parent=base, fontName=FONT_BOLD_NAME, fontSize=7.5, leading=9,
                                     textColor=colors.white),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD_NAME, fontSize=17, leading=21,
                                textColor=HEADER_DARK, spaceAfter=4 * mm),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD_NAME, fontSize=13, leading=16,
                             textColor=HEADER_DARK, spaceBefore=2 * mm, spaceAfter=2 * mm),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD_NAME, fontSize=10.5, leading=13,
                             textColor=HEADER_DARK, spaceBefore=2.5 * mm, spaceAfter=1.2 * mm),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD_NAME, fontSize=9, leading=11,
                             spaceBefore=1.5 * mm, spaceAfter=0.8 * mm),
        "note": ParagraphStyle("note", parent=base, fontSize=8, leading=10, textColor=TEXT_GREY),
        "warning": ParagraphStyle("warning", parent=base, fontName=FONT_BOLD_NAME, fontSize=8, leading=10,
                                  textColor=MARKING_RED),
        "bullet": ParagraphStyle("bullet", parent=base, fontSize=8.5, leading=10.8, leftIndent=4 * mm,
                                 bulletFontName=FONT,
                                 bulletIndent=0.5 * mm, spaceAfter=0.8 * mm),
    }


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose plain-text cells also use the embedded font (reportlab's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def safe(text: object) -> str:
    """Typed text made safe for paragraph markup: &, < and > escaped, line breaks kept."""
    return escape(str(text)).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle, *, bold: bool = False, color: Any = None) -> Paragraph:
    """A paragraph of *typed* text (escaped); markup is only what this module adds around it."""
    markup = safe(text)
    if bold:
        markup = f"<b>{markup}</b>"
    if color is not None:
        markup = f'<font color="{color.hexval() if hasattr(color, "hexval") else color}">{markup}</font>'
    return Paragraph(markup, style)


def numbered_canvas(title: str, lang: str, check: Callable[[], None]) -> type[Canvas]:
    """A canvas that draws the marking, the inspection name and "Page x of y" once the page count is known."""

    marking = label("marking", lang)
    page_text = label("page_x_of_y", lang)

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # The page preamble selects this font: Helvetica would otherwise be listed (not embedded) on every page.
            kwargs["initialFontName"] = FONT  # the doc template passes None
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            check()
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(FONT_BOLD_NAME, 8.5)
            self.setFillColor(MARKING_RED)
            self.drawString(MARGIN, height - MARGIN + 1 * mm, marking)
            self.drawRightString(width - MARGIN, height - MARGIN + 1 * mm, marking)
            self.setFillColor(colors.black)
            self.setFont(FONT, 8)
            self.drawCentredString(width / 2, height - MARGIN + 1 * mm, _fit(title, FONT, 8, width / 2))
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, height - MARGIN - 1 * mm, width - MARGIN, height - MARGIN - 1 * mm)
            self.line(MARGIN, MARGIN + 4 * mm, width - MARGIN, MARGIN + 4 * mm)
            self.setFont(FONT_BOLD_NAME, 8)
            self.setFillColor(MARKING_RED)
            self.drawString(MARGIN, MARGIN, marking)
            self.setFillColor(colors.black)
            self.setFont(FONT, 8)
            self.drawRightString(width - MARGIN, MARGIN,
                                 page_text.format(page=self._pageNumber, pages=total))
            self.restoreState()

    return NumberedCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    """*text* cut (with "…") to *width* points: first to as many characters as could fit (no glyph we print is
    narrower than a fifth of its size), so that a name of any length costs no more than a short one."""
    short = text[: int(width / (size * 0.2)) + 2]
    if short == text and pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    text = short
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"

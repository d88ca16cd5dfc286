"""A genogram or ecomap picture drawn with reportlab from the plain marks: a PDF page, or a flowable for reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from jicpa_desktop.domain.genogram.notation import Picture
from jicpa_desktop.exports.atomic_file import atomic_path
from jicpa_desktop.exports.pdf_styles import FONT, FONT_BOLD_NAME, register_fonts

# The reports' own font: it has every Welsh letter (ŵ, ŷ), which the PDF standard fonts lack.
_FONTS = {False: FONT, True: FONT_BOLD_NAME}


def draw_marks(canvas: Any, picture: Picture, scale: float, height: float) -> None:
    """Draw *picture* with its top-left at the canvas origin's top (PDF y runs upwards, the marks' down)."""

    register_fonts()

    def at(x: float, y: float) -> tuple[float, float]:
        return (x * scale, height - y * scale)

    for mark in picture.marks:
        canvas.saveState()
        canvas.setStrokeColor(HexColor(mark.stroke))
        canvas.setLineWidth(mark.width * scale)
        canvas.setDash([d * scale for d in mark.dash] if mark.dash else [])
        canvas.setLineJoin(1)
        if mark.fill:
            canvas.setFillColor(HexColor(mark.fill))
        fill = 1 if mark.fill else 0
        if mark.kind == "text":
            canvas.setFillColor(HexColor(mark.stroke))
            canvas.setFont(_FONTS[mark.bold], mark.size * scale)
            x, y = at(*mark.points[0])
            draw = {"start": canvas.drawString, "middle": canvas.drawCentredString,
                    "end": canvas.drawRightString}[mark.anchor]
            draw(x, y, mark.text)
        elif mark.kind == "rect":
            (x0, y0), (x1, y1) = (at(*p) for p in mark.points)
            canvas.rect(x0, y1, x1 - x0, y0 - y1, stroke=1, fill=fill)
        elif mark.kind == "ellipse":
            (x0, y0), (x1, y1) = (at(*p) for p in mark.points)
            canvas.ellipse(x0, y1, x1, y0, stroke=1, fill=fill)
        else:
            path = canvas.beginPath()
            first, *rest = (at(*p) for p in mark.points)
            path.moveTo(*first)
            for point in rest:
                path.lineTo(*point)
            if mark.kind == "polygon":
                path.close()
            canvas.drawPath(path, stroke=1, fill=fill if mark.kind == "polygon" else 0)
        canvas.restoreState()


class PictureFlowable(Flowable):  # type: ignore[misc]
    """The picture scaled down (never up) to the frame's width, for the case report."""

    def __init__(self, picture: Picture, max_width: float, max_height: float) -> None:
        super().__init__()
        self.picture = picture
        self.scale = min(1.0, max_width / picture.width, max_height / picture.height)
        self.width = picture.width * self.scale
        self.height = picture.height * self.scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (self.width, self.height)

    def draw(self) -> None:
        draw_marks(self.canv, self.picture, self.scale, self.height)


def write_pdf(picture: Picture, title: str, path: Path) -> None:
    """One page the size of the picture (printable: A4 readers fit it to the page)."""
    with atomic_path(path) as temporary:
        canvas = Canvas(str(temporary), pagesize=(picture.width, picture.height))
        canvas.setTitle(title)
        canvas.setAuthor("JICPA Desktop")
        draw_marks(canvas, picture, 1.0, picture.height)
        canvas.showPage()
        canvas.save()


def report_flowables(pictures: tuple[tuple[str, Picture], ...], width: float) -> list[Flowable]:
    """The case report's genogram pages: each picture under its heading, scaled to the frame, on its own page."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak

    from jicpa_desktop.exports.pdf_styles import para, styles

    story: list[Flowable] = []
    for title, picture in pictures:
        story += [PageBreak(), KeepTogether([para(title, styles()["title"]),
                                             PictureFlowable(picture, width, 215 * mm)])]
    return story

"""A genogram or ecomap picture as a PNG image, drawn with Pillow from the plain marks (no Qt needed)."""

from __future__ import annotations

import itertools
import math
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from jicpa_desktop.domain.genogram.notation import Mark, Picture
from jicpa_desktop.exports.atomic_file import atomic_path
from jicpa_desktop.exports.resources import FONT_BOLD, FONT_REGULAR, font_path

# Two pixels per drawing unit (a point): the 10 pt labels come out 20 px high, readable at 100 % zoom.
PIXELS_PER_UNIT = 2.0
# Drawn this many times larger still and shrunk with a Lanczos filter: Pillow's own lines are not antialiased.
SUPERSAMPLE = 3
_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}  # baseline anchors, as SVG's text y and PDF's drawString
_ELLIPSE_SEGMENTS = 96
Point = tuple[float, float]


@cache
def _font(bold: bool, pixels: int) -> ImageFont.FreeTypeFont:
    # The reports' own font: it has every Welsh letter (ŵ, ŷ).
    return ImageFont.truetype(str(font_path(FONT_BOLD if bold else FONT_REGULAR)), pixels)


def _dashed(points: list[Point], dash: tuple[float, ...]) -> list[list[Point]]:
    """Split a polyline into its inked pieces (Pillow has no dash pattern of its own)."""
    pieces: list[list[Point]] = []
    pattern = [d for d in dash if d > 0] or [1.0]
    index, left, inked = 0, pattern[0], True
    current: list[Point] = [points[0]]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while length - done > left:
            done += left
            t = done / length
            point = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
            if inked:
                current.append(point)
                pieces.append(current)
            current = [point]
            inked = not inked
            index = (index + 1) % len(pattern)
            left = pattern[index]
        left -= length - done
        if inked:
            current.append((x1, y1))
    if inked and len(current) > 1:
        pieces.append(current)
    return pieces


def _outline(mark: Mark, scale: float) -> tuple[list[Point], bool]:
    """The mark's outline in pixels, and whether it is closed."""
    if mark.kind in ("rect", "ellipse"):
        (x0, y0), (x1, y1) = ((x * scale, y * scale) for x, y in mark.points)
        if mark.kind == "rect":
            return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], True
        cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, abs(x1 - x0) / 2, abs(y1 - y0) / 2
        steps = [2 * math.pi * i / _ELLIPSE_SEGMENTS for i in range(_ELLIPSE_SEGMENTS + 1)]
        return [(cx + rx * math.cos(a), cy + ry * math.sin(a)) for a in steps], True
    points = [(x * scale, y * scale) for x, y in mark.points]
    if mark.kind == "polygon":
        return points + points[:1], True
    return points, False


def draw_mark(draw: ImageDraw.ImageDraw, mark: Mark, scale: float) -> None:
    """Draw one mark at *scale* pixels per unit; every kind the SVG and PDF writers draw."""
    if mark.kind == "text":
        x, y = mark.points[0]
        draw.text((x * scale, y * scale), mark.text, fill=mark.stroke,
                  font=_font(mark.bold, max(1, round(mark.size * scale))), anchor=_ANCHORS[mark.anchor])
        return
    if mark.kind not in ("rect", "ellipse", "polygon", "polyline"):
        raise ValueError(f"unknown mark kind {mark.kind!r}")
    outline, closed = _outline(mark, scale)
    if len(outline) < 2:
        return
    if closed and mark.fill:
        draw.polygon(outline, fill=mark.fill)
    width = max(1, round(mark.width * scale))
    pieces = _dashed(outline, tuple(d * scale for d in mark.dash)) if mark.dash else [outline]
    for piece in pieces:
        # Butt ends and round joins, as the PDF's (reportlab's default cap, line join 1).
        draw.line(piece, fill=mark.stroke, width=width, joint="curve")


def picture_image(picture: Picture, pixels_per_unit: float = PIXELS_PER_UNIT) -> Image.Image:
    """The picture on a white background, antialiased by drawing large and shrinking."""
    scale = pixels_per_unit * SUPERSAMPLE
    size = (max(1, math.ceil(picture.width * pixels_per_unit)), max(1, math.ceil(picture.height * pixels_per_unit)))
    big = Image.new("RGB", (size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE), "#ffffff")
    draw = ImageDraw.Draw(big)
    for mark in picture.marks:
        draw_mark(draw, mark, scale)
    return big.resize(size, Image.Resampling.LANCZOS)


def write_png(picture: Picture, title: str, path: Path) -> None:
    """*title* (a case reference, never a name) goes in the PNG's Title text chunk."""
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Title", title)
    info.add_text("Software", "JICPA Desktop")
    image = picture_image(picture)
    with atomic_path(path) as temporary:
        image.save(temporary, format="PNG", pnginfo=info, optimize=False, dpi=(72 * PIXELS_PER_UNIT,) * 2)

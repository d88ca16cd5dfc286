"""A genogram or ecomap picture as SVG text, written from the plain marks (no Qt needed)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from jicpa_desktop.domain.genogram.notation import Mark, Picture
from jicpa_desktop.exports.atomic_file import atomic_path

_ANCHORS = {"start": "start", "middle": "middle", "end": "end"}


def _points(points: tuple[tuple[float, float], ...]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


def _style(mark: Mark) -> str:
    parts = [f'stroke="{mark.stroke}"', f'stroke-width="{mark.width:g}"', f'fill="{mark.fill or "none"}"']
    if mark.dash:
        parts.append(f'stroke-dasharray="{" ".join(f"{d:g}" for d in mark.dash)}"')
    return " ".join(parts)


def mark_svg(mark: Mark) -> str:
    data = f' data-element={quoteattr(mark.element)} data-layer="{mark.layer}"' if mark.element else (
        f' data-layer="{mark.layer}"')
    if mark.kind == "text":
        x, y = mark.points[0]
        weight = ' font-weight="bold"' if mark.bold else ""
        return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{mark.size:g}" text-anchor="{_ANCHORS[mark.anchor]}" '
                f'fill="{mark.stroke}"{weight}{data}>{escape(mark.text)}</text>')
    if mark.kind in ("rect", "ellipse"):
        (x0, y0), (x1, y1) = mark.points
        if mark.kind == "rect":
            return (f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" height="{y1 - y0:.1f}" '
                    f'{_style(mark)}{data}/>')
        return (f'<ellipse cx="{(x0 + x1) / 2:.1f}" cy="{(y0 + y1) / 2:.1f}" rx="{(x1 - x0) / 2:.1f}" '
                f'ry="{(y1 - y0) / 2:.1f}" {_style(mark)}{data}/>')
    tag = "polygon" if mark.kind == "polygon" else "polyline"
    return f'<{tag} points="{_points(mark.points)}" {_style(mark)} stroke-linejoin="round"{data}/>'


def picture_svg(picture: Picture, title: str) -> str:
    """A standalone SVG document; *title* (a case reference, never a name) is its accessible title."""
    body = "\n".join(mark_svg(m) for m in picture.marks)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{picture.width:.0f}" height="{picture.height:.0f}" '
        f'viewBox="0 0 {picture.width:.1f} {picture.height:.1f}" font-family="Helvetica, Arial, sans-serif" '
        f'role="img">\n<title>{escape(title)}</title>\n'
        f'<rect x="0" y="0" width="{picture.width:.1f}" height="{picture.height:.1f}" fill="#ffffff"/>\n'
        f"{body}\n</svg>\n"
    )


def write_svg(picture: Picture, title: str, path: Path) -> None:
    with atomic_path(path) as temporary:
        temporary.write_text(picture_svg(picture, title), encoding="utf-8")

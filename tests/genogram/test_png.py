"""`jicpa genogram render -o FILE.png`: the demo file's genogram and ecomap as real PNGs, re-opened with Pillow."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from PIL import Image

from jicpa_desktop.cli import main
from jicpa_desktop.domain.genogram import notation, samples
from jicpa_desktop.domain.genogram.layout import SYMBOL, layout
from jicpa_desktop.domain.genogram.notation import Mark, Picture
from jicpa_desktop.exports import genogram_png


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def dark_share(image: Image.Image, box: tuple[float, float, float, float]) -> float:
    """The share of the pixels in *box* (image pixels) darker than light grey."""
    region = image.convert("L").crop(box)
    counts = region.histogram()
    return sum(counts[:128]) / max(1, sum(counts))


def demo_case(capsys: pytest.CaptureFixture[str], db: str) -> str:
    code, out, err = run(capsys, "--db", db, "demo")
    assert code == 0, err
    inspection = out.strip().splitlines()[-1]
    code, out, err = run(capsys, "--db", db, "case", "list", "--inspection", inspection, "--json")
    assert code == 0, err
    listed = json.loads(out)
    cases = listed if isinstance(listed, list) else listed["cases"]
    return str(next(c["id"] for c in cases if "DEMO24-21" in json.dumps(c)))


def test_demo_genogram_and_ecomap_render_as_png(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    case = demo_case(capsys, db)
    for name, extra in (("genogram.png", ()), ("ecomap.png", ("--ecomap",)), ("agency.png", ("--kind", "agency"))):
        code, out, err = run(capsys, "--db", db, "genogram", "render", "--case", case, "-o", str(tmp_path / name),
                             *extra)
        assert code == 0, err
        assert f"written: {tmp_path / name}" in out
        with Image.open(tmp_path / name) as image:
            assert image.format == "PNG"
            assert image.width > 600 and image.height > 300
            assert image.info["Title"].startswith("DEMO24-21")  # the case reference, never a name
            assert 0.005 < dark_share(image, (0, 0, image.width, image.height)) < 0.5


def test_png_symbols_sit_where_the_layout_puts_them(tmp_path: Path) -> None:
    family = samples.family_of_25()
    placed = layout(family)
    picture = notation.genogram_picture(family, "en", placed=placed)
    path = tmp_path / "family.png"
    genogram_png.write_png(picture, "GEN-25 genogram", path)
    scale = genogram_png.PIXELS_PER_UNIT
    with Image.open(path) as image:
        assert image.size == (math.ceil(picture.width * scale), math.ceil(picture.height * scale))
        h = SYMBOL / 2
        for box in placed.persons.values():
            # The symbol's outline is inked; a band just inside the box edge holds part of it.
            outline = (box.x - h - 2) * scale, (box.y - h - 2) * scale, (box.x + h + 2) * scale, (box.y + h + 2) * scale
            assert dark_share(image, outline) > 0.05, box.id
        # White where nothing is drawn: the picture's top-left corner, above the oldest generation.
        assert dark_share(image, (0, 0, 10 * scale, 10 * scale)) == 0.0


def test_every_mark_kind_and_dash_is_drawn(tmp_path: Path) -> None:
    marks = (
        Mark("rect", ((10, 10), (40, 40)), fill="#1a1a1a"),
        Mark("ellipse", ((60, 10), (90, 40)), dash=notation.DASHED),
        Mark("polygon", ((110, 40), (125, 10), (140, 40)), fill="#b3261e"),
        Mark("polyline", ((10, 70), (140, 70)), dash=notation.DOTTED, width=3),
        Mark("text", ((75, 95),), text="ŵŷ Welsh", size=12, bold=True),
    )
    image = genogram_png.picture_image(Picture(marks, 150, 110))
    s = genogram_png.PIXELS_PER_UNIT
    assert dark_share(image, (12 * s, 12 * s, 38 * s, 38 * s)) > 0.95  # the filled square
    assert dark_share(image, (66 * s, 16 * s, 84 * s, 34 * s)) == 0.0  # inside the unfilled circle
    red = image.getpixel((round(125 * s), round(35 * s)))
    assert isinstance(red, tuple) and red[0] > 150 and red[1] < 100  # the red triangle's fill
    grey = image.convert("L")
    dotted = [int(grey.getpixel((x, round(70 * s))) or 0) < 128  # type: ignore[arg-type]
              for x in range(round(12 * s), round(138 * s))]
    assert 0.2 < sum(dotted) / len(dotted) < 0.8  # a dotted line: inked and gaps
    assert dark_share(image, (30 * s, 82 * s, 120 * s, 98 * s)) > 0.02  # the text
    with pytest.raises(ValueError, match="unknown mark kind"):
        genogram_png.picture_image(Picture((Mark("curve", ((0, 0), (1, 1))),), 10, 10))

"""Genogram drawing: the 25-person family laid out and drawn into the app's scene, and one person added."""

from __future__ import annotations

import os

from benchmarks.report import median_ms, time_each, verdict

REPEATS = 30


def bench_genogram_scene() -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from jicpa_desktop.domain.genogram import notation, samples
    from jicpa_desktop.domain.genogram.model import ParentLink, Person
    from jicpa_desktop.ui.genogram.scene import GenogramScene

    app = QApplication.instance() or QApplication([])
    family = samples.family_of_25()
    scene = GenogramScene()
    image = QImage(1400, 500, QImage.Format.Format_ARGB32)

    def paint() -> None:  # what the screen shows: every item painted once
        painter = QPainter(image)
        scene.render(painter)
        painter.end()

    def draw(_i: int) -> None:
        scene.show_picture(notation.genogram_picture(family))
        paint()

    def add_one(i: int) -> None:
        grown = family.with_element(Person(f"X{i}", "Cousin (maternal)", "cousin", sex="female", birth_year=2020))
        grown = grown.with_element(ParentLink(f"LX{i}", "P15", f"X{i}"))
        scene.show_picture(notation.genogram_picture(grown))
        paint()

    draw(0)  # the first call pays for fonts and imports
    drawn = time_each(draw, REPEATS)
    added = time_each(add_one, REPEATS)
    del app
    ok = verdict("drawing the 25-person family (layout, notation, scene, painted)", median_ms(drawn), 50, " ms")
    return verdict("adding one person to it and drawing again", median_ms(added), 50, " ms") and ok


def run() -> bool:
    return bench_genogram_scene()

"""Genogram drawing: the 25-person family laid out and drawn into the app's scene, and one person added.

Timed in CPU seconds of this process (the machine is shared, so wall time measures the neighbours too), next to a
baseline measured in the same run: a plain QGraphicsScene given the same number of plain rectangle and text items
and painted into the same image, the least any drawing of this many shapes costs with Qt.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

from benchmarks.report import verdict

REPEATS = 30
TARGET_MS = 50


def _cpu_ms(action: Callable[[int], object], repeats: int) -> float:
    """The median CPU milliseconds action(i) takes."""
    samples = []
    for i in range(repeats):
        start = time.process_time()
        action(i)
        samples.append(time.process_time() - start)
    return statistics.median(samples) * 1000


def bench_genogram_scene() -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

    from jicpa_desktop.domain.genogram import notation, samples
    from jicpa_desktop.domain.genogram.model import ParentLink, Person
    from jicpa_desktop.ui.genogram.scene import GenogramScene

    app = QApplication.instance() or QApplication([])
    family = samples.family_of_25()
    scene = GenogramScene()
    image = QImage(1400, 500, QImage.Format.Format_ARGB32)

    def paint(target: QGraphicsScene) -> None:  # what the screen shows: every item painted once
        painter = QPainter(image)
        target.render(painter)
        painter.end()

    def draw(_i: int) -> None:
        scene.show_picture(notation.genogram_picture(family))
        paint(scene)

    def add_one(i: int) -> None:
        grown = family.with_element(Person(f"X{i}", "Cousin (maternal)", "cousin", sex="female", birth_year=2020))
        grown = grown.with_element(ParentLink(f"LX{i}", "P15", f"X{i}"))
        scene.show_picture(notation.genogram_picture(grown))
        paint(scene)

    marks = notation.genogram_picture(family).marks
    texts = [m.text for m in marks if m.kind == "text"]
    boxes = [QRectF(m.points[0][0], m.points[0][1], 30.0, 30.0) for m in marks if m.kind != "text"]
    plain = QGraphicsScene()

    def baseline(_i: int) -> None:  # the same item count, plain items, no grouping, no notation
        plain.clear()
        for box in boxes:
            plain.addItem(QGraphicsRectItem(box))
        for text in texts:
            plain.addItem(QGraphicsSimpleTextItem(text))
        paint(plain)

    draw(0)  # the first calls pay for fonts and imports
    baseline(0)
    base_ms = _cpu_ms(baseline, REPEATS)
    drawn_ms = _cpu_ms(draw, REPEATS)
    added_ms = _cpu_ms(add_one, REPEATS)
    del app
    print(f"  baseline: a plain QGraphicsScene with {len(boxes)} rectangles and {len(texts)} texts, built and "
          f"painted: {base_ms:.2f} ms CPU")
    ok = verdict(f"drawing the 25-person family (layout, notation, scene, painted), {drawn_ms / base_ms:.1f}× "
                 "the baseline, ms CPU", drawn_ms, TARGET_MS, " ms")
    return verdict(f"adding one person to it and drawing again, {added_ms / base_ms:.1f}× the baseline, ms CPU",
                   added_ms, TARGET_MS, " ms") and ok


def run() -> bool:
    return bench_genogram_scene()

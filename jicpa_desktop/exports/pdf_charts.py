"""Charts for the PDF summary (reportlab graphics): key questions as 100% bars, principles by agency."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from jicpa_desktop.exports.pdf_styles import CHART_COLOURS, FONT, FONT_BOLD_NAME, SERIES_COLOURS, register_fonts


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(0, height - 10, text, fontName=FONT_BOLD_NAME, fontSize=9))


def key_questions_chart(rows: Sequence[tuple[str, int, int, int]], names: tuple[str, str, str], title: str,
                        width: float = 130 * mm) -> Drawing:
    """One 100% bar per question: (label, yes, partly, no) counts; labels are short question headings."""
    register_fonts()
    bar = 5.5 * mm
    plot_height = max(len(rows), 1) * bar * 1.35
    height = plot_height + 28 * mm
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalBarChart()
    chart.x = 40 * mm  # room for "1. Was the child…"
    chart.y = 16 * mm
    chart.width = width - 44 * mm
    chart.height = plot_height
    data: list[list[float]] = [[], [], []]
    for _, yes, partly, no in rows:
        n = yes + partly + no
        for i, count in enumerate((yes, partly, no)):
            data[i].append(100.0 * count / n if n else 0.0)
    chart.data = data
    chart.categoryAxis.categoryNames = [r[0] for r in rows]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.reverseDirection = True  # first question at the top, as in the table
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.barWidth = bar
    for i, key in enumerate(("yes", "partly", "no")):
        chart.bars[i].fillColor = CHART_COLOURS[key]
        chart.bars[i].strokeColor = colors.white
    drawing.add(chart)
    legend = Legend()
    legend.x = 22 * mm
    legend.y = 6 * mm
    legend.fontName = FONT
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 6
    legend.deltax = 28 * mm
    legend.colorNamePairs = [(CHART_COLOURS[k], n) for k, n in zip(("yes", "partly", "no"), names, strict=True)]
    drawing.add(legend)
    return drawing


def principle_chart(principles: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]], title: str,
                    width: float = 130 * mm) -> Drawing:
    """Grouped columns: % Yes for each principle, one colour per agency (None where there is no answer)."""
    register_fonts()
    height = 72 * mm
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    chart.x = 12 * mm
    chart.y = 24 * mm
    chart.width = width - 16 * mm
    chart.height = height - 36 * mm
    chart.data = [[100.0 * v if v is not None else 0.0 for v in values] for _, values in series] or [[0.0]]
    chart.categoryAxis.categoryNames = [p if len(p) < 24 else p[:22] + "…" for p in principles]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.groupSpacing = 6
    for i in range(len(series)):
        chart.bars[i].fillColor = colors.HexColor(SERIES_COLOURS[i % len(SERIES_COLOURS)])
        chart.bars[i].strokeColor = colors.white
    drawing.add(chart)
    legend = Legend()
    legend.x = 12 * mm
    legend.y = 8 * mm
    legend.fontName = FONT
    legend.fontSize = 6.5
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.dx = legend.dy = 5
    legend.deltax = 32 * mm
    legend.colorNamePairs = [(colors.HexColor(SERIES_COLOURS[i % len(SERIES_COLOURS)]), name)
                             for i, (name, _) in enumerate(series)]
    drawing.add(legend)
    return drawing

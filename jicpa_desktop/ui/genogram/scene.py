"""The drawing as a QGraphicsScene: one selectable item per element, built from the notation's plain marks."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsItemGroup,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from jicpa_desktop.domain.genogram.notation import OVERLAY, Mark, Picture

ELEMENT_ROLE = 0  # QGraphicsItem.data key: the element id an item draws
LAYER_ROLE = 1


def _path(mark: Mark) -> QPainterPath:
    path = QPainterPath()
    if mark.kind == "rect":
        (x0, y0), (x1, y1) = mark.points
        path.addRect(QRectF(x0, y0, x1 - x0, y1 - y0))
    elif mark.kind == "ellipse":
        (x0, y0), (x1, y1) = mark.points
        path.addEllipse(QRectF(x0, y0, x1 - x0, y1 - y0))
    else:
        polygon = QPolygonF([QPointF(x, y) for x, y in mark.points])
        if mark.kind == "polygon":
            path.addPolygon(polygon)
            path.closeSubpath()
        else:
            path.addPolygon(polygon)
    return path


_FONTS: dict[tuple[int, bool], tuple[QFont, QFontMetricsF]] = {}


def _font(size: float, bold: bool) -> tuple[QFont, QFontMetricsF]:
    """Fonts by size, made once: building a QFont and measuring with it was most of a redraw's time."""
    key = (max(1, round(size)), bold)
    if key not in _FONTS:
        font = QFont("Sans Serif")
        font.setPixelSize(key[0])  # the marks' units are the scene's pixels
        font.setBold(bold)
        _FONTS[key] = (font, QFontMetricsF(font))
    return _FONTS[key]


_PENS: dict[tuple[str, float, tuple[float, ...]], QPen] = {}
_BRUSHES: dict[str, QBrush] = {}


def _pen(mark: Mark) -> QPen:
    """Pens by colour, width and dash, made once: a drawing has a dozen kinds among its hundreds of marks."""
    key = (mark.stroke, mark.width, mark.dash)
    if key not in _PENS:
        pen = QPen(QColor(mark.stroke), mark.width)
        if mark.dash:
            pen.setDashPattern([max(0.1, d / mark.width) for d in mark.dash])
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        _PENS[key] = pen
    return _PENS[key]


def _brush(colour: str) -> QBrush:
    if colour not in _BRUSHES:
        _BRUSHES[colour] = QBrush(QColor(colour)) if colour else QBrush(Qt.BrushStyle.NoBrush)
    return _BRUSHES[colour]


def _item(mark: Mark) -> QGraphicsItem:
    if mark.kind == "text":
        text = QGraphicsSimpleTextItem(mark.text)
        font, metrics = _font(mark.size, mark.bold)
        text.setFont(font)
        text.setBrush(_brush(mark.stroke))
        width = metrics.horizontalAdvance(mark.text)
        x, y = mark.points[0]
        shift = {"start": 0.0, "middle": width / 2, "end": width}[mark.anchor]
        text.setPos(x - shift, y - mark.size)
        return text
    item = QGraphicsPathItem(_path(mark))
    item.setPen(_pen(mark))
    item.setBrush(_brush(mark.fill))
    return item


class GenogramScene(QGraphicsScene):
    """Each element is one group (clicking any of its lines or words selects it); the overlay can be hidden."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.groups: dict[str, QGraphicsItemGroup] = {}
        self.overlay_items: list[QGraphicsItem] = []
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))

    def show_picture(self, picture: Picture, overlay: bool = True) -> None:
        self.clear()
        self.groups.clear()
        self.overlay_items.clear()
        by_element: dict[tuple[str, bool], list[Mark]] = defaultdict(list)
        order: list[tuple[str, bool]] = []
        for mark in picture.marks:
            key = (mark.element, mark.layer == OVERLAY)
            if key not in by_element:
                order.append(key)
            by_element[key].append(mark)
        for key in order:
            element, is_overlay = key
            items = [_item(m) for m in by_element[key]]
            if not element:
                for item in items:
                    self.addItem(item)
                continue
            group = QGraphicsItemGroup()
            for item in items:
                group.addToGroup(item)
            group.setData(ELEMENT_ROLE, element)
            group.setData(LAYER_ROLE, OVERLAY if is_overlay else "")
            group.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
            self.addItem(group)
            if is_overlay:
                group.setVisible(overlay)
                self.overlay_items.append(group)
            if not is_overlay or element not in self.groups:
                self.groups.setdefault(element, group)
        self.setSceneRect(QRectF(0, 0, picture.width, picture.height))

    def set_overlay_visible(self, visible: bool) -> None:
        for item in self.overlay_items:
            item.setVisible(visible)

    def select_element(self, element_id: str | None) -> None:
        for element, group in self.groups.items():
            group.setSelected(element == element_id)

    def selected_element(self) -> str | None:
        for item in self.selectedItems():
            value = item.data(ELEMENT_ROLE)
            if value:
                return str(value)
        return None

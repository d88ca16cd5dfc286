"""Header sort arrows that point the way the list runs: ▲ smallest first (A to Z), ▼ largest first.

Qt hands styles "SortDown" for an ascending sort and each style draws its platform's habit, so Fusion shows ▼
over an A-to-Z list and ▲ over Z to A, which reads backwards. This draws the arrow from the header's own
order, the same on every platform.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOption, QWidget

ARROW_MAX = 8.0  # pixels, side of the triangle


class SortArrowStyle(QProxyStyle):
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if element != QStyle.PrimitiveElement.PE_IndicatorHeaderArrow or not isinstance(widget, QHeaderView):
            super().drawPrimitive(element, option, painter, widget)
            return
        rect = option.rect
        side = min(ARROW_MAX, rect.width() * 0.8, rect.height() * 0.8)
        x, y = rect.center().x(), rect.center().y()
        half = side / 2
        # The point of the triangle up for smallest first, down for largest first.
        tip = -1 if widget.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder else 1
        points = [QPointF(x - half, y - tip * half / 2), QPointF(x + half, y - tip * half / 2),
                  QPointF(x, y + tip * half / 2)]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.color(QPalette.ColorRole.ButtonText))
        painter.drawPolygon(QPolygonF(points))
        painter.restore()

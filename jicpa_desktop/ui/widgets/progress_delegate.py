"""Draws a progress bar in a table cell from the model's PROGRESS_ROLE (done, total), in the style's own look."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar, QStyleOptionViewItem

from jicpa_desktop.ui.models.roles import PROGRESS_ROLE


class ProgressBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        progress = index.data(PROGRESS_ROLE)
        if not progress:
            super().paint(painter, option, index)
            return
        done, total = progress
        # Selection background first, so the selected row still reads as selected.
        style = option.widget.style() if option.widget is not None else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        text = f"{done} / {total}"
        # The count sits beside the bar, in the palette's text colour: legible in any theme or style.
        text_width = option.fontMetrics.horizontalAdvance("0000 / 0000")
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 5, -(text_width + 10), -5)
        bar.minimum = 0
        bar.maximum = max(total, 1)
        bar.progress = min(done, max(total, 1)) if total else 0
        bar.textVisible = False
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        text_rect = option.rect.adjusted(option.rect.width() - text_width - 6, 0, -4, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 170), hint.height())

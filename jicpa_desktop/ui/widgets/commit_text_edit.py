"""A plain-text box that tells apart "being typed" (debounced save) from "finished" (save now, on focus-out)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


class CommitTextEdit(QPlainTextEdit):
    typed = Signal()  # the user changed the text (not a programmatic set_text)
    committed = Signal()  # focus left with changes not yet reported as committed

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves to the next question, as everywhere else
        self._setting = False
        self._dirty = False
        self.textChanged.connect(self._on_text_changed)
        line_height = QFontMetrics(self.font()).lineSpacing()
        frame = self.contentsMargins()
        margins = frame.top() + frame.bottom() + 2 * int(self.document().documentMargin())
        self.setMinimumHeight(line_height * lines + margins + 4)
        self.setMaximumHeight(line_height * (lines + 3) + margins + 4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_text(self, text: str) -> None:
        if text == self.toPlainText():
            return
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False

    def text(self) -> str:
        return self.toPlainText()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._dirty = False

    def _on_text_changed(self) -> None:
        if self._setting:
            return
        self._dirty = True
        self.typed.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._dirty:
            self._dirty = False
            self.committed.emit()

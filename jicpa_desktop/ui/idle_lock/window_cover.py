"""An opaque cover over one window while the app is locked, for the windows that cannot simply be hidden.

A dialog may be running its own event loop (a question asked with exec()); hiding it would end that loop and
answer the question for the user. So a modal dialog stays where it is, under a cover that fills it, with a title
that says nothing about any child, and comes back exactly as it was at unlock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class WindowCover(QWidget):
    def __init__(self, window: QWidget, text: str, title: str) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self._window = window
        self._title = window.windowTitle()
        self.setAutoFillBackground(True)  # opaque: nothing of the window shows through
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setObjectName("lockCoverText")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        window.installEventFilter(self)
        window.setWindowTitle(title)
        self._fit()
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.ChildAdded):
            self._fit()
        return False

    def _fit(self) -> None:
        self.setGeometry(self._window.rect())
        self.raise_()

    def remove(self) -> None:
        """Give the window back as it was: its own title, nothing over it."""
        self._window.removeEventFilter(self)
        self._window.setWindowTitle(self._title)
        self.hide()
        self.setParent(None)
        self.deleteLater()

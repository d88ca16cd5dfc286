"""The lock screen: one window, in place of the app's, that shows no child's data and asks for the passphrase.

The passphrase is checked off the GUI thread (one key derivation, a third of a second) through the op module,
and five wrong tries in a row make the next ones wait (ui/unlock/wrong_tries.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.services.errors import localized_message
from jicpa_desktop.ui.i18n import current_language
from jicpa_desktop.ui.idle_lock import texts
from jicpa_desktop.ui.operations.ops import QueryOp, Work
from jicpa_desktop.ui.unlock import texts as unlock_texts
from jicpa_desktop.ui.unlock.wrong_tries import WrongTries

Verify = Callable[[str], bool]


def say(text: LocalizedText) -> str:
    return text.get(current_language())


class LockScreen(QWidget):
    """Emits `unlocked` once the right passphrase is typed, `close_requested` for "Close JICPA Desktop"."""

    unlocked = Signal()
    close_requested = Signal()

    def __init__(self, verify: Verify) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("lockScreen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)  # above every other window, covered or not
        self._verify = verify
        self._checking = False
        self.tries = WrongTries(self)
        self.tries.waiting.connect(self._show_wait)
        self.tries.ready.connect(self._ready)
        self.setWindowTitle(say(texts.WINDOW_TITLE))

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setFixedWidth(540)  # wrapped lines need a width to find their height; narrower ones overlapped
        layout = QVBoxLayout(panel)
        self.heading = QLabel(say(texts.HEADING))
        self.heading.setObjectName("lockHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.why = QLabel()
        self.why.setObjectName("lockWhy")
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        for text in (texts.SAVED, texts.ASK):
            label = QLabel(say(text))
            label.setWordWrap(True)
            layout.addWidget(label)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        label = QLabel(say(texts.PASSPHRASE))
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("lockProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(say(texts.UNLOCK))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = QPushButton(say(texts.CLOSE_APP))
        self.close_button.setObjectName("closeAppButton")
        self.close_button.clicked.connect(self.close_requested)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.passphrase.returnPressed.connect(self.try_unlock)
        row = QHBoxLayout()  # centred by stretches, not alignment: aligned, the panel got no room to wrap in
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def prepare(self, idle_minutes: int | None) -> None:
        """Fresh for this lock: why it locked, an empty passphrase field with the focus."""
        if idle_minutes is None:
            self.why.setText(say(texts.LOCKED_BY_USER))
        else:
            self.why.setText(say(texts.LOCKED_IDLE).replace("%1", str(idle_minutes)))
        self.passphrase.clear()
        if not self.tries.must_wait:
            self.problem.clear()

    def try_unlock(self) -> None:
        if self._checking or self.tries.must_wait:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.problem.setText(say(texts.EMPTY))
            return
        self._checking = True
        self.unlock_button.setEnabled(False)
        self.problem.setText(say(texts.CHECKING))
        verify = self._verify

        def check(_work: Work) -> bool:
            return verify(passphrase)

        QueryOp(parent=self, op=check, success=self._checked).failure(self._failed).run_in_background()

    def _checked(self, right: bool) -> None:
        self._checking = False
        self.unlock_button.setEnabled(True)
        if right:
            self.tries.right()
            self.passphrase.clear()
            self.problem.clear()
            self.unlocked.emit()
            return
        self.problem.setText(say(texts.WRONG))
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.tries.wrong()

    def _failed(self, error: BaseException, _trace: str) -> None:
        """The key file could not be read (moved, damaged): say why here; a dialog would sit under the lock."""
        self._checking = False
        self.unlock_button.setEnabled(True)
        message = localized_message(error)
        self.problem.setText(say(message) if message is not None else str(error))

    def _show_wait(self, seconds_left: int) -> None:
        self.unlock_button.setEnabled(False)
        self.passphrase.setEnabled(False)
        self.problem.setText(say(unlock_texts.WAIT).replace("%1", str(self.tries.failures))
                             .replace("%2", str(seconds_left)))

    def _ready(self) -> None:
        self.unlock_button.setEnabled(True)
        self.passphrase.setEnabled(True)
        self.passphrase.clear()  # the wrong one typed before the wait is not a start for the next
        self.passphrase.setFocus()
        self.problem.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window manager's close button must not unlock anything: it means "close the app". The app's own
        # close (quitting, a test ending) is not the user's and goes through.
        if event.spontaneous():
            event.ignore()
            self.close_requested.emit()
        else:
            event.accept()

"""Wrong passphrases in a row: after five, each next try waits (30 s, then doubling), counted down once a second.

Shared by the passphrase dialog at start (ui/unlock) and the lock screen (ui/idle_lock), so guessing at a laptop
left open is slow wherever the passphrase is asked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

FREE_TRIES = 5
FIRST_WAIT_SECONDS = 30


def wait_after(failures: int, first_wait: int | None = None) -> int:
    """Seconds to wait before the next try after *failures* wrong passphrases in a row."""
    if failures < FREE_TRIES:
        return 0
    return (first_wait or FIRST_WAIT_SECONDS) * 2 ** min(failures - FREE_TRIES, 6)


class WrongTries(QObject):
    """Counts wrong tries; `waiting(seconds_left)` each second of a wait, then `ready` when a try is allowed."""

    waiting = Signal(int)
    ready = Signal()

    def __init__(self, parent: QObject | None = None, first_wait: int | None = None) -> None:
        super().__init__(parent)
        self.failures = 0
        self.seconds_left = 0
        self._first_wait = first_wait
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    @property
    def must_wait(self) -> bool:
        return self.seconds_left > 0

    def wrong(self) -> int:
        """One more wrong passphrase: the seconds to wait now (0 while the free tries last)."""
        self.failures += 1
        self.seconds_left = wait_after(self.failures, self._first_wait)
        if self.seconds_left:
            self.waiting.emit(self.seconds_left)
            self._timer.start()
        return self.seconds_left

    def right(self) -> None:
        """The passphrase was right: the count starts again."""
        self.failures = 0
        self.seconds_left = 0
        self._timer.stop()

    def _tick(self) -> None:
        self.seconds_left -= 1
        if self.seconds_left > 0:
            self.waiting.emit(self.seconds_left)
            return
        self._timer.stop()
        self.ready.emit()

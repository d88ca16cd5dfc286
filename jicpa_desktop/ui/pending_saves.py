"""Edits waiting to go to the writer thread: the last one per key wins, handed over after a pause in typing or at
once (on focus-out, switching, closing), then the screen re-evaluates. Shared by the file's and the observation's
form screens."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer

DEBOUNCE_MS = 400  # text is saved this long after typing stops


class PendingSaves(QObject):
    def __init__(self, after_flush: Callable[[], None], parent: QObject, interval_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._after_flush = after_flush
        self._submits: dict[Hashable, Callable[[], None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.flush)

    def queue(self, key: Hashable, submit: Callable[[], None], now: bool) -> None:
        """Keep *submit* as the change for *key* (replacing an earlier one); hand everything over if *now*."""
        self._submits[key] = submit
        if now:
            self.flush()
        else:
            self._timer.start()

    def flush(self) -> None:
        """Hand every pending change to the writer now; re-evaluate when there was one."""
        self._timer.stop()
        submits, self._submits = self._submits, {}
        for submit in submits.values():
            submit()
        if submits:
            self._after_flush()

    def drop(self, keep: Callable[[Hashable], bool]) -> None:
        """Forget the changes whose key *keep* refuses (a removed row's, a refused grade's): never saved."""
        self._submits = {k: v for k, v in self._submits.items() if keep(k)}

    def __bool__(self) -> bool:
        return bool(self._submits)

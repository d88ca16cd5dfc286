"""Notices when the user has not touched the app for a while: an application-wide event filter on input events
restarts one single-shot timer, whose timeout means "idle"."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

# What counts as use of the app. Paint, timer and focus events do not: a window redrawing itself is not a person.
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.InputMethod,
})
# Restarting the timer on every mouse move would cost a call per event; once a second is precise enough.
_RESTART_EVERY_S = 1.0


class IdleWatch(QObject):
    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Precise: a coarse timer may fire 5% late (15 s of 5 min) and its remaining time is as loose.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(max(int(timeout_ms), 1))
        self._timer.timeout.connect(self.idle)
        self._last_restart = 0.0
        self._watching = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(int(timeout_ms), 1))
        if self._watching:
            self._restart()

    def start(self) -> None:
        if not self._watching:
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self._watching = True
        self._restart()

    def stop(self) -> None:
        if self._watching:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._watching = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            now = time.monotonic()
            if now - self._last_restart >= _RESTART_EVERY_S or self._timer.interval() < 2000:
                self._restart(now)
        return False  # only watching: every event still goes where it was going

    def _restart(self, now: float | None = None) -> None:
        self._last_restart = time.monotonic() if now is None else now
        self._timer.start()

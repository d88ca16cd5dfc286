"""Locking the whole app: pending edits handed to the writer, every window hidden or covered, the lock screen up;
the right passphrase puts every window back as it was, with the keyboard focus where it was.

Windows that appear while the app is locked (a progress window, the "done" message of an export that was
running) are hidden or covered the same way, so background work carries on without showing anything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QToolTip, QWidget

from jicpa_desktop.ui.idle_lock import texts
from jicpa_desktop.ui.idle_lock.idle_watch import IdleWatch
from jicpa_desktop.ui.idle_lock.lock_screen import LockScreen, Verify, say
from jicpa_desktop.ui.idle_lock.window_cover import WindowCover
from jicpa_desktop.ui.operations.task_manager import alive

DEFAULT_IDLE_MINUTES = 5
_LEFT_ALONE = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)  # closed at lock; never hidden or covered


def _is_modal(window: QWidget) -> bool:
    return window.isModal() or window.windowModality() is not Qt.WindowModality.NonModal


class AppLock(QObject):
    locked_changed = Signal(bool)

    def __init__(self, home: QWidget, verify: Verify, flush: Callable[[], None],
                 idle_minutes: int = DEFAULT_IDLE_MINUTES, parent: QObject | None = None) -> None:
        super().__init__(parent or home)
        self._home = home  # the main window: the lock screen takes its place on the screen
        self._verify = verify
        self._flush = flush
        self.idle_minutes = idle_minutes
        self.watch = IdleWatch(idle_minutes * 60_000, self)
        self.watch.idle.connect(self._went_idle)
        self.screen: LockScreen | None = None
        self._hidden: list[QWidget] = []
        self._covers: dict[QWidget, WindowCover] = {}
        self._focus: QWidget | None = None

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def start(self) -> None:
        self.watch.start()

    def stop(self) -> None:
        """The app is closing: stop watching, and take the lock screen down with it if it is up."""
        self.watch.stop()
        QCoreApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self._dismantle()

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_minutes = minutes
        self.watch.set_timeout_ms(minutes * 60_000)

    # -- locking -------------------------------------------------------------------------------------

    def _went_idle(self) -> None:
        self.lock(idle=True)

    def lock(self, *, idle: bool = False) -> None:
        if self.locked:
            return
        self._focus = QApplication.focusWidget()
        self._flush()  # text being typed is committed and handed to the writer before anything hides
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or drop-down would float above the lock
        QToolTip.hideText()
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowType() not in _LEFT_ALONE]
        screen = LockScreen(self._verify)
        screen.prepare(self.idle_minutes if idle else None)
        screen.unlocked.connect(self.unlock)
        screen.close_requested.connect(self._close_app)
        if self._home.isVisible():
            screen.setGeometry(self._home.geometry())
        else:
            screen.resize(self._home.size())
        self.screen = screen
        screen.show()
        screen.raise_()
        screen.activateWindow()
        screen.passphrase.setFocus()
        # The home window first, so a dialog that Qt hides along with its parent is still found visible here.
        for window in sorted(windows, key=lambda w: w is not self._home):
            self._put_away(window)
        QCoreApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self.watch.stop()
        self.locked_changed.emit(True)

    def _put_away(self, window: QWidget) -> None:
        if window in self._covers or window in self._hidden:
            return
        if _is_modal(window):
            # It may be running its own event loop (a question asked with exec()): hiding it would answer it.
            self._covers[window] = WindowCover(window, say(texts.COVER), say(texts.WINDOW_TITLE))
        else:
            self._hidden.append(window)
            window.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While locked: a window that appears is put away at once, before it is drawn."""
        if (event.type() is QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow()
                and self.screen is not None and watched is not self.screen
                and not self.screen.isAncestorOf(watched) and watched.windowType() not in _LEFT_ALONE):
            self._put_away(watched)
            if _is_modal(watched):
                # The newest modal window takes the keyboard: bring the lock screen back above it.
                QTimer.singleShot(0, self._lock_screen_on_top)
        return False

    def _lock_screen_on_top(self) -> None:
        screen = self.screen
        if screen is not None and alive(screen):
            screen.hide()
            screen.show()
            screen.activateWindow()
            screen.passphrase.setFocus()

    # -- unlocking -----------------------------------------------------------------------------------

    def unlock(self) -> None:
        screen = self.screen
        if screen is None:
            return
        QCoreApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        hidden, self._hidden = self._hidden, []
        covers, self._covers = self._covers, {}
        for window in hidden:  # the home window first, as they were put away
            if alive(window):
                window.show()
        for window, cover in covers.items():
            if alive(window) and alive(cover):
                cover.remove()
        self.screen = None
        screen.hide()
        screen.deleteLater()
        if alive(self._home) and self._home.isVisible():
            self._home.raise_()
            self._home.activateWindow()
        focus, self._focus = self._focus, None
        if focus is not None and alive(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.watch.start()
        self.locked_changed.emit(False)

    def _close_app(self) -> None:
        """"Close JICPA Desktop" on the lock screen: close as the app always closes (every edit drained)."""
        self._home.close()  # its closeEvent stops this lock (stop), unless the user chose to stay

    def _dismantle(self) -> None:
        for window in list(self._covers):
            if alive(window) and isinstance(window, QDialog):
                window.reject()  # ends a question's own event loop, so the app can finish
        self._covers.clear()
        self._hidden.clear()
        screen, self.screen = self.screen, None
        if screen is not None and alive(screen):
            screen.close()
            screen.deleteLater()

"""The app's one background executor and the one object worker threads ever signal through.

Why one object: a worker that emits through a short-lived QObject (a dialog's helper) races the GUI
thread deleting it when the dialog closes — the segfault the test suite used to hit after the export
dialog tests. Here workers never touch Qt objects at all: they append a closure to a locked list and
emit one signal on the TaskManager, which lives as long as the QApplication (it is its child) and is
shut down only after every worker has finished. Everything else happens on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from jicpa_desktop.ui.operations.changes import Changes
from jicpa_desktop.ui.operations.write_queue import WriteQueue

log = logging.getLogger(__name__)
T = TypeVar("T")
READ_THREADS = 2  # exports and dashboards read in parallel under WAL; more would only fight for 2 cores


def alive(obj: object) -> bool:
    """False once the C++ side of a Qt object is gone (its window was closed and deleted)."""
    return not isinstance(obj, QObject) or shiboken6.isValid(obj)


def _guarded(callback: Callable[..., None] | None) -> Callable[..., None] | None:
    """A callback bound to a deleted widget is skipped rather than called on a dead object."""
    if callback is None:
        return None
    owner = getattr(callback, "__self__", None)

    def call(*args: Any) -> None:
        if alive(owner):
            callback(*args)

    return call


class TaskManager(QObject):
    """Reads on a small pool, writes on one writer thread, results back on the GUI thread."""

    changed = Signal(object)  # Changes — the one application-wide change signal
    writes_busy_changed = Signal(bool)
    _closures_pending = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jicpaTaskManager")
        self._lock = threading.Lock()
        self._closures: list[Callable[[], None]] = []
        self._reads: set[Future[Any]] = set()
        self._closures_pending.connect(self._run_closures, Qt.ConnectionType.QueuedConnection)
        self._readers = ThreadPoolExecutor(max_workers=READ_THREADS, thread_name_prefix="jicpa-read")
        self.writes = WriteQueue(self.run_on_main, self._default_failure, self._writes_busy, guard=_guarded)
        self._shut_down = False

    # -- any thread --------------------------------------------------------------------------------

    def run_on_main(self, closure: Callable[[], None]) -> None:
        """Run *closure* on the GUI thread soon; safe from any thread while the app is alive."""
        with self._lock:
            self._closures.append(closure)
            first = len(self._closures) == 1
        if first:
            self._closures_pending.emit()

    # -- GUI thread ----------------------------------------------------------------------------------

    def _run_closures(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            try:
                closure()
            except BaseException:  # one broken callback must not drop the results queued behind it
                sys.excepthook(*sys.exc_info())

    def deliver_pending(self) -> None:
        """Run the closures already queued for the GUI thread (used when waiting synchronously)."""
        self._run_closures()

    def submit_read(self, function: Callable[[], T], on_finished: Callable[[Future[T]], None]) -> Future[T]:
        """Run *function* on a reader thread; *on_finished(future)* runs on the GUI thread."""
        # *function* and *on_finished* may capture Qt objects (a dialog's bound methods): the reader thread must
        # never drop the last reference to one, or its C++ side is destroyed off the GUI thread and the app
        # crashes. The reader only ever holds this box; the GUI thread empties it once the result is delivered.
        held: list[Any] = [function, on_finished]

        def run() -> T:
            return held[0]()  # type: ignore[no-any-return]

        future = self._readers.submit(run)
        with self._lock:
            self._reads.add(future)

        def finished(done: Future[T]) -> None:  # on the reader thread
            self.run_on_main(lambda: self._read_delivered(done, held))

        future.add_done_callback(finished)
        return future

    def _read_delivered(self, future: Future[T], held: list[Any]) -> None:
        with self._lock:
            self._reads.discard(future)
        on_finished = held[1]
        try:
            on_finished(future)
        finally:
            held.clear()  # the function, the callback and what they captured are released here, on the GUI thread
            error = None if future.cancelled() else future.exception()
            if error is not None:
                error.__traceback__ = None  # its frames hold the function's locals

    def announce(self, changes: Changes) -> None:
        """Tell every open view what a write changed."""
        if not changes.empty:
            self.changed.emit(changes)

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._reads) or bool(self._closures) or self.writes.pending > 0

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Block until every read and write has finished and its callback has run; False on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                reads = list(self._reads)
            for future in reads:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                try:
                    future.exception(timeout=remaining)
                except TimeoutError:
                    return False
            if not self.writes.wait_until_written(max(deadline - time.monotonic(), 0.0)):
                return False
            self.deliver_pending()
            if not self.busy:
                return True
            if time.monotonic() >= deadline:
                return False

    def shutdown(self, timeout: float = 60.0) -> bool:
        """Finish everything and stop the threads; called once, when the application quits."""
        if self._shut_down:
            return True
        self._shut_down = True
        drained = self.wait_idle(timeout)
        self.writes.close(timeout=1.0)
        self._readers.shutdown(wait=drained, cancel_futures=not drained)
        return drained

    # -- defaults ----------------------------------------------------------------------------------

    def _writes_busy(self, busy: bool) -> None:
        self.writes_busy_changed.emit(busy)

    def _default_failure(self, error: BaseException, trace: str) -> None:
        from jicpa_desktop.ui.error_presenter import present_error

        present_error(None, error, trace)


def task_manager() -> TaskManager:
    """The application's task manager, created on first use as a child of the QApplication."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before running store work")
    found = app.findChild(TaskManager, "jicpaTaskManager")
    if isinstance(found, TaskManager):
        return found
    manager = TaskManager(app)
    # The workers must be gone before the QApplication (and this object) is destroyed.
    app.aboutToQuit.connect(manager.shutdown)
    return manager

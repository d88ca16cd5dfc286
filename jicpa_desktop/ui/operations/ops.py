"""QueryOp and WriteOp: one user action run off the GUI thread, with its callbacks back on the GUI thread.

An op is a small function of a `Work` (its progress callback and cancel token) that calls services and
returns plain data. `success` runs on the GUI thread with the result — unless the widget that started
the op has been deleted meanwhile, in which case the result is not lost (the work finished, a write's
changes are still announced) but nobody is called on a dead widget. Failures go to `failure`, or to the
one default error presenter. `with_progress(label)` shows a progress window with Cancel after 300 ms.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from jicpa_desktop.services.long_work import CancelToken, ProgressCallback
from jicpa_desktop.ui.operations.changes import Changes
from jicpa_desktop.ui.operations.task_manager import alive, task_manager

T = TypeVar("T")
PROGRESS_DELAY_MS = 300


@dataclass(frozen=True, slots=True)
class Work:
    """What an op's function gets: where to report progress and how to notice Cancel."""

    progress: ProgressCallback
    cancel: CancelToken


class _Progress:
    """The progress window of one op; updates from the worker are coalesced into one GUI callback."""

    def __init__(self, parent: QWidget | None, label: str, cancel: CancelToken) -> None:
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None
        self._scheduled = False
        # Found now, on the GUI thread: looking it up from the worker would walk the application's children
        # while the GUI thread changes them.
        self._manager = task_manager()
        self.dialog = QProgressDialog(label, QCoreApplication.translate("LongWork", "Cancel"), 0, 0, parent)
        self.dialog.setObjectName("longWorkProgress")
        self.dialog.setWindowTitle(label)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(cancel.cancel)

    def report(self, done: int, total: int, message: str) -> None:  # any thread
        with self._lock:
            self._latest = (done, total, message)
            if self._scheduled:
                return
            self._scheduled = True
        self._manager.run_on_main(self._show)

    def _show(self) -> None:
        with self._lock:
            latest, self._latest, self._scheduled = self._latest, None, False
        if latest is None or not alive(self.dialog):
            return
        done, total, message = latest
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)

    def close(self) -> None:
        if alive(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()


class OpHandle(Generic[T]):
    """A started op: whether it has finished (its callbacks have run), and a way to cancel it."""

    def __init__(self, cancel: CancelToken) -> None:
        self.cancel_token = cancel
        self.finished = False

    def cancel(self) -> None:
        self.cancel_token.cancel()


class _Op(Generic[T]):
    _is_write = False

    def __init__(self, *, parent: QWidget | None, op: Callable[[Work], T],
                 success: Callable[[T], None] | None = None) -> None:
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Callable[[BaseException, str], None] | None = None
        self._progress_label: str | None = None

    def failure(self, callback: Callable[[BaseException, str], None]) -> _Op[T]:
        self._failure = callback
        return self

    def with_progress(self, label: str) -> _Op[T]:
        self._progress_label = label
        return self

    def run_in_background(self) -> OpHandle[T]:
        manager = task_manager()
        cancel = CancelToken()
        handle: OpHandle[T] = OpHandle(cancel)
        progress = _Progress(self._parent, self._progress_label, cancel) if self._progress_label else None
        work = Work(progress.report if progress else _no_progress, cancel)

        def call() -> T:
            return self._op(work)

        def succeeded(result: T) -> None:
            self._settle(handle, progress)
            self._after_success(result)
            if self._success is not None and alive(self._parent):
                self._success(result)

        def failed(error: BaseException, trace: str) -> None:
            self._settle(handle, progress)
            parent = self._parent if alive(self._parent) else None
            if self._failure is not None and parent is self._parent:
                self._failure(error, trace)
            else:
                from jicpa_desktop.ui.error_presenter import present_error

                present_error(parent, error, trace)

        if self._is_write:
            manager.writes.submit(call, on_done=succeeded, on_error=failed)
        else:
            def read_finished(future: Future[T]) -> None:
                error = future.exception()
                if error is None:
                    succeeded(future.result())
                else:
                    failed(error, "".join(traceback.format_exception(error)))

            manager.submit_read(call, read_finished)
        return handle

    def _after_success(self, result: T) -> None:
        """Hook for writes: announce what changed."""

    def _settle(self, handle: OpHandle[T], progress: _Progress | None) -> None:
        handle.finished = True
        if progress is not None:
            progress.close()


def _no_progress(done: int, total: int, message: str) -> None:
    """Ops without a progress window ignore progress."""


class QueryOp(_Op[T]):
    """Read something without blocking the GUI: `op` runs on a reader thread."""


class WriteOp(_Op[T]):
    """Change something: `op` runs on the one writer thread, then `changes` goes to every open view."""

    _is_write = True

    def __init__(self, *, parent: QWidget | None, op: Callable[[Work], T],
                 changes: Changes | Callable[[T], Changes], success: Callable[[T], None] | None = None) -> None:
        super().__init__(parent=parent, op=op, success=success)
        self._changes = changes

    def _after_success(self, result: T) -> None:
        changes = self._changes(result) if callable(self._changes) else self._changes
        task_manager().announce(changes)



"""The one helper for long work (imports, exports, merges): a worker thread, a progress bar, Cancel.

`run_with_progress` calls `work(progress, cancel)` on a pool thread; progress is marshalled to the GUI
thread through a signal; success and failure callbacks run on the GUI thread. The work function gets
plain data and returns plain data: no widget and no ORM object crosses the thread boundary.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from jicpa_desktop.services.errors import OperationCancelledError, StoreUnavailableError, UserError
from jicpa_desktop.services.long_work import CancelToken, ProgressCallback

Work = Callable[[ProgressCallback, CancelToken], Any]


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, work: Work, cancel: CancelToken, signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._signals.progress.emit, self._cancel)
        except BaseException as error:  # reported on the GUI thread, never lost on a worker
            self._signals.failed.emit(error, traceback.format_exc())
        else:
            self._signals.succeeded.emit(result)


class LongWork(QObject):
    """One running piece of long work; kept alive by its parent widget until it finishes."""

    finished = Signal()

    def __init__(self, parent: QWidget, title: str, work: Work,
                 on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException, str], None] | None = None) -> None:
        super().__init__(parent)
        self.cancel_token = CancelToken()
        self._on_success = on_success
        self._on_failure = on_failure
        self.dialog = QProgressDialog(title, QCoreApplication.translate("LongWork", "Cancel"), 0, 0, parent)
        self.dialog.setObjectName("longWorkProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel_token.cancel)
        # The signals belong to this object, so Qt deletes them with it on the GUI thread; the runnable
        # belongs to the thread pool, which deletes it only after run() has returned.
        self._signals = _Signals(self)
        self._signals.progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._work = work

    def start(self) -> None:
        runnable = _Runnable(self._work, self.cancel_token, self._signals)
        runnable.setAutoDelete(True)
        QThreadPool.globalInstance().start(runnable)

    def _show_progress(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)

    def _close(self) -> None:
        self.dialog.close()
        self.finished.emit()
        self.deleteLater()

    def _succeeded(self, result: object) -> None:
        self._close()
        self._on_success(result)

    def _failed(self, error: BaseException, trace: str) -> None:
        self._close()
        if self._on_failure is not None:
            self._on_failure(error, trace)
        else:
            report_failure(self.parent(), error, trace)


def report_failure(parent: Any, error: BaseException, trace: str) -> None:
    """The default error path: user errors as plain dialogs, cancellation quietly, bugs to the crash dialog."""
    from jicpa_desktop.ui import messages

    title = QCoreApplication.translate("LongWork", "JICPA Desktop")
    if isinstance(error, OperationCancelledError):
        return
    if isinstance(error, UserError | StoreUnavailableError):
        messages.show_error(parent, title, str(error))
        return
    from jicpa_desktop.ui.crash import show_crash_report

    show_crash_report(parent, error, trace)


def run_with_progress(parent: QWidget, title: str, work: Work,
                      on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException, str], None] | None = None) -> LongWork:
    """Start *work* off the GUI thread with a progress dialog and a Cancel button."""
    job = LongWork(parent, title, work, on_success, on_failure)
    job.start()
    return job

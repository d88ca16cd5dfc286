"""The one writer: a background thread that runs every store write in order, so typing never waits on disk.

Modelled on Anki's taskman: the GUI submits small jobs (set an answer, add a row, record a grade); the
writer runs them one at a time on its own thread and hands each result or error back to the GUI thread
through a queued signal. A job submitted with a key replaces a queued, not yet started job with the same
key, so a burst of edits to one answer costs one write. Closing waits until the queue has drained.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

log = logging.getLogger(__name__)

Action = Callable[[], Any]
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException, str], None]


@dataclass(frozen=True, slots=True)
class WriteJob:
    key: Hashable | None
    action: Action
    on_done: OnDone | None
    on_error: OnError | None


class SaveWriter(QObject):
    """Runs submitted jobs serially on one thread; callbacks run on the GUI thread."""

    _job_finished = Signal(object, object, object, str)  # job, result, error, trace
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[WriteJob] = deque()
        self._condition = threading.Condition()
        self._running = False
        self._closed = False
        self._job_finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._loop, name="jicpa-writer", daemon=True)
        self._thread.start()

    # -- GUI thread ------------------------------------------------------------------------------

    def submit(self, action: Action, *, key: Hashable | None = None, on_done: OnDone | None = None,
               on_error: OnError | None = None) -> None:
        job = WriteJob(key, action, on_done, on_error)
        with self._condition:
            if self._closed:
                raise RuntimeError("the writer is closed")
            if key is not None:
                for index, queued in enumerate(self._queue):
                    if queued.key == key:
                        self._queue[index] = job  # the newest value wins; its place in the order is kept
                        return
            was_idle = not self._queue and not self._running
            self._queue.append(job)
            self._condition.notify_all()
        if was_idle:
            self.busy_changed.emit(True)

    @property
    def pending(self) -> int:
        with self._condition:
            return len(self._queue) + (1 if self._running else 0)

    def wait_until_idle(self, timeout: float = 30.0) -> bool:
        """Block until every submitted job has run, then deliver their callbacks; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._queue or self._running:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._condition.wait(remaining)
        # Results travel to the GUI thread as queued signals: deliver them before returning.
        QCoreApplication.sendPostedEvents(self)
        return True

    def close(self, timeout: float = 30.0) -> bool:
        """Drain the queue and stop the thread; returns False if work was still running at the timeout."""
        drained = self.wait_until_idle(timeout)
        with self._condition:
            self._closed = True
            self._condition.notify_all()
        self._thread.join(timeout=1.0 if drained else 0.1)
        return drained

    @property
    def closed(self) -> bool:
        return self._closed

    def _deliver(self, job: WriteJob, result: object, error: object, trace: str) -> None:
        if isinstance(error, BaseException):
            if job.on_error is not None:
                job.on_error(error, trace)
            else:
                from jicpa_desktop.ui.long_work import report_failure

                report_failure(None, error, trace)
        elif job.on_done is not None:
            job.on_done(result)
        if self.pending == 0:
            self.busy_changed.emit(False)

    # -- writer thread ---------------------------------------------------------------------------

    def _loop(self) -> None:
        while True:
            with self._condition:
                while not self._queue and not self._closed:
                    self._condition.wait()
                if not self._queue:
                    return
                job = self._queue.popleft()
                self._running = True
            result: object = None
            error: BaseException | None = None
            trace = ""
            try:
                result = job.action()
            except BaseException as caught:  # handed to the GUI thread; the writer keeps going
                error, trace = caught, traceback.format_exc()
                log.info("write failed: %s", caught)
            self._job_finished.emit(job, result, error, trace)
            with self._condition:
                self._running = False
                self._condition.notify_all()

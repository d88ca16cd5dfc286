"""The one writer: store writes run one at a time, in order, on a thread of their own; no Qt in here.

The GUI submits small jobs (set an answer, record a grade) and long ones (an import, a merge); they run
serially, so a merge holding SQLite's write lock makes the next autosave wait its turn rather than fail.
A job submitted with a key replaces a queued, not yet started job with the same key, so a burst of edits
to one answer costs one write. Results go back through `deliver`, which puts a closure on the GUI thread.
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

log = logging.getLogger(__name__)

Action = Callable[[], Any]
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException, str], None]
Deliver = Callable[[Callable[[], None]], None]


@dataclass(frozen=True, slots=True)
class WriteJob:
    key: Hashable | None
    action: Action
    on_done: OnDone | None
    on_error: OnError | None


class WriterClosedError(RuntimeError):
    """A write was submitted after the writer stopped (the app is closing)."""


class WriteQueue:
    """Runs submitted jobs serially on one thread; `deliver` hands each outcome to the GUI thread."""

    def __init__(self, deliver: Deliver, on_error: OnError, on_busy: Callable[[bool], None],
                 guard: Callable[[Any], Any] = lambda callback: callback) -> None:
        self._deliver = deliver
        self._guard = guard  # wraps callbacks, e.g. to skip those bound to a deleted widget
        self._default_error = on_error
        self._on_busy = on_busy
        self._queue: deque[WriteJob] = deque()
        self._condition = threading.Condition()
        self._running = False
        self._undelivered = 0  # finished on the writer, callback not yet run on the GUI thread
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name="jicpa-writer", daemon=True)
        self._thread.start()

    # -- GUI thread ------------------------------------------------------------------------------

    def submit(self, action: Action, *, key: Hashable | None = None, on_done: OnDone | None = None,
               on_error: OnError | None = None) -> None:
        job = WriteJob(key, action, self._guard(on_done), self._guard(on_error))
        with self._condition:
            if self._closed:
                raise WriterClosedError("the writer is closed")
            if key is not None:
                for index, queued in enumerate(self._queue):
                    if queued.key == key:
                        self._queue[index] = job  # the newest value wins; its place in the order is kept
                        return
            was_idle = self._idle_locked()
            self._queue.append(job)
            self._condition.notify_all()
        if was_idle:
            self._on_busy(True)

    @property
    def pending(self) -> int:
        """Jobs queued, running, or finished with their callback still to run."""
        with self._condition:
            return len(self._queue) + (1 if self._running else 0) + self._undelivered

    def wait_until_written(self, timeout: float) -> bool:
        """Block until every submitted job has run on the writer (callbacks may still be queued)."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._queue or self._running:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._condition.wait(remaining)
        return True

    def close(self, timeout: float) -> bool:
        """Drain the queue and stop the thread; False if work was still running at the timeout."""
        drained = self.wait_until_written(timeout)
        with self._condition:
            self._closed = True
            self._condition.notify_all()
        self._thread.join(timeout=1.0 if drained else 0.1)
        return drained

    @property
    def closed(self) -> bool:
        return self._closed

    def _idle_locked(self) -> bool:
        return not self._queue and not self._running and not self._undelivered

    def _finish(self, job: WriteJob, result: object, error: BaseException | None, trace: str) -> None:
        """On the GUI thread: the job's callback, then the busy flag."""
        try:
            if error is not None:
                (job.on_error or self._default_error)(error, trace)
            elif job.on_done is not None:
                job.on_done(result)
        finally:
            with self._condition:
                self._undelivered -= 1
                idle = self._idle_locked()
                self._condition.notify_all()
            if idle:
                self._on_busy(False)

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
                log.info("write failed: %s", type(caught).__name__)  # never the message: it may quote answers
            with self._condition:
                self._running = False
                self._undelivered += 1
                self._condition.notify_all()
            # The job's callbacks (and what its action captured) may hold the last Python reference to a Qt
            # object: freed on this thread, its C++ side would be destroyed off the GUI thread, which crashes.
            # So the writer keeps no reference once the outcome is handed over; the GUI thread releases it.
            outcome = _Outcome(self, job, result, error, trace)
            job = result = error = None  # type: ignore[assignment]
            self._deliver(outcome.deliver)
            del outcome


class _Outcome:
    """A finished job on its way to the GUI thread, which runs its callback and then drops every reference to it."""

    __slots__ = ("_error", "_job", "_queue", "_result", "_trace")

    def __init__(self, queue: WriteQueue, job: WriteJob, result: object, error: BaseException | None,
                 trace: str) -> None:
        self._queue, self._result, self._error, self._trace = queue, result, error, trace
        self._job: WriteJob | None = job

    def deliver(self) -> None:  # GUI thread
        job, result, error = self._job, self._result, self._error
        self._job = self._result = self._error = None
        if job is None:
            return
        try:
            self._queue._finish(job, result, error, self._trace)
        finally:
            if error is not None:
                error.__traceback__ = None  # its frames hold the action's locals: released here too

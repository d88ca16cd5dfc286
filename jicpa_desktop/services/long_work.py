"""How long operations report progress and notice cancellation, without knowing who is watching."""

from __future__ import annotations

import threading
from collections.abc import Callable

from jicpa_desktop.services.errors import OperationCancelledError

# done, total, what is happening now (already translated by the caller's language choice)
ProgressCallback = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str) -> None:
    """The progress callback for callers that do not show progress."""


class CancelToken:
    """Set from any thread; the worker calls check() between steps and stops cleanly."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise OperationCancelledError("cancelled")


NEVER_CANCELLED = CancelToken()

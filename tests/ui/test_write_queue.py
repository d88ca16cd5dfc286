"""The writer thread: jobs run in order off the GUI thread, repeats coalesce, errors come back, close drains."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from jicpa_desktop.ui.operations import WriteQueue, task_manager


def _queue(errors: list[str] | None = None) -> WriteQueue:
    """A queue of its own, delivering through the app's task manager as the real one does."""
    def default_error(error: BaseException, _trace: str) -> None:
        (errors if errors is not None else []).append(str(error))

    return WriteQueue(task_manager().run_on_main, default_error, lambda _busy: None)


def _wait(writer: WriteQueue, timeout: float = 5) -> bool:
    written = writer.wait_until_written(timeout)
    deadline = time.monotonic() + timeout
    while writer.pending and time.monotonic() < deadline:
        task_manager().deliver_pending()
    return written and writer.pending == 0


def test_jobs_run_in_order_on_another_thread_and_report_back(qtbot: QtBot) -> None:
    writer = _queue()
    ran: list[tuple[int, bool]] = []
    results: list[int] = []
    gui = threading.get_ident()
    for number in range(5):
        writer.submit(lambda n=number: ran.append((n, threading.get_ident() != gui)) or n, on_done=results.append)
    assert _wait(writer)
    assert ran == [(n, True) for n in range(5)]
    assert results == [0, 1, 2, 3, 4]  # callbacks delivered on the GUI thread
    writer.close(5)


def test_a_queued_job_with_the_same_key_is_replaced_by_the_newest(qtbot: QtBot) -> None:
    writer = _queue()
    gate = threading.Event()
    values: list[str] = []
    writer.submit(gate.wait)  # hold the writer so the next jobs queue up
    for text in ("a", "ab", "abc"):
        writer.submit(lambda t=text: values.append(t), key=("value", "q1"))
    writer.submit(lambda: values.append("other"), key=("value", "q2"))
    gate.set()
    assert _wait(writer)
    assert values == ["abc", "other"]
    writer.close(5)


def test_errors_go_to_the_error_callback_and_the_writer_carries_on(qtbot: QtBot) -> None:
    writer = _queue()
    errors: list[str] = []

    def fail() -> None:
        raise ValueError("disk says no")

    writer.submit(fail, on_error=lambda error, trace: errors.append(f"{error}|{'ValueError' in trace}"))
    done: list[int] = []
    writer.submit(lambda: 7, on_done=done.append)
    assert _wait(writer)
    assert errors == ["disk says no|True"] and done == [7]
    writer.close(5)


def test_an_error_with_no_callback_goes_to_the_default_path(qtbot: QtBot) -> None:
    seen: list[str] = []
    writer = _queue(seen)

    def fail() -> None:
        raise ValueError("nobody asked")

    writer.submit(fail)
    assert _wait(writer)
    assert seen == ["nobody asked"]
    writer.close(5)


def test_close_waits_for_the_queue_to_drain(qtbot: QtBot) -> None:
    writer = _queue()
    finished: list[int] = []
    for number in range(3):
        writer.submit(lambda n=number: (time.sleep(0.05), finished.append(n)))
    assert writer.close(timeout=5)
    assert finished == [0, 1, 2]
    assert writer.closed


def test_busy_is_reported_once_each_way(qtbot: QtBot) -> None:
    changes: list[bool] = []
    writer = WriteQueue(task_manager().run_on_main, lambda _e, _t: None, changes.append)
    gate = threading.Event()
    writer.submit(gate.wait)
    writer.submit(lambda: None)
    gate.set()
    assert _wait(writer)
    assert changes == [True, False]
    writer.close(5)



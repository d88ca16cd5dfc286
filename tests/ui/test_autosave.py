"""The writer thread: jobs run in order off the GUI thread, repeats coalesce, errors come back, close drains."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from jicpa_desktop.ui.autosave import SaveWriter


def test_jobs_run_in_order_on_another_thread_and_report_back(qtbot: QtBot) -> None:
    writer = SaveWriter()
    ran: list[tuple[int, bool]] = []
    results: list[int] = []
    gui = threading.get_ident()
    for number in range(5):
        writer.submit(lambda n=number: ran.append((n, threading.get_ident() != gui)) or n, on_done=results.append)
    assert writer.wait_until_idle(5)
    assert ran == [(n, True) for n in range(5)]
    assert results == [0, 1, 2, 3, 4]  # callbacks delivered on the GUI thread before wait returns
    writer.close()


def test_a_queued_job_with_the_same_key_is_replaced_by_the_newest(qtbot: QtBot) -> None:
    writer = SaveWriter()
    gate = threading.Event()
    values: list[str] = []
    writer.submit(gate.wait)  # hold the writer so the next jobs queue up
    for text in ("a", "ab", "abc"):
        writer.submit(lambda t=text: values.append(t), key=("value", "q1"))
    writer.submit(lambda: values.append("other"), key=("value", "q2"))
    gate.set()
    assert writer.wait_until_idle(5)
    assert values == ["abc", "other"]
    writer.close()


def test_errors_go_to_the_error_callback_and_the_writer_carries_on(qtbot: QtBot) -> None:
    writer = SaveWriter()
    errors: list[str] = []

    def fail() -> None:
        raise ValueError("disk says no")

    writer.submit(fail, on_error=lambda error, trace: errors.append(f"{error}|{'ValueError' in trace}"))
    done: list[int] = []
    writer.submit(lambda: 7, on_done=done.append)
    assert writer.wait_until_idle(5)
    assert errors == ["disk says no|True"] and done == [7]
    writer.close()


def test_close_waits_for_the_queue_to_drain(qtbot: QtBot) -> None:
    writer = SaveWriter()
    finished: list[int] = []
    for number in range(3):
        writer.submit(lambda n=number: (time.sleep(0.05), finished.append(n)))
    assert writer.close(timeout=5)
    assert finished == [0, 1, 2]
    assert writer.closed

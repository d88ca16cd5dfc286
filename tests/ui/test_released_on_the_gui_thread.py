"""What a job captures is released on the GUI thread, never on the writer or a reader thread.

A job's action and callbacks often capture a dialog (a bound method, a lambda over `self`). If a worker thread
dropped the last Python reference to a parentless one, PySide would destroy its C++ side there, off the GUI
thread, and the app would crash ("Fatal Python error: Segmentation fault" in the writer's loop, seen once in a
full run of the stress test). These tests watch where a captured object is finalised.
"""

from __future__ import annotations

import gc
import threading
from concurrent.futures import Future

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from jicpa_desktop.ui.operations import QueryOp, WriteQueue, task_manager
from tests.ui.helpers import settle


class Watched:
    """Records the thread that finalises it, as a Qt wrapper's deallocation would run there."""

    def __init__(self, freed: list[str]) -> None:
        self._freed = freed

    def __del__(self) -> None:
        self._freed.append(threading.current_thread().name)


def _writer() -> WriteQueue:
    return WriteQueue(task_manager().run_on_main, lambda _error, _trace: None, lambda _busy: None)


def _drain(writer: WriteQueue) -> None:
    assert writer.wait_until_written(10)
    for _ in range(50):
        task_manager().deliver_pending()
        if writer.pending == 0:
            break
    gc.collect()


def test_a_finished_writes_captures_are_released_on_the_gui_thread(qtbot: QtBot) -> None:
    freed: list[str] = []
    writer = _writer()
    try:
        for number in range(20):
            watched = Watched(freed)
            writer.submit(lambda w=watched, n=number: n, on_done=lambda _r, w=watched: None,
                          on_error=lambda _e, _t, w=watched: None)
            del watched
            _drain(writer)  # the job ran and its callback ran; the next job is submitted after
        failing = Watched(freed)

        def refuse(w: Watched = failing) -> None:
            raise RuntimeError("refused")  # its traceback's frames hold `w` too

        writer.submit(refuse, on_error=lambda _e, _t, w=failing: None)
        del failing, refuse
        _drain(writer)
        writer.submit(lambda: None)  # the writer moves on to another job: it must hold nothing of the last
        _drain(writer)
    finally:
        writer.close(5)
    gc.collect()
    assert freed and set(freed) == {threading.main_thread().name}, freed
    assert len(freed) == 21


def test_a_finished_reads_captures_are_released_on_the_gui_thread(qtbot: QtBot) -> None:
    freed: list[str] = []
    manager = task_manager()
    futures: list[Future[int]] = []
    for number in range(30):
        watched = Watched(freed)
        futures.append(manager.submit_read(lambda w=watched, n=number: n, lambda _done, w=watched: None))
        del watched
    assert manager.wait_idle(20)
    for future in futures:
        future.result()
    del futures
    settle()
    gc.collect()
    assert len(freed) == 30 and set(freed) == {threading.main_thread().name}, freed


def test_a_parentless_dialog_held_only_by_its_op_is_destroyed_on_the_gui_thread(qtbot: QtBot) -> None:
    """The stress test's case, directly: the op's window is gone from the test's hands while the work runs."""
    destroyed: list[str] = []
    for _ in range(20):
        dialog = QDialog()
        dialog.destroyed.connect(lambda *_args: destroyed.append(threading.current_thread().name))
        QueryOp(parent=dialog, op=lambda _work: 1, success=lambda _r, d=dialog: None).run_in_background()
        del dialog
    assert task_manager().wait_idle(20)
    settle()
    gc.collect()
    assert destroyed and set(destroyed) == {threading.main_thread().name}, destroyed

"""Long work started from a window that closes or is deleted at any moment: no crash, and no result lost.

This is the path that used to segfault after the export-dialog tests: a worker emitting through a
QObject that the GUI thread deleted with its dialog. Every moment is tried — before the work starts,
while it reports progress, as it finishes, after — with windows closed politely and deleted outright.
"""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import pytest
import shiboken6
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.errors import UserError
from jicpa_desktop.ui.exports import open_export_dialog
from jicpa_desktop.ui.operations import Changes, QueryOp, Work, WriteOp, task_manager
from tests.ui.conftest import Dialogs

ROUNDS = 60


def _end(widget: QWidget, how: str) -> None:
    if how == "close":
        widget.close()
        widget.deleteLater()
    elif how == "delete":
        shiboken6.delete(widget)  # the C++ object goes now, mid-whatever
    # "keep": the window stays open to the end


def _spin(milliseconds: float) -> None:
    deadline = time.monotonic() + milliseconds / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()


def test_ops_whose_window_goes_away_at_any_moment(qtbot: QtBot, dialogs: Dialogs) -> None:
    seed = random.randrange(1_000_000)
    chance = random.Random(seed)
    finished_work: list[int] = []
    delivered: list[int] = []
    announced: list[Changes] = []
    task_manager().changed.connect(announced.append)
    lock = threading.Lock()

    def slow_work(number: int, steps: int):  # type: ignore[no-untyped-def]
        def run(work: Work) -> int:
            for step in range(steps):
                work.progress(step, steps, f"step {step}")  # a burst of progress from the worker thread
                if step % 50 == 0:
                    time.sleep(0.0005)
            if number % 7 == 0:
                raise UserError("refused on purpose")
            with lock:
                finished_work.append(number)
            return number
        return run

    kept: set[int] = set()
    deleted: set[int] = set()
    for number in range(ROUNDS):
        parent = QDialog()
        parent.show()
        steps = chance.choice([0, 1, 200, 2000])
        how = chance.choice(["close", "delete", "keep"])
        moment = chance.choice(["before", "during", "after"])
        work = slow_work(number, steps)
        op = (WriteOp(parent=parent, op=work, changes=Changes.everything("insp"), success=delivered.append)
              if number % 2 == 0 else QueryOp(parent=parent, op=work, success=delivered.append))
        if moment == "before":
            parent.close()  # the window is already closing when the work starts
        handle = op.with_progress(f"work {number}").run_in_background()
        if moment == "during":
            _spin(chance.uniform(0, 5))
        elif moment == "after":
            qtbot.waitUntil(lambda handle=handle: handle.finished, timeout=20000)
        if how == "delete" and not handle.finished:
            deleted.add(number)  # gone before its result came back: success must not reach it
        _end(parent, how)
        if how == "keep":
            kept.add(number)
        if how == "keep":
            qtbot.addWidget(parent)

    assert task_manager().wait_idle(60), f"seed {seed}"
    refused = {n for n in range(ROUNDS) if n % 7 == 0}
    # Every op ran to its end on its thread: nothing was dropped with its window.
    assert sorted(finished_work) == sorted(set(range(ROUNDS)) - refused), f"seed {seed}"
    # Success reached the windows still there, once each, and never a deleted one.
    assert len(delivered) == len(set(delivered)), f"seed {seed}"
    assert set(delivered) >= kept - refused, f"seed {seed}"
    assert not set(delivered) & deleted, f"seed {seed}"
    # The writes' changes were announced whether or not their window survived.
    assert len(announced) == len({n for n in finished_work if n % 2 == 0}), f"seed {seed}"
    # Refusals went to the one error presenter, never to the crash dialog.
    assert not dialogs.crashes, dialogs.crashes
    assert len(dialogs.errors) == len(refused), f"seed {seed}"
    task_manager().changed.disconnect(announced.append)


@pytest.mark.parametrize("how", ["close", "delete"])
def test_export_dialogs_closed_or_deleted_mid_export_still_write_their_file(
        qtbot: QtBot, services: AppServices, inspection_id: str, tmp_path: Path, dialogs: Dialogs,
        how: str) -> None:
    for number in range(12):
        services.cases.add(inspection_id, reference=f"STR24-{number:02d}", agency="social_services", kind="sampled")
    chance = random.Random()
    targets: list[Path] = []
    for number in range(15):
        dialog = open_export_dialog(None, services, "xlsx", inspection_id=inspection_id)
        target = tmp_path / f"grid-{number}.xlsx"
        dialog.path.setText(str(target))
        dialog.export_button.click()
        targets.append(target)
        _spin(chance.uniform(0, 30))
        _end(dialog, how)
    assert task_manager().wait_idle(60)
    for target in targets:  # each export finished and replaced its file whole, though its window is gone
        references = [row[0] for row in load_workbook(target)["Grid"].iter_rows(min_row=3, values_only=True)]
        assert len(references) == 12, target
    assert not dialogs.crashes and not dialogs.errors

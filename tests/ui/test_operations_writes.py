"""Writes from the UI queue on one writer: a long merge holding the write lock makes an autosave wait, not fail."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.ui.operations import ChangeKind, Changes, Work, WriteOp
from jicpa_desktop.ui.settings import UiSettings
from tests.ui.conftest import Dialogs, Launch
from tests.ui.helpers import settle

BUSY_TIMEOUT_S = 5.0  # store/engine.py: PRAGMA busy_timeout=5000


def test_an_autosave_during_a_long_write_waits_its_turn(
        qtbot: QtBot, launch: Launch, dialogs: Dialogs, services: AppServices, inspection_id: str,
        settings_file: Path, db_path: Path) -> None:
    case_id = services.cases.add(inspection_id, reference="LOCK24-01", agency="police", kind="sampled")
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch()
    window.open_case(case_id)
    settle()
    window.open_form(case_id, "voice_of_child")
    settle()
    screen = window.form_screen
    assert screen is not None and window.services is not None
    app_services = window.services
    holding = threading.Event()

    def long_merge(_work: Work) -> str:
        # Holds SQLite's write lock for longer than any connection would wait for it, as a big merge can.
        with app_services.context.writing() as session:
            session.connection().exec_driver_sql("UPDATE inspection SET name = name")
            holding.set()
            time.sleep(BUSY_TIMEOUT_S + 0.5)
        return "merged"

    merged: list[str] = []
    WriteOp(parent=window, op=long_merge, changes=Changes.of(inspection_id, ChangeKind.ANSWERS),
            success=merged.append).run_in_background()
    assert holding.wait(10)
    row = screen.rows[("voc_01", None)]
    row.input.set_value("yes")
    row.input.edited.emit(True)  # the inspector answers while the merge runs
    screen.flush()
    settle()
    assert merged == ["merged"]
    assert not dialogs.errors and not dialogs.crashes  # no "busy in another program"
    assert app_services.answers.load(case_id, "voice_of_child").state.answers["voc_01"] == "yes"

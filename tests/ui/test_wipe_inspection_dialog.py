"""Closing and wiping an inspection from the app: the exact name to confirm, an archive first, the wipe in the
background, and the app back on the start page with the deletion record kept."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import build_services
from jicpa_desktop.ui.wipe_inspection_dialog import WipeInspectionDialog
from tests.ui.conftest import Dialogs, Launch
from tests.ui.helpers import click_choice, press, row, settle
from tests.ui.test_fieldwork_flow import add_file, create_inspection_with_wizard, open_voice_of_child


def test_wiping_the_open_inspection_from_the_app(qtbot: QtBot, launch: Launch, db_path: Path, tmp_path: Path,
                                                 dialogs: Dialogs) -> None:
    evidence = f"evidence-{uuid.uuid4().hex}"
    window = launch()
    create_inspection_with_wizard(qtbot, window)
    add_file(qtbot, window, "WIPE24-01")
    open_voice_of_child(qtbot, window)
    screen = window.form_screen
    assert screen is not None
    click_choice(qtbot, screen, "voc_01", "no")
    note = row(screen, "voc_01").evidence
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(note, evidence)
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.saved_indicator.text().startswith("Saved"), timeout=10000)
    assert window.inspection is not None
    name = window.inspection.name
    assert window.actions_by_name["wipeInspection"].isEnabled()

    dialog = window.open_wipe_inspection()
    assert isinstance(dialog, WipeInspectionDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert f"“{name}”" in dialog.intro.text() and "cannot be undone" in dialog.intro.text()
    assert not dialog.wipe_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.confirm, name.lower())
    assert not dialog.wipe_button.isEnabled()  # the name exactly, capitals included
    dialog.confirm.setText(name)
    assert dialog.wipe_button.isEnabled()

    dialog.archive_path.setText(str(tmp_path / "archive.jicpa"))
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in dialog.problem.text()
    settle()
    assert window.inspection is not None and not (tmp_path / "archive.jicpa").exists()  # nothing happened

    dialog.passphrase.setText("archive pass words")
    dialog.repeat.setText("archive pass words")
    qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.page == "start" and window.inspection is None, timeout=60000)
    settle()
    assert (tmp_path / "archive.jicpa").stat().st_size > 0
    assert dialogs.infos and dialogs.infos[-1][0] == "Inspection wiped" and name in dialogs.infos[-1][1]
    assert window.windowTitle() == "" and not window.actions_by_name["wipeInspection"].isEnabled()
    assert evidence.encode() not in db_path.read_bytes()  # encrypted anyway; the record below says it went

    services = build_services(db_path, actor="Reader")
    try:
        assert services.inspections.list() == []
        records = services.wipes.list()
        assert [r.inspection_name for r in records] == [name]
        assert records[0].wiped_by == "Inspector Test" and records[0].counts.get("case_file") == 1
        assert records[0].counts.get("answer", 0) + records[0].counts.get("field_version", 0) >= 1
        assert records[0].archive_path == str((tmp_path / "archive.jicpa").resolve())
    finally:
        services.close()


def test_the_wipe_dialog_speaks_welsh(qtbot: QtBot, launch: Launch) -> None:
    window = launch(language="cy")
    create_inspection_with_wizard(qtbot, window)
    dialog = window.open_wipe_inspection()
    assert isinstance(dialog, WipeInspectionDialog)
    assert dialog.windowTitle() == "Cau a dileu'r arolygiad"
    dialog.archive.setChecked(False)
    assert not dialog.passphrase.isEnabled()
    assert dialog.problem_text() == ("Teipiwch yr enw yn union fel y'i dangosir uchod, gan gynnwys priflythrennau a "
                                     "bylchau.")
    dialog.reject()

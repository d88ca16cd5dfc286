"""Meeting observations in the app: added from the Fieldwork menu, answered and saved as typed, removed, in Welsh."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.ui.observations import ObservationsWindow
from jicpa_desktop.ui.observations.new_observation_dialog import NewObservationDialog
from jicpa_desktop.ui.settings import UiSettings
from tests.ui.conftest import Dialogs, Launch
from tests.ui.helpers import click_check, click_choice, pick_from_list, row, settle


def _open_window(launch: Launch, settings_file: Path, db_path: Path, inspection_id: str) -> ObservationsWindow:
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    main = launch()
    settle()
    main.actions_by_name["observations"].trigger()
    [window] = [w for w in main.findChildren(ObservationsWindow) if w.isVisible()]
    settle()
    assert window.loaded
    return window


def _add(qtbot: QtBot, window: ObservationsWindow, day: dt.date) -> None:
    dialog = window.add_observation()
    assert isinstance(dialog, NewObservationDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.accept()
    settle()
    qtbot.waitUntil(lambda: window.screen is not None, timeout=10000)


def test_an_observation_is_added_answered_and_on_disk_when_the_window_closes(
        qtbot: QtBot, launch: Launch, settings_file: Path, db_path: Path, services: AppServices,
        inspection_id: str) -> None:
    window = _open_window(launch, settings_file, db_path, inspection_id)
    assert window.table.rowCount() == 0
    assert window.summary.text() == "No meetings observed yet."
    assert not window.remove_button.isEnabled()

    _add(qtbot, window, dt.date(2024, 1, 16))
    assert window.table.rowCount() == 1
    screen = window.screen
    assert screen is not None
    assert window.table.item(0, 0).text() == screen.view.summary.reference
    assert window.table.item(0, 1).text() == "16/01/2024"
    # No standard fields (a file's), no history button: the form is the observation's own questions.
    assert sorted(q for q, _row in screen.rows) == sorted([f"mob_{n:02d}" for n in range(1, 11)] + ["mob_02_absent"])
    assert all(not r.history_button.isVisible() for r in screen.rows.values())

    pick_from_list(qtbot, screen, "mob_01", "core_group")
    click_check(qtbot, screen, "mob_02", "police")
    click_choice(qtbot, screen, "mob_06", "no")  # a No asks for the evidence
    notes = row(screen, "mob_06").evidence
    qtbot.waitUntil(notes.isVisible)
    assert row(screen, "mob_06").evidence_label.text() == (
        "Evidence needed: this answer is negative, so say what you saw in the meeting that shows it.")
    notes.setFocus()
    qtbot.keyClicks(notes, "Actions had no owner or date.")
    window.close()  # flushes the note still being typed
    settle()

    [summary] = services.observations.summaries(inspection_id)
    assert summary.meeting_kind is not None and summary.meeting_kind.en == "Core group"
    view = services.observations.load(summary.id)
    assert view.state.answers["mob_06"] == "no"
    assert list(view.state.answers["mob_02"]) == ["police"]
    assert view.state.evidence[("mob_06", None)] == "Actions had no owner or date."
    assert services.cases.list(inspection_id) == []  # nothing became a child's file


def test_the_list_follows_the_form_and_a_removal_asks_first(
        qtbot: QtBot, launch: Launch, settings_file: Path, db_path: Path, services: AppServices,
        inspection_id: str, dialogs: Dialogs) -> None:
    window = _open_window(launch, settings_file, db_path, inspection_id)
    _add(qtbot, window, dt.date(2024, 1, 15))
    _add(qtbot, window, dt.date(2024, 1, 17))
    assert window.table.rowCount() == 2 and window.summary.text() == "2 meetings observed."
    screen = window.screen
    assert screen is not None and screen.view.summary.observed_on == dt.date(2024, 1, 17)
    pick_from_list(qtbot, screen, "mob_01", "icpc")
    settle()
    qtbot.waitUntil(lambda: window.table.item(1, 2).text() == "Initial child protection conference", timeout=10000)
    assert window.table.item(1, 4).text().startswith("1 of ")
    assert window.status.text().startswith("All changes saved at ")

    dialogs.answer_yes = False
    window.remove_selected()
    settle()
    assert window.table.rowCount() == 2 and "and everything recorded in it" in dialogs.questions[-1]
    dialogs.answer_yes = True
    window.remove_selected()
    settle()
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=10000)
    assert [s.observed_on for s in services.observations.summaries(inspection_id)] == [dt.date(2024, 1, 15)]
    window.close()
    settle()


def test_the_window_in_welsh(qtbot: QtBot, launch: Launch, settings_file: Path, db_path: Path,
                             services: AppServices, inspection_id: str) -> None:
    added = services.observations.add(inspection_id, "2024-01-16")
    services.observations.set_answer(added.id, "mob_01", "core_group")
    UiSettings(settings_file).language = "cy"
    window = _open_window(launch, settings_file, db_path, inspection_id)
    assert window.windowTitle() == "Arsylwadau cyfarfodydd"
    assert window.new_button.text() == "Arsylwad &newydd…"
    assert window.table.item(0, 2).text() == "Grŵp craidd"
    assert window.summary.text() == "1 cyfarfod wedi'i arsylwi."
    window.table.selectRow(0)
    settle()
    qtbot.waitUntil(lambda: window.screen is not None, timeout=10000)
    assert window.screen is not None
    title = window.screen.findChild(type(window.summary), "observationTitle")
    assert window.screen.form.title.get("cy") in title.text()
    assert row(window.screen, "mob_03").evidence.placeholderText().startswith("Beth welsoch chi")
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    window.close()
    settle()

"""The sample screen's hand choices: the lead picks a child of the frame by hand and swaps a drawn file for another,
each with a reason the audit trail records; an empty reason is refused on the dialog in the user's language; the
strata show by name (agency, age band, CPR/CLA status, concern), in English and in Welsh."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from jicpa_desktop.composition import AppServices
from jicpa_desktop.ui.main_window import MainWindow
from jicpa_desktop.ui.settings import UiSettings
from jicpa_desktop.ui.team.sample_choice_dialog import PickDialog, SwapDialog
from jicpa_desktop.ui.team.sample_dialog import SampleDialog
from tests.ui.conftest import Dialogs, Launch
from tests.ui.helpers import focused, settle

AGENCIES = ("children_services", "health", "police")
BANDS = ("1_4", "5_11", "12_15")
STATUSES = ("cpr", "cla")
CONCERNS = ("neglect", "domestic abuse", "physical abuse")
CODES = {*AGENCIES, *BANDS, *STATUSES, *CONCERNS}


def _frame_file(folder: Path) -> Path:
    """Twelve fictional children: KID-01 … KID-12, every value of each stratum present."""
    path = folder / "children.csv"
    path.write_text("reference,agency,age_band,status,concern\n" + "".join(
        f"KID-{n:02d},{AGENCIES[n % 3]},{BANDS[n % 3]},{STATUSES[n % 2]},{CONCERNS[(n // 3) % 3]}\n"
        for n in range(1, 13)), encoding="utf-8")
    return path


def _audit(services: AppServices, inspection_id: str, action: str) -> list[tuple[str, dict[str, str], dict[str, str]]]:
    """(actor, old, new) of the inspection's sample events with *action*, oldest first."""
    with services.context.reading() as session:
        rows = session.execute(text(
            "SELECT actor, old_json, new_json FROM audit_event WHERE inspection_id = :i AND entity = 'sample' "
            "AND action = :a ORDER BY at, rowid"), {"i": inspection_id, "a": action}).all()
    return [(str(r[0]), json.loads(r[1] or "{}"), json.loads(r[2] or "{}")) for r in rows]


def _files(services: AppServices, inspection_id: str) -> dict[str, tuple[str, str]]:
    return {c.reference: (c.agency, c.kind) for c in services.cases.list(inspection_id)}


def _open_sample(qtbot: QtBot, launch: Launch, services: AppServices, settings_file: Path, db_path: Path,
                 dialogs: Dialogs, tmp_path: Path, language: str = "en") -> tuple[MainWindow, SampleDialog, str]:
    inspection_id = services.inspections.create(
        name="Sample choices", local_authority="Testshire", start="2024-01-15", end="2024-01-19",
        inspectorates=["ciw", "hiw", "hmicfrs"], enabled_forms=[f.id for f in services.forms.all()])
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch(language=language)
    qtbot.waitUntil(lambda: window.page == "dashboard", timeout=10000)
    window.actions_by_name["teamSample"].trigger()
    sample = window.findChild(SampleDialog, "sampleDialog")
    assert sample is not None
    qtbot.waitUntil(lambda: sample.frame_size == 0, timeout=10000)
    dialogs.answer_yes = True
    sample.import_list(str(_frame_file(tmp_path)))
    qtbot.waitUntil(lambda: sample.frame_size == 12, timeout=10000)
    return window, sample, inspection_id


def _shown_cells(model: object) -> list[str]:
    return [model.index(r, c).data() for r in range(model.rowCount())  # type: ignore[attr-defined]
            for c in range(model.columnCount())]  # type: ignore[attr-defined]


def test_pick_by_hand_from_the_keyboard_makes_the_file_and_records_the_reason(
    qtbot: QtBot, launch: Launch, services: AppServices, settings_file: Path, db_path: Path, dialogs: Dialogs,
    tmp_path: Path,
) -> None:
    window, sample, inspection_id = _open_sample(qtbot, launch, services, settings_file, db_path, dialogs, tmp_path)
    assert QKeySequence.mnemonic(sample.pick_button.text()) == QKeySequence("Alt+K")
    assert QKeySequence.mnemonic(sample.swap_button.text()) == QKeySequence("Alt+W")
    sample.activateWindow()
    qtbot.waitUntil(sample.isActiveWindow, timeout=5000)
    qtbot.keyClick(focused(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    # A mnemonic presses its button as an animated click: the dialog opens a moment later.
    qtbot.waitUntil(lambda: sample.findChild(PickDialog, "samplePickDialog") is not None, timeout=5000)
    pick = sample.findChild(PickDialog, "samplePickDialog")
    assert pick is not None and pick.isVisible()
    assert pick.candidates.model.rowCount() == 12  # no file yet: every child may be picked
    qtbot.waitUntil(lambda: focused() is pick.candidates.search, timeout=5000)
    qtbot.keyClicks(pick.candidates.search, "kid-07")
    assert pick.candidates.proxy.rowCount() == 1
    qtbot.keyClick(pick.candidates.search, Qt.Key.Key_Return)  # to the list, not the Pick button
    assert pick.isVisible() and focused() is pick.candidates.table
    assert pick.candidates.chosen() is not None and pick.candidates.chosen().reference == "KID-07"  # type: ignore[union-attr]
    pick.kind_buttons["tracked"].setChecked(True)
    pick.reason.setFocus()
    qtbot.keyClicks(pick.reason, "Known to all three agencies; the team asked for it")
    qtbot.keyClick(pick.reason, Qt.Key.Key_Return)  # the default button: Pick
    qtbot.waitUntil(lambda: pick.case_id is not None, timeout=10000)
    settle()

    assert _files(services, inspection_id) == {"KID-07": ("health", "tracked")}
    events = _audit(services, inspection_id, "pick")
    assert len(events) == 1
    _actor, _old, new = events[0]
    assert new == {"reference": "KID-07", "agency": "health", "kind": "tracked",
                   "reason": "Known to all three agencies; the team asked for it"}
    # The dashboard heard of the new file, and the sample screen lists it by its strata's names.
    dashboard = window.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.cases_model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: sample.files_model.rowCount() == 1, timeout=10000)
    assert _shown_cells(sample.files_model) == ["KID-07", "Health", "5 to 11", "Child looked after",
                                                "Physical abuse", "Tracked"]
    assert "11 are not" in sample.frame_label.text()
    sample.close()


def test_an_empty_reason_is_refused_on_the_dialog_and_nothing_is_made(
    qtbot: QtBot, launch: Launch, services: AppServices, settings_file: Path, db_path: Path, dialogs: Dialogs,
    tmp_path: Path,
) -> None:
    _window, sample, inspection_id = _open_sample(qtbot, launch, services, settings_file, db_path, dialogs,
                                                  tmp_path)
    pick = sample.open_pick()
    pick.candidates.choose("KID-02")
    pick.reason.setText("   ")
    pick.ok_button.click()
    qtbot.waitUntil(lambda: pick.problem.text() != "", timeout=10000)
    assert pick.problem.text() == "Give the reason (it is recorded in the audit trail with the choice)."
    assert pick.isVisible() and pick.case_id is None and pick.ok_button.isEnabled()
    assert _files(services, inspection_id) == {} and not _audit(services, inspection_id, "pick")
    assert not dialogs.crashes
    pick.reject()
    sample.close()


def test_swap_replaces_a_drawn_file_keeping_its_kind_and_records_why(
    qtbot: QtBot, launch: Launch, services: AppServices, settings_file: Path, db_path: Path, dialogs: Dialogs,
    tmp_path: Path,
) -> None:
    window, sample, inspection_id = _open_sample(qtbot, launch, services, settings_file, db_path, dialogs, tmp_path)
    sample.sampled.setValue(3)
    sample.tracked.setValue(1)
    sample.strata_boxes["status"].setChecked(True)
    sample.seed.setText("2024-01")
    sample.rationale.setPlainText("Across agencies and statuses")
    sample.preview_button.click()
    qtbot.waitUntil(lambda: sample.previewed is not None, timeout=10000)
    shown = sample.result.toPlainText()
    # Strata and the chosen by name: "Health / Child looked after: 1 drawn of 2", "KID-07 (Health)".
    assert "Child protection register" in shown and "Children's services" in shown
    assert not any(f"({code})" in shown or f"{code} /" in shown for code in CODES)
    sample.draw_button.click()
    qtbot.waitUntil(lambda: sample.drawn is not None, timeout=10000)
    qtbot.waitUntil(lambda: sample.files_model.rowCount() == 4, timeout=10000)
    assert sample.drawn is not None
    drawn = _files(services, inspection_id)
    out_reference = sorted(drawn)[0]
    out_agency, out_kind = drawn[out_reference]
    replacement = next(c for c in sample.free if c.agency == out_agency)

    sample.activateWindow()
    qtbot.waitUntil(sample.isActiveWindow, timeout=5000)
    qtbot.keyClick(focused(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: sample.findChild(SwapDialog, "sampleSwapDialog") is not None, timeout=5000)
    swap = sample.findChild(SwapDialog, "sampleSwapDialog")
    assert swap is not None
    # The file to take out has the focus first, then Tab goes on (the new window is activated a moment later).
    qtbot.waitUntil(lambda: focused() is swap.files, timeout=5000)
    assert swap.files_model.rowCount() == 4 and swap.candidates.model.rowCount() == 8
    assert not CODES & set(_shown_cells(swap.files_model)) and not CODES & set(_shown_cells(swap.candidates.model))
    swap.choose_file(out_reference)
    swap.candidates.choose(replacement.reference, replacement.agency)
    swap.ok_button.click()  # no reason yet
    qtbot.waitUntil(lambda: swap.problem.text() != "", timeout=10000)
    assert "Give the reason" in swap.problem.text() and _files(services, inspection_id) == drawn
    swap.reason.setText("Drawn child moved out of the area last week")
    swap.ok_button.click()
    qtbot.waitUntil(lambda: swap.case_id is not None, timeout=10000)
    settle()

    after = _files(services, inspection_id)
    assert out_reference not in after and after[replacement.reference] == (replacement.agency, out_kind)
    assert set(after) - {replacement.reference} == set(drawn) - {out_reference}
    events = _audit(services, inspection_id, "swap")
    assert len(events) == 1
    _actor, old, new = events[0]
    assert old == {"reference": out_reference, "agency": out_agency}
    assert new == {"reference": replacement.reference, "agency": replacement.agency, "kind": out_kind,
                   "reason": "Drawn child moved out of the area last week"}
    qtbot.waitUntil(lambda: replacement.reference in _shown_cells(sample.files_model), timeout=10000)
    assert out_reference not in _shown_cells(sample.files_model)
    dashboard = window.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.cases_model.rowCount() == 4, timeout=10000)
    sample.close()


@pytest.mark.parametrize("language", ["cy"])
def test_in_welsh_the_strata_the_buttons_and_the_refusal(
    qtbot: QtBot, launch: Launch, services: AppServices, settings_file: Path, db_path: Path, dialogs: Dialogs,
    tmp_path: Path, language: str,
) -> None:
    _window, sample, inspection_id = _open_sample(qtbot, launch, services, settings_file, db_path, dialogs, tmp_path,
                                                  language)
    assert sample.pick_button.text() == "Dewis â &llaw…" and sample.swap_button.text() == "C&yfnewid…"
    assert sample.files_model.headerData(1, Qt.Orientation.Horizontal) == "Asiantaeth"
    pick = sample.open_pick()
    assert pick.windowTitle() == "Dewis ffeil â llaw"
    cells = _shown_cells(pick.candidates.model)
    assert {"Iechyd", "Heddlu", "Gwasanaethau plant", "5 i 11", "Plentyn sy'n derbyn gofal",
            "Cofrestr amddiffyn plant", "Esgeulustod", "Cam-drin domestig", "Cam-drin corfforol"} <= set(cells)
    assert not CODES & set(cells)
    pick.candidates.choose("KID-03")
    pick.ok_button.click()
    qtbot.waitUntil(lambda: pick.problem.text() != "", timeout=10000)
    assert pick.problem.text() == "Rhowch y rheswm (caiff ei gofnodi yn y trywydd archwilio gyda'r dewis)."
    pick.reason.setText("Plentyn y gofynnodd y tîm amdano")
    pick.ok_button.click()
    qtbot.waitUntil(lambda: pick.case_id is not None, timeout=10000)
    assert _files(services, inspection_id) == {"KID-03": ("children_services", "sampled")}
    qtbot.waitUntil(lambda: sample.files_model.rowCount() == 1, timeout=10000)
    assert _shown_cells(sample.files_model) == ["KID-03", "Gwasanaethau plant", "1 i 4", "Plentyn sy'n derbyn gofal",
                                                "Cam-drin domestig", "Wedi'i samplu"]
    sample.close()


def test_a_file_with_answers_is_not_swapped_and_the_dialog_says_why(
    qtbot: QtBot, launch: Launch, services: AppServices, settings_file: Path, db_path: Path, dialogs: Dialogs,
    tmp_path: Path,
) -> None:
    _window, sample, inspection_id = _open_sample(qtbot, launch, services, settings_file, db_path, dialogs,
                                                  tmp_path)
    pick = sample.open_pick()
    pick.candidates.choose("KID-01")
    pick.reason.setText("Known to the police this month")
    pick.ok_button.click()
    qtbot.waitUntil(lambda: pick.case_id is not None, timeout=10000)
    assert pick.case_id is not None
    services.answers.set_answer(pick.case_id, "voice_of_child", "voc_01", "yes")  # as another laptop's import would
    sample.reload()
    qtbot.waitUntil(lambda: [c.status for c, _ in sample.in_sample] == ["in_progress"], timeout=10000)
    swap = sample.open_swap()
    assert _shown_cells(swap.files_model)[-1] == "In progress"  # the Work column says it has answers
    swap.choose_file("KID-01")
    swap.candidates.choose("KID-02")
    swap.reason.setText("Wanted another")
    swap.ok_button.click()
    qtbot.waitUntil(lambda: swap.problem.text() != "", timeout=10000)
    assert "KID-01" in swap.problem.text()
    assert "has answers already: it cannot be swapped out. Nothing was changed." in swap.problem.text()
    assert swap.isVisible() and swap.case_id is None
    assert _files(services, inspection_id) == {"KID-01": ("health", "sampled")}
    assert not _audit(services, inspection_id, "swap")
    swap.reject()
    sample.close()

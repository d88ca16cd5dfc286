"""The form screen shows only the questions asked of the file's agency, the N/A reason box, and the
timeliness the file's dates give, computed live beside the dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import build_services
from jicpa_desktop.forms_engine import load_forms_dir
from jicpa_desktop.ui.form_screen import FormScreen
from jicpa_desktop.ui.main_window import MainWindow
from jicpa_desktop.ui.settings import UiSettings
from tests.background import drain_background_work
from tests.ui.conftest import Launch
from tests.ui.helpers import click_choice, row

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "forms_timeliness"


def _open(qtbot: QtBot, window: MainWindow, case_id: str, form_id: str) -> FormScreen:
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.page == "case")
    window.open_form(case_id, form_id)
    qtbot.waitUntil(lambda: window.page == "form" and window.form_screen is not None
                    and window.form_screen.form_id == form_id)
    assert window.form_screen is not None
    return window.form_screen


def test_a_police_file_shows_police_questions_and_not_health_or_education_ones(
    qtbot: QtBot, launch: Launch, services: object, inspection_id: str, settings_file: Path, db_path: Path
) -> None:
    police = services.cases.add(inspection_id, reference="AGY24-01", agency="police",  # type: ignore[attr-defined]
                                kind="sampled")
    health = services.cases.add(inspection_id, reference="AGY24-02", agency="health",  # type: ignore[attr-defined]
                                kind="sampled")
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch()
    qtbot.waitUntil(lambda: window.page == "dashboard")
    screen = _open(qtbot, window, police, "voice_of_child")
    assert ("voc_17", None) in screen.rows
    assert ("voc_18", None) not in screen.rows and ("voc_19", None) not in screen.rows
    assert row(screen, "voc_17").isVisibleTo(screen)
    assert screen.evaluation.is_relevant("voc_17")
    screen = _open(qtbot, window, health, "voice_of_child")
    assert ("voc_18", None) in screen.rows and ("voc_17", None) not in screen.rows
    assert not screen.evaluation.is_relevant("voc_17")


def test_not_applicable_opens_the_reason_box_and_it_is_a_gap_until_written(
    qtbot: QtBot, launch: Launch, services: object, inspection_id: str, settings_file: Path, db_path: Path
) -> None:
    case = services.cases.add(inspection_id, reference="AGY24-03", agency="children_services",  # type: ignore[attr-defined]
                              kind="sampled")
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch()
    qtbot.waitUntil(lambda: window.page == "dashboard")
    screen = _open(qtbot, window, case, "voice_of_child")
    click_choice(qtbot, screen, "voc_02", "not_applicable")
    voc_02 = row(screen, "voc_02")
    qtbot.waitUntil(lambda: voc_02.evidence.isVisibleTo(screen))
    assert "Reason needed" in voc_02.evidence_label.text()
    assert ("voc_02", None) in screen.evaluation.na_reason_missing
    assert window.flush_and_wait()
    saved = services.answers.load(case, "voice_of_child")  # type: ignore[attr-defined]
    assert ("voc_02", None) in saved.evaluation.na_reason_missing


def test_the_strategy_form_shows_its_computed_timeliness_beside_the_dates(
    qtbot: QtBot, launch: Launch, tmp_path: Path, settings_file: Path
) -> None:
    catalogue = load_forms_dir(FIXTURE)
    db = tmp_path / "timeliness.sqlite3"
    prepared = build_services(db, actor="Inspector Test", catalogue=catalogue)
    inspection = prepared.inspections.create(name="Timeliness", local_authority="Testshire", start="2026-01-12",
                                             end="2026-01-16", enabled_forms=["strategy", "conference"])
    case = prepared.cases.add(inspection, reference="TIME26-01", agency="police", kind="sampled")
    prepared.answers.set_answer(case, "conference", "cc_icpc", "2026-01-09")
    drain_background_work()
    prepared.close()
    UiSettings(settings_file).set_last_inspection(db, inspection)
    window = launch(catalogue=catalogue, db=db)
    qtbot.waitUntil(lambda: window.page == "dashboard")
    screen = _open(qtbot, window, case, "strategy")
    date_row = row(screen, "st_date")
    assert not date_row.timeliness_label.isVisibleTo(screen)  # no strategy date yet: nothing to measure
    date_row.input.set_value(dt.date(2025, 12, 12))
    screen._value_edited(date_row, True)
    qtbot.waitUntil(lambda: date_row.timeliness_label.isVisibleTo(screen))
    # The ICPC date comes from the conference form, read in the background when the screen opened.
    # Until it arrives the ICPC reads as overdue (no ICPC date yet); then it is measured.
    qtbot.waitUntil(lambda: "17 working days" in date_row.timeliness_label.accessibleName(), timeout=10000)
    assert "ICPC within 15 working days of the strategy discussion: 17 working days — limit 15, missed" in \
        date_row.timeliness_label.accessibleName()
    assert window.flush_and_wait()


def test_the_dates_suggest_the_timeliness_answer_and_a_different_one_asks_for_the_reason(
    qtbot: QtBot, launch: Launch, services: object, inspection_id: str, settings_file: Path, db_path: Path
) -> None:
    case = services.cases.add(inspection_id, reference="TIME26-02", agency="children_services",  # type: ignore[attr-defined]
                              kind="sampled")
    # Strategy discussion Friday 5 December 2025; ICPC 17 working days later (the limit is 15).
    services.answers.set_answer(case, "strategy_s47", "st_01", "face_to_face")  # type: ignore[attr-defined]
    services.answers.set_answer(case, "strategy_s47", "st_01_date", "2025-12-05")  # type: ignore[attr-defined]
    drain_background_work()
    services.close()  # type: ignore[attr-defined]
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch()
    qtbot.waitUntil(lambda: window.page == "dashboard")
    screen = _open(qtbot, window, case, "cp_conference_core_group")
    asked = row(screen, "cc_02")
    # No ICPC date recorded, and the 15 working days ran out long ago: overdue, so the dates say No.
    qtbot.waitUntil(lambda: "From the dates: No" in asked.suggestion_label.accessibleName(), timeout=10000)
    date_row = row(screen, "cc_02_icpc_date")
    date_row.input.set_value(dt.date(2025, 12, 22))  # 11 working days after Friday 5 December
    screen._value_edited(date_row, True)
    qtbot.waitUntil(lambda: "From the dates: Yes" in asked.suggestion_label.accessibleName(), timeout=10000)
    assert "limit 15, met" in asked.suggestion_label.accessibleName()
    assert asked.use_suggestion_button.isVisibleTo(screen)  # unanswered: one click takes it

    click_choice(qtbot, screen, "cc_02", "no")  # the inspector answers otherwise (say, the record was late)
    qtbot.waitUntil(lambda: "say why in the evidence note" in asked.suggestion_label.text(), timeout=5000)
    assert asked.evidence.isVisibleTo(screen)  # the note opened for the reason, without taking the keyboard

    date_row.input.set_value(dt.date(2026, 1, 2))  # corrected: 17 working days (Christmas, Boxing and New Year's Day)
    screen._value_edited(date_row, True)
    qtbot.waitUntil(lambda: "From the dates: No" in asked.suggestion_label.accessibleName(), timeout=10000)
    assert "17 working days — limit 15, missed" in asked.suggestion_label.accessibleName()
    assert "say why" not in asked.suggestion_label.text() and not asked.use_suggestion_button.isVisibleTo(screen)

    click_choice(qtbot, screen, "cc_02", "yes")
    qtbot.waitUntil(lambda: asked.use_suggestion_button.isVisibleTo(screen), timeout=5000)
    qtbot.mouseClick(asked.use_suggestion_button, Qt.MouseButton.LeftButton)
    assert asked.input.read()[0] == "no"
    assert not asked.use_suggestion_button.isVisibleTo(screen)
    assert window.flush_and_wait()
    reader = build_services(db_path, actor="Reader")
    try:
        assert reader.answers.load(case, "cp_conference_core_group").state.answers["cc_02"] == "no"
    finally:
        reader.close()


def test_the_form_and_the_grid_use_the_areas_name_for_the_front_door(
    qtbot: QtBot, launch: Launch, services: object, settings_file: Path, db_path: Path, tmp_path: Path
) -> None:
    inspection = services.inspections.create(  # type: ignore[attr-defined]
        name="Terms", local_authority="Testshire", start="2026-01-12", end="2026-01-16",
        enabled_forms=["case_record", "education_case_audit"], local_terms={"front_door": "SPOC"})
    case = services.cases.add(inspection, reference="TERM26-01", agency="education",  # type: ignore[attr-defined]
                              kind="sampled")
    workbook = services.exports.xlsx(inspection, tmp_path / "terms.xlsx")  # type: ignore[attr-defined]
    services.close()  # type: ignore[attr-defined]
    from openpyxl import load_workbook

    headings = [c.value for c in load_workbook(workbook)["Grid"][2] if isinstance(c.value, str)]
    assert any("information for the SPOC to decide" in h for h in headings), headings
    assert not any("{front_door}" in h for h in headings)

    UiSettings(settings_file).set_last_inspection(db_path, inspection)
    window = launch()
    qtbot.waitUntil(lambda: window.page == "dashboard")
    screen = _open(qtbot, window, case, "education_case_audit")
    assert "information for the SPOC to decide" in row(screen, "ed_04").heading.text()
    assert "referral to the SPOC was not needed" in row(screen, "ed_05").heading.text()

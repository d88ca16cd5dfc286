"""The form screen suggests the six-weekly core groups answer from the first and later core groups' dates, live as
a row's date is edited, beside the question and beside the first core group's date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import build_services
from jicpa_desktop.ui.form_screen import FormScreen
from jicpa_desktop.ui.main_window import MainWindow
from jicpa_desktop.ui.settings import UiSettings
from tests.background import drain_background_work
from tests.ui.conftest import Launch
from tests.ui.helpers import row

FORM = "cp_conference_core_group"


def _open(qtbot: QtBot, window: MainWindow, case_id: str) -> FormScreen:
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.page == "case")
    window.open_form(case_id, FORM)
    qtbot.waitUntil(lambda: window.page == "form" and window.form_screen is not None
                    and window.form_screen.form_id == FORM)
    assert window.form_screen is not None
    return window.form_screen


def test_the_dates_suggest_the_six_weekly_core_groups_answer(
    qtbot: QtBot, launch: Launch, services: object, inspection_id: str, settings_file: Path, db_path: Path
) -> None:
    case = services.cases.add(inspection_id, reference="SER26-04", agency="children_services",  # type: ignore[attr-defined]
                              kind="sampled")
    answers = services.answers  # type: ignore[attr-defined]
    answers.set_answer(case, FORM, "cc_02_icpc_date", "2025-12-12")  # Friday 12 December 2025
    answers.set_answer(case, FORM, "cc_14_date", "2025-12-30")  # 10 working days: Christmas and Boxing Day skipped
    rows = []
    for day in ("2026-03-20", "2026-02-10"):  # entered out of order
        rows.append(answers.add_row(case, FORM, "cc_15_later"))
        answers.set_answer(case, FORM, "cc_15_later_date", day, row_id=rows[-1])
    drain_background_work()
    services.close()  # type: ignore[attr-defined]
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch()
    qtbot.waitUntil(lambda: window.page == "dashboard")
    screen = _open(qtbot, window, case)
    asked = row(screen, "cc_15")
    qtbot.waitUntil(lambda: "From the dates: Yes" in asked.suggestion_label.accessibleName(), timeout=10000)
    assert "3 meetings, the longest gap 6 weeks — limit 6 weeks, met" in asked.suggestion_label.accessibleName()
    assert asked.use_suggestion_button.isVisibleTo(screen)
    first_date = row(screen, "cc_14_date")
    assert "then at least six-weekly: first meeting after 10 working days" in \
        first_date.timeliness_label.accessibleName()

    cell = row(screen, "cc_15_later_date", rows[0])  # 20 March corrected to 25 March: 6 weeks 1 day after 10 Feb
    cell.input.set_value(dt.date(2026, 3, 25))
    screen._value_edited(cell, True)
    qtbot.waitUntil(lambda: "From the dates: No" in asked.suggestion_label.accessibleName(), timeout=10000)
    assert "gap 10/02/2026 to 25/03/2026: 6 weeks 1 day — limit 6 weeks, missed" in \
        asked.suggestion_label.accessibleName()
    qtbot.mouseClick(asked.use_suggestion_button, Qt.MouseButton.LeftButton)
    assert asked.input.read()[0] == "no"
    assert window.flush_and_wait()
    reader = build_services(db_path, actor="Reader")
    try:
        saved = reader.answers.load(case, FORM).state
        assert saved.answers["cc_15"] == "no"
        assert sorted(r.cells["cc_15_later_date"] for r in saved.rows["cc_15_later"]) == [
            dt.date(2026, 2, 10), dt.date(2026, 3, 25)]
    finally:
        reader.close()

"""A whole form completed without the mouse: Tab, arrows, Space, typing, F8 and the shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.ui.settings import UiSettings
from jicpa_desktop.ui.widgets.answer_inputs import DateInput, NumberInput
from tests.ui.conftest import Launch
from tests.ui.helpers import focused, press, row, settle, type_text


def _answer_focused(qtbot: QtBot) -> None:
    """Answer whatever question has the keyboard, as a person at the keyboard would."""
    widget = focused()
    parent = widget.parentWidget()
    if isinstance(widget, QRadioButton | QCheckBox):
        press(qtbot, Qt.Key.Key_Space)
    elif isinstance(widget, QComboBox):
        press(qtbot, Qt.Key.Key_Down)
    elif isinstance(widget, QLineEdit) and isinstance(parent, DateInput):
        type_text(qtbot, "14/01/2024")
        press(qtbot, Qt.Key.Key_Return)
    elif isinstance(widget, QLineEdit) and isinstance(parent, NumberInput):
        type_text(qtbot, "2")
        press(qtbot, Qt.Key.Key_Return)
    elif isinstance(widget, QPlainTextEdit):
        type_text(qtbot, "Recorded by the social worker on 12/01/2024.")
        press(qtbot, Qt.Key.Key_Tab)
    elif isinstance(widget, QPushButton):
        press(qtbot, Qt.Key.Key_Space)  # "Add a row"
    else:
        raise AssertionError(f"unexpected focus on {widget!r}")


def test_a_form_is_completed_by_keyboard_alone(
    qtbot: QtBot, launch: Launch, db_path: object, settings_file: object, all_types_catalogue: FormCatalogue
) -> None:
    setup = build_services(db_path, actor="Inspector Test", catalogue=all_types_catalogue)
    inspection_id = setup.inspections.create(name="Keys", local_authority="Testshire", start="2024-01-15",
                                             end="2024-01-19", enabled_forms=["all_types"])
    case_id = setup.cases.add(inspection_id, reference="KEY24-01", agency="children_services", kind="sampled")
    setup.close()
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)

    window = launch(catalogue=all_types_catalogue)
    qtbot.waitUntil(lambda: window.page == "dashboard" and window.dashboard.table.currentIndex().isValid())
    window.dashboard.focus_table()
    press(qtbot, Qt.Key.Key_Return)  # open the file
    qtbot.waitUntil(lambda: window.page == "case" and window.case_page.table.currentIndex().isValid())
    press(qtbot, Qt.Key.Key_Return)  # open its first form
    qtbot.waitUntil(lambda: window.page == "form" and window.form_screen is not None)
    screen = window.form_screen
    assert screen is not None

    # The keyboard starts just before the first question: the first Tab reaches it. Arrows move within a
    # choice, Space chooses, Tab moves on.
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is row(screen, "q_ynp").input.focus_target()
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)  # Partly: negative, so the evidence box appears and is next in Tab order
    assert row(screen, "q_ynp").input.read()[0] == "partly"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is row(screen, "q_ynp").evidence
    type_text(qtbot, "Seen twice, never alone.")
    press(qtbot, Qt.Key.Key_Tab)  # q_follow is hidden (only for No): Tab goes straight to q_yn
    assert focused() is row(screen, "q_yn").input.focus_target()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is row(screen, "q_yn_na").input.focus_target()

    # From here F8 (next unanswered question) leads through the rest, repeat group included.
    for _ in range(80):
        if not screen.focus_next_unanswered_candidate():
            break
        press(qtbot, Qt.Key.Key_F8)
        _answer_focused(qtbot)
        qtbot.wait(5)
    assert screen.evaluation.complete, (screen.evaluation.required_missing, screen.evaluation.evidence_missing)

    # The optional repeat group: Tab to "Add a row", Space, then the new row's cells take the keyboard.
    group = screen.groups["q_people"]
    for _ in range(60):
        if focused() is group.add_button:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is group.add_button
    press(qtbot, Qt.Key.Key_Space)
    # The row arrives from the writer thread and is shown on the next pass of the event loop.
    qtbot.waitUntil(lambda: len(group.rows) == 1 and group.rows[0].isVisible())
    new_row = group.rows[0]
    assert focused() is new_row.cells[0].input.focus_target()
    press(qtbot, Qt.Key.Key_Space)  # role: Child
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "13/01/2024")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # matches the record: Yes
    assert row(screen, "q_people_matches", new_row.row_id).input.read()[0] == "yes"

    press(qtbot, Qt.Key.Key_F8)  # nothing left: the status bar says so
    assert "answered" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back to the file
    qtbot.waitUntil(lambda: window.page == "case")
    window.close()

    reopened = build_services(db_path, catalogue=all_types_catalogue)
    try:
        view = reopened.answers.load(case_id, "all_types")
    finally:
        reopened.close()
    assert view.evaluation.complete
    assert view.state.answers["q_ynp"] == "partly"
    assert view.state.evidence[("q_ynp", None)] == "Seen twice, never alone."
    assert len(view.state.rows["q_people"]) == 1


def test_every_input_has_an_accessible_name(qtbot: QtBot, launch: Launch, services: object) -> None:
    window = launch()
    window.open_demo()
    qtbot.waitUntil(lambda: window.page == "dashboard" and window.dashboard.cases_model.rowCount() > 0,
                    timeout=30000)
    case_id = window.dashboard.cases_model.case_at(0).case.id
    window.open_case(case_id)
    settle()
    qtbot.waitUntil(lambda: window.page == "case")
    window.open_form(case_id, "voice_of_child")
    settle()
    qtbot.waitUntil(lambda: window.form_screen is not None)
    screen = window.form_screen
    assert screen is not None
    inputs = [w for r in screen.rows.values() for w in r.focusables()]
    assert inputs
    for widget in inputs:
        assert widget.accessibleName().strip(), widget

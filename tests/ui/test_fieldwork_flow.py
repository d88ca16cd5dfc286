"""An inspector's first morning, through the real windows: wizard, a new file, voice of the child, restart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.ui.add_case_dialog import AddCaseDialog
from jicpa_desktop.ui.inspection_wizard import NewInspectionWizard
from jicpa_desktop.ui.main_window import MainWindow
from tests.ui.conftest import Launch
from tests.ui.helpers import click_check, click_choice, press, row, type_text

EVIDENCE = "No record of the child being seen alone; visits were with mother present."
SUMMARY = "Worker knows the child well; plans are clear."


def _click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def create_inspection_with_wizard(qtbot: QtBot, window: MainWindow) -> None:
    assert window.page == "start" and window.start_page is not None
    assert window.start_page.demo_button.isVisible()  # a first run offers the demo
    _click(qtbot, window.start_page.new_button)
    wizard = window.wizard
    assert isinstance(wizard, NewInspectionWizard)
    qtbot.waitUntil(wizard.isVisible)
    qtbot.keyClicks(wizard.basics.authority_edit, "Testshire")
    assert wizard.basics.name_edit.text().startswith("Testshire JICPA")
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.keyClicks(wizard.team.member_name, "Inspector Test")
    _click(qtbot, wizard.team.add_member_button)
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert "voice_of_child" in wizard.forms.enabled_forms()
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.keyClicks(wizard.terms.front_door, "SPOC")
    _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window.page == "dashboard", timeout=10000)
    assert window.inspection is not None
    assert window.inspection.local_terms == {"front_door": "SPOC"}
    assert [m.name for m in window.inspection.team] == ["Inspector Test"]
    assert "Testshire" in window.windowTitle()


def add_file(qtbot: QtBot, window: MainWindow, reference: str) -> str:
    assert window.dashboard is not None
    _click(qtbot, window.dashboard.add_button)
    dialog = window.add_case_dialog
    assert isinstance(dialog, AddCaseDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.reference_edit, reference)
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.cases_model.rowCount() == 1)
    case = window.dashboard.cases_model.case_at(0).case
    assert case.reference == reference and case.agency == "children_services"
    return case.id


def open_voice_of_child(qtbot: QtBot, window: MainWindow) -> None:
    assert window.dashboard is not None and window.case_page is not None
    window.activateWindow()  # as the window manager does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    window.dashboard.table.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter opens the selected file
    assert window.page == "case"
    window.case_page.select_form("voice_of_child")
    press(qtbot, Qt.Key.Key_Return)
    assert window.page == "form" and window.form_screen is not None
    assert window.form_screen.form_id == "voice_of_child"


def test_wizard_file_and_voice_of_child_survive_a_restart(
    qtbot: QtBot, launch: Launch, db_path: object, bundled_catalogue: FormCatalogue
) -> None:
    window = launch()
    create_inspection_with_wizard(qtbot, window)
    case_id = add_file(qtbot, window, "TST24-01")
    open_voice_of_child(qtbot, window)
    screen = window.form_screen
    assert screen is not None

    # A negative answer: the evidence box appears and insists until it is filled.
    voc_01 = row(screen, "voc_01")
    assert voc_01.evidence.isHidden()
    click_choice(qtbot, screen, "voc_01", "no")
    assert voc_01.evidence.isVisible() and voc_01.evidence_missing
    assert ("voc_01", None) in screen.evaluation.evidence_missing
    qtbot.mouseClick(voc_01.evidence, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(voc_01.evidence, EVIDENCE)
    press(qtbot, Qt.Key.Key_Tab)  # leaving the box saves at once
    assert not voc_01.evidence_missing

    # Skip logic: the methods question appears only once direct work is answered Yes or Partly.
    methods = row(screen, "voc_06_methods")
    assert methods.isHidden()
    click_choice(qtbot, screen, "voc_06", "yes")
    assert methods.isVisible()
    click_check(qtbot, screen, "voc_06_methods", "three_houses")
    click_check(qtbot, screen, "voc_06_methods", "words_pictures")
    click_choice(qtbot, screen, "voc_16", "yes")

    # Text and a date typed in the standard section; a documents-read row added.
    strengths = row(screen, "std_summary_strengths").input.focus_target()
    qtbot.mouseClick(strengths, Qt.MouseButton.LeftButton)
    type_text(qtbot, SUMMARY)
    date_input = row(screen, "std_date_completed").input.focus_target()
    qtbot.mouseClick(date_input, Qt.MouseButton.LeftButton)
    type_text(qtbot, "17/01/2024")
    press(qtbot, Qt.Key.Key_Tab)
    group = screen.groups["std_documents_read"]
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(group.rows) == 1)
    document_row = group.rows[0]
    doc_type = row(screen, "std_doc_type", document_row.row_id).input.focus_target()
    doc_type.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # the first real choice after "Not answered"

    qtbot.waitUntil(lambda: window.saved_indicator.text().startswith("Saved"), timeout=5000)
    window.close()  # drains the writer: nothing typed may be lost

    reopened = build_services(db_path, catalogue=bundled_catalogue)
    try:
        view = reopened.answers.load(case_id, "voice_of_child")
    finally:
        reopened.close()
    answers = view.state.answers
    assert answers["voc_01"] == "no"
    assert view.state.evidence[("voc_01", None)] == EVIDENCE
    assert answers["voc_06"] == "yes"
    assert answers["voc_06_methods"] == ["three_houses", "words_pictures"]
    assert answers["voc_16"] == "yes"
    assert answers["std_summary_strengths"] == SUMMARY
    assert answers["std_date_completed"] == dt.date(2024, 1, 17)
    rows = view.state.rows["std_documents_read"]
    assert len(rows) == 1 and rows[0].cells["std_doc_type"] == "contact_referral"

    # Start the app again: it reopens the inspection, and the form shows exactly what was typed.
    again = launch()
    assert again.page == "dashboard" and again.dashboard is not None
    assert again.dashboard.select_case(case_id)
    open_voice_of_child(qtbot, again)
    screen = again.form_screen
    assert screen is not None
    assert row(screen, "voc_01").input.read()[0] == "no"
    assert row(screen, "voc_01").evidence.text() == EVIDENCE
    assert row(screen, "voc_06_methods").isVisible()
    assert row(screen, "voc_06_methods").input.read()[0] == ["three_houses", "words_pictures"]
    assert row(screen, "std_summary_strengths").input.read()[0] == SUMMARY
    assert row(screen, "std_date_completed").input.focus_target().text() == "17/01/2024"
    assert len(screen.groups["std_documents_read"].rows) == 1

"""Switching to Welsh in Settings: menus, form text and Qt's own standard buttons all change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from jicpa_desktop.domain.answer_types import answer_type
from jicpa_desktop.ui.add_case_dialog import AddCaseDialog
from jicpa_desktop.ui.inspection_wizard import NewInspectionWizard
from jicpa_desktop.ui.settings import UiSettings
from jicpa_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import Launch
from tests.ui.helpers import row, settle


def _menu_titles(window: object) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]  # type: ignore[attr-defined]


def test_the_welsh_switch_reaches_menus_forms_and_standard_buttons(
    qtbot: QtBot, launch: Launch, settings_file: object, services: object, inspection_id: str, db_path: object
) -> None:
    case_id = services.cases.add(inspection_id, reference="CYM24-01", agency="children_services", kind="sampled")
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch()
    assert _menu_titles(window)[0] == "&File"

    window.actions_by_name["settings"].trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.language_combo.setFocus()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)  # English → Cymraeg
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert window.language == "cy"
    assert UiSettings(settings_file).language == "cy"
    assert _menu_titles(window)[:3] == ["&Ffeil", "&Gwaith maes", "&Mynd"]
    assert "&Cymorth" in _menu_titles(window)
    assert window.dashboard is not None and window.dashboard.add_button.text() == "Ychwanegu ffeil…"

    window.open_case(case_id)

    settle()
    window.open_form(case_id, "voice_of_child")
    settle()
    screen = window.form_screen
    assert screen is not None
    assert "A gafodd y plentyn ei weld" in row(screen, "voc_01").heading.text()
    welsh_choices = [c.label.cy for c in answer_type("ynp").fixed_choices]
    assert [b.text() for b in row(screen, "voc_01").input.buttons] == welsh_choices
    assert screen.panel.escalate_button.text() == "&Uwchgyfeirio nawr…"

    window.actions_by_name["newFile"].trigger()
    add_dialog = window.add_case_dialog
    assert isinstance(add_dialog, AddCaseDialog)
    assert add_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Iawn"
    assert add_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Canslo"
    add_dialog.reject()

    window.actions_by_name["newInspection"].trigger()
    wizard = window.wizard
    assert isinstance(wizard, NewInspectionWizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Nesaf >"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Canslo"
    wizard.reject()

    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ie"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Na"
    box.deleteLater()

    # Back to English in the same session, and a restart keeps the chosen language.
    window.set_language("en")
    assert _menu_titles(window)[0] == "&File"
    window.set_language("cy")
    window.close()
    again = launch()
    assert _menu_titles(again)[0] == "&Ffeil"
    again.set_language("en")

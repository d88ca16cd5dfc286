"""The new-inspection wizard as a new user meets it: mnemonics, the team entry, Enter, and data with '&'."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.ui.i18n import Translations
from jicpa_desktop.ui.inspection_wizard import FORM_ID_ROLE, NewInspectionWizard
from jicpa_desktop.ui.labels import inspectorate_label


@pytest.fixture(params=["en", "cy"])
def wizard(request: pytest.FixtureRequest, qtbot: QtBot,
           bundled_catalogue: FormCatalogue) -> Iterator[NewInspectionWizard]:
    language = request.param
    Translations().apply(language)
    shown = NewInspectionWizard(list(bundled_catalogue.forms), language)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)  # mnemonics are shortcuts: they need the active window
    yield shown
    shown.close()
    Translations().apply("en")


def _mnemonics_on_screen(wizard: NewInspectionWizard) -> list[tuple[str, str]]:
    """(mnemonic, text) of every visible widget whose text Qt scans for '&'."""
    found: list[tuple[str, str]] = []
    widgets: list[QWidget] = [*wizard.currentPage().findChildren(QWidget)]
    widgets += [wizard.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        else:
            continue
        key = QKeySequence.mnemonic(text).toString()
        if key:
            found.append((key, text))
    return found


def test_no_page_has_two_controls_on_one_mnemonic(wizard: NewInspectionWizard) -> None:
    wizard.basics.authority_edit.setText("Testshire")
    wizard.basics.name_edit.setText("Testshire JICPA")
    for _page in range(4):
        found = _mnemonics_on_screen(wizard)
        keys = [key for key, _text in found]
        assert len(keys) == len(set(keys)), (wizard.currentPage().title(), sorted(found))
        wizard.next()


def test_alt_n_on_the_first_page_presses_next(qtbot: QtBot, wizard: NewInspectionWizard) -> None:
    wizard.basics.authority_edit.setText("Testshire")
    wizard.basics.name_edit.setText("Testshire JICPA")
    wizard.basics.authority_edit.setFocus()
    next_text = wizard.buttonText(QWizard.WizardButton.NextButton)
    qtbot.keySequence(wizard.basics.authority_edit, QKeySequence.mnemonic(next_text))
    # A button's mnemonic clicks it after a short animation; a clash would only move the focus.
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.team, timeout=2000)


def test_the_team_name_box_is_wide_enough_for_a_name(wizard: NewInspectionWizard) -> None:
    wizard.basics.authority_edit.setText("Testshire")
    wizard.basics.name_edit.setText("Testshire JICPA")
    wizard.next()
    name_box = wizard.team.member_name
    assert name_box.width() >= name_box.fontMetrics().horizontalAdvance("Rhiannon Evans-Pritchard")


def test_enter_in_the_team_name_adds_the_member_and_stays(qtbot: QtBot, wizard: NewInspectionWizard) -> None:
    wizard.basics.authority_edit.setText("Testshire")
    wizard.basics.name_edit.setText("Testshire JICPA")
    wizard.next()
    wizard.team.member_name.setFocus()
    qtbot.keyClicks(wizard.team.member_name, "Inspector A")
    qtbot.keyClick(wizard.team.member_name, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.team
    assert [m[0] for m in wizard.team.members] == ["Inspector A"]
    assert wizard.team.team_list.count() == 1
    assert wizard.team.member_name.hasFocus()


def test_an_ampersand_in_an_inspectorate_shows_as_itself(wizard: NewInspectionWizard) -> None:
    box = wizard.team.inspectorate_boxes["hmicfrs"]
    assert QKeySequence.mnemonic(box.text()).isEmpty()
    assert box.text().replace("&&", "&") == inspectorate_label("hmicfrs", wizard.team.language)


def _forms_page(qtbot: QtBot, wizard: NewInspectionWizard) -> None:
    qtbot.keyClicks(wizard.basics.authority_edit, "Testshire")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.team)
    qtbot.keyClicks(wizard.team.member_name, "Inspector Test")
    wizard.team.add_member_button.click()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.forms)


def _item(wizard: NewInspectionWizard, form_id: str) -> object:
    items = wizard.forms.forms_list
    return next(items.item(i) for i in range(items.count()) if items.item(i).data(FORM_ID_ROLE) == form_id)


def test_forms_for_an_inspectorate_not_taking_part_are_off_and_say_what_they_need(
    qtbot: QtBot, wizard: NewInspectionWizard
) -> None:
    probation = wizard.team.inspectorate_boxes["hmi_probation"]
    assert not probation.isChecked()  # the default team: CIW, HMICFRS, HIW and Estyn
    _forms_page(qtbot, wizard)
    enabled = wizard.forms.enabled_forms()
    assert "voice_of_child" in enabled and "police_case_audit" in enabled
    assert "probation_case_audit" not in enabled and "yjs_case_audit" not in enabled
    item = _item(wizard, "probation_case_audit")
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled  # type: ignore[attr-defined]
    needs = "Arolygiaeth Prawf EF" if wizard.forms._language == "cy" else "HM Inspectorate of Probation"
    assert needs in item.text()  # type: ignore[attr-defined]

    police = _item(wizard, "police_case_audit")
    police.setCheckState(Qt.CheckState.Unchecked)  # type: ignore[attr-defined]  # the user's own choice
    wizard.back()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.team)
    probation.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.forms)
    enabled = wizard.forms.enabled_forms()
    assert "probation_case_audit" in enabled and "yjs_case_audit" in enabled  # allowed now, and on
    assert "police_case_audit" not in enabled  # what the user switched off stays off

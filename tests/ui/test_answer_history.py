"""An answer's history from its row on the form screen, by keyboard: who, when, old → new as the form shows it
(choice labels in the interface language), the evidence note where it changed, and where each change was made."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractScrollArea
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.ui.answer_history import AnswerHistoryDialog
from jicpa_desktop.ui.form_screen import FormScreen
from jicpa_desktop.ui.main_window import MainWindow
from jicpa_desktop.ui.operations import Changes, WriteOp
from jicpa_desktop.ui.settings import UiSettings
from tests.handover.helpers import PASSPHRASE
from tests.team.conftest import laptop
from tests.ui.conftest import Launch
from tests.ui.helpers import click_choice, press, radio, row, settle

VOC = "voice_of_child"
NOTE = "Seen only with mother present; no record of the child's own words."


def _open_form(launch: Launch, services: AppServices, inspection_id: str, settings_file: Path, db_path: Path,
               language: str) -> tuple[MainWindow, FormScreen, str]:
    case_id = services.cases.add(inspection_id, reference="HIS24-01", agency="children_services", kind="sampled")
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch(language=language)
    window.resize(1366, 768)
    window.open_case(case_id)
    settle()
    window.open_form(case_id, VOC)
    settle()
    screen = window.form_screen
    assert screen is not None and screen.form_id == VOC
    return window, screen, case_id


def _history_by_keyboard(qtbot: QtBot, screen: FormScreen, question_id: str) -> AnswerHistoryDialog:
    """Ctrl+H on the question that has the keyboard opens its history, read in the background."""
    screen.window().activateWindow()  # as the window manager does when a dialog closes
    qtbot.waitUntil(screen.window().isActiveWindow)
    first = row(screen, question_id).input.focus_target()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.history_dialog
    assert isinstance(dialog, AnswerHistoryDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _answer_change_and_open(qtbot: QtBot, window: MainWindow, screen: FormScreen, inspection_id: str,
                            tmp_path: Path) -> AnswerHistoryDialog:
    click_choice(qtbot, screen, "voc_01", "yes")
    settle()
    # The evening's package seals the day's answer: a change after it is a new version (before it, autosave
    # rewrites the laptop's own unshared version in place, so a burst of edits is one change).
    assert window.services is not None
    window.services.handover.export_package(inspection_id, tmp_path / "day1.jicpa", PASSPHRASE)
    click_choice(qtbot, screen, "voc_01", "no")
    voc_01 = row(screen, "voc_01")
    qtbot.waitUntil(voc_01.evidence.isVisible)
    qtbot.mouseClick(voc_01.evidence, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(voc_01.evidence, NOTE)
    # No Tab and no wait: opening the history hands the note still being typed to the writer, and reads after it.
    return _history_by_keyboard(qtbot, screen, "voc_01")


def _assert_fits(dialog: AnswerHistoryDialog, tmp_path: Path, name: str) -> None:
    """Every column visible without scrolling sideways, over a 1366×768 window; the picture kept to look at."""
    table = dialog.table
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert table.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    assert isinstance(table, QAbstractScrollArea) and not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(table.columnCount())) <= table.viewport().width()
    dialog.grab().save(str(tmp_path / f"{name}.png"))
    window = dialog.parentWidget()
    assert window is not None and window.width() == 1366
    picture = window.grab()  # the form with the dialog over it, where the window manager would centre it
    painter = QPainter(picture)
    painter.drawPixmap((window.width() - dialog.width()) // 2, (window.height() - dialog.height()) // 2,
                       dialog.grab())
    painter.setPen(window.palette().dark().color())  # the frame a window manager would draw
    painter.drawRect((window.width() - dialog.width()) // 2 - 1, (window.height() - dialog.height()) // 2 - 1,
                     dialog.width() + 1, dialog.height() + 1)
    painter.end()
    picture.save(str(tmp_path / f"{name}-window.png"))


def test_history_of_an_answer_changed_on_this_laptop(
    qtbot: QtBot, launch: Launch, services: AppServices, inspection_id: str, settings_file: Path, db_path: Path,
    tmp_path: Path,
) -> None:
    window, screen, _case = _open_form(launch, services, inspection_id, settings_file, db_path, "en")
    dialog = _answer_change_and_open(qtbot, window, screen, inspection_id, tmp_path)
    assert dialog.table.rowCount() == 2 and dialog.status.isHidden()
    newest = [dialog.cell_text(0, c) for c in range(4)]
    oldest = [dialog.cell_text(1, c) for c in range(4)]
    assert newest[1:] == ["Inspector Test", f"Yes → No\nEvidence: {NOTE}", "on this laptop"]
    assert oldest[1:] == ["Inspector Test", "(no answer) → Yes", "on this laptop"]
    assert dialog.entries[0].at >= dialog.entries[1].at  # newest first
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}", newest[0]), newest[0]  # "3 December 2026, 14:03"
    assert [dialog.table.horizontalHeaderItem(c).text() for c in range(4)] == [
        "When", "Who", "Change (before → after)", "Where from"]
    assert dialog.table.accessibleName().startswith("History of: ")
    history_button = row(screen, "voc_01").history_button
    assert history_button.accessibleName() == dialog.table.accessibleName()
    assert dialog.table.hasFocus()  # on the newest change, for the arrow keys and a screen reader
    _assert_fits(dialog, tmp_path, "answer-history")
    press(qtbot, Qt.Key.Key_Escape)  # the keyboard closes it, back on the question
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert radio(screen, "voc_01", "no").isChecked()

    # The mouse: the row's History button, and the row's context menu.
    qtbot.mouseClick(history_button, Qt.MouseButton.LeftButton)
    by_button = screen.history_dialog
    assert by_button is not None and by_button is not dialog
    qtbot.waitUntil(lambda: by_button.loaded and by_button.table.rowCount() == 2, timeout=10000)
    by_button.close()
    menu = row(screen, "voc_02").context_menu()
    [action] = menu.actions()
    assert action.text() == "Show the history…\tCtrl+H"
    action.trigger()
    by_menu = screen.history_dialog
    assert by_menu is not None and by_menu.subject.question.id == "voc_02"
    qtbot.waitUntil(lambda: by_menu.loaded)
    by_menu.close()
    menu.deleteLater()


def test_history_in_welsh_with_welsh_labels(
    qtbot: QtBot, launch: Launch, services: AppServices, inspection_id: str, settings_file: Path, db_path: Path,
    tmp_path: Path,
) -> None:
    window, screen, _case = _open_form(launch, services, inspection_id, settings_file, db_path, "cy")
    dialog = _answer_change_and_open(qtbot, window, screen, inspection_id, tmp_path)
    assert dialog.table.rowCount() == 2
    assert [dialog.cell_text(0, c) for c in range(1, 4)] == [
        "Inspector Test", f"Ie → Na\nTystiolaeth: {NOTE}", "ar y gliniadur hwn"]
    assert dialog.cell_text(1, 2) == "(dim ateb) → Ie"
    assert dialog.windowTitle() == "Hanes ateb"
    assert dialog.table.horizontalHeaderItem(0).text() == "Pryd"
    _assert_fits(dialog, tmp_path, "answer-history-cy")


@pytest.mark.parametrize("language, empty", [("en", "No changes recorded for this answer yet."),
                                             ("cy", "Dim newidiadau wedi'u cofnodi ar gyfer yr ateb hwn eto.")])
def test_an_unanswered_question_says_it_has_no_history(
    qtbot: QtBot, launch: Launch, services: AppServices, inspection_id: str, settings_file: Path, db_path: Path,
    language: str, empty: str,
) -> None:
    _window, screen, _case = _open_form(launch, services, inspection_id, settings_file, db_path, language)
    dialog = _history_by_keyboard(qtbot, screen, "voc_02")
    assert dialog.table.isHidden() and dialog.status.text() == empty


PACKAGE_TEXTS = {
    "en": {"empty": "No changes recorded for this answer yet.", "first": f"(no answer) → No\nEvidence: {NOTE}",
           "from": "from package ann-day1.jicpa", "change": "No → Partly", "here": "on this laptop"},
    "cy": {"empty": "Dim newidiadau wedi'u cofnodi ar gyfer yr ateb hwn eto.",
           "first": f"(dim ateb) → Na\nTystiolaeth: {NOTE}", "from": "o becyn ann-day1.jicpa",
           "change": "Na → Yn rhannol", "here": "ar y gliniadur hwn"},
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_change_from_a_package_arrives_while_the_history_is_open(
    qtbot: QtBot, launch: Launch, services: AppServices, settings_file: Path, db_path: Path, tmp_path: Path,
    bundled_catalogue: FormCatalogue, language: str,
) -> None:
    texts = PACKAGE_TEXTS[language]
    inspection_id = services.inspections.create(
        name="Testshire JICPA", local_authority="Testshire", start="2024-01-15", end="2024-01-19",
        inspectorates=["ciw", "hiw"], enabled_forms=[f.id for f in services.forms.all()],
        team=(("Inspector Test", "ciw", "lead"), ("Ann Health", "hiw", "inspector")), me="Inspector Test")
    case_id = services.cases.add(inspection_id, reference="HIS24-02", agency="health", kind="sampled")
    plan = tmp_path / "plan.jicpa"
    services.handover.export_package(inspection_id, plan, PASSPHRASE, consolidated=True)
    ann = laptop(tmp_path / "ann", "ann", bundled_catalogue)
    try:
        ann.joining.join(plan, PASSPHRASE, "Ann Health")
        ann.answers.set_answer(case_id, VOC, "voc_01", "no", evidence=NOTE)
        package = tmp_path / "ann-day1.jicpa"
        ann.handover.export_package(inspection_id, package, PASSPHRASE)
    finally:
        ann.close()
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch(language=language)
    window.resize(1366, 768)
    window.open_case(case_id)
    settle()
    window.open_form(case_id, VOC)
    settle()
    screen = window.form_screen
    assert screen is not None
    dialog = _history_by_keyboard(qtbot, screen, "voc_01")
    assert dialog.table.isHidden() and dialog.status.text() == texts["empty"]

    # The lead imports Ann's package meanwhile, as the import wizard does: the change signal reloads the list.
    assert window.services is not None
    handover = window.services.handover
    WriteOp(parent=window, op=lambda _work: handover.apply_import([package], PASSPHRASE),
            changes=Changes.everything(None)).run_in_background()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and dialog.table.isVisible(), timeout=15000)
    assert [dialog.cell_text(0, c) for c in range(1, 4)] == [
        "Ann Health (HIW)", texts["first"], texts["from"]]
    dialog.close()
    settle()
    screen = window.form_screen  # the main window showed the imported answer in the form
    assert screen is not None and radio(screen, "voc_01", "no").isChecked()

    # Changed here: the newest line is this laptop's, old → new as the form shows them.
    click_choice(qtbot, screen, "voc_01", "partly")
    again = _history_by_keyboard(qtbot, screen, "voc_01")
    assert [again.cell_text(r, 1) for r in range(again.table.rowCount())] == ["Inspector Test", "Ann Health (HIW)"]
    assert again.cell_text(0, 2) == texts["change"]  # the note is the same, so it is not repeated
    assert again.cell_text(0, 3) == texts["here"]
    _assert_fits(again, tmp_path, f"answer-history-package-{language}")

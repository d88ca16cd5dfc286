"""Small helpers for driving the real widgets as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QStyle, QStyleOptionButton, QWidget
from pytestqt.qtbot import QtBot

from jicpa_desktop.ui.form_screen import FormScreen
from jicpa_desktop.ui.operations import task_manager
from jicpa_desktop.ui.widgets.answer_inputs import ChoiceButtons, ChoiceCombo, MultiChoices
from jicpa_desktop.ui.widgets.question_row import QuestionRow


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def settle() -> None:
    """Let the store work a key or call started finish, and its results reach the screen."""
    assert task_manager().wait_idle(30), "background work did not finish"


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)
    settle()  # what the key started (opening a file, a form) runs off the GUI thread


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def row(screen: FormScreen, question_id: str, row_id: str | None = None) -> QuestionRow:
    return screen.rows[(question_id, row_id)]


def radio(screen: FormScreen, question_id: str, choice: str, row_id: str | None = None) -> QRadioButton:
    widget = row(screen, question_id, row_id).input
    assert isinstance(widget, ChoiceButtons)
    return next(b for b in widget.buttons if b.property("choiceId") == choice)


def click_choice(qtbot: QtBot, screen: FormScreen, question_id: str, choice: str, row_id: str | None = None) -> None:
    button = radio(screen, question_id, choice, row_id)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def pick_from_list(qtbot: QtBot, screen: FormScreen, question_id: str, choice: str) -> None:
    """Choose from a long single-choice list (a drop-down) with the keyboard, as a user would."""
    widget = row(screen, question_id).input
    assert isinstance(widget, ChoiceCombo)
    combo = widget.combo
    target = combo.findData(choice)
    assert target > 0, f"{choice} is not offered for {question_id}"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == choice


def click_check(qtbot: QtBot, screen: FormScreen, question_id: str, choice: str) -> None:
    widget = row(screen, question_id).input
    assert isinstance(widget, MultiChoices)
    box = next(b for b in widget.boxes if b.property("choiceId") == choice)
    # On the tick box itself: a short label leaves the middle of a wide grid cell outside the clickable part.
    option = QStyleOptionButton()
    option.initFrom(box)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator.center())

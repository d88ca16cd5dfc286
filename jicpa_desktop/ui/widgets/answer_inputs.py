"""One input widget per answer type, all with the same small interface the question row relies on.

`read()` gives (value, problem): the value to save (None means "not answered") or, when what is typed
cannot be an answer yet, a problem to show under the question. `edited(now)` fires on every user change:
now=True for choices (save at once), now=False while typing (the form screen debounces the save).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from jicpa_desktop.domain.answer_types import ANSWER_TYPES, AnswerValue, AnswerValueError, answer_type
from jicpa_desktop.domain.form_model import Choice, Question
from jicpa_desktop.ui.dates import EDIT_FORMAT, ui_locale
from jicpa_desktop.ui.labels import escape_mnemonics
from jicpa_desktop.ui.widgets.commit_text_edit import CommitTextEdit

MAX_RADIO_CHOICES = 6
Reading = tuple[AnswerValue | None, str | None]


class AnswerInput(QWidget):
    """Base class: subclasses build their widgets and implement read/set_value/focusables."""

    edited = Signal(bool)

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language

    def read(self) -> Reading:
        raise NotImplementedError

    def set_value(self, value: AnswerValue | None) -> None:
        raise NotImplementedError

    def focusables(self) -> list[QWidget]:
        """The widgets of this input that take keyboard focus, in Tab order."""
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        return self.focusables()[0]

    def label_text(self) -> str:
        return self.question.label.get(self.language)


def _choices(question: Question) -> tuple[Choice, ...]:
    return answer_type(question.type).choices(question)


class ChoiceButtons(AnswerInput):
    """Radio buttons for up to six choices: Tab reaches the group once, arrow keys move within it.

    The buttons are not auto-exclusive so that an answer can be cleared again (Delete or Backspace),
    which an exclusive QButtonGroup cannot do; exclusivity and the roving focus are kept here.
    """

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        choices = _choices(question)
        long_labels = sum(len(c.label.get(language)) for c in choices) > 60
        layout: QBoxLayout = QVBoxLayout(self) if long_labels else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4 if long_labels else 18)
        self.buttons: list[QRadioButton] = []
        for choice in choices:
            button = QRadioButton(escape_mnemonics(choice.label.get(language)))
            button.setAutoExclusive(False)
            button.setProperty("choiceId", choice.id)
            button.setAccessibleName(choice.label.get(language))
            button.setAccessibleDescription(self.label_text())
            button.toggled.connect(lambda checked, b=button: self._on_toggled(b, checked))
            button.installEventFilter(self)
            layout.addWidget(button)
            self.buttons.append(button)
        if not long_labels:
            layout.addStretch(1)
        self._setting = False
        self._update_roving_focus()

    def read(self) -> Reading:
        for button in self.buttons:
            if button.isChecked():
                return str(button.property("choiceId")), None
        return None, None

    def set_value(self, value: AnswerValue | None) -> None:
        self._setting = True
        try:
            for button in self.buttons:
                button.setChecked(button.property("choiceId") == value)
        finally:
            self._setting = False
        self._update_roving_focus()

    def focusables(self) -> list[QWidget]:
        return list(self.buttons)

    def focus_target(self) -> QWidget:
        return next((b for b in self.buttons if b.isChecked()), self.buttons[0])

    def _on_toggled(self, button: QRadioButton, checked: bool) -> None:
        if self._setting:
            return
        if checked:
            self._setting = True
            try:
                for other in self.buttons:
                    if other is not button:
                        other.setChecked(False)
            finally:
                self._setting = False
        self._update_roving_focus()
        self.edited.emit(True)

    def clear(self) -> None:
        if self.read()[0] is None:
            return
        self.set_value(None)
        self.edited.emit(True)

    def _update_roving_focus(self, current: QAbstractButton | None = None) -> None:
        # Only one button of the group sits in the Tab chain: the chosen one, else the focused or first.
        anchor = current or next((b for b in self.buttons if b.isChecked()), None)
        if anchor is None:
            anchor = next((b for b in self.buttons if b.hasFocus()), self.buttons[0])
        for button in self.buttons:
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button is anchor else Qt.FocusPolicy.ClickFocus
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched in self.buttons:
            key = event.key()
            index = self.buttons.index(watched)  # type: ignore[arg-type]
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Down):
                step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
                target = self.buttons[(index + step) % len(self.buttons)]
                # Arrows only move the keyboard: Qt's radio groups would also choose (and so save) every answer
                # passed on the way. Space or a click chooses.
                self._update_roving_focus(target)
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear()
                return True
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QRadioButton) and watched in self.buttons:
            # The focused button is the group's Tab stop while it has the keyboard (so Shift+Tab and Tab leave
            # from where the user is); afterwards the chosen answer is again.
            self._update_roving_focus(watched)
        if event.type() == QEvent.Type.FocusOut and watched in self.buttons:
            self._update_roving_focus()
        return super().eventFilter(watched, event)


class NoWheelComboBox(QComboBox):
    """A combo box that ignores the mouse wheel unless focused, so scrolling a form never changes an answer."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ChoiceCombo(AnswerInput):
    """A drop-down for more than six choices, with "Not answered" first."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = NoWheelComboBox()
        self.combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.combo.addItem(self.tr("— Not answered —"), None)
        for choice in _choices(question):
            self.combo.addItem(choice.label.get(language), choice.id)
        self.combo.setAccessibleName(self.label_text())
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(self._on_changed)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self._setting = False

    def read(self) -> Reading:
        data = self.combo.currentData()
        return (str(data) if data else None), None

    def set_value(self, value: AnswerValue | None) -> None:
        self._setting = True
        try:
            index = self.combo.findData(value) if value is not None else 0
            self.combo.setCurrentIndex(max(index, 0))
        finally:
            self._setting = False

    def focusables(self) -> list[QWidget]:
        return [self.combo]

    def _on_changed(self, _index: int) -> None:
        if not self._setting:
            self.edited.emit(True)


class MultiChoices(AnswerInput):
    """Check boxes, one per choice, in two columns when there are many."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(18)
        choices = _choices(question)
        per_column = len(choices) if len(choices) <= 4 else (len(choices) + 1) // 2
        self.boxes: list[QCheckBox] = []
        for index, choice in enumerate(choices):
            box = QCheckBox(escape_mnemonics(choice.label.get(language)))
            box.setProperty("choiceId", choice.id)
            box.setAccessibleName(choice.label.get(language))
            box.setAccessibleDescription(self.label_text())
            box.toggled.connect(self._on_toggled)
            # Column by column, so that Tab order reads down the first column and then the second.
            layout.addWidget(box, index % per_column, index // per_column)
            self.boxes.append(box)
        layout.setColumnStretch(2, 1)
        self._setting = False

    def read(self) -> Reading:
        chosen = [str(b.property("choiceId")) for b in self.boxes if b.isChecked()]
        return (chosen or None), None

    def set_value(self, value: AnswerValue | None) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        self._setting = True
        try:
            for box in self.boxes:
                box.setChecked(box.property("choiceId") in chosen)
        finally:
            self._setting = False

    def focusables(self) -> list[QWidget]:
        return list(self.boxes)

    def _on_toggled(self, _checked: bool) -> None:
        if not self._setting:
            self.edited.emit(True)


class _LineInput(AnswerInput):
    """Shared behaviour of the one-line inputs: debounced while typing, saved when editing finishes."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.line = QLineEdit()
        self.line.setAccessibleName(self.label_text())
        self.line.textEdited.connect(self._on_typed)
        self.line.editingFinished.connect(self._on_finished)
        self._dirty = False

    def _on_typed(self, _text: str) -> None:
        self._dirty = True
        self.edited.emit(False)

    def _on_finished(self) -> None:
        if self._dirty:
            self._dirty = False
            self.edited.emit(True)

    def focusables(self) -> list[QWidget]:
        return [self.line]

    def _parse(self, text: str) -> Reading:
        try:
            return answer_type(self.question.type).parse(text, self.question), None
        except AnswerValueError as error:
            return None, error.message.get(self.language)


_DATE_PATTERN = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


class DateInput(_LineInput):
    """A date typed as dd/mm/yyyy (empty = not set), with a calendar on Alt+Down or the button."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/.\-]{0,10}"), self.line))
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        self.line.setToolTip(self.tr("Type the date as dd/mm/yyyy; Alt+Down opens a calendar; empty means not set."))
        self.line.installEventFilter(self)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down does the same from the keyboard
        self.calendar_button.setAccessibleName(self.tr("Choose a date from a calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        layout.addWidget(self.line)
        layout.addWidget(self.calendar_button)
        layout.addStretch(1)

    def read(self) -> Reading:
        text = self.line.text().strip()
        if not text:
            return None, None
        match = _DATE_PATTERN.match(text)
        if match:
            day, month, year = (int(part) for part in match.groups())
            try:
                return dt.date(year, month, day), None
            except ValueError:
                pass
        return None, self.tr("Write the date as dd/mm/yyyy, for example 15/01/2024.")

    def set_value(self, value: AnswerValue | None) -> None:
        self.line.setText(QDate(value.year, value.month, value.day).toString(EDIT_FORMAT)
                          if isinstance(value, dt.date) else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.line and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setLocale(ui_locale(self.language))  # month and day names in the interface language
        calendar.setGridVisible(True)
        value, _ = self.read()
        if isinstance(value, dt.date):
            calendar.setSelectedDate(QDate(value.year, value.month, value.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(date: QDate) -> None:
            self.line.setText(date.toString(EDIT_FORMAT))
            menu.close()
            self.line.setFocus()
            self.edited.emit(True)

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        calendar.setFocus()
        menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))


class NumberInput(_LineInput):
    """A number in a line edit (empty = not answered); range errors come from the answer type itself."""

    _PATTERNS = {
        "integer": r"[0-9]{0,7}",
        "scale10": r"[0-9]{0,2}",
        "percentage": r"[0-9]{0,3}([.,][0-9]{0,2})?%?",
    }
    _HINTS = {"integer": "0, 1, 2…", "scale10": "0–10", "percentage": "0–100 %"}

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        pattern = self._PATTERNS.get(question.type, r"[0-9.,]{0,12}")
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self.line))
        self.line.setPlaceholderText(self._HINTS.get(question.type, ""))
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0000000000") + 16)
        layout.addWidget(self.line)
        layout.addStretch(1)

    def read(self) -> Reading:
        text = self.line.text().strip().replace(",", ".")
        if not text:
            return None, None
        return self._parse(text)

    def set_value(self, value: AnswerValue | None) -> None:
        if value is None:
            self.line.setText("")
        elif isinstance(value, float) and value.is_integer():
            self.line.setText(str(int(value)))
        else:
            self.line.setText(str(value))


class TextInput(AnswerInput):
    """Free text: roles, never names. Debounced while typing and saved when focus leaves."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor = CommitTextEdit(lines=3)
        self.editor.setAccessibleName(self.label_text())
        self.editor.typed.connect(lambda: self.edited.emit(False))
        self.editor.committed.connect(lambda: self.edited.emit(True))
        layout.addWidget(self.editor)

    def read(self) -> Reading:
        text = self.editor.text()
        return (text if text.strip() else None), None

    def set_value(self, value: AnswerValue | None) -> None:
        self.editor.set_text("" if value is None else str(value))

    def focusables(self) -> list[QWidget]:
        return [self.editor]


class DateTimeInput(TextInput):
    """A date and time typed as YYYY-MM-DD HH:MM, checked by the answer type itself."""

    def read(self) -> Reading:
        value, problem = super().read()
        if value is None or problem:
            return value, problem
        try:
            return answer_type(self.question.type).parse(value, self.question), None
        except AnswerValueError as error:
            return None, error.message.get(self.language)

    def set_value(self, value: AnswerValue | None) -> None:
        super().set_value(value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) else value)


def _choice_input(question: Question, language: str, parent: QWidget | None) -> AnswerInput:
    if len(_choices(question)) <= MAX_RADIO_CHOICES:
        return ChoiceButtons(question, language, parent)
    return ChoiceCombo(question, language, parent)


# The UI's widget table: each answer type names its widget kind (domain/answer_types/, `widget`); a new type
# with a new kind adds one line here. Repeat groups are built by RepeatGroupWidget, not here.
WIDGETS: dict[str, Callable[[Question, str, QWidget | None], AnswerInput]] = {
    "choices": _choice_input,
    "multi": MultiChoices,
    "date": DateInput,
    "datetime": DateTimeInput,
    "number": NumberInput,
    "text": TextInput,
}


def make_input(question: Question, language: str, parent: QWidget | None = None) -> AnswerInput:
    """The input for a question's type, from the widget table (text for anything unknown)."""
    kind = ANSWER_TYPES.get(question.type)
    build = WIDGETS.get(kind.widget if kind is not None else "text", TextInput)
    return build(question, language, parent)

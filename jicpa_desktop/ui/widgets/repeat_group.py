"""A repeat group on a form screen: one framed block per row (people spoken to, documents read…)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jicpa_desktop.domain.form_model import Question
from jicpa_desktop.forms_engine.evaluation import Evaluation
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.widgets.question_row import QuestionRow, question_heading

CellFactory = Callable[[Question, str], QuestionRow]


class RepeatRowWidget(QFrame):
    def __init__(self, group: Question, row_id: str, cells: list[QuestionRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_id = row_id
        self.cells = cells
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setFont(theme.scaled_font(self.font(), 1.0, bold=True))
        header.addWidget(self.title)
        header.addStretch(1)
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setAutoDefault(False)
            header.addWidget(button)
        layout.addLayout(header)
        for cell in cells:
            layout.addWidget(cell)
        self._group_label = group.label.get(cells[0].language) if cells else group.id

    def set_number(self, number: int, total: int) -> None:
        self.title.setText(self.tr("Row %1").replace("%1", str(number)))
        self.up_button.setEnabled(number > 1)
        self.down_button.setEnabled(number < total)
        for button, text in (
            (self.up_button, self.tr("Move row %1 up")),
            (self.down_button, self.tr("Move row %1 down")),
            (self.remove_button, self.tr("Remove row %1")),
        ):
            button.setAccessibleName(f"{text.replace('%1', str(number))} — {self._group_label}")

    def focusables(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for cell in self.cells:
            widgets += cell.focusables()
        return [*widgets, self.up_button, self.down_button, self.remove_button]


class RepeatGroupWidget(QFrame):
    add_requested = Signal(str)  # group id
    remove_requested = Signal(str, str)  # group id, row id
    move_requested = Signal(str, str, int)  # group id, row id, new index

    def __init__(self, group: Question, language: str, make_cell: CellFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = group
        self.language = language
        self._make_cell = make_cell
        self.setObjectName(f"question_{group.id}")
        self.rows: list[RepeatRowWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        accent = theme.colour_css(theme.warning_colour(self))
        self.heading = QLabel(question_heading(group, language, accent))
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        if group.help is not None:
            help_label = QLabel(group.help.get(language))
            help_label.setWordWrap(True)
            help_label.setFont(theme.scaled_font(self.font(), 0.92))
            help_label.setStyleSheet(f"color: {theme.colour_css(theme.muted_colour(self))}")
            layout.addWidget(help_label)
        self.empty_label = QLabel(self.tr("No rows yet."))
        self.empty_label.setStyleSheet(f"color: {theme.colour_css(theme.muted_colour(self))}")
        layout.addWidget(self.empty_label)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(8)
        layout.addLayout(self.rows_layout)
        self.add_button = QPushButton(self.tr("Add a row"))
        self.add_button.setAutoDefault(False)
        self.add_button.setAccessibleName(self.tr("Add a row to: %1").replace("%1", group.label.get(language)))
        self.add_button.clicked.connect(lambda: self.add_requested.emit(group.id))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.heading.setBuddy(self.add_button)

    def add_row(self, row_id: str) -> RepeatRowWidget:
        cells = [self._make_cell(column, row_id) for column in self.question.columns]
        row = RepeatRowWidget(self.question, row_id, cells)
        row.up_button.clicked.connect(lambda: self._move(row, -1))
        row.down_button.clicked.connect(lambda: self._move(row, +1))
        row.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.question.id, row.row_id))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._renumber()
        return row

    def remove_row(self, row_id: str) -> RepeatRowWidget | None:
        row = self.row(row_id)
        if row is None:
            return None
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        return row

    def place_row(self, row_id: str, index: int) -> None:
        row = self.row(row_id)
        if row is None:
            return
        self.rows.remove(row)
        self.rows.insert(index, row)
        self.rows_layout.removeWidget(row)
        self.rows_layout.insertWidget(index, row)
        self._renumber()

    def row(self, row_id: str) -> RepeatRowWidget | None:
        return next((r for r in self.rows if r.row_id == row_id), None)

    def _move(self, row: RepeatRowWidget, step: int) -> None:
        index = self.rows.index(row) + step
        if 0 <= index < len(self.rows):
            self.move_requested.emit(self.question.id, row.row_id, index)

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number, len(self.rows))
        self.empty_label.setVisible(not self.rows)

    def focusables(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for row in self.rows:
            widgets += row.focusables()
        return [*widgets, self.add_button]

    def apply(self, evaluation: Evaluation) -> None:
        relevant = evaluation.is_relevant(self.question.id, None)
        if relevant == self.isHidden():
            self.setVisible(relevant)
        missing = (self.question.id, None) in evaluation.required_missing
        text = self.tr("Add at least one row.") if missing else self.tr("No rows yet.")
        if self.empty_label.text() != text:
            self.empty_label.setText(text)

    def heading_text(self) -> str:
        return html.unescape(self.question.label.get(self.language))

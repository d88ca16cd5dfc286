"""The history dialog of one question: every version of its answer, newest first, as the form shows values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.answer_types import AnswerValueError, JsonValue, answer_type, is_empty
from jicpa_desktop.domain.form_model import Question
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.dates import display_moment
from jicpa_desktop.ui.operations import ChangeKind, Changes, QueryOp, task_manager

if TYPE_CHECKING:
    from jicpa_desktop.services.history import History, HistoryEntry

NARROW_COLUMN_MAX = 230  # px for when, who and where from, so the change keeps most of a 1366-wide screen
COLUMN_GAP = 16  # px after the longest text, so neighbouring columns do not run into each other
LONG_VALUE = 160  # characters of a typed answer shown in the table; the whole text is in the tooltip


@dataclass(frozen=True, slots=True)
class Subject:
    """Which answer: the file, the form, the question (and the repeat row, for a cell of a repeat group)."""

    inspection_id: str
    case_id: str
    form_id: str
    question: Question
    row_id: str | None = None


class AnswerHistoryDialog(QDialog):
    """Reads the history each time it is opened, and again when a write elsewhere touches this file."""

    WHEN, WHO, CHANGE, SOURCE = range(4)

    def __init__(self, history: History, subject: Subject, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self.subject = subject
        self._language = language
        self.entries: list[HistoryEntry] = []
        self.loaded = False
        label = subject.question.label.get(language)
        self.setObjectName("answerHistoryDialog")
        self.setWindowTitle(self.tr("History of an answer"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(label)
        self.heading.setObjectName("historyQuestion")
        self.heading.setWordWrap(True)
        self.heading.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
        layout.addWidget(self.heading)
        self.status = QLabel(self.tr("Reading the history…"))
        self.status.setObjectName("historyStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("History of: %1").replace("%1", label))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Change (before → after)"), self.tr("Where from")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (self.WHEN, self.WHO, self.SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.CHANGE, QHeaderView.ResizeMode.Stretch)
        self.table.hide()
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Fits a 1366×768 screen with the taskbar; the change column takes what the others leave.
        self.resize(940, 380)
        task_manager().changed.connect(self._changed)
        self.refresh()

    # -- reading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read after the writes already queued (an answer just typed), then on a reader thread."""
        task_manager().writes.submit(lambda: None, on_done=self._read)

    def _read(self, _nothing: object = None) -> None:
        history, subject = self._history, self.subject
        QueryOp(parent=self, op=lambda _work: history.for_case(subject.case_id, form_id=subject.form_id,
                                                                question_id=subject.question.id),
                success=self._show).run_in_background()

    def _changed(self, changes: Changes) -> None:
        # An import, a merge or a resolved conflict while the dialog is open may add versions of this answer.
        if changes.touches_case(self.subject.inspection_id, self.subject.case_id) and changes.touches(
                ChangeKind.ANSWERS, ChangeKind.CONFLICTS):
            self.refresh()

    # -- showing -----------------------------------------------------------------------------------

    def _show(self, entries: list[HistoryEntry]) -> None:
        row_id = self.subject.row_id or ""
        mine = [e for e in entries if e.entity == "answer" and e.row_id == row_id]
        shown: list[tuple[HistoryEntry, bool]] = []
        previous_note = ""
        for entry in mine:  # oldest first: a note is shown where it changed
            shown.append((entry, entry.evidence != previous_note))
            previous_note = entry.evidence
        shown.reverse()
        self.entries = [entry for entry, _ in shown]
        self.loaded = True
        if not shown:
            self.status.setText(self.tr("No changes recorded for this answer yet."))
            self.status.show()
            self.table.hide()
            return
        self.status.hide()
        self.table.setRowCount(len(shown))
        for r, (entry, note_changed) in enumerate(shown):
            change, full = self.change_text(entry, note_changed)
            for column, text in ((self.WHEN, display_moment(entry.at, self._language)), (self.WHO, entry.author),
                                 (self.CHANGE, change), (self.SOURCE, self.source_text(entry))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == self.CHANGE and full != change:
                    item.setToolTip(full)
                self.table.setItem(r, column, item)
        self.table.show()
        for column in (self.WHEN, self.WHO, self.SOURCE):
            # As wide as the text, but a long name or package file wraps rather than squeezing the change.
            self.table.resizeColumnToContents(column)
            width = self.table.columnWidth(column) + COLUMN_GAP
            self.table.setColumnWidth(column, min(width, NARROW_COLUMN_MAX))
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(0, self.CHANGE)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # the arrow keys read the rows at once

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def change_text(self, entry: HistoryEntry, note_changed: bool) -> tuple[str, str]:
        """("Yes → No", plus the evidence note where it changed), shortened and in full."""
        before, after = self.value_text(entry.old, first=True), self.value_text(entry.new)
        short = f"{_shorten(before)} → {_shorten(after)}"
        full = f"{before} → {after}"
        if note_changed:
            note = " ".join(entry.evidence.split())
            line = (self.tr("Evidence: %1").replace("%1", note) if note
                    else self.tr("Evidence note removed"))
            short, full = f"{short}\n{_shorten(line)}", f"{full}\n{line}"
        return short, full

    def value_text(self, value: object, *, first: bool = False) -> str:
        """A stored value as the form shows it: choice labels in the interface language, dates as typed."""
        if is_empty(value):
            return self.tr("(no answer)") if first else self.tr("(cleared)")
        question = self.subject.question
        kind = answer_type(question.type)
        try:
            shown = kind.display(kind.from_json(cast("JsonValue", value), question), question, self._language)
        except (AnswerValueError, TypeError, ValueError):
            # A value from another version of the form that this version no longer reads: its choice label if
            # any version's choice has that id, otherwise the value as text (never the JSON).
            choices = {c.id: c.label.get(self._language) for c in kind.choices(question)}
            items = value if isinstance(value, list) else [value]
            shown = "; ".join(choices.get(str(v), str(v)) for v in items)
        return " ".join(shown.split())

    def source_text(self, entry: HistoryEntry) -> str:
        if entry.package:
            return self.tr("from package %1").replace("%1", entry.package)
        return self.tr("on this laptop")


def _shorten(text: str) -> str:
    return text if len(text) <= LONG_VALUE else text[: LONG_VALUE - 1].rstrip() + "…"


def open_answer_history(history: History, subject: Subject, language: str, parent: QWidget) -> AnswerHistoryDialog:
    """Show the dialog over *parent*'s window; it is deleted when closed."""
    dialog = AnswerHistoryDialog(history, subject, language, parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.activateWindow()
    return dialog

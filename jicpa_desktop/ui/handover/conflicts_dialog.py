"""Conflicts: every value side by side with who gave it, when and from which package; keep mine, theirs or
another value, always with a reason that goes into the audit trail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.services.handover import Handover
from jicpa_desktop.services.handover_types import ConflictSide, ConflictView
from jicpa_desktop.ui.dates import display_moment
from jicpa_desktop.ui.error_presenter import present_in_place
from jicpa_desktop.ui.i18n import current_language
from jicpa_desktop.ui.labels import agency_label
from jicpa_desktop.ui.operations import ChangeKind, Changes, QueryOp, WriteOp, task_manager


class ConflictsDialog(QDialog):
    def __init__(self, handover: Handover, inspection_id: str, parent: QWidget | None = None, *,
                 form_titles: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._handover = handover
        self._form_titles = form_titles or {}
        self._language = current_language()
        self._inspection_id = inspection_id
        self.conflicts: list[ConflictView] = []
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("conflictsSummary")
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Form"), self.tr("Question")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._show_selected)
        splitter.addWidget(self.table)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        self.question = QLabel()
        self.question.setObjectName("conflictQuestion")
        self.question.setWordWrap(True)
        detail_layout.addWidget(self.question)
        self.sides_box = QGroupBox(self.tr("The values, side by side"))
        self.sides = QGridLayout(self.sides_box)
        detail_layout.addWidget(self.sides_box)
        self.choice = QButtonGroup(self)
        self.take_mine = QRadioButton(self.tr("Keep mine (the value shown now)"))
        self.take_mine.setObjectName("takeMine")
        self.take_theirs = QRadioButton(self.tr("Take theirs"))
        self.take_theirs.setObjectName("takeTheirs")
        self.take_other = QRadioButton(self.tr("Another value:"))
        self.take_other.setObjectName("takeOther")
        self.other_value = QLineEdit()
        self.other_value.setObjectName("otherValue")
        for button in (self.take_mine, self.take_theirs, self.take_other):
            self.choice.addButton(button)
            button.toggled.connect(self._update)
        detail_layout.addWidget(self.take_mine)
        detail_layout.addWidget(self.take_theirs)
        other = QHBoxLayout()
        other.addWidget(self.take_other)
        other.addWidget(self.other_value)
        detail_layout.addLayout(other)
        detail_layout.addWidget(QLabel(self.tr("Reason (required; kept in the audit trail)")))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("resolutionReason")
        self.reason.setMaximumHeight(80)
        self.reason.textChanged.connect(self._update)
        self.other_value.textChanged.connect(self._update)
        detail_layout.addWidget(self.reason)
        self.problem = QLabel()
        self.problem.setObjectName("resolutionProblem")
        self.problem.setWordWrap(True)
        detail_layout.addWidget(self.problem)
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.resolve_button.setObjectName("resolveButton")
        self.resolve_button.clicked.connect(self.resolve)
        detail_layout.addWidget(self.resolve_button)
        detail_layout.addStretch()
        splitter.addWidget(detail)
        layout.addWidget(splitter, 1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
        self.conflicts: list[ConflictView] = []
        self.loaded = False
        task_manager().changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        handover, inspection_id = self._handover, self._inspection_id
        QueryOp(parent=self, op=lambda _work: handover.list_conflicts(inspection_id),
                success=self._show).run_in_background()

    def _changed(self, changes: Changes) -> None:
        if changes.origin is not self and changes.touches_inspection(self._inspection_id) and changes.touches(
                ChangeKind.CONFLICTS, ChangeKind.ANSWERS):
            self.refresh()

    def _show(self, conflicts: list[ConflictView]) -> None:
        self.conflicts = conflicts
        self.loaded = True
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            shown = (
                f"{c.case_reference} ({agency_label(c.agency, self._language)})",
                self._form_titles.get(c.form_id, c.form_id),
                c.question_label,
            )
            for column, value in enumerate(shown):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.summary.setText(
            self.tr("%n conflict(s) to resolve.", "", len(self.conflicts))
            if self.conflicts
            else self.tr("No conflicts: every field agrees.")
        )
        if self.conflicts:
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows and rows[0].row() < len(self.conflicts) else None

    def _side_widgets(self, column: int, side: ConflictSide) -> None:
        heading = self.tr("Mine (shown now)") if side.shown else self.tr("Theirs")
        cells = (
            heading,
            side.value or self.tr("(no answer)"),
            side.evidence,
            side.author,
            display_moment(side.at, self._language),
            side.inspector or self.tr("this laptop"),
        )
        for row, text in enumerate(cells):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setObjectName(f"side{column}_{row}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.sides.addWidget(label, row, column + 1)

    def _show_selected(self) -> None:
        while self.sides.count():
            item = self.sides.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        conflict = self.selected()
        self.sides_box.setEnabled(conflict is not None)
        if conflict is None:
            self.question.setText("")
            self._update()
            return
        self.question.setText(f"{conflict.case_reference} — {conflict.form_id}: {conflict.question_label}")
        for row, title in enumerate(
            (
                self.tr("Value"),
                self.tr("Value"),
                self.tr("Evidence"),
                self.tr("Author"),
                self.tr("When"),
                self.tr("From package of"),
            )
        ):
            if row:
                self.sides.addWidget(QLabel(f"<b>{title}</b>"), row, 0)
        for column, side in enumerate(conflict.sides):
            self._side_widgets(column, side)
        self.take_theirs.setEnabled(len(conflict.sides) == 2)
        self.reason.clear()
        self._update()

    def _take(self) -> str | None:
        if self.take_mine.isChecked():
            return "mine"
        if self.take_theirs.isChecked():
            return "theirs"
        if self.take_other.isChecked() and self.other_value.text().strip():
            return self.other_value.text().strip()
        return None

    def _update(self) -> None:
        ready = self.selected() is not None and self._take() is not None and bool(self.reason.toPlainText().strip())
        self.resolve_button.setEnabled(ready)

    def resolve(self) -> None:
        conflict, take = self.selected(), self._take()
        if conflict is None or take is None:
            return
        handover, reason = self._handover, self.reason.toPlainText()
        self.resolve_button.setEnabled(False)
        WriteOp(parent=self, op=lambda _work: handover.resolve_conflict(conflict.id, take, reason),
                changes=Changes.of(self._inspection_id, ChangeKind.CONFLICTS, ChangeKind.ANSWERS,
                                   case_ids=[conflict.case_id],
                                   origin=self),
                success=self._resolved).failure(self._resolve_failed).run_in_background()

    def _resolved(self, _result: object) -> None:
        self.problem.setText(self.tr("Resolved."))
        self.refresh()

    def _resolve_failed(self, error: BaseException, trace: str) -> None:
        present_in_place(self.problem, self, error, trace)
        self._update()

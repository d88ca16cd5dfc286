"""The form screen's side panel: progress, suggested and final grade, escalation, and what is still to do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.domain.grades import Grade
from jicpa_desktop.forms_engine.evaluation import AnswerRef, Evaluation
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.labels import grade_label
from jicpa_desktop.ui.widgets.answer_inputs import NoWheelComboBox
from jicpa_desktop.ui.widgets.commit_text_edit import CommitTextEdit

REF_ROLE = Qt.ItemDataRole.UserRole + 1


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class GradePanel(QWidget):
    grade_edited = Signal(bool)  # save now?
    escalate_requested = Signal()
    jump_requested = Signal(object)  # AnswerRef

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._setting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        layout.addWidget(self.progress_label)

        grade_box = QGroupBox(self.tr("Grade"))
        grade_layout = QFormLayout(grade_box)
        grade_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.suggested_label = QLabel()
        self.suggested_label.setFont(theme.scaled_font(self.font(), 1.0, bold=True))
        self.suggested_label.setAccessibleName(self.tr("Suggested grade"))
        grade_layout.addRow(self.tr("Suggested:"), self.suggested_label)
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setFont(theme.scaled_font(self.font(), 0.92))
        self.reasons_label.setStyleSheet(f"color: {theme.colour_css(theme.muted_colour(self))}")
        grade_layout.addRow(self.reasons_label)
        self.final_combo = NoWheelComboBox()
        self.final_combo.addItem(self.tr("Not set: the suggestion stands"), None)
        for grade in Grade:
            self.final_combo.addItem(grade.label.get(language), grade.value)
        self.final_combo.setAccessibleName(self.tr("Final grade"))
        self.final_combo.currentIndexChanged.connect(self._combo_changed)
        final_label = QLabel(self.tr("&Final grade:"))
        final_label.setBuddy(self.final_combo)
        grade_layout.addRow(final_label, self.final_combo)
        reason_label = QLabel(self.tr("&Reason for a different grade:"))
        reason_label.setWordWrap(True)
        self.reason_edit = CommitTextEdit(lines=2)
        self.reason_edit.setAccessibleName(self.tr("Reason for a different grade"))
        self.reason_edit.typed.connect(lambda: self.grade_edited.emit(False))
        self.reason_edit.committed.connect(lambda: self.grade_edited.emit(True))
        reason_label.setBuddy(self.reason_edit)
        grade_layout.addRow(reason_label)
        grade_layout.addRow(self.reason_edit)
        self.grade_problem = QLabel()
        self.grade_problem.setWordWrap(True)
        self.grade_problem.setStyleSheet(f"color: {theme.colour_css(theme.escalation_colour(self))}")
        self.grade_problem.hide()
        grade_layout.addRow(self.grade_problem)
        layout.addWidget(grade_box)

        escalation_box = QGroupBox(self.tr("Escalation"))
        escalation_layout = QVBoxLayout(escalation_box)
        self.escalation_label = QLabel()
        self.escalation_label.setWordWrap(True)
        escalation_layout.addWidget(self.escalation_label)
        self.escalate_button = QPushButton(self.tr("&Escalate now…"))
        self.escalate_button.setAutoDefault(False)
        self.escalate_button.setToolTip(self.tr("Record an immediate safeguarding concern for the lead inspector"))
        self.escalate_button.clicked.connect(self.escalate_requested)
        escalation_layout.addWidget(self.escalate_button)
        layout.addWidget(escalation_box)

        todo_box = QGroupBox(self.tr("Still to do"))
        todo_layout = QVBoxLayout(todo_box)
        self.todo_list = QListWidget()
        self.todo_list.setAccessibleName(self.tr("Answers and evidence still missing"))
        self.todo_list.setFrameShape(QFrame.Shape.NoFrame)
        self.todo_list.setWordWrap(True)
        self.todo_list.setSpacing(3)
        self.todo_list.itemActivated.connect(self._jump)
        self.todo_list.itemClicked.connect(self._jump)
        todo_layout.addWidget(self.todo_list)
        layout.addWidget(todo_box, 1)

    # -- grade ---------------------------------------------------------------------------------

    def final_grade(self) -> str | None:
        data = self.final_combo.currentData()
        return str(data) if data else None

    def reason(self) -> str:
        return self.reason_edit.text()

    def set_grade(self, final: str | None, reason: str) -> None:
        self._setting = True
        try:
            index = self.final_combo.findData(final) if final else 0
            self.final_combo.setCurrentIndex(max(index, 0))
            self.reason_edit.set_text(reason)
        finally:
            self._setting = False

    def set_grade_problem(self, message: str) -> None:
        self.grade_problem.setText(message)
        self.grade_problem.setVisible(bool(message))

    def _combo_changed(self, _index: int) -> None:
        if not self._setting:
            self.grade_edited.emit(True)

    # -- evaluation ----------------------------------------------------------------------------

    def show_evaluation(self, form: FormDefinition, evaluation: Evaluation) -> None:
        suggestion = evaluation.suggestion
        text = grade_label(suggestion.grade.value, self.language)
        if suggestion.percent is not None:
            text += f"  ({suggestion.percent:.0%})"
        self.suggested_label.setText(text)
        self.reasons_label.setText("; ".join(reason.get(self.language) for reason in suggestion.reasons))
        self.progress_label.setText(
            self.tr("%1 of %n question(s) answered · %2 required missing · %3 evidence missing", "",
                    evaluation.relevant_count)
            .replace("%1", str(evaluation.answered_count))
            .replace("%2", str(len(evaluation.required_missing)))
            .replace("%3", str(len(evaluation.evidence_missing)))
        )
        self._fill_todo(form, evaluation)

    def _fill_todo(self, form: FormDefinition, evaluation: Evaluation) -> None:
        items: list[tuple[str, AnswerRef]] = []
        for ref in evaluation.required_missing:
            question = form.question(ref[0])
            label = question.label.get(self.language) if question else ref[0]
            items.append((self.tr("Answer: %1").replace("%1", _short(label)), ref))
        for ref in evaluation.evidence_missing:
            question = form.question(ref[0])
            label = question.label.get(self.language) if question else ref[0]
            items.append((self.tr("Evidence: %1").replace("%1", _short(label)), ref))
        for ref, message in evaluation.constraint_errors.items():
            items.append((self.tr("Check: %1").replace("%1", _short(message.get(self.language))), ref))
        # What the list should show, the "nothing missing" line included, so a form complete when it opens
        # says so too (comparing only the missing items left that list empty).
        shown: list[tuple[str, AnswerRef | None]] = [*items] or [
            (self.tr("Nothing missing: this form is complete."), None)]
        current = [(self.todo_list.item(i).text(), self.todo_list.item(i).data(REF_ROLE))
                   for i in range(self.todo_list.count())]
        if current == shown:
            return
        self.todo_list.clear()
        for text, ref in shown:
            item = QListWidgetItem(text)
            item.setData(REF_ROLE, ref)
            if ref is None:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.todo_list.addItem(item)

    def _jump(self, item: QListWidgetItem) -> None:
        ref = item.data(REF_ROLE)
        if ref:
            self.jump_requested.emit(tuple(ref))

    def set_escalation(self, escalated: bool, action: str) -> None:
        if escalated:
            colour = theme.colour_css(theme.escalation_colour(self))
            text = self.tr("Escalated to the lead inspector.")
            if action.strip():
                text += " " + self.tr("Action taken: %1").replace("%1", _short(action.strip(), 200))
            self.escalation_label.setText(text)
            self.escalation_label.setStyleSheet(f"color: {colour}; font-weight: bold")
        else:
            self.escalation_label.setText(self.tr("No immediate concern recorded on this form."))
            self.escalation_label.setStyleSheet("")

    def focusables(self) -> list[QWidget]:
        return [self.final_combo, self.reason_edit, self.escalate_button, self.todo_list]

"""One meeting observation's form, generated from its definition and saved as the observer types.

Like a case file's form screen: every change updates a local copy at once (skip logic and evidence prompts react
immediately) and goes to the writer thread; text is debounced and flushed on focus-out and before the screen
closes, so nothing typed is lost. An observation has no file around it: no grade, no escalation, no history pane.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from jicpa_desktop.domain.answer_types import AnswerValue
from jicpa_desktop.forms_engine.evaluation import AnswerRef, Evaluation, ResponseState, check_constraint, evaluate
from jicpa_desktop.services.errors import OperationCancelledError, UserError
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.error_presenter import error_text, present_error
from jicpa_desktop.ui.labels import escape_mnemonics
from jicpa_desktop.ui.operations import WriteQueue
from jicpa_desktop.ui.pending_saves import PendingSaves
from jicpa_desktop.ui.widgets.question_row import QuestionRow

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices
    from jicpa_desktop.services.observations import ObservationView

class ObservationScreen(QWidget):
    saved = Signal(str)  # local time of the confirmed save
    save_failed = Signal(str)

    def __init__(self, services: AppServices, writer: WriteQueue, view: ObservationView, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observationScreen")
        self.setStyleSheet(theme.focus_frame_stylesheet(self.palette()))
        self.services = services
        self.writer = writer
        self.view = view
        self.form = view.form
        self.observation_id = view.summary.id
        self.language = language
        self.state = ResponseState(answers=dict(view.state.answers), evidence=dict(view.state.evidence))
        self.evaluation: Evaluation = view.evaluation
        self.rows: dict[AnswerRef, QuestionRow] = {}
        self._pending = PendingSaves(self._apply_evaluation, self)
        self._build()
        for (question_id, _row), row in self.rows.items():
            row.input.set_value(self.state.answers.get(question_id))
            row.evidence.set_text(self.state.evidence.get((question_id, None), ""))
        self._apply_evaluation()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        summary = self.view.summary
        title = QLabel(self.form.title.get(self.language))
        title.setObjectName("observationTitle")
        title.setFont(theme.scaled_font(self.font(), 1.25, bold=True))
        title.setWordWrap(True)
        outer.addWidget(title)
        facts = QFormLayout()
        reference = QLabel(f"<span style='font-family: monospace'>{summary.reference}</span>")
        reference.setTextFormat(Qt.TextFormat.RichText)
        reference.setObjectName("observationReference")
        facts.addRow(self.tr("Reference:"), reference)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("observationDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate(summary.observed_on.year, summary.observed_on.month, summary.observed_on.day))
        self.date_edit.setAccessibleName(self.tr("Date of the meeting"))
        self.date_edit.setMaximumWidth(self.date_edit.sizeHint().width() + 24)  # a date, not a line of text
        self.date_edit.editingFinished.connect(self._date_edited)
        date_label = QLabel(self.tr("&Date of the meeting:"))
        date_label.setBuddy(self.date_edit)
        facts.addRow(date_label, self.date_edit)
        facts.addRow(self.tr("Observer:"), QLabel(summary.observer))
        outer.addLayout(facts)
        self.date_problem = QLabel()
        self.date_problem.setObjectName("observationDateProblem")
        self.date_problem.setWordWrap(True)
        self.date_problem.setStyleSheet(f"color: {theme.colour_css(theme.escalation_colour(self))}")
        self.date_problem.hide()
        outer.addWidget(self.date_problem)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 12, 4)
        layout.setSpacing(10)
        if self.form.description is not None:
            description = QLabel(self.form.description.get(self.language))
            description.setWordWrap(True)
            description.setStyleSheet(f"color: {theme.colour_css(theme.muted_colour(self))}")
            layout.addWidget(description)
        for section in self.form.sections:
            box = QGroupBox(escape_mnemonics(section.title.get(self.language)))
            box_layout = QVBoxLayout(box)
            box_layout.setSpacing(2)
            for question in section.questions:
                row = QuestionRow(question, None, self.language)
                row.history_button.hide()  # the audit trail keeps an observation's changes; no per-answer pane
                row.negative_evidence_prompt = self.tr(
                    "Evidence needed: this answer is negative, so say what you saw in the meeting that shows it.")
                row.evidence.setPlaceholderText(
                    self.tr("What did you see in the meeting? (roles only — no names)"))
                row.value_edited.connect(self._value_edited)
                row.evidence_edited.connect(self._evidence_edited)
                self.rows[row.ref] = row
                box_layout.addWidget(row)
            layout.addWidget(box)
        layout.addStretch(1)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll, 1)

    def ordered_rows(self) -> list[QuestionRow]:
        return list(self.rows.values())

    def focus_first_question(self) -> None:
        for row in self.rows.values():
            if row.isVisible() or not self.isVisible():
                row.focus_input()
                self.scroll.ensureWidgetVisible(row)
                return

    # -- evaluation and edits ------------------------------------------------------------------

    def _apply_evaluation(self) -> None:
        self.evaluation = evaluate(self.form, self.state)
        for row in self.rows.values():
            row.apply(self.evaluation)

    def _value_edited(self, row: QuestionRow, now: bool) -> None:
        value, problem = row.input.read()
        if problem:
            row.set_problem(problem if now else "")
            return
        row.set_problem("")
        question = row.question
        if value is not None and question.constraint is not None:
            refused = check_constraint(self.form, question, value, self.state, None)
            if refused is not None:
                row.set_problem(refused.get(self.language))
                return
        if value is None:
            self.state.answers.pop(question.id, None)
        else:
            self.state.answers[question.id] = value
        self._queue(("value", question.id), self._save_job(question.id, value, None), now)

    def _evidence_edited(self, row: QuestionRow, now: bool) -> None:
        note = row.evidence.text()
        if note.strip():
            self.state.evidence[row.ref] = note
        else:
            self.state.evidence.pop(row.ref, None)
        self._queue(("evidence", row.question.id), self._save_job(row.question.id, None, note), now)

    def _queue(self, key: tuple[str, str], submit: Callable[[], None], now: bool) -> None:
        self._pending.queue(key, submit, now)

    def flush(self) -> None:
        """Hand every pending change to the writer now (on focus-out, the timer, switching and closing)."""
        self._pending.flush()

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def _save_job(self, question_id: str, value: AnswerValue | None, note: str | None) -> Callable[[], None]:
        observations, observation_id = self.services.observations, self.observation_id

        def save() -> Any:
            if note is None:
                return observations.set_answer(observation_id, question_id, value)
            return observations.set_evidence(observation_id, question_id, note)

        def submit() -> None:
            self.writer.submit(
                save, key=("observation", "value" if note is None else "evidence", observation_id, question_id),
                on_done=lambda saved: self._saved(question_id, saved),
                on_error=lambda error, trace: self._save_failed(question_id, error, trace),
            )

        return submit

    def _saved(self, question_id: str, saved: Any) -> None:
        row = self.rows.get((question_id, None))
        if row is not None:
            row.set_save_problem("")
        self.saved.emit(dt.datetime.now().strftime("%H:%M:%S"))

    def _save_failed(self, question_id: str, error: BaseException, trace: str) -> None:
        text = error_text(error, self.language)
        if text is None or isinstance(error, OperationCancelledError):
            present_error(self, error, trace)  # our bug: the crash report
            return
        row = self.rows.get((question_id, None))
        if row is not None:
            row.set_save_problem(text if isinstance(error, UserError) else self.tr("Not saved: %1").replace("%1", text))
        if not isinstance(error, UserError):  # the store: a full disk, a read-only file
            self.save_failed.emit(text)
            present_error(self, error, trace, title=self.tr("Your last change was not saved"))

    # -- the meeting's date --------------------------------------------------------------------

    def _date_edited(self) -> None:
        chosen = self.date_edit.date()
        day = dt.date(chosen.year(), chosen.month(), chosen.day())
        observations, observation_id = self.services.observations, self.observation_id

        def failed(error: BaseException, trace: str) -> None:
            text = error_text(error, self.language)
            if text is None:
                present_error(self, error, trace)
                return
            self.date_problem.setText(text)
            self.date_problem.show()

        def done(_none: Any) -> None:
            self.date_problem.hide()
            self.saved.emit(dt.datetime.now().strftime("%H:%M:%S"))

        self.writer.submit(lambda: observations.set_date(observation_id, day),
                           key=("observation", "date", observation_id), on_done=done, on_error=failed)

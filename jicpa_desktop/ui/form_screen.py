"""The form screen: one form for one case file, generated from its definition, saved as the inspector types.

Every change updates a local copy of the response at once (so skip logic, evidence prompts and the
suggested grade react immediately) and is handed to the writer thread to be saved; text is debounced
(~400 ms) and flushed on focus-out and before the screen closes, so nothing typed is ever lost.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.answer_types import AnswerValue, is_empty
from jicpa_desktop.domain.form_model import EvidenceRule, FormDefinition, Question
from jicpa_desktop.domain.roles import Role
from jicpa_desktop.domain.timescales import DatedEvent, TimelinessResult
from jicpa_desktop.forms_engine.evaluation import (
    AnswerRef,
    Evaluation,
    ResponseState,
    RowState,
    check_constraint,
    evaluate,
)
from jicpa_desktop.forms_engine.local_terms import form_with_terms
from jicpa_desktop.forms_engine.timeliness import form_timeliness, row_results, suggested_answers
from jicpa_desktop.services.errors import OperationCancelledError, UserError
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.answer_history import AnswerHistoryDialog, Subject, open_answer_history
from jicpa_desktop.ui.error_presenter import error_text, present_error
from jicpa_desktop.ui.labels import agency_label, escape_mnemonics, kind_label
from jicpa_desktop.ui.operations import QueryOp, WriteQueue
from jicpa_desktop.ui.pending_saves import PendingSaves
from jicpa_desktop.ui.widgets.grade_panel import GradePanel
from jicpa_desktop.ui.widgets.question_row import QuestionRow
from jicpa_desktop.ui.widgets.repeat_group import RepeatGroupWidget

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices
    from jicpa_desktop.services.dto import ResponseView



def local_time_of(saved_at: str) -> str:
    """'14:03:12' in local time from the store's UTC ISO timestamp."""
    try:
        moment = dt.datetime.fromisoformat(saved_at.replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime.now().strftime("%H:%M:%S")
    return moment.astimezone().strftime("%H:%M:%S")


def _copy_state(state: ResponseState) -> ResponseState:
    return ResponseState(
        answers=dict(state.answers),
        rows={group: [RowState(r.row_id, dict(r.cells)) for r in rows] for group, rows in state.rows.items()},
        evidence=dict(state.evidence),
        agency=state.agency,
    )


class FormScreen(QWidget):
    saved = Signal(str)  # local time of the confirmed save
    save_failed = Signal(str)  # a user-fixable store problem (disk full, read-only…)
    progress_changed = Signal()

    def __init__(self, services: AppServices, writer: WriteQueue, view: ResponseView, language: str,
                 parent: QWidget | None = None, local_terms: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formScreen")
        self.setStyleSheet(theme.focus_frame_stylesheet(self.palette()))
        self.services = services
        self.writer = writer
        self.view = view
        # The form's words with this area's names for things ("SPOC" where the form says {front_door}).
        self.form: FormDefinition = form_with_terms(view.form, local_terms or {})
        self.case_id = view.case.id
        self.form_id = view.form.id
        self.language = language
        self.state = _copy_state(view.state)
        self.evaluation: Evaluation = view.evaluation
        self.rows: dict[AnswerRef, QuestionRow] = {}
        self.groups: dict[str, RepeatGroupWidget] = {}
        self._pending = PendingSaves(self._apply_evaluation, self)
        self._closing = False
        # The file's dated events recorded in its other forms (read once, in the background); this form's own
        # dates are read live from the screen, so the timeliness beside a date follows typing.
        self.other_events: dict[str, DatedEvent] = {}
        self.timescales = services.context.catalogue.timescales
        self._build()
        note_shortcut = QShortcut(QKeySequence("Ctrl+Shift+E"), self)
        note_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        note_shortcut.activated.connect(self.add_note_to_current)
        history_shortcut = QShortcut(QKeySequence("Ctrl+H"), self)
        history_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        history_shortcut.activated.connect(self.history_of_current)
        self.history_dialog: AnswerHistoryDialog | None = None
        self._load_values()
        self._apply_evaluation()
        self.retab()
        if self.timescales and (self.form.event_dates() or self.form.timescale_questions()):
            self._load_other_events()

    def _load_other_events(self) -> None:
        progress, case_id, form_id, language = self.services.progress, self.case_id, self.form_id, self.language
        QueryOp(parent=self, op=lambda _work: progress.case_events(case_id, excluding_form=form_id, lang=language),
                success=self._set_other_events).run_in_background()

    def _set_other_events(self, events: dict[str, DatedEvent]) -> None:
        self.other_events = events
        self._show_timeliness()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        self.title_label = title = QLabel(self.form.title.get(self.language))
        title.setObjectName("formTitle")
        title.setFont(theme.scaled_font(self.font(), 1.35, bold=True))
        title.setWordWrap(True)
        # Where the keyboard starts on a form (not a Tab stop): the first Tab and F8 then reach question 1.
        title.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        title.setAccessibleName(self.form.title.get(self.language))
        outer.addWidget(title)
        case = self.view.case
        subtitle = QLabel(
            f"<span style='font-family: monospace'>{case.reference}</span> · "
            f"{agency_label(case.agency, self.language)} · {kind_label(case.kind)}"
        )
        subtitle.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(subtitle)
        if self.view.form_version != self.view.current_version:
            note = QLabel(
                self.tr("Answered under version %1 of this form (the current version is %2).")
                .replace("%1", str(self.view.form_version)).replace("%2", str(self.view.current_version))
            )
            note.setStyleSheet(f"color: {theme.colour_css(theme.warning_colour(self))}")
            outer.addWidget(note)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget()
        content.setObjectName("formContent")
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(4, 4, 12, 4)
        content_layout.setSpacing(12)
        if self.form.description is not None:
            description = QLabel(self.form.description.get(self.language))
            description.setWordWrap(True)
            description.setStyleSheet(f"color: {theme.colour_css(theme.muted_colour(self))}")
            content_layout.addWidget(description)
        self.sections: list[tuple[QGroupBox, list[QuestionRow | RepeatGroupWidget]]] = []
        for section in self.form.sections:
            box = QGroupBox(escape_mnemonics(section.title.get(self.language)))
            box.setObjectName(f"section_{section.id}")
            box_layout = QVBoxLayout(box)
            box_layout.setSpacing(2)
            items: list[QuestionRow | RepeatGroupWidget] = []
            for question in section.questions:
                if not question.applies_to(case.agency):
                    continue  # asked of other agencies' records only: not on this file's screen at all
                if question.is_repeat:
                    group = RepeatGroupWidget(question, self.language, self._make_cell)
                    group.add_requested.connect(self.add_row)
                    group.remove_requested.connect(self.remove_row)
                    group.move_requested.connect(self.move_row)
                    self.groups[question.id] = group
                    for row in self.state.rows.get(question.id, []):
                        group.add_row(row.row_id)
                    box_layout.addWidget(group)
                    items.append(group)
                else:
                    row = self._make_row(question, None)
                    box_layout.addWidget(row)
                    items.append(row)
            content_layout.addWidget(box)
            self.sections.append((box, items))
        content_layout.addStretch(1)
        self.scroll.setWidget(content)
        splitter.addWidget(self.scroll)

        self.panel = GradePanel(self.language)
        self.panel.set_grade(self.view.final_grade, self.view.override_reason)
        self.panel.grade_edited.connect(self._grade_edited)
        self.panel.escalate_requested.connect(self.escalate_now)
        self.panel.jump_requested.connect(self.jump_to)
        panel_scroll = QScrollArea()
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        panel_scroll.setWidget(self.panel)
        panel_scroll.setMinimumWidth(280)
        splitter.addWidget(panel_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 320])
        outer.addWidget(splitter, 1)

    def _make_row(self, question: Question, row_id: str | None) -> QuestionRow:
        row = QuestionRow(question, row_id, self.language)
        row.value_edited.connect(self._value_edited)
        row.evidence_edited.connect(self._evidence_edited)
        row.history_requested.connect(self.show_history)
        row.suggestion_taken.connect(self._take_suggestion)
        self.rows[row.ref] = row
        return row

    def _make_cell(self, question: Question, row_id: str) -> QuestionRow:
        return self._make_row(question, row_id)

    def _load_values(self) -> None:
        for (question_id, row_id), row in self.rows.items():
            row.input.set_value(self._stored_value(question_id, row_id))
            row.evidence.set_text(self.state.evidence.get((question_id, row_id), ""))

    def _stored_value(self, question_id: str, row_id: str | None) -> AnswerValue | None:
        if row_id is None:
            return self.state.answers.get(question_id)
        for rows in self.state.rows.values():
            for row in rows:
                if row.row_id == row_id:
                    return row.cells.get(question_id)
        return None

    def ordered_items(self) -> list[QuestionRow]:
        """Every question row in reading order, repeat cells included."""
        result: list[QuestionRow] = []
        for _box, items in self.sections:
            for item in items:
                if isinstance(item, RepeatGroupWidget):
                    for row in item.rows:
                        result += row.cells
                else:
                    result.append(item)
        return result

    def retab(self) -> None:
        """Set the Tab order to reading order (rows added later would otherwise come last)."""
        chain: list[QWidget] = []
        for _box, items in self.sections:
            for item in items:
                chain += item.focusables()
        chain += self.panel.focusables()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- evaluation ----------------------------------------------------------------------------

    def _apply_evaluation(self) -> None:
        self.evaluation = evaluate(self.form, self.state)
        for row in self.rows.values():
            row.apply(self.evaluation)
        for group in self.groups.values():
            group.apply(self.evaluation)
        self.panel.show_evaluation(self.form, self.evaluation)
        self._show_timeliness()
        self.panel.set_escalation(
            self._role_answer(Role.ESCALATION) == "yes", str(self._role_answer(Role.ESCALATION_ACTION) or "")
        )
        self.progress_changed.emit()

    def timeliness_results(self) -> list[TimelinessResult]:
        """The timescales between the file's dates (this form's live, the others' as read)."""
        return form_timeliness(self.form, self.state, self.evaluation, self.timescales, self.other_events,
                               lang=self.language)

    def _show_timeliness(self) -> None:
        """Beside each event date: the timescales it ends (or starts, when the end is in another form)."""
        if not self.timescales:
            return
        results = self.timeliness_results()
        self._show_suggestions(results)
        dates = {event: q.id for event, q in self.form.event_dates().items()}
        lines: dict[str, list[tuple[str, bool | None]]] = {qid: [] for qid in dates.values()}
        for result in results:
            at = dates.get(result.timescale.end) or dates.get(result.timescale.start)
            if at is not None:
                lines[at].append((result.describe(self.language), result.met))
        for question_id, found in lines.items():
            row = self.rows.get((question_id, None))
            if row is not None:
                row.set_timeliness(found)
        # Row by row (each missing episode's return home interview), beside the row's date.
        cells: dict[tuple[str, str], list[tuple[str, bool | None]]] = {}
        for question in self.form.event_dates().values():
            group = self.form.parent_of(question.id)
            for state_row in self.state.rows.get(group.id, []) if group is not None else []:
                cells[(question.id, state_row.row_id)] = []
        for row_id, result in row_results(self.form, self.state, self.evaluation, self.timescales,
                                          lang=self.language):
            at = dates.get(result.timescale.end) if result.end is not None else dates.get(result.timescale.start)
            if at is not None and (at, row_id) in cells:
                cells[(at, row_id)].append((result.describe(self.language), result.met))
        for (question_id, row_id), found in cells.items():
            cell = self.rows.get((question_id, row_id))
            if cell is not None:
                cell.set_timeliness(found)

    def _show_suggestions(self, results: list[TimelinessResult]) -> None:
        """Each Yes/No question with `timescale:` shows what the file's dates give for it."""
        suggested = suggested_answers(self.form, results)
        for question in self.form.timescale_questions():
            row = self.rows.get((question.id, None))
            if row is None:
                continue
            found = suggested.get(question.id)
            if found is None:
                row.set_suggestion(None)
            else:
                choice, result = found
                row.set_suggestion(choice, result.describe(self.language))

    def _take_suggestion(self, row: QuestionRow, choice: str) -> None:
        """"Use this answer": the suggested choice, saved like a click on it."""
        row.input.set_value(choice)
        self._value_edited(row, True)
        self._apply_evaluation()

    # -- edits ---------------------------------------------------------------------------------

    def _set_local(self, question_id: str, row_id: str | None, value: AnswerValue | None) -> None:
        if row_id is None:
            if value is None:
                self.state.answers.pop(question_id, None)
            else:
                self.state.answers[question_id] = value
            return
        for rows in self.state.rows.values():
            for row in rows:
                if row.row_id == row_id:
                    if value is None:
                        row.cells.pop(question_id, None)
                    else:
                        row.cells[question_id] = value
                    return

    def _value_edited(self, row: QuestionRow, now: bool) -> None:
        value, problem = row.input.read()
        question = row.question
        if problem:
            # Half-typed dates or numbers are left alone while typing; the problem shows when editing ends.
            row.set_problem(problem if now else "")
            return
        row.set_problem("")
        message = None
        if value is not None and question.constraint is not None:
            refused = check_constraint(self.form, question, value, self.state, row.row_id)
            message = refused.get(self.language) if refused else None
        if message:
            row.set_problem(message)
            return
        self._set_local(question.id, row.row_id, value)
        self._queue(("value", row.ref), self._save_value_job(question.id, row.row_id, value), now)

    def _evidence_edited(self, row: QuestionRow, now: bool) -> None:
        note = row.evidence.text()
        if note.strip():
            self.state.evidence[row.ref] = note
        else:
            self.state.evidence.pop(row.ref, None)
        self._queue(("evidence", row.ref), self._save_evidence_job(row.question.id, row.row_id, note), now)

    def _queue(self, key: tuple[str, AnswerRef], submit: Callable[[], None], now: bool) -> None:
        self._pending.queue(key, submit, now)

    def flush(self) -> None:
        """Hand every pending change to the writer now (called on focus-out, timer, close and quit)."""
        self._pending.flush()

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    # -- saving (through the writer thread) ----------------------------------------------------

    def _save_value_job(self, question_id: str, row_id: str | None, value: AnswerValue | None) -> Callable[[], None]:
        answers = self.services.answers
        case_id, form_id = self.case_id, self.form_id

        def submit() -> None:
            self.writer.submit(
                lambda: answers.set_answer(case_id, form_id, question_id, value, row_id=row_id),
                key=("value", case_id, form_id, question_id, row_id),
                on_done=lambda saved: self._saved((question_id, row_id), saved),
                on_error=lambda error, trace: self._save_failed((question_id, row_id), error, trace),
            )

        return submit

    def _save_evidence_job(self, question_id: str, row_id: str | None, note: str) -> Callable[[], None]:
        answers = self.services.answers
        case_id, form_id = self.case_id, self.form_id

        def submit() -> None:
            self.writer.submit(
                lambda: answers.set_evidence(case_id, form_id, question_id, note, row_id=row_id),
                key=("evidence", case_id, form_id, question_id, row_id),
                on_done=lambda saved: self._saved((question_id, row_id), saved),
                on_error=lambda error, trace: self._save_failed((question_id, row_id), error, trace),
            )

        return submit

    def _saved(self, ref: AnswerRef, saved: Any) -> None:
        row = self.rows.get(ref)
        if row is not None:
            row.set_save_problem("")
        self.saved.emit(local_time_of(getattr(saved, "saved_at", "")))

    def _save_failed(self, ref: AnswerRef, error: BaseException, trace: str) -> None:
        row = self.rows.get(ref)
        if row is None and ref[1] is not None:
            return  # the row was removed meanwhile: nothing left to save
        text = error_text(error, self.language)
        if text is None or isinstance(error, OperationCancelledError):
            present_error(self, error, trace)  # our bug: the crash report
            return
        if row is not None:
            row.set_save_problem(text if isinstance(error, UserError) else self.tr("Not saved: %1").replace("%1", text))
        if not isinstance(error, UserError):  # the store: a full disk, a read-only file
            self.save_failed.emit(text)
            present_error(self, error, trace, title=self.tr("Your last change was not saved"))

    # -- repeat groups -------------------------------------------------------------------------

    def add_row(self, group_id: str) -> None:
        self.flush()
        answers, case_id, form_id = self.services.answers, self.case_id, self.form_id
        self.writer.submit(
            lambda: answers.add_row(case_id, form_id, group_id),
            on_done=lambda row_id: self._row_added(group_id, str(row_id)),
            on_error=lambda error, trace: self._save_failed((group_id, None), error, trace),
        )

    def _row_added(self, group_id: str, row_id: str) -> None:
        if self._closing:
            return
        self.state.rows.setdefault(group_id, []).append(RowState(row_id, {}))
        group = self.groups[group_id]
        row_widget = group.add_row(row_id)
        self._apply_evaluation()
        self.retab()
        self.saved.emit(dt.datetime.now().strftime("%H:%M:%S"))
        if row_widget.cells:
            row_widget.cells[0].focus_input()
            self.scroll.ensureWidgetVisible(row_widget)

    def remove_row(self, group_id: str, row_id: str) -> None:
        from jicpa_desktop.ui import messages

        rows = self.state.rows.get(group_id, [])
        row_state = next((r for r in rows if r.row_id == row_id), None)
        if row_state is None:
            return
        if row_state.cells and not messages.ask_yes_no(
            self, self.tr("Remove row"), self.tr("Remove this row and the answers in it?")
        ):
            return
        # Changes typed into the row and not yet saved are dropped with it.
        self._pending.drop(lambda key: key[1][1] != row_id)  # type: ignore[index]
        rows.remove(row_state)
        group = self.groups[group_id]
        index = next((i for i, r in enumerate(group.rows) if r.row_id == row_id), 0)
        removed = group.remove_row(row_id)
        if removed is not None:
            for cell in removed.cells:
                self.rows.pop(cell.ref, None)
        answers, case_id, form_id = self.services.answers, self.case_id, self.form_id
        self.writer.submit(
            lambda: answers.remove_row(case_id, form_id, row_id),
            on_done=lambda _none: self.saved.emit(dt.datetime.now().strftime("%H:%M:%S")),
            on_error=lambda error, trace: self._save_failed((group_id, None), error, trace),
        )
        self._apply_evaluation()
        self.retab()
        if group.rows:
            group.rows[min(index, len(group.rows) - 1)].remove_button.setFocus()
        else:
            group.add_button.setFocus()

    def move_row(self, group_id: str, row_id: str, new_index: int) -> None:
        self.flush()
        rows = self.state.rows.get(group_id, [])
        row_state = next((r for r in rows if r.row_id == row_id), None)
        if row_state is None:
            return
        old_index = rows.index(row_state)
        rows.remove(row_state)
        rows.insert(new_index, row_state)
        group = self.groups[group_id]
        focused = QApplication.focusWidget()
        group.place_row(row_id, new_index)
        answers, case_id, form_id = self.services.answers, self.case_id, self.form_id
        self.writer.submit(
            lambda: answers.move_row(case_id, form_id, row_id, new_index),
            on_done=lambda _none: self.saved.emit(dt.datetime.now().strftime("%H:%M:%S")),
            on_error=lambda error, trace: self._save_failed((group_id, None), error, trace),
        )
        self._apply_evaluation()
        self.retab()
        moved = group.row(row_id)
        if moved is not None:
            # Keep the keyboard on the row that moved, on a button that is still enabled.
            going_up = new_index < old_index
            target = moved.up_button if going_up and moved.up_button.isEnabled() else moved.down_button
            if not target.isEnabled():
                target = moved.up_button if moved.up_button.isEnabled() else moved.remove_button
            if focused in (moved.up_button, moved.down_button):
                target.setFocus()

    # -- grade ---------------------------------------------------------------------------------

    def _grade_edited(self, now: bool) -> None:
        final = self.panel.final_grade()
        reason = self.panel.reason()
        suggestion = self.evaluation.suggestion.grade.value
        if final is not None and final != suggestion and not reason.strip():
            self.panel.set_grade_problem(
                self.tr("The suggested grade is %1: give a reason for choosing a different grade.")
                .replace("%1", self.evaluation.suggestion.grade.label.get(self.language))
            )
            self._pending.drop(lambda key: key != ("grade", ("", None)))
            return
        self.panel.set_grade_problem("")
        answers, case_id, form_id = self.services.answers, self.case_id, self.form_id

        def submit() -> None:
            self.writer.submit(
                lambda: answers.set_grade(case_id, form_id, final, reason),
                key=("grade", case_id, form_id),
                on_done=self._grade_saved,
                on_error=self._grade_failed,
            )

        self._queue(("grade", ("", None)), submit, now)

    def _grade_saved(self, grade_view: Any) -> None:
        self.panel.set_grade_problem(
            self.tr("Two bands or more from the suggestion: the lead inspector will moderate this grade.")
            if getattr(grade_view, "needs_moderation", False) else ""
        )
        self.saved.emit(dt.datetime.now().strftime("%H:%M:%S"))

    def _grade_failed(self, error: BaseException, trace: str) -> None:
        text = error_text(error, self.language)
        if text is None or isinstance(error, OperationCancelledError):
            present_error(self, error, trace)  # our bug: the crash report
        elif isinstance(error, UserError):
            self.panel.set_grade_problem(text)
        else:  # the store: a full disk, a read-only file
            self.panel.set_grade_problem(self.tr("Not saved: %1").replace("%1", text))
            self.save_failed.emit(text)
            present_error(self, error, trace, title=self.tr("Your last change was not saved"))

    # -- navigation ----------------------------------------------------------------------------

    def focus_form_start(self) -> None:
        """Put the keyboard on the form's title, just before question 1, and show the top of the form."""
        self.title_label.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.verticalScrollBar().setValue(0)

    def focus_first_question(self) -> None:
        for row in self.ordered_items():
            if row.isVisibleTo(self):
                row.focus_input()
                self.scroll.ensureWidgetVisible(row)
                return

    def jump_to(self, ref: AnswerRef) -> None:
        question_id, row_id = ref
        row = self.rows.get((question_id, row_id))
        if row is None:
            group = self.groups.get(question_id)
            if group is not None:
                self.scroll.ensureWidgetVisible(group)
                group.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.scroll.ensureWidgetVisible(row)
        if ref in self.evaluation.evidence_missing and row.input.read()[0] is not None:
            row.evidence.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(row.evidence)
        else:
            row.focus_input()

    def _needs_attention(self, row: QuestionRow) -> bool:
        if row.isHidden() or not self.evaluation.is_relevant(row.question.id, row.row_id):
            return False
        return (
            row.input.read()[0] is None
            or row.ref in self.evaluation.evidence_missing
            or row.ref in self.evaluation.constraint_errors
        )

    def focus_next_unanswered_candidate(self) -> bool:
        """Whether anything is left for "next unanswered question" to go to."""
        return any(self._needs_attention(row) for row in self.ordered_items()) or any(
            (group_id, None) in self.evaluation.required_missing for group_id in self.groups
        )

    def focus_next_unanswered(self) -> bool:
        """Move to the next question still needing an answer or evidence (wrapping); False when none."""
        self.flush()
        rows = self.ordered_items()
        focused = QApplication.focusWidget()
        start = 0
        for index, row in enumerate(rows):
            if focused is not None and (row is focused or row.isAncestorOf(focused)):
                start = index + 1
                break
        for offset in range(len(rows)):
            row = rows[(start + offset) % len(rows)]
            if self._needs_attention(row):
                self.jump_to(row.ref)
                return True
        for group_id in self.groups:
            if (group_id, None) in self.evaluation.required_missing:
                self.jump_to((group_id, None))
                return True
        return False

    def current_row(self) -> QuestionRow | None:
        focused = QApplication.focusWidget()
        if focused is None:
            return None
        return next((row for row in self.rows.values() if row.isAncestorOf(focused)), None)

    def add_note_to_current(self) -> None:
        row = self.current_row()
        if row is not None and row.question.evidence is not EvidenceRule.NONE:
            row.request_note()

    def history_of_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.show_history(row)

    def show_history(self, row: QuestionRow) -> None:
        """The answer's history; what is typed but not yet saved is handed to the writer first, so it is in it."""
        self.flush()
        subject = Subject(self.view.case.inspection_id, self.case_id, self.form_id, row.question, row.row_id)
        self.history_dialog = open_answer_history(self.services.history, subject, self.language, self)

    def _role_answer(self, role: Role) -> AnswerValue | None:
        question = self.form.with_role(role)
        return self.state.answers.get(question.id) if question is not None else None

    def _role_row(self, role: Role) -> QuestionRow | None:
        question = self.form.with_role(role)
        return self.rows.get((question.id, None)) if question is not None else None

    def escalate_now(self) -> None:
        """Answer the escalation question Yes, date it today, and put the cursor on the action (found by role)."""
        row = self._role_row(Role.ESCALATION)
        if row is None:
            return
        if row.input.read()[0] != "yes":
            row.input.set_value("yes")
            self._value_edited(row, True)
        date_row = self._role_row(Role.ESCALATION_DATE)
        if date_row is not None and date_row.input.read()[0] is None:
            date_row.input.set_value(dt.date.today())
            self._value_edited(date_row, True)
        self._apply_evaluation()
        action = self._role_row(Role.ESCALATION_ACTION)
        target = action or row
        self.scroll.ensureWidgetVisible(target)
        target.focus_input()

    # -- closing -------------------------------------------------------------------------------

    def prepare_to_close(self) -> None:
        """Flush pending edits into the writer; the caller waits for the writer to drain."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            # Text being edited reports "committed" on focus-out; clearing focus makes that happen now.
            focused.clearFocus()
            QCoreApplication.processEvents()
        self.flush()
        self._closing = True

    def answered(self, question_id: str, row_id: str | None = None) -> bool:
        return not is_empty(self._stored_value(question_id, row_id))

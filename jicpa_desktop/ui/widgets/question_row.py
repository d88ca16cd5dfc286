"""One question on a form screen: label, help, the input, inline messages and the evidence box."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from jicpa_desktop.domain.answer_types import answer_type
from jicpa_desktop.domain.form_model import EvidenceRule, NaReason, Question
from jicpa_desktop.forms_engine.evaluation import AnswerRef, Evaluation
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.labels import escape_rich_mnemonics
from jicpa_desktop.ui.widgets.answer_inputs import AnswerInput, make_input
from jicpa_desktop.ui.widgets.commit_text_edit import CommitTextEdit


def question_heading(question: Question, language: str, colour: str) -> str:
    """The label as rich text, with the ★ of a limiting question and a marker for a required one."""
    text = escape_rich_mnemonics(html.escape(question.label.get(language)))  # the heading has a buddy
    if question.limiting:
        text = f"{text} <span style='color:{colour}'>★</span>"
    if question.required:
        text = f"{text} <span style='color:{colour}'>*</span>"
    return text


class QuestionRow(QFrame):
    value_edited = Signal(object, bool)  # (this row, save now?)
    evidence_edited = Signal(object, bool)
    history_requested = Signal(object)  # this row: show who changed its answer, when, old → new
    suggestion_taken = Signal(object, str)  # (this row, the choice the file's dates suggest)

    def __init__(self, question: Question, row_id: str | None, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.row_id = row_id
        self.language = language
        self.setObjectName(f"question_{question.id}")
        self._note_requested = False
        # What a negative answer's missing note asks for; a screen that is not about a record says its own.
        self.negative_evidence_prompt: str | None = None
        self._evidence_missing = False
        self._problem = ""
        self._save_problem = ""
        self._constraint_problem = ""
        self._na_reason = False  # answered Not applicable where the form asks for a reason

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        accent = theme.colour_css(theme.warning_colour(self))
        self.heading = QLabel(question_heading(question, language, accent))
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        heading_line = QHBoxLayout()
        heading_line.addWidget(self.heading, 1)
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setObjectName("historyButton")
        self.history_button.setFlat(True)
        self.history_button.setFont(theme.scaled_font(self.font(), 0.85))
        self.history_button.setStyleSheet(f"color: {theme.colour_css(theme.muted_colour(self))}")
        self.history_button.setAccessibleName(self.tr("History of: %1").replace("%1", question.label.get(language)))
        # Not a Tab stop, like the note button: Ctrl+H shows the history of the question you are on.
        self.history_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.history_button.setToolTip(self.tr("Who changed this answer, when, and from which package (Ctrl+H)"))
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self))
        heading_line.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading_line)
        if question.help is not None:
            self.help = QLabel(question.help.get(language))
            self.help.setWordWrap(True)
            self.help.setFont(theme.scaled_font(self.font(), 0.92))
            self.help.setStyleSheet(f"color: {theme.colour_css(theme.muted_colour(self))}")
            layout.addWidget(self.help)
        self.input: AnswerInput = make_input(question, language)
        self.input.edited.connect(lambda now: self.value_edited.emit(self, now))
        self.heading.setBuddy(self.input.focus_target())
        description = []
        if question.required:
            description.append(self.tr("Required"))
        if question.help is not None:
            description.append(question.help.get(language))
        for widget in self.input.focusables():
            if not widget.accessibleDescription():
                widget.setAccessibleDescription(" ".join(description))
        layout.addWidget(self.input)

        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("problem")
        self.problem_label.setStyleSheet(f"color: {theme.colour_css(theme.escalation_colour(self))}")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)

        self.evidence_label = QLabel()
        self.evidence_label.setWordWrap(True)
        self.evidence = CommitTextEdit(lines=2)
        self.evidence.setObjectName("evidence")
        self.evidence.setAccessibleName(self.tr("Evidence for: %1").replace("%1", question.label.get(language)))
        self.evidence.setPlaceholderText(self.tr("What in the record shows this? (roles, dates, documents — no names)"))
        self.evidence_label.setBuddy(self.evidence)
        self.evidence.typed.connect(lambda: self.evidence_edited.emit(self, False))
        self.evidence.committed.connect(lambda: self.evidence_edited.emit(self, True))
        self.evidence_label.hide()
        self.evidence.hide()
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.evidence)
        self.add_note_button = QPushButton(self.tr("Add an evidence note"))
        self.add_note_button.setAccessibleName(
            self.tr("Add an evidence note to: %1").replace("%1", question.label.get(language))
        )
        self.add_note_button.setFlat(True)
        # Not a Tab stop (it would double the stops on a long form): Ctrl+Shift+E adds a note from the keyboard.
        self.add_note_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.add_note_button.setToolTip(self.tr("Ctrl+Shift+E adds an evidence note to the question you are on"))
        self.add_note_button.clicked.connect(self.request_note)
        self.add_note_button.hide()
        layout.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Computed timeliness beside an event date ("ICPC … 17 working days — limit 15, missed"), set by the screen.
        self.timeliness_label = QLabel()
        self.timeliness_label.setObjectName("timeliness")
        self.timeliness_label.setWordWrap(True)
        self.timeliness_label.hide()
        layout.addWidget(self.timeliness_label)
        # The answer the file's dates suggest for a question with `timescale:`, with a button to take it.
        self._suggested: str | None = None
        suggestion_line = QHBoxLayout()
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("suggestedAnswer")
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setTextFormat(Qt.TextFormat.RichText)
        suggestion_line.addWidget(self.suggestion_label, 1)
        self.use_suggestion_button = QPushButton(self.tr("Use this answer"))
        self.use_suggestion_button.setObjectName("useSuggestedAnswer")
        self.use_suggestion_button.clicked.connect(self._take_suggestion)
        suggestion_line.addWidget(self.use_suggestion_button, 0, Qt.AlignmentFlag.AlignTop)
        self.suggestion_label.hide()
        self.use_suggestion_button.hide()
        layout.addLayout(suggestion_line)

    def set_timeliness(self, lines: list[tuple[str, bool | None]]) -> None:
        """Each line with met (True), missed or overdue (False) or not known yet (None)."""
        if not lines:
            self.timeliness_label.hide()
            return
        good = theme.colour_css(theme.muted_colour(self))
        bad = theme.colour_css(theme.escalation_colour(self))
        parts = []
        for text, met in lines:
            mark = "✔" if met is True else "✖" if met is False else "…"
            colour = bad if met is False else good
            parts.append(f"<span style='color:{colour}'>{mark} {html.escape(text)}</span>")
        self.timeliness_label.setText("<br>".join(parts))
        self.timeliness_label.setAccessibleName("; ".join(text for text, _ in lines))
        self.timeliness_label.show()

    def set_suggestion(self, choice: str | None, because: str = "") -> None:
        """What the file's dates give for this Yes/No question (None: nothing yet), and why ("ICPC … 12 working
        days — limit 15"). An answer that differs is the inspector's to give, with the reason in the note."""
        self._suggested = choice
        if choice is None:
            self.suggestion_label.hide()
            self.use_suggestion_button.hide()
            return
        label = answer_type(self.question.type).display(choice, self.question, self.language)
        answer = self.input.read()[0]
        differs = answer is not None and answer != choice
        text = self.tr("From the dates: %1 (%2)").replace("%1", f"<b>{html.escape(label)}</b>") \
            .replace("%2", html.escape(because))
        if differs:
            colour = theme.colour_css(theme.warning_colour(self))
            warning = self.tr("Your answer differs from what the dates give: say why in the evidence note.")
            text += f"<br><span style='color:{colour}'>{html.escape(warning)}</span>"
            if not self.evidence.text().strip() and not self._note_requested:
                # The note opens for the reason, without taking the keyboard from where the inspector is.
                self._note_requested = True
                self._show_evidence(True, missing=False)
                self.add_note_button.hide()
        self.suggestion_label.setText(text)
        self.suggestion_label.setAccessibleName(self.tr("From the dates: %1 (%2)").replace("%1", label)
                                                .replace("%2", because))
        self.suggestion_label.show()
        self.use_suggestion_button.setVisible(answer != choice)

    def _take_suggestion(self) -> None:
        if self._suggested is not None:
            self.suggestion_taken.emit(self, self._suggested)

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Show the history…") + "\tCtrl+H", lambda: self.history_requested.emit(self))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    @property
    def ref(self) -> AnswerRef:
        return (self.question.id, self.row_id)

    def focusables(self) -> list[QWidget]:
        return [*self.input.focusables(), self.evidence, self.add_note_button]

    def focus_input(self) -> None:
        self.input.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def request_note(self) -> None:
        self._note_requested = True
        self._show_evidence(True, missing=False)
        self.add_note_button.hide()
        self.evidence.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- messages ------------------------------------------------------------------------------

    def set_problem(self, message: str) -> None:
        """A problem with what is typed (not yet a valid answer); the typed text stays as it is."""
        self._problem = message
        self._refresh_problem()

    def set_save_problem(self, message: str) -> None:
        self._save_problem = message
        self._refresh_problem()

    def _refresh_problem(self) -> None:
        text = self._problem or self._save_problem or self._constraint_problem
        if text != self.problem_label.text():
            self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        for widget in self.input.focusables():
            widget.setProperty("hasProblem", bool(text))

    # -- evaluation ----------------------------------------------------------------------------

    def apply(self, evaluation: Evaluation) -> None:
        relevant = evaluation.is_relevant(self.question.id, self.row_id)
        if relevant == self.isHidden():
            self.setVisible(relevant)
        if not relevant:
            return
        ref = self.ref
        constraint = evaluation.constraint_errors.get(ref)
        self._constraint_problem = constraint.get(self.language) if constraint else ""
        self._refresh_problem()
        answered = self.input.read()[0] is not None
        negative = ref in evaluation.negative
        missing = ref in evaluation.evidence_missing
        has_note = bool(self.evidence.text().strip())
        rule = self.question.evidence
        self._na_reason = self.question.na_reason is NaReason.REQUIRED and self.input.read()[0] == "not_applicable"
        show = (
            self._na_reason
            or rule is EvidenceRule.ALWAYS
            or (rule is EvidenceRule.WHEN_NEGATIVE and (negative or has_note))
            or (rule is EvidenceRule.OPTIONAL and (has_note or self._note_requested))
        )
        self._show_evidence(show, missing=missing, negative=negative)
        offer_note = rule is EvidenceRule.OPTIONAL and answered and not show
        if offer_note == self.add_note_button.isHidden():
            self.add_note_button.setVisible(offer_note)

    def _show_evidence(self, show: bool, *, missing: bool, negative: bool = False) -> None:
        if show == self.evidence.isHidden():
            self.evidence.setVisible(show)
            self.evidence_label.setVisible(show)
        if not show:
            return
        if self._na_reason:
            text = (self.tr("Reason needed: say in one line why this does not apply.") if missing
                    else self.tr("Why this does not apply (one line)"))
        elif missing and negative:
            text = self.negative_evidence_prompt or self.tr(
                "Evidence needed: this answer is negative, so say what in the record shows it.")
        elif missing:
            text = self.tr("Evidence needed for this answer.")
        elif self.question.evidence is EvidenceRule.ALWAYS:
            text = self.tr("Evidence (always needed for this question)")
        else:
            text = self.tr("Evidence")
        if text != self.evidence_label.text():
            self.evidence_label.setText(text)
        if missing != self._evidence_missing:
            self._evidence_missing = missing
            colour = theme.colour_css(theme.warning_colour(self))
            self.evidence.setStyleSheet(
                f"QPlainTextEdit {{ border: 2px solid {colour}; border-radius: 3px; }}" if missing else ""
            )
            self.evidence_label.setStyleSheet(f"color: {colour}; font-weight: bold" if missing else "")
            self.evidence.setAccessibleDescription(self.tr("Required: evidence is missing") if missing else "")

    @property
    def evidence_missing(self) -> bool:
        return self._evidence_missing

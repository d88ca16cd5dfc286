"""The shape of a form definition once loaded: forms, sections, questions and choices (no parsing here)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.principles import Principle


class EvidenceRule(StrEnum):
    """When an evidence note must accompany an answer (catalogue §2.0 column Ev)."""

    ALWAYS = "always"
    WHEN_NEGATIVE = "when_negative"
    OPTIONAL = "optional"
    NONE = "none"


class NaReason(StrEnum):
    """Whether a "Not applicable" answer needs a one-line reason (catalogue §2.0: ynp's N/A needs one)."""

    REQUIRED = "required"
    OPTIONAL = "optional"
    NONE = "none"


class Applicability(StrEnum):
    """● always offered; ◐ offered when the agency had a role (N/A allowed)."""

    ALWAYS = "always"
    WHEN_INVOLVED = "when_involved"


@dataclass(frozen=True, slots=True)
class Choice:
    id: str
    label: LocalizedText
    negative: bool = False
    score: int | None = None


@dataclass(frozen=True, slots=True)
class Constraint:
    expression: str
    message: LocalizedText


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    type: str
    label: LocalizedText
    help: LocalizedText | None = None
    required: bool = False
    evidence: EvidenceRule = EvidenceRule.OPTIONAL
    relevant: str | None = None
    constraint: Constraint | None = None
    negative_when: str | None = None
    limiting: bool = False
    scored: bool | None = None
    principles: tuple[Principle, ...] = ()
    choices: tuple[Choice, ...] = ()
    columns: tuple[Question, ...] = ()
    identifying: bool = False
    source: str = ""
    # The agencies whose records the question applies to; empty: every agency the form is offered to. A question
    # that does not apply to a file's agency is not shown, not required and not counted.
    agencies: tuple[Agency, ...] = ()
    # What the code reads the question for (domain/roles.py: escalation, overall judgement…), never its id.
    role: str | None = None
    # The event in the record a date question records (domain/timescales.py: strategy_discussion, icpc…).
    event: str | None = None
    # A Yes/No question whose answer is the outcome of one timescale (forms/_timescales.yaml): the form suggests
    # Yes when the file's dates meet it and No when they miss it; the inspector may answer otherwise and say why.
    timescale: str | None = None
    na_reason: NaReason = NaReason.OPTIONAL

    def applies_to(self, agency: str | None) -> bool:
        """Whether the question is asked of a file of `agency` (None: any agency)."""
        return not self.agencies or agency is None or agency in self.agencies

    def choice(self, choice_id: str) -> Choice | None:
        for c in self.choices:
            if c.id == choice_id:
                return c
        return None

    @property
    def is_repeat(self) -> bool:
        return self.type == "repeat"


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: LocalizedText
    questions: tuple[Question, ...]
    standard: bool = False


FORM_SCOPE_CASE = "case"
FORM_SCOPE_INSPECTION = "inspection"
FORM_SCOPES = (FORM_SCOPE_CASE, FORM_SCOPE_INSPECTION)


@dataclass(frozen=True, slots=True)
class FormDefinition:
    id: str
    version: int
    title: LocalizedText
    agencies: dict[Agency, Applicability]
    principles: tuple[Principle, ...]
    sections: tuple[Section, ...]
    description: LocalizedText | None = None
    order: int = 0
    source_file: str = ""
    renamed: dict[str, str] = field(default_factory=dict)
    kinds: tuple[str, ...] = ("sampled", "tracked")
    # "case": answered once per case file. "inspection": answered for the inspection itself, any number of
    # times (an observation of a live meeting), never attached to a child's file.
    scope: str = "case"
    welsh_reviewed: bool = False
    # None: the grade is suggested from this form's own answers (catalogue §3.2). A tuple: it rolls up the
    # file's other forms (§3.3), capped one band above the lowest of these anchor forms.
    grade_roll_up: tuple[str, ...] | None = None
    # Built on first use: question lookups sit on the autosave path and a form has ~150 questions.
    _by_id: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)
    _parents: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)
    _roles: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)

    def applies_to(self, agency: Agency) -> bool:
        return agency in self.agencies

    @property
    def is_inspection_level(self) -> bool:
        """Answered for the inspection (as many times as needed), not for one case file."""
        return self.scope == FORM_SCOPE_INSPECTION

    def questions(self) -> Iterator[Question]:
        """Every top-level question in order (repeat groups included, their columns not)."""
        for section in self.sections:
            yield from section.questions

    def all_questions(self) -> Iterator[Question]:
        """Every question including the columns of repeat groups."""
        for question in self.questions():
            yield question
            yield from question.columns

    def _index(self) -> None:
        if self._by_id:
            return
        for question in self.questions():
            self._by_id[question.id] = question
            if question.role is not None:
                self._roles.setdefault(question.role, question)
            for column in question.columns:
                self._by_id[column.id] = column
                self._parents[column.id] = question
                if column.role is not None:
                    self._roles.setdefault(column.role, column)

    def question(self, question_id: str) -> Question | None:
        self._index()
        return self._by_id.get(question_id)

    def parent_of(self, column_id: str) -> Question | None:
        """The repeat group a column belongs to, or None for a top-level question."""
        self._index()
        return self._parents.get(column_id)

    def with_role(self, role: str) -> Question | None:
        """The question that plays `role` in this form (the loader allows one per form), or None."""
        self._index()
        return self._roles.get(role)

    def event_dates(self) -> dict[str, Question]:
        """Event name -> the date question that records it (domain/timescales.py)."""
        return {q.event: q for q in self.all_questions() if q.event is not None}

    def timescale_questions(self) -> list[Question]:
        """The Yes/No questions answered by a timescale's outcome (`timescale:`), in form order."""
        return [q for q in self.all_questions() if q.timescale is not None]

    @property
    def question_count(self) -> int:
        return sum(1 for _ in self.all_questions())

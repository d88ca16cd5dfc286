"""Evaluating a response against its form: skip logic, missing answers and evidence, constraints, grade."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from jicpa_desktop.domain.answer_types import NOT_APPLICABLE, AnswerValue, is_empty
from jicpa_desktop.domain.form_model import EvidenceRule, FormDefinition, NaReason, Question
from jicpa_desktop.domain.grades import GradeSuggestion, ScoredAnswer, suggest_grade
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.roles import Role
from jicpa_desktop.forms_engine.expressions import ExpressionTypeError
from jicpa_desktop.forms_engine.form_plan import FormPlan, QuestionPlan, plan_for
from jicpa_desktop.forms_engine.response_state import AnswerRef, ResponseState, RowState, with_renames
from jicpa_desktop.forms_engine.scoring import answer_score

NOT_APPLICABLE_ID = NOT_APPLICABLE.id

__all__ = [
    "AnswerRef",
    "Evaluation",
    "ResponseState",
    "RowState",
    "check_constraint",
    "evaluate",
    "is_negative",
    "is_shown",
]


@dataclass(frozen=True)
class Evaluation:
    """What a response amounts to right now; `complete` when nothing required is missing or wrong."""

    required_missing: tuple[AnswerRef, ...]
    evidence_missing: tuple[AnswerRef, ...]
    constraint_errors: dict[AnswerRef, LocalizedText]
    negative: frozenset[AnswerRef]
    scored: tuple[ScoredAnswer, ...]
    suggestion: GradeSuggestion
    answered_count: int
    relevant_count: int
    _relevance: Callable[[str, str | None], bool] = field(repr=False, compare=False)
    # Answered Not applicable where the form asks for a one-line reason (`na_reason: required`) and the note
    # holding it is empty; each is also in evidence_missing, so every gap count includes it.
    na_reason_missing: tuple[AnswerRef, ...] = ()

    def is_relevant(self, question_id: str, row_id: str | None = None) -> bool:
        """Whether a question (or a column in one row) is shown and counted."""
        return self._relevance(question_id, row_id)

    @property
    def complete(self) -> bool:
        return not (self.required_missing or self.evidence_missing or self.constraint_errors)


def evaluate(form: FormDefinition, state: ResponseState, *, today: dt.date | None = None) -> Evaluation:
    """Evaluate every rule of `form` against `state`; `today` is for rules that use today() (default: now)."""
    evaluator = _Evaluator(plan_for(form), with_renames(form, state), today or dt.date.today())
    return evaluator.run()


def check_constraint(
    form: FormDefinition,
    question: Question,
    value: AnswerValue,
    state: ResponseState,
    row_id: str | None = None,
    *,
    today: dt.date | None = None,
) -> LocalizedText | None:
    """The constraint's message when `value` breaks it, for rejecting a value before it is saved."""
    if question.constraint is None or is_empty(value):
        return None
    evaluator = _Evaluator(plan_for(form), _with_value(form, state, question, value, row_id), today or dt.date.today())
    plan = evaluator.plan.by_id.get(question.id)
    if plan is None:
        return None
    return evaluator.constraint_error(plan, evaluator.row(plan, row_id), value)


def is_shown(
    form: FormDefinition,
    question: Question,
    state: ResponseState,
    row_id: str | None = None,
    *,
    today: dt.date | None = None,
) -> bool:
    """Whether skip logic shows `question` (in row `row_id` for a column) in `state`, without a whole evaluation."""
    evaluator = _Evaluator(plan_for(form), with_renames(form, state), today or dt.date.today())
    plan = evaluator.plan.by_id.get(question.id)
    if plan is None:
        return False
    return evaluator.is_relevant(plan, evaluator.row(plan, row_id))


def is_negative(
    form: FormDefinition,
    question: Question,
    value: AnswerValue,
    state: ResponseState,
    row_id: str | None = None,
    *,
    today: dt.date | None = None,
) -> bool:
    """The answer type's own negativity (No, Partly, a negative choice, a low grade) or `negative_when`."""
    if is_empty(value):
        return False
    evaluator = _Evaluator(plan_for(form), _with_value(form, state, question, value, row_id), today or dt.date.today())
    plan = evaluator.plan.by_id.get(question.id)
    if plan is None:
        return False
    negative, _ = evaluator.negativity(plan, evaluator.row(plan, row_id), value)
    return negative


def _with_value(
    form: FormDefinition, state: ResponseState, question: Question, value: AnswerValue, row_id: str | None
) -> ResponseState:
    """The state as it would be with `value` saved, so that rules naming the question see the new value."""
    state = with_renames(form, state)
    group = form.parent_of(question.id)
    if group is None:
        return replace(state, answers={**state.answers, question.id: value})
    rows = [
        RowState(row.row_id, {**row.cells, question.id: value}) if row.row_id == row_id else row
        for row in state.rows.get(group.id, [])
    ]
    return replace(state, rows={**state.rows, group.id: rows})


class _TopEnv:
    """Names as seen from a top-level question: answers of relevant questions, else None."""

    def __init__(self, evaluator: _Evaluator, value: object = None) -> None:
        self.evaluator = evaluator
        self.value = value

    def lookup(self, name: str) -> object:
        return self.evaluator.visible(name, None)

    def row_count(self, group_id: str) -> int | None:
        return self.evaluator.row_count(group_id)

    def any_limiting_no(self) -> bool:
        return self.evaluator.any_limiting_no()

    def today(self) -> dt.date:
        return self.evaluator.today


class _RowEnv(_TopEnv):
    """Names as seen from a column: the same row's cells first, then top-level answers."""

    def __init__(self, evaluator: _Evaluator, group: str, row: RowState, value: object = None) -> None:
        super().__init__(evaluator, value)
        self.group = group
        self.row = row

    def lookup(self, name: str) -> object:
        plan = self.evaluator.plan.by_id.get(name)
        if plan is not None and plan.group == self.group:
            return self.evaluator.visible(name, self.row)
        return self.evaluator.visible(name, None)


class _Evaluator:
    def __init__(self, plan: FormPlan, state: ResponseState, today: dt.date) -> None:
        self.plan = plan
        self.state = state
        self.today = today
        self.relevance: dict[AnswerRef, bool] = {}
        self.pending: set[AnswerRef] = set()
        self.limiting_no: bool | None = None
        self.rows_by_id = {(group, row.row_id): row for group, rows in state.rows.items() for row in rows}

    # ---- reading answers -----------------------------------------------------------------------

    def row(self, plan: QuestionPlan, row_id: str | None) -> RowState | None:
        if plan.group is None:
            return None
        return self.rows_by_id.get((plan.group, row_id or "")) or RowState(row_id or "")

    def raw(self, plan: QuestionPlan, row: RowState | None) -> AnswerValue | None:
        if plan.question.is_repeat:
            rows = self.state.rows.get(plan.id)
            return [r.row_id for r in rows] if rows else None
        if plan.group is None:
            return self.state.answers.get(plan.id)
        return row.cells.get(plan.id) if row is not None else None

    def visible(self, name: str, row: RowState | None) -> object:
        """An answer as rules see it: None when unanswered or not relevant (so hiding cascades)."""
        plan = self.plan.by_id.get(name)
        if plan is None or (plan.group is not None and row is None):
            return None
        if not self.is_relevant(plan, row):
            return None
        value = self.raw(plan, row)
        return None if is_empty(value) else value

    def row_count(self, group_id: str) -> int | None:
        plan = self.plan.by_id.get(group_id)
        if plan is None or not plan.question.is_repeat:
            return None
        return len(self.state.rows.get(group_id, ())) if self.is_relevant(plan, None) else 0

    def any_limiting_no(self) -> bool:
        if self.limiting_no is None:
            self.limiting_no = False  # while computing, a rule that asks again sees "no ★ No" yet
            self.limiting_no = any(
                self.visible(plan.id, row) == "no" for plan in self.plan.limiting for row in self.rows_of(plan)
            )
        return self.limiting_no

    def rows_of(self, plan: QuestionPlan) -> list[RowState | None]:
        if plan.group is None:
            return [None]
        return list(self.state.rows.get(plan.group, []))

    # ---- rules ---------------------------------------------------------------------------------

    def is_relevant(self, plan: QuestionPlan, row: RowState | None) -> bool:
        ref = (plan.id, row.row_id if row is not None else None)
        known = self.relevance.get(ref)
        if known is not None:
            return known
        if ref in self.pending:
            return True  # a circle the loader would have refused: never hide a question
        self._prime(plan, row)
        known = self.relevance.get(ref)
        return self._compute_once(plan, row) if known is None else known

    def _prime(self, plan: QuestionPlan, row: RowState | None) -> None:
        """Settle what `plan`'s relevance depends on first, deepest first, with an explicit stack.

        A question shown when the one before it is shown, and so on down a long chain, would otherwise make
        one nested evaluation per link (and a RecursionError): here each rule is evaluated when the rules it
        names are already known, so an evaluation goes one level deep, however long the chain.
        """
        stack: list[tuple[QuestionPlan, RowState | None, bool]] = [(plan, row, False)]
        seen: set[AnswerRef] = set()
        while stack:
            current, current_row, expanded = stack.pop()
            ref = (current.id, current_row.row_id if current_row is not None else None)
            if ref in self.relevance or ref in self.pending:
                continue
            if expanded:
                self._compute_once(current, current_row)
                continue
            if ref in seen:
                continue  # a circle (refused by the loader): left to the pending guard
            seen.add(ref)
            stack.append((current, current_row, True))
            stack.extend((dep, dep_row, False) for dep, dep_row in self._dependencies(current, current_row))

    def _dependencies(self, plan: QuestionPlan, row: RowState | None) -> list[tuple[QuestionPlan, RowState | None]]:
        """The questions whose relevance `plan`'s own relevance reads (as _TopEnv and _RowEnv look them up)."""
        found: list[tuple[QuestionPlan, RowState | None]] = []
        if plan.group is not None:
            found.append((self.plan.by_id[plan.group], None))
        rule = plan.relevant
        if rule is None:
            return found
        in_row = plan.group is not None and row is not None
        for name in sorted(rule.names):
            dep = self.plan.by_id.get(name)
            if dep is None:
                continue
            if dep.group is None:
                found.append((dep, None))
            elif in_row and dep.group == plan.group:
                found.append((dep, row))
        if "any_limiting_no" in rule.functions:
            found.extend((limiting, r) for limiting in self.plan.limiting for r in self.rows_of(limiting))
        return found

    def _compute_once(self, plan: QuestionPlan, row: RowState | None) -> bool:
        ref = (plan.id, row.row_id if row is not None else None)
        self.pending.add(ref)
        try:
            result = self._compute_relevance(plan, row)
        finally:
            self.pending.discard(ref)
        self.relevance[ref] = result
        return result

    def _compute_relevance(self, plan: QuestionPlan, row: RowState | None) -> bool:
        if not plan.question.applies_to(self.state.agency):
            return False  # asked of other agencies' records only: not shown, not required, not counted
        if plan.group is not None and not self.is_relevant(self.plan.by_id[plan.group], None):
            return False
        if plan.relevant is None:
            return True
        try:
            return plan.relevant.is_true(self.env(plan, row))
        except ExpressionTypeError:
            return True  # a faulty rule must never hide a question

    def env(self, plan: QuestionPlan, row: RowState | None, value: object = None) -> _TopEnv:
        if plan.group is not None and row is not None:
            return _RowEnv(self, plan.group, row, value)
        return _TopEnv(self, value)

    def constraint_error(self, plan: QuestionPlan, row: RowState | None, value: object) -> LocalizedText | None:
        constraint = plan.question.constraint
        if plan.constraint is None or constraint is None:
            return None
        try:
            accepted = plan.constraint.is_true(self.env(plan, row, value))
        except ExpressionTypeError:
            accepted = True  # a faulty rule must never block an answer
        return None if accepted else constraint.message

    def negativity(self, plan: QuestionPlan, row: RowState | None, value: AnswerValue) -> tuple[bool, bool]:
        """(negative, negative_when alone)."""
        rule_hit = False
        if plan.negative_when is not None:
            try:
                rule_hit = plan.negative_when.is_true(self.env(plan, row, value))
            except ExpressionTypeError:
                rule_hit = False
        own = plan.kind.is_negative(value, plan.question) if plan.kind is not None else False
        return own or rule_hit, rule_hit

    # ---- the whole response --------------------------------------------------------------------

    def run(self) -> Evaluation:
        result = _Collector()
        for plan in self.plan.top:
            if plan.question.is_repeat:
                self.collect_group(plan, result)
            else:
                self.collect(plan, None, result)
        # The standard answer that lowers a ★ No cap to Inadequate.
        risk_plan = self.plan.roles.get(Role.RISK_UNMANAGED.value)
        risk = risk_plan is not None and self.visible(risk_plan.id, None) == "yes"
        return Evaluation(
            required_missing=tuple(result.required_missing),
            evidence_missing=tuple(result.evidence_missing),
            constraint_errors=result.constraint_errors,
            negative=frozenset(result.negative),
            scored=tuple(result.scored),
            suggestion=suggest_grade(result.scored, risk_unmanaged=risk),
            answered_count=result.answered,
            relevant_count=result.relevant,
            _relevance=self.relevance_of,
            na_reason_missing=tuple(result.na_reason_missing),
        )

    def relevance_of(self, question_id: str, row_id: str | None) -> bool:
        plan = self.plan.by_id.get(question_id)
        if plan is None:
            return False
        return self.is_relevant(plan, self.row(plan, row_id))

    def collect_group(self, group: QuestionPlan, result: _Collector) -> None:
        if not self.is_relevant(group, None):
            return
        rows = self.state.rows.get(group.id, [])
        ref: AnswerRef = (group.id, None)
        if not rows and group.question.required:
            result.required_missing.append(ref)
        if rows and group.question.evidence is EvidenceRule.ALWAYS and not self.state.has_evidence(ref):
            result.evidence_missing.append(ref)
        for row in rows:
            for column in self.plan.columns.get(group.id, ()):
                self.collect(column, row, result)

    def collect(self, plan: QuestionPlan, row: RowState | None, result: _Collector) -> None:
        if not self.is_relevant(plan, row):
            return
        ref: AnswerRef = (plan.id, row.row_id if row is not None else None)
        result.relevant += 1
        value = self.raw(plan, row)
        if value is None or is_empty(value):
            if plan.question.required:
                result.required_missing.append(ref)
            return
        result.answered += 1
        negative, rule_hit = self.negativity(plan, row, value)
        if negative:
            result.negative.add(ref)
        if self.needs_evidence(plan.question, negative) and not self.state.has_evidence(ref):
            result.evidence_missing.append(ref)
        elif self.needs_na_reason(plan.question, value) and not self.state.has_evidence(ref):
            result.na_reason_missing.append(ref)
            result.evidence_missing.append(ref)
        message = self.constraint_error(plan, row, value)
        if message is not None:
            result.constraint_errors[ref] = message
        if plan.scored:
            score = answer_score(plan.question, value, negative=negative, negative_when_hit=rule_hit)
            if score is not None:
                result.scored.append(ScoredAnswer(plan.id, score, plan.question.limiting))

    @staticmethod
    def needs_na_reason(question: Question, value: AnswerValue) -> bool:
        return question.na_reason is NaReason.REQUIRED and value == NOT_APPLICABLE_ID

    @staticmethod
    def needs_evidence(question: Question, negative: bool) -> bool:
        rule = question.evidence
        return rule is EvidenceRule.ALWAYS or (rule is EvidenceRule.WHEN_NEGATIVE and negative)


@dataclass
class _Collector:
    required_missing: list[AnswerRef] = field(default_factory=list)
    evidence_missing: list[AnswerRef] = field(default_factory=list)
    constraint_errors: dict[AnswerRef, LocalizedText] = field(default_factory=dict)
    negative: set[AnswerRef] = field(default_factory=set)
    scored: list[ScoredAnswer] = field(default_factory=list)
    na_reason_missing: list[AnswerRef] = field(default_factory=list)
    answered: int = 0
    relevant: int = 0

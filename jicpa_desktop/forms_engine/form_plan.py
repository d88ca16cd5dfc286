"""A form's expressions compiled once, with the lookups evaluation needs, cached per FormDefinition object."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from jicpa_desktop.domain.answer_types import ANSWER_TYPES, AnswerType
from jicpa_desktop.domain.form_model import FormDefinition, Question
from jicpa_desktop.forms_engine.expressions import Expression, ExpressionError, compile_expression
from jicpa_desktop.forms_engine.scoring import counts_for_grade

_CACHE_SIZE = 64


@dataclass(frozen=True, slots=True)
class QuestionPlan:
    question: Question
    group: str | None  # the repeat group of a column, None at the top level
    kind: AnswerType | None
    relevant: Expression | None
    constraint: Expression | None
    negative_when: Expression | None
    scored: bool

    @property
    def id(self) -> str:
        return self.question.id


@dataclass(frozen=True, slots=True)
class FormPlan:
    top: tuple[QuestionPlan, ...]
    columns: dict[str, tuple[QuestionPlan, ...]]  # repeat group id -> its columns
    by_id: dict[str, QuestionPlan]  # every question and column
    limiting: tuple[QuestionPlan, ...]
    roles: dict[str, QuestionPlan]  # role -> the question playing it (domain/roles.py)


def _compile(source: str | None) -> Expression | None:
    if not source:
        return None
    try:
        return compile_expression(source)
    except ExpressionError:
        # A loaded form never gets here; a hand-built one falls back to "no rule", which hides nothing.
        return None


def _plan_question(question: Question, group: str | None) -> QuestionPlan:
    return QuestionPlan(
        question=question,
        group=group,
        kind=ANSWER_TYPES.get(question.type),
        relevant=_compile(question.relevant),
        constraint=_compile(question.constraint.expression if question.constraint else None),
        negative_when=_compile(question.negative_when),
        scored=counts_for_grade(question),
    )


def build_plan(form: FormDefinition) -> FormPlan:
    top = tuple(_plan_question(q, None) for q in form.questions())
    columns = {
        plan.id: tuple(_plan_question(column, plan.id) for column in plan.question.columns)
        for plan in top
        if plan.question.is_repeat
    }
    by_id = {plan.id: plan for plan in top}
    for group_columns in columns.values():
        by_id.update({plan.id: plan for plan in group_columns})
    limiting = tuple(plan for plan in by_id.values() if plan.question.limiting)
    roles: dict[str, QuestionPlan] = {}
    for plan in by_id.values():
        if plan.question.role is not None:
            roles.setdefault(plan.question.role, plan)
    return FormPlan(top, columns, by_id, limiting, roles)


# Keyed by object identity (the definition is frozen but holds dicts, so it is not hashable); the cache keeps
# the definition alive, so an id is never reused while its entry exists. Two loads of one (id, version) from
# different text would collide under a (form id, version) key, which a snapshot reload can produce.
_plans: OrderedDict[int, tuple[FormDefinition, FormPlan]] = OrderedDict()
_lock = threading.Lock()  # services may evaluate on a worker thread


def plan_for(form: FormDefinition) -> FormPlan:
    key = id(form)
    with _lock:
        cached = _plans.get(key)
        if cached is not None and cached[0] is form:
            _plans.move_to_end(key)
            return cached[1]
    plan = build_plan(form)
    with _lock:
        _plans[key] = (form, plan)
        if len(_plans) > _CACHE_SIZE:
            _plans.popitem(last=False)
    return plan

"""Which questions count towards the suggested grade, and what an answer scores (catalogue §3.2)."""

from __future__ import annotations

from jicpa_desktop.domain.answer_types import ANSWER_TYPES, AnswerValue, answer_type
from jicpa_desktop.domain.form_model import Question

# Answers that say "this does not apply" never count, whatever the question's type.
UNSCORED_VALUES = frozenset({"not_applicable", "insufficient_evidence"})


def counts_for_grade(question: Question) -> bool:
    """ynp by default, any question with `negative_when`, a single with choice scores; `scored` overrides."""
    if question.is_repeat or question.type not in ANSWER_TYPES:
        return False
    if question.scored is not None:
        return question.scored
    return (
        answer_type(question.type).scored_by_default
        or question.negative_when is not None
        or any(choice.score is not None for choice in question.choices)
    )


def answer_score(question: Question, value: AnswerValue, *, negative: bool, negative_when_hit: bool) -> int | None:
    """2 / 1 / 0, or None when the answer is left out (N/A, an unscored choice, an unscored question).

    `negative` is the answer's own negativity or `negative_when`; `negative_when_hit` is the rule alone.
    """
    if not counts_for_grade(question) or (isinstance(value, str) and value in UNSCORED_VALUES):
        return None
    kind = answer_type(question.type)
    if any(choice.score is not None for choice in kind.choices(question)):
        own = kind.score(value, question)
        if own is None:
            return None
        return 0 if negative_when_hit else own
    return 0 if negative else 2

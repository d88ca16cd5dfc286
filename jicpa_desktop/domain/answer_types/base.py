"""The answer type base class: parse, store (JSON), show, score and negativity, and what the UI and grids need."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from jicpa_desktop.domain.form_model import Choice, Question
from jicpa_desktop.domain.localized import LocalizedText

AnswerValue = str | int | float | dt.date | list[str]
JsonValue = str | int | float | list[str] | None


class AnswerValueError(ValueError):
    """A value the question cannot take; the message says what is allowed, in both languages."""

    def __init__(self, message: LocalizedText) -> None:
        super().__init__(message.en)
        self.message = message


def _choice(id_: str, en: str, cy: str, *, negative: bool = False, score: int | None = None) -> Choice:
    return Choice(id_, LocalizedText(en, cy), negative, score)


# "Ie / Na" reads correctly whatever the verb of the question (Welsh answers echo the verb otherwise).
YES = _choice("yes", "Yes", "Ie", score=2)
PARTLY = _choice("partly", "Partly", "Yn rhannol", negative=True, score=1)
NO = _choice("no", "No", "Na", negative=True, score=0)
# A plain Yes/No records a fact ("is there an ecomap?"), so its No is not a practice gap by itself; a form
# says when it is with `negative_when: "value == 'no'"`.
NO_FACT = _choice("no", "No", "Na", score=0)
NOT_APPLICABLE = _choice("not_applicable", "N/A", "Amh.")


class AnswerType:
    """Base class: a type with no fixed choices, unscored."""

    code: ClassVar[str] = ""
    label: ClassVar[LocalizedText] = LocalizedText("")
    fixed_choices: ClassVar[tuple[Choice, ...]] = ()
    scored_by_default: ClassVar[bool] = False
    has_value: ClassVar[bool] = True
    # The kind of input the form screen builds (ui/widgets/answer_inputs.py: WIDGETS maps each kind to a class).
    widget: ClassVar[str] = "text"
    # Yes / Partly / No answers are counted in the grids' summaries (% Yes, n) and the findings.
    counted_in_grids: ClassVar[bool] = False
    # What the expression checker treats an answer as: text, number, date or list.
    expression_kind: ClassVar[str] = "text"
    # The question lists its own choices (`choices:`); types with fixed answers refuse them.
    own_choices: ClassVar[bool] = False
    # An answer can be negative by itself (No, Partly, a negative choice); others need `negative_when`.
    can_be_negative: ClassVar[bool] = False

    @property
    def has_not_applicable(self) -> bool:
        """A type with a Not applicable answer, which `na_reason: required` can ask a reason for."""
        return any(c.id == "not_applicable" for c in self.fixed_choices)

    def choices(self, question: Question) -> tuple[Choice, ...]:
        return self.fixed_choices or question.choices

    def parse(self, raw: object, question: Question) -> AnswerValue:
        raise NotImplementedError

    def to_json(self, value: AnswerValue) -> JsonValue:
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    def from_json(self, data: JsonValue, question: Question) -> AnswerValue:
        if data is None:
            raise AnswerValueError(LocalizedText("empty stored value", "gwerth wag wedi'i chadw"))
        return self.parse(data, question)

    def display(self, value: AnswerValue, question: Question, lang: str) -> str:
        return str(value)

    def score(self, value: AnswerValue, question: Question) -> int | None:
        """2 / 1 / 0 for Yes / Partly / No; None when the answer does not count (N/A, unscored)."""
        return None

    def is_negative(self, value: AnswerValue, question: Question) -> bool:
        return False

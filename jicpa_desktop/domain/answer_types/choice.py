"""Answers chosen from a list: Yes / Partly / No, Yes / No, grades, and the question's own single or multi choices."""

from __future__ import annotations

from collections.abc import Sequence

from jicpa_desktop.domain.answer_types.base import (
    NO,
    NO_FACT,
    NOT_APPLICABLE,
    PARTLY,
    YES,
    AnswerType,
    AnswerValue,
    AnswerValueError,
)
from jicpa_desktop.domain.form_model import Choice, Question
from jicpa_desktop.domain.grades import GRADE_LABELS, Grade
from jicpa_desktop.domain.localized import LocalizedText


class ChoiceType(AnswerType):
    """One choice from a list: fixed (yes/partly/no…) or the question's own."""

    widget = "choices"
    can_be_negative = True

    def parse(self, raw: object, question: Question) -> AnswerValue:
        text = str(raw).strip() if raw is not None else ""
        choices = self.choices(question)
        for c in choices:
            if text == c.id or text.lower() == c.label.en.lower() or text.lower() == c.label.cy.lower():
                return c.id
        allowed = ", ".join(c.id for c in choices)
        raise AnswerValueError(
            LocalizedText(
                f"{text!r} is not one of the choices for {question.id}: {allowed}",
                f"Nid yw {text!r} yn un o'r dewisiadau ar gyfer {question.id}: {allowed}",
            )
        )

    def display(self, value: AnswerValue, question: Question, lang: str) -> str:
        for c in self.choices(question):
            if c.id == value:
                return c.label.get(lang)
        return str(value)

    def score(self, value: AnswerValue, question: Question) -> int | None:
        for c in self.choices(question):
            if c.id == value:
                return c.score
        return None

    def is_negative(self, value: AnswerValue, question: Question) -> bool:
        return any(c.id == value and c.negative for c in self.choices(question))


class YesPartlyNo(ChoiceType):
    code = "ynp"
    label = LocalizedText("Yes / Partly / No / N/A", "Ie / Yn rhannol / Na / Amh.")
    fixed_choices = (YES, PARTLY, NO, NOT_APPLICABLE)
    scored_by_default = True
    counted_in_grids = True


class YesNo(ChoiceType):
    code = "yn"
    label = LocalizedText("Yes / No", "Ie / Na")
    fixed_choices = (YES, NO_FACT)
    counted_in_grids = True


class YesNoNotApplicable(ChoiceType):
    code = "yn_na"
    label = LocalizedText("Yes / No / N/A", "Ie / Na / Amh.")
    fixed_choices = (YES, NO_FACT, NOT_APPLICABLE)
    counted_in_grids = True


class GradeType(ChoiceType):
    code = "grade"
    label = LocalizedText("Grade", "Gradd")
    fixed_choices = tuple(
        Choice(g.value, GRADE_LABELS[g], negative=g.is_negative) for g in Grade
    )


class SingleChoice(ChoiceType):
    code = "single"
    label = LocalizedText("Single choice", "Un dewis")
    own_choices = True


class MultipleChoice(AnswerType):
    code = "multi"
    label = LocalizedText("Multiple choice", "Dewis lluosog")
    widget = "multi"
    expression_kind = "list"
    own_choices = True
    can_be_negative = True

    def parse(self, raw: object, question: Question) -> AnswerValue:
        if isinstance(raw, str):
            items: Sequence[object] = [p for p in (s.strip() for s in raw.split(",")) if p]
        elif isinstance(raw, list | tuple):
            items = raw
        else:
            raise AnswerValueError(
                LocalizedText("expected a list of choices", "disgwylid rhestr o ddewisiadau")
            )
        single = SingleChoice()
        chosen = {single.parse(item, question) for item in items}
        # Keep the definition's order so that equal selections compare and merge as equal.
        return [c.id for c in question.choices if c.id in chosen]

    def display(self, value: AnswerValue, question: Question, lang: str) -> str:
        selected = value if isinstance(value, list) else []
        return "; ".join(c.label.get(lang) for c in question.choices if c.id in selected)

    def is_negative(self, value: AnswerValue, question: Question) -> bool:
        selected = value if isinstance(value, list) else []
        return any(c.negative for c in question.choices if c.id in selected)

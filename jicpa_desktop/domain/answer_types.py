"""Answer types as a registry of small classes: each parses, stores, shows and scores its own values.

Modelled on qutebrowser's configtypes: one class per type that validates, converts and documents.
Values are plain Python (str, int, float, date, list of str); JSON is the storage form.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from typing import ClassVar

from jicpa_desktop.domain.form_model import Choice, Question
from jicpa_desktop.domain.grades import GRADE_LABELS, Grade
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


class ChoiceType(AnswerType):
    """One choice from a list: fixed (yes/partly/no…) or the question's own."""

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


class YesNo(ChoiceType):
    code = "yn"
    label = LocalizedText("Yes / No", "Ie / Na")
    fixed_choices = (YES, NO_FACT)


class YesNoNotApplicable(ChoiceType):
    code = "yn_na"
    label = LocalizedText("Yes / No / N/A", "Ie / Na / Amh.")
    fixed_choices = (YES, NO_FACT, NOT_APPLICABLE)


class GradeType(ChoiceType):
    code = "grade"
    label = LocalizedText("Grade", "Gradd")
    fixed_choices = tuple(
        Choice(g.value, GRADE_LABELS[g], negative=g.is_negative) for g in Grade
    )


class SingleChoice(ChoiceType):
    code = "single"
    label = LocalizedText("Single choice", "Un dewis")


class MultipleChoice(AnswerType):
    code = "multi"
    label = LocalizedText("Multiple choice", "Dewis lluosog")

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


class DateType(AnswerType):
    code = "date"
    label = LocalizedText("Date", "Dyddiad")

    def parse(self, raw: object, question: Question) -> AnswerValue:
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        try:
            return dt.date.fromisoformat(str(raw).strip())
        except ValueError:
            raise AnswerValueError(
                LocalizedText(
                    f"{raw!r} is not a date: write it as YYYY-MM-DD, e.g. 2024-01-15",
                    f"Nid yw {raw!r} yn ddyddiad: ysgrifennwch BBBB-MM-DD, e.e. 2024-01-15",
                )
            ) from None

    def display(self, value: AnswerValue, question: Question, lang: str) -> str:
        return value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else str(value)


# Whole numbers are typed as plain decimal digits: int() and float() would also take "1e3", "1_000",
# "0x10"-like tricks or non-ASCII digits, and float() loses digits beyond 2**53.
_WHOLE_TEXT = re.compile(r"[+-]?[0-9]+", re.ASCII)
_DECIMAL_TEXT = re.compile(r"[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)", re.ASCII)
# Hand-over packages are read with orjson, which refuses integers beyond 64 bits: a whole number must fit
# a signed 64-bit integer to travel, so nothing larger is accepted in the first place.
INT64_MAX = 2**63 - 1
_EXACT_FLOAT = 2**53  # every whole float up to here is exactly the integer it shows


def _bound(number: int | float) -> str:
    return f"{number:g}" if isinstance(number, float) else str(number)


class _NumberType(AnswerType):
    minimum: ClassVar[int | float | None] = None
    maximum: ClassVar[int | float | None] = None
    whole: ClassVar[bool] = True

    def parse(self, raw: object, question: Question) -> AnswerValue:
        number = self._whole(raw) if self.whole else self._decimal(raw)
        if (self.minimum is not None and number < self.minimum) or (
            self.maximum is not None and number > self.maximum
        ):
            raise self._error(raw)
        return number

    def _whole(self, raw: object) -> int:
        if isinstance(raw, bool):
            raise self._error(raw)
        if isinstance(raw, int):
            return raw
        if isinstance(raw, float):
            if math.isfinite(raw) and raw.is_integer() and abs(raw) <= _EXACT_FLOAT:
                return int(raw)
            raise self._error(raw)
        text = str(raw).strip()
        if not _WHOLE_TEXT.fullmatch(text):
            raise self._error(raw)
        return int(text)  # exact: never through float

    def _decimal(self, raw: object) -> int | float:
        if isinstance(raw, bool):
            raise self._error(raw)
        number: int | float
        if isinstance(raw, int | float):
            number = raw
        else:
            text = str(raw).strip().rstrip("%").strip()
            if not _DECIMAL_TEXT.fullmatch(text):
                raise self._error(raw)
            number = float(text)
        if not math.isfinite(number):
            raise self._error(raw)
        if isinstance(number, float) and number.is_integer():
            number = int(number)
        return number

    def _error(self, raw: object) -> AnswerValueError:
        kind_en = "a whole number" if self.whole else "a number"
        kind_cy = "rhif cyfan" if self.whole else "rhif"
        how_en = ": write it in digits only, for example 12" if self.whole else ": write it in digits, for example 87.5"
        how_cy = (": ysgrifennwch ef mewn digidau yn unig, er enghraifft 12" if self.whole
                  else ": ysgrifennwch ef mewn digidau, er enghraifft 87.5")
        span_en = span_cy = ""
        if self.minimum is not None and self.maximum is not None:
            span_en = f" from {_bound(self.minimum)} to {_bound(self.maximum)}"
            span_cy = f" o {_bound(self.minimum)} i {_bound(self.maximum)}"
        elif self.minimum is not None:
            span_en = f" of at least {_bound(self.minimum)}"
            span_cy = f" o {_bound(self.minimum)} o leiaf"
        return AnswerValueError(
            LocalizedText(
                f"{raw!r} is not {kind_en}{span_en}{how_en}",
                f"Nid yw {raw!r} yn {kind_cy}{span_cy}{how_cy}",
            )
        )


class WholeNumber(_NumberType):
    code = "integer"
    label = LocalizedText("Whole number", "Rhif cyfan")
    minimum = 0
    maximum = INT64_MAX


class Percentage(_NumberType):
    code = "percentage"
    label = LocalizedText("Percentage", "Canran")
    minimum = 0
    maximum = 100
    whole = False

    def display(self, value: AnswerValue, question: Question, lang: str) -> str:
        return f"{value:g}%" if isinstance(value, int | float) else str(value)


class ScaleTen(_NumberType):
    code = "scale10"
    label = LocalizedText("Scale 0–10", "Graddfa 0–10")
    minimum = 0
    maximum = 10


class FreeText(AnswerType):
    code = "text"
    label = LocalizedText("Free text", "Testun rhydd")

    def parse(self, raw: object, question: Question) -> AnswerValue:
        if raw is None:
            return ""
        return str(raw)


class RepeatGroup(AnswerType):
    """A list of rows; the rows' cells are answers to the group's column questions."""

    code = "repeat"
    label = LocalizedText("Repeat group", "Grŵp ailadrodd")
    has_value = False

    def parse(self, raw: object, question: Question) -> AnswerValue:
        raise AnswerValueError(
            LocalizedText(
                f"{question.id} is a repeat group: answer its columns row by row",
                f"Mae {question.id} yn grŵp ailadrodd: atebwch ei golofnau fesul rhes",
            )
        )


ANSWER_TYPES: dict[str, AnswerType] = {
    t.code: t
    for t in (
        YesPartlyNo(),
        YesNo(),
        YesNoNotApplicable(),
        GradeType(),
        SingleChoice(),
        MultipleChoice(),
        DateType(),
        WholeNumber(),
        Percentage(),
        ScaleTen(),
        FreeText(),
        RepeatGroup(),
    )
}


def answer_type(code: str) -> AnswerType:
    try:
        return ANSWER_TYPES[code]
    except KeyError:
        known = ", ".join(ANSWER_TYPES)
        raise KeyError(f"unknown answer type {code!r}; known types: {known}") from None


def is_empty(value: object) -> bool:
    """An answer that counts as not given (cleared text, no selection)."""
    return value is None or value == "" or value == []

"""Answer types as a registry of small classes: each parses, stores, shows and scores its own values.

Modelled on qutebrowser's configtypes: one class per type that validates, converts and documents. Each type
also says which widget the form screen builds for it, whether the grids count it, what the expression checker
reads it as, and whether it has its own choices or a Not applicable. Adding a type is a class in one of these
modules, its line in ANSWER_TYPES, and (for a new widget kind) a line in the UI's widget table.
Values are plain Python (str, int, float, date, datetime, list of str); JSON is the storage form.
"""

from __future__ import annotations

from jicpa_desktop.domain.answer_types.base import (
    NO,
    NO_FACT,
    NOT_APPLICABLE,
    PARTLY,
    YES,
    AnswerType,
    AnswerValue,
    AnswerValueError,
    JsonValue,
)
from jicpa_desktop.domain.answer_types.choice import (
    ChoiceType,
    GradeType,
    MultipleChoice,
    SingleChoice,
    YesNo,
    YesNoNotApplicable,
    YesPartlyNo,
)
from jicpa_desktop.domain.answer_types.dates import DateTimeType, DateType
from jicpa_desktop.domain.answer_types.numbers import INT64_MAX, Percentage, ScaleTen, WholeNumber
from jicpa_desktop.domain.answer_types.text import FreeText, RepeatGroup

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
        DateTimeType(),
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


__all__ = [
    "ANSWER_TYPES",
    "INT64_MAX",
    "NO",
    "NOT_APPLICABLE",
    "NO_FACT",
    "PARTLY",
    "YES",
    "AnswerType",
    "AnswerValue",
    "AnswerValueError",
    "ChoiceType",
    "DateTimeType",
    "DateType",
    "FreeText",
    "GradeType",
    "JsonValue",
    "MultipleChoice",
    "Percentage",
    "RepeatGroup",
    "ScaleTen",
    "SingleChoice",
    "WholeNumber",
    "YesNo",
    "YesNoNotApplicable",
    "YesPartlyNo",
    "answer_type",
    "is_empty",
]

"""Whole numbers, percentages and the 0–10 scale: typed in plain digits, bounded, exact."""

from __future__ import annotations

import math
import re
from typing import ClassVar

from jicpa_desktop.domain.answer_types.base import AnswerType, AnswerValue, AnswerValueError
from jicpa_desktop.domain.form_model import Question
from jicpa_desktop.domain.localized import LocalizedText

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
    widget = "number"
    expression_kind = "number"
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

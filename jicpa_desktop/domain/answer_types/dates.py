"""Dates of events in the record (never of the audit), and moments with a time for hour-based timescales."""

from __future__ import annotations

import datetime as dt
import re

from jicpa_desktop.domain.answer_types.base import AnswerType, AnswerValue, AnswerValueError, JsonValue
from jicpa_desktop.domain.form_model import Question
from jicpa_desktop.domain.localized import LocalizedText


class DateType(AnswerType):
    code = "date"
    label = LocalizedText("Date", "Dyddiad")
    widget = "date"
    expression_kind = "date"

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



_MOMENT = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{1,2}):([0-9]{2})", re.ASCII)


class DateTimeType(AnswerType):
    """A date and a time (`YYYY-MM-DD HH:MM`), for timescales in hours (a return home interview within 72 hours)."""

    code = "datetime"
    label = LocalizedText("Date and time", "Dyddiad ac amser")
    widget = "datetime"
    expression_kind = "date"

    def parse(self, raw: object, question: Question) -> AnswerValue:
        if isinstance(raw, dt.datetime):
            return raw.replace(second=0, microsecond=0, tzinfo=None)
        match = _MOMENT.fullmatch(str(raw).strip())
        if match:
            try:
                day = dt.date.fromisoformat(match.group(1))
                return dt.datetime.combine(day, dt.time(int(match.group(2)), int(match.group(3))))
            except ValueError:
                pass
        raise AnswerValueError(
            LocalizedText(
                f"{raw!r} is not a date and time: write it as YYYY-MM-DD HH:MM, e.g. 2024-01-15 21:30",
                f"Nid yw {raw!r} yn ddyddiad ac amser: ysgrifennwch BBBB-MM-DD AA:MM, e.e. 2024-01-15 21:30",
            )
        )

    def to_json(self, value: AnswerValue) -> JsonValue:
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d %H:%M")
        return super().to_json(value)

    def display(self, value: AnswerValue, question: Question, lang: str) -> str:
        return value.strftime("%d/%m/%Y %H:%M") if isinstance(value, dt.datetime) else str(value)

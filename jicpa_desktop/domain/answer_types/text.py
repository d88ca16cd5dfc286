"""Free text (roles, never names) and repeat groups (a list of rows answering the group's columns)."""

from __future__ import annotations

from jicpa_desktop.domain.answer_types.base import AnswerType, AnswerValue, AnswerValueError
from jicpa_desktop.domain.form_model import Question
from jicpa_desktop.domain.localized import LocalizedText


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
    widget = "repeat"
    expression_kind = "list"  # a group reads as its list of rows

    def parse(self, raw: object, question: Question) -> AnswerValue:
        raise AnswerValueError(
            LocalizedText(
                f"{question.id} is a repeat group: answer its columns row by row",
                f"Mae {question.id} yn grŵp ailadrodd: atebwch ei golofnau fesul rhes",
            )
        )

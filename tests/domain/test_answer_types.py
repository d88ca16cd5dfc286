"""Each answer type owns what it is: parse, JSON, display, negativity, widget kind, counting; the registry."""

from __future__ import annotations

import datetime as dt

import pytest

from jicpa_desktop.domain.answer_types import ANSWER_TYPES, AnswerValueError, DateTimeType, answer_type
from jicpa_desktop.domain.form_model import Question
from jicpa_desktop.domain.localized import LocalizedText

MOMENT = Question("rhi_at", "datetime", LocalizedText("RHI", "RHI"))


def test_datetime_parses_stores_and_shows_minutes() -> None:
    kind = answer_type("datetime")
    assert isinstance(kind, DateTimeType)
    value = kind.parse("2026-03-09 22:30", MOMENT)
    assert value == dt.datetime(2026, 3, 9, 22, 30)
    assert kind.parse("2026-03-09T22:30", MOMENT) == value
    assert kind.to_json(value) == "2026-03-09 22:30"
    assert kind.from_json(kind.to_json(value), MOMENT) == value
    assert kind.display(value, MOMENT, "cy") == "09/03/2026 22:30"
    for bad in ("2026-03-09", "09/03/2026 22:30", "2026-02-30 10:00", "2026-03-09 25:00"):
        with pytest.raises(AnswerValueError) as refused:
            kind.parse(bad, MOMENT)
        assert "YYYY-MM-DD HH:MM" in refused.value.message.en and "BBBB-MM-DD AA:MM" in refused.value.message.cy


def test_each_type_says_what_the_grids_and_the_checker_need() -> None:
    counted = {code for code, kind in ANSWER_TYPES.items() if kind.counted_in_grids}
    assert counted == {"ynp", "yn", "yn_na"}
    with_na = {code for code, kind in ANSWER_TYPES.items() if kind.has_not_applicable}
    assert with_na == {"ynp", "yn_na", "grade"}
    assert {code for code, kind in ANSWER_TYPES.items() if kind.own_choices} == {"single", "multi"}
    assert {code: kind.expression_kind for code, kind in ANSWER_TYPES.items()}["datetime"] == "date"
    assert not any(ANSWER_TYPES[code].can_be_negative for code in ("text", "date", "integer", "datetime"))


def test_every_widget_kind_has_a_widget_on_the_form_screen() -> None:
    from jicpa_desktop.ui.widgets.answer_inputs import WIDGETS

    kinds = {kind.widget for kind in ANSWER_TYPES.values() if kind.has_value}
    assert kinds <= set(WIDGETS), kinds - set(WIDGETS)

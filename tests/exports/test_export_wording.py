"""The words the exports print: local timestamps in English and Welsh, and short question headings."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from jicpa_desktop.exports.headings import question_numbers, short_heading
from jicpa_desktop.exports.timestamps import local_timestamp, long_date


@pytest.fixture
def london(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_timestamps_are_local_time_in_words(london: None) -> None:
    winter = dt.datetime(2026, 12, 2, 14, 3, 59, tzinfo=dt.UTC)
    assert local_timestamp(winter, "en") == "2 December 2026, 14:03"
    assert local_timestamp(winter, "cy") == "2 Rhagfyr 2026, 14:03"
    summer = dt.datetime(2026, 7, 1, 13, 3, tzinfo=dt.UTC)  # British Summer Time: an hour ahead of UTC
    assert local_timestamp(summer, "en") == "1 July 2026, 14:03"
    assert local_timestamp(summer, "cy") == "1 Gorffennaf 2026, 14:03"


def test_every_welsh_month_and_the_long_date() -> None:
    welsh = [long_date(dt.date(2026, month, 9), "cy").split()[1] for month in range(1, 13)]
    assert welsh == ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                     "Hydref", "Tachwedd", "Rhagfyr"]
    assert long_date(dt.date(2024, 1, 15), "en") == "15 January 2024"


def test_question_numbers_come_from_the_ids_with_follow_ups_lettered() -> None:
    ids = ["voc_01", "voc_06", "voc_06_methods", "voc_16", "voc_14_conference", "voc_14", "voc_13_how",
           "voc_13_who", "ti_conversations"]
    assert question_numbers(ids) == {"voc_01": "1", "voc_06": "6", "voc_06_methods": "6a", "voc_16": "16",
                                     "voc_14_conference": "14a", "voc_14": "14", "voc_13_how": "13a",
                                     "voc_13_who": "13b", "ti_conversations": ""}


def test_short_heading_is_the_number_and_the_first_words() -> None:
    assert short_heading("6a", "Which methods were used?") == "6a. Which methods were used?"
    assert short_heading("2", "Was the child seen alone where their age and ability allowed?") == \
        "2. Was the child seen alone where…"
    assert short_heading("", "Conversations held with the child") == "Conversations held with the child"

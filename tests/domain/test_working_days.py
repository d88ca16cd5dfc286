"""Working days in Wales, from the `holidays` calendar: weekends, bank holidays and the one-off days."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jicpa_desktop.domain.working_days import (
    add_working_days,
    bank_holiday_name,
    is_bank_holiday,
    is_working_day,
    working_days_between,
)

D = dt.date


def test_the_published_worked_example_across_christmas_and_new_year() -> None:
    # 24, 29, 30, 31 December and 2 January: Christmas, Boxing Day, the weekend and New Year's Day are skipped.
    assert add_working_days(D(2025, 12, 23), 5) == D(2026, 1, 2)
    assert working_days_between(D(2025, 12, 23), D(2026, 1, 2)) == 5


# England-and-Wales bank holidays 2024–2027 as published on GOV.UK (the substitute days included).
BANK_HOLIDAYS = {
    2024: [D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27), D(2024, 8, 26),
           D(2024, 12, 25), D(2024, 12, 26)],
    2025: [D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26), D(2025, 8, 25),
           D(2025, 12, 25), D(2025, 12, 26)],
    2026: [D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31),
           D(2026, 12, 25), D(2026, 12, 28)],
    2027: [D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31), D(2027, 8, 30),
           D(2027, 12, 27), D(2027, 12, 28)],
}


@pytest.mark.parametrize("year", sorted(BANK_HOLIDAYS))
def test_bank_holidays_2024_to_2027_are_not_working_days(year: int) -> None:
    weekday_holidays = [d for d in BANK_HOLIDAYS[year] if d.weekday() < 5]
    assert weekday_holidays == BANK_HOLIDAYS[year]  # the published list is of the days off, all weekdays
    for day in BANK_HOLIDAYS[year]:
        assert is_bank_holiday(day) and not is_working_day(day), day
    start, end = D(year, 1, 1), D(year, 12, 31)
    days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    off_weekdays = [d for d in days if d.weekday() < 5 and not is_working_day(d)]
    assert off_weekdays == BANK_HOLIDAYS[year]


def test_the_one_off_bank_holidays() -> None:
    for day in (D(2022, 6, 3), D(2022, 9, 19), D(2023, 5, 8)):  # Platinum Jubilee, State Funeral, Coronation
        assert not is_working_day(day), day
        assert bank_holiday_name(day)
    # The 2022 spring bank holiday moved to Thursday 2 June; Monday 30 May was a working day.
    assert not is_working_day(D(2022, 6, 2)) and is_working_day(D(2022, 5, 30))
    # Across the State Funeral: Friday 16 September 2022 + 1 working day is Tuesday 20 September.
    assert add_working_days(D(2022, 9, 16), 1) == D(2022, 9, 20)
    # Across the Coronation weekend (1 and 8 May 2023 both bank holidays).
    assert add_working_days(D(2023, 4, 28), 5) == D(2023, 5, 9)
    assert add_working_days(D(2023, 5, 5), 1) == D(2023, 5, 9)


def test_scotland_only_holidays_do_not_apply() -> None:
    assert is_working_day(D(2025, 1, 2))  # 2 January is a holiday in Scotland only
    assert is_working_day(D(2024, 12, 2))  # St Andrew's Day substitute (Scotland)
    assert is_working_day(D(2025, 3, 17))  # St Patrick's Day (Northern Ireland)


def test_weekends_and_same_day() -> None:
    friday = D(2024, 1, 19)
    assert add_working_days(friday, 1) == D(2024, 1, 22)
    assert working_days_between(friday, D(2024, 1, 21)) == 0  # the weekend after takes no working day
    assert working_days_between(friday, friday) == 0
    assert add_working_days(friday, 0) == friday
    assert working_days_between(D(2024, 1, 22), friday) == -1
    with pytest.raises(ValueError):
        add_working_days(friday, -1)


@given(st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31)), st.integers(min_value=0, max_value=400))
def test_between_is_the_inverse_of_add(start: dt.date, count: int) -> None:
    end = add_working_days(start, count)
    assert working_days_between(start, end) == count
    assert is_working_day(end) or count == 0


@given(st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31)),
       st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31)))
def test_between_counts_day_by_day(first: dt.date, second: dt.date) -> None:
    start, end = min(first, second), max(first, second)
    if (end - start).days > 800:
        end = start + dt.timedelta(days=800)
    by_hand = sum(1 for n in range(1, (end - start).days + 1) if is_working_day(start + dt.timedelta(days=n)))
    assert working_days_between(start, end) == by_hand

"""Working days in Wales: Monday to Friday except the bank holidays of England and Wales, one-off days included.

The calendar comes from the `holidays` package (`country_holidays("GB", subdiv="WLS")`), which carries the
one-off days (the 2022 Platinum Jubilee and State Funeral, the 2023 Coronation) and the substitute days, so
nothing here is a hand-written list of dates.
"""

from __future__ import annotations

import datetime as dt
import functools

import holidays

COUNTRY = "GB"
SUBDIVISION = "WLS"  # England and Wales share their bank holidays; Wales is named so Scotland's never apply


@functools.cache
def _calendar(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays(COUNTRY, subdiv=SUBDIVISION, years=year))


def is_bank_holiday(day: dt.date) -> bool:
    return day in _calendar(day.year)


def bank_holiday_name(day: dt.date) -> str | None:
    """The holiday's English name, or None on an ordinary day (for explanations)."""
    if not is_bank_holiday(day):
        return None
    found = holidays.country_holidays(COUNTRY, subdiv=SUBDIVISION, years=day.year).get(day)
    return str(found) if found else None


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and not is_bank_holiday(day)


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The date `count` working days after `start` (the day of `start` itself is day 0, working or not).

    "Within 5 working days of 23 December 2025" ends on 2 January 2026: 24, 29, 30 and 31 December and 2 January.
    """
    if count < 0:
        raise ValueError(f"count must be 0 or more, got {count}")
    day = start
    remaining = count
    while remaining:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end`; negative when `end` comes first.

    The inverse of add_working_days: working_days_between(d, add_working_days(d, n)) == n. An event on the
    same day, or on the weekend after a Friday, took 0 working days.
    """
    if end < start:
        return -working_days_between(end, start)
    weeks, extra = divmod((end - start).days, 7)
    # Whole weeks hold five weekdays each; the bank holidays among them are taken off one by one.
    count = weeks * 5
    day = start + dt.timedelta(days=weeks * 7)
    for _ in range(extra):
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            count += 1
    for year in range(start.year, end.year + 1):
        count -= sum(1 for h in _calendar(year) if start < h <= end and h.weekday() < 5)
    return count

"""Timescales of the Wales Safeguarding Procedures, measured between two dated events in a child's record.

The timescales themselves are data (`forms/_timescales.yaml`, read by forms_engine/timescales_loader.py): a
change to the procedures is an edit of that file. This module only measures: working days with the Welsh bank
holidays (domain/working_days.py), calendar days, hours, or calendar months.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.working_days import add_working_days, working_days_between

EventValue = dt.date | dt.datetime


class Unit(StrEnum):
    WORKING_DAYS = "working_days"
    DAYS = "days"
    HOURS = "hours"
    MONTHS = "months"

    @property
    def label(self) -> LocalizedText:
        return UNIT_LABELS[self]


UNIT_LABELS: dict[Unit, LocalizedText] = {
    Unit.WORKING_DAYS: LocalizedText("working days", "diwrnod gwaith"),
    Unit.DAYS: LocalizedText("days", "diwrnod"),
    Unit.HOURS: LocalizedText("hours", "awr"),
    Unit.MONTHS: LocalizedText("months", "mis"),
}


@dataclass(frozen=True, slots=True)
class Timescale:
    """"`end` within `limit` `unit` of `start`" (e.g. the ICPC within 15 working days of the strategy discussion)."""

    id: str
    name: LocalizedText
    start: str  # event names, as date questions declare them with `event:`
    end: str
    limit: int
    unit: Unit
    source: str = ""


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """An event's date as found in the record, and where it was read (form and question)."""

    event: str
    value: EventValue
    where: str = ""


class Outcome(StrEnum):
    MET = "met"
    MISSED = "missed"
    WAITING = "waiting"  # the end event is not recorded and the limit has not passed yet
    OVERDUE = "overdue"  # the end event is not recorded and the limit has passed
    WRONG_ORDER = "wrong_order"  # the end is dated before the start: a recording error to check

    @property
    def label(self) -> LocalizedText:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS: dict[Outcome, LocalizedText] = {
    Outcome.MET: LocalizedText("met", "wedi'i gyflawni"),
    Outcome.MISSED: LocalizedText("missed", "wedi'i fethu"),
    Outcome.WAITING: LocalizedText("not yet due", "heb ei gyrraedd eto"),
    Outcome.OVERDUE: LocalizedText("overdue: not recorded by the limit", "yn hwyr: heb ei gofnodi erbyn y terfyn"),
    Outcome.WRONG_ORDER: LocalizedText("dates in the wrong order", "dyddiadau yn y drefn anghywir"),
}


@dataclass(frozen=True, slots=True)
class TimelinessResult:
    timescale: Timescale
    start: DatedEvent
    end: DatedEvent | None
    taken: int | None  # in the timescale's unit; None while the end is not recorded
    due: EventValue  # the last moment the end event meets the limit
    outcome: Outcome
    approximate: bool = False  # hours measured between dates without times (whole days × 24)

    @property
    def met(self) -> bool | None:
        """True met, False missed or overdue, None not yet known or not measurable."""
        if self.outcome is Outcome.MET:
            return True
        if self.outcome in (Outcome.MISSED, Outcome.OVERDUE):
            return False
        return None

    def describe(self, lang: str) -> str:
        """'ICPC within 15 working days of the strategy discussion: 17 working days — limit 15, missed'."""
        unit = self.timescale.unit.label.get(lang)
        name = self.timescale.name.get(lang)
        limit_word = "terfyn" if lang == "cy" else "limit"
        about = "tua " if lang == "cy" else "about "
        if self.taken is None:
            due = _shown(self.due)
            by = "erbyn" if lang == "cy" else "due by"
            return f"{name}: {by} {due} — {self.outcome.label.get(lang)}"
        taken = f"{about if self.approximate else ''}{self.taken} {unit}"
        return f"{name}: {taken} — {limit_word} {self.timescale.limit}, {self.outcome.label.get(lang)}"


def _shown(value: EventValue) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months later, or the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from `start` to `end`, rounded up: the number `add_months` needs to reach `end`."""
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months - 1) >= end:
        months -= 1
    while add_months(start, months) < end:
        months += 1
    return months


def _as_date(value: EventValue) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _as_moment(value: EventValue) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())


def _due(timescale: Timescale, start: EventValue) -> EventValue:
    day = _as_date(start)
    if timescale.unit is Unit.WORKING_DAYS:
        return add_working_days(day, timescale.limit)
    if timescale.unit is Unit.DAYS:
        return day + dt.timedelta(days=timescale.limit)
    if timescale.unit is Unit.MONTHS:
        return add_months(day, timescale.limit)
    return _as_moment(start) + dt.timedelta(hours=timescale.limit)


def _taken(timescale: Timescale, start: EventValue, end: EventValue) -> tuple[int, bool]:
    """(amount in the unit, approximate)."""
    first, last = _as_date(start), _as_date(end)
    if timescale.unit is Unit.WORKING_DAYS:
        return working_days_between(first, last), False
    if timescale.unit is Unit.DAYS:
        return (last - first).days, False
    if timescale.unit is Unit.MONTHS:
        return months_between(first, last), False
    exact = isinstance(start, dt.datetime) and isinstance(end, dt.datetime)
    hours = (_as_moment(end) - _as_moment(start)).total_seconds() / 3600
    return int(-(-hours // 1)), not exact  # whole hours, rounded up: 72h 10m is past 72 hours


def measure(timescale: Timescale, start: DatedEvent, end: DatedEvent | None, today: dt.date) -> TimelinessResult:
    due = _due(timescale, start.value)
    if end is None:
        passed = today > _as_date(due)
        return TimelinessResult(timescale, start, None, None, due, Outcome.OVERDUE if passed else Outcome.WAITING)
    if _as_moment(end.value) < _as_moment(start.value):
        return TimelinessResult(timescale, start, end, None, due, Outcome.WRONG_ORDER)
    taken, approximate = _taken(timescale, start.value, end.value)
    if timescale.unit is Unit.HOURS and approximate:
        # Without times, an interview on the third day after the return may still be inside 72 hours.
        met = _as_date(end.value) <= _as_date(due)
    elif timescale.unit is Unit.MONTHS:
        met = _as_date(end.value) <= _as_date(due)
    else:
        met = taken <= timescale.limit
    return TimelinessResult(timescale, start, end, taken, due, Outcome.MET if met else Outcome.MISSED, approximate)


def assess(timescales: Iterable[Timescale], events: Mapping[str, DatedEvent], today: dt.date) -> list[TimelinessResult]:
    """Each timescale whose start event is recorded, measured to its end event (or to today while missing)."""
    return [
        measure(timescale, events[timescale.start], events.get(timescale.end), today)
        for timescale in timescales
        if timescale.start in events
    ]

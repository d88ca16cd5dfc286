"""Timescales of the Wales Safeguarding Procedures, measured between dated events in a child's record.

The timescales themselves are data (`forms/_timescales.yaml`, read by forms_engine/timescales_loader.py): a
change to the procedures is an edit of that file. This module only measures: working days with the Welsh bank
holidays (domain/working_days.py), calendar days, hours, calendar weeks or calendar months. A repeating timescale
(core groups at least six-weekly) is a one-off timescale to its first meeting, then a limit on every gap between
consecutive meetings.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.working_days import add_working_days, working_days_between

EventValue = dt.date | dt.datetime


class Unit(StrEnum):
    WORKING_DAYS = "working_days"
    DAYS = "days"
    HOURS = "hours"
    WEEKS = "weeks"  # calendar weeks: 7 days each, whatever the days are
    MONTHS = "months"

    @property
    def label(self) -> LocalizedText:
        return UNIT_LABELS[self]


UNIT_LABELS: dict[Unit, LocalizedText] = {
    Unit.WORKING_DAYS: LocalizedText("working days", "diwrnod gwaith"),
    Unit.DAYS: LocalizedText("days", "diwrnod"),
    Unit.HOURS: LocalizedText("hours", "awr"),
    Unit.WEEKS: LocalizedText("weeks", "wythnos"),
    Unit.MONTHS: LocalizedText("months", "mis"),
}


@dataclass(frozen=True, slots=True)
class Repeat:
    """"then each later `event` within `limit` `unit` of the meeting before" (core groups at least six-weekly)."""

    event: str  # recorded once per meeting: a date column with `event:` in a repeat group
    limit: int
    unit: Unit


@dataclass(frozen=True, slots=True)
class Timescale:
    """"`end` within `limit` `unit` of `start`" (e.g. the ICPC within 15 working days of the strategy discussion).

    With `every`, a series: `end` is the first meeting, and each later meeting (`every.event`) is due within
    `every.limit` `every.unit` of the one before.
    """

    id: str
    name: LocalizedText
    start: str  # event names, as date questions declare them with `event:`
    end: str
    limit: int
    unit: Unit
    source: str = ""
    every: Repeat | None = None
    # A grid column's heading when the name is too long for one ("Core groups: first in 10 working days, then
    # six-weekly"): the short headings keep a question's first words, which here would lose what repeats.
    short: LocalizedText | None = None


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
class Gap:
    """The time between two consecutive meetings of a series, against the repeating limit."""

    earlier: DatedEvent
    later: DatedEvent
    taken: int  # in the repeat's unit, rounded up (6 weeks and 1 day is 7 weeks)
    due: EventValue  # the last moment the later meeting met the limit
    met: bool


@dataclass(frozen=True, slots=True)
class TimelinessResult:
    timescale: Timescale
    start: DatedEvent
    end: DatedEvent | None
    taken: int | None  # in the timescale's unit; None while the end is not recorded
    due: EventValue  # the last moment the end event meets the limit
    outcome: Outcome
    approximate: bool = False  # hours measured between dates without times (whole days × 24)
    # A series: each gap between consecutive meetings, in date order (none with one meeting, or none recorded).
    gaps: tuple[Gap, ...] = ()

    @property
    def missed_gaps(self) -> tuple[Gap, ...]:
        return tuple(gap for gap in self.gaps if not gap.met)

    @property
    def met(self) -> bool | None:
        """True met, False missed or overdue, None not yet known or not measurable."""
        if self.outcome is Outcome.MET:
            return True
        if self.outcome in (Outcome.MISSED, Outcome.OVERDUE):
            return False
        return None

    def describe(self, lang: str) -> str:
        """'ICPC within 15 working days of the strategy discussion: 17 working days — limit 15, missed'.

        A series adds its gaps: '…: first meeting after 8 working days — limit 10; gap 03/02/2025 to 17/03/2025:
        6 weeks 1 day — limit 6 weeks, missed'.
        """
        unit = self.timescale.unit.label.get(lang)
        name = self.timescale.name.get(lang)
        limit_word = "terfyn" if lang == "cy" else "limit"
        about = "tua " if lang == "cy" else "about "
        if self.taken is None:
            due = _shown(self.due)
            by = "erbyn" if lang == "cy" else "due by"
            return f"{name}: {by} {due} — {self.outcome.label.get(lang)}"
        taken = f"{about if self.approximate else ''}{self.taken} {unit}"
        if self.timescale.every is not None:
            after = "cyfarfod cyntaf ar ôl" if lang == "cy" else "first meeting after"
            if self.outcome is Outcome.WRONG_ORDER:
                return f"{name}: {self.gaps_text(lang)}, {self.outcome.label.get(lang)}"
            return (f"{name}: {after} {taken} — {limit_word} {self.timescale.limit}; {self.gaps_text(lang)}, "
                    f"{self.outcome.label.get(lang)}")
        return f"{name}: {taken} — {limit_word} {self.timescale.limit}, {self.outcome.label.get(lang)}"

    def gaps_text(self, lang: str) -> str:
        """A series once its first meeting is recorded: the gap that broke it (dates and length), or the longest
        when none did; '' for a one-off timescale."""
        every = self.timescale.every
        if every is None or self.taken is None:
            return ""
        cy = lang == "cy"
        if self.outcome is Outcome.WRONG_ORDER:
            return ("cyfarfod diweddarach wedi'i ddyddio cyn y cyntaf" if cy
                    else "a later meeting dated before the first")
        if not self.gaps:
            return "dim cyfarfod diweddarach wedi'i gofnodi" if cy else "no later meeting recorded"
        every_limit = f"{'terfyn' if cy else 'limit'} {every.limit} {every.unit.label.get(lang)}"
        missed = self.missed_gaps
        if missed:
            gap = missed[0]
            text = (f"{'bwlch' if cy else 'gap'} {_shown(gap.earlier.value)} {'i' if cy else 'to'} "
                    f"{_shown(gap.later.value)}: {gap_length(every.unit, gap, lang)} — {every_limit}")
            if len(missed) > 1:
                more = len(missed) - 1
                text += (f" (a {more} bwlch arall dros y terfyn)" if cy
                         else f" (and {more} more {'gap' if more == 1 else 'gaps'} over the limit)")
            return text
        longest = max(self.gaps, key=lambda gap: _as_moment(gap.later.value) - _as_moment(gap.earlier.value))
        meetings = len(self.gaps) + 1
        counted = f"{meetings} cyfarfod" if cy else f"{meetings} meetings"
        longest_word = "y bwlch hiraf" if cy else "the longest gap"
        return f"{counted}, {longest_word} {gap_length(every.unit, longest, lang)} — {every_limit}"


def gap_length(unit: Unit, gap: Gap, lang: str) -> str:
    """The gap as a reader counts it: '6 weeks 1 day', '6 months 3 days'; other units as their whole number."""
    cy = lang == "cy"
    if unit in (Unit.WEEKS, Unit.MONTHS):
        first, last = _as_date(gap.earlier.value), _as_date(gap.later.value)
        if unit is Unit.WEEKS:
            whole, rest = divmod((last - first).days, 7)
        else:
            whole = months_between(first, last)  # rounded up: step back to the whole months inside the gap
            if add_months(first, whole) > last:
                whole -= 1
            rest = (last - add_months(first, whole)).days
        text = f"{whole} {unit.label.get(lang)}"
        if rest:
            text += f" {rest} diwrnod" if cy else f" {rest} {'day' if rest == 1 else 'days'}"
        return text
    return f"{gap.taken} {unit.label.get(lang)}"


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


def _due(unit: Unit, limit: int, start: EventValue) -> EventValue:
    day = _as_date(start)
    if unit is Unit.WORKING_DAYS:
        return add_working_days(day, limit)
    if unit is Unit.DAYS:
        return day + dt.timedelta(days=limit)
    if unit is Unit.WEEKS:
        return day + dt.timedelta(weeks=limit)
    if unit is Unit.MONTHS:
        return add_months(day, limit)
    due = _as_moment(start) + dt.timedelta(hours=limit)
    # A start recorded without a time gives a due day, not a moment: "due by 09/03/2026 00:00" would claim a
    # deadline the record does not hold (and the day is what such a limit is judged by, below).
    return due if isinstance(start, dt.datetime) else due.date()


def _taken(unit: Unit, start: EventValue, end: EventValue) -> tuple[int, bool]:
    """(amount in the unit, approximate)."""
    first, last = _as_date(start), _as_date(end)
    if unit is Unit.WORKING_DAYS:
        return working_days_between(first, last), False
    if unit is Unit.DAYS:
        return (last - first).days, False
    if unit is Unit.WEEKS:
        return -(-(last - first).days // 7), False  # whole weeks, rounded up: 6 weeks and a day is past 6 weeks
    if unit is Unit.MONTHS:
        return months_between(first, last), False
    exact = isinstance(start, dt.datetime) and isinstance(end, dt.datetime)
    hours = (_as_moment(end) - _as_moment(start)).total_seconds() / 3600
    return int(-(-hours // 1)), not exact  # whole hours, rounded up: 72h 10m is past 72 hours


def _within(unit: Unit, limit: int, start: EventValue, end: EventValue) -> tuple[bool, int, bool, EventValue]:
    """(met, taken, approximate, due) for `end` against `limit` `unit` after `start` (end not before start)."""
    due = _due(unit, limit, start)
    taken, approximate = _taken(unit, start, end)
    if (unit is Unit.HOURS and approximate) or unit in (Unit.WEEKS, Unit.MONTHS):
        # Without times, an interview on the third day after the return may still be inside 72 hours; weeks and
        # months are met up to their due day.
        met = _as_date(end) <= _as_date(due)
    else:
        met = taken <= limit
    return met, taken, approximate, due


def measure(timescale: Timescale, start: DatedEvent, end: DatedEvent | None, today: dt.date) -> TimelinessResult:
    """The one-off timescale (or a series' first meeting) from `start` to `end`, or to today while `end` is missing."""
    due = _due(timescale.unit, timescale.limit, start.value)
    if end is None:
        passed = today > _as_date(due)
        return TimelinessResult(timescale, start, None, None, due, Outcome.OVERDUE if passed else Outcome.WAITING)
    if _as_moment(end.value) < _as_moment(start.value):
        return TimelinessResult(timescale, start, end, None, due, Outcome.WRONG_ORDER)
    met, taken, approximate, due = _within(timescale.unit, timescale.limit, start.value, end.value)
    return TimelinessResult(timescale, start, end, taken, due, Outcome.MET if met else Outcome.MISSED, approximate)


def measure_series(timescale: Timescale, start: DatedEvent, first: DatedEvent | None, later: Iterable[DatedEvent],
                   today: dt.date) -> TimelinessResult:
    """A repeating timescale: the first meeting within the one-off limit of `start`, then every gap between
    consecutive meetings (the first and the later ones, sorted by date) within the repeating limit.

    Met when all are; missed when the first or any gap is not (the result's gaps say which). No first meeting:
    not yet due or overdue, as a one-off. A later meeting dated before the first is a recording error (wrong
    order). One meeting only is met on its own limit: with no later meeting recorded there is no gap to judge.
    """
    result = measure(timescale, start, first, today)
    every = timescale.every
    if every is None or first is None or result.outcome is Outcome.WRONG_ORDER:
        return result
    meetings = sorted(later, key=lambda dated: _as_moment(dated.value))
    if meetings and _as_moment(meetings[0].value) < _as_moment(first.value):
        return replace(result, outcome=Outcome.WRONG_ORDER)
    gaps = []
    for earlier, next_one in zip([first, *meetings], meetings, strict=False):
        met, taken, _, due = _within(every.unit, every.limit, earlier.value, next_one.value)
        gaps.append(Gap(earlier, next_one, taken, due, met))
    kept = result.outcome is Outcome.MET and all(gap.met for gap in gaps)
    return replace(result, outcome=Outcome.MET if kept else Outcome.MISSED, gaps=tuple(gaps))


def assess(timescales: Iterable[Timescale], events: Mapping[str, DatedEvent], today: dt.date,
           occurrences: Mapping[str, Sequence[DatedEvent]] | None = None) -> list[TimelinessResult]:
    """Each timescale whose start event is recorded, measured to its end event (or to today while missing).

    `occurrences`: the dates of each repeating event (one per meeting), for the series (`Timescale.every`).
    """
    repeated = occurrences or {}
    return [
        measure_series(timescale, events[timescale.start], events.get(timescale.end),
                       repeated.get(timescale.every.event, ()), today)
        if timescale.every is not None
        else measure(timescale, events[timescale.start], events.get(timescale.end), today)
        for timescale in timescales
        if timescale.start in events
    ]

"""Repeating timescales: the first meeting against its one-off limit, then every gap between consecutive meetings."""

from __future__ import annotations

import datetime as dt

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.timescales import (
    DatedEvent,
    Outcome,
    Repeat,
    Timescale,
    Unit,
    assess,
    measure,
    measure_series,
)

D = dt.date
CORE_GROUPS = Timescale(
    "core_groups",
    LocalizedText("First core group within 10 working days of the ICPC, then at least six-weekly",
                  "Grŵp craidd cyntaf o fewn 10 diwrnod gwaith, yna bob chwe wythnos"),
    "icpc", "first_core_group", 10, Unit.WORKING_DAYS, every=Repeat("core_group", 6, Unit.WEEKS))
REVIEWS = Timescale(
    "reviews", LocalizedText("First review within three months, then six-monthly", "Adolygiad"),
    "icpc", "first_rcpc", 3, Unit.MONTHS, every=Repeat("review_conference", 6, Unit.MONTHS))
# A repeating limit in working days: the gap between meetings skips weekends and bank holidays too.
VISITS = Timescale("visits", LocalizedText("Visits every 10 working days", "Ymweliadau"), "icpc", "first_visit", 10,
                   Unit.WORKING_DAYS, every=Repeat("visit", 10, Unit.WORKING_DAYS))
TODAY = D(2026, 12, 1)
ICPC = DatedEvent("icpc", D(2025, 12, 12), "test")  # Friday 12 December 2025


def first(day: dt.date) -> DatedEvent:
    return DatedEvent("first_core_group", day, "test")


def later(*days: dt.date) -> list[DatedEvent]:
    return [DatedEvent("core_group", day, f"row {n}") for n, day in enumerate(days, start=1)]


def test_the_first_core_group_counts_working_days_across_christmas() -> None:
    # 15–19, 22–24, 29 and 30 December: Christmas Day, Boxing Day and the weekends do not count.
    on_limit = measure_series(CORE_GROUPS, ICPC, first(D(2025, 12, 30)), [], TODAY)
    assert (on_limit.taken, on_limit.outcome, on_limit.due) == (10, Outcome.MET, D(2025, 12, 30))
    after_new_year = measure_series(CORE_GROUPS, ICPC, first(D(2026, 1, 2)), later(D(2026, 1, 16)), TODAY)
    assert (after_new_year.taken, after_new_year.outcome) == (12, Outcome.MISSED)  # New Year's Day skipped too
    assert after_new_year.gaps[0].met  # the gaps were kept: the first meeting alone missed
    assert "first meeting after 12 working days — limit 10; 2 meetings, the longest gap 2 weeks — limit 6 weeks, " \
           "missed" in after_new_year.describe("en")


def test_a_gap_in_working_days_skips_weekends_and_bank_holidays() -> None:
    start = first(D(2025, 12, 19))
    # Friday 19 December to Tuesday 6 January 2026: 18 calendar days, 9 working days (22–24, 29–31 Dec, 2, 5, 6 Jan).
    kept = measure_series(VISITS, DatedEvent("icpc", D(2025, 12, 12)), start, [DatedEvent("visit", D(2026, 1, 6))],
                          TODAY)
    assert [(g.taken, g.met) for g in kept.gaps] == [(9, True)] and kept.outcome is Outcome.MET
    # Easter 2026: Good Friday 3 April and Easter Monday 6 April. 27 March to 14 April is 10 working days; the 15th 11.
    easter = [DatedEvent("visit", D(2026, 3, 27)), DatedEvent("visit", D(2026, 4, 14)),
              DatedEvent("visit", D(2026, 4, 29))]
    series = measure_series(VISITS, DatedEvent("icpc", D(2026, 3, 13)), DatedEvent("first_visit", D(2026, 3, 20)),
                            easter, TODAY)
    assert [(g.taken, g.met) for g in series.gaps] == [(5, True), (10, True), (11, False)]
    assert series.outcome is Outcome.MISSED
    assert "gap 14/04/2026 to 29/04/2026: 11 working days — limit 10 working days" in series.describe("en")


def test_a_gap_of_exactly_six_weeks_is_met_and_a_day_more_is_missed() -> None:
    start = first(D(2026, 1, 2))
    exactly = measure_series(CORE_GROUPS, DatedEvent("icpc", D(2025, 12, 19)), start, later(D(2026, 2, 13)), TODAY)
    assert [(g.taken, g.met, g.due) for g in exactly.gaps] == [(6, True, D(2026, 2, 13))]
    assert exactly.outcome is Outcome.MET and exactly.met is True
    assert exactly.describe("en").endswith("2 meetings, the longest gap 6 weeks — limit 6 weeks, met")
    late = measure_series(CORE_GROUPS, DatedEvent("icpc", D(2025, 12, 19)), start, later(D(2026, 2, 14)), TODAY)
    assert [(g.taken, g.met) for g in late.gaps] == [(7, False)]  # whole weeks rounded up: 6 weeks 1 day is past 6
    assert late.outcome is Outcome.MISSED and late.met is False
    assert late.describe("en") == (
        "First core group within 10 working days of the ICPC, then at least six-weekly: first meeting after 7 "
        "working days — limit 10; gap 02/01/2026 to 14/02/2026: 6 weeks 1 day — limit 6 weeks, missed")
    assert late.describe("cy").endswith(
        "bwlch 02/01/2026 i 14/02/2026: 6 wythnos 1 diwrnod — terfyn 6 wythnos, wedi'i fethu")


def test_rows_in_any_order_are_measured_by_date() -> None:
    start = first(D(2026, 1, 2))
    days = (D(2026, 2, 13), D(2026, 3, 20), D(2026, 5, 8), D(2026, 4, 10))  # the last row is the third meeting
    icpc = DatedEvent("icpc", D(2025, 12, 19))  # the first core group 7 working days later
    shuffled = measure_series(CORE_GROUPS, icpc, start, later(*days), TODAY)
    in_order = measure_series(CORE_GROUPS, icpc, start, later(*sorted(days)), TODAY)
    assert [(g.earlier.value, g.later.value, g.met) for g in shuffled.gaps] == [
        (D(2026, 1, 2), D(2026, 2, 13), True), (D(2026, 2, 13), D(2026, 3, 20), True),
        (D(2026, 3, 20), D(2026, 4, 10), True), (D(2026, 4, 10), D(2026, 5, 8), True)]
    assert shuffled.outcome is in_order.outcome is Outcome.MET
    assert shuffled.describe("en") == in_order.describe("en")
    # Two gaps over the limit: the first is named, the other counted.
    broken = measure_series(CORE_GROUPS, icpc, start, later(D(2026, 9, 1), D(2026, 3, 20)), TODAY)
    assert [g.met for g in broken.gaps] == [False, False]
    assert "gap 02/01/2026 to 20/03/2026: 11 weeks — limit 6 weeks (and 1 more gap over the limit), missed" in \
        broken.describe("en")


def test_one_meeting_only_is_judged_on_its_own_limit() -> None:
    only = measure_series(CORE_GROUPS, ICPC, first(D(2025, 12, 22)), [], TODAY)
    assert (only.outcome, only.gaps, only.taken) == (Outcome.MET, (), 6)
    assert only.describe("en").endswith("first meeting after 6 working days — limit 10; no later meeting recorded, met")
    assert "dim cyfarfod diweddarach wedi'i gofnodi" in only.describe("cy")


def test_no_first_meeting_is_waiting_or_overdue_like_a_one_off() -> None:
    recent = DatedEvent("icpc", D(2026, 11, 27))
    assert measure_series(CORE_GROUPS, recent, None, [], TODAY).outcome is Outcome.WAITING
    overdue = measure_series(CORE_GROUPS, ICPC, None, [], TODAY)
    assert (overdue.outcome, overdue.met, overdue.due) == (Outcome.OVERDUE, False, D(2025, 12, 30))
    # Later rows without the first core group: the series starts from the first, so it is still overdue.
    rows_only = measure_series(CORE_GROUPS, ICPC, None, later(D(2026, 1, 9)), TODAY)
    assert rows_only.outcome is Outcome.OVERDUE and rows_only.gaps == ()
    assert rows_only.describe("en").endswith("due by 30/12/2025 — overdue: not recorded by the limit")


def test_a_later_meeting_before_the_first_is_a_recording_error() -> None:
    wrong = measure_series(CORE_GROUPS, ICPC, first(D(2026, 1, 2)), later(D(2025, 12, 29)), TODAY)
    assert wrong.outcome is Outcome.WRONG_ORDER and wrong.met is None
    assert "a later meeting dated before the first, dates in the wrong order" in wrong.describe("en")
    before_icpc = measure_series(CORE_GROUPS, ICPC, first(D(2025, 12, 1)), later(D(2026, 1, 2)), TODAY)
    assert before_icpc.outcome is Outcome.WRONG_ORDER


def test_six_monthly_reviews_end_on_a_short_month_s_last_day() -> None:
    icpc = DatedEvent("icpc", D(2025, 5, 30))
    first_review = DatedEvent("first_rcpc", D(2025, 8, 29))  # within three months
    kept = measure_series(REVIEWS, icpc, first_review, [DatedEvent("review_conference", D(2026, 2, 27))], TODAY)
    assert kept.outcome is Outcome.MET and kept.gaps[0].due == D(2026, 2, 28)  # 29 August + 6 months: month end
    late = measure_series(REVIEWS, icpc, first_review, [DatedEvent("review_conference", D(2026, 3, 2))], TODAY)
    assert late.outcome is Outcome.MISSED
    assert "gap 29/08/2025 to 02/03/2026: 6 months 2 days — limit 6 months" in late.describe("en")


def test_assess_reads_the_later_meetings_from_the_occurrences() -> None:
    events = {"icpc": ICPC, "first_core_group": first(D(2025, 12, 22))}
    [none_later] = assess([CORE_GROUPS], events, TODAY)
    assert none_later.gaps == ()
    [with_later] = assess([CORE_GROUPS], events, TODAY, {"core_group": later(D(2026, 3, 20))})
    assert with_later.outcome is Outcome.MISSED and with_later.gaps[0].later.where == "row 1"
    assert assess([CORE_GROUPS], {"first_core_group": first(D(2025, 12, 22))}, TODAY) == []  # no ICPC: no start


def test_weeks_as_a_one_off_unit() -> None:
    fortnight = Timescale("visit", LocalizedText("Visit within 2 weeks", "Ymweliad o fewn 2 wythnos"), "a", "b", 2,
                          Unit.WEEKS)
    start = DatedEvent("a", D(2026, 1, 5))
    assert measure(fortnight, start, DatedEvent("b", D(2026, 1, 19)), TODAY).outcome is Outcome.MET
    missed = measure(fortnight, start, DatedEvent("b", D(2026, 1, 20)), TODAY)
    assert (missed.taken, missed.outcome) == (3, Outcome.MISSED)
    assert missed.describe("cy") == "Ymweliad o fewn 2 wythnos: 3 wythnos — terfyn 2, wedi'i fethu"
    assert Unit.WEEKS.label == LocalizedText("weeks", "wythnos")

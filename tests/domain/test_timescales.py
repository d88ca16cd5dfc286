"""Timescales measured between dated events: working days, hours and months; met, missed, waiting, overdue."""

from __future__ import annotations

import datetime as dt

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.timescales import (
    DatedEvent,
    Outcome,
    Timescale,
    Unit,
    add_months,
    assess,
    measure,
    months_between,
)

D = dt.date
ICPC = Timescale("icpc", LocalizedText("ICPC within 15 working days of the strategy discussion",
                                       "Cynhadledd o fewn 15 diwrnod gwaith"), "strategy_discussion", "icpc", 15,
                 Unit.WORKING_DAYS)
RHI = Timescale("rhi", LocalizedText("Return home interview within 72 hours", "Cyfweliad o fewn 72 awr"),
                "missing_return", "return_home_interview", 72, Unit.HOURS)
RCPC = Timescale("rcpc", LocalizedText("First review within three months", "Adolygiad o fewn tri mis"), "icpc",
                 "first_rcpc", 3, Unit.MONTHS)
TODAY = D(2026, 6, 1)


def event(name: str, value: dt.date | dt.datetime) -> DatedEvent:
    return DatedEvent(name, value, "test")


def test_working_days_met_and_missed_across_christmas() -> None:
    start = event("strategy_discussion", D(2025, 12, 12))
    # 15 working days after Friday 12 December 2025: the 2 Christmas bank holidays and New Year's Day are skipped.
    on_limit = measure(ICPC, start, event("icpc", D(2026, 1, 7)), TODAY)
    assert (on_limit.taken, on_limit.outcome, on_limit.due) == (15, Outcome.MET, D(2026, 1, 7))
    late = measure(ICPC, start, event("icpc", D(2026, 1, 9)), TODAY)
    assert (late.taken, late.outcome, late.met) == (17, Outcome.MISSED, False)
    assert late.describe("en") == "ICPC within 15 working days of the strategy discussion: 17 working days — " \
                                  "limit 15, missed"
    assert late.describe("cy").startswith("Cynhadledd o fewn 15 diwrnod gwaith: 17 diwrnod gwaith — terfyn 15")


def test_waiting_overdue_and_wrong_order() -> None:
    start = event("strategy_discussion", D(2026, 5, 20))
    assert measure(ICPC, start, None, D(2026, 5, 27)).outcome is Outcome.WAITING
    overdue = measure(ICPC, start, None, D(2026, 6, 30))
    assert overdue.outcome is Outcome.OVERDUE and overdue.met is False and overdue.taken is None
    backwards = measure(ICPC, start, event("icpc", D(2026, 5, 1)), TODAY)
    assert backwards.outcome is Outcome.WRONG_ORDER and backwards.met is None


def test_hours_exact_with_times_and_by_whole_days_without() -> None:
    returned = event("missing_return", dt.datetime(2026, 3, 6, 22, 30))
    inside = measure(RHI, returned, event("return_home_interview", dt.datetime(2026, 3, 9, 22, 30)), TODAY)
    assert (inside.taken, inside.outcome, inside.approximate) == (72, Outcome.MET, False)
    past = measure(RHI, returned, event("return_home_interview", dt.datetime(2026, 3, 9, 22, 40)), TODAY)
    assert (past.taken, past.outcome) == (73, Outcome.MISSED)  # 72 hours 10 minutes is past 72 hours
    # Dates only: the third day after the return may be inside 72 hours, the fourth cannot.
    day_only = event("missing_return", D(2026, 3, 6))
    third = measure(RHI, day_only, event("return_home_interview", D(2026, 3, 9)), TODAY)
    assert (third.outcome, third.approximate) == (Outcome.MET, True)
    assert third.describe("en").endswith("about 72 hours — limit 72, met")
    assert measure(RHI, day_only, event("return_home_interview", D(2026, 3, 10)), TODAY).outcome is Outcome.MISSED


def test_an_hour_limit_from_a_day_without_a_time_is_due_by_a_day() -> None:
    # 72 hours from a return recorded as a date only: due by the third day, not at a made-up midnight.
    waiting = measure(RHI, event("missing_return", D(2026, 3, 6)), None, D(2026, 3, 8))
    assert (waiting.due, waiting.outcome) == (D(2026, 3, 9), Outcome.WAITING)
    assert waiting.describe("en") == "Return home interview within 72 hours: due by 09/03/2026 — not yet due"
    assert waiting.describe("cy") == "Cyfweliad o fewn 72 awr: erbyn 09/03/2026 — heb ei gyrraedd eto"
    assert measure(RHI, event("missing_return", D(2026, 3, 6)), None, D(2026, 3, 10)).outcome is Outcome.OVERDUE
    # With a time recorded, the due moment keeps it.
    timed = measure(RHI, event("missing_return", dt.datetime(2026, 3, 6, 22, 30)), None, D(2026, 3, 8))
    assert timed.due == dt.datetime(2026, 3, 9, 22, 30)
    assert timed.describe("en").endswith("due by 09/03/2026 22:30 — not yet due")


def test_months_are_calendar_months_with_month_ends() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2024, 11, 30), 3) == D(2025, 2, 28)
    assert add_months(D(2023, 11, 30), 3) == D(2024, 2, 29)
    assert months_between(D(2026, 1, 15), D(2026, 4, 15)) == 3
    assert months_between(D(2026, 1, 15), D(2026, 4, 16)) == 4
    icpc = event("icpc", D(2026, 1, 15))
    assert measure(RCPC, icpc, event("first_rcpc", D(2026, 4, 15)), TODAY).outcome is Outcome.MET
    late = measure(RCPC, icpc, event("first_rcpc", D(2026, 4, 16)), TODAY)
    assert (late.outcome, late.taken) == (Outcome.MISSED, 4)


def test_assess_applies_a_timescale_once_its_start_is_recorded() -> None:
    events = {"icpc": event("icpc", D(2026, 1, 15)), "strategy_discussion": event("strategy_discussion",
                                                                                   D(2026, 1, 2))}
    results = assess([ICPC, RHI, RCPC], events, D(2026, 2, 1))
    assert [(r.timescale.id, r.outcome) for r in results] == [("icpc", Outcome.MET), ("rcpc", Outcome.WAITING)]

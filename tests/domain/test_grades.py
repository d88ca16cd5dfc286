"""Grade suggestion (catalogue §3.2) and the roll-up of a file's forms (§3.3)."""

from __future__ import annotations

import pytest

from jicpa_desktop.domain.grades import Grade, ScoredAnswer, roll_up_grades, suggest_grade

GOOD, RI, INADEQUATE, OUTSTANDING = Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE, Grade.OUTSTANDING


@pytest.mark.parametrize(
    ("grades", "anchors", "expected"),
    [
        ([GOOD, GOOD, RI], [], GOOD),            # median
        ([GOOD, RI], [], RI),              # two middle grades: the more cautious
        ([OUTSTANDING, OUTSTANDING, OUTSTANDING], [], GOOD),             # Outstanding is never suggested
        ([GOOD, GOOD, GOOD, GOOD], [INADEQUATE], RI),        # one band above the lowest key form
        ([GOOD, GOOD, RI], [RI], GOOD),          # within one band: no cap
        ([Grade.NOT_APPLICABLE, Grade.INSUFFICIENT_EVIDENCE], [], Grade.INSUFFICIENT_EVIDENCE),
        ([], [], Grade.INSUFFICIENT_EVIDENCE),
    ],
)
def test_roll_up(grades: list[Grade], anchors: list[Grade], expected: Grade) -> None:
    suggestion = roll_up_grades(grades, anchors)
    assert suggestion.grade is expected
    assert suggestion.reasons and all(r.en and r.cy for r in suggestion.reasons)


def test_capped_roll_up_says_why_in_both_languages() -> None:
    suggestion = roll_up_grades([GOOD, GOOD, GOOD], [INADEQUATE])
    assert "capped at Requires improvement" in suggestion.reasons[-1].en
    assert "Angen gwella" in suggestion.reasons[-1].cy


def test_suggestion_reasons_are_welsh_too() -> None:
    answers = [ScoredAnswer("a", 0, True), ScoredAnswer("b", 2, False), ScoredAnswer("c", 2, False),
               ScoredAnswer("d", 2, False), ScoredAnswer("e", 2, False), ScoredAnswer("f", 2, False),
               ScoredAnswer("g", 2, False), ScoredAnswer("h", 2, False)]
    suggestion = suggest_grade(answers)
    assert suggestion.grade is RI  # 87 % would be Good; the limiting No caps it
    assert "limiting question answered No (a)" in suggestion.reasons[-1].en
    assert "cwestiwn cyfyngol" in suggestion.reasons[-1].cy


@pytest.mark.parametrize(
    ("suggested", "final", "flagged"),
    [
        (GOOD, RI, False),  # one band: a reason is enough
        (GOOD, INADEQUATE, True),  # two bands
        (Grade.INSUFFICIENT_EVIDENCE, GOOD, True),  # a grade the answers could not support
        (Grade.INSUFFICIENT_EVIDENCE, INADEQUATE, True),
        (Grade.INSUFFICIENT_EVIDENCE, Grade.NOT_APPLICABLE, False),  # still no grade
        (Grade.INSUFFICIENT_EVIDENCE, Grade.INSUFFICIENT_EVIDENCE, False),
    ],
)
def test_which_overrides_need_moderation(suggested: Grade, final: Grade, flagged: bool) -> None:
    from jicpa_desktop.domain.grades import override_needs_moderation

    assert override_needs_moderation(suggested, final) is flagged

"""The internal grading scale (catalogue §3.1) and the grade suggested from a form's answers (§3.2)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from jicpa_desktop.domain.localized import LocalizedText


class Grade(StrEnum):
    OUTSTANDING = "outstanding"
    GOOD = "good"
    REQUIRES_IMPROVEMENT = "requires_improvement"
    INADEQUATE = "inadequate"
    INSUFFICIENT_EVIDENCE = "insufficient_evidence"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> LocalizedText:
        return GRADE_LABELS[self]

    @property
    def rank(self) -> int | None:
        """Position on the four-point scale (4 = outstanding); None for the two non-grades."""
        return _RANK.get(self)

    @property
    def is_negative(self) -> bool:
        return self in (Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE)


_RANK = {
    Grade.OUTSTANDING: 4,
    Grade.GOOD: 3,
    Grade.REQUIRES_IMPROVEMENT: 2,
    Grade.INADEQUATE: 1,
}

GRADE_LABELS: dict[Grade, LocalizedText] = {
    Grade.OUTSTANDING: LocalizedText("Outstanding", "Rhagorol"),
    Grade.GOOD: LocalizedText("Good", "Da"),
    Grade.REQUIRES_IMPROVEMENT: LocalizedText("Requires improvement", "Angen gwella"),
    Grade.INADEQUATE: LocalizedText("Inadequate", "Annigonol"),
    Grade.INSUFFICIENT_EVIDENCE: LocalizedText("Insufficient evidence", "Tystiolaeth annigonol"),
    Grade.NOT_APPLICABLE: LocalizedText("Not applicable", "Amherthnasol"),
}

# Catalogue §3.2 step 3: starting points, to be calibrated after a pilot.
GOOD_THRESHOLD = 0.85
REQUIRES_IMPROVEMENT_THRESHOLD = 0.60
MINIMUM_SCORED_QUESTIONS = 3


@dataclass(frozen=True, slots=True)
class ScoredAnswer:
    """One answered, scored question: 0 (No), 1 (Partly) or 2 (Yes), and whether it is limiting (★)."""

    question_id: str
    score: int
    limiting: bool


@dataclass(frozen=True, slots=True)
class GradeSuggestion:
    grade: Grade
    percent: float | None
    scored_count: int
    reasons: tuple[LocalizedText, ...] = field(default=())


def _cap(grade: Grade, cap: Grade) -> Grade:
    grade_rank, cap_rank = grade.rank, cap.rank
    if grade_rank is None or cap_rank is None:
        return grade
    return cap if grade_rank > cap_rank else grade


def suggest_grade(answers: Iterable[ScoredAnswer], *, risk_unmanaged: bool = False) -> GradeSuggestion:
    """Suggest a form grade from its scored answers (catalogue §3.2); never suggests Outstanding."""
    scored = list(answers)
    if len(scored) < MINIMUM_SCORED_QUESTIONS:
        return GradeSuggestion(
            Grade.INSUFFICIENT_EVIDENCE,
            None,
            len(scored),
            (
                LocalizedText(
                    f"fewer than {MINIMUM_SCORED_QUESTIONS} scored answers",
                    f"llai na {MINIMUM_SCORED_QUESTIONS} ateb wedi'u sgorio",
                ),
            ),
        )
    percent = sum(a.score for a in scored) / (2 * len(scored))
    if percent >= GOOD_THRESHOLD:
        grade = Grade.GOOD
    elif percent >= REQUIRES_IMPROVEMENT_THRESHOLD:
        grade = Grade.REQUIRES_IMPROVEMENT
    else:
        grade = Grade.INADEQUATE
    reasons = [
        LocalizedText(
            f"score {percent:.0%} over {len(scored)} questions",
            f"sgôr {percent:.0%} dros {len(scored)} cwestiwn",
        )
    ]
    limiting_no = [a.question_id for a in scored if a.limiting and a.score == 0]
    limiting_partly = [a.question_id for a in scored if a.limiting and a.score == 1]
    if limiting_no:
        cap = Grade.INADEQUATE if risk_unmanaged else Grade.REQUIRES_IMPROVEMENT
        capped = _cap(grade, cap)
        if capped != grade:
            which = ", ".join(limiting_no)
            reasons.append(
                LocalizedText(
                    f"capped at {cap.label.en}: limiting question answered No ({which})",
                    f"wedi'i chapio ar {cap.label.cy}: cwestiwn cyfyngol wedi'i ateb Na ({which})",
                )
            )
        grade = capped
    if len(limiting_partly) >= 2:
        capped = _cap(grade, Grade.REQUIRES_IMPROVEMENT)
        if capped != grade:
            which = ", ".join(limiting_partly)
            reasons.append(
                LocalizedText(
                    f"capped at Requires improvement: two or more limiting questions answered Partly ({which})",
                    f"wedi'i chapio ar Angen gwella: dau gwestiwn cyfyngol neu fwy wedi'u hateb Yn rhannol ({which})",
                )
            )
        grade = capped
    return GradeSuggestion(grade, percent, len(scored), tuple(reasons))


def bands_between(first: Grade, second: Grade) -> int:
    """How many bands apart two grades are on the four-point scale (0 when either is a non-grade)."""
    a, b = first.rank, second.rank
    if a is None or b is None:
        return 0
    return abs(a - b)


def override_needs_moderation(suggested: Grade, final: Grade) -> bool:
    """§3.2 step 6: one band needs a reason; two or more also need lead-inspector moderation.

    A grade given where the answers were Insufficient evidence to suggest one is also moderated: no band
    distance can be measured, so without this any grade at all would pass unchecked.
    """
    if suggested is Grade.INSUFFICIENT_EVIDENCE:
        return final.rank is not None
    return bands_between(suggested, final) >= 2


_BY_RANK = {rank: grade for grade, rank in _RANK.items()}


def roll_up_grades(form_grades: Sequence[Grade], anchor_grades: Sequence[Grade] = ()) -> GradeSuggestion:
    """Catalogue §3.3: a file's grade from its forms' grades — their median (the more cautious of two middle
    grades), never Outstanding, and never more than one band above the lowest anchor form."""
    ranks = sorted(rank for g in form_grades if (rank := g.rank) is not None)
    if not ranks:
        return GradeSuggestion(
            Grade.INSUFFICIENT_EVIDENCE,
            None,
            0,
            (
                LocalizedText(
                    "no graded forms yet for this file", "dim ffurflenni wedi'u graddio eto ar gyfer y ffeil hon"
                ),
            ),
        )
    rank = min(ranks[(len(ranks) - 1) // 2], _RANK[Grade.GOOD])
    reasons = [
        LocalizedText(
            f"median of {len(ranks)} form grades",
            f"canolrif {len(ranks)} gradd ffurflen",
        )
    ]
    anchors = [r for g in anchor_grades if (r := g.rank) is not None]
    if anchors and rank > min(anchors) + 1:
        rank = min(anchors) + 1
        cap = _BY_RANK[rank]
        reasons.append(
            LocalizedText(
                f"capped at {cap.label.en}: one band above the lowest key form",
                f"wedi'i chapio ar {cap.label.cy}: un band uwchlaw'r ffurflen allweddol isaf",
            )
        )
    return GradeSuggestion(_BY_RANK[rank], None, len(ranks), tuple(reasons))

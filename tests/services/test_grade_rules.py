"""One rule for the grade a form stands at (moderated, else the inspector's, else suggested), and honest
moderation figures: what the lead agreed or disagreed with is the grade that stood."""

from __future__ import annotations

import pytest

from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.grades import Grade
from tests.encrypted_db import connect_raw

OVERALL = "overall_case_judgement"


def _roll_up_form(services: AppServices) -> str:
    return next(f.id for f in services.forms.all() if f.grade_roll_up)


def _grid_grade(services: AppServices, inspection_id: str, case_id: str, form_id: str) -> str:
    grid = services.exports.grid(inspection_id)
    index = [block.form_id for block in grid.forms].index(form_id)
    row = next(r for r in grid.rows if r.case_id == case_id)
    cell = row.grades[index]
    assert cell is not None
    return str(cell.value)


def test_a_moderated_grade_moves_the_suggested_overall_judgement_the_same_way_everywhere(
    services: AppServices, inspection_id: str
) -> None:
    case_id = services.cases.add(inspection_id, reference="MOD-01", agency="children_services", kind="sampled")
    answers = services.answers
    roll_up = _roll_up_form(services)
    for form_id in ("case_record", "contingency_planning", "genogram_ecomap_chronology", "voice_of_child"):
        answers.set_grade(case_id, form_id, "good", "Well recorded.")
    answers.set_answer(case_id, roll_up, "std_summary_strengths", "Plans shared with the family.")
    good, ri = Grade.GOOD.label.en, Grade.REQUIRES_IMPROVEMENT.label.en

    def app_suggestion() -> Grade:
        return answers.load(case_id, roll_up).evaluation.suggestion.grade

    def dashboard_suggestion() -> str:
        forms = {f.form_id: f for f in services.progress.cases(inspection_id)[0].forms}
        return forms[roll_up].suggested_grade

    assert app_suggestion() is Grade.GOOD
    assert dashboard_suggestion() == "good"
    assert _grid_grade(services, inspection_id, case_id, roll_up).startswith(good)
    services.handover.moderate_grade(case_id, "voice_of_child", "inadequate", "The child was not seen alone.")
    # Median Good, capped one band above the key form the lead moderated to Inadequate.
    assert app_suggestion() is Grade.REQUIRES_IMPROVEMENT
    assert dashboard_suggestion() == "requires_improvement"
    assert _grid_grade(services, inspection_id, case_id, roll_up).startswith(ri)
    with pytest.raises(Exception, match="suggested grade is requires_improvement"):
        answers.set_grade(case_id, roll_up, "good")  # the grade panel's suggestion is the same one


def _original_grades(services: AppServices) -> dict[str, str | None]:
    with connect_raw(services.db_path) as connection:
        return dict(connection.execute(
            "SELECT r.form_id, m.original_grade FROM grade_moderation m JOIN form_response r ON r.id = m.response_id"
        ).fetchall())


def test_moderating_an_untouched_grade_records_the_suggestion_that_stood(
    services: AppServices, inspection_id: str
) -> None:
    case_id = services.cases.add(inspection_id, reference="MOD-02", agency="police", kind="sampled")
    answers = services.answers
    for question in ("voc_01", "voc_02", "voc_03", "voc_04"):
        answers.set_answer(case_id, "voice_of_child", question, "yes")
    assert answers.load(case_id, "voice_of_child").evaluation.suggestion.grade is Grade.GOOD
    answers.set_grade(case_id, "safety_plan", "inadequate", "No plan at all.")  # the inspector's own grade
    handover = services.handover
    handover.moderate_grade(case_id, "voice_of_child", "good", "Agreed on reading the record.")
    handover.moderate_grade(case_id, "safety_plan", "requires_improvement", "A plan existed in the minutes.")
    assert _original_grades(services) == {"voice_of_child": "good", "safety_plan": "inadequate"}
    summary = handover.agreement_summary(inspection_id)
    assert (summary.overall.moderated, summary.overall.agreed, summary.overall.raised, summary.overall.other) == (
        2, 1, 1, 0)
    by_form = {row.label: (row.agreed, row.raised) for row in summary.by_form}
    assert by_form == {"voice_of_child": (1, 0), "safety_plan": (0, 1)}


def test_an_override_away_from_insufficient_evidence_is_flagged_for_moderation(
    services: AppServices, inspection_id: str
) -> None:
    case_id = services.cases.add(inspection_id, reference="MOD-03", agency="police", kind="sampled")
    view = services.answers.set_grade(case_id, "voice_of_child", "good", "Seen alone twice.")
    assert view.suggestion.grade is Grade.INSUFFICIENT_EVIDENCE
    assert view.needs_moderation
    kept = services.answers.set_grade(case_id, "voice_of_child", "insufficient_evidence")
    assert not kept.needs_moderation

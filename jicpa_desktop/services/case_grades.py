"""The grade each form of a file stands at, and a roll-up form's suggestion from them (catalogue §3.3).

One rule for the app's grade panel, the dashboard, moderation and the grids: a form stands at the lead's
moderated grade, else the inspector's grade, else the suggestion from its answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.domain.grades import Grade, roll_up_grades
from jicpa_desktop.forms_engine.evaluation import Evaluation

# For queries over `form_response r`: join the moderation, then read the grade recorded for the form.
MODERATION_JOIN_SQL = "LEFT JOIN grade_moderation m ON m.response_id = r.id"
RECORDED_GRADE_SQL = "COALESCE(m.moderated_grade, r.final_grade)"


def rolled_up(form: FormDefinition, evaluation: Evaluation, other_grades: Mapping[str, Grade]) -> Evaluation:
    """The evaluation with the roll-up suggestion for a roll-up form; unchanged for any other form.

    *other_grades* maps form id to the standing grade of that form for the same file (`standing_grade`).
    """
    if form.grade_roll_up is None:
        return evaluation
    anchors = [other_grades[form_id] for form_id in form.grade_roll_up if form_id in other_grades]
    return replace(evaluation, suggestion=roll_up_grades(list(other_grades.values()), anchors))


def standing_grade(recorded_grade: str | None, evaluation: Evaluation) -> Grade:
    """What a form's grade is now: *recorded_grade* (`RECORDED_GRADE_SQL`: moderated, else the inspector's),
    else the suggestion."""
    if recorded_grade:
        try:
            return Grade(recorded_grade)
        except ValueError:
            pass
    return evaluation.suggestion.grade

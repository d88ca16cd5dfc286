"""A roll-up form's suggested grade comes from the file's other forms (catalogue §3.3), not its own answers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.domain.grades import Grade, roll_up_grades
from jicpa_desktop.forms_engine.evaluation import Evaluation


def rolled_up(form: FormDefinition, evaluation: Evaluation, other_grades: Mapping[str, Grade]) -> Evaluation:
    """The evaluation with the roll-up suggestion for a roll-up form; unchanged for any other form.

    *other_grades* maps form id to the grade of that form for the same file (final, else suggested).
    """
    if form.grade_roll_up is None:
        return evaluation
    anchors = [other_grades[form_id] for form_id in form.grade_roll_up if form_id in other_grades]
    return replace(evaluation, suggestion=roll_up_grades(list(other_grades.values()), anchors))


def effective_grade(final_grade: str | None, evaluation: Evaluation) -> Grade:
    """What a form contributes to a roll-up: the inspector's grade, else the suggestion."""
    if final_grade:
        try:
            return Grade(final_grade)
        except ValueError:
            pass
    return evaluation.suggestion.grade

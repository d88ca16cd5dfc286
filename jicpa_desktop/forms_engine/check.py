"""Checking a forms folder as the app would load it: the catalogue, every problem, and advisory warnings."""

from __future__ import annotations

from pathlib import Path

from jicpa_desktop.domain.grades import MINIMUM_SCORED_QUESTIONS
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.forms_engine.hints import listing
from jicpa_desktop.forms_engine.loader import collect_forms_dir
from jicpa_desktop.forms_engine.problems import FormProblem
from jicpa_desktop.forms_engine.scoring import counts_for_grade
from jicpa_desktop.forms_engine.timescales_loader import TIMESCALES_FILE, series_event_problems


def check_forms_dir(path: Path) -> tuple[FormCatalogue | None, list[FormProblem], list[str]]:
    """(catalogue or None, problems, warnings); a folder is good when the problem list is empty."""
    catalogue, problems = collect_forms_dir(Path(path))
    if catalogue is None:
        return None, problems, []
    timescales_path = Path(path) / TIMESCALES_FILE
    if any(t.every is not None for t in catalogue.timescales):
        series = series_event_problems(catalogue.forms, catalogue.timescales,
                                       timescales_path.read_text(encoding="utf-8"), str(timescales_path))
        if series:
            return None, problems + series, []
    return catalogue, problems, warnings_for(catalogue)


def warnings_for(catalogue: FormCatalogue) -> list[str]:
    """Things worth knowing that do not stop the forms loading."""
    warnings: list[str] = []
    drafts = [form.id for form in catalogue.forms if not form.welsh_reviewed]
    if drafts:
        noun = "form" if len(drafts) == 1 else "forms"
        warnings.append(
            f"Welsh is a draft in {len(drafts)} {noun} ({listing(drafts)}): "
            "a Welsh speaker should review them, then set `welsh: reviewed`"
        )
    if catalogue.standard is not None and any(question.label.cy_draft for question in catalogue.standard.questions):
        warnings.append("Welsh is a draft in the standard fields: review them, then set `welsh: reviewed`")
    for form in catalogue.forms:
        scored = sum(1 for question in form.all_questions() if counts_for_grade(question))
        if form.grade_roll_up is None and 0 < scored < MINIMUM_SCORED_QUESTIONS:
            warnings.append(
                f"{form.source_file}: only {scored} scored question(s), "
                "so the suggested grade will always be Insufficient evidence"
            )
    recorded = {event for form in catalogue.forms for event in form.event_dates()}
    for timescale in catalogue.timescales:
        if timescale.every is not None:
            continue  # its events are its first meeting's timescale's, warned about there
        missing = [event for event in (timescale.start, timescale.end) if event not in recorded]
        if missing:
            warnings.append(
                f"timescale {timescale.id}: no form records {listing(missing)} yet "
                f"(add `event: {missing[0]}` to the date question that records it), so it never applies"
            )
    return warnings


def summary(catalogue: FormCatalogue) -> str:
    return f"OK: {len(catalogue)} forms, {catalogue.question_count} questions"

"""Local terms in form text: `{front_door}` says "SPOC" in one area and "MASH" in another, the usual words where
the inspection names none, and a placeholder that is no known term is an error with file, line and fix."""

from __future__ import annotations

import shutil
from pathlib import Path

from jicpa_desktop.domain.local_terms import fill
from jicpa_desktop.forms_engine import bundled_forms_dir, load_forms_dir
from jicpa_desktop.forms_engine.loader import collect_forms_dir
from jicpa_desktop.forms_engine.local_terms import form_with_terms

from .conftest import line_of


def test_a_term_is_the_areas_name_else_the_usual_words() -> None:
    text = "enough information for the {front_door} to decide"
    assert fill(text, {"front_door": "SPOC"}, "en") == "enough information for the SPOC to decide"
    assert fill(text, {}, "en") == "enough information for the front door to decide"
    assert fill("i'r {front_door} benderfynu", {}, "cy") == "i'r drws ffrynt benderfynu"
    assert fill("i'r {front_door} benderfynu", {"front_door": "MASH"}, "cy") == "i'r MASH benderfynu"
    assert fill("{not_a_term} stays", {}, "en") == "{not_a_term} stays"


def test_a_term_that_opens_a_sentence_starts_with_a_capital() -> None:
    assert fill("{front_door} strategy meeting", {}, "en") == "Front door strategy meeting"
    assert fill("{front_door} strategy meeting", {"front_door": "mash"}, "en") == "Mash strategy meeting"
    assert fill("{front_door} strategy meeting", {"front_door": "SPOC"}, "en") == "SPOC strategy meeting"
    assert fill("Cyfarfod. {front_door} newydd", {}, "cy") == "Cyfarfod. Drws ffrynt newydd"
    assert fill("Was it? {risk_model} used", {}, "en") == "Was it? Risk assessment model used"
    assert fill("Line one\n{front_door} here", {}, "en") == "Line one\nFront door here"
    # Inside a sentence, the words as written: "the front door", never "the Front door".
    assert fill("the {front_door}, e.g. {front_door}", {}, "en") == "the front door, e.g. front door"


def test_a_form_with_the_inspections_terms_keeps_its_ids_and_rules() -> None:
    catalogue = load_forms_dir(bundled_forms_dir())
    education = catalogue.get("education_case_audit")
    assert "{front_door}" in education.question("ed_04").label.en  # type: ignore[union-attr]
    local = form_with_terms(education, {"front_door": "SPOC"})
    assert local.question("ed_04").label.en == (  # type: ignore[union-attr]
        "Did the DTR or MARF contain enough information for the SPOC to decide?")
    assert local.question("ed_04").label.cy == (  # type: ignore[union-attr]
        "A oedd digon o wybodaeth yn y DTR neu'r MARF i'r SPOC benderfynu?")
    assert [q.id for q in local.all_questions()] == [q.id for q in education.all_questions()]
    assert local.version == education.version and local.sections[0].questions[0].required == \
        education.sections[0].questions[0].required
    strategy = form_with_terms(catalogue.get("strategy_s47"), {"front_door": "MASH"})
    choice = strategy.question("st_01").choice("within_daily_meeting")  # type: ignore[union-attr]
    assert choice is not None and choice.label.en == "Yes – within the daily MASH or domestic abuse meeting"
    untouched = catalogue.get("voice_of_child")
    assert form_with_terms(untouched, {"front_door": "SPOC"}) is untouched  # nothing to fill: the same object


def test_a_placeholder_that_is_no_local_term_is_located(tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    shutil.copytree(bundled_forms_dir(), folder)
    form = folder / "education_case_audit.yaml"
    form.write_text(form.read_text(encoding="utf-8").replace("for the {front_door} to decide",
                                                            "for the {frontdoor} to decide"), encoding="utf-8")
    catalogue, problems = collect_forms_dir(folder)
    assert catalogue is None and len(problems) == 1
    problem = problems[0]
    assert problem.file == str(form)
    assert problem.line == line_of(form.read_text(encoding="utf-8"), "{frontdoor}")
    assert "{frontdoor} is not a local term" in problem.message and "{front_door}" in problem.fix

"""Loading form files: a good form builds, and every kind of fault is reported with file, line, question and fix."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.form_model import Applicability, EvidenceRule, Section
from jicpa_desktop.domain.principles import Principle
from jicpa_desktop.forms_engine import (
    FormDefinitionError,
    FormProblem,
    load_form_file,
    load_form_text,
    load_forms_dir,
    load_standard_text,
)

from .conftest import FIXTURES, form_yaml, line_of


def standard_section() -> Section:
    section, _ = load_standard_text((FIXTURES / "_standard.yaml").read_text(), "_standard.yaml")
    return section


def problems_of(tmp_path: Path, text: str, name: str = "demo.yaml", standard: Section | None = None) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormDefinitionError) as caught:
        load_form_file(path, standard)
    return [str(problem) for problem in caught.value.problems]


def the_problem(found: list[str], fragment: str) -> str:
    matching = [p for p in found if fragment in p]
    assert len(matching) == 1, f"expected one problem containing {fragment!r}, got: {found}"
    return matching[0]


def test_the_fixture_form_loads_with_defaults_and_the_standard_section() -> None:
    form = load_form_file(FIXTURES / "demo.yaml", standard_section())
    assert form.id == "demo"
    assert form.version == 1
    assert form.order == 2
    assert form.welsh_reviewed is True
    assert form.kinds == ("sampled",)
    assert form.agencies == {
        Agency.CHILDREN_SERVICES: Applicability.ALWAYS,
        Agency.HEALTH: Applicability.WHEN_INVOLVED,
    }
    assert [s.id for s in form.sections] == ["seen", "standard"]
    assert form.sections[-1].standard is True
    seen_01, seen_02, seen_date = form.sections[0].questions
    assert seen_01.required and seen_01.limiting and seen_01.evidence is EvidenceRule.WHEN_NEGATIVE
    assert seen_01.principles == (Principle.PEOPLE, Principle.WELL_BEING)  # inherited from the form
    assert seen_02.principles == (Principle.PEOPLE,)
    assert seen_02.evidence is EvidenceRule.OPTIONAL and not seen_02.required  # defaults
    assert seen_02.help is not None and seen_02.help.cy.startswith("Ar ei ben")
    assert seen_02.source == 'S2:219 "children not seen alone"'
    assert seen_02.relevant == "seen_01 == 'yes' or seen_01 == 'partly'"
    assert seen_date.constraint is not None and seen_date.constraint.message.cy.startswith("Ni all")
    assert form.question("std_risk_unmanaged") is not None
    assert form.source_file.endswith("demo.yaml")


def test_minimal_form_without_standard_section() -> None:
    form = load_form_text(form_yaml("- {id: q1, type: ynp, label: {en: Q, cy: C}}"), "snapshot", None)
    assert [q.id for q in form.questions()] == ["q1"]
    assert form.kinds == ("sampled", "tracked")
    assert form.renamed == {}


def test_plain_yaml_words_stay_text() -> None:
    """YAML would read `id: no` as false and `en: Yes` as true; ids and labels keep the written text."""
    text = form_yaml(
        """
        - id: q1
          type: single
          label: {en: Yes, cy: Ydy}
          choices:
            - {id: no, label: {en: No, cy: Na}}
            - {id: yes, label: {en: 2024, cy: 2024}}
        """
    )
    question = load_form_text(text, "snapshot", None).sections[0].questions[0]
    assert question.label.en == "Yes"
    assert [c.id for c in question.choices] == ["no", "yes"]
    assert question.choices[1].label.en == "2024"


def test_identifying_scored_and_description() -> None:
    text = form_yaml(
        """
        - {id: q1, type: text, label: {en: Role, cy: Rôl}, identifying: true, scored: false}
        - {id: q2, type: yn, label: {en: Q, cy: C}, scored: true}
        """
    ).replace("principles:", "description: {en: About, cy: Am}\nprinciples:")
    form = load_form_text(text, "snapshot", None)
    q1, q2 = form.sections[0].questions
    assert (q1.identifying, q1.scored, q2.identifying, q2.scored) == (True, False, False, True)
    assert form.description is not None and form.description.cy == "Am"


def test_welsh_draft_marks_every_text() -> None:
    text = form_yaml("- {id: q1, type: ynp, label: {en: Q, cy: C}}").replace("welsh: reviewed", "welsh: draft")
    form = load_form_text(text, "snapshot", None)
    assert form.welsh_reviewed is False
    assert form.title.cy_draft and form.sections[0].questions[0].label.cy_draft


# ---- keys --------------------------------------------------------------------------------------


def test_unknown_question_key_names_file_line_question_and_suggests(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - id: q1
          type: ynp
          requried: true
          label: {en: Q, cy: C}
        """
    )
    problem = the_problem(problems_of(tmp_path, text), "requried")
    line = line_of(text, "requried")
    assert problem.startswith(f"{tmp_path / 'demo.yaml'}:{line}: question q1, field 'requried': ")
    assert "unknown key 'requried'" in problem
    assert "did you mean 'required'?" in problem


@pytest.mark.parametrize(
    ("bad_line", "anchor", "fragment", "suggestion"),
    [
        ("titel: {en: T, cy: T}", "titel", "unknown key 'titel' in the form", "did you mean 'title'?"),
        ("sectoins: []", "sectoins", "unknown key 'sectoins' in the form", "did you mean 'sections'?"),
    ],
)
def test_unknown_form_keys(tmp_path: Path, bad_line: str, anchor: str, fragment: str, suggestion: str) -> None:
    text = form_yaml("- {id: q1, type: ynp, label: {en: Q, cy: C}}") + bad_line + "\n"
    problem = the_problem(problems_of(tmp_path, text), fragment)
    assert f"demo.yaml:{line_of(text, anchor)}:" in problem
    assert suggestion in problem


def test_unknown_keys_at_every_level(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - id: q1
          type: single
          label: {en: Q, cy: C, fr: Q}
          choices:
            - {id: a, label: {en: A, cy: A}, negatve: true}
            - {id: b, label: {en: B, cy: B}}
          constraint: {expresion: value == 'a', message: {en: M, cy: N}}
        """
    ).replace("    title: {en: Main, cy: Prif}", "    title: {en: Main, cy: Prif}\n    descripton: x")
    found = problems_of(tmp_path, text)
    assert f":{line_of(text, 'descripton')}:" in the_problem(found, "unknown key 'descripton' in section 'main'")
    assert f":{line_of(text, 'fr: Q')}: question q1, field 'fr'" in the_problem(found, "unknown key 'fr'")
    assert "did you mean 'negative'?" in the_problem(found, "unknown key 'negatve' in a choice of q1")
    constraint = the_problem(found, "unknown key 'expresion'")
    assert "did you mean 'expression'?" in constraint
    assert "missing required key 'expression'" in the_problem(found, "missing required key 'expression'")


def test_missing_required_keys(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - id: q1
          type: ynp
        """
    )
    problem = the_problem(problems_of(tmp_path, text), "missing required key 'label'")
    assert f"demo.yaml:{line_of(text, 'id: q1')}: question q1, field 'label'" in problem
    assert "add `label:`" in problem


def test_missing_form_keys(tmp_path: Path) -> None:
    text = "form: demo\nversion: 1\n"
    found = problems_of(tmp_path, text)
    for key in ("title", "agencies", "sections"):
        assert f"demo.yaml:1: field '{key}': missing required key '{key}' in the form" in the_problem(found, key)


# ---- ids and types -----------------------------------------------------------------------------


def test_id_syntax(tmp_path: Path) -> None:
    text = form_yaml("- {id: Voc-01, type: ynp, label: {en: Q, cy: C}}")
    problem = the_problem(problems_of(tmp_path, text), "question id 'Voc-01' is not valid")
    assert f":{line_of(text, 'Voc-01')}:" in problem
    assert "lower-case letters, digits and _" in problem


def test_form_id_must_match_file_name(tmp_path: Path) -> None:
    text = form_yaml("- {id: q1, type: ynp, label: {en: Q, cy: C}}", form_id="voice_of_child")
    problem = the_problem(problems_of(tmp_path, text, name="voice.yaml"), "does not match the file name")
    assert problem.startswith(f"{tmp_path / 'voice.yaml'}:1: field 'form':")
    assert "rename the file to voice_of_child.yaml or write `form: voice`" in problem


def test_load_form_text_does_not_check_the_file_name() -> None:
    text = form_yaml("- {id: q1, type: ynp, label: {en: Q, cy: C}}", form_id="voice_of_child")
    assert load_form_text(text, "snapshot of voice_of_child v1", None).id == "voice_of_child"


def test_duplicate_question_ids_including_columns(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - {id: q1, type: ynp, label: {en: Q, cy: C}}
        - id: rows
          type: repeat
          label: {en: Rows, cy: Rhesi}
          columns:
            - {id: q1, type: text, label: {en: Q, cy: C}}
        """
    )
    problem = the_problem(problems_of(tmp_path, text), "duplicate question id 'q1'")
    assert f"demo.yaml:{line_of(text, 'id: q1', 2)}: question q1, field 'id'" in problem
    assert f"first used at line {line_of(text, 'id: q1')}" in problem


def test_duplicate_of_a_standard_field(tmp_path: Path) -> None:
    text = form_yaml("- {id: std_form_grade, type: grade, label: {en: G, cy: G}}", standard=True)
    problem = the_problem(problems_of(tmp_path, text, standard=standard_section()), "duplicate question id")
    assert "it is already a standard field" in problem
    assert f":{line_of(text, 'std_form_grade')}:" in problem


def test_std_prefix_is_reserved(tmp_path: Path) -> None:
    text = form_yaml("- {id: std_mine, type: ynp, label: {en: Q, cy: C}}", standard=True)
    problem = the_problem(problems_of(tmp_path, text, standard=standard_section()), "starts with 'std_'")
    assert "kept for the standard fields" in problem


def test_unknown_type_suggests_the_nearest(tmp_path: Path) -> None:
    text = form_yaml("- {id: q1, type: singel, label: {en: Q, cy: C}}")
    problem = the_problem(problems_of(tmp_path, text), "unknown answer type 'singel'")
    assert f":{line_of(text, 'singel')}: question q1, field 'type'" in problem
    assert "did you mean 'single'?" in problem


# ---- choices and repeat groups -----------------------------------------------------------------


def test_single_without_choices(tmp_path: Path) -> None:
    text = form_yaml("- {id: q1, type: multi, label: {en: Q, cy: C}}")
    problem = the_problem(problems_of(tmp_path, text), "a multi question needs choices")
    assert f":{line_of(text, 'id: q1')}: question q1, field 'choices'" in problem
    assert "add `choices:`" in problem


def test_choices_on_another_type(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - id: q1
          type: ynp
          label: {en: Q, cy: C}
          choices:
            - {id: a, label: {en: A, cy: A}}
        """
    )
    problem = the_problem(problems_of(tmp_path, text), "choices are only for single and multi")
    assert f":{line_of(text, 'choices:')}: question q1, field 'choices'" in problem
    assert "ynp has its own fixed answers" in problem


def test_duplicate_choice_ids_and_bad_scores(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - id: q1
          type: single
          label: {en: Q, cy: C}
          choices:
            - {id: a, label: {en: A, cy: A}, score: 2}
            - {id: a, label: {en: B, cy: B}, score: 3}
        """
    )
    found = problems_of(tmp_path, text)
    duplicate = the_problem(found, "duplicate choice id 'a'")
    assert f":{line_of(text, 'score: 3')}:" in duplicate
    assert f"first at line {line_of(text, 'score: 2')}" in duplicate
    assert "use 0 (like No), 1 (like Partly) or 2 (like Yes)" in the_problem(found, "choice score 3")


def test_repeat_without_columns_and_columns_elsewhere(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - {id: rows, type: repeat, label: {en: R, cy: R}}
        - id: q2
          type: text
          label: {en: Q, cy: C}
          columns:
            - {id: c1, type: text, label: {en: C, cy: C}}
        """
    )
    found = problems_of(tmp_path, text)
    assert f":{line_of(text, 'id: rows')}: question rows" in the_problem(found, "a repeat group needs columns")
    assert f":{line_of(text, 'columns:')}: question q2" in the_problem(found, "columns are only for repeat")


def test_nested_repeat(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - id: outer
          type: repeat
          label: {en: O, cy: O}
          columns:
            - id: inner
              type: repeat
              label: {en: I, cy: I}
              columns:
                - {id: c1, type: text, label: {en: C, cy: C}}
        """
    )
    problem = the_problem(problems_of(tmp_path, text), "cannot sit inside another")
    assert f":{line_of(text, 'type: repeat', 2)}: question inner, field 'type'" in problem


# ---- enumerations ------------------------------------------------------------------------------


def test_unknown_agency_principle_evidence_and_applicability(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - id: q1
          type: ynp
          label: {en: Q, cy: C}
          evidence: when_negtive
          principles: [peple]
        """
    ).replace("  children_services: always", "  children_services: sometimes\n  polise: always")
    found = problems_of(tmp_path, text)
    assert "did you mean 'police'?" in the_problem(found, "unknown agency 'polise'")
    assert f":{line_of(text, 'polise')}:" in the_problem(found, "unknown agency 'polise'")
    assert "did you mean 'always'?" not in the_problem(found, "unknown applicability 'sometimes'")
    assert "when_involved" in the_problem(found, "unknown applicability 'sometimes'")
    evidence = the_problem(found, "unknown evidence rule 'when_negtive'")
    assert f":{line_of(text, 'when_negtive')}: question q1, field 'evidence'" in evidence
    assert "did you mean 'when_negative'?" in evidence
    assert "did you mean 'people'?" in the_problem(found, "unknown principle 'peple'")


def test_unknown_kind_and_welsh_state(tmp_path: Path) -> None:
    text = form_yaml("- {id: q1, type: ynp, label: {en: Q, cy: C}}").replace(
        "welsh: reviewed", "welsh: reveiwed\nkinds: [sampled, traced]"
    )
    found = problems_of(tmp_path, text)
    assert "did you mean 'reviewed'?" in the_problem(found, "unknown Welsh state 'reveiwed'")
    assert "did you mean 'tracked'?" in the_problem(found, "unknown case kind 'traced'")


# ---- translations ------------------------------------------------------------------------------


def test_missing_welsh_is_an_error_whose_fix_says_add_cy(tmp_path: Path) -> None:
    text = form_yaml("- {id: q1, type: ynp, label: {en: Was the child seen?}}")
    problem = the_problem(problems_of(tmp_path, text), "missing Welsh translation")
    assert problem.startswith(f"{tmp_path / 'demo.yaml'}:{line_of(text, 'id: q1')}: question q1, field 'label': ")
    assert "add `cy:`" in problem


def test_missing_english_empty_welsh_and_plain_text(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - {id: q1, type: ynp, label: {cy: C}}
        - {id: q2, type: ynp, label: {en: Q, cy: ""}}
        - {id: q3, type: ynp, label: Just English}
        """
    )
    found = problems_of(tmp_path, text)
    assert "question q1, field 'label': missing English text" in the_problem(found, "missing English")
    assert "question q2, field 'label'" in the_problem(found, "missing Welsh")
    assert 'write `label: {en: "…", cy: "…"}`' in the_problem(found, "expected English and Welsh text")


# ---- expressions -------------------------------------------------------------------------------


def test_unknown_question_in_an_expression(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - {id: voc_01, type: ynp, label: {en: Q, cy: C}}
        - {id: voc_07, type: ynp, label: {en: Q, cy: C}, relevant: "voc_99 == 'yes'"}
        """
    )
    problem = the_problem(problems_of(tmp_path, text), "unknown question 'voc_99'")
    assert problem.startswith(
        f"{tmp_path / 'demo.yaml'}:{line_of(text, 'voc_99')}: question voc_07, field 'relevant': "
        "unknown question 'voc_99' — "
    )
    assert "refer to a question of this form (known: voc_01, voc_07)" in problem


def test_expression_syntax_errors_in_every_expression_field(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - id: q1
          type: integer
          label: {en: Q, cy: C}
          relevant: "q2 = 'yes'"
          negative_when: value >
          constraint:
            expression: __import__('os')
            message: {en: M, cy: N}
        - {id: q2, type: ynp, label: {en: Q, cy: C}}
        """
    )
    found = problems_of(tmp_path, text)
    relevant = the_problem(found, "field 'relevant'")
    assert f":{line_of(text, 'relevant:')}:" in relevant and "use '==' to compare at column 4" in relevant
    assert f":{line_of(text, 'negative_when')}:" in the_problem(found, "field 'negative_when'")
    constraint = the_problem(found, "field 'constraint'")
    assert f":{line_of(text, '__import__')}:" in constraint and "unknown function '__import__'" in constraint


def test_column_references(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - id: episodes
          type: repeat
          label: {en: Episodes, cy: Episodau}
          columns:
            - {id: ep_date, type: date, label: {en: D, cy: D}}
            - {id: ep_found, type: yn, label: {en: F, cy: F}, relevant: "ep_date != null and q0 == 'yes'"}
        - {id: q0, type: yn, label: {en: Q, cy: C}}
        - {id: q1, type: ynp, label: {en: Q, cy: C}, relevant: "ep_found == 'yes'"}
        - {id: q2, type: ynp, label: {en: Q, cy: C}, relevant: "count(episodes) > 0"}
        """
    )
    problem = the_problem(problems_of(tmp_path, text), "is a column of repeat group 'episodes'")
    assert f":{line_of(text, 'id: q1')}: question q1, field 'relevant'" in problem
    assert "count(episodes)" in problem


def test_static_type_and_choice_errors(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - {id: q1, type: ynp, label: {en: Q, cy: C}}
        - {id: q2, type: date, label: {en: Q, cy: C}, relevant: "q2b > 'soon'"}
        - {id: q2b, type: date, label: {en: Q, cy: C}, relevant: "q1 == 'yess'"}
        - {id: q3, type: integer, label: {en: Q, cy: C}, negative_when: "value + 1"}
        - {id: q4, type: ynp, label: {en: Q, cy: C}, relevant: "value == 'yes'"}
        """
    )
    found = problems_of(tmp_path, text)
    assert "'>' compares date with text (q2b is a date question)" in the_problem(found, "question q2,")
    choice = the_problem(found, "'yess' is not a choice of q1")
    assert "choices: yes, partly, no, not_applicable" in choice
    assert "the rule gives number, not true/false" in the_problem(found, "question q3,")
    assert "`value` means the answer being checked" in the_problem(found, "question q4,")


def test_relevance_cycles(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - {id: q1, type: ynp, label: {en: Q, cy: C}, relevant: "q2 == 'yes'"}
        - {id: q2, type: ynp, label: {en: Q, cy: C}, relevant: "q1 == 'yes'"}
        - {id: q3, type: ynp, label: {en: Q, cy: C}, relevant: "q3 == 'yes'"}
        """
    )
    found = problems_of(tmp_path, text)
    assert "q1 → q2 → q1" in the_problem(found, "q1 → q2")
    assert f":{line_of(text, 'id: q3')}: question q3" in the_problem(found, "q3 → q3")


def test_a_cycle_through_the_standard_fields_is_reported_on_the_form(tmp_path: Path) -> None:
    """std_risk_unmanaged is shown when a ★ question is No; a ★ question shown by it closes a circle."""
    text = form_yaml(
        "- {id: q1, type: ynp, label: {en: Q, cy: C}, limiting: true, relevant: \"std_risk_unmanaged == 'no'\"}",
        standard=True,
    )
    problem = the_problem(problems_of(tmp_path, text, standard=standard_section()), "circle")
    assert f"demo.yaml:{line_of(text, 'id: q1')}: question q1, field 'relevant'" in problem
    assert "q1 → std_risk_unmanaged → q1" in problem


def test_scored_true_needs_a_way_to_score(tmp_path: Path) -> None:
    text = form_yaml("- {id: q1, type: text, label: {en: Q, cy: C}, scored: true}")
    assert "add `negative_when:`" in the_problem(problems_of(tmp_path, text), "would always score 2")


# ---- version and renamed -----------------------------------------------------------------------


@pytest.mark.parametrize(("written", "fragment"), [("0", "version must be a version of 1 or more"),
                                                   ("one", "expected a whole number"),
                                                   ("1.5", "expected a whole number"),
                                                   ("true", "expected a whole number")])  # fmt: skip
def test_version_is_a_positive_whole_number(tmp_path: Path, written: str, fragment: str) -> None:
    text = form_yaml("- {id: q1, type: ynp, label: {en: Q, cy: C}}").replace("version: 1", f"version: {written}")
    problem = the_problem(problems_of(tmp_path, text), fragment)
    assert problem.startswith(f"{tmp_path / 'demo.yaml'}:2: field 'version': ")


def test_renamed_targets_must_exist(tmp_path: Path) -> None:
    text = (
        form_yaml(
            """
        - {id: q1, type: ynp, label: {en: Q, cy: C}}
        - {id: q2, type: ynp, label: {en: Q, cy: C}}
        """
        )
        + "renamed:\n  old_1: q1\n  old_9: q9\n  q2: q1\n"
    )
    found = problems_of(tmp_path, text)
    missing = the_problem(found, "which is not a question of this form")
    assert f":{line_of(text, 'old_9')}: field 'renamed'" in missing and "the new id must be a question" in missing
    assert "'q2' is renamed but is still a question" in the_problem(found, "still a question")
    assert not any("old_1" in p for p in found)


# ---- YAML itself -------------------------------------------------------------------------------


def test_duplicate_yaml_keys(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - id: q1
          type: ynp
          label: {en: Q, cy: C}
          required: true
          required: false
        """
    )
    problem = the_problem(problems_of(tmp_path, text), "duplicate key 'required'")
    assert f"demo.yaml:{line_of(text, 'required: false')}:" in problem
    assert f"first written at line {line_of(text, 'required: true')}" in problem


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    text = "form: demo\nversion: 1\ntitle: {en: T, cy: T\nagencies: {}\n"
    problem = the_problem(problems_of(tmp_path, text), "the YAML cannot be read")
    assert problem.startswith(f"{tmp_path / 'demo.yaml'}:4: the YAML cannot be read: did not find expected ','")
    assert "correct the YAML syntax" in problem


def test_yaml_tags_are_refused(tmp_path: Path) -> None:
    text = form_yaml("- {id: q1, type: ynp, label: {en: !!python/object:os.system Q, cy: C}}")
    problem = the_problem(problems_of(tmp_path, text), "YAML tag")
    assert f":{line_of(text, 'python/object')}:" in problem and "remove the tag" in problem


def test_empty_file_and_wrong_shape(tmp_path: Path) -> None:
    assert "the file is empty" in the_problem(problems_of(tmp_path, ""), "empty")
    assert "expected a mapping" in the_problem(problems_of(tmp_path, "- a\n- b\n"), "mapping")


def test_every_problem_of_a_file_is_collected(tmp_path: Path) -> None:
    text = form_yaml(
        """
        - {id: q1, type: ynp, requried: true, label: {en: Q}}
        - {id: q2, type: singel, label: {en: Q, cy: C}, relevant: "q99 == 'x'"}
        """
    )
    found = problems_of(tmp_path, text)
    assert len(found) == 4
    message = str(FormDefinitionError([FormProblem("f.yaml", 1, "m", "x")] * 2))
    assert message.startswith("2 problems in form definitions:\n  f.yaml:1: m — x")


# ---- folders -----------------------------------------------------------------------------------


def test_problems_of_several_files_are_collected_together(forms_dir: Path) -> None:
    (forms_dir / "alpha.yaml").write_text(form_yaml("- {id: a1, type: ynp, label: {en: A}}", form_id="alpha"))
    (forms_dir / "beta.yaml").write_text(form_yaml("- {id: b1, type: ynpp, label: {en: B, cy: B}}", form_id="beta"))
    with pytest.raises(FormDefinitionError) as caught:
        load_forms_dir(forms_dir)
    files = {Path(p.file).name for p in caught.value.problems}
    assert files == {"alpha.yaml", "beta.yaml"}
    assert "alpha.yaml" in str(caught.value) and "beta.yaml" in str(caught.value)


def test_duplicate_form_ids_across_files(forms_dir: Path) -> None:
    (forms_dir / "copy.yaml").write_text((forms_dir / "demo.yaml").read_text())
    with pytest.raises(FormDefinitionError) as caught:
        load_forms_dir(forms_dir)
    messages = [str(p) for p in caught.value.problems]
    assert any("form id 'demo' is also used by" in m for m in messages)
    assert any("does not match the file name 'copy'" in m for m in messages)


def test_folder_without_standard_needs_forms_that_do_not_ask_for_it(tmp_path: Path) -> None:
    (tmp_path / "demo.yaml").write_text(form_yaml("- {id: q1, type: ynp, label: {en: Q, cy: C}}"))
    assert load_forms_dir(tmp_path).standard is None
    (tmp_path / "other.yaml").write_text(
        form_yaml("- {id: q1, type: ynp, label: {en: Q, cy: C}}", form_id="other", standard=True)
    )
    with pytest.raises(FormDefinitionError) as caught:
        load_forms_dir(tmp_path)
    (problem,) = caught.value.problems
    assert problem.file.endswith("other.yaml") and problem.field == "standard"
    assert "there is no _standard.yaml" in problem.message
    assert "`standard: false`" in problem.fix


def test_a_broken_standard_file_is_reported_once(forms_dir: Path) -> None:
    (forms_dir / "_standard.yaml").write_text("standard: 1\nsections:\n  - id: standard\n    titel: x\n")
    with pytest.raises(FormDefinitionError) as caught:
        load_forms_dir(forms_dir)
    files = {Path(p.file).name for p in caught.value.problems}
    assert files == {"_standard.yaml"}


def test_standard_file_rules(tmp_path: Path) -> None:
    text = textwrap.dedent(
        """\
        standard: 1
        sections:
          - id: standard
            title: {en: S, cy: S}
            questions:
              - {id: risk, type: yn, label: {en: R, cy: R}}
          - id: more
            title: {en: M, cy: M}
            questions:
              - {id: std_more, type: yn, label: {en: R, cy: R}}
        """
    )
    with pytest.raises(FormDefinitionError) as caught:
        load_standard_text(text, "_standard.yaml")
    messages = [str(p) for p in caught.value.problems]
    assert any("_standard.yaml:2: field 'sections': the standard fields file has 2 sections" in m for m in messages)
    assert any("_standard.yaml:6: question risk, field 'id': standard field 'risk' does not start with 'std_'" in m
               for m in messages)  # fmt: skip


def test_standard_text_gives_section_and_version() -> None:
    section, version = load_standard_text((FIXTURES / "_standard.yaml").read_text(), "_standard.yaml")
    assert version == 2
    assert section.standard and section.id == "standard"
    assert [q.id for q in section.questions] == ["std_risk_unmanaged", "std_escalate_now", "std_form_grade"]


def test_round_trip_from_source_text(forms_dir: Path) -> None:
    catalogue = load_forms_dir(forms_dir)
    standard, version = load_standard_text(catalogue.standard_text, "stored standard")
    assert version == catalogue.standard_version == 2
    reloaded = load_form_text(catalogue.source_text("demo"), "stored demo v1", standard)
    original = catalogue.get("demo")
    assert reloaded.sections == original.sections
    assert (reloaded.id, reloaded.version, reloaded.agencies) == (original.id, original.version, original.agencies)


def test_load_form_text_needs_the_standard_section_when_the_form_asks_for_it() -> None:
    text = form_yaml("- {id: q1, type: ynp, label: {en: Q, cy: C}}", standard=True)
    with pytest.raises(FormDefinitionError, match="asks for the standard fields"):
        load_form_text(text, "snapshot", None)


_ODD_VALUES = [
    "3",
    "[1, 2]",
    "{a: 1}",
    '"x"',
    "null",
    "",
    "true",
    "[]",
    "{}",
    "-1",
    "2024-01-01",
    "[{id: x}]",
    "&a [*a]",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=200), st.sampled_from(_ODD_VALUES)), max_size=4))
def test_a_damaged_form_gives_problems_never_a_crash(damage: list[tuple[int, str]]) -> None:
    """Whatever value lands under whatever key, loading ends in a FormDefinitionError or a form."""
    lines = (FIXTURES / "demo.yaml").read_text().splitlines()
    for index, value in damage:
        position = index % len(lines)
        key = lines[position].split(":", 1)[0]
        lines[position] = f"{key}: {value}"
    try:
        load_form_text("\n".join(lines), "damaged", standard_section())
    except FormDefinitionError as error:
        assert error.problems

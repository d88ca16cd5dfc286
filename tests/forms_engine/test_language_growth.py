"""The form language's newer keys: question `agencies:`, `defaults:`, roles, events and `na_reason:`.

Every fault is reported with the file, the line, the question and field, and how to fix it.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.form_model import EvidenceRule, NaReason
from jicpa_desktop.domain.principles import Principle
from jicpa_desktop.domain.roles import Role
from jicpa_desktop.forms_engine import (
    FormDefinitionError,
    ResponseState,
    RowState,
    evaluate,
    load_form_file,
    load_form_text,
    load_forms_dir,
    load_standard_text,
)
from jicpa_desktop.forms_engine.loader import collect_forms_dir

from .conftest import FIXTURES, line_of

HEAD = """\
form: demo
version: 1
welsh: reviewed
title: {en: Test form, cy: Ffurflen brawf}
agencies:
  children_services: always
  police: always
  health: when_involved
principles: [people]
standard: false
"""


def write(tmp_path: Path, text: str, name: str = "demo.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(FormDefinitionError) as caught:
        load_form_file(path, None)
    return [str(problem) for problem in caught.value.problems]


def one(found: list[str], fragment: str) -> str:
    matching = [p for p in found if fragment in p]
    assert len(matching) == 1, f"expected one problem containing {fragment!r}, got: {found}"
    return matching[0]


# -- defaults --------------------------------------------------------------------------------------


def test_form_and_section_defaults_apply_and_a_question_key_wins(tmp_path: Path) -> None:
    text = HEAD + """\
defaults: {required: true, evidence: when_negative}
sections:
  - id: a
    title: {en: A, cy: A}
    defaults: {evidence: always, principles: [prevention], na_reason: required}
    questions:
      - {id: q1, type: ynp, label: {en: Q1, cy: C1}}
      - {id: q2, type: ynp, label: {en: Q2, cy: C2}, required: false, evidence: optional}
      - {id: q3, type: text, label: {en: Q3, cy: C3}}
  - id: b
    title: {en: B, cy: B}
    questions:
      - {id: q4, type: ynp, label: {en: Q4, cy: C4}}
"""
    form = load_form_file(write(tmp_path, text), None)
    q1, q2, q3, q4 = (form.question(q) for q in ("q1", "q2", "q3", "q4"))
    assert q1 is not None and q2 is not None and q3 is not None and q4 is not None
    assert (q1.required, q1.evidence, q1.principles, q1.na_reason) == (
        True, EvidenceRule.ALWAYS, (Principle.PREVENTION,), NaReason.REQUIRED)
    assert (q2.required, q2.evidence) == (False, EvidenceRule.OPTIONAL)
    assert q3.na_reason is NaReason.OPTIONAL  # text has no Not applicable: the default does not reach it
    assert (q4.required, q4.evidence, q4.principles, q4.na_reason) == (
        True, EvidenceRule.WHEN_NEGATIVE, (Principle.PEOPLE,), NaReason.OPTIONAL)


def test_unknown_default_key_is_located_with_a_suggestion(tmp_path: Path) -> None:
    text = HEAD + """\
defaults: {requried: true}
sections:
  - id: a
    title: {en: A, cy: A}
    defaults: {evidense: always}
    questions:
      - {id: q1, type: ynp, label: {en: Q1, cy: C1}}
"""
    path = write(tmp_path, text)
    found = problems(path)
    form_level = one(found, "'requried'")
    assert form_level.startswith(f"{path}:{line_of(text, 'requried')}: field 'requried': unknown key")
    assert "in the defaults of the form" in form_level and "required" in form_level.split("—")[1]
    section_level = one(found, "'evidense'")
    assert section_level.startswith(f"{path}:{line_of(text, 'evidense')}:")
    assert "the defaults of section 'a'" in section_level and "evidence" in section_level.split("—")[1]


def test_a_bad_default_value_is_located(tmp_path: Path) -> None:
    text = HEAD + """\
defaults: {evidence: sometimes}
sections:
  - id: a
    title: {en: A, cy: A}
    questions:
      - {id: q1, type: ynp, label: {en: Q1, cy: C1}}
"""
    path = write(tmp_path, text)
    problem = one(problems(path), "unknown evidence rule 'sometimes'")
    assert problem.startswith(f"{path}:{line_of(text, 'sometimes')}: field 'evidence':")


# -- question agencies -----------------------------------------------------------------------------

AGENCY_FORM = HEAD + """\
sections:
  - id: a
    title: {en: A, cy: A}
    defaults: {required: true}
    questions:
      - {id: q1, type: ynp, label: {en: Q1, cy: C1}}
      - {id: q_police, type: ynp, label: {en: P, cy: P}, agencies: [police]}
      - id: rows
        type: repeat
        label: {en: Rows, cy: Rhesi}
        agencies: [health]
        columns:
          - {id: rows_note, type: text, label: {en: N, cy: N}}
"""


def test_a_question_for_other_agencies_is_not_shown_required_or_counted(tmp_path: Path) -> None:
    form = load_form_file(write(tmp_path, AGENCY_FORM), None)
    police = form.question("q_police")
    assert police is not None and police.agencies == (Agency.POLICE,)
    health = evaluate(form, ResponseState(answers={"q1": "yes"}, agency="health"))
    assert not health.is_relevant("q_police")
    assert ("q_police", None) not in health.required_missing
    assert health.relevant_count == 1  # q1 only; the group's rows are none yet
    on_police = evaluate(form, ResponseState(answers={"q1": "yes"}, agency="police"))
    assert on_police.is_relevant("q_police") and ("q_police", None) in on_police.required_missing
    assert not on_police.is_relevant("rows")
    # An answer left from before is not counted either (it stays stored: nothing saved is lost).
    stale = evaluate(form, ResponseState(answers={"q1": "yes", "q_police": "no"}, agency="health"))
    assert ("q_police", None) not in stale.negative and stale.answered_count == 1
    # Columns of a group narrowed to health are hidden with it.
    rows = ResponseState(rows={"rows": [RowState("r1", {"rows_note": "x"})]}, agency="police")
    assert not evaluate(form, rows).is_relevant("rows_note", "r1")
    # Without an agency (a form looked at outside any file) every question shows.
    assert evaluate(form, ResponseState()).is_relevant("q_police")


def test_question_agencies_must_be_agencies_the_form_is_offered_to(tmp_path: Path) -> None:
    text = AGENCY_FORM.replace("agencies: [police]", "agencies: [education]")
    path = write(tmp_path, text)
    problem = one(problems(path), "not offered to")
    assert problem.startswith(f"{path}:{line_of(text, 'agencies: [education]')}: question q_police, field 'agencies':")
    assert "education" in problem and "children_services, police, health" in problem


def test_unknown_and_empty_question_agencies(tmp_path: Path) -> None:
    text = AGENCY_FORM.replace("agencies: [police]", "agencies: [polce]").replace("agencies: [health]",
                                                                                  "agencies: []")
    path = write(tmp_path, text)
    found = problems(path)
    unknown = one(found, "unknown agency code 'polce'")
    assert unknown.startswith(f"{path}:{line_of(text, 'polce')}: question q_police")
    assert "police" in unknown.split("—")[1]
    empty = one(found, "no agencies")
    assert empty.startswith(f"{path}:{line_of(text, 'agencies: []')}: question rows, field 'agencies':")


# -- roles -----------------------------------------------------------------------------------------


def test_roles_are_read_by_the_code(tmp_path: Path) -> None:
    text = HEAD + """\
sections:
  - id: a
    title: {en: A, cy: A}
    questions:
      - {id: grade_q, type: grade, label: {en: G, cy: G}, role: overall_judgement}
      - {id: esc, type: yn, label: {en: E, cy: E}, role: escalation}
"""
    form = load_form_file(write(tmp_path, text), None)
    judgement = form.with_role(Role.OVERALL_JUDGEMENT)
    escalation = form.with_role(Role.ESCALATION)
    assert judgement is not None and judgement.id == "grade_q"
    assert escalation is not None and escalation.id == "esc"
    assert form.with_role(Role.STRENGTHS) is None


def test_role_with_the_wrong_answer_type(tmp_path: Path) -> None:
    text = HEAD + """\
sections:
  - id: a
    title: {en: A, cy: A}
    questions:
      - {id: g, type: ynp, label: {en: G, cy: G}, role: overall_judgement}
"""
    path = write(tmp_path, text)
    problem = one(problems(path), "the role 'overall_judgement'")
    assert problem.startswith(f"{path}:{line_of(text, 'role: overall')}: question g, field 'role':")
    assert "needs a grade question, not ynp" in problem and "change the type to grade" in problem


def test_duplicate_role_in_one_form(tmp_path: Path) -> None:
    text = HEAD + """\
sections:
  - id: a
    title: {en: A, cy: A}
    questions:
      - {id: e1, type: yn, label: {en: E, cy: E}, role: escalation}
      - {id: e2, type: yn, label: {en: E, cy: E}, role: escalation}
"""
    path = write(tmp_path, text)
    problem = one(problems(path), "already played by e1")
    assert problem.startswith(f"{path}:{line_of(text, 'id: e2')}: question e2, field 'role':")
    assert "give each role to one question" in problem


def test_unknown_role_suggests_the_known_one(tmp_path: Path) -> None:
    text = HEAD + """\
sections:
  - id: a
    title: {en: A, cy: A}
    questions:
      - {id: e1, type: yn, label: {en: E, cy: E}, role: escalate}
"""
    path = write(tmp_path, text)
    problem = one(problems(path), "unknown role 'escalate'")
    assert problem.startswith(f"{path}:{line_of(text, 'role: escalate')}: question e1, field 'role':")
    assert "escalation" in problem.split("—")[1]


def test_a_roll_up_form_without_its_overall_judgement_role(tmp_path: Path) -> None:
    text = HEAD + """\
grade_roll_up: []
sections:
  - id: a
    title: {en: A, cy: A}
    questions:
      - {id: g, type: grade, label: {en: G, cy: G}}
"""
    path = write(tmp_path, text)
    problem = one(problems(path), "must have a question with the role 'overall_judgement'")
    assert problem.startswith(f"{path}:{line_of(text, 'grade_roll_up')}: field 'role':")
    assert "add `role: overall_judgement` to its grade question" in problem


def test_standard_fields_must_play_escalation_and_a_form_may_not_take_it_again(tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    standard = (FIXTURES / "_standard.yaml").read_text().replace("        role: escalation\n", "")
    (folder / "_standard.yaml").write_text(standard)
    shutil.copy(FIXTURES / "demo.yaml", folder / "demo.yaml")
    _, found = collect_forms_dir(folder)
    messages = [str(p) for p in found]
    problem = one(messages, "no standard field plays the role 'escalation'")
    assert problem.startswith(f"{folder / '_standard.yaml'}:{line_of(standard, '- id: standard')}: field 'role':")
    # A form's own question may not take a role the standard fields already play.
    (folder / "_standard.yaml").write_text((FIXTURES / "_standard.yaml").read_text())
    text = HEAD.replace("standard: false", "standard: true") + """\
sections:
  - id: a
    title: {en: A, cy: A}
    questions:
      - {id: mine, type: yn, label: {en: E, cy: E}, role: escalation}
"""
    (folder / "demo.yaml").write_text(text)
    _, found = collect_forms_dir(folder)
    problem = one([str(p) for p in found], "already played by std_escalate_now in the standard fields")
    assert problem.startswith(f"{folder / 'demo.yaml'}:{line_of(text, 'id: mine')}: question mine, field 'role':")


def test_a_stored_definition_from_before_roles_keeps_its_old_roles() -> None:
    """A snapshot written before forms declared roles still escalates and rolls up as it did."""
    standard_text = (FIXTURES / "_standard.yaml").read_text().replace("        role: escalation\n", "").replace(
        "        role: risk_unmanaged\n", "")
    section, _ = load_standard_text(standard_text, "stored")
    assert {q.id: q.role for q in section.questions}["std_escalate_now"] == Role.ESCALATION
    text = HEAD.replace("form: demo", "form: overall_case_judgement") + """\
grade_roll_up: []
sections:
  - id: a
    title: {en: A, cy: A}
    questions:
      - {id: oj_01, type: grade, label: {en: G, cy: G}}
"""
    form = load_form_text(text, "stored overall v1", section)
    judgement = form.with_role(Role.OVERALL_JUDGEMENT)
    assert judgement is not None and judgement.id == "oj_01"


# -- events and N/A reasons ------------------------------------------------------------------------


def test_event_only_on_a_date_question(tmp_path: Path) -> None:
    text = HEAD + """\
sections:
  - id: a
    title: {en: A, cy: A}
    questions:
      - {id: d1, type: date, label: {en: D, cy: D}, event: strategy_discussion}
      - {id: d2, type: text, label: {en: D, cy: D}, event: icpc}
"""
    path = write(tmp_path, text)
    problem = one(problems(path), "only a date (or datetime) question can record an event")
    assert problem.startswith(f"{path}:{line_of(text, 'event: icpc')}: question d2, field 'event':")
    good = write(tmp_path, text.replace("type: text, label: {en: D, cy: D}, event: icpc",
                                        "type: date, label: {en: D, cy: D}, event: icpc"), "demo.yaml")
    form = load_form_file(good, None)
    assert {event: q.id for event, q in form.event_dates().items()} == {"strategy_discussion": "d1", "icpc": "d2"}


def test_na_reason_is_a_gap_until_written(tmp_path: Path) -> None:
    text = HEAD + """\
sections:
  - id: a
    title: {en: A, cy: A}
    questions:
      - {id: q1, type: ynp, label: {en: Q, cy: C}, na_reason: required}
"""
    form = load_form_file(write(tmp_path, text), None)
    missing = evaluate(form, ResponseState(answers={"q1": "not_applicable"}))
    assert missing.na_reason_missing == (("q1", None),) and not missing.complete
    given = evaluate(form, ResponseState(answers={"q1": "not_applicable"}, evidence={("q1", None): "No plan yet"}))
    assert given.na_reason_missing == () and given.complete
    assert evaluate(form, ResponseState(answers={"q1": "yes"})).complete


def test_na_reason_refused_where_it_cannot_be_given(tmp_path: Path) -> None:
    text = HEAD + """\
sections:
  - id: a
    title: {en: A, cy: A}
    questions:
      - {id: t, type: text, label: {en: T, cy: T}, na_reason: required}
      - {id: q, type: ynp, label: {en: Q, cy: C}, na_reason: required, evidence: none}
"""
    path = write(tmp_path, text)
    found = problems(path)
    text_problem = one(found, "has no Not applicable answer")
    assert text_problem.startswith(f"{path}:{line_of(text, 'id: t,')}: question t, field 'na_reason':")
    none_problem = one(found, "needs a note to hold the reason")
    assert none_problem.startswith(f"{path}:{line_of(text, 'id: q,')}: question q, field 'na_reason':")


def test_bundled_forms_declare_the_roles_the_app_reads() -> None:
    from jicpa_desktop.forms_engine import bundled_forms_dir

    catalogue = load_forms_dir(bundled_forms_dir())
    judgement_forms = [f.id for f in catalogue if f.with_role(Role.OVERALL_JUDGEMENT) is not None]
    assert judgement_forms == ["overall_case_judgement"]
    for form in catalogue:
        if form.is_inspection_level:
            # A meeting observation has no file to escalate: it is named by the meeting's type instead.
            assert form.with_role(Role.ESCALATION) is None, form.id
            kind = form.with_role(Role.MEETING_KIND)
            assert kind is not None and kind.type == "single", form.id
            continue
        escalation = form.with_role(Role.ESCALATION)
        assert escalation is not None and escalation.type == "yn", form.id
    assert [f.id for f in catalogue if f.is_inspection_level] == ["meeting_observation"]
    voice = catalogue.get("voice_of_child")
    police_only = [q.id for q in voice.all_questions() if q.agencies == (Agency.POLICE,)]
    assert police_only == ["voc_17"]

"""Answers through the real store: every type round-trips, bad values are refused, all is audited."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.services.errors import NotFoundError, UserError
from tests.encrypted_db import connect_raw


@pytest.fixture
def case_id(typed_services: AppServices) -> str:
    inspection = typed_services.inspections.create(
        name="Typed", local_authority="Testshire", start="2024-01-15", end="2024-01-19",
        enabled_forms=["all_types"],
    )
    return typed_services.cases.add(inspection, reference="TST24-01", agency="children_services", kind="sampled")


ROUND_TRIPS = [
    ("q_ynp", "partly", "partly"),
    ("q_yn", "yes", "yes"),
    ("q_yn_na", "not_applicable", "not_applicable"),
    ("q_grade", "requires_improvement", "requires_improvement"),
    ("q_date", "2024-01-15", dt.date(2024, 1, 15)),
    ("q_int", "4", 4),
    ("q_pct", "87.5", 87.5),
    ("q_scale", 7, 7),
    ("q_single", "none_needed", "none_needed"),
    ("q_multi", "online_harm, neglect", ["neglect", "online_harm"]),
    ("q_text", "=HYPERLINK(\"x\") and ŵ ŷ", "=HYPERLINK(\"x\") and ŵ ŷ"),
]


@pytest.mark.parametrize(("question", "given", "expected"), ROUND_TRIPS)
def test_every_answer_type_round_trips_through_a_reopened_store(
    typed_services: AppServices, case_id: str, question: str, given: object, expected: object,
    all_types_catalogue: object,
) -> None:
    saved = typed_services.answers.set_answer(case_id, "all_types", question, given)
    assert saved.changed
    db_path = typed_services.db_path
    typed_services.close()
    reopened = build_services(db_path, catalogue=typed_services.context.catalogue)
    try:
        view = reopened.answers.load(case_id, "all_types")
        assert view.state.answers[question] == expected
    finally:
        reopened.close()


def test_repeat_group_rows_add_answer_move_remove(typed_services: AppServices, case_id: str) -> None:
    answers = typed_services.answers
    first = answers.add_row(case_id, "all_types", "q_people")
    second = answers.add_row(case_id, "all_types", "q_people")
    answers.set_answer(case_id, "all_types", "q_people_role", "child", row_id=first)
    answers.set_answer(case_id, "all_types", "q_people_role", "parent", row_id=second)
    answers.set_answer(case_id, "all_types", "q_people_date", "2024-01-16", row_id=second)
    answers.move_row(case_id, "all_types", second, 0)
    rows = answers.load(case_id, "all_types").state.rows["q_people"]
    assert [r.row_id for r in rows] == [second, first]
    assert rows[0].cells == {"q_people_role": "parent", "q_people_date": dt.date(2024, 1, 16)}
    answers.remove_row(case_id, "all_types", second)
    rows = answers.load(case_id, "all_types").state.rows["q_people"]
    assert [r.row_id for r in rows] == [first]
    with pytest.raises(UserError, match="repeat group"):
        answers.set_answer(case_id, "all_types", "q_people_role", "child")
    with pytest.raises(NotFoundError):
        answers.set_answer(case_id, "all_types", "q_people_role", "child", row_id=second)


@pytest.mark.parametrize(
    ("question", "value", "message"),
    [
        ("q_ynp", "maybe", "not one of the choices"),
        ("q_date", "15/01/2024", "YYYY-MM-DD"),
        ("q_int", "2.5", "whole number"),
        ("q_int", "-1", "whole number"),
        ("q_pct", "120", "from 0 to 100"),
        ("q_scale", "11", "from 0 to 10"),
        ("q_single", "sometimes", "not one of the choices"),
        ("q_multi", "neglect, unicorns", "not one of the choices"),
        ("q_pct", "5", "below 10% must be checked"),  # the form's own constraint and message
    ],
)
def test_bad_values_are_refused_and_the_saved_answer_is_kept(
    typed_services: AppServices, case_id: str, question: str, value: str, message: str
) -> None:
    good = {"q_ynp": "yes", "q_date": "2024-01-01", "q_int": "1", "q_pct": "50", "q_scale": "5",
            "q_single": "standalone", "q_multi": "neglect"}[question]
    typed_services.answers.set_answer(case_id, "all_types", question, good)
    before = typed_services.answers.load(case_id, "all_types").state.answers[question]
    with pytest.raises(UserError, match=message):
        typed_services.answers.set_answer(case_id, "all_types", question, value)
    assert typed_services.answers.load(case_id, "all_types").state.answers[question] == before


def test_unknown_question_and_wrong_agency_are_explained(typed_services: AppServices, case_id: str) -> None:
    with pytest.raises(NotFoundError, match="no question 'q_nope'"):
        typed_services.answers.set_answer(case_id, "all_types", "q_nope", "yes")
    inspection = typed_services.cases.get(case_id).inspection_id
    education = typed_services.cases.add(inspection, reference="TST24-02", agency="education", kind="sampled")
    with pytest.raises(UserError, match="not used for education"):
        typed_services.answers.set_answer(education, "all_types", "q_ynp", "yes")


def test_every_change_writes_an_audit_event_with_old_and_new(typed_services: AppServices, case_id: str) -> None:
    answers = typed_services.answers
    answers.set_answer(case_id, "all_types", "q_ynp", "yes")
    answers.set_answer(case_id, "all_types", "q_ynp", "no", evidence="Not seen alone in the period.")
    answers.set_answer(case_id, "all_types", "q_ynp", "no")  # unchanged: no event
    answers.set_answer(case_id, "all_types", "q_ynp", "")  # cleared
    with connect_raw(typed_services.db_path) as connection:
        events = connection.execute(
            "SELECT action, field, old_json, new_json, actor FROM audit_event "
            "WHERE entity = 'answer' ORDER BY at, rowid"
        ).fetchall()
    assert [(e[1], e[2], e[3]) for e in events] == [
        ("all_types.q_ynp", None, '"yes"'),
        ("all_types.q_ynp", '"yes"', '"no"'),
        ("all_types.q_ynp.evidence", None, json.dumps("Not seen alone in the period.")),
        ("all_types.q_ynp", '"no"', None),
    ]
    assert {e[4] for e in events} == {"Inspector Test"}


def test_skip_logic_and_evidence_show_in_the_evaluation(typed_services: AppServices, case_id: str) -> None:
    answers = typed_services.answers
    answers.set_answer(case_id, "all_types", "q_ynp", "yes")
    evaluation = answers.load(case_id, "all_types").evaluation
    assert not evaluation.is_relevant("q_follow")
    answers.set_answer(case_id, "all_types", "q_ynp", "no")
    evaluation = answers.load(case_id, "all_types").evaluation
    assert evaluation.is_relevant("q_follow")
    assert ("q_follow", None) in evaluation.required_missing
    assert ("q_ynp", None) in evaluation.evidence_missing
    answers.set_evidence(case_id, "all_types", "q_ynp", "No visit recorded in six months.")
    assert ("q_ynp", None) not in answers.load(case_id, "all_types").evaluation.evidence_missing


def test_grade_override_needs_a_reason_and_records_the_suggestion(typed_services: AppServices, case_id: str) -> None:
    answers = typed_services.answers
    for question in ("q_ynp", "q_second", "q_third"):
        answers.set_answer(case_id, "all_types", question, "yes")
    view = answers.load(case_id, "all_types")
    assert view.evaluation.suggestion.grade.value == "good"
    with pytest.raises(UserError, match="give a reason"):
        answers.set_grade(case_id, "all_types", "outstanding")
    graded = answers.set_grade(case_id, "all_types", "outstanding", "Impact: child now attends school daily.")
    assert graded.final_grade == "outstanding" and not graded.needs_moderation
    view = answers.load(case_id, "all_types")
    assert (view.final_grade, view.recorded_suggestion) == ("outstanding", "good")
    two_bands = answers.set_grade(case_id, "all_types", "inadequate", "Risk missed by all agencies.")
    assert two_bands.needs_moderation
    answers.set_answer(case_id, "all_types", "q_ynp", "no")  # limiting No caps the suggestion
    assert answers.load(case_id, "all_types").evaluation.suggestion.grade.value == "requires_improvement"


def test_escalation_flag_follows_the_standard_question(typed_services: AppServices, case_id: str) -> None:
    answers = typed_services.answers
    answers.set_answer(case_id, "all_types", "std_escalate_now", "yes")
    assert typed_services.cases.get(case_id).escalated
    answers.set_answer(case_id, "all_types", "std_escalate_now", "no")
    assert not typed_services.cases.get(case_id).escalated


def test_overall_judgement_suggestion_rolls_up_the_files_other_forms(services: AppServices, inspection_id: str) -> None:
    case_id = services.cases.add(inspection_id, reference="ROLL-01", agency="children_services", kind="sampled")
    answers = services.answers
    overall = answers.load(case_id, "overall_case_judgement")
    assert overall.form.grade_roll_up == ("voice_of_child", "safety_plan")
    assert overall.evaluation.suggestion.grade.value == "insufficient_evidence"
    answers.set_grade(case_id, "case_record", "good", "Context well recorded.")
    answers.set_grade(case_id, "contingency_planning", "good", "Clear triggers.")
    answers.set_grade(case_id, "genogram_ecomap_chronology", "good", "Current genogram.")
    assert answers.load(case_id, "overall_case_judgement").evaluation.suggestion.grade.value == "good"
    answers.set_grade(case_id, "voice_of_child", "inadequate", "Child not seen.")  # a key form
    suggestion = answers.load(case_id, "overall_case_judgement").evaluation.suggestion
    assert suggestion.grade.value == "requires_improvement"  # median Good, capped one band above Inadequate
    progress = {f.form_id: f for f in services.progress.cases(inspection_id)[0].forms}
    assert progress["overall_case_judgement"].suggested_grade == "requires_improvement"
    with pytest.raises(UserError, match="suggested grade is requires_improvement"):
        answers.set_grade(case_id, "overall_case_judgement", "good")

"""Answers the forms do not allow are refused in English and Welsh, with nothing saved and nothing audited."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.errors import UserError
from tests.encrypted_db import connect_raw


def _counts(db_path: Path) -> tuple[int, int, int, int]:
    with connect_raw(db_path) as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("form_response", "answer", "repeat_row", "audit_event")
        )


def _refused(services: AppServices, write: Callable[[], object], *words: str) -> UserError:
    before = _counts(services.db_path)
    with pytest.raises(UserError) as caught:
        write()
    message = caught.value.message
    assert message.en and message.cy and message.cy != message.en  # says it in Welsh too
    for word in words:
        assert word in message.en
    assert _counts(services.db_path) == before  # nothing saved, nothing audited
    return caught.value


@pytest.fixture
def sampled_police(services: AppServices, inspection_id: str) -> str:
    return services.cases.add(inspection_id, reference="CDF24-51", agency="police", kind="sampled")


def test_a_form_not_offered_for_the_files_kind_is_refused(services: AppServices, sampled_police: str) -> None:
    answers = services.answers
    error = _refused(services, lambda: answers.set_answer(sampled_police, "tracked_interviews", "ti_01", "yes"),
                     "tracked", "sampled", "voice_of_child")
    assert "voice_of_child" in error.message.cy  # the forms that are offered, in both languages
    _refused(services, lambda: answers.add_row(sampled_police, "tracked_interviews", "ti_conversations"),
             "tracked")
    _refused(services, lambda: answers.set_grade(sampled_police, "tracked_interviews", "good", "Seen."), "tracked")


def test_a_form_not_offered_for_the_agency_is_refused(typed_services: AppServices) -> None:
    inspection = typed_services.inspections.create(
        name="Typed", local_authority="Testshire", start="2024-01-15", end="2024-01-19", enabled_forms=["all_types"])
    education = typed_services.cases.add(inspection, reference="TST24-02", agency="education", kind="sampled")
    _refused(typed_services, lambda: typed_services.answers.set_answer(education, "all_types", "q_ynp", "yes"),
             "not used for education")


def test_a_form_not_switched_on_for_the_inspection_is_refused(services: AppServices) -> None:
    inspection = services.inspections.create(
        name="Only two", local_authority="Testshire", start="2024-01-15", end="2024-01-19",
        enabled_forms=["voice_of_child", "overall_case_judgement"])
    case_id = services.cases.add(inspection, reference="CDF24-52", agency="children_services", kind="sampled")
    answers = services.answers
    _refused(services, lambda: answers.set_answer(case_id, "safety_plan", "sp_01", "yes_standalone"),
             "not switched on", "voice_of_child")
    _refused(services, lambda: answers.set_grade(case_id, "safety_plan", "good", "Clear plan."), "not switched on")
    assert answers.set_answer(case_id, "voice_of_child", "voc_01", "yes").changed  # a switched-on form still saves


def test_a_question_hidden_by_skip_logic_takes_no_answer_and_no_note(
    services: AppServices, sampled_police: str
) -> None:
    answers = services.answers
    answers.set_answer(sampled_police, "case_record", "cr_23", "0")
    _refused(services, lambda: answers.set_answer(sampled_police, "case_record", "cr_23_considered", "yes"),
             "cr_23_considered", "hidden")
    _refused(services, lambda: answers.set_evidence(sampled_police, "case_record", "cr_23_considered", "Seen."),
             "hidden")
    answers.set_answer(sampled_police, "case_record", "cr_23", "2")
    assert answers.set_answer(sampled_police, "case_record", "cr_23_considered", "yes").changed
    # Once hidden again, the stale answer may still be cleared: clearing adds nothing.
    answers.set_answer(sampled_police, "case_record", "cr_23", "0")
    assert answers.set_answer(sampled_police, "case_record", "cr_23_considered", "").changed


def test_an_evidence_note_on_a_question_whose_rule_is_none_is_refused(
    services: AppServices, sampled_police: str
) -> None:
    answers = services.answers
    _refused(services, lambda: answers.set_answer(sampled_police, "case_record", "cr_23", "1", evidence="Two."),
             "cr_23", "no evidence note")
    _refused(services, lambda: answers.set_evidence(sampled_police, "case_record", "cr_23", "Two."),
             "no evidence note")
    assert answers.set_answer(sampled_police, "case_record", "cr_23", "1", evidence="").changed


def test_whole_numbers_are_exact_and_only_plain_digits(services: AppServices, sampled_police: str) -> None:
    answers = services.answers
    saved = answers.set_answer(sampled_police, "case_record", "cr_23", "9223372036854775807")
    assert saved.value == 9223372036854775807
    assert answers.load(sampled_police, "case_record").state.answers["cr_23"] == 9223372036854775807
    for typed in ("12345678901234567891", "9223372036854775808", "1e3", "1_000", "0x10", "3.0", "١٢", "-1"):
        error = _refused(services, lambda typed=typed: answers.set_answer(  # type: ignore[misc]
            sampled_police, "case_record", "cr_23", typed), "whole number", "digits")
        assert "9223372036854775807" in error.message.en and "9223372036854775807" in error.message.cy
    assert answers.load(sampled_police, "case_record").state.answers["cr_23"] == 9223372036854775807


def test_the_demo_still_builds(services: AppServices) -> None:
    inspection = services.demo.build()
    assert len(services.cases.list(inspection)) == 26

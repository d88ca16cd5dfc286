"""Data-quality checks on a real encrypted store: each check fires on a file built to trip it, never on a clean one."""

from __future__ import annotations

from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.data_quality import FlagKind, RecordingCount

# The fixture's fieldwork is 15–19 January 2024.
CLEAN_CASE_RECORD = {
    "cr_02": "sampled", "cr_05": "2023-07-01", "cr_05_end": "2024-01-12", "cr_06": "5_11", "cr_08": "yes",
    "cr_08_group": "white", "cr_09": "yes", "cr_09_language": "welsh",
}


def _file(services: AppServices, inspection_id: str, reference: str, *, agency: str = "children_services",
          kind: str = "sampled", age_band: str = "5_11", record: dict[str, str] | None = None,
          strategy: str | None = "2023-10-02", icpc: str | None = "2023-10-20") -> str:
    case_id = services.cases.add(inspection_id, reference=reference, agency=agency, kind=kind, age_band=age_band,
                                 inspector="Inspector Test")
    answers = {**CLEAN_CASE_RECORD, **(record or {})}
    for follow_up, asked in (("cr_08_group", "cr_08"), ("cr_09_language", "cr_09")):
        if answers[asked] != "yes":
            del answers[follow_up]  # hidden by the form's skip logic
    for question_id, value in answers.items():
        services.answers.set_answer(case_id, "case_record", question_id, value)
    if strategy is not None:
        services.answers.set_answer(case_id, "strategy_s47", "st_01", "face_to_face")
        services.answers.set_answer(case_id, "strategy_s47", "st_01_date", strategy)
    if icpc is not None:
        services.answers.set_answer(case_id, "cp_conference_core_group", "cc_02_icpc_date", icpc)
    return case_id


def _kinds(services: AppServices, case_id: str) -> list[FlagKind]:
    return [f.kind for f in services.data_quality.for_case(case_id)]


def test_a_clean_file_has_no_flags(services: AppServices, inspection_id: str) -> None:
    case_id = _file(services, inspection_id, "DQ24-01")
    assert services.data_quality.for_case(case_id) == []
    assert services.data_quality.for_inspection(inspection_id).flags == ()


def test_a_sampled_file_whose_case_record_says_tracked(services: AppServices, inspection_id: str) -> None:
    case_id = _file(services, inspection_id, "DQ24-02", record={"cr_02": "tracked"})
    [flag] = services.data_quality.for_case(case_id)
    assert flag.kind is FlagKind.KIND and flag.form_id == "case_record"
    assert (flag.reference, flag.agency) == ("DQ24-02", "children_services")
    assert flag.message.en == "The file is Sampled, but its case record says Tracked."
    assert flag.message.cy == ("Mae'r ffeil wedi'i chofnodi fel 'Wedi'i samplu', ond mae ei chofnod achos yn dweud "
                               "'Wedi'i holrhain'.")
    tracked = _file(services, inspection_id, "DQ24-03", kind="tracked")  # and the other way round
    assert _kinds(services, tracked) == [FlagKind.KIND]


def test_an_age_band_that_disagrees_with_the_case_record(services: AppServices, inspection_id: str) -> None:
    case_id = _file(services, inspection_id, "DQ24-04", age_band="12_15")
    [flag] = services.data_quality.for_case(case_id)
    assert flag.kind is FlagKind.AGE_BAND
    assert flag.message.en == "The file's age band is 12–15, but its case record says 5–11."
    assert flag.message.cy == "Band oedran y ffeil yw 12–15 oed, ond mae ei chofnod achos yn dweud 5–11 oed."
    # A file without an age band of its own contradicts nothing.
    assert _kinds(services, _file(services, inspection_id, "DQ24-05", age_band="")) == []


def test_event_dates_outside_the_review_period(services: AppServices, inspection_id: str) -> None:
    before = _file(services, inspection_id, "DQ24-06", strategy="2023-06-01", icpc="2023-06-20")
    flags = services.data_quality.for_case(before)
    assert [f.kind for f in flags] == [FlagKind.REVIEW_PERIOD, FlagKind.REVIEW_PERIOD]
    assert flags[0].form_id == "strategy_s47" and flags[1].form_id == "cp_conference_core_group"
    assert flags[0].message.en == (
        "“Date of the strategy discussion” (1 June 2023, Strategy discussion and section 47 enquiry) is before the "
        "review period starts (1 July 2023, this file's case record).")
    assert flags[0].message.cy.startswith("Mae “Dyddiad y drafodaeth strategaeth” (1 Mehefin 2023, ")
    assert flags[0].message.cy.endswith("cyn dechrau'r cyfnod adolygu (1 Gorffennaf 2023, cofnod achos y ffeil hon).")
    after = _file(services, inspection_id, "DQ24-07", icpc="2024-01-13")
    [flag] = services.data_quality.for_case(after)
    assert flag.kind is FlagKind.REVIEW_PERIOD
    assert "is after the review period ends (12 January 2024, this file's case record)" in flag.message.en


def test_without_a_review_period_the_fieldwork_end_bounds_the_dates(services: AppServices,
                                                                    inspection_id: str) -> None:
    case_id = _file(services, inspection_id, "DQ24-08", record={"cr_05": "", "cr_05_end": ""},
                    strategy="2024-01-22", icpc=None)
    [flag] = services.data_quality.for_case(case_id)
    assert flag.kind is FlagKind.REVIEW_PERIOD
    assert flag.message.en.endswith("is after the inspection's fieldwork ends (19 January 2024).")


def test_the_review_period_of_another_of_the_childs_files(services: AppServices, inspection_id: str) -> None:
    _file(services, inspection_id, "DQ24-09")
    police = _file(services, inspection_id, "DQ24-09", agency="police", record={"cr_05": "", "cr_05_end": ""},
                   strategy="2023-05-02", icpc=None)
    [flag] = services.data_quality.for_case(police)
    assert flag.kind is FlagKind.REVIEW_PERIOD
    assert flag.message.en.endswith("(1 July 2023, the case record of another of the child's files).")


def test_an_event_before_the_childs_birth_year(services: AppServices, inspection_id: str) -> None:
    case_id = _file(services, inspection_id, "DQ24-10", kind="tracked", record={"cr_02": "tracked"})
    services.genograms.add(case_id, "inspector", "person", {"is_index_child": True, "birth_year": 2024,
                                                           "relation_to_index": "self"})
    flags = services.data_quality.for_case(case_id)
    assert [f.kind for f in flags] == [FlagKind.BEFORE_BIRTH, FlagKind.BEFORE_BIRTH]
    assert flags[0].message.en == (
        "“Date of the strategy discussion” (2 October 2023, Strategy discussion and section 47 enquiry) is in a year "
        "before the child's birth year (2024, from the genogram).")
    # An unborn child's conferences come before the birth: no flag.
    unborn = _file(services, inspection_id, "DQ24-11", kind="tracked", age_band="unborn",
                   record={"cr_02": "tracked", "cr_06": "unborn"})
    services.genograms.add(unborn, "inspector", "person", {"is_index_child": True, "birth_year": 2024,
                                                          "relation_to_index": "self"})
    assert _kinds(services, unborn) == []


def test_dates_in_the_wrong_order_across_forms(services: AppServices, inspection_id: str) -> None:
    case_id = _file(services, inspection_id, "DQ24-12", strategy="2023-11-01", icpc="2023-10-20")
    [flag] = services.data_quality.for_case(case_id)
    assert flag.kind is FlagKind.ORDER and flag.form_id == "cp_conference_core_group"
    assert flag.message.en.startswith(
        "“Date of the initial child protection conference” (20 October 2023, ")
    assert flag.message.en.endswith(
        "is before “Date of the strategy discussion” (1 November 2023, Strategy discussion and section 47 enquiry), "
        "which should come first (ICPC within 15 working days of the strategy discussion).")
    assert "Cynhadledd gychwynnol o fewn 15 diwrnod gwaith i'r drafodaeth strategaeth" in flag.message.cy


def test_ethnicity_and_language_not_recorded_counted_per_agency(services: AppServices, inspection_id: str) -> None:
    ethnicity = _file(services, inspection_id, "DQ24-13", agency="health", record={"cr_08": "no"})
    services.answers.set_answer(ethnicity, "case_record", "cr_08", "no", evidence="Front sheet and GP summary read")
    both = _file(services, inspection_id, "DQ24-14", agency="health", record={"cr_08": "no", "cr_09": "no"})
    _file(services, inspection_id, "DQ24-15", agency="health")
    police = _file(services, inspection_id, "DQ24-16", agency="police", record={"cr_09": "no"})
    services.cases.add(inspection_id, reference="DQ24-17", agency="police", kind="sampled")  # not yet read
    [flag] = services.data_quality.for_case(ethnicity)
    assert flag.kind is FlagKind.ETHNICITY and flag.note == "Front sheet and GP summary read"
    assert flag.message.en == "The agency's record does not say the child's ethnicity."
    assert flag.message.cy == "Nid yw cofnod yr asiantaeth yn nodi ethnigrwydd y plentyn."
    assert _kinds(services, both) == [FlagKind.ETHNICITY, FlagKind.LANGUAGE]
    assert _kinds(services, police) == [FlagKind.LANGUAGE]
    result = services.data_quality.for_inspection(inspection_id)
    assert result.recording == (  # in the agencies' order; the police file not yet read counts in neither
        RecordingCount("police", ethnicity_answered=1, ethnicity_missing=0, language_answered=1, language_missing=1),
        RecordingCount("health", ethnicity_answered=3, ethnicity_missing=2, language_answered=3, language_missing=1),
    )
    assert result.flagged_case_ids == {ethnicity, both, police}
    assert [f.reference for f in result.flags] == ["DQ24-13", "DQ24-14", "DQ24-14", "DQ24-16"]


def test_a_hidden_answer_raises_nothing(services: AppServices, inspection_id: str) -> None:
    # The strategy date is shown only when a discussion was held: a date left behind is not checked.
    case_id = _file(services, inspection_id, "DQ24-18", strategy="2023-11-01", icpc="2023-10-20")
    services.answers.set_answer(case_id, "strategy_s47", "st_01", "not_required")
    assert _kinds(services, case_id) == []

"""Question agencies, N/A reasons, roles, enabled forms and timeliness through the services, on a real store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.domain.timescales import Outcome
from jicpa_desktop.forms_engine import load_forms_dir
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.services.errors import UserError
from tests.background import drain_background_work

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "forms_timeliness"


@pytest.fixture(scope="module")
def timeliness_catalogue() -> FormCatalogue:
    return load_forms_dir(FIXTURE)


@pytest.fixture
def app(db_path: Path, timeliness_catalogue: FormCatalogue) -> Iterator[AppServices]:
    built = build_services(db_path, actor="Inspector Test", catalogue=timeliness_catalogue)
    yield built
    drain_background_work()
    built.close()


def new_inspection(app: AppServices, forms: list[str]) -> str:
    return app.inspections.create(name="Language", local_authority="Testshire", start="2026-01-12",
                                  end="2026-01-16", enabled_forms=forms)


def test_a_question_for_another_agency_is_refused_and_not_counted(app: AppServices) -> None:
    inspection = new_inspection(app, ["strategy", "conference"])
    health = app.cases.add(inspection, reference="LANG-01", agency="health", kind="sampled")
    police = app.cases.add(inspection, reference="LANG-02", agency="police", kind="sampled")
    with pytest.raises(UserError) as refused:
        app.answers.set_answer(health, "strategy", "st_police", "yes")
    assert "asked only of police records" in refused.value.message.en
    assert "health file" in refused.value.message.en
    assert "heddlu" in refused.value.message.get("cy") and "iechyd" in refused.value.message.get("cy")
    with pytest.raises(UserError):
        app.answers.set_evidence(health, "strategy", "st_police", "a note")
    app.answers.set_answer(health, "strategy", "st_05", "yes")
    app.answers.set_answer(health, "strategy", "st_health", "yes")
    view = app.answers.load(health, "strategy")
    assert not view.evaluation.is_relevant("st_police") and view.evaluation.is_relevant("st_health")
    assert view.evaluation.complete  # st_police is required, but not of a health file
    # The police file is asked its own question and not the health one.
    app.answers.set_answer(police, "strategy", "st_05", "yes")
    police_view = app.answers.load(police, "strategy")
    assert ("st_police", None) in police_view.evaluation.required_missing
    assert not police_view.evaluation.is_relevant("st_health")
    # Progress counts the same way.
    by_case = {p.case.reference: p for p in app.progress.cases(inspection)}
    strategy = {f.form_id: f for f in by_case["LANG-01"].forms}["strategy"]
    # Three dates, st_05, st_health and the standard escalation question: st_police is not counted.
    assert (strategy.status, strategy.required_missing, strategy.relevant) == ("complete", 0, 6)
    police_strategy = {f.form_id: f for f in by_case["LANG-02"].forms}["strategy"]
    assert police_strategy.required_missing == 1
    # And the grid: the health file's cell of the police question stays empty.
    model = app.exports.grid(inspection)
    column_ids = [c.question_id for c in model.columns]
    rows = {r.reference: r for r in model.rows}
    assert rows["LANG-01"].cells[column_ids.index("st_police")] is None
    assert rows["LANG-01"].cells[column_ids.index("st_health")] is not None


def test_not_applicable_needs_its_one_line_reason(app: AppServices) -> None:
    inspection = new_inspection(app, ["strategy"])
    case = app.cases.add(inspection, reference="LANG-03", agency="children_services", kind="sampled")
    app.answers.set_answer(case, "strategy", "st_05", "not_applicable")
    view = app.answers.load(case, "strategy")
    assert view.evaluation.na_reason_missing == (("st_05", None),)
    assert not view.evaluation.complete
    app.answers.set_evidence(case, "strategy", "st_05", "No strategy discussion was needed: early help case")
    reopened = app.answers.load(case, "strategy")
    assert reopened.evaluation.na_reason_missing == () and reopened.evaluation.complete
    assert reopened.state.evidence[("st_05", None)].startswith("No strategy discussion")
    # The reason is stored with the answer and shown where notes are (the case report).
    report = app.exports.case_report(case)
    answers = [q.answer for f in report.forms for s in f.sections for q in s.questions]
    st_05 = next(a for a in answers if a.question_id == "st_05")
    assert st_05.answer == "N/A" and st_05.note.startswith("No strategy discussion")


def test_a_form_not_switched_on_is_refused_in_english_and_welsh(app: AppServices) -> None:
    inspection = new_inspection(app, ["strategy"])
    case = app.cases.add(inspection, reference="LANG-04", agency="children_services", kind="sampled")
    with pytest.raises(UserError) as refused:
        app.answers.set_answer(case, "conference", "cc_14", "yes")
    assert "not switched on for this inspection" in refused.value.message.en
    assert "ar waith" in refused.value.message.get("cy")
    with pytest.raises(UserError):
        app.answers.add_row(case, "conference", "cc_14")


def test_timeliness_across_two_forms_and_christmas(app: AppServices) -> None:
    inspection = new_inspection(app, ["strategy", "conference"])
    case = app.cases.add(inspection, reference="LANG-05", agency="children_services", kind="sampled")
    app.answers.set_answer(case, "strategy", "st_date", "2025-12-12")
    app.answers.set_answer(case, "strategy", "st_s47_start", "2025-12-12")
    app.answers.set_answer(case, "conference", "cc_icpc", "2026-01-09")  # 17 working days after the 12th
    app.answers.set_answer(case, "conference", "cc_core", "2026-01-16")  # 5 working days after the ICPC
    found = app.progress.timeliness(case, today=dt.date(2026, 1, 20))
    by_id = {r.timescale.id: r for r in found.results}
    icpc = by_id["icpc"]
    assert (icpc.taken, icpc.timescale.limit, icpc.outcome) == (17, 15, Outcome.MISSED)
    assert icpc.start.where == "Strategy discussion — st_date" and icpc.end is not None
    assert icpc.end.where == "Conferences — cc_icpc"
    assert by_id["first_core_group"].outcome is Outcome.MET and by_id["first_core_group"].taken == 5
    assert by_id["s47_assessment"].outcome is Outcome.WAITING  # 42 working days not yet passed
    late = app.progress.timeliness(case, today=dt.date(2026, 3, 1))
    assert {r.timescale.id: r for r in late.results}["s47_assessment"].outcome is Outcome.OVERDUE
    # The grid has a column per timescale the forms record, counted as met (Yes) / missed (No).
    model = app.exports.grid(inspection)
    timeliness = model.forms[-1]
    assert timeliness.form_id == "_timeliness"
    assert [c.question_id for c in timeliness.columns] == ["icpc", "first_core_group", "s47_assessment"]
    row = next(iter(model.rows))
    cells = dict(zip([c.question_id for c in model.columns], row.cells, strict=True))
    assert cells["icpc"] is not None and cells["icpc"].value == "17 working days — limit 15, missed"
    assert cells["icpc"].counted is not None and cells["icpc"].counted.value == "no"
    assert cells["first_core_group"] is not None and cells["first_core_group"].counted is not None
    assert cells["first_core_group"].counted.value == "yes"
    # The case report carries the same, with the dates and where each came from.
    report = app.exports.case_report(case)
    part = report.forms[-1]
    assert part.form_id == "_timeliness"
    lines = {q.answer.question_id: q.answer for q in part.sections[0].questions}
    assert lines["icpc"].answer == "17 working days — limit 15, missed"
    assert "Strategy discussion — st_date: 12/12/2025" in lines["icpc"].note
    welsh = app.progress.timeliness(case, lang="cy", today=dt.date(2026, 1, 20))
    assert {r.timescale.id: r for r in welsh.results}["icpc"].describe("cy").endswith("wedi'i fethu")

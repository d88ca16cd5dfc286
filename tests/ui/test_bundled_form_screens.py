"""Every bundled form opens on the form screen for every agency it is offered to, and once in Welsh.

A Qt warning fails the test that caused it (pyproject: qt_log_level_fail), so a screen that builds with one
fails here. Each screen holds exactly the questions asked of the file's agency, and a repeat group with a row
builds its column widgets too (the missing episode log, the conference's agency × attendance rows).
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.ui.form_screen import FormScreen
from jicpa_desktop.ui.operations import task_manager


def _expected_rows(form: FormDefinition, agency: str, row_ids: dict[str, list[str]]) -> set[tuple[str, str | None]]:
    expected: set[tuple[str, str | None]] = set()
    for question in form.questions():
        if not question.applies_to(agency):
            continue
        if question.is_repeat:
            expected |= {(column.id, row_id) for row_id in row_ids.get(question.id, []) for column in question.columns}
        else:
            expected.add((question.id, None))
    return expected


@pytest.mark.parametrize("agency", [agency.value for agency in Agency])
def test_every_offered_form_builds_for_the_agency(
    qtbot: QtBot, services: AppServices, inspection_id: str, agency: str
) -> None:
    case_id = services.cases.add(inspection_id, reference=f"SCR24-{list(Agency).index(Agency(agency)) + 1:02d}",
                                 agency=agency, kind="tracked")
    offered = services.forms.for_case(agency, "tracked", None)
    assert offered, f"no form is offered to a {agency} file"
    for form in offered:
        row_ids = {q.id: [services.answers.add_row(case_id, form.id, q.id)]
                   for q in form.questions() if q.is_repeat and q.applies_to(agency)}
        screen = FormScreen(services, task_manager().writes, services.answers.load(case_id, form.id), "en")
        qtbot.addWidget(screen)
        assert screen.title_label.text() == form.title.en
        assert set(screen.rows) == _expected_rows(form, agency, row_ids), (form.id, agency)
        hidden = [q.id for q in form.all_questions() if not q.applies_to(agency)]
        assert not any(key[0] in hidden for key in screen.rows), (form.id, agency)
        screen.close()
    assert task_manager().wait_idle(30)


def test_every_form_builds_in_welsh(qtbot: QtBot, services: AppServices, inspection_id: str) -> None:
    cases = {agency.value: services.cases.add(inspection_id, reference=f"CYM24-{number:02d}", agency=agency.value,
                                              kind="tracked") for number, agency in enumerate(Agency, start=1)}
    built = set()
    for form in services.forms.all():
        agency = next(agency for agency in Agency if form.applies_to(agency))
        screen = FormScreen(services, task_manager().writes, services.answers.load(cases[agency.value], form.id), "cy")
        qtbot.addWidget(screen)
        assert screen.title_label.text() == form.title.cy
        built.add(form.id)
        screen.close()
    assert len(built) >= 23
    assert task_manager().wait_idle(30)


def test_a_police_file_is_offered_the_police_form_and_not_the_other_agencies_forms(
    services: AppServices, inspection_id: str
) -> None:
    police = {form.id for form in services.forms.for_case("police", "sampled", None)}
    assert {"police_case_audit", "missing_episode", "strategy_s47"} <= police
    assert not police & {"health_case_audit", "education_case_audit", "probation_case_audit", "yjs_case_audit"}
    health = {form.id for form in services.forms.for_case("health", "sampled", None)}
    assert "health_case_audit" in health and "police_case_audit" not in health

"""Forms switched on per inspection: changed after the wizard, refused when no inspectorate reads their
agencies, enforced on every write, and audited."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine import load_forms_dir
from jicpa_desktop.services.errors import UserError
from tests.background import drain_background_work

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "forms_timeliness"
PROBATION_FORM = """\
form: probation_audit
version: 1
order: 19
welsh: reviewed
title: {en: Probation practice, cy: Ymarfer prawf}
agencies:
  probation: always
principles: [well_being]
sections:
  - id: main
    title: {en: Main, cy: Prif}
    questions:
      - {id: pr_01, type: ynp, label: {en: Risk assessed?, cy: Risg wedi'i hasesu?}}
"""


@pytest.fixture
def app(tmp_path: Path, db_path: Path) -> Iterator[AppServices]:
    folder = tmp_path / "forms"
    shutil.copytree(FIXTURE, folder)
    (folder / "probation_audit.yaml").write_text(PROBATION_FORM, encoding="utf-8")
    built = build_services(db_path, actor="Inspector Test", catalogue=load_forms_dir(folder))
    yield built
    drain_background_work()
    built.close()


def test_forms_change_after_the_wizard_and_writes_follow(app: AppServices) -> None:
    inspection = app.inspections.create(name="Switch", local_authority="Testshire", start="2026-01-12",
                                        end="2026-01-16", inspectorates=["ciw", "hmicfrs"],
                                        enabled_forms=["strategy"])
    case = app.cases.add(inspection, reference="SW-01", agency="children_services", kind="sampled")
    switch = app.progress.enabled_forms
    offered = {f.form_id: f for f in switch.offered(inspection)}
    assert (offered["strategy"].enabled, offered["conference"].enabled) == (True, False)
    assert offered["probation_audit"].allowed is False  # HM Inspectorate of Probation is not taking part
    with pytest.raises(UserError):
        app.answers.set_answer(case, "conference", "cc_14", "yes")
    assert switch.set(inspection, ["conference", "strategy"]) == ("strategy", "conference")  # catalogue order
    app.answers.set_answer(case, "conference", "cc_14", "yes")
    assert [f.id for f in app.forms.for_case("children_services", "sampled", ["strategy", "conference"])] == [
        "strategy", "conference"]
    # Switching a form off refuses new answers and keeps the ones given.
    switch.set(inspection, ["strategy"])
    with pytest.raises(UserError) as refused:
        app.answers.set_answer(case, "conference", "cc_14", "no")
    assert "not switched on" in refused.value.message.en and "ar waith" in refused.value.message.get("cy")
    assert {r.question_id for r in app.answers.list_for_case(case)} == {"cc_14"}
    with app.context.reading() as session:
        changes = session.execute(text(
            "SELECT old_json, new_json FROM audit_event WHERE inspection_id = :i AND field = 'enabled_forms' "
            "ORDER BY at, rowid"), {"i": inspection}).all()
    assert [tuple(json.loads(v) for v in change) for change in changes] == [
        (["strategy"], ["strategy", "conference"]), (["strategy", "conference"], ["strategy"])]


def test_agency_forms_need_their_inspectorate(app: AppServices) -> None:
    inspection = app.inspections.create(name="No probation", local_authority="Testshire", start="2026-01-12",
                                        end="2026-01-16", inspectorates=["ciw", "hmicfrs", "hiw"],
                                        enabled_forms=["strategy"])
    with pytest.raises(UserError) as refused:
        app.progress.enabled_forms.set(inspection, ["strategy", "probation_audit"])
    message = refused.value.message
    assert "Probation practice (HM Inspectorate of Probation)" in message.en
    assert "Arolygiaeth Prawf EF" in message.get("cy")
    assert [f.form_id for f in app.progress.enabled_forms.offered(inspection) if f.enabled] == ["strategy"]
    with_probation = app.inspections.create(name="With probation", local_authority="Testshire",
                                            start="2026-01-12", end="2026-01-16",
                                            inspectorates=["ciw", "hmi_probation"], enabled_forms=["strategy"])
    assert app.progress.enabled_forms.set(with_probation, ["strategy", "probation_audit"]) == (
        "strategy", "probation_audit")


def test_bad_choices_are_refused_in_both_languages(app: AppServices) -> None:
    inspection = app.inspections.create(name="Bad", local_authority="Testshire", start="2026-01-12",
                                        end="2026-01-16", enabled_forms=["strategy"])
    with pytest.raises(UserError) as unknown:
        app.progress.enabled_forms.set(inspection, ["stratgy"])
    assert "There is no form stratgy" in unknown.value.message.en and "Nid oes ffurflen" in \
        unknown.value.message.get("cy")
    with pytest.raises(UserError) as empty:
        app.progress.enabled_forms.set(inspection, [])
    assert "at least one form" in empty.value.message.en and "o leiaf un ffurflen" in empty.value.message.get("cy")

"""Meeting observations belong to the inspection: their own tables, the form's checks, audited, durable, removable."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.services.enabled_forms import EnabledForms
from jicpa_desktop.services.errors import NotFoundError, UserError, localized_message
from jicpa_desktop.services.observations import observation_reference


def _said(error: BaseException, lang: str) -> str:
    message = localized_message(error)
    assert message is not None, f"not a message for the user: {error!r}"
    return message.get(lang)


def _answer_count(services: AppServices) -> int:
    with services.context.reading() as session:
        return int(session.execute(text("SELECT count(*) FROM observation_answer")).scalar_one())


def test_the_observation_form_is_inspection_level_and_never_offered_for_a_file(services: AppServices) -> None:
    forms = services.observations.forms()
    assert [f.id for f in forms] == ["meeting_observation"]
    for agency in ("children_services", "police", "health", "education", "probation", "youth_justice"):
        for kind in ("sampled", "tracked"):
            assert "meeting_observation" not in {f.id for f in services.forms.for_case(agency, kind, None)}


def test_an_observation_is_added_answered_and_read_back_after_reopening(
        services: AppServices, inspection_id: str, db_path: Path, bundled_catalogue: FormCatalogue) -> None:
    added = services.observations.add(inspection_id, "2024-01-16")
    assert added.reference == observation_reference(added.id)
    assert added.reference.startswith("OBS-") and len(added.reference) == 10
    assert added.observed_on == dt.date(2024, 1, 16)
    assert added.meeting_kind is None and added.answered == 0 and added.questions == 11
    assert added.observer == "Inspector Test"  # no team member chosen on this laptop: who made it

    saved = services.observations.set_answer(added.id, "mob_01", "core_group")
    assert saved.changed and saved.value == "core_group"
    services.observations.set_answer(added.id, "mob_03", "partly", evidence="Mother not prepared beforehand.")
    services.observations.set_answer(added.id, "mob_02", ["police", "health"])
    assert not services.observations.set_answer(added.id, "mob_01", "core_group").changed
    services.close()

    reopened = build_services(db_path, actor="Inspector Test", catalogue=bundled_catalogue)
    try:
        [summary] = reopened.observations.summaries(inspection_id)
        assert summary.id == added.id
        assert summary.meeting_kind is not None
        assert (summary.meeting_kind.en, summary.meeting_kind.get("cy")) == ("Core group", "Grŵp craidd")
        assert summary.answered == 3
        view = reopened.observations.load(added.id)
        assert view.state.answers["mob_01"] == "core_group"
        assert list(view.state.answers["mob_02"]) == ["police", "health"]
        assert view.state.evidence[("mob_03", None)] == "Mother not prepared beforehand."
        # Not a case file: nothing was added to the inspection's files.
        assert reopened.cases.list(inspection_id) == []
    finally:
        reopened.close()


@pytest.mark.parametrize(("question", "value", "evidence", "says"), [
    ("mob_01", "ICPC", None, "mob_01"),  # not a choice id
    ("mob_01", "icpc", "a note", "takes no evidence note"),
    ("mob_99", "yes", None, "no question 'mob_99'"),
    ("mob_03", "maybe", None, "mob_03"),
])
def test_a_refused_answer_says_why_and_saves_nothing(services: AppServices, inspection_id: str, question: str,
                                                     value: str, evidence: str | None, says: str) -> None:
    added = services.observations.add(inspection_id, "2024-01-16")
    services.observations.set_answer(added.id, "mob_04", "yes")
    with pytest.raises((UserError, NotFoundError)) as refused:
        services.observations.set_answer(added.id, question, value, evidence=evidence)
    assert says in _said(refused.value, "en")
    assert _said(refused.value, "cy") != _said(refused.value, "en")
    assert _answer_count(services) == 1
    assert services.observations.load(added.id).state.answers == {"mob_04": "yes"}


def test_a_future_or_malformed_date_is_refused_in_both_languages(services: AppServices, inspection_id: str) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(UserError) as future:
        services.observations.add(inspection_id, tomorrow.isoformat())
    assert "in the future" in _said(future.value, "en")
    assert "yn y dyfodol" in _said(future.value, "cy")
    with pytest.raises(UserError) as malformed:
        services.observations.add(inspection_id, "16/01/2024")
    assert "YYYY-MM-DD" in _said(malformed.value, "en")
    assert services.observations.summaries(inspection_id) == []


def test_an_observation_needs_its_form_switched_on(services: AppServices, inspection_id: str) -> None:
    EnabledForms(services.context, services.forms).set(inspection_id, ["case_record", "voice_of_child"])
    with pytest.raises(UserError) as refused:
        services.observations.add(inspection_id, "2024-01-16")
    assert "switched off" in _said(refused.value, "en")
    assert services.observations.summaries(inspection_id) == []


def test_removing_an_observation_deletes_what_was_said_and_keeps_the_record_of_it(
        services: AppServices, inspection_id: str, db_path: Path) -> None:
    first = services.observations.add(inspection_id, "2024-01-15")
    second = services.observations.add(inspection_id, "2024-01-17")
    services.observations.set_answer(first.id, "mob_10", "Chair kept to the agenda.", evidence="Observed in full.")
    services.observations.remove(first.id)
    assert [s.id for s in services.observations.summaries(inspection_id)] == [second.id]
    assert _answer_count(services) == 0
    with pytest.raises(NotFoundError):
        services.observations.set_answer(first.id, "mob_04", "yes")
    services.close()
    with sqlite3.connect(db_path) as raw:
        try:
            raw.execute("SELECT count(*) FROM meeting_observation").fetchone()
            readable = True
        except sqlite3.DatabaseError:
            readable = False
    assert not readable  # the store is encrypted: the observations are not readable without the key


def test_every_change_is_in_the_audit_trail(services: AppServices, inspection_id: str) -> None:
    added = services.observations.add(inspection_id, "2024-01-16")
    services.observations.set_answer(added.id, "mob_05", "no", evidence="Strengths not discussed.")
    services.observations.set_date(added.id, "2024-01-17")
    services.observations.remove(added.id)
    with services.context.reading() as session:
        events = session.execute(text(
            "SELECT entity, action, field FROM audit_event WHERE entity IN ('meeting_observation', "
            "'observation_answer') ORDER BY seq")).all()
    assert [tuple(e) for e in events] == [
        ("meeting_observation", "create", ""),
        ("observation_answer", "create", "meeting_observation.mob_05"),
        ("observation_answer", "create", "meeting_observation.mob_05.evidence"),
        ("meeting_observation", "update", "observed_on"),
        ("meeting_observation", "delete", ""),
    ]
    assert services.audit_trail.verify(inspection_id).ok


def test_the_lead_may_record_a_colleagues_observation_and_a_stranger_is_refused(
        services: AppServices, inspection_id: str) -> None:
    with pytest.raises(UserError, match=r"this inspection has no team yet\. Add its members first"):
        services.observations.add(inspection_id, "2024-01-16", observer="Bryn Police")
    services.team.add(inspection_id, "Bryn Police", "hmicfrs")
    services.team.add(inspection_id, "Ann Health", "hiw")
    team = [m.name for m in services.team.members(inspection_id)]
    added = services.observations.add(inspection_id, "2024-01-16", observer="Bryn Police")
    assert team == ["Ann Health", "Bryn Police"]
    assert added.observer == "Bryn Police"
    with pytest.raises(UserError) as refused:
        services.observations.add(inspection_id, "2024-01-16", observer="Nobody Known")
    assert "'Nobody Known' is not in this inspection's team" in str(refused.value)
    assert "(Ann Health, Bryn Police)" in str(refused.value)
    message = localized_message(refused.value)
    assert message is not None and "Nid yw 'Nobody Known' yn nhîm yr arolygiad hwn" in message.cy
    assert [s.id for s in services.observations.summaries(inspection_id)] == [added.id]  # nothing else saved


def test_the_demo_has_three_observed_meetings(tmp_path: Path) -> None:
    demo = build_services(tmp_path / "demo.sqlite3", actor="Demo Lead (CIW)")
    try:
        inspection_id = demo.demo.build()
        summaries = demo.observations.summaries(inspection_id)
        assert [(s.observed_on.isoformat(), s.observer) for s in summaries] == [
            ("2024-01-15", "Demo Lead (CIW)"), ("2024-01-16", "Demo Inspector B (HMICFRS)"),
            ("2024-01-17", "Demo Lead (CIW)")]
        assert [s.meeting_kind.en if s.meeting_kind else None for s in summaries] == [
            "MASH strategy meeting", "Core group", "Initial child protection conference"]  # the demo's local term
        assert all(s.answered == s.questions - 1 for s in summaries)  # every question but the free-text notes
        core_group = demo.observations.load(summaries[1].id).state
        assert "no" in core_group.answers.values()
        assert any("none had an owner or a date" in note for note in core_group.evidence.values())
    finally:
        demo.close()

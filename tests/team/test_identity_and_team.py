"""Who I am, the team and the files, on real database files: every change names the chosen member, never the login."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.services.context import UNIDENTIFIED
from jicpa_desktop.services.errors import NotFoundError, UserError
from tests.team.conftest import audit_actors, laptop

VOC = "voice_of_child"


def test_the_creator_named_in_set_up_signs_the_inspection_and_is_remembered(
    lead: AppServices, planned: tuple[str, dict[str, str]], bundled_catalogue: FormCatalogue,
) -> None:
    inspection_id, _cases = planned
    actors = {actor for actor, _action, _entity in audit_actors(lead, inspection_id)}
    assert actors == {"Lena Lead (CIW)"}
    assert getpass.getuser() not in actors
    path = lead.db_path
    lead.close()
    again = build_services(path, catalogue=bundled_catalogue)  # the laptop's next session
    try:
        assert again.context.actor == UNIDENTIFIED  # no inspection in use yet
        member = again.identity.use(inspection_id)
        assert member is not None and member.name == "Lena Lead" and member.role == "lead"
        assert again.context.actor == "Lena Lead (CIW)"
    finally:
        again.close()


def test_identity_is_per_inspection_and_signs_answers_and_audit(
    lead: AppServices, planned: tuple[str, dict[str, str]],
) -> None:
    inspection_id, cases = planned
    other = lead.inspections.create(name="Other JICPA", local_authority="Elsewhere", start="2024-03-04",
                                    end="2024-03-08", team=[("Ann Health", "hiw", "inspector")])
    assert lead.identity.current(other) is None
    lead.identity.choose(other, "ann health")  # upper and lower case make no difference
    assert lead.context.actor == "Ann Health (HIW)"
    lead.identity.use(inspection_id)
    assert lead.context.actor == "Lena Lead (CIW)"
    lead.answers.set_answer(cases["TST24-01"], VOC, "voc_01", "yes")
    records = lead.answers.list_for_case(cases["TST24-01"])
    assert {r.updated_by for r in records} == {"Lena Lead (CIW)"}
    lead.identity.use(other)
    assert lead.context.actor == "Ann Health (HIW)"
    assert lead.identity.current(inspection_id) is not None
    assert lead.identity.current(inspection_id).name == "Lena Lead"  # type: ignore[union-attr]


def test_as_name_overrides_the_remembered_identity(
    tmp_path: Path, planned: tuple[str, dict[str, str]], lead: AppServices, bundled_catalogue: FormCatalogue,
) -> None:
    inspection_id, cases = planned
    lead.close()
    scripted = build_services(lead.db_path, actor="Script Runner", catalogue=bundled_catalogue)
    try:
        scripted.identity.use(inspection_id)
        scripted.answers.set_answer(cases["TST24-02"], VOC, "voc_01", "no", evidence="Not seen.")
        assert {r.updated_by for r in scripted.answers.list_for_case(cases["TST24-02"])} == {"Script Runner"}
    finally:
        scripted.close()


def test_choosing_someone_not_in_the_team_is_refused_naming_the_team(
    lead: AppServices, planned: tuple[str, dict[str, str]],
) -> None:
    inspection_id, _cases = planned
    with pytest.raises(NotFoundError) as caught:
        lead.identity.choose(inspection_id, "Zed Nobody")
    assert "Lena Lead, Ann Health, Bryn Police" not in caught.value.message.en  # sorted by name
    assert "Ann Health, Bryn Police, Lena Lead" in caught.value.message.en
    assert "Nid yw 'Zed Nobody' yn nhîm" in caught.value.message.cy
    with pytest.raises(NotFoundError):
        lead.identity.current("no-such-inspection")


def test_team_add_edit_retire_and_the_inspectorates_taking_part(
    lead: AppServices, planned: tuple[str, dict[str, str]],
) -> None:
    inspection_id, cases = planned
    cerys = lead.team.add(inspection_id, "  Cerys   Social ", "ciw", "inspector")
    assert cerys.name == "Cerys Social"
    with pytest.raises(UserError, match="already in this team"):
        lead.team.add(inspection_id, "cerys social", "ciw", "inspector")
    with pytest.raises(UserError) as caught:
        lead.team.add(inspection_id, "Eira Estyn", "estyn", "inspector")
    assert "Estyn is not taking part" in caught.value.message.en and "Nid yw Estyn yn cymryd rhan" in \
        caught.value.message.cy
    with pytest.raises(UserError, match="Unknown role"):
        lead.team.add(inspection_id, "Eira Estyn", "ciw", "boss")
    lead.team.edit(inspection_id, cerys.id, name="Cerys Jones", role="lead")
    names = {m.name: m for m in lead.team.members(inspection_id)}
    assert names["Cerys Jones"].role == "lead"
    # A member with files cannot be retired until they are allocated to someone else.
    lead.allocation.allocate([cases["TST24-01"]], "Ann Health")
    ann = names["Ann Health"]
    with pytest.raises(UserError, match="still has 1 file"):
        lead.team.retire(inspection_id, ann.id)
    lead.allocation.allocate([cases["TST24-01"]], None)
    assert lead.team.retire(inspection_id, ann.id).retired
    assert "Ann Health" not in {m.name for m in lead.team.members(inspection_id, include_retired=False)}
    with pytest.raises(UserError, match="retired"):
        lead.allocation.allocate([cases["TST24-01"]], "Ann Health")
    assert not lead.team.retire(inspection_id, ann.id, retired=False).retired
    # Inspectorates: one a file's agency needs stays; a new one lets its agency's files in.
    with pytest.raises(UserError, match="must stay"):
        lead.team.set_inspectorates(inspection_id, ["ciw", "hiw"])  # police files need HMICFRS
    with pytest.raises(UserError, match="Education records are read by Estyn"):
        lead.cases.add(inspection_id, reference="TST24-09", agency="education", kind="sampled")
    assert lead.team.set_inspectorates(inspection_id, ["ciw", "hiw", "hmicfrs", "estyn"])[-1] == "estyn"
    lead.cases.add(inspection_id, reference="TST24-09", agency="education", kind="sampled")
    events = [(a, act, e) for a, act, e in audit_actors(lead, inspection_id) if e == "team_member"]
    assert ("Lena Lead (CIW)", "retire", "team_member") in events
    assert ("Lena Lead (CIW)", "reinstate", "team_member") in events


def test_only_the_lead_allocates_and_allocation_is_audited(
    lead: AppServices, planned: tuple[str, dict[str, str]],
) -> None:
    inspection_id, cases = planned
    result = lead.allocation.allocate([cases["TST24-01"], cases["TST24-02"], cases["TST24-01"]], "Ann Health")
    assert (result.changed, result.unchanged) == (2, 0)
    assert lead.allocation.allocate([cases["TST24-01"]], "Ann Health").unchanged == 1
    listed = {c.reference: c.inspector for c in lead.cases.list(inspection_id)}
    assert listed == {"TST24-01": "Ann Health", "TST24-02": "Ann Health", "TST24-03": None}
    assert [e for e in audit_actors(lead, inspection_id) if e[1] == "allocate"] == \
        [("Lena Lead (CIW)", "allocate", "case_file")] * 2
    lead.identity.choose(inspection_id, "Bryn Police")
    with pytest.raises(UserError) as caught:
        lead.allocation.allocate([cases["TST24-03"]], "Bryn Police")
    assert "Only the lead inspector allocates files" in caught.value.message.en
    assert "Dim ond yr arolygydd arweiniol" in caught.value.message.cy
    # Bryn opens Ann's file: the app asks, and the choice is recorded.
    assert lead.allocation.allocated_elsewhere(cases["TST24-01"]) == "Ann Health"
    assert lead.allocation.allocated_elsewhere(cases["TST24-03"]) is None
    lead.allocation.record_editing_other(cases["TST24-01"])
    assert ("Bryn Police (HMICFRS)", "edit_allocated_to_other", "case_file") in audit_actors(lead, inspection_id)


def test_edit_details_and_remove_a_file_added_by_mistake(
    lead: AppServices, planned: tuple[str, dict[str, str]],
) -> None:
    inspection_id, cases = planned
    lead.allocation.edit_case(cases["TST24-03"], kind="tracked", age_band="5-11")
    changed = next(c for c in lead.cases.list(inspection_id) if c.reference == "TST24-03")
    assert (changed.kind, changed.age_band) == ("tracked", "5_11")
    with pytest.raises(UserError):
        lead.allocation.edit_case(cases["TST24-03"], age_band="ancient")
    removed = lead.allocation.remove_case(cases["TST24-02"])
    assert removed.answers == 0
    lead.answers.set_answer(cases["TST24-01"], VOC, "voc_01", "yes")
    with pytest.raises(UserError) as caught:
        lead.allocation.remove_case(cases["TST24-01"])
    assert "has 1 answer(s) in 1 form(s)" in caught.value.message.en and "Ni thynnwyd dim" in \
        caught.value.message.cy
    assert "TST24-01" in {c.reference for c in lead.cases.list(inspection_id)}  # nothing lost
    lead.allocation.remove_case(cases["TST24-01"], confirm=True)
    assert {c.reference for c in lead.cases.list(inspection_id)} == {"TST24-03"}
    with lead.context.reading() as session:
        from sqlalchemy import text

        tombstones = session.execute(text(
            "SELECT actor, old_json FROM audit_event WHERE action = 'delete' AND entity = 'case_file' ORDER BY at"
        )).all()
    assert [t[0] for t in tombstones] == ["Lena Lead (CIW)"] * 2
    assert '"reference":"TST24-01"' in tombstones[1][1] and '"answers":1' in tombstones[1][1]


def test_an_inspection_made_without_a_creator_signs_as_nobody_chosen_never_the_login(
    tmp_path: Path, bundled_catalogue: FormCatalogue,
) -> None:
    services = laptop(tmp_path, "fresh", bundled_catalogue)
    try:
        inspection_id = services.inspections.create(name="Plain", local_authority="LA", start="2024-01-01",
                                                    end="2024-01-02")
        assert {a for a, _x, _y in audit_actors(services, inspection_id)} == {UNIDENTIFIED}
        with pytest.raises(UserError, match="not in the team being set up"):
            services.inspections.create(name="Plain 2", local_authority="LA", start="2024-01-01",
                                        end="2024-01-02", me="Ghost")
    finally:
        services.close()

"""Three laptops (three real encrypted databases): the lead's later changes to the plan travel in packages and
stay made — a member's edit and retirement, a file's removal, and who holds each of a tracked file's
conversations — and an inspector's older package brings none of them back (services/merge.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.package_format import read_package
from jicpa_desktop.services.errors import UserError
from tests.handover.crafting import rewrite
from tests.handover.helpers import PASSPHRASE
from tests.team.conftest import laptop

VOC = "voice_of_child"


@pytest.fixture
def team_laptops(
    tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]], bundled_catalogue: FormCatalogue,
) -> Iterator[tuple[AppServices, AppServices]]:
    """Ann's and Bryn's laptops, joined from the lead's first consolidated package (files allocated, a spare
    inspector in the team)."""
    inspection_id, cases = planned
    lead.team.add(inspection_id, "Cai Spare", "ciw", "inspector")
    lead.allocation.allocate([cases["TST24-01"], cases["TST24-02"]], "Ann Health")
    lead.allocation.allocate([cases["TST24-03"]], "Bryn Police")
    plan = tmp_path / "plan.jicpa"
    lead.handover.export_package(inspection_id, plan, PASSPHRASE, consolidated=True)
    ann = laptop(tmp_path / "ann", "ann", bundled_catalogue)
    bryn = laptop(tmp_path / "bryn", "bryn", bundled_catalogue)
    try:
        ann.joining.join(plan, PASSPHRASE, "Ann Health")
        bryn.joining.join(plan, PASSPHRASE, "Bryn Police")
        yield ann, bryn
    finally:
        ann.close()
        bryn.close()


def team_of(services: AppServices, inspection_id: str) -> dict[str, tuple[str, str, bool]]:
    """Each member by id: (name, inspectorate, retired)."""
    return {m.id: (m.name, m.inspectorate, m.retired) for m in services.team.members(inspection_id)}


def references(services: AppServices, inspection_id: str) -> set[str]:
    return {c.reference for c in services.cases.list(inspection_id)}


def conversations(services: AppServices, case_id: str) -> dict[str, str | None]:
    return {c.person: c.inspector for c in services.allocation.conversations(case_id)}


def test_the_leads_edit_and_retirement_reach_the_inspectors_and_an_older_package_does_not_undo_them(
    tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]],
    team_laptops: tuple[AppServices, AppServices],
) -> None:
    inspection_id, cases = planned
    ann, bryn = team_laptops
    members = {m.name: m.id for m in lead.team.members(inspection_id)}

    # Ann works from the first plan and exports: her package still has the team as first created.
    ann.answers.set_answer(cases["TST24-01"], VOC, "voc_01", "no", evidence="Not seen for three months.")
    older = tmp_path / "ann-older.jicpa"
    ann.handover.export_package(inspection_id, older, PASSPHRASE, inspector="Ann Health")

    # Meanwhile the lead corrects Bryn's name and role and retires the spare inspector.
    lead.team.edit(inspection_id, members["Bryn Police"], name="Bryn Heddlu", role="lead")
    lead.team.retire(inspection_id, members["Cai Spare"])
    after_edits = team_of(lead, inspection_id)

    # Ann's older package is imported at the lead (it was refused before: the renamed member's id "named
    # someone else"): her answer arrives, and neither the old name nor the retired member comes back.
    result = lead.handover.apply_import([older], PASSPHRASE, inspection_id=inspection_id)
    assert result.applied and [a.author for a in result.changed_answers] == ["Ann Health (HIW)"]
    assert team_of(lead, inspection_id) == after_edits
    assert after_edits[members["Bryn Police"]] == ("Bryn Heddlu", "hmicfrs", False)
    assert after_edits[members["Cai Spare"]] == ("Cai Spare", "ciw", True)
    assert [m.role for m in lead.team.members(inspection_id) if m.name == "Bryn Heddlu"] == ["lead"]

    # The consolidated package carries the edit and the retirement to both laptops.
    plan2 = tmp_path / "plan2.jicpa"
    lead.handover.export_package(inspection_id, plan2, PASSPHRASE, consolidated=True)
    _manifest, data = read_package(plan2, PASSPHRASE)
    carried = {m.id: m for m in data.inspection.team}
    assert carried[members["Cai Spare"]].retired_at is not None
    assert carried[members["Bryn Police"]].updated_by == "Lena Lead (CIW)"
    for inspector in (ann, bryn):
        inspector.handover.apply_import([plan2], PASSPHRASE, inspection_id=inspection_id)
        assert team_of(inspector, inspection_id) == after_edits
        assert "Cai Spare" not in {m.name for m in inspector.team.members(inspection_id, include_retired=False)}
    # A laptop joining from this package is not offered the retired member.
    assert [m.name for m in lead.joining.preview(plan2, PASSPHRASE).team] == ["Bryn Heddlu", "Lena Lead",
                                                                              "Ann Health"]
    # Bryn is who he was on his laptop, under his corrected name.
    assert bryn.identity.current(inspection_id).name == "Bryn Heddlu"  # type: ignore[union-attr]

    # Importing Ann's older package again anywhere changes nothing; the lead brings Cai back and that travels too.
    assert not lead.handover.apply_import([older], PASSPHRASE, inspection_id=inspection_id).applied
    lead.team.retire(inspection_id, members["Cai Spare"], retired=False)
    plan3 = tmp_path / "plan3.jicpa"
    lead.handover.export_package(inspection_id, plan3, PASSPHRASE, consolidated=True)
    ann.handover.apply_import([older, plan3], PASSPHRASE, inspection_id=inspection_id)
    assert team_of(ann, inspection_id)[members["Cai Spare"]] == ("Cai Spare", "ciw", False)


def test_a_removed_file_stays_removed_everywhere_whatever_the_order(
    tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]],
    team_laptops: tuple[AppServices, AppServices],
) -> None:
    inspection_id, cases = planned
    ann, bryn = team_laptops
    # Ann answers TST24-02 before she hears that it was added by mistake, and exports.
    ann.answers.set_answer(cases["TST24-02"], VOC, "voc_01", "yes")
    ann.answers.set_answer(cases["TST24-01"], VOC, "voc_01", "no")
    older = tmp_path / "ann-older.jicpa"
    ann.handover.export_package(inspection_id, older, PASSPHRASE, inspector="Ann Health")

    check = lead.allocation.remove_case(cases["TST24-02"])  # no answers on the lead's laptop yet
    assert (check.reference, check.answers) == ("TST24-02", 0)

    # Ann's package still holds the file with an answer: it does not come back, the rest of her work arrives.
    result = lead.handover.apply_import([older], PASSPHRASE, inspection_id=inspection_id)
    assert result.applied and references(lead, inspection_id) == {"TST24-01", "TST24-03"}
    assert [(a.case_reference, a.question_id) for a in result.changed_answers] == [("TST24-01", "voc_01")]
    assert not lead.handover.apply_import([older], PASSPHRASE, inspection_id=inspection_id).applied

    plan2 = tmp_path / "plan2.jicpa"
    lead.handover.export_package(inspection_id, plan2, PASSPHRASE, consolidated=True)
    _manifest, data = read_package(plan2, PASSPHRASE)
    assert [(t.id, t.reference, t.removed_by) for t in data.removed_cases] == [
        (cases["TST24-02"], "TST24-02", "Lena Lead (CIW)")]

    # Ann's laptop loses the file (and its answers); the removal is in her audit trail with who removed it.
    ann.handover.apply_import([plan2], PASSPHRASE, inspection_id=inspection_id)
    assert references(ann, inspection_id) == {"TST24-01", "TST24-03"}
    with ann.context.reading() as session:
        from sqlalchemy import text

        events = session.execute(
            text("SELECT actor, new_json FROM audit_event WHERE entity = 'case_file' AND action = 'delete' "
                 "AND entity_id = :c ORDER BY at"), {"c": cases["TST24-02"]}).all()
    assert [e[0] for e in events] == ["Lena Lead (CIW)", "Ann Health (HIW)"]
    assert json.loads(events[1][1])["removed_by"] == "Lena Lead (CIW)"
    # Ann's next package carries the tombstone on, and does not hold the file.
    again = tmp_path / "ann-again.jicpa"
    ann.handover.export_package(inspection_id, again, PASSPHRASE, inspector="Ann Health")
    _m, ann_data = read_package(again, PASSPHRASE)
    assert cases["TST24-02"] not in {c.id for c in ann_data.cases}
    assert [t.id for t in ann_data.removed_cases] == [cases["TST24-02"]]

    # Bryn takes Ann's older package and the lead's in one batch, then again one at a time in the other order:
    # the file never appears.
    bryn.handover.apply_import([older, plan2], PASSPHRASE, inspection_id=inspection_id)
    assert references(bryn, inspection_id) == {"TST24-01", "TST24-03"}
    assert not bryn.handover.apply_import([plan2], PASSPHRASE, inspection_id=inspection_id).applied
    assert not bryn.handover.apply_import([older], PASSPHRASE, inspection_id=inspection_id).applied
    assert references(bryn, inspection_id) == {"TST24-01", "TST24-03"}


def test_conversations_of_a_tracked_file_are_allocated_and_travel(
    tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]],
    team_laptops: tuple[AppServices, AppServices],
) -> None:
    inspection_id, cases = planned
    ann, bryn = team_laptops
    tracked = cases["TST24-02"]
    assert lead.allocation.allocate_conversations(tracked, ["child", "family"], "Ann Health").changed == 2
    result = lead.allocation.allocate_conversations(tracked, ["key_worker", "manager", "family"], "Bryn Police")
    assert (result.changed, result.unchanged) == (3, 0)
    assert lead.allocation.allocate_conversations(tracked, ["manager"], "Bryn Police").unchanged == 1
    with pytest.raises(UserError, match="sampled file"):
        lead.allocation.allocate_conversations(cases["TST24-01"], ["child"], "Ann Health")
    with pytest.raises(UserError, match="Unknown conversation"):
        lead.allocation.allocate_conversations(tracked, ["neighbour"], "Ann Health")
    planned_talks = {"child": "Ann Health", "family": "Bryn Police", "key_worker": "Bryn Police",
                     "manager": "Bryn Police", "other_professionals": None}
    assert conversations(lead, tracked) == planned_talks

    plan2 = tmp_path / "plan2.jicpa"
    lead.handover.export_package(inspection_id, plan2, PASSPHRASE, consolidated=True)
    for inspector in (ann, bryn):
        inspector.handover.apply_import([plan2], PASSPHRASE, inspection_id=inspection_id)
        assert conversations(inspector, tracked) == planned_talks
    # Bryn's own package holds the tracked file he has conversations in, though the file is Ann's.
    bryn_package = tmp_path / "bryn.jicpa"
    bryn.handover.export_package(inspection_id, bryn_package, PASSPHRASE, inspector="Bryn Police")
    _m, bryn_data = read_package(bryn_package, PASSPHRASE)
    assert tracked in {c.id for c in bryn_data.cases}
    assert {(a.person, a.updated_by) for a in bryn_data.conversations} == {
        (p, "Lena Lead (CIW)") for p in ("child", "family", "key_worker", "manager")}

    # The lead moves the child's conversation to Bryn; Bryn's (older) package does not move it back.
    lead.allocation.allocate_conversations(tracked, ["child"], "Bryn Police")
    lead.allocation.allocate_conversations(tracked, ["family"], None)
    lead.handover.apply_import([bryn_package], PASSPHRASE, inspection_id=inspection_id)
    moved = {**planned_talks, "child": "Bryn Police", "family": None}
    assert conversations(lead, tracked) == moved
    plan3 = tmp_path / "plan3.jicpa"
    lead.handover.export_package(inspection_id, plan3, PASSPHRASE, consolidated=True)
    ann.handover.apply_import([plan3, bryn_package], PASSPHRASE, inspection_id=inspection_id)
    assert conversations(ann, tracked) == moved
    # Bryn holds conversations, so once his file is Ann's he still cannot be retired until they are someone else's.
    lead.allocation.allocate([cases["TST24-03"]], "Ann Health")
    bryn_id = {m.name: m.id for m in lead.team.members(inspection_id)}["Bryn Police"]
    with pytest.raises(UserError, match="3 conversation"):
        lead.team.retire(inspection_id, bryn_id)
    lead.allocation.allocate_conversations(tracked, ["child", "key_worker", "manager"], "Ann Health")
    assert lead.team.retire(inspection_id, bryn_id).retired


def test_a_version_1_package_still_imports_and_changes_no_member(
    tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]],
    team_laptops: tuple[AppServices, AppServices],
) -> None:
    inspection_id, cases = planned
    ann, _bryn = team_laptops
    ann.answers.set_answer(cases["TST24-01"], VOC, "voc_01", "no")
    current = tmp_path / "ann.jicpa"
    ann.handover.export_package(inspection_id, current, PASSPHRASE, inspector="Ann Health")

    def as_version_1(entries: dict[str, bytes]) -> dict[str, bytes]:
        entries.pop("data/removed_cases.json")
        entries.pop("data/conversations.json")
        return entries

    old = rewrite(
        current, tmp_path / "ann-v1.jicpa",
        data=lambda d: replace(d, inspection=replace(d.inspection, team=tuple(
            replace(m, retired_at=None, updated_at=None, updated_by="") for m in d.inspection.team))),
        manifest=lambda m: replace(m, format_version=1), listed=as_version_1,
    )
    manifest, data = read_package(old, PASSPHRASE)
    assert manifest.format_version == 1 and data.removed_cases == () and data.conversations == ()
    assert all(m.updated_at is None for m in data.inspection.team)

    members = {m.name: m.id for m in lead.team.members(inspection_id)}
    lead.team.retire(inspection_id, members["Cai Spare"])
    lead.team.edit(inspection_id, members["Ann Health"], name="Ann Iechyd")
    before = team_of(lead, inspection_id)
    result = lead.handover.apply_import([old], PASSPHRASE, inspection_id=inspection_id)
    assert result.applied and [a.case_reference for a in result.changed_answers] == ["TST24-01"]
    assert team_of(lead, inspection_id) == before
    assert before[members["Cai Spare"]][2] and before[members["Ann Health"]][0] == "Ann Iechyd"


def test_a_files_edited_details_travel_and_an_older_package_does_not_undo_them(
    tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]],
    team_laptops: tuple[AppServices, AppServices],
) -> None:
    inspection_id, cases = planned
    ann, _bryn = team_laptops
    ann.answers.set_answer(cases["TST24-01"], VOC, "voc_01", "no")
    older = tmp_path / "ann-older.jicpa"
    ann.handover.export_package(inspection_id, older, PASSPHRASE, inspector="Ann Health")
    lead.allocation.edit_case(cases["TST24-01"], age_band="5_11")
    lead.allocation.edit_case(cases["TST24-03"], kind="tracked")
    lead.allocation.allocate([cases["TST24-01"]], "Bryn Police")
    lead.handover.apply_import([older], PASSPHRASE, inspection_id=inspection_id)
    plan2 = tmp_path / "plan2.jicpa"
    lead.handover.export_package(inspection_id, plan2, PASSPHRASE, consolidated=True)
    ann.handover.apply_import([plan2], PASSPHRASE, inspection_id=inspection_id)
    for services in (lead, ann):
        shown = {c.reference: (c.kind, c.age_band, c.inspector) for c in services.cases.list(inspection_id)}
        assert shown["TST24-01"] == ("sampled", "5_11", "Bryn Police")
        assert shown["TST24-03"] == ("tracked", "", "Bryn Police")


def test_migration_0010_keeps_earlier_removals_as_tombstones_that_travel(tmp_path: Path) -> None:
    import sqlite3

    from jicpa_desktop.store.engine import create_store_engine
    from jicpa_desktop.store.migrate import migrate

    path = tmp_path / "old.sqlite3"
    engine = create_store_engine(path)
    migrate(engine, path, target="0009")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO inspection (id, name, local_authority, start_date, end_date, created_at, updated_at) "
            "VALUES ('i1', 'Week one', 'Testshire', '2024-01-15', '2024-01-19', 't', 't')")
        connection.execute(
            "INSERT INTO team_member (id, inspection_id, name, inspectorate, role, created_at, retired_at) VALUES "
            "('m1', 'i1', 'Ann Health', 'hiw', 'inspector', '2024-01-15T09:00:00Z', '2024-01-16T09:00:00Z'), "
            "('m2', 'i1', 'Bryn Police', 'hmicfrs', 'inspector', '2024-01-15T09:00:00Z', NULL)")
        connection.execute(
            "INSERT INTO audit_event (id, inspection_id, at, actor, action, entity, entity_id, field, old_json, "
            "new_json) VALUES ('e1', 'i1', '2024-01-16T10:00:00Z', 'Lena Lead (CIW)', 'delete', 'case_file', 'c1', "
            "'', :old, NULL)", {"old": json.dumps({"reference": "TST24-09", "agency": "health"})})
    engine = create_store_engine(path)
    migrate(engine, path)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT * FROM case_tombstone").fetchall() == [
            ("c1", "i1", "TST24-09", "health", "2024-01-16T10:00:00Z", "Lena Lead (CIW)")]
        assert connection.execute("SELECT id, updated_at, updated_by FROM team_member ORDER BY id").fetchall() == [
            ("m1", "2024-01-16T09:00:00Z", ""), ("m2", "2024-01-15T09:00:00Z", "")]


def test_a_file_swapped_out_of_the_sample_does_not_come_back(
    tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]], bundled_catalogue: FormCatalogue,
) -> None:
    from tests.team.test_sample import _list

    inspection_id, _cases = planned
    assert lead.frame.import_list(inspection_id, _list(tmp_path)).applied
    draw = lead.frame.draw(inspection_id, sampled=2, tracked=0, seed="7", rationale="a week's sample")
    plan = tmp_path / "plan.jicpa"
    lead.handover.export_package(inspection_id, plan, PASSPHRASE, consolidated=True)
    ann = laptop(tmp_path / "ann", "ann", bundled_catalogue)
    try:
        ann.joining.join(plan, PASSPHRASE, "Ann Health")
        older = tmp_path / "ann-older.jicpa"
        ann.handover.export_package(inspection_id, older, PASSPHRASE)  # still holds the file to be swapped out
        out_reference = next(c.reference for c in lead.cases.list(inspection_id) if c.id == draw.case_ids[0])
        spare = next(c for c in lead.frame.candidates(inspection_id)
                     if c.reference not in references(lead, inspection_id) and c.agency == "health")
        lead.frame.choices.swap(inspection_id, draw.case_ids[0], spare.reference, spare.agency, "Family moved away")
        lead.handover.apply_import([older], PASSPHRASE, inspection_id=inspection_id)
        assert out_reference not in references(lead, inspection_id)
        assert spare.reference in references(lead, inspection_id)
        plan2 = tmp_path / "plan2.jicpa"
        lead.handover.export_package(inspection_id, plan2, PASSPHRASE, consolidated=True)
        ann.handover.apply_import([plan2], PASSPHRASE, inspection_id=inspection_id)
        assert references(ann, inspection_id) == references(lead, inspection_id)
    finally:
        ann.close()


def test_the_import_preview_names_the_files_a_package_removes(
    qtbot: QtBot, tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]],
    team_laptops: tuple[AppServices, AppServices],
) -> None:
    from jicpa_desktop.ui.handover import open_import_wizard
    from jicpa_desktop.ui.i18n import Translations

    inspection_id, cases = planned
    ann, _bryn = team_laptops
    lead.allocation.remove_case(cases["TST24-02"])
    plan2 = tmp_path / "plan2.jicpa"
    lead.handover.export_package(inspection_id, plan2, PASSPHRASE, consolidated=True)
    preview = ann.handover.preview_import([plan2], PASSPHRASE, inspection_id=inspection_id)
    assert preview.removed_cases == (("TST24-02", "health"),) and not preview.changes_nothing

    Translations().apply("en")
    wizard = open_import_wizard(None, ann, inspection_id)
    qtbot.addWidget(wizard)
    wizard.files_page.add_files([str(plan2)])
    wizard.files_page.passphrase.setText(PASSPHRASE)
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None or bool(page.error), timeout=10000)
    rows = [(page.table.item(r, 0).text(), page.table.item(r, 1).text()) for r in range(page.table.rowCount())]
    assert ("Removed file", "TST24-02 (Health)") in rows
    assert "1 file removed" in page.summary.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=10000)
    assert "1 file removed" in wizard.result_page.result.text()
    assert references(ann, inspection_id) == {"TST24-01", "TST24-03"}

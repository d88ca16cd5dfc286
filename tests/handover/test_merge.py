"""Three inspectors' laptops, built independently from one inspection, merged at the lead in every order."""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.package_format import envelope
from jicpa_desktop.services.errors import UserError
from tests.encrypted_db import connect_raw, copy_database
from tests.handover.conftest import Team
from tests.handover.helpers import PASSPHRASE, consolidated_state, db_checksum

VOC = "voice_of_child"


@pytest.fixture
def fresh_lead(team: Team, tmp_path: Path, bundled_catalogue: FormCatalogue) -> Iterator[AppServices]:
    target = tmp_path / "lead.sqlite3"
    copy_database(team.lead_base, target)
    services = build_services(target, actor="Lead Lewis", catalogue=bundled_catalogue)
    yield services
    services.close()


def _state_after(team: Team, tmp_path: Path, catalogue: FormCatalogue, batches: list[list[str]]) -> dict[str, object]:
    target = tmp_path / f"lead-{len(list(tmp_path.iterdir()))}.sqlite3"
    copy_database(team.lead_base, target)
    lead = build_services(target, actor="Lead Lewis", catalogue=catalogue)
    for batch in batches:
        lead.handover.apply_import([team.packages[name] for name in batch], PASSPHRASE)
    lead.close()
    return consolidated_state(target)


def test_every_import_order_gives_the_same_consolidated_result(
    team: Team,
    tmp_path: Path,
    bundled_catalogue: FormCatalogue,
) -> None:
    names = list(team.packages)
    reference = _state_after(team, tmp_path, bundled_catalogue, [names])  # all three in one transaction
    for order in itertools.permutations(names):
        assert _state_after(team, tmp_path, bundled_catalogue, [[n] for n in order]) == reference, order
    repeated = [[names[0]], [names[1], names[0]], [names[2]], [names[1]]]
    assert _state_after(team, tmp_path, bundled_catalogue, repeated) == reference
    assert len(reference["cases"]) == 4  # the case added twice offline is one case
    assert len(reference["open_conflicts"]) == 2  # voc_05 on TST24-01 and the date on TST24-04


def test_reimporting_changes_nothing_byte_for_byte(
    team: Team, fresh_lead: AppServices, bundled_catalogue: FormCatalogue
) -> None:
    fresh_lead.handover.apply_import(list(team.packages.values()), PASSPHRASE)
    before = db_checksum(fresh_lead)
    lead = build_services(fresh_lead.db_path, actor="Lead Lewis", catalogue=bundled_catalogue)
    again = lead.handover.apply_import(list(team.packages.values()), PASSPHRASE)
    assert not again.applied and again.changes_nothing
    assert sorted(again.already_imported) == sorted(p.package_id for p in again.packages)
    assert db_checksum(lead) == before


def test_preview_lists_new_files_changed_answers_and_conflicts_and_keeps_nothing(
    team: Team,
    fresh_lead: AppServices,
    bundled_catalogue: FormCatalogue,
) -> None:
    fresh_lead.handover.apply_import([team.packages["Ann Health"]], PASSPHRASE)
    before = db_checksum(fresh_lead)
    lead = build_services(fresh_lead.db_path, actor="Lead Lewis", catalogue=bundled_catalogue)
    preview = lead.handover.preview_import([team.packages["Bryn Police"]], PASSPHRASE)
    assert preview.new_cases == (("TST24-04", "health"),)
    changed = {(c.case_reference, c.question_id, c.new_value, c.author) for c in preview.changed_answers}
    assert ("TST24-03", "voc_01", "Partly", "Bryn Police") in changed
    [conflict] = preview.conflicts
    assert conflict.question_id == "voc_05" and conflict.case_reference == "TST24-01"
    assert {(s.value, s.author) for s in conflict.sides} == {("Yes", "Ann Health"), ("No", "Bryn Police")}
    assert {s.inspector for s in conflict.sides} == {"Ann Health", "Bryn Police"}
    assert db_checksum(lead) == before


def test_conflict_keeps_both_values_and_resolution_is_audited_and_sticks(
    team: Team,
    fresh_lead: AppServices,
    bundled_catalogue: FormCatalogue,
) -> None:
    handover = fresh_lead.handover
    handover.apply_import(list(team.packages.values()), PASSPHRASE)
    conflicts = {c.question_id: c for c in handover.list_conflicts(team.inspection_id)}
    assert set(conflicts) == {"voc_05", "std_date_completed"}
    voc = conflicts["voc_05"]
    assert sum(s.shown for s in voc.sides) == 1
    with pytest.raises(UserError, match="reason"):
        handover.resolve_conflict(voc.id, "theirs", "  ")
    with pytest.raises(UserError, match="not one of the choices"):
        handover.resolve_conflict(voc.id, "perhaps", "typo")
    resolved = handover.resolve_conflict(voc.id, "partly", "Both partly right: wishes recorded once.")
    assert resolved.status == "resolved" and resolved.resolved_by == "Lead Lewis"
    view = fresh_lead.answers.load(team.cases["TST24-01"], VOC)
    assert view.state.answers["voc_05"] == "partly"
    dates = conflicts["std_date_completed"]
    mine = next(s for s in dates.sides if s.shown)
    handover.resolve_conflict(dates.id, "mine", "Later date is the completion.")
    assert handover.list_conflicts(team.inspection_id) == []
    connection = connect_raw(fresh_lead.db_path)
    events = connection.execute(
        "SELECT actor, new_json FROM audit_event WHERE action = 'resolve' ORDER BY at"
    ).fetchall()
    connection.close()
    assert [e[0] for e in events] == ["Lead Lewis", "Lead Lewis"]
    assert json.loads(events[0][1])["reason"] == "Both partly right: wishes recorded once."
    assert json.loads(events[1][1])["value"] == json.loads(mine.value_json)
    # Re-importing either side later does not reopen it: the resolution descends from both.
    handover.apply_import(list(team.packages.values()), PASSPHRASE)
    assert handover.list_conflicts(team.inspection_id) == []
    assert len(handover.list_conflicts(team.inspection_id, include_closed=True)) == 2


def test_provenance_names_inspector_and_package(team: Team, fresh_lead: AppServices) -> None:
    preview = fresh_lead.handover.apply_import(list(team.packages.values()), PASSPHRASE)
    package_of = {p.inspector: p.package_id for p in preview.packages}
    rows = fresh_lead.handover.answer_provenance(team.cases["TST24-02"])
    assert {(r[1], r[3], r[5], r[6]) for r in rows} == {
        ("voc_01", "Ann Health", "Ann Health", package_of["Ann Health"]),
        ("voc_02", "Ann Health", "Ann Health", package_of["Ann Health"]),
    }


def test_consolidated_package_goes_back_out_with_moderation_and_everyones_files(
    team: Team,
    fresh_lead: AppServices,
    tmp_path: Path,
    bundled_catalogue: FormCatalogue,
) -> None:
    handover = fresh_lead.handover
    handover.apply_import(list(team.packages.values()), PASSPHRASE)
    shared = team.cases["TST24-01"]
    moderated = handover.moderate_grade(shared, VOC, "inadequate", "Risk left unmanaged for weeks.")
    assert (moderated.final_grade, moderated.moderated_grade) == ("requires_improvement", "inadequate")
    summary = handover.agreement_summary(team.inspection_id)
    assert (summary.overall.moderated, summary.overall.lowered) == (1, 1)
    assert [r.label for r in summary.by_inspector] == ["Cerys Social"]
    assert [r.label for r in summary.by_form] == [VOC]
    out = tmp_path / "consolidated.jicpa"
    handover.export_package(team.inspection_id, out, PASSPHRASE, consolidated=True)
    # Ann's laptop (a copy of hers from before) learns the others' files and the moderation.
    ann = build_services(tmp_path / "ann.sqlite3", actor="Ann Health", catalogue=bundled_catalogue)
    ann.handover.apply_import([out], PASSPHRASE)
    assert {c.reference for c in ann.cases.list(team.inspection_id)} == {"TST24-01", "TST24-02", "TST24-03", "TST24-04"}
    [seen] = [m for m in ann.handover.moderations(team.inspection_id) if m.moderated_grade]
    assert (seen.final_grade, seen.moderated_grade, seen.reason) == (
        "requires_improvement",
        "inadequate",
        "Risk left unmanaged for weeks.",
    )
    assert len(ann.handover.list_conflicts(team.inspection_id)) == 2  # the lead has not resolved them yet
    # Same rules the other way: the lead re-importing its own consolidated package changes nothing.
    before = db_checksum(fresh_lead)
    lead = build_services(fresh_lead.db_path, actor="Lead Lewis", catalogue=bundled_catalogue)
    assert lead.handover.apply_import([out], PASSPHRASE).changes_nothing
    assert db_checksum(lead) == before
    ann.close()


def test_local_edit_after_import_descends_from_both_heads(team: Team, fresh_lead: AppServices) -> None:
    fresh_lead.handover.apply_import(list(team.packages.values()), PASSPHRASE)
    fresh_lead.answers.set_answer(team.cases["TST24-01"], VOC, "voc_05", "partly")
    assert [c.question_id for c in fresh_lead.handover.list_conflicts(team.inspection_id)] == ["std_date_completed"]


def test_subset_export_holds_only_the_chosen_files(team: Team, fresh_lead: AppServices, tmp_path: Path) -> None:
    fresh_lead.handover.apply_import(list(team.packages.values()), PASSPHRASE)
    out = tmp_path / "one.jicpa"
    result = fresh_lead.handover.export_package(team.inspection_id, out, PASSPHRASE, case_ids=[team.cases["TST24-02"]])
    info = fresh_lead.handover.inspect_package(out, PASSPHRASE)
    assert info.counts["cases"] == 1 and not info.whole_inspection and result.encrypted
    assert info.counts["answers"] == 2


def _salt(package: Path) -> str:
    blob = package.read_bytes()
    length = int.from_bytes(blob[8:12], "big")
    return str(json.loads(blob[12 : 12 + length])["kdf"]["salt"])


def test_one_inspections_packages_share_a_salt_so_the_lead_derives_the_key_once(
    team: Team, fresh_lead: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len({_salt(p) for p in team.packages.values()}) == 1
    assert envelope.inspection_salt(team.inspection_id) != envelope.inspection_salt(str(uuid.uuid4()))
    derived: list[bytes] = []
    real = envelope._derive

    def counting(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
        derived.append(salt)
        return real(passphrase, salt, n, r, p)

    monkeypatch.setattr(envelope, "_derive", counting)
    applied = fresh_lead.handover.apply_import(list(team.packages.values()), PASSPHRASE)
    assert applied.applied and len(team.packages) == 3
    assert derived == [envelope.inspection_salt(team.inspection_id)]
    with pytest.raises(UserError, match="Wrong passphrase"):
        fresh_lead.handover.preview_import(list(team.packages.values()), PASSPHRASE + " typo")

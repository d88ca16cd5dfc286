"""The audit hash chain: tampering directly in the database file (trigger dropped) is caught and named by
`audit verify`; a package whose chain was altered is refused with the database unchanged."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from jicpa_desktop.cli import main
from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.domain.audit_hash import GENESIS, ChainedEvent, check_chain, event_hash
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.package_format import PackageData
from jicpa_desktop.services.package_import import PackageRefusedError
from tests.audit.raw import connect_raw
from tests.handover.crafting import rewrite
from tests.handover.helpers import PASSPHRASE, db_checksum, laptop, lead_with_inspection

NOTE = "Strategy meeting held within 24 hours; minutes on file."


def _answers(services: AppServices, case_id: str) -> None:
    services.answers.set_answer(case_id, "voice_of_child", "voc_02", "yes", evidence=NOTE)
    services.answers.set_answer(case_id, "voice_of_child", "voc_02", "no", evidence=NOTE + "!")


@pytest.fixture
def world(services: AppServices, inspection_id: str) -> tuple[AppServices, str]:
    case_id = services.cases.add(inspection_id, reference="TST24-01", agency="children_services", kind="tracked")
    _answers(services, case_id)
    return services, inspection_id


def _events(db: Path, inspection_id: str) -> list[tuple[str, int]]:
    connection = connect_raw(db)
    try:
        return [(r[0], r[1]) for r in connection.execute(
            "SELECT id, seq FROM audit_event WHERE inspection_id = ? ORDER BY seq", (inspection_id,))]
    finally:
        connection.close()


def _tamper(db: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    connection = connect_raw(db)
    try:
        connection.execute("DROP TRIGGER audit_event_no_update")
        connection.execute("DROP TRIGGER audit_event_no_delete")
        for sql, params in statements:
            connection.execute(sql, params)
        connection.commit()
    finally:
        connection.close()


def _verify(db: Path, inspection_id: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    code = main(["--db", str(db), "audit", "verify", "--inspection", inspection_id, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_an_untouched_trail_verifies_with_its_count(
    world: tuple[AppServices, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    services, inspection_id = world
    total = len(_events(services.db_path, inspection_id))
    services.close()
    assert total >= 5  # inspection, case, response, two answers with notes
    code = main(["--db", str(services.db_path), "audit", "verify", "--inspection", inspection_id])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("ok:") and f"({total} events" in out
    code, result = _verify(services.db_path, inspection_id, capsys)
    assert code == 0 and result["ok"] is True and result["events"] == total and result["broken"] is None


def test_the_stored_hashes_follow_the_documented_encoding(world: tuple[AppServices, str]) -> None:
    services, inspection_id = world
    connection = connect_raw(services.db_path)
    try:
        rows = connection.execute(
            "SELECT id, at, actor, action, entity, entity_id, field, old_json, new_json, seq, prev_hash, hash "
            "FROM audit_event WHERE inspection_id = ? ORDER BY seq", (inspection_id,)).fetchall()
    finally:
        connection.close()
    previous = GENESIS
    for row in rows:
        payload = json.dumps(["jicpa-audit-event-1", inspection_id, row[9], *row[:9], previous],
                             ensure_ascii=False, separators=(",", ":"))
        import hashlib

        assert row[10] == previous
        assert row[11] == hashlib.sha256(payload.encode("utf-8")).hexdigest() == event_hash(
            inspection_id, row[9], ChainedEvent(*row), previous)
        previous = row[11]
    assert check_chain(inspection_id, [ChainedEvent(*r) for r in rows], head=(len(rows), previous)).ok


def test_an_event_edited_in_the_file_is_named(
    world: tuple[AppServices, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    services, inspection_id = world
    events = _events(services.db_path, inspection_id)
    services.close()
    victim = events[-2][0]
    _tamper(services.db_path, ("UPDATE audit_event SET new_json = '\"tampered\"' WHERE id = ?", (victim,)))
    code, result = _verify(services.db_path, inspection_id, capsys)
    assert code == 1 and result["ok"] is False
    broken = result["broken"]
    assert isinstance(broken, dict)
    assert broken["event_id"] == victim and broken["kind"] == "edited" and broken["position"] == len(events) - 1
    assert "changed after it was written" in str(broken["what"])
    # The text form names it too, with its time, and Welsh is there.
    assert main(["--db", str(services.db_path), "audit", "verify", "--inspection", inspection_id]) == 1
    text = capsys.readouterr().out
    assert text.startswith("BROKEN:") and victim in text and "written 20" in text
    assert main(["--db", str(services.db_path), "--lang", "cy", "audit", "verify", "--inspection", inspection_id]) == 1
    assert "WEDI TORRI" in capsys.readouterr().out


def test_an_event_deleted_from_the_middle_is_caught(
    world: tuple[AppServices, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    services, inspection_id = world
    events = _events(services.db_path, inspection_id)
    services.close()
    _tamper(services.db_path, ("DELETE FROM audit_event WHERE id = ?", (events[2][0],)))
    code, result = _verify(services.db_path, inspection_id, capsys)
    broken = result["broken"]
    assert code == 1 and isinstance(broken, dict)
    # The event after the gap is named: it is at a position that is not the next one.
    assert broken["event_id"] == events[3][0] and broken["kind"] == "position"


def test_the_last_event_deleted_is_caught(world: tuple[AppServices, str], capsys: pytest.CaptureFixture[str]) -> None:
    services, inspection_id = world
    events = _events(services.db_path, inspection_id)
    services.close()
    _tamper(services.db_path, ("DELETE FROM audit_event WHERE id = ?", (events[-1][0],)))
    code, result = _verify(services.db_path, inspection_id, capsys)
    broken = result["broken"]
    assert code == 1 and isinstance(broken, dict) and broken["kind"] == "tail"
    assert broken["event_id"] == events[-2][0]


def test_an_event_inserted_is_caught(world: tuple[AppServices, str], capsys: pytest.CaptureFixture[str]) -> None:
    services, inspection_id = world
    services.close()
    forged = "00000000-0000-4000-8000-000000000001"
    _tamper(services.db_path, (
        "INSERT INTO audit_event (id, inspection_id, at, actor, action, entity, entity_id, field) "
        "VALUES (?, ?, '2024-01-16T10:00:00Z', 'Someone', 'update', 'answer', 'x', '')", (forged, inspection_id)))
    code, result = _verify(services.db_path, inspection_id, capsys)
    broken = result["broken"]
    assert code == 1 and isinstance(broken, dict)
    assert broken["event_id"] == forged and broken["kind"] == "not_linked"


def test_an_event_inserted_with_a_made_up_place_is_caught(
    world: tuple[AppServices, str], capsys: pytest.CaptureFixture[str]
) -> None:
    services, inspection_id = world
    events = _events(services.db_path, inspection_id)
    services.close()
    forged = "00000000-0000-4000-8000-000000000002"
    # Placed after the second event, with the positions after it moved up one, and a plausible hash.
    _tamper(
        services.db_path,
        ("DROP INDEX ix_audit_event_chain", ()),
        ("UPDATE audit_event SET seq = seq + 1 WHERE inspection_id = ? AND seq > 2", (inspection_id,)),
        ("INSERT INTO audit_event (id, inspection_id, at, actor, action, entity, entity_id, field, seq, prev_hash, "
         "hash) SELECT ?, inspection_id, at, actor, action, entity, entity_id, field, 3, hash, hash FROM audit_event "
         "WHERE id = ?", (forged, events[1][0])),
    )
    code, result = _verify(services.db_path, inspection_id, capsys)
    broken = result["broken"]
    assert code == 1 and isinstance(broken, dict) and broken["event_id"] == forged


def test_events_reordered_are_caught(world: tuple[AppServices, str], capsys: pytest.CaptureFixture[str]) -> None:
    services, inspection_id = world
    events = _events(services.db_path, inspection_id)
    services.close()
    (a, sa), (b, sb) = events[1], events[2]
    _tamper(
        services.db_path,
        ("UPDATE audit_event SET seq = -1 WHERE id = ?", (a,)),
        ("UPDATE audit_event SET seq = ? WHERE id = ?", (sa, b)),
        ("UPDATE audit_event SET seq = ? WHERE id = ?", (sb, a)),
    )
    code, result = _verify(services.db_path, inspection_id, capsys)
    broken = result["broken"]
    assert code == 1 and isinstance(broken, dict)
    assert broken["event_id"] == b and broken["position"] == sa


def test_an_unknown_inspection_is_a_clear_refusal(
    world: tuple[AppServices, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    services, _ = world
    services.close()
    code = main(["--db", str(services.db_path), "audit", "verify", "--inspection", "nope"])
    assert code == 1 and "There is no inspection 'nope'" in capsys.readouterr().err


# -- packages ------------------------------------------------------------------------------------------


@pytest.fixture
def handover(tmp_path: Path, bundled_catalogue: FormCatalogue) -> tuple[AppServices, AppServices, str, Path]:
    lead, inspection_id, cases = lead_with_inspection(tmp_path, bundled_catalogue)
    first = tmp_path / "first.jicpa"
    lead.handover.export_package(inspection_id, first, PASSPHRASE, consolidated=True)
    cerys = laptop(tmp_path, "Cerys Social", bundled_catalogue)
    cerys.handover.apply_import([first], PASSPHRASE)
    _answers(cerys, cases["TST24-01"])
    package = tmp_path / "cerys.jicpa"
    cerys.handover.export_package(inspection_id, package, PASSPHRASE, inspector="Cerys Social")
    return lead, cerys, inspection_id, package


def test_a_package_chain_verifies_and_is_linked_into_the_leads_chain(
    handover: tuple[AppServices, AppServices, str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lead, _, inspection_id, package = handover
    before = len(_events(lead.db_path, inspection_id))
    lead.handover.apply_import([package], PASSPHRASE, inspection_id=inspection_id)
    after = len(_events(lead.db_path, inspection_id))
    assert after > before + 1  # Cerys's events and the import's own
    lead.close()
    code, result = _verify(lead.db_path, inspection_id, capsys)
    assert code == 0 and result["events"] == after


def _alter_first_answer_event(d: PackageData) -> PackageData:
    index = next(i for i, e in enumerate(d.audit) if e.entity == "answer")
    altered = d.audit[index]._replace(new_json='"no"')
    return replace(d, audit=(*d.audit[:index], altered, *d.audit[index + 1:]))


def _drop_an_event(d: PackageData) -> PackageData:
    return replace(d, audit=d.audit[:2] + d.audit[3:])


@pytest.mark.parametrize(("alter", "words"), [
    (_alter_first_answer_event, "changed after it was written"),
    (_drop_an_event, "is missing or given twice"),
])
def test_a_package_with_a_tampered_chain_is_refused_and_the_database_unchanged(
    handover: tuple[AppServices, AppServices, str, Path],
    tmp_path: Path,
    bundled_catalogue: FormCatalogue,
    alter: object,
    words: str,
) -> None:
    lead, _, inspection_id, package = handover
    tampered = rewrite(package, tmp_path / "tampered.jicpa", data=alter)  # type: ignore[arg-type]
    before = db_checksum(lead)
    again = build_services(lead.db_path, actor="Lead Lewis", catalogue=bundled_catalogue)
    try:
        for attempt in (again.handover.preview_import, again.handover.apply_import):
            with pytest.raises(PackageRefusedError) as refused:
                attempt([tampered], PASSPHRASE, inspection_id=inspection_id)
            assert refused.value.problem == "audit_chain_broken"
            message = refused.value.message
            assert "tampered.jicpa" in message.en and words in message.en and "Nothing was imported" in message.en
            assert "Ni fewnforiwyd dim" in message.cy and "trywydd archwilio" in message.cy
    finally:
        again.close()
    assert db_checksum(again) == before


def test_the_edited_events_id_is_named_in_the_refusal(
    handover: tuple[AppServices, AppServices, str, Path], tmp_path: Path
) -> None:
    lead, _, inspection_id, package = handover
    from jicpa_desktop.services.package_import import read_one

    good = read_one(package, PASSPHRASE)
    victim = next(e for e in good.data.audit if e.entity == "answer")
    tampered = rewrite(package, tmp_path / "tampered.jicpa", data=_alter_first_answer_event)
    with pytest.raises(PackageRefusedError) as refused:
        lead.handover.preview_import([tampered], PASSPHRASE, inspection_id=inspection_id)
    assert victim.id in refused.value.message.en and victim.at in refused.value.message.en


def test_a_package_from_before_the_chain_still_imports(
    handover: tuple[AppServices, AppServices, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead, _, inspection_id, package = handover

    def unchain(d: PackageData) -> PackageData:
        return replace(d, audit=tuple(e._replace(seq=None, prev_hash=None, hash=None) for e in d.audit),
                       audit_chain=None)

    old = rewrite(package, tmp_path / "old.jicpa", data=unchain,
                  entries=lambda e: {k: v for k, v in e.items() if k != "data/audit_chain.json"})
    lead.handover.apply_import([old], PASSPHRASE, inspection_id=inspection_id)
    lead.close()
    code, result = _verify(lead.db_path, inspection_id, capsys)
    assert code == 0 and result["ok"] is True


def test_saving_goes_on_after_the_head_was_removed_and_verify_still_names_it(
    world: tuple[AppServices, str], capsys: pytest.CaptureFixture[str], bundled_catalogue: FormCatalogue
) -> None:
    services, inspection_id = world
    events = _events(services.db_path, inspection_id)
    services.close()
    _tamper(services.db_path,
            ("DELETE FROM audit_event WHERE id = ?", (events[-1][0],)),
            ("DELETE FROM audit_chain_head WHERE inspection_id = ?", (inspection_id,)))
    again = build_services(services.db_path, actor="Inspector Test", catalogue=bundled_catalogue)
    try:
        case_id = again.cases.add(inspection_id, reference="TST24-02", agency="children_services", kind="tracked")
        again.answers.set_answer(case_id, "voice_of_child", "voc_02", "yes", evidence=NOTE)  # saved, no crash
    finally:
        again.close()
    # The first event saved after the tampering links to the head as recorded (none: the genesis hash), so
    # the break stays visible there instead of being papered over by new events.
    code, result = _verify(services.db_path, inspection_id, capsys)
    broken = result["broken"]
    assert code == 1 and isinstance(broken, dict) and broken["kind"] == "link"
    assert broken["position"] == len(events)  # the place of the removed last event, taken by the new one

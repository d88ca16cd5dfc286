"""Package format 2's new records on the way in: members' last change, tombstones and conversation allocations
round-trip, and a package whose new records do not hold together is refused before any write (the database
file byte-for-byte unchanged)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.package_format import ConversationData, PackageData, read_package
from jicpa_desktop.package_format.model import FORMAT_VERSION
from jicpa_desktop.services.package_import import PackageRefusedError
from tests.handover.crafting import rewrite
from tests.handover.helpers import PASSPHRASE, db_checksum
from tests.team.conftest import lead, planned  # noqa: F401  (fixtures)


@pytest.fixture
def package(tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]]) -> Path:  # noqa: F811
    inspection_id, cases = planned
    lead.allocation.allocate_conversations(cases["TST24-02"], ["child"], "Ann Health")
    lead.team.retire(inspection_id, {m.name: m.id for m in lead.team.members(inspection_id)}["Bryn Police"])
    lead.allocation.remove_case(cases["TST24-03"])
    path = tmp_path / "plan.jicpa"
    lead.handover.export_package(inspection_id, path, PASSPHRASE, consolidated=True)
    return path


def test_the_new_records_round_trip(package: Path, planned: tuple[str, dict[str, str]]) -> None:  # noqa: F811
    _inspection_id, cases = planned
    manifest, data = read_package(package, PASSPHRASE)
    assert manifest.format_version == FORMAT_VERSION == 2
    assert manifest.counts["removed_cases"] == 1 and manifest.counts["conversations"] == 1
    assert [(t.id, t.reference, t.agency) for t in data.removed_cases] == [(cases["TST24-03"], "TST24-03", "police")]
    ann = next(m for m in data.inspection.team if m.name == "Ann Health")
    assert data.conversations == (ConversationData(cases["TST24-02"], "child", ann.id,
                                                   data.conversations[0].updated_at, "Lena Lead (CIW)"),)
    bryn = next(m for m in data.inspection.team if m.name == "Bryn Police")
    assert bryn.retired_at is not None and bryn.updated_at == bryn.retired_at and bryn.updated_by == "Lena Lead (CIW)"


def _conversation(change: Callable[[ConversationData], ConversationData]) -> Callable[[PackageData], PackageData]:
    return lambda d: replace(d, conversations=tuple(change(a) for a in d.conversations))


BAD = [
    ("unknown person", _conversation(lambda a: replace(a, person="neighbour")), "'neighbour', which is not one"),
    ("case not in the package", _conversation(lambda a: replace(a, case_id=str(uuid.uuid4()))),
     "names a case file the package does not hold"),
    ("member not in the team", _conversation(lambda a: replace(a, member_id=str(uuid.uuid4()))),
     "names an inspector who is not in the package's team"),
    ("one conversation twice", lambda d: replace(d, conversations=d.conversations * 2), "file's conversation"),
    ("one tombstone twice", lambda d: replace(d, removed_cases=d.removed_cases * 2), "removed case file"),
]


@pytest.mark.parametrize(("label", "change", "words"), BAD, ids=[b[0] for b in BAD])
def test_new_records_that_do_not_hold_together_are_refused_and_nothing_changes(
    tmp_path: Path, package: Path, lead: AppServices, bundled_catalogue: FormCatalogue,  # noqa: F811
    label: str, change: Callable[[PackageData], PackageData], words: str,
) -> None:
    bad = rewrite(package, tmp_path / "bad.jicpa", data=change)
    target = tmp_path / "other"
    target.mkdir()
    other = build_services(target / "other.sqlite3", actor="Someone", catalogue=bundled_catalogue)
    before = db_checksum(other)
    other = build_services(target / "other.sqlite3", actor="Someone", catalogue=bundled_catalogue)
    try:
        with pytest.raises(PackageRefusedError) as refused:
            other.handover.apply_import([bad], PASSPHRASE)
        assert refused.value.problem in {"inconsistent", "bad_schema"}, label
        assert words in str(refused.value), str(refused.value)
    finally:
        after = db_checksum(other)
    assert after == before

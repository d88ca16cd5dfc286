"""A hostile form definition carried in a package's form snapshot refuses that package, within a hard ceiling.

The inputs are those of tests/forms_engine/test_hostile_forms.py, applied to voice_of_child as version 9 and
carried in `forms/voice_of_child/v9.json`, with Ann's answers moved to that version. The lead's preview and
import run in a child process limited to 1 GiB of address space and a timeout; each must be refused (in
English and Welsh) and the lead's database file must be byte-for-byte unchanged.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.package_format import Manifest, PackageData
from jicpa_desktop.package_format.model import SnapshotData
from tests.forms_engine.test_hostile_forms import HOSTILE, IDS, Hostile, run_limited
from tests.handover.conftest import World
from tests.handover.crafting import rewrite
from tests.handover.helpers import PASSPHRASE, db_checksum

FORM = "voice_of_child"
VERSION = 9

IMPORT = """
import json, sys
from pathlib import Path
from jicpa_desktop.composition import build_services
from jicpa_desktop.forms_engine.loader import bundled_forms_dir, load_forms_dir
from jicpa_desktop.services.errors import localized_message
from jicpa_desktop.services.package_import import PackageRefusedError

db, package, passphrase = sys.argv[1:4]
services = build_services(Path(db), actor="Lead Lewis", catalogue=load_forms_dir(bundled_forms_dir()))
outcomes = []
try:
    for attempt in (services.handover.preview_import, services.handover.apply_import):
        try:
            attempt([package], passphrase)
            outcomes.append({"refused": False})
        except PackageRefusedError as error:
            message = localized_message(error)
            outcomes.append({"refused": True, "problem": error.problem, "en": message.en, "cy": message.cy})
finally:
    services.close()
print(json.dumps(outcomes))
"""


def _hostile_package(world: World, tmp: Path, catalogue: FormCatalogue, hostile: Hostile) -> Path:
    text = re.sub(r"^version: \d+$", f"version: {VERSION}", catalogue.source_text(FORM), count=1, flags=re.M)
    snapshot = SnapshotData(FORM, VERSION, hostile.spoil(text), catalogue.standard_text)

    def move(data: PackageData) -> PackageData:
        responses = tuple(replace(r, form_version=VERSION) if r.form_id == FORM else r for r in data.responses)
        return replace(data, responses=responses, snapshots=(snapshot,))

    def listed(manifest: Manifest) -> Manifest:
        versions = tuple((f, VERSION if f == FORM else v) for f, v in manifest.form_versions)
        return replace(manifest, form_versions=versions)

    return rewrite(world.package, tmp / "hostile.jicpa", data=move, manifest=listed)


def test_the_package_is_otherwise_acceptable(
    world: World, lead_copy: AppServices, tmp_path: Path, bundled_catalogue: FormCatalogue
) -> None:
    """Unspoiled, the same version-9 package imports: so each refusal below is the snapshot's doing."""
    harmless = Hostile("none", lambda text: text, "")
    package = _hostile_package(world, tmp_path, bundled_catalogue, harmless)
    preview = lead_copy.handover.preview_import([package], PASSPHRASE)
    assert preview.changed_answers


@pytest.mark.parametrize("hostile", HOSTILE, ids=IDS)
def test_a_hostile_snapshot_refuses_the_package_and_leaves_the_database_unchanged(
    world: World, lead_copy: AppServices, tmp_path: Path, bundled_catalogue: FormCatalogue, hostile: Hostile
) -> None:
    package = _hostile_package(world, tmp_path, bundled_catalogue, hostile)
    before = db_checksum(lead_copy)
    result = run_limited(["-c", IMPORT, str(lead_copy.db_path), str(package), PASSPHRASE], tmp_path)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 0, result.stderr[-3000:]
    outcomes = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(outcomes) == 2
    for outcome in outcomes:  # preview, then apply
        assert outcome["refused"], outcome
        assert package.name in outcome["en"] and package.name in outcome["cy"], outcome
        if hostile.name == "huge document":  # longer than any text a package may carry: refused by its schema
            assert outcome["problem"] == "bad_schema" and "v9.json.source_text" in outcome["en"], outcome
        else:
            assert outcome["problem"] == "unknown_form", outcome
            assert f"version {VERSION} of form '{FORM}'" in outcome["en"], outcome
            assert hostile.refusal in outcome["en"], outcome
        assert "Nothing was imported." in outcome["en"] and "Ni fewnforiwyd dim." in outcome["cy"], outcome
        assert outcome["cy"] != outcome["en"]
        assert len(outcome["en"]) < 2000, "a refusal quotes a long rule in full"
    lead = build_services(lead_copy.db_path, actor="Lead Lewis", catalogue=bundled_catalogue)
    assert db_checksum(lead) == before

"""A lead laptop and an inspector's package built once per module; tests work on copies of the lead's file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from tests.background import drain_background_work
from tests.encrypted_db import copy_database
from tests.handover.helpers import PASSPHRASE, laptop, lead_with_inspection


@dataclass
class World:
    lead_db: Path
    inspection_id: str
    cases: dict[str, str]
    seed: Path
    package: Path  # Ann's encrypted package
    plain_package: Path  # the same work, unencrypted


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, bundled_catalogue: FormCatalogue) -> World:
    folder = tmp_path_factory.mktemp("world")
    lead, inspection, cases = lead_with_inspection(folder, bundled_catalogue)
    seed = folder / "seed.jicpa"
    lead.handover.export_package(inspection, seed, PASSPHRASE, consolidated=True)
    ann = laptop(folder, "Ann Health", bundled_catalogue)
    ann.handover.apply_import([seed], PASSPHRASE)
    case = cases["TST24-02"]
    ann.answers.set_answer(case, "voice_of_child", "voc_01", "yes")
    ann.answers.set_answer(case, "voice_of_child", "voc_02", "no", evidence="Not seen alone in six months.")
    ann.answers.set_answer(case, "voice_of_child", "voc_06", "yes")  # shows voc_06_methods (skip logic)
    ann.answers.set_answer(case, "voice_of_child", "voc_06_methods", "observation")
    row = ann.answers.add_row(case, "voice_of_child", "std_documents_read")
    ann.answers.set_answer(case, "voice_of_child", "std_doc_date", "2024-01-02", row_id=row)
    package = folder / "ann.jicpa"
    plain = folder / "ann-plain.jicpa"
    ann.handover.export_package(inspection, package, PASSPHRASE, inspector="Ann Health")
    ann.handover.export_package(inspection, plain, None, inspector="Ann Health")
    ann.close()
    drain_background_work()
    lead.close()
    return World(folder / "Lead Lewis.sqlite3", inspection, cases, seed, package, plain)


@pytest.fixture
def lead_copy(world: World, tmp_path: Path, bundled_catalogue: FormCatalogue) -> Iterator[AppServices]:
    target = tmp_path / "lead.sqlite3"
    copy_database(world.lead_db, target)
    services = build_services(target, actor="Lead Lewis", catalogue=bundled_catalogue)
    yield services
    drain_background_work()
    services.close()


VOC = "voice_of_child"


@dataclass
class Team:
    folder: Path
    lead_base: Path
    inspection_id: str
    cases: dict[str, str]
    packages: dict[str, Path]


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory, bundled_catalogue: FormCatalogue) -> Team:
    folder = tmp_path_factory.mktemp("team")
    lead, inspection, cases = lead_with_inspection(folder, bundled_catalogue)
    seed = folder / "seed.jicpa"
    lead.handover.export_package(inspection, seed, PASSPHRASE, consolidated=True)
    drain_background_work()
    lead.close()
    copy_database(folder / "Lead Lewis.sqlite3", folder / "lead-base.sqlite3")
    laptops = {name: laptop(folder, name, bundled_catalogue) for name in ("Ann Health", "Bryn Police", "Cerys Social")}
    for services in laptops.values():
        services.handover.apply_import([seed], PASSPHRASE)
    ann, bryn, cerys = laptops["Ann Health"], laptops["Bryn Police"], laptops["Cerys Social"]
    shared = cases["TST24-01"]
    # Each on their own file ...
    ann.answers.set_answer(cases["TST24-02"], VOC, "voc_01", "yes")
    ann.answers.set_answer(cases["TST24-02"], VOC, "voc_02", "no", evidence="Not seen alone.")
    bryn.answers.set_answer(cases["TST24-03"], VOC, "voc_01", "partly", evidence="Seen once.")
    # ... and on a shared one: a real disagreement, and an agreement reached separately.
    ann.answers.set_answer(shared, VOC, "voc_05", "yes")
    bryn.answers.set_answer(shared, VOC, "voc_05", "no", evidence="No record of wishes.")
    cerys.answers.set_answer(shared, VOC, "voc_07", "partly")
    ann.answers.set_answer(shared, VOC, "voc_07", "partly")
    row = cerys.answers.add_row(shared, VOC, "std_documents_read")
    cerys.answers.set_answer(shared, VOC, "std_doc_type", "assessment", row_id=row)
    cerys.answers.set_grade(shared, VOC, "requires_improvement", "Voice recorded but not acted on.")
    # Two inspectors add the same case file offline: matched on (inspection, reference, agency).
    extra_b = bryn.cases.add(inspection, reference="TST24-04", agency="health", kind="sampled")
    extra_c = cerys.cases.add(inspection, reference="TST24-04", agency="health", kind="sampled")
    bryn.answers.set_answer(extra_b, "safety_plan", "std_date_completed", "2024-01-16")
    cerys.answers.set_answer(extra_c, "safety_plan", "std_date_completed", "2024-01-17")
    cerys.answers.set_answer(extra_c, VOC, "voc_03", "yes")
    packages = {}
    for name, services in laptops.items():
        packages[name] = folder / f"{name.split()[0].lower()}.jicpa"
        services.handover.export_package(inspection, packages[name], PASSPHRASE, inspector=name)
        drain_background_work()
        services.close()
    return Team(folder, folder / "lead-base.sqlite3", inspection, cases, packages)

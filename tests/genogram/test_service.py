"""Genograms in the store: saved field by field as made, with history and audit, carried in packages and merged."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.genogram import samples, serialization
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.services.errors import NotFoundError, UserError
from tests.background import drain_background_work
from tests.encrypted_db import connect_raw
from tests.handover.helpers import PASSPHRASE, laptop, lead_with_inspection


@pytest.fixture
def case_id(services: AppServices, inspection_id: str) -> str:
    return services.cases.add(inspection_id, reference="GEN24-01", agency="children_services", kind="tracked")


def services_db(db_path: Path) -> sqlite3.Connection:
    return connect_raw(db_path)


def test_each_change_is_saved_with_history_and_audit(services: AppServices, case_id: str) -> None:
    g = services.genograms
    child = g.add(case_id, "inspector", "person", {"role_label": "Index child", "is_index_child": True,
                                                   "sex": "female", "birth_year": 2014})
    g.update(case_id, "inspector", child, {"birth_year": 2015})
    g.update(case_id, "inspector", child, {"birth_year": 2015})  # no change: nothing recorded
    view = g.load(case_id, "inspector")
    person = view.genogram.person(child)
    assert person is not None and person.birth_year == 2015 and person.is_index_child
    years = [c.value for c in g.history(case_id, "inspector", child) if c.field == "birth_year"]
    assert years == [2015]  # one unexported version, rewritten in place, like an answer's autosave
    with services_db(services.db_path) as connection:
        events = connection.execute(
            "SELECT action, field, old_json, new_json FROM audit_event WHERE entity = 'genogram_element' "
            "AND entity_id LIKE ? ORDER BY rowid", (f"%/{child}",)).fetchall()
    assert ("update", "birth_year", "2014", "2015") in events
    assert sum(1 for e in events if e[1] == "birth_year") == 2  # the second, unchanged, update wrote nothing
    assert view.genogram_id is not None and view.source == "inspector"
    assert services.genograms.load(case_id, "agency").genogram.persons == ()  # the other kind is separate


def test_bad_values_are_refused_naming_the_field_and_nothing_saved(services: AppServices, case_id: str) -> None:
    with pytest.raises(UserError) as caught:
        services.genograms.add(case_id, "inspector", "person", {"sex": "mal", "birth_year": 2014})
    assert "sex" in caught.value.message.en and "male, female, unknown" in caught.value.message.en
    assert caught.value.message.cy and caught.value.message.cy != caught.value.message.en
    assert services.genograms.load(case_id, "inspector").genogram.persons == ()
    with pytest.raises(UserError):
        services.genograms.load(case_id, "mine")
    with pytest.raises(NotFoundError):
        services.genograms.update(case_id, "inspector", "P-nothere", {"sex": "male"})


def test_file_import_export_round_trip_and_warnings(services: AppServices, case_id: str, tmp_path: Path) -> None:
    family = samples.family_of_25()
    path = tmp_path / "family.yaml"
    path.write_text(serialization.dumps(family), encoding="utf-8")
    services.genograms.import_file(case_id, "inspector", path)
    view = services.genograms.load(case_id, "inspector")
    exported = serialization.loads(services.genograms.export_text(case_id))
    for kind, element in family.elements():  # the same elements, field for field (order: as made)
        assert exported.element(element.id) == (kind, element)
    assert len(exported.elements()) == len(family.elements())
    assert view.warnings == ()
    # Removing the index child's grandparents, aunts and uncles leaves the third generation missing.
    for pid in ("P12", "P13", "P14", "P15", "P16", "P17"):
        services.genograms.remove(case_id, "inspector", pid)
    codes = {w.code for w in services.genograms.load(case_id, "inspector").warnings}
    assert "third_generation_missing" in codes
    removed = services.genograms.remove(case_id, "inspector", "P4")
    assert "U2" in removed and "E1" in removed  # the partner's union and links go with him
    after = services.genograms.load(case_id, "inspector").genogram
    assert all("P4" not in h.members for h in after.households)
    services.genograms.restore(case_id, "inspector", removed)
    assert services.genograms.load(case_id, "inspector").genogram.person("P4") is not None


def test_a_broken_file_is_refused_with_its_place_and_nothing_changes(services: AppServices, case_id: str,
                                                                     tmp_path: Path) -> None:
    services.genograms.add(case_id, "inspector", "person", {"role_label": "Mother", "sex": "female"})
    before = services.genograms.export_text(case_id)
    path = tmp_path / "bad.yaml"
    path.write_text("format: jicpa-genogram\nversion: 1\npersons:\n  - id: P1\n    sex: mal\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        services.genograms.import_file(case_id, "inspector", path)
    assert "persons[0].sex" in caught.value.message.en and "Nothing was imported" in caught.value.message.en
    assert "Ni fewnforiwyd dim" in caught.value.message.cy
    assert services.genograms.export_text(case_id) == before


def test_two_laptops_add_people_and_both_survive_a_shared_field_is_a_conflict(
        tmp_path: Path, bundled_catalogue: FormCatalogue) -> None:
    lead, inspection, cases = lead_with_inspection(tmp_path, bundled_catalogue)
    case = cases["TST24-01"]
    mother = lead.genograms.add(case, "inspector", "person", {"role_label": "Mother", "sex": "female"})
    home = lead.genograms.add(case, "inspector", "household", {"label": "Mother's home", "members": [mother]})
    seed = tmp_path / "seed.jicpa"
    lead.handover.export_package(inspection, seed, PASSPHRASE, consolidated=True)
    laptops = {}
    for name in ("Ann Health", "Bryn Police"):
        laptops[name] = laptop(tmp_path, name, bundled_catalogue)
        laptops[name].handover.apply_import([seed], PASSPHRASE)
    ann, bryn = laptops["Ann Health"], laptops["Bryn Police"]
    assert ann.genograms.load(case).genogram.person(mother) is not None  # carried by the seed
    child = ann.genograms.add(case, "inspector", "person", {"role_label": "Index child", "is_index_child": True})
    partner = bryn.genograms.add(case, "inspector", "person", {"role_label": "Mother's partner", "sex": "male"})
    ann.genograms.update(case, "inspector", home, {"members": [mother, child]})
    bryn.genograms.update(case, "inspector", home, {"members": [mother, partner]})
    packages = []
    for name, services in laptops.items():
        packages.append(tmp_path / f"{name.split()[0]}.jicpa")
        services.handover.export_package(inspection, packages[-1], PASSPHRASE, case_ids=[case])
        drain_background_work()
        services.close()
    lead.handover.apply_import(packages, PASSPHRASE)
    view = lead.genograms.load(case)
    assert {p.id for p in view.genogram.persons} == {mother, child, partner}
    assert [(c.element_id, c.field) for c in view.conflicts] == [(home, "members")]
    values = {json.dumps(v.value) for v in view.conflicts[0].values}
    assert values == {json.dumps([mother, child]), json.dumps([mother, partner])}
    # Importing again changes nothing; the conflict is kept until someone settles it.
    lead.handover.apply_import(packages, PASSPHRASE)
    assert len(lead.genograms.load(case).conflicts) == 1
    taken = view.conflicts[0].values[-1]
    lead.genograms.resolve_conflict(case, "inspector", view.conflicts[0].id, taken.version_id)
    settled = lead.genograms.load(case)
    assert settled.conflicts == ()
    household = next(h for h in settled.genogram.households if h.id == home)
    assert list(household.members) == taken.value
    drain_background_work()
    lead.close()


def test_the_end_of_inspection_wipe_removes_every_genogram_row(services: AppServices, case_id: str,
                                                                inspection_id: str, tmp_path: Path) -> None:
    source = tmp_path / "family.yaml"
    source.write_text(serialization.dumps(samples.family_of_25()), encoding="utf-8")
    services.genograms.import_file(case_id, "inspector", source)
    tables = ("genogram", "genogram_value", "genogram_version", "genogram_conflict")
    with services_db(services.db_path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM genogram_value").fetchone()[0] > 100
    services.wipes.wipe(inspection_id, confirm="Test inspection")
    with services_db(services.db_path) as connection:
        for table in tables:
            assert connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
        words = connection.execute("SELECT COUNT(*) FROM audit_event WHERE new_json LIKE '%grandmother%'").fetchone()
        assert words[0] == 0


def test_removing_a_case_file_removes_its_genograms(services: AppServices, case_id: str) -> None:
    services.genograms.add(case_id, "inspector", "person", {"role_label": "Mother"})
    services.allocation.remove_case(case_id, confirm=True)
    with services_db(services.db_path) as connection:
        for table in ("genogram", "genogram_value", "genogram_version", "genogram_conflict"):
            assert connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table

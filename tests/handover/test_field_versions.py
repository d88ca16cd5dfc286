"""The per-field history behind the merge: what local edits record, and the 0003 upgrade of old answers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.store.engine import create_store_engine
from jicpa_desktop.store.migrate import migrate, open_store
from tests.encrypted_db import connect_raw


def _versions(services: AppServices) -> list[tuple[str, str, str, int]]:
    with connect_raw(services.db_path) as connection:
        return connection.execute(
            "SELECT question_id, value_json, parents_json, sealed FROM field_version ORDER BY at"
        ).fetchall()


def test_autosave_rewrites_an_unexported_version_and_export_seals_it(
    services: AppServices,
    inspection_id: str,
    tmp_path: Path,
) -> None:
    case = services.cases.add(inspection_id, reference="TST24-01", agency="health", kind="sampled")
    for value in ("yes", "partly", "no"):
        services.answers.set_answer(case, "voice_of_child", "voc_01", value)
    [(question, value, parents, sealed)] = _versions(services)
    assert (question, value, parents, sealed) == ("voc_01", '"no"', "[]", 0)
    services.handover.export_package(inspection_id, tmp_path / "p.jicpa", None)
    services.answers.set_answer(case, "voice_of_child", "voc_01", "yes")
    first, second = _versions(services)
    assert first[3] == 1 and second[1] == '"yes"' and second[3] == 0 and second[2] != "[]"
    services.answers.set_answer(case, "voice_of_child", "voc_01", "yes")  # unchanged: nothing recorded
    assert len(_versions(services)) == 2


def test_grades_are_versioned_too(services: AppServices, inspection_id: str) -> None:
    case = services.cases.add(inspection_id, reference="TST24-01", agency="health", kind="sampled")
    services.answers.set_grade(case, "voice_of_child", "good", "Clear voice throughout.")
    [(question, value, _, _)] = _versions(services)
    assert question == "" and '"final_grade":"good"' in value


def test_upgrade_to_0003_gives_existing_answers_a_base_version(
    tmp_path: Path,
    bundled_catalogue: FormCatalogue,
) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_store_engine(path)
    migrate(engine, path, target="0002")
    engine.dispose()
    version = bundled_catalogue.get("voice_of_child").version  # answered under the bundled version
    with sqlite3.connect(path) as connection:
        connection.executescript(
            "INSERT INTO inspection (id, name, local_authority, start_date, end_date, created_at, updated_at) "
            "VALUES ('00000000-0000-4000-8000-000000000001', 'W', 'T', '2024-01-15', '2024-01-19', 't', 't');"
            "INSERT INTO case_file VALUES ('00000000-0000-4000-8000-000000000002', "
            "'00000000-0000-4000-8000-000000000001', 'TST24-01', 'health', 'sampled', '', NULL, 't', 't');"
            "INSERT INTO form_response VALUES ('00000000-0000-4000-8000-000000000003', "
            f"'00000000-0000-4000-8000-000000000002', 'voice_of_child', {version}, NULL, 'good', 'why', 0, 't', 't', "
            "'A');"
            "INSERT INTO answer VALUES ('00000000-0000-4000-8000-000000000004', "
            f"'00000000-0000-4000-8000-000000000003', 'voc_01', '', '\"yes\"', '', {version}, "
            "'2024-01-15T09:00:00.000000Z', 'A');"
        )
    open_store(path).dispose()
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT entity, question_id, value_json, sealed FROM field_version ORDER BY entity"
        ).fetchall()
    assert rows[0][:3] == ("answer", "voc_01", '"yes"') and rows[1][0] == "grade"
    services = build_services(path, actor="A", catalogue=bundled_catalogue)
    services.answers.set_answer("00000000-0000-4000-8000-000000000002", "voice_of_child", "voc_01", "no")
    services.close()
    with connect_raw(path) as connection:
        parents = connection.execute("SELECT parents_json FROM field_version WHERE value_json = '\"no\"'").fetchone()
    assert parents is not None and parents[0] != "[]"  # the edit descends from the upgraded value

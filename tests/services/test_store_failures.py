"""A full disk or a read-only database gives a message that says what to do, and loses nothing saved."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jicpa_desktop.composition import AppServices
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.services.answers import Answers
from jicpa_desktop.services.cases import Cases
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.errors import StoreProblem, StoreUnavailableError
from jicpa_desktop.services.form_definitions import FormDefinitions
from jicpa_desktop.store.engine import create_store_engine, encrypted_connector
from tests.encrypted_db import connect_raw, key_of


def _answers_on(path: Path, catalogue: FormCatalogue, connect: object) -> Answers:
    engine = create_store_engine(path, connector=connect)  # type: ignore[arg-type]
    context = ServiceContext(engine, catalogue, "Inspector Test")
    cases = Cases(context)
    return Answers(context, FormDefinitions(context), cases)


@pytest.fixture
def saved_case(services: AppServices, inspection_id: str) -> str:
    case_id = services.cases.add(inspection_id, reference="FULL-01", agency="police", kind="sampled")
    services.answers.set_answer(case_id, "voice_of_child", "voc_01", "no", evidence="Not seen in six months.")
    services.close()
    return case_id


def test_a_full_disk_is_explained_and_saved_answers_survive(
    services: AppServices, saved_case: str, bundled_catalogue: FormCatalogue
) -> None:
    path = services.db_path

    def connect_to_a_full_disk() -> sqlite3.Connection:
        connection = encrypted_connector(path, key_of(path))()
        # SQLite reports SQLITE_FULL when the file may not grow: the same error as a full disk.
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")
        return connection

    answers = _answers_on(path, bundled_catalogue, connect_to_a_full_disk)
    with pytest.raises(StoreUnavailableError) as caught:
        for n in range(400):  # fill the last free pages, then one more write cannot fit
            answers.set_evidence(saved_case, "voice_of_child", "voc_01", "x" * 4000 + str(n))
    assert caught.value.problem is StoreProblem.DISK_FULL
    assert "disk is full" in str(caught.value) and "Free some space" in str(caught.value)
    with connect_raw(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        value = connection.execute("SELECT value_json FROM answer WHERE question_id = 'voc_01'").fetchone()
    assert value == ('"no"',)


def test_a_read_only_database_is_explained_and_unchanged(
    services: AppServices, saved_case: str, bundled_catalogue: FormCatalogue
) -> None:
    path = services.db_path
    with connect_raw(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()

    def connect_read_only() -> sqlite3.Connection:
        return encrypted_connector(path, key_of(path), read_only=True)()

    answers = _answers_on(path, bundled_catalogue, connect_read_only)
    with pytest.raises(StoreUnavailableError) as caught:
        answers.set_answer(saved_case, "voice_of_child", "voc_01", "yes")
    assert caught.value.problem is StoreProblem.READ_ONLY
    assert "read-only" in str(caught.value)
    assert answers.load(saved_case, "voice_of_child").state.answers["voc_01"] == "no"
    assert path.read_bytes() == before

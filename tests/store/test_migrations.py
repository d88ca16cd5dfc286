"""Schema migrations: a database at the previous revision upgrades, keeping its data, with a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jicpa_desktop.store.engine import create_store_engine
from jicpa_desktop.store.errors import StoreProblem, StoreUnavailableError
from jicpa_desktop.store.migrate import current_revision, head_revision, migrate, open_store


def _previous_revision_db(path: Path) -> None:
    engine = create_store_engine(path)
    migrate(engine, path, target="0001")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO inspection (id, name, local_authority, start_date, end_date, created_at, updated_at) "
            "VALUES ('i1', 'Week one', 'Testshire', '2024-01-15', '2024-01-19', 't', 't')"
        )


def test_new_database_is_created_at_head_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    engine = open_store(path)
    assert current_revision(engine) == head_revision()
    assert not (tmp_path / "backups").exists()
    engine.dispose()


def test_upgrade_from_previous_revision_keeps_data_and_leaves_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _previous_revision_db(path)
    engine = open_store(path)
    assert current_revision(engine) == head_revision()
    engine.dispose()
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT name, local_terms_json FROM inspection WHERE id = 'i1'").fetchone()
    assert row == ("Week one", "{}")
    backups = list((tmp_path / "backups").glob("old.before-*-from-0001.*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT name FROM inspection").fetchone() == ("Week one",)
        columns = {r[1] for r in connection.execute("PRAGMA table_info(inspection)")}
        assert "local_terms_json" not in columns  # the backup is the database as it was
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_database_from_a_newer_version_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_store(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(StoreUnavailableError) as caught:
        open_store(path)
    assert caught.value.problem is StoreProblem.NEWER_SCHEMA
    assert "newer version" in str(caught.value)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreUnavailableError) as caught:
        open_store(path)
    assert caught.value.problem is StoreProblem.NOT_A_DATABASE
    assert "not a JICPA Desktop database" in str(caught.value)


def test_someone_elses_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(StoreUnavailableError, match="not a JICPA Desktop database"):
        open_store(path)


def test_durability_pragmas_on_every_connection(tmp_path: Path) -> None:
    engine = open_store(tmp_path / "p.sqlite3")
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert raw.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
        assert raw.execute("PRAGMA foreign_keys").fetchone() == (1,)
    engine.dispose()


def test_audit_trail_is_append_only(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_store(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO audit_event (id, inspection_id, at, actor, action, entity, entity_id, field) "
            "VALUES ('e1', 'i', 't', 'a', 'create', 'x', 'y', '')"
        )
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("UPDATE audit_event SET actor = 'someone else'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("DELETE FROM audit_event")


def test_the_fast_path_revision_is_alembics_head() -> None:
    from jicpa_desktop.store.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "fast.sqlite3"
    open_store(path).dispose()
    code = (
        "import sys; from pathlib import Path; from jicpa_desktop.store.migrate import open_store; "
        f"open_store(Path({str(path)!r})).dispose(); print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"

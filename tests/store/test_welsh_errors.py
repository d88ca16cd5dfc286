"""Every store failure the user can fix is explained in Welsh too, naming the same file or folder.

Each problem is produced for real where SQLite lets a test do it (a lock held by another connection, a file
that may not grow, a read-only connection, a folder that is a file, a file that is not a database, a schema
from the future); only the disk I/O error is the driver's own message, since no test can break a disk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from jicpa_desktop.composition import build_services
from jicpa_desktop.services.database_keys import DB_PASSPHRASE_FILE_ENV, DatabaseKeys
from jicpa_desktop.services.errors import localized_message
from jicpa_desktop.store.encryption.key_file import key_file_path
from jicpa_desktop.store.errors import StoreProblem, StoreUnavailableError, classify
from jicpa_desktop.store.migrate import open_store


def _classified(action: Callable[[], object]) -> StoreUnavailableError:
    with pytest.raises(sqlite3.OperationalError) as caught:
        action()
    error = classify(caught.value)
    assert error is not None, str(caught.value)
    return error


def _store(tmp: Path) -> Path:
    path = tmp / "audit.sqlite3"
    open_store(path).dispose()
    return path


def _locked(tmp: Path) -> tuple[StoreUnavailableError, str]:
    path = _store(tmp)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        other = sqlite3.connect(path, timeout=0)
        try:
            error = _classified(lambda: other.execute("BEGIN IMMEDIATE"))  # a second writer, in WAL too
        finally:
            other.close()
    finally:
        holder.rollback()
        holder.close()
    return error, ""


def _disk_full(tmp: Path) -> tuple[StoreUnavailableError, str]:
    connection = sqlite3.connect(_store(tmp))
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")  # SQLITE_FULL, as on a full disk

    def fill() -> None:
        connection.execute("CREATE TABLE filler (x TEXT)")
        for _ in range(100):
            connection.execute("INSERT INTO filler VALUES (?)", ("x" * 4000,))
        connection.commit()

    try:
        return _classified(fill), ""
    finally:
        connection.close()


def _read_only(tmp: Path) -> tuple[StoreUnavailableError, str]:
    connection = sqlite3.connect(f"file:{_store(tmp)}?mode=ro", uri=True)
    try:
        return _classified(lambda: connection.execute("DELETE FROM inspection")), ""
    finally:
        connection.close()


def _cannot_open(tmp: Path) -> tuple[StoreUnavailableError, str]:
    folder = tmp / "a-folder"
    folder.mkdir()
    return _classified(lambda: sqlite3.connect(folder).execute("SELECT 1")), ""


def _cannot_create_folder(tmp: Path) -> tuple[StoreUnavailableError, str]:
    blocker = tmp / "notes.txt"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreUnavailableError) as caught:
        open_store(blocker / "audit.sqlite3")
    return caught.value, str(blocker)


def _not_a_database(tmp: Path) -> tuple[StoreUnavailableError, str]:
    path = tmp / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreUnavailableError) as caught:
        open_store(path)
    return caught.value, ""


def _someone_elses_sqlite(tmp: Path) -> tuple[StoreUnavailableError, str]:
    path = tmp / "recipes.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(StoreUnavailableError) as caught:
        open_store(path)
    return caught.value, str(path)


def _newer_schema(tmp: Path) -> tuple[StoreUnavailableError, str]:
    path = _store(tmp)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreUnavailableError) as caught:
        open_store(path)
    return caught.value, "9999"


def _damaged(tmp: Path) -> tuple[StoreUnavailableError, str]:
    path = _store(tmp)
    blob = path.read_bytes()
    path.write_bytes(blob[: len(blob) // 2])
    with pytest.raises(StoreUnavailableError) as caught:
        open_store(path)
    return caught.value, str(path)


def _io_error(tmp: Path) -> tuple[StoreUnavailableError, str]:
    error = classify(sqlite3.OperationalError("disk I/O error"))
    assert error is not None
    return error, ""


def _encrypted(tmp: Path) -> Path:
    path = tmp / "audit.sqlite3"
    build_services(path, actor="Inspector Test").close()
    return path


def _wrong_passphrase(tmp: Path) -> tuple[StoreUnavailableError, str]:
    path = _encrypted(tmp)
    with pytest.raises(StoreUnavailableError) as caught:
        DatabaseKeys(path).unlock("not the passphrase at all")
    return caught.value, str(path)


def _no_passphrase(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[StoreUnavailableError, str]:
    path = _encrypted(tmp)
    monkeypatch.delenv(DB_PASSPHRASE_FILE_ENV)
    with pytest.raises(StoreUnavailableError) as caught:
        build_services(path, actor="Inspector Test")
    return caught.value, str(path)


def _key_file_missing(tmp: Path) -> tuple[StoreUnavailableError, str]:
    path = _encrypted(tmp)
    key_file_path(path).unlink()
    with pytest.raises(StoreUnavailableError) as caught:
        build_services(path, actor="Inspector Test")
    return caught.value, str(path)


def _key_file_unreadable(tmp: Path) -> tuple[StoreUnavailableError, str]:
    path = _encrypted(tmp)
    key_file_path(path).write_text('{"format": "jicpa-database-keys", "version": 1}')
    with pytest.raises(StoreUnavailableError) as caught:
        build_services(path, actor="Inspector Test")
    return caught.value, str(key_file_path(path))


CASES: dict[str, tuple[StoreProblem, Callable[[Path], tuple[StoreUnavailableError, str]]]] = {
    "locked": (StoreProblem.LOCKED, _locked),
    "disk full": (StoreProblem.DISK_FULL, _disk_full),
    "read-only": (StoreProblem.READ_ONLY, _read_only),
    "cannot open": (StoreProblem.CANNOT_OPEN, _cannot_open),
    "cannot create the folder": (StoreProblem.CANNOT_OPEN, _cannot_create_folder),
    "not a database": (StoreProblem.NOT_A_DATABASE, _not_a_database),
    "someone else's SQLite file": (StoreProblem.NOT_A_DATABASE, _someone_elses_sqlite),
    "newer schema": (StoreProblem.NEWER_SCHEMA, _newer_schema),
    "disk I/O error": (StoreProblem.IO_ERROR, _io_error),
    "damaged (truncated)": (StoreProblem.DAMAGED, _damaged),
    "wrong passphrase": (StoreProblem.WRONG_PASSPHRASE, _wrong_passphrase),
    "no passphrase": (StoreProblem.NO_PASSPHRASE, _no_passphrase),
    "key file missing": (StoreProblem.KEY_FILE_MISSING, _key_file_missing),
    "key file unreadable": (StoreProblem.KEY_FILE_UNREADABLE, _key_file_unreadable),
}


def test_every_store_problem_is_tried() -> None:
    assert {problem for problem, _ in CASES.values()} == set(StoreProblem)


@pytest.mark.parametrize("label", sorted(CASES))
def test_store_problem_is_explained_in_welsh(tmp_path: Path, label: str, monkeypatch: pytest.MonkeyPatch) -> None:
    problem, make = CASES[label]
    error, placeholder = make(tmp_path, monkeypatch) if make is _no_passphrase else make(tmp_path)  # type: ignore[call-arg]
    assert error.problem is problem
    text = localized_message(error)
    assert text is not None and text is error.localized
    assert str(error) == text.en  # the English is what it always was
    welsh = text.get("cy")
    assert welsh.strip() and welsh != text.en, welsh
    assert placeholder in text.en and placeholder in welsh, welsh


def test_a_plain_message_still_works_and_has_no_welsh() -> None:
    error = StoreUnavailableError(StoreProblem.LOCKED, "busy")
    assert str(error) == error.localized.en == "busy" and error.localized.get("cy") == "busy"

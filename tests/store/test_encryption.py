"""Encryption at rest: nothing typed is on the disk in plaintext; wrong, missing and damaged keys change nothing.

Every database here is encrypted the way the app's are (SQLCipher with a data key from the key file); the
test passphrase comes from JICPA_DB_PASSPHRASE_FILE (tests/conftest.py).
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from jicpa_desktop.cli import main
from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.paths import log_dir
from jicpa_desktop.services.answers import Answers
from jicpa_desktop.services.cases import Cases
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.database_keys import DB_PASSPHRASE_FILE_ENV, DatabaseKeys, KeyNeed
from jicpa_desktop.services.errors import StoreProblem, StoreUnavailableError
from jicpa_desktop.services.form_definitions import FormDefinitions
from jicpa_desktop.services.inspections import Inspections
from jicpa_desktop.store.encryption.key_file import key_file_path
from jicpa_desktop.store.engine import create_store_engine
from jicpa_desktop.store.errors import backups_folder
from jicpa_desktop.store.migrate import (
    SQLITE_MAGIC,
    backup_database,
    current_revision,
    is_plaintext,
    migrate,
    open_store,
)
from tests.encrypted_db import TEST_DB_PASSPHRASE, connect_raw, key_of
from tests.store.checksums import file_state


def _marker(kind: str) -> str:
    return f"{kind}-{uuid.uuid4().hex}"


def _files_under(folder: Path, since: float) -> list[Path]:
    if not folder.exists():
        return []
    found = []
    # os.walk, not rglob: the temp folder is shared with every other process on the machine, and rglob raises
    # when a folder it is about to list is removed meanwhile (walk skips it: onerror ignores the error).
    for root, _dirs, names in os.walk(folder, onerror=lambda _error: None):
        for name in names:
            path = Path(root) / name
            try:
                state = path.stat()
            except OSError:
                continue  # another process's file, gone meanwhile
            if stat.S_ISREG(state.st_mode) and state.st_mtime >= since and state.st_size < 64 * 1024 * 1024:
                found.append(path)
    return found


def assert_nowhere_in_plaintext(db_path: Path, secrets: list[str], since: float) -> list[Path]:
    """The raw bytes of the database, its -wal, every backup, the log folder and the temp folder hold none
    of *secrets* (in UTF-8 or UTF-16, as SQLite could store text); returns the files read."""
    files = [db_path, db_path.with_name(db_path.name + "-wal"), *backups_folder(db_path).glob("*")]
    files = [f for f in files if f.exists()]
    files += _files_under(log_dir(), since) + _files_under(Path(tempfile.gettempdir()), since)
    needles = [form for s in secrets for form in (s.encode("utf-8"), s.encode("utf-16-le"))]
    for path in files:
        try:
            content = path.read_bytes()
        except OSError:
            continue
        for needle in needles:
            assert needle not in content, f"{needle!r} in plaintext in {path}"
    return files


def _inspection_with_answers(services: AppServices, notes: list[str], text_answer: str) -> tuple[str, str]:
    inspection = services.inspections.create(name="Encrypted week", local_authority="Testshire",
                                             start="2024-01-15", end="2024-01-19",
                                             enabled_forms=[f.id for f in services.forms.all()])
    case = services.cases.add(inspection, reference="ENC24-01", agency="police", kind="sampled")
    for question, note in zip(("voc_01", "voc_02", "voc_03"), notes, strict=True):
        services.answers.set_answer(case, "voice_of_child", question, "no", evidence=note)
    services.answers.set_grade(case, "voice_of_child", "requires_improvement", text_answer)
    return inspection, case


def test_evidence_and_answers_typed_through_the_services_are_nowhere_on_disk(
    tmp_path: Path, bundled_catalogue: FormCatalogue
) -> None:
    since = time.time() - 1
    path = tmp_path / "audit.sqlite3"
    services = build_services(path, actor="Inspector Test", catalogue=bundled_catalogue)
    notes = [_marker("evidence") for _ in range(3)]
    reason = _marker("grade-reason")
    _, case = _inspection_with_answers(services, notes, reason)
    backup = backup_database(path, "before-test", key_of(path))
    # While the store is open: the WAL holds the latest pages.
    assert path.with_name(path.name + "-wal").exists()
    read = assert_nowhere_in_plaintext(path, [*notes, reason], since)
    assert backup in read and path in read
    assert services.answers.load(case, "voice_of_child").state.evidence[("voc_01", None)] == notes[0]
    services.close()
    assert_nowhere_in_plaintext(path, [*notes, reason], since)
    for encrypted in (path, backup):
        assert not encrypted.read_bytes().startswith(SQLITE_MAGIC)
    with connect_raw(backup, key_from=path) as connection:  # the backup opens with the same key file
        assert connection.execute("SELECT COUNT(*) FROM answer").fetchone() == (3,)


# -- wrong, missing, damaged: clear messages, files byte-identical ---------------------------------

@pytest.fixture
def encrypted_db(tmp_path: Path, bundled_catalogue: FormCatalogue) -> Path:
    path = tmp_path / "audit.sqlite3"
    services = build_services(path, actor="Inspector Test", catalogue=bundled_catalogue)
    _inspection_with_answers(services, [_marker("e") for _ in range(3)], "reason")
    services.close()
    return path


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _passphrase_file(folder: Path, passphrase: str) -> Path:
    named = folder / f"pass-{uuid.uuid4().hex[:6]}.txt"
    named.write_text(passphrase + "\n", encoding="utf-8")
    return named


@pytest.mark.parametrize("command", [("inspection", "list"), ("demo",)], ids=["reads", "writes"])
def test_a_wrong_passphrase_changes_nothing_and_says_so_plainly(
    capfd: pytest.CaptureFixture[str], encrypted_db: Path, tmp_path: Path,
    command: tuple[str, ...],
) -> None:
    before, keys_before = file_state(encrypted_db), key_file_path(encrypted_db).read_bytes()
    wrong = _passphrase_file(tmp_path, "not the right passphrase")
    code, out, err = _cli(capfd, "--db", str(encrypted_db), "--db-passphrase-file", str(wrong), *command)
    assert (code, out) == (1, "")
    assert "not the passphrase" in err and "Nothing was opened or changed" in err, err
    code, _, welsh = _cli(capfd, "--lang", "cy", "--db", str(encrypted_db), "--db-passphrase-file", str(wrong),
                          *command)
    assert code == 1 and "Nid dyna ymadrodd cyfrin" in welsh, welsh
    assert "hmac" not in (err + welsh).lower()  # SQLCipher never saw the wrong key
    assert file_state(encrypted_db) == before
    assert key_file_path(encrypted_db).read_bytes() == keys_before


def test_no_passphrase_without_a_terminal_is_an_error_never_a_plaintext_database(
    capsys: pytest.CaptureFixture[str], encrypted_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DB_PASSPHRASE_FILE_ENV)
    before = file_state(encrypted_db)
    code, out, err = _cli(capsys, "--db", str(encrypted_db), "inspection", "list")
    assert (code, out) == (1, "")
    assert "is encrypted and no passphrase was given" in err and "--db-passphrase-file" in err, err
    assert file_state(encrypted_db) == before
    fresh = tmp_path / "fresh.sqlite3"
    code, _, err = _cli(capsys, "--db", str(fresh), "demo")
    assert code == 1 and "no passphrase was given" in err
    assert not fresh.exists() or fresh.stat().st_size == 0
    assert not key_file_path(fresh).exists()


def test_a_truncated_encrypted_file_is_damaged_and_unchanged(
    capsys: pytest.CaptureFixture[str], encrypted_db: Path
) -> None:
    blob = encrypted_db.read_bytes()
    for cut in (len(blob) // 2, len(blob) // 2 + 100, 2000):
        encrypted_db.write_bytes(blob[:cut])
        before = file_state(encrypted_db)
        for command in (("inspection", "list"), ("demo",)):
            code, out, err = _cli(capsys, "--db", str(encrypted_db), *command)
            assert (code, out) == (1, ""), err
            assert "damaged" in err and "nothing in the file has been changed" in err, err
            assert "Traceback" not in err and "hmac" not in err
            assert file_state(encrypted_db) == before


def test_a_missing_key_file_is_explained_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], encrypted_db: Path
) -> None:
    key_file = key_file_path(encrypted_db)
    moved = key_file.with_name("kept-elsewhere.json")
    key_file.rename(moved)
    before = file_state(encrypted_db)
    code, _, err = _cli(capsys, "--db", str(encrypted_db), "inspection", "list")
    assert code == 1 and key_file.name in err and "copy its key file" in err, err
    assert file_state(encrypted_db) == before and not key_file.exists()
    moved.rename(key_file)
    code, _, err = _cli(capsys, "--db", str(encrypted_db), "inspection", "list")
    assert code == 0, err


def test_a_key_file_with_its_cost_lowered_does_not_open(encrypted_db: Path) -> None:
    """The scrypt parameters are authenticated with the wrap: weakening them in the file breaks it."""
    key_file = key_file_path(encrypted_db)
    data = json.loads(key_file.read_text())
    data["passphrase"]["n"] = data["passphrase"]["n"] * 2
    key_file.write_text(json.dumps(data))
    with pytest.raises(StoreUnavailableError) as caught:
        DatabaseKeys(encrypted_db).unlock(TEST_DB_PASSPHRASE)
    assert caught.value.problem is StoreProblem.WRONG_PASSPHRASE


def test_another_databases_key_file_is_refused_before_sqlcipher_sees_it(
    encrypted_db: Path, tmp_path: Path, bundled_catalogue: FormCatalogue
) -> None:
    other = tmp_path / "other.sqlite3"
    build_services(other, actor="X", catalogue=bundled_catalogue).close()
    key_file_path(encrypted_db).write_bytes(key_file_path(other).read_bytes())
    before = file_state(encrypted_db)
    with pytest.raises(StoreUnavailableError) as caught:
        build_services(encrypted_db, actor="X", catalogue=bundled_catalogue)
    assert "belongs to another database" in str(caught.value)
    assert file_state(encrypted_db) == before


# -- changing the passphrase -------------------------------------------------------------------------

def test_changing_the_passphrase_rewraps_the_key_and_keeps_every_answer(
    capsys: pytest.CaptureFixture[str], encrypted_db: Path, tmp_path: Path, bundled_catalogue: FormCatalogue
) -> None:
    services = build_services(encrypted_db, actor="X", catalogue=bundled_catalogue)
    backup = backup_database(encrypted_db, "before-change", key_of(encrypted_db))
    services.close()
    with connect_raw(encrypted_db) as connection:
        rows_before = connection.execute("SELECT id, value_json, evidence_note FROM answer ORDER BY id").fetchall()
    before = file_state(encrypted_db)
    new = _passphrase_file(tmp_path, "a brand new passphrase")
    code, out, err = _cli(capsys, "--db", str(encrypted_db), "passphrase", "change", "--new-passphrase-file", str(new))
    assert code == 0 and "was changed" in out, err
    assert file_state(encrypted_db) == before  # the database itself is not rewritten
    keys = DatabaseKeys(encrypted_db)
    assert not keys.verify(TEST_DB_PASSPHRASE) and keys.verify("a brand new passphrase")
    code, out, _ = _cli(capsys, "--db", str(encrypted_db), "--db-passphrase-file", str(new), "inspection", "list",
                        "--json")
    assert code == 0 and json.loads(out)[0]["name"] == "Encrypted week"
    key = keys.unlock("a brand new passphrase")
    engine = create_store_engine(backup, key=key)  # the backup opens with the new passphrase too
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM answer").scalar() == len(rows_before)
    engine.dispose()
    code, _, err = _cli(capsys, "--db", str(encrypted_db), "passphrase", "change", "--new-passphrase-file", str(new))
    assert code == 1 and "not the passphrase" in err  # the old one no longer opens it


def test_a_weak_new_passphrase_is_refused_and_the_old_one_still_works(
    capsys: pytest.CaptureFixture[str], encrypted_db: Path, tmp_path: Path
) -> None:
    keys_before = key_file_path(encrypted_db).read_bytes()
    weak = _passphrase_file(tmp_path, "short")
    code, _, err = _cli(capsys, "--db", str(encrypted_db), "passphrase", "change", "--new-passphrase-file", str(weak))
    assert code == 1 and "at least 8 characters" in err, err
    assert key_file_path(encrypted_db).read_bytes() == keys_before


# -- migrations on an encrypted database ---------------------------------------------------------------

def test_an_encrypted_database_migrates_with_an_encrypted_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    key = DatabaseKeys(path).create(TEST_DB_PASSPHRASE)
    engine = create_store_engine(path, key=key)
    migrate(engine, path, target="0001", key=key)
    engine.dispose()
    with connect_raw(path) as connection:
        connection.execute(
            "INSERT INTO inspection (id, name, local_authority, start_date, end_date, created_at, updated_at) "
            "VALUES ('i1', 'Week one', 'Testshire', '2024-01-15', '2024-01-19', 't', 't')"
        )
    engine = open_store(path, key=key)
    assert current_revision(engine) not in (None, "0001")
    engine.dispose()
    [backup] = list((tmp_path / "backups").glob("old.before-*-from-0001.*.sqlite3"))
    for encrypted in (path, backup):
        content = encrypted.read_bytes()
        assert not content.startswith(SQLITE_MAGIC) and b"Week one" not in content and b"Testshire" not in content
    with connect_raw(backup, key_from=path) as connection:
        assert connection.execute("SELECT name FROM inspection").fetchone() == ("Week one",)
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with connect_raw(path) as connection:
        assert connection.execute("SELECT name FROM inspection WHERE id = 'i1'").fetchone() == ("Week one",)


# -- the older release's plaintext database ------------------------------------------------------------

def _everything(connection: object) -> dict[str, list[tuple[object, ...]]]:
    execute = connection.execute  # type: ignore[attr-defined]
    tables = [r[0] for r in execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(map(tuple, execute(f'SELECT * FROM "{t}"').fetchall()), key=repr) for t in tables}


def test_a_plaintext_database_of_todays_release_is_encrypted_with_nothing_lost(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, bundled_catalogue: FormCatalogue
) -> None:
    import sqlite3

    path = tmp_path / "audit.sqlite3"
    engine = open_store(path)  # no key: the file as today's release writes it
    context = ServiceContext(engine, bundled_catalogue, "Inspector Old")
    forms, cases = FormDefinitions(context), Cases(context)
    answers = Answers(context, forms, cases)
    inspection = Inspections(context).create(name="Plain week", local_authority="Testshire", start="2024-01-15",
                                             end="2024-01-19", enabled_forms=[f.id for f in forms.all()])
    case = cases.add(inspection, reference="PLN24-01", agency="health", kind="sampled")
    note = _marker("plaintext-evidence")
    answers.set_answer(case, "voice_of_child", "voc_01", "partly", evidence=note)
    engine.dispose()
    plain_backup = backup_database(path, "before-0009-from-0008")  # a plaintext backup, as the old release made
    assert note.encode() in path.read_bytes() and note.encode() in plain_backup.read_bytes()
    with sqlite3.connect(path) as connection:
        everything_before = _everything(connection)
    keys = DatabaseKeys(path)
    assert keys.status().need is KeyNeed.CHOOSE and keys.status().encrypts_plaintext
    code, out, err = _cli(capsys, "--db", str(path), "inspection", "list", "--json")
    assert code == 0, err
    assert "still in plaintext" in err and str(plain_backup.parent) in err, err
    assert json.loads(out)[0]["name"] == "Plain week"
    assert not is_plaintext(path) and note.encode() not in path.read_bytes()
    assert not path.with_name(path.name + "-wal").exists() or note.encode() not in path.with_name(
        path.name + "-wal").read_bytes()
    assert not path.with_name(path.name + ".encrypting").exists()
    with connect_raw(path) as connection:
        assert _everything(connection) == everything_before
    assert keys.plaintext_backups() == [plain_backup]
    code, out, _ = _cli(capsys, "--db", str(path), "passphrase", "remove-plaintext-backups")
    assert code == 0 and not plain_backup.exists() and keys.plaintext_backups() == []
    services = build_services(path, actor="Inspector New", catalogue=bundled_catalogue)
    assert services.answers.load(case, "voice_of_child").state.evidence[("voc_01", None)] == note
    services.close()


# -- file modes ----------------------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_files_the_tool_writes_are_the_users_alone(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import os

    old_umask = os.umask(0o022)  # as a default login has it: main() narrows it
    try:
        path = tmp_path / "audit.sqlite3"
        code, out, err = _cli(capsys, "--db", str(path), "demo")
        assert code == 0, err
        inspection = out.strip()
        backup = backup_database(path, "before-mode-check", key_of(path))
        grid = tmp_path / "grid.xlsx"
        code, _, err = _cli(capsys, "--db", str(path), "export", "xlsx", "--inspection", inspection, "-o", str(grid))
        assert code == 0, err
        written = [path, key_file_path(path), backup, grid]
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            written.append(wal)
        for file in written:
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        assert stat.S_IMODE(backups_folder(path).stat().st_mode) == 0o700
    finally:
        os.umask(old_umask)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_an_older_releases_world_readable_database_becomes_the_users_alone(
    tmp_path: Path, bundled_catalogue: FormCatalogue
) -> None:
    import os

    path = tmp_path / "audit.sqlite3"
    open_store(path).dispose()
    os.chmod(path, 0o644)
    build_services(path, actor="X", catalogue=bundled_catalogue).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file_path(path).stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_an_export_over_a_world_readable_file_is_the_users_alone(tmp_path: Path) -> None:
    import os

    from jicpa_desktop.exports.atomic_file import atomic_path

    target = tmp_path / "grid.xlsx"
    target.write_bytes(b"old export")
    os.chmod(target, 0o644)
    with atomic_path(target) as temporary:
        temporary.write_bytes(b"new export")
    assert target.read_bytes() == b"new export" and stat.S_IMODE(target.stat().st_mode) == 0o600

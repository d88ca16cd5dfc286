"""Every SQLite failure a user can meet reaches the command line as a message saying what to do (exit 1,
English or Welsh), never a traceback: a damaged file (truncated, a page overwritten), a file of random bytes,
a database locked by another connection, a read-only file, a full disk. For a damaged file the message names
the newest backup in the backups folder beside it, or says there is none."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from jicpa_desktop.cli import main
from jicpa_desktop.store import engine as store_engine
from jicpa_desktop.store.encryption.keys import DatabaseKey
from jicpa_desktop.store.migrate import backup_database
from tests.encrypted_db import connect_raw, key_of
from tests.store.checksums import file_state

LIST = ("inspection", "list")
CREATE = ("inspection", "create", "--name", "W", "--local-authority", "L", "--start", "2024-01-15", "--end",
          "2024-01-19")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _demo(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    code, out, err = run(capsys, "--db", str(path), "demo")
    assert code == 0, err
    return out.strip()


def _refused(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[str, str]:
    code, out, err = run(capsys, "--db", str(path), *args)
    assert (code, out) == (1, ""), err
    assert "Traceback" not in err and "sqlalchemy" not in err and "DatabaseError" not in err, err
    code, out, welsh = run(capsys, "--lang", "cy", "--db", str(path), *args)
    assert (code, out) == (1, "")
    assert welsh != err and "Traceback" not in welsh
    return err, welsh


# -- damaged ---------------------------------------------------------------------------------------

def _truncate(path: Path) -> None:
    blob = path.read_bytes()
    path.write_bytes(blob[: len(blob) // 2])


def _overwrite_a_page(path: Path) -> None:
    """Garbage over a page in the middle: the header still says the right size, a table read fails."""
    connection = connect_raw(path)
    page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])  # SQLCipher answers in text
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    blob = bytearray(path.read_bytes())
    for page in range(2, pages):
        start = page * page_size
        blob[start: start + page_size] = bytes((i * 31 + 7) % 256 for i in range(page_size))
    path.write_bytes(bytes(blob))


def test_damage_found_part_way_through_a_command_names_the_backup(capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path) -> None:
    """The file opens (its first pages are sound); the pages of the answers, at the end, are not."""
    path = tmp_path / "audit.sqlite3"
    inspection = _demo(capsys, path)
    backup = backup_database(path, "before-0004-from-0003", key_of(path))
    connection = connect_raw(path)
    page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])  # SQLCipher answers in text
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    blob = bytearray(path.read_bytes())
    start = (pages * 3 // 4) * page_size
    blob[start:] = bytes((i * 31 + 7) % 256 for i in range(len(blob) - start))
    path.write_bytes(bytes(blob))
    err, welsh = _refused(capsys, path, "progress", "--inspection", inspection)
    assert "damaged" in err and str(backup) in err and str(path) in err, err
    assert str(backup) in welsh


@pytest.mark.parametrize("damage", [_truncate, _overwrite_a_page], ids=["truncated", "pages overwritten"])
@pytest.mark.parametrize("command", [LIST, CREATE], ids=["reads", "writes"])
def test_a_damaged_database_names_the_newest_backup(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                    damage: object, command: tuple[str, ...]) -> None:
    path = tmp_path / "audit.sqlite3"
    _demo(capsys, path)
    older = backup_database(path, "before-0004-from-0003", key_of(path))
    newer = older.with_name("audit.before-0005-from-0004.20990101T000000Z.sqlite3")
    shutil.copyfile(older, newer)
    os.utime(older, (1_000_000_000, 1_000_000_000))
    assert callable(damage)
    damage(path)
    before = file_state(path)
    err, welsh = _refused(capsys, path, *command)
    assert "damaged" in err and str(newer) in err and str(older) not in err, err
    assert "nothing" in err.lower()
    assert str(newer) in welsh and "wedi'i difrodi" in welsh, welsh
    assert file_state(path) == before


def test_a_damaged_database_without_backups_says_there_is_none(capsys: pytest.CaptureFixture[str],
                                                                tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    _demo(capsys, path)
    _truncate(path)
    err, welsh = _refused(capsys, path, *LIST)
    assert "damaged" in err and "no backup" in err and str(tmp_path / "backups") in err, err
    assert str(tmp_path / "backups") in welsh


def test_a_file_of_random_bytes_is_not_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    path.write_bytes(os.urandom(64 * 1024))
    before = file_state(path)
    for command in (LIST, CREATE):
        err, _ = _refused(capsys, path, *command)
        assert "not a JICPA Desktop database" in err and "--db" in err, err
    assert file_state(path) == before


# -- locked, read-only, full ------------------------------------------------------------------------

@pytest.fixture
def quick_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    pragmas = tuple(p for p in store_engine.DURABILITY_PRAGMAS if "busy_timeout" not in p)
    monkeypatch.setattr(store_engine, "DURABILITY_PRAGMAS", (*pragmas, "PRAGMA busy_timeout=200"))


@pytest.mark.usefixtures("quick_busy_timeout")
@pytest.mark.parametrize("journal", ["WAL", "DELETE"])
def test_a_database_locked_by_another_connection(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                 journal: str) -> None:
    path = tmp_path / "audit.sqlite3"
    inspection = _demo(capsys, path)
    holder = connect_raw(path)
    holder.isolation_level = None
    holder.execute(f"PRAGMA journal_mode={journal}").fetchall()
    holder.execute("BEGIN EXCLUSIVE")
    try:
        for command in (CREATE, ("case", "add", "--inspection", inspection, "--ref", "CDF24-99", "--agency",
                                 "police", "--kind", "sampled")):
            err, welsh = _refused(capsys, path, *command)
            assert "busy in another program" in err and "try again" in err, err
            assert "brysur" in welsh
    finally:
        holder.rollback()
        holder.close()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes to read-only files")
def test_a_read_only_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    _demo(capsys, path)
    path.chmod(0o444)
    try:
        err, _ = _refused(capsys, path, *CREATE)
        assert "read-only" in err and "writable" in err, err
    finally:
        path.chmod(0o644)


def test_a_read_only_share(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a read-only share or locked USB stick gives (chmod does not stop root, so the driver is told)."""
    path = tmp_path / "audit.sqlite3"
    _demo(capsys, path)
    encrypted = store_engine.encrypted_connector

    def read_only(target: Path, key: DatabaseKey, *, create: bool = True,
                  read_only: bool = False) -> store_engine.Connector:
        # Every connection to the database, the engine's included, opens it read-only (mode=ro).
        return encrypted(target, key, create=create, read_only=read_only or Path(target) == path)

    monkeypatch.setattr("jicpa_desktop.store.migrate.encrypted_connector", read_only)
    err, welsh = _refused(capsys, path, *CREATE)
    assert "read-only" in err and "writable" in err, err
    assert "darllen-yn-unig" in welsh


def test_a_full_disk(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "audit.sqlite3"
    inspection = _demo(capsys, path)
    connection = connect_raw(path)
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    monkeypatch.setattr(store_engine, "DURABILITY_PRAGMAS",
                        (*store_engine.DURABILITY_PRAGMAS, f"PRAGMA max_page_count={pages}"))
    listing = tmp_path / "list.csv"
    listing.write_text("reference,agency\n" + "".join(f"CDF24-{i:03d},police\n" for i in range(1, 2000)))
    err, welsh = _refused(capsys, path, "case", "import", "--inspection", inspection, str(listing))
    assert "disk is full" in err and "Free some space" in err, err
    assert "llawn" in welsh

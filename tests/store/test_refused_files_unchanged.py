"""A database file the tool refuses is never changed: not its bytes, and no -wal, -shm or -journal appears.

Before the fix the connection switched the file to WAL (rewriting its header) before the version check, so a
database from a newer version was refused with "nothing in the file has been changed" while it had been.
Each case runs through the command line (a command that reads and one that writes), in English and Welsh.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from jicpa_desktop.cli import main
from jicpa_desktop.store.migrate import open_store
from tests.encrypted_db import connect_raw
from tests.store.checksums import file_state


def _ours(tmp: Path, journal: str) -> Path:
    path = tmp / "audit.sqlite3"
    open_store(path).dispose()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA journal_mode={journal}").fetchall()
    connection.close()
    return path


def _newer(journal: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = _ours(tmp, journal)
        connection = sqlite3.connect(path)
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
        connection.close()
        return path

    return make


def _foreign(journal: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / "recipes.sqlite3"
        connection = sqlite3.connect(path)
        connection.execute(f"PRAGMA journal_mode={journal}").fetchall()
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.execute("INSERT INTO recipes VALUES ('cawl')")
        connection.commit()
        connection.close()
        return path

    return make


def _random_bytes(tmp: Path) -> Path:
    path = tmp / "noise.sqlite3"
    path.write_bytes(bytes((i * 7919 + 13) % 251 for i in range(40_000)))
    return path


def _notes(tmp: Path) -> Path:
    path = tmp / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    return path


def _truncated(journal: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / "cut.sqlite3"
        assert main(["--db", str(path), "demo"]) == 0
        connection = connect_raw(path)
        connection.execute(f"PRAGMA journal_mode={journal}").fetchall()
        connection.close()
        blob = path.read_bytes()
        path.write_bytes(blob[: len(blob) // 2])
        return path

    return make


CASES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "newer version, WAL": (_newer("WAL"), "newer version", "nothing in the file has been changed"),
    "newer version, DELETE journal": (_newer("DELETE"), "newer version", "nothing in the file has been changed"),
    "another program's SQLite, DELETE journal": (_foreign("DELETE"), "not a JICPA Desktop database", "Choose"),
    "another program's SQLite, WAL": (_foreign("WAL"), "not a JICPA Desktop database", "Choose"),
    "random bytes": (_random_bytes, "not a JICPA Desktop database", "backup"),
    "a text file": (_notes, "not a JICPA Desktop database", "backup"),
    "truncated, WAL": (_truncated("WAL"), "damaged", "backup"),
    "truncated, DELETE journal": (_truncated("DELETE"), "damaged", "backup"),
}
COMMANDS = {
    "reads": ("inspection", "list"),
    "writes": ("inspection", "create", "--name", "W", "--local-authority", "L", "--start", "2024-01-15",
               "--end", "2024-01-19"),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("label", sorted(CASES))
def test_a_refused_file_is_not_changed(capsys: pytest.CaptureFixture[str], tmp_path: Path, label: str,
                                       command: str) -> None:
    make, what, advice = CASES[label]
    path = make(tmp_path)
    capsys.readouterr()
    before = file_state(path)
    code = main(["--db", str(path), *COMMANDS[command]])
    out, err = capsys.readouterr()
    assert (code, out) == (1, ""), err
    assert what in err and advice in err, err
    assert "Traceback" not in err
    assert file_state(path) == before
    code = main(["--lang", "cy", "--db", str(path), *COMMANDS[command]])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert what not in err and err.startswith("jicpa: "), err  # the Welsh
    assert file_state(path) == before

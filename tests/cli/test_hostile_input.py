"""Hostile and careless input on the command line: bytes that are not UTF-8 in argv, and terminal control
sequences in text that came from someone else (a teammate's package, a note). Run through the real `jicpa`
in a child process, since argv bytes and a terminal only exist there."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import termios
from collections.abc import Sequence
from pathlib import Path

import pytest

from jicpa_desktop.cli import main
from tests.store.checksums import file_state

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="bytes in argv and pseudo-terminals are POSIX")

JICPA = str(Path(sys.executable).with_name("jicpa"))
LATIN1 = "Caf\xe9".encode("latin-1")  # what a Latin-1 terminal sends for "Café": not UTF-8


def jicpa(*args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([JICPA, *args], capture_output=True, check=False, timeout=120)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def one_case(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[str, str, str]:
    db = str(tmp_path / "h.sqlite3")
    code, out, err = run(capsys, "--db", db, "inspection", "create", "--name", "W", "--local-authority", "L",
                         "--start", "2024-01-15", "--end", "2024-01-19")
    assert code == 0, err
    inspection = out.strip()
    code, out, err = run(capsys, "--db", db, "case", "add", "--inspection", inspection, "--ref", "CDF24-01",
                         "--agency", "police", "--kind", "sampled")
    assert code == 0, err
    return db, inspection, out.strip()


# -- 1. bytes that are not UTF-8 ------------------------------------------------------------------

def _text_options(inspection: str, case: str) -> dict[str, list[str | bytes]]:
    """A command per text option, with the Latin-1 bytes in that option (the option named is the key)."""
    return {
        "--name": ["inspection", "create", "--name", LATIN1, "--local-authority", "L", "--start", "2024-01-15",
                   "--end", "2024-01-19"],
        "--local-authority": ["inspection", "create", "--name", "W", "--local-authority", LATIN1,
                              "--start", "2024-01-15", "--end", "2024-01-19"],
        "--as": ["--as", LATIN1, "answer", "set", "--case", case, "--form", "voice_of_child", "--question",
                 "voc_01", "--value", "yes"],
        "--evidence": ["answer", "set", "--case", case, "--form", "voice_of_child", "--question", "voc_01",
                       "--value", "no", "--evidence", b"seen at the " + LATIN1],
        "--value": ["answer", "set", "--case", case, "--form", "voice_of_child", "--question", "voc_01",
                    "--value", LATIN1],
        "--ref": ["case", "add", "--inspection", inspection, "--ref", b"CDF24-" + LATIN1, "--agency", "police",
                  "--kind", "sampled"],
        "--inspector": ["case", "add", "--inspection", inspection, "--ref", "CDF24-02", "--agency", "police",
                        "--kind", "sampled", "--inspector", LATIN1],
        "--inspection": ["case", "list", "--inspection", LATIN1],
    }


@pytest.mark.parametrize("option", sorted(_text_options("i", "c")))
def test_a_text_option_that_is_not_utf8_is_refused_naming_it_and_nothing_changes(
        one_case: tuple[str, str, str], option: str) -> None:
    db, inspection, case = one_case
    before = file_state(Path(db))
    args = _text_options(inspection, case)[option]
    finished = jicpa("--db", db, *args)
    err = finished.stderr.decode("utf-8", "replace")
    assert finished.returncode == 1, err
    assert "Traceback" not in err
    assert option in err and "UTF-8" in err, err
    assert finished.stdout == b""
    assert file_state(Path(db)) == before
    welsh = jicpa("--lang", "cy", "--db", db, *args)
    assert welsh.returncode == 1
    text = welsh.stderr.decode("utf-8", "replace")
    assert option in text and "UTF-8" in text and "Traceback" not in text
    assert "is not UTF-8" not in text  # the Welsh, not the English


def test_a_file_name_that_is_not_utf8_is_used_as_the_system_gave_it(one_case: tuple[str, str, str],
                                                                     tmp_path: Path) -> None:
    db, inspection, _ = one_case
    name = os.fsencode(tmp_path) + b"/list-" + LATIN1 + b".csv"
    with open(name, "wb") as handle:
        handle.write(b"reference,agency\nCDF24-07,police\n")
    finished = jicpa("--db", db, "case", "import", "--inspection", inspection, name)
    assert finished.returncode == 0, finished.stderr
    assert b"Imported 1 case files." in finished.stdout
    missing = os.fsencode(tmp_path) + b"/gone-" + LATIN1 + b".csv"
    finished = jicpa("--db", db, "case", "import", "--inspection", inspection, missing)
    assert finished.returncode == 1 and b"Traceback" not in finished.stderr
    assert b"There is no file" in finished.stderr


def test_a_database_named_in_latin1_works_and_a_package_name_that_is_recorded_is_refused(
        tmp_path: Path) -> None:
    db = os.fsencode(tmp_path) + b"/audit-" + LATIN1 + b".sqlite3"
    finished = jicpa("--db", db, "inspection", "create", "--name", "W", "--local-authority", "L",
                     "--start", "2024-01-15", "--end", "2024-01-19")
    assert finished.returncode == 0, finished.stderr
    inspection = finished.stdout.decode().strip()
    finished = jicpa("--db", db, "inspection", "list")
    assert finished.returncode == 0 and inspection.encode() in finished.stdout
    before = file_state(Path(os.fsdecode(db)))
    output = os.fsencode(tmp_path) + b"/out-" + LATIN1 + b".jicpa"
    finished = jicpa("--db", db, "package", "export", "--inspection", inspection, "-o", output, "--no-encryption")
    assert finished.returncode == 1 and b"Traceback" not in finished.stderr
    assert b"--output" in finished.stderr and b"UTF-8" in finished.stderr and b"Rename" in finished.stderr
    assert not os.path.exists(output)
    with open(output, "wb") as handle:
        handle.write(b"not a package")
    finished = jicpa("--db", db, "package", "import", output)
    assert finished.returncode == 1 and b"Traceback" not in finished.stderr
    assert b"FILE" in finished.stderr and b"UTF-8" in finished.stderr
    assert file_state(Path(os.fsdecode(db))) == before


# -- 2. terminal control sequences ---------------------------------------------------------------

HOSTILE = [
    "\x1b]0;owned\x07",  # set the window title, ended by BEL
    "\x1b[2J\x1b[H",  # clear the screen
    "red\x1b[31m",  # colour everything after
    "csi\u009b31m",  # the one-character (C1) CSI
    "\u202egnp.exe",  # right-to-left override
    "back\x08\x08\x08\x7f",  # backspaces and DEL
    "cr\roverwritten",
]
RAW_CONTROLS = [b"\x1b", b"\x07", b"\x08", b"\x7f", "\u009b".encode(), "\u202e".encode(), b"\r"]


def _in_a_terminal(args: Sequence[str]) -> bytes:
    """What `jicpa` writes to stdout when stdout is a pseudo-terminal (its line discipline's \\r\\n undone)."""
    main_fd, child_fd = pty.openpty()
    attrs = termios.tcgetattr(child_fd)
    attrs[1] &= ~termios.ONLCR  # no \n -> \r\n, so a \r in the output is the program's own
    termios.tcsetattr(child_fd, termios.TCSANOW, attrs)
    process = subprocess.Popen([JICPA, *args], stdout=child_fd, stderr=subprocess.PIPE)
    os.close(child_fd)
    chunks = []
    try:
        while True:
            ready, _, _ = select.select([main_fd], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:  # EIO: the child has closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(main_fd)
        process.wait(timeout=60)
    assert process.stderr is not None
    err = process.stderr.read()
    process.stderr.close()
    assert process.returncode == 0, err
    return b"".join(chunks)


@pytest.fixture
def hostile_db(tmp_path: Path) -> tuple[str, str, str, str]:
    """A database whose inspection, inspector, author and notes carry control sequences."""
    from jicpa_desktop.composition import build_services

    db = tmp_path / "hostile.sqlite3"
    services = build_services(db, actor="Ann\x1b[8m")
    try:
        inspection = services.inspections.create(
            name="Week\x1b]0;owned\x07", local_authority="L\x1b[2J", start="2024-01-15", end="2024-01-19",
            enabled_forms=[f.id for f in services.forms.all()],
        )
        case = services.cases.add(inspection, reference="CDF24-01", agency="police", kind="sampled",
                                  inspector="Insp\x1b[31m")
        questions = ["voc_01", "voc_02", "voc_03", "voc_04", "voc_05", "voc_06", "voc_07"]
        for question, note in zip(questions, HOSTILE, strict=True):
            services.answers.set_answer(case, "voice_of_child", question, "no", evidence=note)
    finally:
        services.close()
    package = tmp_path / "hostile.jicpa"
    finished = jicpa("--db", str(db), "--as", "Lead", "package", "export", "--inspection", inspection,
                     "-o", str(package), "--no-encryption")
    assert finished.returncode == 0, finished.stderr
    return str(db), inspection, case, str(package)


def _commands(db: str, inspection: str, case: str, package: str) -> dict[str, list[str]]:
    return {
        "answer list": ["--db", db, "answer", "list", "--case", case],
        "case list": ["--db", db, "case", "list", "--inspection", inspection],
        "inspection list": ["--db", db, "inspection", "list"],
        "progress": ["--db", db, "progress", "--inspection", inspection],
        "package inspect": ["package", "inspect", package],
    }


@pytest.mark.parametrize("command", ["answer list", "case list", "inspection list", "progress", "package inspect"])
def test_control_characters_are_shown_escaped_on_a_terminal(hostile_db: tuple[str, str, str, str],
                                                            command: str) -> None:
    args = _commands(*hostile_db)[command]
    shown = _in_a_terminal(args)
    for raw in RAW_CONTROLS:
        assert raw not in shown, (raw, shown)
    assert b"\\x1b" in shown, shown
    if command == "answer list":
        text = shown.decode()
        assert "\\x07" in text and "\\u009b" in text and "\\u202e" in text and "\\x7f" in text and "\\r" in text
    assert shown.count(b"\n") >= 2  # lines stay lines


@pytest.mark.parametrize("command", ["answer list", "case list", "inspection list", "progress", "package inspect"])
def test_json_into_a_pipe_is_exact_json_with_the_text_as_stored(hostile_db: tuple[str, str, str, str],
                                                                command: str) -> None:
    db, inspection, case, package = hostile_db
    finished = jicpa(*_commands(db, inspection, case, package)[command], "--json")
    assert finished.returncode == 0, finished.stderr
    for raw in RAW_CONTROLS:
        assert raw not in finished.stdout, raw
    data = json.loads(finished.stdout)
    if command == "answer list":
        assert sorted(a["evidence_note"] for a in data) == sorted(HOSTILE)
        assert {a["updated_by"] for a in data} == {"Ann\x1b[8m"}
    if command == "inspection list":
        assert data[0]["name"] == "Week\x1b]0;owned\x07"
    if command == "package inspect":
        assert data["inspection_name"] == "Week\x1b]0;owned\x07"


def test_a_table_into_a_pipe_is_escaped_too(hostile_db: tuple[str, str, str, str]) -> None:
    db, _, case, _ = hostile_db
    finished = jicpa("--db", db, "answer", "list", "--case", case)
    assert finished.returncode == 0, finished.stderr
    for raw in RAW_CONTROLS:
        assert raw not in finished.stdout, raw
    assert b"\\x1b" in finished.stdout


def test_an_error_message_quoting_hostile_text_is_escaped(hostile_db: tuple[str, str, str, str]) -> None:
    db, _, _, package = hostile_db
    # The package names an inspection this other database does not hold: the refusal quotes its name.
    other = str(Path(db).with_name("other.sqlite3"))
    finished = jicpa("--db", other, "package", "import", package)
    assert finished.returncode == 1
    assert b"Traceback" not in finished.stderr
    assert b"\x1b" not in finished.stderr and b"\x07" not in finished.stderr
    assert b"\\x1b" in finished.stderr

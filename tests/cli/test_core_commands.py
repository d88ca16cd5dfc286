"""The `jicpa` command line end to end: real database file, real forms, exit codes and messages."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from jicpa_desktop.cli import main
from jicpa_desktop.forms_engine.loader import bundled_forms_dir


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_forms_check_passes_on_the_bundled_forms(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "forms", "check")
    assert code == 0, err
    assert out.startswith("OK: ") and "forms" in out


def test_malformed_form_names_file_line_and_question(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shutil.copy(bundled_forms_dir() / "_standard.yaml", tmp_path / "_standard.yaml")
    text = (bundled_forms_dir() / "voice_of_child.yaml").read_text(encoding="utf-8")
    broken = text.replace("        evidence: none", "        evidnce: none", 1)  # a question's key, not the defaults
    (tmp_path / "voice_of_child.yaml").write_text(broken, encoding="utf-8")
    line = next(n for n, text in enumerate(broken.splitlines(), start=1) if "evidnce:" in text)
    code, _, err = run(capsys, "forms", "check", str(tmp_path))
    assert code == 1
    assert f"voice_of_child.yaml:{line}:" in err
    assert "evidnce" in err and "evidence" in err  # the unknown key and the suggested fix
    assert "voc_" in err  # the question it belongs to


def test_inspection_case_answer_progress_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite3")
    code, out, err = run(capsys, "--db", db, "inspection", "create", "--name", "Week", "--local-authority",
                         "Caerdydd", "--start", "2024-01-15", "--end", "2024-01-19")
    assert code == 0, err
    inspection = out.strip()
    code, out, _ = run(capsys, "--db", db, "inspection", "list", "--json")
    assert [i["id"] for i in json.loads(out)] == [inspection]
    code, out, err = run(capsys, "--db", db, "case", "add", "--inspection", inspection, "--ref", "CDF24-07",
                         "--agency", "police", "--kind", "tracked", "--inspector", "Inspector B")
    assert code == 0, err
    case = out.strip()
    code, out, err = run(capsys, "--db", db, "answer", "set", "--case", case, "--form", "voice_of_child",
                         "--question", "voc_01", "--value", "no", "--evidence", "=HYPERLINK(\"x\")")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "answer", "list", "--case", case, "--json")
    answers = json.loads(out)
    assert [(a["form_id"], a["question_id"], a["value"], a["evidence_note"]) for a in answers] == [
        ("voice_of_child", "voc_01", "no", "=HYPERLINK(\"x\")")]
    code, out, _ = run(capsys, "--db", db, "progress", "--inspection", inspection, "--json")
    rows = json.loads(out)
    assert [(r["inspector"], r["agency"], r["files"]) for r in rows] == [("Inspector B", "police", 1)]
    assert rows[0]["required_missing"] > 0


@pytest.mark.parametrize(("args", "message"), [
    (("case", "add", "--inspection", "nope", "--ref", "CDF24-01", "--agency", "police", "--kind", "sampled"),
     "no inspection"),
    (("answer", "set", "--case", "nope", "--form", "voice_of_child", "--question", "voc_01", "--value", "yes"),
     "no case file"),
])
def test_user_errors_exit_1_with_message_on_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                   args: tuple[str, ...], message: str) -> None:
    code, out, err = run(capsys, "--db", str(tmp_path / "e.sqlite3"), *args)
    assert code == 1
    assert out == ""
    assert message in err


def test_a_childs_name_is_not_accepted_as_a_reference(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "n.sqlite3")
    _, out, _ = run(capsys, "--db", db, "inspection", "create", "--name", "W", "--local-authority", "L",
                    "--start", "2024-01-15", "--end", "2024-01-19")
    code, _, err = run(capsys, "--db", db, "case", "add", "--inspection", out.strip(), "--ref", "Jane Smith",
                       "--agency", "police", "--kind", "sampled")
    assert code == 1 and "not a case reference" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["case", "add"])
    assert caught.value.code == 2


def test_demo_builds_26_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    code, out, err = run(capsys, "--db", db, "demo")
    assert code == 0, err
    inspection = out.strip()
    _, out, _ = run(capsys, "--db", db, "case", "list", "--inspection", inspection, "--json")
    cases = json.loads(out)
    assert len(cases) == 26
    assert sum(c["kind"] == "tracked" for c in cases) == 6
    assert {c["agency"] for c in cases} == {"children_services", "police", "health", "education"}
    assert any(c["escalated"] for c in cases)
    assert all(c["reference"].startswith("DEMO24-") for c in cases)
    statuses = {c["status"] for c in cases}
    assert "complete" in statuses or "in_progress" in statuses


# -- where the database is, and whether it exists ----------------------------------------------

def create_inspection(capsys: pytest.CaptureFixture[str], db: str) -> str:
    code, out, err = run(capsys, "--db", db, "inspection", "create", "--name", "W", "--local-authority", "L",
                         "--start", "2024-01-15", "--end", "2024-01-19")
    assert code == 0, err
    return out.strip()


def test_a_db_in_a_folder_that_does_not_exist_is_an_error_naming_the_folder(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder"
    code, out, err = run(capsys, "--db", str(missing / "x.sqlite3"), "inspection", "create", "--name", "W",
                         "--local-authority", "L", "--start", "2024-01-15", "--end", "2024-01-19")
    assert (code, out) == (1, "")
    assert str(missing) in err and "does not exist" in err
    assert not (tmp_path / "no").exists()


def test_jicpa_db_in_a_folder_that_does_not_exist_is_an_error_too(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JICPA_DB", str(tmp_path / "gone" / "x.sqlite3"))
    code, _, err = run(capsys, "demo")
    assert code == 1 and str(tmp_path / "gone") in err
    assert not (tmp_path / "gone").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME moves the data folder on Linux only")
def test_the_default_data_folder_is_created_for_the_user(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JICPA_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, _, err = run(capsys, "inspection", "create", "--name", "W", "--local-authority", "L",
                       "--start", "2024-01-15", "--end", "2024-01-19")
    assert code == 0, err
    assert (tmp_path / "data" / "JICPA Desktop" / "jicpa.sqlite3").is_file()


READ_ONLY_COMMANDS = [
    ("inspection", "list"),
    ("case", "list", "--inspection", "x"),
    ("progress", "--inspection", "x"),
    ("answer", "list", "--case", "x"),
    ("conflicts", "list", "--inspection", "x"),
    ("moderation", "summary", "--inspection", "x"),
    ("export", "xlsx", "--inspection", "x", "-o", "out.xlsx"),
]


@pytest.mark.parametrize("args", READ_ONLY_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_a_read_only_command_on_a_missing_database_says_so_and_creates_nothing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        args: tuple[str, ...]) -> None:
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "never.sqlite3"
    code, out, err = run(capsys, "--db", str(db), *args)
    assert (code, out) == (1, "")
    assert str(db) in err and "jicpa demo" in err
    assert list(tmp_path.iterdir()) == []


# -- pipes --------------------------------------------------------------------------------------

def jicpa_into_a_closed_pipe(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run the real `jicpa` with stdout a pipe nobody reads any more (what `| head -1` leaves behind)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # closed before the command starts: its first write to stdout gets EPIPE, every time
    try:
        return subprocess.run([str(Path(sys.executable).with_name("jicpa")), *args], stdout=write_end,
                              stderr=subprocess.PIPE, check=False)
    finally:
        os.close(write_end)


@pytest.mark.skipif(sys.platform == "win32", reason="EPIPE on a closed pipe is POSIX behaviour")
def test_output_into_a_closed_pipe_exits_quietly(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "p.sqlite3")
    create_inspection(capsys, db)
    for args in (("--db", db, "inspection", "list"), ("forms", "list")):
        finished = jicpa_into_a_closed_pipe(*args)
        assert finished.stderr.decode() == "", args
        assert finished.returncode == 1, args


# -- the app holds the database -----------------------------------------------------------------

def test_writes_are_refused_while_the_app_has_the_database_open(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    db = str(tmp_path / "open.sqlite3")
    inspection = create_inspection(capsys, db)
    app_lock = QLockFile(db + ".lock")  # what the running app holds (ui/instance_lock.py)
    assert app_lock.tryLock(0)
    try:
        code, out, err = run(capsys, "--db", db, "case", "add", "--inspection", inspection, "--ref", "CDF24-01",
                             "--agency", "police", "--kind", "sampled")
        assert (code, out) == (1, "")
        assert f"JICPA Desktop has this database open (process {os.getpid()} on {socket.gethostname()})" in err
        assert "Close it there first" in err
        code, out, err = run(capsys, "--db", db, "case", "list", "--inspection", inspection, "--json")
        assert code == 0, err  # reading beside the app is safe (WAL)
        assert json.loads(out) == []
    finally:
        app_lock.unlock()
    code, _, err = run(capsys, "--db", db, "case", "add", "--inspection", inspection, "--ref", "CDF24-01",
                       "--agency", "police", "--kind", "sampled")
    assert code == 0, err


def test_a_lock_left_behind_by_a_crashed_app_does_not_block(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    db = str(tmp_path / "stale.sqlite3")
    inspection = create_inspection(capsys, db)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    Path(db + ".lock").write_text(f"{gone.pid}\njicpa-desktop\n{socket.gethostname()}\n")
    code, _, err = run(capsys, "--db", db, "case", "add", "--inspection", inspection, "--ref", "CDF24-01",
                       "--agency", "police", "--kind", "sampled")
    assert code == 0, err


# -- the command line's language ----------------------------------------------------------------

def test_lang_cy_shows_user_errors_in_welsh_and_english_is_the_default(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "cy.sqlite3")
    inspection = create_inspection(capsys, db)
    _, case, _ = run(capsys, "--db", db, "case", "add", "--inspection", inspection, "--ref", "CDF24-01",
                     "--agency", "police", "--kind", "sampled")
    answer = ("answer", "set", "--case", case.strip(), "--form", "voice_of_child", "--question", "voc_01",
              "--value", "banana")
    code, _, err = run(capsys, "--db", db, "--lang", "cy", *answer)
    assert code == 1 and "Nid yw 'banana' yn un o'r dewisiadau" in err
    code, _, err = run(capsys, "--db", db, *answer)
    assert code == 1 and "'banana' is not one of the choices" in err


def test_lang_cy_explains_a_missing_database_in_welsh(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "never.sqlite3"
    code, _, err = run(capsys, "--lang", "cy", "--db", str(db), "inspection", "list")
    assert code == 1 and str(db) in err and "jicpa demo" in err
    assert "Nid oes" in err and "does not exist" not in err


def test_lang_cy_explains_a_missing_folder_in_welsh(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such"
    code, _, err = run(capsys, "--lang", "cy", "--db", str(missing / "x.sqlite3"), "demo")
    assert code == 1 and str(missing) in err
    assert "Nid yw'r ffolder" in err and "does not exist" not in err

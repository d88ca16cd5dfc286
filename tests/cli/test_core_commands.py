"""The `jicpa` command line end to end: real database file, real forms, exit codes and messages."""

from __future__ import annotations

import json
import shutil
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
    broken = text.replace("evidence: when_negative", "evidnce: when_negative", 1)
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

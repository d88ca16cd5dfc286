"""The package and conflicts commands, end to end through `jicpa` with real database files."""

from __future__ import annotations

import json
import re
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
    assert not Path("ann.sqlite3").exists()  # inspecting a package needs no database and creates none
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
    assert [s["author"] for s in conflict["sides"] if s["shown"]] == ["Lead"]  # the lead's own, later answer
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
    # A resolved conflict still shows which value was mine (shown here) and which was theirs.
    code, out, _ = jicpa(capsys, lead, "conflicts", "list", "--inspection", inspection, "--all", "--json")
    [resolved] = json.loads(out)
    assert resolved["status"] == "resolved"
    assert [s["author"] for s in resolved["sides"] if s["shown"]] == ["Lead"]
    code, out, _ = jicpa(capsys, lead, "conflicts", "list", "--inspection", inspection, "--all")
    [row] = [line for line in out.splitlines() if line.startswith(conflict["id"])]
    assert re.search(r"resolved .*No \(Lead\)\s{2,}Yes \(Ann\)$", row), row
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


def lead_database(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """A lead's database (in the current folder) with one inspection, a team of two and one case file each."""
    _, inspection, _ = jicpa(
        capsys, "--db=lead.sqlite3", "inspection", "create", "--name", "T", "--local-authority", "L",
        "--start", "2024-01-15", "--end", "2024-01-19",
    )
    inspection = inspection.strip()
    for reference, inspector in (("TST24-01", "Ann Health"), ("TST24-02", "Bryn Police")):
        code, _, err = jicpa(
            capsys, "--db=lead.sqlite3", "case", "add", "--inspection", inspection, "--ref", reference,
            "--agency", "health", "--kind", "sampled", "--inspector", inspector,
        )
        assert code == 0, err
    return "--db=lead.sqlite3", inspection


def test_export_for_an_inspector_not_in_the_team_is_refused_naming_the_team(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    db, inspection = lead_database(capsys)
    code, out, err = jicpa(
        capsys, db, "package", "export", "--inspection", inspection, "-o", "x.jicpa", "--no-encryption",
        "--inspector", "Ann Helth",
    )
    assert (code, out) == (1, "")
    assert "Ann Helth" in err and "Ann Health" in err and "Bryn Police" in err
    assert not Path("x.jicpa").exists()
    code, out, err = jicpa(
        capsys, db, "package", "export", "--inspection", inspection, "-o", "ann.jicpa", "--no-encryption",
        "--inspector", "Ann Health", "--json",
    )
    assert code == 0, err
    assert json.loads(out)["counts"]["cases"] == 1


@pytest.mark.parametrize("chosen", ["abc", "seven77", " " * 12, "\t" * 9])
def test_a_short_or_blank_export_passphrase_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, chosen: str
) -> None:
    monkeypatch.chdir(tmp_path)
    db, inspection = lead_database(capsys)
    Path("pass.txt").write_text(chosen + "\n")
    code, out, err = jicpa(
        capsys, db, "package", "export", "--inspection", inspection, "-o", "x.jicpa", "--passphrase-file", "pass.txt"
    )
    assert (code, out) == (1, "")
    assert "8 characters" in err
    assert not Path("x.jicpa").exists()


def test_the_passphrase_rule_is_the_services_so_the_app_gets_it_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from jicpa_desktop.composition import build_services
    from jicpa_desktop.services.errors import UserError

    monkeypatch.chdir(tmp_path)
    _, inspection = lead_database(capsys)
    services = build_services(tmp_path / "lead.sqlite3", actor="Lead")
    try:
        with pytest.raises(UserError) as refused:
            services.handover.export_package(inspection, tmp_path / "x.jicpa", "short")
        assert "8 characters" in refused.value.message.en and refused.value.message.cy
        assert not (tmp_path / "x.jicpa").exists()
        with pytest.raises(UserError):
            services.handover.export_package(inspection, tmp_path / "x.jicpa", None, inspector="Nobody")
    finally:
        services.close()

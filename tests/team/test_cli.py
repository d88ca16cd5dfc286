"""`jicpa identity`, `jicpa team` and `jicpa case allocate/remove` on a real database: exit codes, text, --json,
and the remembered identity signing what the command line changes (--as still overrides)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jicpa_desktop.cli import main
from jicpa_desktop.composition import build_services
from tests.team.conftest import audit_actors


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    path = str(tmp_path / "cli.sqlite3")
    code, out, err = run(capsys, "--db", path, "inspection", "create", "--name", "Week", "--local-authority",
                         "Caerdydd", "--start", "2024-01-15", "--end", "2024-01-19")
    assert code == 0, err
    return path, out.strip()


def test_team_add_and_list_text_and_json(capsys: pytest.CaptureFixture[str], db: tuple[str, str]) -> None:
    path, inspection = db
    code, out, err = run(capsys, "--db", path, "team", "add", "--inspection", inspection, "--name", "Lena Lead",
                         "--inspectorate", "ciw", "--role", "lead")
    assert code == 0, err
    lena = out.strip()
    code, _out, err = run(capsys, "--db", path, "team", "add", "--inspection", inspection, "--name", "Ann Health",
                          "--inspectorate", "hiw", "--role", "inspector")
    assert code == 0, err
    code, out, err = run(capsys, "--db", path, "team", "add", "--inspection", inspection, "--name", "ann health",
                         "--inspectorate", "hiw", "--role", "inspector")
    assert (code, out) == (1, "") and "Ann Health is already in this team" in err
    code, _out, err = run(capsys, "--db", path, "--lang", "cy", "team", "add", "--inspection", inspection,
                          "--name", "Ann Health", "--inspectorate", "hiw", "--role", "inspector")
    assert code == 1 and "Mae Ann Health eisoes yn y tîm hwn" in err
    with pytest.raises(SystemExit) as usage:
        main(["--db", path, "team", "add", "--inspection", inspection, "--name", "X", "--inspectorate", "ciw",
              "--role", "boss"])
    assert usage.value.code == 2
    capsys.readouterr()
    code, out, err = run(capsys, "--db", path, "team", "list", "--inspection", inspection, "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert [(m["name"], m["inspectorate"], m["role"], m["files"], m["me"]) for m in listed] == [
        ("Lena Lead", "ciw", "lead", 0, False), ("Ann Health", "hiw", "inspector", 0, False)]
    assert listed[0]["id"] == lena and listed[0]["retired"] is False
    code, out, _ = run(capsys, "--db", path, "team", "list", "--inspection", inspection)
    assert code == 0 and "Lena Lead" in out and "inspectorate" in out.splitlines()[0]
    code, _out, err = run(capsys, "--db", path, "team", "list", "--inspection", "nope", "--json")
    assert code == 1 and "There is no inspection 'nope'" in err


def test_identity_set_show_and_the_remembered_identity_signs_cli_changes(
    capsys: pytest.CaptureFixture[str], db: tuple[str, str],
) -> None:
    path, inspection = db
    for name, inspectorate, role in (("Lena Lead", "ciw", "lead"), ("Ann Health", "hiw", "inspector")):
        assert run(capsys, "--db", path, "team", "add", "--inspection", inspection, "--name", name,
                   "--inspectorate", inspectorate, "--role", role)[0] == 0
    code, out, _ = run(capsys, "--db", path, "identity", "show", "--inspection", inspection, "--json")
    assert (code, json.loads(out)) == (0, None)
    code, out, _ = run(capsys, "--db", path, "identity", "show", "--inspection", inspection)
    assert code == 0 and "Nobody has said who they are" in out
    code, out, err = run(capsys, "--db", path, "identity", "set", "--inspection", inspection, "--member", "Zed")
    assert code == 1 and "'Zed' is not in this inspection's team" in err and "Ann Health, Lena Lead" in err
    code, out, err = run(capsys, "--db", path, "identity", "set", "--inspection", inspection, "--member",
                         "lena lead")
    assert code == 0, err
    assert out.strip() == "On this laptop you are Lena Lead (CIW), lead, in this inspection."
    code, out, _ = run(capsys, "--db", path, "identity", "show", "--inspection", inspection, "--json")
    shown = json.loads(out)
    assert (shown["name"], shown["label"], shown["role"]) == ("Lena Lead", "Lena Lead (CIW)", "lead")

    code, out, err = run(capsys, "--db", path, "case", "add", "--inspection", inspection, "--ref", "CDF24-07",
                         "--agency", "health", "--kind", "sampled")
    assert code == 0, err
    case = out.strip()
    code, out, err = run(capsys, "--db", path, "case", "allocate", "--case", case, "--inspector", "Ann Health")
    assert (code, out.strip()) == (0, "allocated 1, already so 0"), err
    code, out, err = run(capsys, "--db", path, "answer", "set", "--case", case, "--form", "voice_of_child",
                         "--question", "voc_01", "--value", "yes")
    assert code == 0, err
    code, out, err = run(capsys, "--db", path, "--as", "Script Runner", "answer", "set", "--case", case,
                         "--form", "voice_of_child", "--question", "voc_02", "--value", "yes")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", path, "answer", "list", "--case", case, "--json")
    assert {a["question_id"]: a["updated_by"] for a in json.loads(out)} == {
        "voc_01": "Lena Lead (CIW)", "voc_02": "Script Runner"}
    code, out, _ = run(capsys, "--db", path, "case", "list", "--inspection", inspection, "--json")
    assert [c["inspector"] for c in json.loads(out)] == ["Ann Health"]

    # Ann on this laptop: an inspector does not allocate.
    assert run(capsys, "--db", path, "identity", "set", "--inspection", inspection, "--member", "Ann Health")[0] == 0
    code, out, err = run(capsys, "--db", path, "case", "allocate", "--case", case, "--unallocate")
    assert (code, out) == (1, "") and "Only the lead inspector allocates files" in err
    code, _out, err = run(capsys, "--db", path, "case", "remove", "--case", case)
    assert code == 1 and "has 2 answer(s)" in err and "--confirm" in err
    code, _out, err = run(capsys, "--db", path, "case", "remove", "--case", case, "--confirm")
    assert code == 1 and "Only the lead inspector removes a file that has answers" in err
    code, _out, err = run(capsys, "--db", path, "case", "allocate", "--case", "no-such-case", "--inspector", "X")
    assert code == 1 and "There is no case file 'no-such-case'" in err

    services = build_services(path)
    try:
        actors = [a for a, _action, _entity in audit_actors(services, inspection)]
    finally:
        services.close()
    assert set(actors) == {"(no team member chosen)", "Lena Lead (CIW)", "Ann Health (HIW)", "Script Runner"}
    assert actors[0] == "(no team member chosen)"  # 'inspection create' came before anyone said who they are


def test_a_read_only_identity_show_needs_the_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "--db", str(tmp_path / "missing.sqlite3"), "identity", "show", "--inspection", "x")
    assert code == 1 and out == "" and "There is no audit database" in err
    assert not (tmp_path / "missing.sqlite3").exists()

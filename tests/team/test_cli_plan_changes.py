"""`jicpa team edit/retire`, `jicpa case allocate --conversation` and `jicpa case conversations` on a real
encrypted database: exit codes, text and --json, and what each records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jicpa_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str, str, str]:
    """An inspection with Lena (lead), Ann and Bryn, a sampled and a tracked file: (db, inspection, sampled,
    tracked)."""
    path = str(tmp_path / "cli.sqlite3")
    code, out, err = run(capsys, "--db", path, "inspection", "create", "--name", "Week", "--local-authority",
                         "Caerdydd", "--start", "2024-01-15", "--end", "2024-01-19")
    assert code == 0, err
    inspection = out.strip()
    for name, inspectorate, role in (("Lena Lead", "ciw", "lead"), ("Ann Health", "hiw", "inspector"),
                                     ("Bryn Police", "hmicfrs", "inspector")):
        code, _out, err = run(capsys, "--db", path, "team", "add", "--inspection", inspection, "--name", name,
                              "--inspectorate", inspectorate, "--role", role)
        assert code == 0, err
    cases = []
    for reference, kind in (("TST24-01", "sampled"), ("TST24-02", "tracked")):
        code, out, err = run(capsys, "--db", path, "case", "add", "--inspection", inspection, "--ref",
                             reference, "--agency", "health", "--kind", kind)
        assert code == 0, err
        cases.append(out.strip().split()[-1])
    return path, inspection, cases[0], cases[1]


def test_allocate_a_tracked_files_conversations(
    capsys: pytest.CaptureFixture[str], db: tuple[str, str, str, str]
) -> None:
    path, _inspection, sampled, tracked = db
    code, out, err = run(capsys, "--db", path, "case", "allocate", "--case", tracked, "--inspector", "Ann Health",
                         "--conversation", "child", "--conversation", "family")
    assert (code, out.strip()) == (0, "allocated 2 conversation(s), already so 0"), err
    code, out, err = run(capsys, "--db", path, "case", "allocate", "--case", tracked, "--inspector", "bryn police",
                         "--conversation", "all")
    assert (code, out.strip()) == (0, "allocated 5 conversation(s), already so 0"), err
    code, out, err = run(capsys, "--db", path, "case", "allocate", "--case", tracked, "--unallocate",
                         "--conversation", "other_professionals")
    assert (code, out.strip()) == (0, "allocated 1 conversation(s), already so 0"), err
    code, out, err = run(capsys, "--db", path, "case", "conversations", "--case", tracked, "--json")
    assert code == 0, err
    assert [(c["person"], c["inspector"]) for c in json.loads(out)] == [
        ("child", "Bryn Police"), ("family", "Bryn Police"), ("key_worker", "Bryn Police"),
        ("manager", "Bryn Police"), ("other_professionals", None)]
    code, out, err = run(capsys, "--db", path, "--lang", "cy", "case", "conversations", "--case", tracked)
    assert code == 0 and "Plentyn neu berson ifanc" in out and "Bryn Police" in out, err
    code, out, err = run(capsys, "--db", path, "case", "allocate", "--case", sampled, "--inspector", "Ann Health",
                         "--conversation", "child")
    assert (code, out) == (1, "") and "conversations are held about tracked files only" in err
    with pytest.raises(SystemExit) as usage:
        main(["--db", path, "case", "allocate", "--case", tracked, "--inspector", "Ann Health",
              "--conversation", "neighbour"])
    assert usage.value.code == 2
    capsys.readouterr()


def test_team_edit_and_retire(capsys: pytest.CaptureFixture[str], db: tuple[str, str, str, str]) -> None:
    path, inspection, _sampled, _tracked = db
    code, out, err = run(capsys, "--db", path, "team", "edit", "--inspection", inspection, "--member", "Bryn Police",
                         "--name", "Bryn Heddlu", "--role", "lead")
    assert (code, out.strip()) == (0, "Bryn Heddlu (HMICFRS), lead"), err
    code, out, err = run(capsys, "--db", path, "team", "retire", "--inspection", inspection, "--member", "ann health")
    assert (code, out.strip()) == (0, "Ann Health is retired from the team"), err
    code, out, err = run(capsys, "--db", path, "team", "list", "--inspection", inspection, "--json")
    assert [(m["name"], m["role"], m["retired"]) for m in json.loads(out)] == [
        ("Bryn Heddlu", "lead", False), ("Lena Lead", "lead", False), ("Ann Health", "inspector", True)]
    code, out, err = run(capsys, "--db", path, "team", "retire", "--inspection", inspection, "--member",
                         "Ann Health", "--reinstate")
    assert (code, out.strip()) == (0, "Ann Health is back in the team"), err
    code, out, err = run(capsys, "--db", path, "team", "edit", "--inspection", inspection, "--member", "Nobody",
                         "--name", "X")
    assert code == 1 and "'Nobody' is not in this inspection's team" in err

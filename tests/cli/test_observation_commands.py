"""`jicpa observation` end to end on a real encrypted database file: add, answer, list, show, remove, and refusals
reported like every other command's (stderr, exit 1, English unless --lang cy)."""

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
def store(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[str, str]:
    db = str(tmp_path / "cli.sqlite3")
    code, out, err = run(capsys, "--db", db, "inspection", "create", "--name", "Week", "--local-authority",
                         "Caerdydd", "--start", "2024-01-15", "--end", "2024-01-19")
    assert code == 0, err
    return db, out.strip()


def test_add_answer_list_show_and_remove(capsys: pytest.CaptureFixture[str], store: tuple[str, str]) -> None:
    db, inspection = store
    code, out, err = run(capsys, "--db", db, "observation", "add", "--inspection", inspection, "--date", "2024-01-16")
    assert code == 0, err
    observation = out.strip()
    for question, value, *evidence in (("mob_01", "core_group"), ("mob_04", "no", "Chair arrived late."),
                                       ("mob_02", "police,health")):
        extra = ["--evidence", evidence[0]] if evidence else []
        code, out, err = run(capsys, "--db", db, "observation", "answer", "--observation", observation,
                             "--question", question, "--value", value, *extra)
        assert code == 0, err
        assert out.startswith("saved ")
    code, out, _ = run(capsys, "--db", db, "observation", "answer", "--observation", observation,
                       "--question", "mob_01", "--value", "core_group")
    assert out.startswith("unchanged ")

    code, out, err = run(capsys, "--db", db, "observation", "list", "--inspection", inspection, "--json")
    assert code == 0, err
    [listed] = json.loads(out)
    assert listed["id"] == observation and listed["reference"].startswith("OBS-")
    assert listed["observed_on"] == "2024-01-16" and listed["answered"] == 3
    assert listed["meeting_kind"] == {"en": "Core group", "cy": "Grŵp craidd"}
    code, out, _ = run(capsys, "--db", db, "observation", "list", "--inspection", inspection)
    assert listed["reference"] in out and "Core group" in out and "3/11" in out

    code, out, err = run(capsys, "--db", db, "observation", "show", "--observation", observation, "--json")
    assert code == 0, err
    shown = json.loads(out)
    answers = {a["question"]: a for a in shown["answers"]}
    assert answers["mob_04"]["value"] == "no" and answers["mob_04"]["evidence"] == "Chair arrived late."
    assert answers["mob_02"]["value"] == ["police", "health"] and answers["mob_02"]["shown"] == "Police; Health"
    code, out, _ = run(capsys, "--lang", "cy", "--db", db, "observation", "show", "--observation", observation)
    assert "Grŵp craidd" in out and "Heddlu; Iechyd" in out and "Chair arrived late." in out

    code, out, err = run(capsys, "--db", db, "observation", "remove", "--observation", observation)
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "observation", "list", "--inspection", inspection, "--json")
    assert json.loads(out) == []


def test_refusals_are_reported_in_english_or_welsh(capsys: pytest.CaptureFixture[str],
                                                   store: tuple[str, str]) -> None:
    db, inspection = store
    code, out, err = run(capsys, "--db", db, "observation", "add", "--inspection", inspection, "--date", "16/01/2024")
    assert code == 1 and out == ""
    assert err.startswith("jicpa: ") and "YYYY-MM-DD" in err
    code, _, err = run(capsys, "--lang", "cy", "--db", db, "observation", "add", "--inspection", inspection,
                       "--date", "16/01/2024")
    assert code == 1 and "BBBB-MM-DD" in err
    code, out, _ = run(capsys, "--db", db, "observation", "add", "--inspection", inspection, "--date", "2024-01-16")
    observation = out.strip()
    code, _, err = run(capsys, "--db", db, "observation", "answer", "--observation", observation,
                       "--question", "mob_01", "--value", "icpc", "--evidence", "a note")
    assert code == 1 and "takes no evidence note" in err
    code, _, err = run(capsys, "--db", db, "observation", "show", "--observation", "no-such-id")
    assert code == 1 and "There is no observation 'no-such-id'" in err
    code, _, err = run(capsys, "--lang", "cy", "--db", db, "observation", "remove", "--observation", "no-such-id")
    assert code == 1 and "Nid oes arsylwad" in err
    with pytest.raises(SystemExit) as usage:
        main(["--db", db, "observation", "add", "--inspection", inspection])
    assert usage.value.code == 2  # argparse: --date is required


def test_add_for_a_colleague_and_correct_the_date(capsys: pytest.CaptureFixture[str], store: tuple[str, str]) -> None:
    db, inspection = store
    code, _, err = run(capsys, "--db", db, "team", "add", "--inspection", inspection, "--name", "Bryn Police",
                       "--inspectorate", "hmicfrs", "--role", "inspector")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "observation", "add", "--inspection", inspection, "--date",
                         "2024-01-16", "--observer", "Bryn Police")
    assert code == 0, err
    observation = out.strip()
    code, out, err = run(capsys, "--db", db, "observation", "date", "--observation", observation,
                         "--date", "2024-01-17")
    assert code == 0 and out.strip() == "saved", err
    code, out, _ = run(capsys, "--db", db, "observation", "list", "--inspection", inspection, "--json")
    [listed] = json.loads(out)
    assert (listed["observed_on"], listed["observer"]) == ("2024-01-17", "Bryn Police")

    code, out, err = run(capsys, "--db", db, "observation", "add", "--inspection", inspection, "--date",
                         "2024-01-16", "--observer", "Nobody Known")
    assert code == 1 and out == ""
    assert "'Nobody Known' is not in this inspection's team (Bryn Police)" in err
    code, _, err = run(capsys, "--lang", "cy", "--db", db, "observation", "date", "--observation", observation,
                       "--date", "2999-01-01")
    assert code == 1 and "2999" in err
    code, out, _ = run(capsys, "--db", db, "observation", "list", "--inspection", inspection, "--json")
    assert [o["observed_on"] for o in json.loads(out)] == ["2024-01-17"]  # nothing refused was saved

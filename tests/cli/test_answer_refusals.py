"""`jicpa answer set` gets the same refusals as the app: forms not offered, and whole numbers kept exact."""

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
def police_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[str, str]:
    db = str(tmp_path / "cli.sqlite3")
    code, out, err = run(capsys, "--db", db, "inspection", "create", "--name", "Week", "--local-authority",
                         "Caerdydd", "--start", "2024-01-15", "--end", "2024-01-19")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "case", "add", "--inspection", out.strip(), "--ref", "CDF24-51",
                         "--agency", "police", "--kind", "sampled")
    assert code == 0, err
    return db, out.strip()


def answers(capsys: pytest.CaptureFixture[str], db: str, case: str) -> list[tuple[str, str, object]]:
    code, out, err = run(capsys, "--db", db, "answer", "list", "--case", case, "--json")
    assert code == 0, err
    return [(a["form_id"], a["question_id"], a["value"]) for a in json.loads(out)]


def test_a_tracked_only_form_on_a_sampled_file_is_refused(
    capsys: pytest.CaptureFixture[str], police_file: tuple[str, str]
) -> None:
    db, case = police_file
    code, out, err = run(capsys, "--db", db, "answer", "set", "--case", case, "--form", "tracked_interviews",
                         "--question", "ti_01", "--value", "yes")
    assert code == 1 and "saved" not in out
    assert "tracked files only" in err and "voice_of_child" in err
    assert answers(capsys, db, case) == []


@pytest.mark.parametrize("typed", ["12345678901234567891", "1e3", "9223372036854775808", "1_000"])
def test_a_whole_number_that_is_not_plain_digits_in_range_is_refused(
    capsys: pytest.CaptureFixture[str], police_file: tuple[str, str], typed: str
) -> None:
    db, case = police_file
    code, out, err = run(capsys, "--db", db, "answer", "set", "--case", case, "--form", "case_record",
                         "--question", "cr_23", "--value", typed)
    assert code == 1 and "saved" not in out
    assert "whole number" in err and "9223372036854775807" in err
    assert answers(capsys, db, case) == []


def test_the_largest_whole_number_is_stored_exactly(
    capsys: pytest.CaptureFixture[str], police_file: tuple[str, str]
) -> None:
    db, case = police_file
    code, out, err = run(capsys, "--db", db, "answer", "set", "--case", case, "--form", "case_record",
                         "--question", "cr_23", "--value", "9223372036854775807")
    assert code == 0, err
    assert out.startswith("saved")
    assert answers(capsys, db, case) == [("case_record", "cr_23", 9223372036854775807)]

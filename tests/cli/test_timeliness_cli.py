"""`jicpa timeliness --case ID [--json]` on a real database and the timeliness fixture forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jicpa_desktop.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "forms_timeliness"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_timeliness_lists_each_timescale_with_its_dates_and_outcome(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JICPA_FORMS_DIR", str(FIXTURE))
    db = str(tmp_path / "cli.sqlite3")
    code, out, err = run(capsys, "--db", db, "inspection", "create", "--name", "Week", "--local-authority",
                         "Caerdydd", "--start", "2026-01-12", "--end", "2026-01-16")
    assert code == 0, err
    inspection = out.strip()
    code, out, err = run(capsys, "--db", db, "case", "add", "--inspection", inspection, "--ref", "TIME26-02",
                         "--agency", "children_services", "--kind", "sampled")
    assert code == 0, err
    case = out.strip()
    code, out, _ = run(capsys, "--db", db, "timeliness", "--case", case)
    assert code == 0 and "No timescale applies yet" in out
    for form, question, value in (("strategy", "st_date", "2025-12-23"), ("conference", "cc_icpc", "2026-01-02")):
        code, _, err = run(capsys, "--db", db, "answer", "set", "--case", case, "--form", form,
                           "--question", question, "--value", value)
        assert code == 0, err
    code, out, err = run(capsys, "--db", db, "timeliness", "--case", case, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["reference"] == "TIME26-02"
    icpc = next(t for t in data["timescales"] if t["id"] == "icpc")
    assert icpc["from"] == {"event": "strategy_discussion", "date": "2025-12-23",
                            "where": "Strategy discussion — st_date"}
    assert icpc["to"]["date"] == "2026-01-02" and icpc["to"]["where"] == "Conferences — cc_icpc"
    # The published worked example: 2 January 2026 is 5 working days after 23 December 2025.
    assert (icpc["taken"], icpc["unit"], icpc["limit"], icpc["outcome"], icpc["met"]) == (
        5, "working_days", 15, "met", True)
    code, out, err = run(capsys, "--db", db, "--lang", "cy", "timeliness", "--case", case)
    assert code == 0, err
    assert "Cynhadledd gychwynnol o fewn 15 diwrnod gwaith" in out and "wedi'i gyflawni" in out
    code, _, err = run(capsys, "--db", db, "timeliness", "--case", "nope")
    assert code == 1 and "no case file" in err.lower()

"""The repeating timescales (core groups six-weekly, reviews six-monthly) on a real store with the bundled forms:
the file's timeliness, the grid's column and summary count, the workbook reopened, the case report and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jicpa_desktop.cli import main
from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.timescales import Outcome
from jicpa_desktop.exports.grid_data import Counted, SummaryBuilder
from jicpa_desktop.forms_engine import bundled_forms_dir
from tests.background import drain_background_work

FORM = "cp_conference_core_group"
CORE = "First core group within 10 working days of the ICPC, then at least six-weekly"


def record(services: AppServices, case: str, first: str, later: list[str], reviews: list[str]) -> None:
    services.answers.set_answer(case, FORM, "cc_02_icpc_date", "2025-12-12")  # Friday 12 December 2025
    services.answers.set_answer(case, FORM, "cc_14_date", first)
    services.answers.set_answer(case, FORM, "cc_20_date", "2026-03-10")
    for group, column, days in (("cc_15_later", "cc_15_later_date", later),
                                ("cc_20_later", "cc_20_later_date", reviews)):
        for day in days:
            row = services.answers.add_row(case, FORM, group)
            services.answers.set_answer(case, FORM, column, day, row_id=row)


def test_the_series_show_in_the_timeliness_the_grid_the_workbook_and_the_case_report(
    services: AppServices, inspection_id: str, tmp_path: Path
) -> None:
    kept = services.cases.add(inspection_id, reference="SER26-01", agency="children_services", kind="sampled")
    # 30 December is 10 working days after the ICPC (Christmas, Boxing Day); rows entered out of order.
    record(services, kept, "2025-12-30", ["2026-03-20", "2026-02-10"], ["2026-09-10"])
    late = services.cases.add(inspection_id, reference="SER26-02", agency="children_services", kind="sampled")
    record(services, late, "2025-12-30", ["2026-02-11"], [])  # 6 weeks and 1 day after the first
    found = {r.timescale.id: r for r in services.progress.timeliness(kept).results}
    assert found["core_groups"].outcome is Outcome.MET
    assert [(g.earlier.value.isoformat(), g.later.value.isoformat()) for g in found["core_groups"].gaps] == [
        ("2025-12-30", "2026-02-10"), ("2026-02-10", "2026-03-20")]
    assert found["review_conferences"].outcome is Outcome.MET  # 10 March to 10 September: six months
    missed = {r.timescale.id: r for r in services.progress.timeliness(late).results}["core_groups"]
    assert missed.outcome is Outcome.MISSED and missed.gaps[0].later.where.endswith("1 — cc_15_later_date")

    model = services.exports.grid(inspection_id)
    timeliness = model.forms[-1]
    assert "core_groups" in [c.question_id for c in timeliness.columns]
    by_reference = {}
    summary = SummaryBuilder(model.columns)
    for row in model.rows:
        by_reference[row.reference] = dict(zip([c.question_id for c in model.columns], row.cells, strict=True))
        summary.add(row)
    kept_cell, late_cell = by_reference["SER26-01"]["core_groups"], by_reference["SER26-02"]["core_groups"]
    assert kept_cell is not None and kept_cell.counted is Counted.YES
    assert kept_cell.value == ("first meeting after 10 working days — limit 10; 3 meetings, the longest gap 6 weeks "
                               "— limit 6 weeks, met")
    assert late_cell is not None and late_cell.counted is Counted.NO
    assert late_cell.value.endswith("gap 30/12/2025 to 11/02/2026: 6 weeks 1 day — limit 6 weeks, missed")
    tally = next(q.tallies[""] for q in summary.questions()
                 if q.column.form_id == timeliness.form_id and q.column.question_id == "core_groups")
    assert (tally.yes, tally.no, tally.n) == (1, 1, 2)  # the summary line: 1 of 2 in time

    workbook = load_workbook(services.exports.xlsx(inspection_id, tmp_path / "grid.xlsx"))
    grid = workbook["Grid"]
    heading = next(col for col in range(1, grid.max_column + 1) if str(grid.cell(2, col).value or "").endswith(CORE))
    cells = {grid.cell(row, 1).value: grid.cell(row, heading).value for row in range(3, grid.max_row + 1)}
    assert any(str(v).endswith("6 weeks 1 day — limit 6 weeks, missed") for v in cells.values()), cells
    assert any(str(v).endswith("the longest gap 6 weeks — limit 6 weeks, met") for v in cells.values()), cells

    report = services.exports.case_report(late)
    lines = {q.answer.question_id: q.answer for q in report.forms[-1].sections[0].questions}
    assert lines["core_groups"].answer.endswith("6 weeks 1 day — limit 6 weeks, missed")


def test_jicpa_timeliness_lists_the_gaps(
    services: AppServices, inspection_id: str, db_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = services.cases.add(inspection_id, reference="SER26-03", agency="children_services", kind="sampled")
    record(services, case, "2025-12-30", ["2026-02-11"], [])
    drain_background_work()
    services.close()
    monkeypatch.setenv("JICPA_FORMS_DIR", str(bundled_forms_dir()))
    assert main(["--db", str(db_path), "timeliness", "--case", case, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    core = next(t for t in data["timescales"] if t["id"] == "core_groups")
    assert (core["outcome"], core["met"], core["taken"], core["limit"]) == ("missed", False, 10, 10)
    assert core["every"]["event"] == "core_group" and core["every"]["unit"] == "weeks"
    [gap] = core["every"]["gaps"]
    assert (gap["from"]["date"], gap["to"]["date"], gap["taken"], gap["due"], gap["met"]) == (
        "2025-12-30", "2026-02-11", 7, "2026-02-10", False)
    first = next(t for t in data["timescales"] if t["id"] == "first_core_group")
    assert first["every"] is None and first["outcome"] == "met"
    assert main(["--db", str(db_path), "timeliness", "--case", case]) == 0
    table = capsys.readouterr().out
    assert "10 working days; then 6 weeks" in table
    assert "missed (gap 30/12/2025 to 11/02/2026: 6 weeks 1 day — limit 6 weeks)" in table
    assert main(["--db", str(db_path), "--lang", "cy", "timeliness", "--case", case]) == 0
    assert "wedi'i fethu (bwlch 30/12/2025 i 11/02/2026: 6 wythnos 1 diwrnod — terfyn 6 wythnos)" in \
        capsys.readouterr().out

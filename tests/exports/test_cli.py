"""The export commands, end to end through `jicpa`."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from jicpa_desktop.cli import main
from tests.exports.conftest import Demo


def test_export_commands(demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo.services.db_path)
    out = tmp_path / "grid.xlsx"
    assert main(["--db", db, "export", "xlsx", "--inspection", demo.inspection_id, "-o", str(out),
                 "--lang", "cy", "--agency", "police"]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames[1] == "Crynodeb"
    police = [c.reference for c in demo.services.cases.list(demo.inspection_id) if c.agency == "police"]
    assert [r[0] for r in wb["Grid"].iter_rows(min_row=3, values_only=True)] == police
    pdf = tmp_path / "grid.pdf"
    assert main(["--db", db, "export", "pdf", "--inspection", demo.inspection_id, "-o", str(pdf),
                 "--inspector", "Demo Inspector C (HIW)"]) == 0
    assert len(PdfReader(pdf).pages) > 3
    case = demo.services.cases.list(demo.inspection_id)[0]
    case_pdf = tmp_path / "case.pdf"
    assert main(["--db", db, "export", "case-pdf", "--case", case.id, "-o", str(case_pdf)]) == 0
    assert case.reference in PdfReader(case_pdf).pages[0].extract_text()
    assert f"Wrote {case_pdf}" in capsys.readouterr().out


def test_export_errors_are_user_errors(demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo.services.db_path)
    assert main(["--db", db, "export", "xlsx", "--inspection", demo.inspection_id, "-o",
                 str(tmp_path / "missing" / "g.xlsx")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["--db", db, "export", "xlsx", "--inspection", "nope", "-o", str(tmp_path / "g.xlsx")]) == 1
    assert "no inspection" in capsys.readouterr().err.lower()
    assert main(["--db", db, "export", "case-pdf", "--case", "nope", "-o", str(tmp_path / "c.pdf")]) == 1
    with pytest.raises(SystemExit):
        main(["--db", db, "export", "xlsx", "--inspection", demo.inspection_id, "-o", "x.xlsx", "--lang", "fr"])
    assert list(tmp_path.iterdir()) == []

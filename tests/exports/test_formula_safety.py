"""Free text typed by an inspector stays text in every spreadsheet that opens the export."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import load_workbook
from pypdf import PdfReader

from jicpa_desktop.composition import AppServices
from jicpa_desktop.exports.formula_safety import cell_text, is_risky
from jicpa_desktop.exports.xlsx_formats import WORKBOOK_OPTIONS, Formats, write_value

DANGEROUS = (
    '=HYPERLINK("http://x","y")',
    "+44 29 2000 0000",
    "-1",
    "@SUM(A1)",
    "=1+1",
    "\tcmd|' /C calc'!A0",
    "\r=2+3",
)
NEGATIVE_QUESTIONS = ("voc_02", "voc_03", "voc_04", "voc_05", "voc_07", "voc_08", "voc_09")


@pytest.fixture
def risky_export(services: AppServices, inspection_id: str, tmp_path: Path) -> tuple[Path, str]:
    case_id = services.cases.add(inspection_id, reference="TST24-01", agency="children_services", kind="sampled",
                                 inspector="Inspector Test")
    for question_id, note in zip(NEGATIVE_QUESTIONS, DANGEROUS, strict=True):
        services.answers.set_answer(case_id, "voice_of_child", question_id, "no", evidence=note)
    services.answers.set_answer(case_id, "voice_of_child", "voc_20", "=SUM(9,9)")
    services.answers.set_answer(case_id, "voice_of_child", "std_summary_strengths", "=CMD()")
    # An escalation's concern is free text too, and has a sheet of its own.
    services.answers.set_answer(case_id, "voice_of_child", "std_escalate_now", "yes")
    services.answers.set_answer(case_id, "voice_of_child", "std_escalate_action", "=ESCALATE()")
    # A data-quality flag carries the inspector's note behind it to the Flags sheet.
    services.answers.set_answer(case_id, "case_record", "cr_08", "no", evidence="=FLAG()")
    path = services.exports.xlsx(inspection_id, tmp_path / "risky.xlsx")
    return path, case_id


def _expected(text: str) -> str:
    return cell_text(text)  # line endings become LF, as any XML reader would make them


def test_notes_come_back_as_literal_strings(risky_export: tuple[Path, str]) -> None:
    path, _ = risky_export
    wb = load_workbook(path)
    evidence = {r[5]: r[9] for r in wb["Evidence"].iter_rows(min_row=3, values_only=True)}
    for question_id, note in zip(NEGATIVE_QUESTIONS, DANGEROUS, strict=True):
        assert evidence[question_id] == _expected(note)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    risky = [c for c in cells if is_risky(c.value) or c.value.startswith("\n=")]
    # Every dangerous text appears in Evidence and Findings, and the free-text answers in the Grid.
    assert {c.value for c in risky} >= {_expected(t) for t in DANGEROUS} | {"=SUM(9,9)", "=CMD()"}
    for c in risky:
        assert c.data_type == "s", (c.parent.title, c.coordinate, c.value)
        assert c.quotePrefix, (c.parent.title, c.coordinate)  # stays text if someone edits the cell
    grid_values = {c.value for row in wb["Grid"].iter_rows(min_row=3) for c in row}
    assert "=SUM(9,9)" in grid_values
    findings = {c.value for row in wb["Findings"].iter_rows() for c in row}
    assert '=HYPERLINK("http://x","y")' in findings and "=CMD()" in findings
    escalations = {c.value for row in wb["Escalations"].iter_rows() for c in row}
    assert "=ESCALATE()" in escalations
    flags = {c.value for row in wb["Flags"].iter_rows() for c in row}
    assert "=FLAG()" in flags


def test_no_formula_in_the_xml(risky_export: tuple[Path, str]) -> None:
    path, _ = risky_export
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        # Grid, Summary, Findings, Evidence, Escalations, Flags, Observations, About: every sheet is read below.
        assert len(sheets) == len(load_workbook(path, read_only=True).sheetnames) == 8
        for name in sheets:
            xml = archive.read(name)
            assert not re.search(rb"<f[ >]", xml), name
            assert b"t=\"f\"" not in xml and b't="str"' not in xml
        joined = b"".join(archive.read(n) for n in sheets)
        assert b"=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)" in joined or b'=HYPERLINK("http://x","y")' in joined


def test_strings_of_every_kind_are_forced_to_text(tmp_path: Path) -> None:
    wb = xlsxwriter.Workbook(str(tmp_path / "t.xlsx"), WORKBOOK_OPTIONS)
    ws = wb.add_worksheet("t")
    formats = Formats(wb)
    values = ["=A1", "+1", "-1", "@x", "\tx", "\rx", "plain", "x\x01y", "a\r\nb"]
    for column, value in enumerate(values):
        write_value(ws, 0, column, value, None, formats)
    wb.close()
    row = next(load_workbook(tmp_path / "t.xlsx")["t"].iter_rows())
    assert [c.value for c in row] == ["=A1", "+1", "-1", "@x", "\tx", "\nx", "plain", "x\ufffdy", "a\nb"]
    assert [bool(c.quotePrefix) for c in row] == [True] * 6 + [False] * 3
    assert all(c.data_type == "s" for c in row)


@pytest.mark.slow  # starts LibreOffice to convert the workbook
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_workbook_and_shows_the_text_literally(
    risky_export: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = risky_export
    out = tmp_path / "lo"
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=240, env={**os.environ, "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    pdf = out / "risky.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 1000
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 5
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert '=HYPERLINK("http://x","y")' in text  # shown as typed, not as a link called "y"
    assert "+44 29 2000 0000" in text
    assert "@SUM(A1)" in text
    assert "=SUM(9,9)" in text and "18" not in text.split("=SUM(9,9)")[0][-5:]
    assert "'=HYPERLINK" not in text  # no visible apostrophe

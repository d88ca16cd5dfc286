"""The workbook writer itself, on synthetic grids: shared formats, literal text, exact numbers, clean failures."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import load_workbook

from jicpa_desktop.domain.principles import REPORT_ORDER, Principle
from jicpa_desktop.exports.grid_data import (
    Cell,
    Column,
    Counted,
    EvidenceNote,
    ExportInfo,
    FindingKind,
    FormBlock,
    GridModel,
    GridRow,
    Statement,
    Tone,
)
from jicpa_desktop.exports.xlsx_formats import WORKBOOK_OPTIONS
from jicpa_desktop.exports.xlsx_workbook import HEADER_LIMIT, WorkbookWriter, write_workbook
from jicpa_desktop.services.errors import OperationCancelledError

AGENCIES = (("children_services", "Children's services"), ("police", "Police"))
CHOICES = (Cell("Yes", Tone.POSITIVE, Counted.YES), Cell("Partly", Tone.PARTIAL, Counted.PARTLY),
           Cell("No", Tone.NEGATIVE, Counted.NO), Cell("N/A", Tone.NOT_APPLICABLE))
GRADES = (Cell("Good (suggested)", Tone.POSITIVE, suggested=True), Cell("Inadequate", Tone.NEGATIVE),
          Cell("Requires improvement", Tone.PARTIAL))
RISKY_NOTE = '=HYPERLINK("http://x","y")'


def _forms(title: str = "First form") -> tuple[FormBlock, ...]:
    first = FormBlock("f1", title, (
        Column("f1", "f1_q1", "Was the child seen?", "ynp", (Principle.WELL_BEING,), limiting=True, counted=True,
               number="1"),
        Column("f1", "f1_q2", "Was the plan reviewed?", "ynp", (Principle.PREVENTION,), counted=True, number="2"),
        Column("f1", "f1_q3", "What was noted?", "text", number="3"),
    ), (1,))
    second = FormBlock("f2", "Second form", (
        Column("f2", "f2_q1", "Date of the last visit", "date", number="1"),
        Column("f2", "f2_q2", "Number of visits", "integer", number="2"),
    ), (1,))
    return first, second


def _rows(files: int, texts: tuple[str, ...] = ("Seen alone twice.", "-1 visit missed", "")) -> Iterator[GridRow]:
    """Every kind of cell the grid writes, cycling with a period far below 26 files."""
    for number in range(files):
        code, agency = AGENCIES[number % 2]
        text = texts[number % len(texts)]
        cells = (
            CHOICES[number % 4], CHOICES[(number + 1) % 4],
            Cell(text, free_text=True) if text else None,
            Cell(dt.date(2024, 1, 1 + number % 28), Tone.NEGATIVE if number % 3 == 0 else Tone.NEUTRAL),
            Cell(number % 7),
        )
        note = EvidenceNote("f1", "First form", "f1_q1", "Was the child seen?", "No", Tone.NEGATIVE,
                            RISKY_NOTE if number % 5 == 0 else f"Note for file {number}")
        yield GridRow(
            case_id=f"id-{number}", reference=f"TST24-{number:04d}", agency=code, agency_label=agency,
            kind="sampled", kind_label="Sampled", inspector=f"Inspector {number % 3}", cells=cells,
            grades=(GRADES[number % 3], None), overall=GRADES[(number + 1) % 3], escalated=number % 11 == 0,
            offered=(True, number % 4 != 0), notes=(note,),
            statements=(Statement(FindingKind.AREA, note.note, (Principle.WELL_BEING,), False, (code,), "f1_q1"),),
        )


def _model(files: int, *, name: str = "Test inspection", title: str = "First form",
           rows: Iterator[GridRow] | None = None) -> GridModel:
    info = ExportInfo(name, "Test LA", "2024-01-15", "2024-01-19", dt.datetime(2024, 1, 19, 12, tzinfo=dt.UTC),
                      "Lead Test", "test", "en", file_count=files)
    return GridModel(info, _forms(title), rows if rows is not None else _rows(files), agencies=AGENCIES,
                     principles=tuple((p, p.label.en) for p in REPORT_ORDER))


def _cell_formats(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("xl/styles.xml").decode()
    found = re.search(r'<cellXfs count="(\d+)"', styles)
    assert found
    return int(found.group(1))


def test_formats_are_shared_however_many_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []
    original = xlsxwriter.Workbook.add_format

    def counting(self, properties=None):  # type: ignore[no-untyped-def]
        made.append(1)
        return original(self, properties)

    monkeypatch.setattr(xlsxwriter.Workbook, "add_format", counting)
    xlsxwriter.Workbook(str(tmp_path / "bare.xlsx"), WORKBOOK_OPTIONS).close()
    own = len(made)  # the formats xlsxwriter makes for itself (its default, its date default)
    counts = {}
    for files in (26, 2_600):
        made.clear()
        writer = WorkbookWriter(_model(files))
        writer.write(tmp_path / f"{files}.xlsx")
        counts[files] = (len(made), writer.format_count, _cell_formats(tmp_path / f"{files}.xlsx"))
    assert counts[2_600] == counts[26]  # a hundred times the files, not one Format more
    calls, kept, in_file = counts[2_600]
    assert calls == own + kept  # every Format the writer asked for is one it keeps and reuses
    assert 20 <= kept <= 80 and in_file <= kept + 1  # a few dozen looks (+1: the workbook's default)
    assert load_workbook(tmp_path / "2600.xlsx", read_only=True)["Grid"].max_row == 2 + 2_600


def test_every_value_comes_back_as_its_type(tmp_path: Path) -> None:
    path = tmp_path / "types.xlsx"
    write_workbook(_model(6), path)
    ws = load_workbook(path)["Grid"]
    row = [c for c in ws[3]]
    assert [c.value for c in row[:6]] == ["TST24-0000", "Children's services", "Sampled", "Inspector 0",
                                          "Inadequate", "ESCALATED"]
    assert [c.value for c in row[6:9]] == ["Yes", "Partly", "Seen alone twice."]
    assert row[6].fill.fgColor.rgb[-6:] == "C6EFCE" and row[8].fill.fgColor.rgb in (None, "00000000")
    assert row[9].value == "Good (suggested)" and row[9].font.i  # a grade not confirmed is italic
    assert row[10].value == dt.datetime(2024, 1, 1) and row[10].number_format == "DD/MM/YYYY"
    assert row[10].fill.fgColor.rgb[-6:] == "FFC7CE"  # a negative date keeps its colour and stays a date
    assert row[11].value == 0 and row[11].data_type == "n"
    assert ws.cell(4, 12).value == 1 and isinstance(ws.cell(4, 12).value, int)
    # Not offered: the form's empty cells are greyed (file 0 has the second form switched off).
    assert ws.cell(3, 13).value is None and ws.cell(3, 13).fill.fgColor.rgb[-6:] == "F2F2F2"
    assert ws.cell(4, 13).value is None and ws.cell(4, 13).fill.fgColor.rgb in (None, "00000000")


def test_risky_text_stays_a_string_with_the_quote_prefix_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "risky.xlsx"
    write_workbook(_model(10, title="=SUM(1,2) form", name="+44 inspection"), path)
    wb = load_workbook(path)
    grid = wb["Grid"]
    title = grid.cell(1, 7)  # the merged title over the first form
    assert title.value == "=SUM(1,2) form" and title.data_type == "s" and title.quotePrefix
    assert {str(r) for r in grid.merged_cells.ranges} >= {"A1:F1", "G1:J1", "K1:M1"}
    texts = [c for c in grid["I"][2:] if c.value is not None]
    risky = [c for c in texts if c.value == "-1 visit missed"]
    assert risky and all(c.data_type == "s" and c.quotePrefix for c in risky)
    assert all(not c.quotePrefix for c in texts if c.value == "Seen alone twice.")
    notes = [c for c in wb["Evidence"]["J"] if c.value == RISKY_NOTE]
    assert len(notes) == 2 and all(c.data_type == "s" and c.quotePrefix for c in notes)
    findings = [c for row in wb["Findings"].iter_rows() for c in row if c.value == RISKY_NOTE]
    assert findings and all(c.data_type == "s" and c.quotePrefix for c in findings)
    about = {r[0].value: r[1] for r in wb["About"].iter_rows() if r[0].value}
    assert about["Inspection"].value == "+44 inspection" and about["Inspection"].quotePrefix
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert not re.search(rb"<f[ >]", archive.read(name)), name


def test_choice_text_that_looks_like_a_formula_is_quoted_too(tmp_path: Path) -> None:
    odd = Cell("-", Tone.NEGATIVE)  # a choice label a form author might use

    def rows() -> Iterator[GridRow]:
        for row in _rows(3):
            yield dataclasses.replace(row, cells=(odd, *row.cells[1:]))

    path = tmp_path / "choice.xlsx"
    write_workbook(_model(3, rows=rows()), path)
    cells = [c for c in load_workbook(path)["Grid"]["G"][2:]]
    assert [c.value for c in cells] == ["-", "-", "-"]
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert cells[0].fill.fgColor.rgb[-6:] == "FFC7CE"


def test_long_and_odd_numbers_are_never_rounded_or_broken(tmp_path: Path) -> None:
    values = (12345678901234567891, -(10**15), 10**15 - 1, 2.5, math.nan, math.inf)

    def rows() -> Iterator[GridRow]:
        for value, row in zip(values, _rows(len(values)), strict=True):
            yield dataclasses.replace(row, cells=(*row.cells[:4], Cell(value)))

    path = tmp_path / "numbers.xlsx"
    write_workbook(_model(len(values), rows=rows()), path)
    got = [c.value for c in load_workbook(path)["Grid"]["L"][2:]]
    # Excel keeps 15 significant digits: longer whole numbers stay exact as their digits.
    assert got == ["12345678901234567891", "-1000000000000000", 999999999999999, 2.5, "nan", "inf"]


def test_a_cancelled_write_leaves_no_file_and_no_temporary_files(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    calls = 0

    def check() -> None:
        nonlocal calls
        calls += 1
        if calls == 3:  # after 150 of the 1,000 files: Grid and Evidence half written
            raise OperationCancelledError("cancelled")

    target = tmp_path / "out" / "grid.xlsx"
    target.parent.mkdir()
    with pytest.raises(OperationCancelledError):
        write_workbook(_model(1_000), target, check=check)
    assert calls == 3
    assert list(target.parent.iterdir()) == []
    assert list(scratch.iterdir()) == []  # every sheet's row stream closed and removed

    # A write that fails at the end (the folder vanished) is an OSError, and leaves nothing behind either.
    target.parent.rmdir()
    with pytest.raises(OSError):
        write_workbook(_model(20), target)
    assert list(scratch.iterdir()) == []


def test_page_headers_survive_long_names_and_ampersands(tmp_path: Path) -> None:
    # "&&G" would still read as a picture code to xlsxwriter: that name gets the full-width ampersand.
    for name, shown in (("R&G & partners: " + "a very long inspection name " * 12, "R\uff06G \uff06 partners"),
                        ("2024 Cardiff & Vale", "2024 Cardiff && Vale"),
                        ("\U0001f642" * 200, "\U0001f642" * 3)):  # two UTF-16 units each, as Excel counts
        path = tmp_path / "h.xlsx"
        write_workbook(_model(2, name=name), path)  # an xlsxwriter warning would fail the test (warnings are errors)
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("xl/worksheets/sheet1.xml").decode()
        header = re.search(r"<oddHeader>(.*?)</oddHeader>", xml)
        assert header, name
        text = header.group(1).replace("&amp;", "&")
        assert len(text.encode("utf-16-le")) // 2 <= HEADER_LIMIT
        assert "OFFICIAL-SENSITIVE" in text and '&"Calibri,Regular"' + shown in text
        assert "&C&10&" in text  # the size is a code of its own: "2024" is never read as part of it
        assert re.search(r"<oddFooter>.*&amp;P / &amp;N</oddFooter>", xml)

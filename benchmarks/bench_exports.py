"""Audit-grid exports: 2,600 files × 150 questions to xlsx against raw openpyxl write-only, and the 26-file grid PDF."""

from __future__ import annotations

import gc
import random
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Border, Font, PatternFill, Side

from benchmarks.report import verdict
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
from jicpa_desktop.exports.xlsx_workbook import FILLS, write_workbook

FILES = 2_600
FORMS = 10
PER_FORM = 15  # 150 questions
NOTES_PER_FILE = 6
AGENCIES = (("children_services", "Children's services"), ("police", "Police"), ("health", "Health"),
            ("education", "Education"))
ANSWERS = ((Counted.YES, "Yes", Tone.POSITIVE), (Counted.PARTLY, "Partly", Tone.PARTIAL),
           (Counted.NO, "No", Tone.NEGATIVE), (None, "N/A", Tone.NOT_APPLICABLE))
NOTES = ("No record of the child being seen alone in the review period; visits recorded with mother present.",
         "Safety plan actions are generic ('parents to engage'); no named person or timescale.",
         "Plan reviewed at core group; each action has a named role and a date.",
         "=HYPERLINK(\"http://x\",\"y\") typed by mistake into a note")


def _forms() -> tuple[FormBlock, ...]:
    principles = list(Principle)
    return tuple(
        FormBlock(f"form_{f:02d}", f"Synthetic form {f + 1}", tuple(
            Column(f"form_{f:02d}", f"f{f:02d}_q{q:02d}", f"Synthetic question {q + 1} of form {f + 1}?", "ynp",
                   (principles[(f + q) % 4],), limiting=q == 0, counted=True)
            for q in range(PER_FORM)), (1,))
        for f in range(FORMS)
    )


def _rows(forms: tuple[FormBlock, ...], files: int, seed: int = 7) -> Iterator[GridRow]:
    """Rows of the shape Exports.grid produces, generated one at a time (the service streams them too)."""
    rng = random.Random(seed)
    columns = [c for form in forms for c in form.columns]
    for number in range(files):
        code, agency = AGENCIES[number % len(AGENCIES)]
        cells: list[Cell | None] = []
        for _ in columns:
            counted, text, tone = ANSWERS[rng.choices(range(4), (55, 25, 15, 5))[0]]
            cells.append(Cell(text, tone, counted))
        notes = tuple(
            EvidenceNote(columns[i].form_id, "Synthetic form", columns[i].question_id, columns[i].label,
                         "No", Tone.NEGATIVE, rng.choice(NOTES))
            for i in rng.sample(range(len(columns)), NOTES_PER_FILE)
        )
        statements = tuple(Statement(FindingKind.AREA, n.note, (Principle.WELL_BEING,), False, (code,), n.question_id)
                           for n in notes)
        yield GridRow(
            case_id=f"id-{number}", reference=f"BEN24-{number:04d}", agency=code, agency_label=agency,
            kind="sampled", kind_label="sampled", inspector=f"Inspector {number % 12}", cells=tuple(cells),
            grades=tuple(Cell("Good (suggested)", Tone.POSITIVE, suggested=True) for _ in forms),
            overall=Cell("Requires improvement", Tone.PARTIAL), escalated=number % 97 == 0,
            offered=tuple(True for _ in forms), notes=notes, statements=statements,
        )


def _model(files: int) -> GridModel:
    forms = _forms()
    info = ExportInfo("Benchmark inspection", "Synthetic LA", "2024-01-15", "2024-01-19", "2024-01-19T12:00:00+00:00",
                      "bench", "bench", "en", file_count=files)
    return GridModel(info, forms, _rows(forms, files), agencies=AGENCIES,
                     principles=tuple((p, p.label.en) for p in REPORT_ORDER))


def _raw_openpyxl(path: Path, files: int) -> None:
    """The same grid cells (values, fills, borders, frozen panes, widths) with plain openpyxl write-only mode."""
    forms = _forms()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Grid")
    for i in range(1, 7 + FORMS * (PER_FORM + 1)):
        ws.column_dimensions[_letter(i)].width = 12
    ws.freeze_panes = "G3"
    side = Side(style="thin", color="A6A6A6")
    border = Border(left=side, right=side, top=side, bottom=side)
    styled: dict[Tone, tuple[PatternFill, Font]] = {
        tone: (PatternFill("solid", start_color=fill, end_color=fill), Font(color=text))
        for tone, (fill, text) in FILLS.items()}
    ws.append(["File"] + [f.title for f in forms for _ in range(PER_FORM + 1)])
    ws.append(["Reference"] + [c.question_id for f in forms for c in f.columns] + ["Grade"] * FORMS)
    for row in _rows(forms, files):
        out = [row.reference, row.agency_label, row.kind_label, row.inspector, "Requires improvement", ""]
        cells = []
        for value in out:
            cell = WriteOnlyCell(ws, value=value)
            cell.border = border
            cells.append(cell)
        for c in row.cells:
            assert c is not None
            cell = WriteOnlyCell(ws, value=str(c.value))
            fill, font = styled[c.tone]
            cell.fill = fill
            cell.font = font
            cell.border = border
            cells.append(cell)
        ws.append(cells)
    wb.save(path)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def _measure(action: Callable[[], object]) -> tuple[float, float]:
    """(seconds without tracing, peak MB with tracemalloc in a second run)."""
    gc.collect()
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    gc.collect()
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return seconds, peak


def _grid_pdf_seconds(folder: Path) -> float:
    from jicpa_desktop.composition import build_services

    services = build_services(folder / "demo.sqlite3", actor="bench")
    try:
        inspection_id = services.demo.build()
        services.exports.pdf(inspection_id, folder / "warm.pdf")  # fonts registered, modules imported
        start = time.perf_counter()
        services.exports.pdf(inspection_id, folder / "grid.pdf")
        return time.perf_counter() - start
    finally:
        services.close()


def run() -> bool:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        ours, ours_peak = _measure(lambda: write_workbook(_model(FILES), folder / "ours.xlsx"))
        raw, raw_peak = _measure(lambda: _raw_openpyxl(folder / "raw.xlsx", FILES))
        _, small_peak = _measure(lambda: write_workbook(_model(FILES // 10), folder / "small.xlsx"))
        print(f"  xlsx, {FILES:,} files × {FORMS * PER_FORM} questions (grid + summary + charts + findings + "
              f"evidence + about): {ours:.2f} s, peak {ours_peak:.0f} MB "
              f"({(folder / 'ours.xlsx').stat().st_size / 1e6:.1f} MB file)")
        print(f"  raw openpyxl write-only, the same grid cells only: {raw:.2f} s, peak {raw_peak:.0f} MB")
        print(f"  xlsx, {FILES // 10:,} files: peak {small_peak:.0f} MB")
        ok = verdict("time, exporter / raw write-only", ours / raw, 1.5)
        # Streamed: memory does not grow with the grid (what grows is the findings and summary tallies, a few MB).
        print(f"  peak memory 2,600 files / 260 files: {ours_peak / max(small_peak, 0.1):.1f}× "
              f"({ours_peak - small_peak:.1f} MB more for ten times the files)")
        ok &= verdict("peak traced memory, 2,600-file export", ours_peak, 50.0, " MB")
        pdf = _grid_pdf_seconds(folder)
        print(f"  grid PDF, 26-file demo inspection (read from the store, laid out, written): {pdf:.2f} s")
        ok &= verdict("grid PDF for 26 files", pdf, 5.0, " s")
    return ok

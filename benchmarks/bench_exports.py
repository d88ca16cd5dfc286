"""Audit-grid exports: 2,600 files × 150 questions, our workbook against plain openpyxl and xlsxwriter; the grid PDF;
the whole bundled catalogue at 260 files (benchmarks/catalogue_exports.py); the case report and grid PDFs with one
evidence note of 10 KB, 100 KB and 1 MB (time must grow linearly)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import multiprocessing.connection
import os
import random
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks import catalogue_exports
from benchmarks.grid_values import grid_values
from benchmarks.report import verdict
from jicpa_desktop.domain.principles import REPORT_ORDER, Principle
from jicpa_desktop.exports.case_data import CaseAnswer, CaseForm, CaseQuestion, CaseReport, CaseSection
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

FILES = 2_600
SMALL = FILES // 10  # the second size, to show memory does not grow with the files
FORMS = 10
PER_FORM = 15  # 150 questions
NOTES_PER_FILE = 6
TARGET_RATIO = 1.5  # our full workbook against plain openpyxl write-only writing the grid's values
TARGET_GROWTH_MB = 15.0  # extra peak memory allowed for ten times the files
NOTE_SIZES_KB = (10, 100, 1_000)  # one evidence note of each length in the case report and the grid PDF
TARGET_NOTE_GROWTH = 1.5  # CPU seconds per KB of note at 1 MB against at 100 KB: 1.0 is linear
NOTE_SENTENCE = ("Seen alone at school on 3 May; the plan names the social worker and a date for each action, "
                 "and the child's own words are recorded. ")
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
                   (principles[(f + q) % 4],), limiting=q == 0, counted=True,
                   number=str(q + 1))
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
            kind="sampled", kind_label="Sampled", inspector=f"Inspector {number % 12}", cells=tuple(cells),
            grades=tuple(Cell("Good (suggested)", Tone.POSITIVE, suggested=True) for _ in forms),
            overall=Cell("Requires improvement", Tone.PARTIAL), escalated=number % 97 == 0,
            offered=tuple(True for _ in forms), notes=notes, statements=statements,
        )


def _model(files: int) -> GridModel:
    forms = _forms()
    info = ExportInfo("Benchmark inspection", "Synthetic LA", "2024-01-15", "2024-01-19",
                      dt.datetime(2024, 1, 19, 12, tzinfo=dt.UTC), "bench", "bench", "en", file_count=files)
    return GridModel(info, forms, _rows(forms, files), agencies=AGENCIES,
                     principles=tuple((p, p.label.en) for p in REPORT_ORDER))


def _grid_values(row: GridRow) -> list[object]:
    return grid_values(row, _FORMS)


_FORMS = _forms()


def _rows_only(path: Path, files: int) -> None:
    """Generating the rows and their plain values, written nowhere: the part every writer below shares."""
    for row in _rows(_FORMS, files):
        _grid_values(row)


def _plain_openpyxl(path: Path, files: int) -> None:
    """The best plain use of openpyxl: a write-only workbook, the grid's values appended row by row, no styles."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Grid")
    ws.append(["File"] + [f.title for f in _FORMS for _ in range(PER_FORM + 1)])
    ws.append(["Reference"] + [c.heading for f in _FORMS for c in f.columns] + ["Grade"] * FORMS)
    for row in _rows(_FORMS, files):
        ws.append(_grid_values(row))
    wb.save(path)


def _xlsxwriter(path: Path, files: int, *, evidence: bool = False) -> None:
    """xlsxwriter in constant-memory mode: the grid's values with one format per tone (fill, font, border),
    column widths and frozen panes, every text written as a string; with *evidence*, the Evidence sheet too
    (each sheet streams to its own temporary file, so the two are written side by side as ours are)."""
    import xlsxwriter

    from jicpa_desktop.exports.xlsx_workbook import FILLS

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Grid")
    notes = wb.add_worksheet("Evidence") if evidence else None
    ws.set_column(0, 5, 14)
    ws.set_column(6, 6 + FORMS * (PER_FORM + 1), 12)
    ws.freeze_panes(2, 6)
    plain = wb.add_format({"border": 1, "border_color": "#A6A6A6", "font_size": 10})
    wrapped = wb.add_format({"border": 1, "border_color": "#A6A6A6", "text_wrap": True, "valign": "top"})
    head = wb.add_format({"bold": True, "text_wrap": True, "bg_color": "#D9E1F2", "border": 1, "font_size": 8})
    tones = {tone: wb.add_format({"bg_color": f"#{fill}", "font_color": f"#{text}", "border": 1,
                                  "border_color": "#A6A6A6", "align": "center", "bold": tone is Tone.NEGATIVE})
             for tone, (fill, text) in FILLS.items()}
    ws.write_row(0, 0, ["File"] + [f.title for f in _FORMS for _ in range(PER_FORM + 1)], head)
    ws.write_row(1, 0, ["Reference"] + [c.heading for f in _FORMS for c in f.columns] + ["Grade"] * FORMS, head)
    note_row = 1
    for r, row in enumerate(_rows(_FORMS, files), start=2):
        for c, value in enumerate(_grid_values(row)[:6]):
            if value is None:
                ws.write_blank(r, c, None, plain)
            else:
                ws.write_string(r, c, str(value), plain)
        c = 6
        index = 0
        for block, form in enumerate(_FORMS):
            for _ in form.columns:
                cell = row.cells[index]
                assert cell is not None
                ws.write_string(r, c, str(cell.value), tones[cell.tone])
                index += 1
                c += 1
            grade = row.grades[block]
            assert grade is not None
            ws.write_string(r, c, str(grade.value), tones[grade.tone])
            c += 1
        if notes is None:
            continue
        for note in row.notes:
            note_row += 1
            for c, value in enumerate((row.reference, row.agency_label, row.kind_label, row.inspector,
                                       note.form_title, note.question_id)):
                notes.write_string(note_row, c, value, plain)
            notes.write_string(note_row, 6, note.question_label, wrapped)
            notes.write_blank(note_row, 7, None, plain)
            notes.write_string(note_row, 8, note.answer, tones[note.tone])
            notes.write_string(note_row, 9, note.note, wrapped)
    wb.close()


def _xlsxwriter_with_evidence(path: Path, files: int) -> None:
    _xlsxwriter(path, files, evidence=True)


def _ours(path: Path, files: int) -> None:
    from jicpa_desktop.exports.xlsx_workbook import write_workbook

    write_workbook(_model(files), path)


WRITERS = {"rows": _rows_only, "openpyxl": _plain_openpyxl, "xlsxwriter": _xlsxwriter,
           "xlsxwriter+evidence": _xlsxwriter_with_evidence, "ours": _ours}


def _rss_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    """Start the kernel's peak-RSS count (VmHWM) afresh, so the imports' own peak is not the one reported."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
    except OSError:
        pass  # not Linux, or not allowed: the peak then includes the imports (reported as it is)


def _child(writer: str, files: int, path: str, answer: multiprocessing.connection.Connection) -> None:
    """In a fresh interpreter: everything imported first, then one timed write and its peak RSS growth."""
    import openpyxl.chart  # noqa: F401  # imported lazily by the workbook otherwise: not part of the write
    import xlsxwriter  # noqa: F401

    import jicpa_desktop.exports.xlsx_workbook  # noqa: F401

    gc.collect()
    _reset_peak()
    before = _rss_kb("VmRSS")
    wall, cpu = time.perf_counter(), time.process_time()
    WRITERS[writer](Path(path), files)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    answer.send(Measured(wall, cpu, max(0, _rss_kb("VmHWM") - before) / 1024))
    answer.close()


@dataclass(frozen=True)
class Measured:
    wall: float  # seconds
    cpu: float  # seconds of this process's CPU: what the ratios use, as other work shares the cores
    peak_mb: float  # peak RSS growth during the write


def _measure(writer: str, files: int, folder: Path) -> Measured:
    """One write in its own process, so no run inherits another's heap or warmed caches."""
    spawn = multiprocessing.get_context("spawn")
    receive, send = spawn.Pipe(duplex=False)
    process = spawn.Process(target=_child, args=(writer, files, str(folder / f"{writer}-{files}.xlsx"), send))
    process.start()
    send.close()
    result: Measured = receive.recv()
    process.join()
    return result


def _grid_pdf_seconds(folder: Path) -> float:
    from jicpa_desktop.composition import build_services

    # The store is encrypted: a database opened without a key takes its passphrase from this file (as in scripts).
    passphrase = folder / "bench-passphrase.txt"
    passphrase.write_text("bench passphrase for the export benchmark\n", encoding="utf-8")
    os.environ.setdefault("JICPA_DB_PASSPHRASE_FILE", str(passphrase))
    services = build_services(folder / "demo.sqlite3", actor="bench")
    try:
        inspection_id = services.demo.build()
        services.exports.pdf(inspection_id, folder / "warm.pdf")  # fonts registered, modules imported
        start = time.perf_counter()
        services.exports.pdf(inspection_id, folder / "grid.pdf")
        return time.perf_counter() - start
    finally:
        services.close()


def _long_note(kb: int) -> str:
    size = kb * 1000
    return (NOTE_SENTENCE * (size // len(NOTE_SENTENCE) + 1))[:size]


def _note_case_report(note: str) -> CaseReport:
    """A case report of one form: a few short answers, then one answer carrying *note*."""
    info = ExportInfo("Benchmark inspection", "Synthetic LA", "2024-01-15", "2024-01-19",
                      dt.datetime(2024, 1, 19, 12, tzinfo=dt.UTC), "bench", "bench", "en")
    answers = [CaseAnswer(f"q{i:02d}", f"Synthetic question {i + 1}?", "Yes", Tone.POSITIVE, "Seen.")
               for i in range(PER_FORM)]
    answers.append(CaseAnswer("q_note", "Was the child seen alone?", "No", Tone.NEGATIVE, note))
    form = CaseForm("form_00", "Synthetic form 1", 1, True, "In progress", "Good", Tone.POSITIVE, "", Tone.NEUTRAL,
                    "", False, (CaseSection("Seeing the child", tuple(CaseQuestion(a) for a in answers)),))
    return CaseReport(info, "BEN24-0001", "Children's services", "Sampled", "", "Inspector 1", False, "",
                      Tone.NEUTRAL, (form,))


def _note_grid_model(note: str) -> GridModel:
    """A grid of one form and four files, the first with *note* among its findings."""
    forms = _FORMS[:1]
    rows = []
    for number, row in enumerate(_rows(forms, 4)):
        if number == 0:
            statement = Statement(FindingKind.AREA, note, (Principle.WELL_BEING,), False, (row.agency,), "q_note")
            row = dataclasses.replace(row, statements=(*row.statements, statement))
        rows.append(row)
    info = ExportInfo("Benchmark inspection", "Synthetic LA", "2024-01-15", "2024-01-19",
                      dt.datetime(2024, 1, 19, 12, tzinfo=dt.UTC), "bench", "bench", "en", file_count=4)
    return GridModel(info, forms, rows, agencies=AGENCIES, principles=tuple((p, p.label.en) for p in REPORT_ORDER))


def _note_child(pdf: str, kb: int, path: str, answer: multiprocessing.connection.Connection) -> None:
    """In a fresh interpreter: fonts registered and modules imported first, then one timed PDF with a note."""
    from jicpa_desktop.exports.pdf_case_report import write_case_pdf
    from jicpa_desktop.exports.pdf_grid import write_grid_pdf
    from jicpa_desktop.exports.pdf_styles import register_fonts

    register_fonts()
    note = _long_note(kb) if kb else "Seen."
    built = _note_case_report(note) if pdf == "case" else _note_grid_model(note)
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    if isinstance(built, CaseReport):
        write_case_pdf(built, Path(path))
    else:
        write_grid_pdf(built, Path(path))
    answer.send(Measured(time.perf_counter() - wall, time.process_time() - cpu, 0.0))
    answer.close()


def _measure_note(pdf: str, kb: int, folder: Path) -> Measured:
    spawn = multiprocessing.get_context("spawn")
    receive, send = spawn.Pipe(duplex=False)
    process = spawn.Process(target=_note_child, args=(pdf, kb, str(folder / f"note-{pdf}-{kb}.pdf"), send))
    process.start()
    send.close()
    result: Measured = receive.recv()
    process.join()
    return result


def _long_notes(folder: Path) -> bool:
    """Both PDFs with one note of each size: CPU seconds, and seconds per KB of note over the same PDF with a
    one-word note (so the pages every PDF has do not hide how the note's own cost grows)."""
    ok = True
    for pdf, title in (("case", "case report PDF"), ("grid", "grid PDF (one form, 4 files)")):
        base = _measure_note(pdf, 0, folder)
        print(f"  {title}, one-word note: {base.cpu:.2f} s CPU ({base.wall:.2f} s wall)")
        per_kb: dict[int, float] = {}
        for kb in NOTE_SIZES_KB:
            m = _measure_note(pdf, kb, folder)
            per_kb[kb] = max(m.cpu - base.cpu, 1e-9) / kb
            pages = _page_count(folder / f"note-{pdf}-{kb}.pdf")
            print(f"  {title}, {kb:,} KB note: {m.cpu:.2f} s CPU ({m.wall:.2f} s wall), {pages} pages, "
                  f"{per_kb[kb] * 1000:.2f} ms CPU per KB of note")
        ok &= verdict(f"{title}: time per KB of note at 1 MB / at 100 KB (1 = linear)",
                      per_kb[1_000] / per_kb[100], TARGET_NOTE_GROWTH)
    return ok


def _page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def _line(label: str, m: Measured, plain: Measured | None = None) -> None:
    ratio = f", {m.cpu / plain.cpu:.2f}× (a)" if plain else ""
    print(f"  {label}: {m.cpu:.2f} s CPU ({m.wall:.2f} s wall), peak +{m.peak_mb:.0f} MB{ratio}")


def run() -> bool:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        rows = _measure("rows", FILES, folder)
        plain = _measure("openpyxl", FILES, folder)
        fast = _measure("xlsxwriter", FILES, folder)
        fast_evidence = _measure("xlsxwriter+evidence", FILES, folder)
        ours = _measure("ours", FILES, folder)
        small = _measure("ours", SMALL, folder)
        size = (folder / f"ours-{FILES}.xlsx").stat().st_size / 1e6
        print(f"  {FILES:,} files × {FORMS * PER_FORM} questions, {NOTES_PER_FILE} evidence notes a file; each write "
              "in a fresh process; ratios of CPU seconds (other work shares the cores)")
        _line("rows generated alone, no file (every writer below pays this too)", rows)
        _line("(a) plain openpyxl write-only: the grid's values appended row by row, no styles", plain)
        _line("(b) xlsxwriter constant-memory: the grid's values with formats, widths, frozen panes", fast, plain)
        _line(f"(c) ours, the full workbook (grid, summary + charts, findings, evidence, about; {size:.1f} MB)",
              ours, plain)
        _line("(d) what a switch would give: (b) plus the Evidence sheet (the bulk of the rest)", fast_evidence,
              plain)
        print(f"  writing alone (rows generation taken off both): (c) / (a) = "
              f"{(ours.cpu - rows.cpu) / max(plain.cpu - rows.cpu, 1e-9):.2f}×")
        ok = verdict(f"time, (c) ours / (a) plain openpyxl write-only, {FILES:,} files × {FORMS * PER_FORM} questions",
                     ours.cpu / plain.cpu, TARGET_RATIO)
        _line(f"(c) ours at {SMALL:,} files", small)
        ok &= verdict(f"peak memory growth from {SMALL:,} to {FILES:,} files (flat: streamed)",
                      ours.peak_mb - small.peak_mb, TARGET_GROWTH_MB, " MB")
        pdf = _grid_pdf_seconds(folder)
        print(f"  grid PDF, 26-file demo inspection (read from the store, laid out, written): {pdf:.2f} s")
        ok &= verdict("grid PDF for 26 files", pdf, 5.0, " s")
        ok &= catalogue_exports.run(folder)
        ok &= _long_notes(folder)
    return ok

"""The exports with the whole bundled catalogue (every form, every question): the demo inspection's real grid model,
its 26 files repeated to an inspection of 260, written as our workbook, as plain openpyxl and as the grid PDF."""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing.connection
import os
import pickle
import time
from pathlib import Path
from typing import Any

from benchmarks.grid_values import grid_values
from benchmarks.report import verdict

COPIES = 10  # the demo's 26 files, ten times: a large inspection (eight inspectors, 30-odd files each)
TARGET_RATIO = 1.5  # as for the synthetic grid: our full workbook against plain openpyxl write-only
TARGET_PDF_RATIO = 3.0  # our grid PDF against plain reportlab tables of the same cells (ours wraps, fits, keys)


def prepare(folder: Path) -> tuple[Path, int, int]:
    """The demo inspection built in a real (encrypted) store and its grid model read through the export service,
    pickled for the measuring processes; returns the pickle, the number of grid columns and of forms."""
    from jicpa_desktop.composition import build_services

    passphrase = folder / "catalogue-passphrase.txt"
    passphrase.write_text("bench passphrase for the catalogue export benchmark\n", encoding="utf-8")
    os.environ.setdefault("JICPA_DB_PASSPHRASE_FILE", str(passphrase))
    services = build_services(folder / "catalogue.sqlite3", actor="bench")
    try:
        inspection_id = services.demo.build()
        model = services.exports.grid(inspection_id)
        rows = list(model.rows)
    finally:
        services.close()
    # Copy n of DEMO24-07 is DEMO24-07A, B, …: a reference as long as a real one, so cells wrap as they would.
    copies = [dataclasses.replace(row, case_id=f"{row.case_id}-{n}", reference=f"{row.reference}{chr(ord('A') + n)}")
              for n in range(COPIES) for row in rows]
    parts = {field.name: getattr(model, field.name) for field in dataclasses.fields(model) if field.init}
    parts["rows"] = copies
    parts["info"] = dataclasses.replace(model.info, file_count=len(copies))
    path = folder / "catalogue.pickle"
    path.write_bytes(pickle.dumps(parts))
    return path, len(model.columns), len(model.forms)


def _model(parts: dict[str, Any]) -> Any:
    from jicpa_desktop.exports.grid_data import GridModel

    return GridModel(**parts)


def _plain_openpyxl(parts: dict[str, Any], path: Path) -> None:
    """The best plain use of openpyxl: write-only, no styles, the two sheets that hold nearly all the content — the
    grid's values (file facts, every answer, each form's grade) and the Evidence sheet's (a row per note: the file,
    the form, the question, the answer and the note) — appended row by row."""
    from openpyxl import Workbook

    forms = parts["forms"]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Grid")
    ws.append(["File", "", "", "", "", ""] + [f.title for f in forms for _ in range(len(f.columns) + 1)])
    ws.append(["Reference", "Agency", "Kind", "Inspector", "Overall", "Escalated"]
              + [h for f in forms for h in [c.heading for c in f.columns] + ["Grade"]])
    for row in parts["rows"]:
        values = grid_values(row, forms)
        ws.append(values)
    evidence = wb.create_sheet("Evidence")
    evidence.append(["Reference", "Agency", "Kind", "Inspector", "Form", "Question", "Answer", "Evidence"])
    for row in parts["rows"]:
        for note in row.notes:
            evidence.append([row.reference, row.agency_label, row.kind_label, row.inspector, note.form_title,
                             note.question_label, note.answer, note.note])
    wb.save(path)


def _ours(parts: dict[str, Any], path: Path) -> None:
    from jicpa_desktop.exports.xlsx_workbook import write_workbook

    write_workbook(_model(parts), path)


def _pdf(parts: dict[str, Any], path: Path) -> None:
    from jicpa_desktop.exports.pdf_grid import write_grid_pdf

    write_grid_pdf(_model(parts), path)


def _plain_reportlab(parts: dict[str, Any], path: Path) -> None:
    """The best plain use of reportlab for the same grid: A4 landscape, per form (split to the page width with our
    column widths) one platypus Table, a file per row, the same cell texts as plain strings (drawn directly, no
    Paragraph), the headings as Paragraphs (they must wrap), each cell's fill and text colour as table style
    commands, heading rows repeated on every page."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    from jicpa_desktop.exports.grid_data import Tone
    from jicpa_desktop.exports.pdf_grid import GRADE_MM, IDENTITY_MM, cell_text, column_limit, column_width
    from jicpa_desktop.exports.pdf_styles import MARGIN, PAGE_LANDSCAPE, TONE_FILLS, TONE_TEXT

    doc = SimpleDocTemplate(str(path), pagesize=PAGE_LANDSCAPE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=6, leading=7)
    available = doc.width / mm - sum(IDENTITY_MM)
    story: list[Any] = []
    offset = 0
    for block, form in enumerate(parts["forms"]):
        items: list[tuple[Any, float]] = [(c, column_width(c)) for c in form.columns]
        if not all(c.type == "timeliness" for c in form.columns):  # as ours: the timescales have no grade column
            items.append((None, GRADE_MM))
        chunks: list[list[Any]] = [[]]
        used = 0.0
        for item, width in items:
            if chunks[-1] and used + width > available:
                chunks.append([])
                used = 0.0
            chunks[-1].append((item, width))
            used += width
        position = {c.question_id: offset + i for i, c in enumerate(form.columns)}
        offset += len(form.columns)
        for chunk in chunks:
            heads = ["Reference", "Agency", "Kind", "Overall", "!"] + [
                Paragraph(c.heading if c is not None else "Form grade", head) for c, _ in chunk]
            data: list[list[Any]] = [[form.title] + [""] * (len(heads) - 1), heads]
            commands: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                                               ("FONTSIZE", (0, 2), (-1, -1), 6),
                                               ("SPAN", (0, 0), (-1, 0))]
            for r, row in enumerate(parts["rows"], start=2):
                cells: list[Any] = [row.reference, row.agency_label, row.kind_label,
                                    cell_text(row.overall), "!" if row.escalated else ""]
                for c, (column, _width) in enumerate(chunk, start=5):
                    cell = row.grades[block] if column is None else row.cells[position[column.question_id]]
                    cells.append(cell_text(cell, column_limit(column) if column is not None else None))
                    if cell is not None and cell.tone in TONE_FILLS:
                        commands.append(("BACKGROUND", (c, r), (c, r), TONE_FILLS[cell.tone]))
                    if cell is not None and cell.tone is not Tone.NEUTRAL:
                        commands.append(("TEXTCOLOR", (c, r), (c, r), TONE_TEXT[cell.tone]))
                data.append(cells)
            table = Table(data, colWidths=[w * mm for w in IDENTITY_MM] + [w * mm for _, w in chunk], repeatRows=2)
            table.setStyle(TableStyle(commands))
            story += [PageBreak(), table]
    doc.build(story)


WRITERS = {"openpyxl": _plain_openpyxl, "ours": _ours, "pdf": _pdf, "reportlab": _plain_reportlab}


def _child(writer: str, source: str, target: str, answer: multiprocessing.connection.Connection) -> None:
    """In a fresh interpreter: the model unpickled and every module imported first, then one timed write."""
    import openpyxl.chart  # noqa: F401  # imported lazily by the workbook otherwise: not part of the write

    import jicpa_desktop.exports.pdf_grid
    import jicpa_desktop.exports.xlsx_workbook  # noqa: F401
    from jicpa_desktop.exports.pdf_styles import register_fonts

    register_fonts()
    parts = pickle.loads(Path(source).read_bytes())
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    WRITERS[writer](parts, Path(target))
    answer.send((time.perf_counter() - wall, time.process_time() - cpu))
    answer.close()


def _measure(writer: str, source: Path, target: Path) -> tuple[float, float]:
    spawn = multiprocessing.get_context("spawn")
    receive, send = spawn.Pipe(duplex=False)
    process = spawn.Process(target=_child, args=(writer, str(source), str(target), send))
    process.start()
    send.close()
    result: tuple[float, float] = receive.recv()
    process.join()
    return result


def run(folder: Path) -> bool:
    from pypdf import PdfReader

    source, columns, forms = prepare(folder)
    files = 26 * COPIES
    plain_wall, plain_cpu = _measure("openpyxl", source, folder / "catalogue-plain.xlsx")
    ours_wall, ours_cpu = _measure("ours", source, folder / "catalogue-ours.xlsx")
    pdf_wall, pdf_cpu = _measure("pdf", source, folder / "catalogue-grid.pdf")
    base_wall, base_cpu = _measure("reportlab", source, folder / "catalogue-plain.pdf")
    pages = len(PdfReader(folder / "catalogue-grid.pdf").pages)
    base_pages = len(PdfReader(folder / "catalogue-plain.pdf").pages)
    size = (folder / "catalogue-ours.xlsx").stat().st_size / 1e6
    print(f"  the whole catalogue: {forms} form blocks, {columns} grid columns; the demo's files × {COPIES} = "
          f"{files} files, answers as the demo gives them; each write in a fresh process")
    notes = sum(len(row.notes) for row in pickle.loads(source.read_bytes())["rows"])
    print(f"  (a) plain openpyxl write-only, the same grid's and evidence notes' values ({notes:,} notes), no styles: "
          f"{plain_cpu:.2f} s CPU ({plain_wall:.2f} s wall)")
    print(f"  (c) ours, the full workbook ({size:.1f} MB): {ours_cpu:.2f} s CPU ({ours_wall:.2f} s wall), "
          f"{ours_cpu / plain_cpu:.2f}× (a)")
    print(f"  (e) plain reportlab, the same grid's cells as strings in one Table per form part: {base_cpu:.2f} s CPU "
          f"({base_wall:.2f} s wall), {base_pages} pages")
    print(f"  (f) ours, the grid PDF (cover, escalations, summary, findings, one table per form with its question "
          f"key, observations): {pdf_cpu:.2f} s CPU ({pdf_wall:.2f} s wall), {pages} pages, "
          f"{pdf_cpu / base_cpu:.2f}× (e)")
    ok = verdict(f"time, (c) ours / (a) plain openpyxl write-only, {files} files × the whole catalogue",
                 ours_cpu / plain_cpu, TARGET_RATIO)
    ok &= verdict(f"time, (f) our grid PDF / (e) plain reportlab tables, {files} files × the whole catalogue",
                  pdf_cpu / base_cpu, TARGET_PDF_RATIO)
    return ok

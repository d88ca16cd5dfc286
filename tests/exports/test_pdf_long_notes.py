"""Evidence notes (and answers, reasons, names, form wording) of any length in the PDFs: laid out across pages,
never reportlab's LayoutError; every character printed in order, a sane page count, English and Welsh, through the
services and the `jicpa` command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from jicpa_desktop.cli import main
from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.domain.principles import Principle
from jicpa_desktop.exports.case_data import CaseAnswer, CaseForm, CaseQuestion, CaseReport, CaseSection
from jicpa_desktop.exports.grid_data import Cell, Column, Counted, ExportInfo, FormBlock, GridModel, GridRow, Tone
from jicpa_desktop.exports.pdf_case_report import write_case_pdf
from jicpa_desktop.exports.pdf_grid import write_grid_pdf
from jicpa_desktop.exports.pdf_long_text import CHUNK_CHARS, CHUNK_LINES, text_chunks
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from tests.background import drain_background_work

# Where each PDF draws typed text, so the check reads only that text (not headers, footers or other cells):
# (font size, left edge of the column in points, right edge) — the case report's evidence-note and answer columns
# (A4 portrait, 12 mm margin, 80 mm + 34 mm before the note), the grid's findings bullets (8.5 pt, indented).
CASE_NOTE = (6.3, 355.0, 600.0)
CASE_ANSWER = (6.3, 255.0, 300.0)
GRID_FINDINGS = (8.5, 40.0, 900.0)


def _tokens(count: int, *, sep: str = " ", mark: str = "t") -> str:
    return sep.join(f"{mark}{i:05d}" for i in range(count))


SPACED_6000 = _tokens(6000 // 7)  # about 6,000 characters of words
UNBROKEN_6000 = _tokens(1000)[:6000].replace(" ", "")  # 6,000 characters and not one space
NOTE_100KB = ". ".join(_tokens(12, mark="Gwelwyd") for _ in range(1100))[:100_000]  # sentences, 100 KB
NEWLINES = _tokens(1500, sep="\n\n")  # a line, a blank line, 1,500 times
WELSH = _tokens(900, mark="ŵŷâ ") + " Dim cofnod <b>bras</b> & =SUM(1)"  # Welsh letters and markup-like text


def _drawn(path: Path, where: tuple[float, float, float]) -> str:
    """The text drawn in a regular (not bold) font of *where*'s size between its two x positions, on every
    page in order, with all white space taken out (line breaks fall where the column width puts them)."""
    size, left, right = where
    parts: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict[str, object] | None, font_size: float) -> None:
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        base = str(font.get("/BaseFont", "")) if font else ""
        if abs(font_size - size) < 0.05 and left <= x < right and "Bold" not in base:
            parts.append(text)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return "".join("".join(parts).split())


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _bare(text: str) -> str:
    return "".join(text.split())


@dataclass
class Store:
    services: AppServices
    folder: Path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, bundled_catalogue: FormCatalogue) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("long-notes")
    services = build_services(folder / "audit.sqlite3", actor="Inspector Test", catalogue=bundled_catalogue)
    yield Store(services, folder)
    drain_background_work()
    services.close()


def _case(store: Store, name: str) -> tuple[str, str]:
    services = store.services
    inspection_id = services.inspections.create(
        name=f"Long notes {name}", local_authority="Bro Ŵy", start="2024-01-15", end="2024-01-19",
        enabled_forms=[f.id for f in services.forms.all()])
    case_id = services.cases.add(inspection_id, reference=f"LNG24-{name[:6].upper()}", agency="children_services",
                                 kind="sampled", inspector="Inspector L")
    return inspection_id, case_id


def _page_bound(base: int, text: str) -> int:
    """Generous: at least 1,500 characters or 40 lines of a note on a page of either PDF, plus the pages the
    report has anyway."""
    return base + 2 + len(text) // 1500 + text.count("\n") // 40


@pytest.fixture(scope="module")
def base_pages(store: Store) -> dict[str, int]:
    """Pages of each PDF for a file with a one-line note: what a long note adds is measured against these."""
    inspection_id, case_id = _case(store, "base")
    store.services.answers.set_answer(case_id, "voice_of_child", "voc_02", "no", evidence="Seen at school.")
    return {"case": len(PdfReader(store.services.exports.case_pdf(case_id, store.folder / "b.pdf")).pages),
            "grid": len(PdfReader(store.services.exports.pdf(inspection_id, store.folder / "b-grid.pdf")).pages)}


VARIANTS = {"spaced_6000": SPACED_6000, "unbroken_6000": UNBROKEN_6000, "note_100kb": NOTE_100KB,
            "newlines": NEWLINES, "welsh": WELSH}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_long_note_lays_out_whole_and_in_order(store: Store, base_pages: dict[str, int], variant: str) -> None:
    note = VARIANTS[variant]
    lang = "cy" if variant == "welsh" else "en"
    inspection_id, case_id = _case(store, variant)
    store.services.answers.set_answer(case_id, "voice_of_child", "voc_02", "no", evidence=note)

    case_pdf = store.services.exports.case_pdf(case_id, store.folder / f"{variant}.pdf", lang=lang)
    assert _bare(note) in _drawn(case_pdf, CASE_NOTE)
    pages = _pages(case_pdf)
    assert base_pages["case"] <= len(pages) <= _page_bound(base_pages["case"], note)
    page_words = "Tudalen {n} o {total}" if lang == "cy" else "Page {n} of {total}"
    for number, text in enumerate(pages, start=1):
        assert page_words.format(n=number, total=len(pages)) in text, number

    grid_pdf = store.services.exports.pdf(inspection_id, store.folder / f"{variant}-grid.pdf", lang=lang)
    assert _bare(note) in _drawn(grid_pdf, GRID_FINDINGS)
    assert base_pages["grid"] <= len(PdfReader(grid_pdf).pages) <= _page_bound(base_pages["grid"], note) * 2


def test_a_long_note_and_statement_in_a_repeat_row_and_a_long_answer_without_a_note(store: Store) -> None:
    inspection_id, case_id = _case(store, "repeat")
    services = store.services
    row_id = services.answers.add_row(case_id, "overall_case_judgement", "oj_03")
    statement = _tokens(900, mark="cryfder")  # the row's typed answer: the narrow answer column, and a finding
    services.answers.set_answer(case_id, "overall_case_judgement", "oj_03_statement", statement, row_id=row_id,
                                evidence=SPACED_6000)
    services.answers.set_answer(case_id, "overall_case_judgement", "oj_03_principle", "well_being", row_id=row_id)
    summary = _tokens(1200, mark="crynodeb")  # a typed answer of 12 KB with no note: it takes the note's room too
    services.answers.set_answer(case_id, "voice_of_child", "voc_20", summary)

    case_pdf = services.exports.case_pdf(case_id, store.folder / "repeat.pdf")
    assert _bare(SPACED_6000) in _drawn(case_pdf, CASE_NOTE)
    answers = _drawn(case_pdf, CASE_ANSWER)
    assert _bare(statement) in answers and _bare(summary) in answers
    assert "Row 1" in "\n".join(_pages(case_pdf))
    grid_pdf = services.exports.pdf(inspection_id, store.folder / "repeat-grid.pdf")
    assert _bare(statement) in _drawn(grid_pdf, GRID_FINDINGS)


def test_the_cli_exports_a_long_note_without_a_traceback(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    inspection_id, case_id = _case(store, "cli")
    store.services.answers.set_answer(case_id, "voice_of_child", "voc_02", "no", evidence=UNBROKEN_6000 * 3)
    db = str(store.services.db_path)
    for command, target in (("case-pdf", ["--case", case_id]), ("pdf", ["--inspection", inspection_id])):
        out = store.folder / f"cli-{command}.pdf"
        for lang in ("en", "cy"):
            assert main(["--db", db, "export", command, *target, "-o", str(out), "--lang", lang]) == 0
            captured = capsys.readouterr()
            assert "Traceback" not in captured.err and "LayoutError" not in captured.err
            assert str(out) in captured.out
            where = CASE_NOTE if command == "case-pdf" else GRID_FINDINGS
            assert _bare(UNBROKEN_6000 * 3) in _drawn(out, where)


CHUNK_CASES: dict[str, Callable[[], str]] = {
    "empty": lambda: "",
    "short": lambda: "One line.",
    "words": lambda: "evidence " * 3000,
    "unbroken": lambda: "x" * 7000,
    "only_newlines": lambda: "\n" * 5000,
    "crlf": lambda: "line\r\n" * 3000,
    "old_mac": lambda: "line\r" * 3000,
    "accents": lambda: ("w\u0302" * 4000),  # w + combining circumflex: never cut between the two
}


@pytest.mark.parametrize("case", sorted(CHUNK_CASES))
def test_chunks_are_bounded_and_give_the_text_back(case: str) -> None:
    text = CHUNK_CASES[case]()
    chunks = list(text_chunks(text))
    assert all(len(c) <= CHUNK_CHARS and c.count("\n") <= CHUNK_LINES for c in chunks)
    normal = text.replace("\r\n", "\n").replace("\r", "\n")
    assert _bare("".join(chunks)) == _bare(normal)
    assert sum(c.count("\n") for c in chunks) + len(chunks) - 1 >= normal.count("\n")  # every line break kept
    assert not any(c and c[0] == "\u0302" for c in chunks)


def _info(name: str) -> ExportInfo:
    return ExportInfo(name, "Bro Ŵy", "2024-01-15", "2024-01-19", dt.datetime(2024, 1, 19, 12, tzinfo=dt.UTC),
                      "Lead", "test", "en")


LONG_NAME = _tokens(3000, mark="enw")  # 27 KB: an inspection's name, printed whole on the cover and front page
LONG_REASON = _tokens(4000, mark="rheswm")  # an override reason of 40 KB, printed whole
LONG_WORDING = _tokens(20_000, mark="geiriad")  # 200 KB of form wording (a form file may hold up to 1 MiB)
FACT_VALUES = (7.5, 160.0, 900.0)  # the value column of the facts tables (45 mm after the 12 mm margin)


def test_long_names_reasons_and_form_wording_lay_out(tmp_path: Path) -> None:
    answer = CaseAnswer("q_01", LONG_WORDING, "No", Tone.NEGATIVE, "Seen.")
    form = CaseForm("f", LONG_WORDING, 1, True, "In progress", "Good", Tone.POSITIVE, "Inadequate", Tone.NEGATIVE,
                    LONG_REASON, True, (CaseSection(LONG_WORDING, (CaseQuestion(answer),)),))
    report = CaseReport(_info(LONG_NAME), "LNG24-01", "Children's services", "Sampled", "", "Inspector L", True,
                        "Inadequate", Tone.NEGATIVE, (form,))
    case_pdf = tmp_path / "case.pdf"
    write_case_pdf(report, case_pdf)
    facts = _drawn(case_pdf, FACT_VALUES)
    assert _bare(LONG_NAME) in facts and _bare(LONG_REASON) in facts
    assert _bare(LONG_WORDING) in _drawn(case_pdf, (6.3, 30.0, 250.0))  # the question column: whole
    assert len(PdfReader(case_pdf).pages) < 200

    column = Column("f", "q_01", LONG_WORDING, "ynp", (Principle.WELL_BEING,), counted=True, number="1")
    block = FormBlock("f", LONG_WORDING, (column,), (1,))
    row = GridRow("c1", "LNG24-01", "children_services", "Children's services", "sampled", "Sampled", "Inspector L",
                  (Cell("No", Tone.NEGATIVE, Counted.NO),), (Cell("Inadequate", Tone.NEGATIVE),),
                  Cell("Inadequate", Tone.NEGATIVE), True, (True,))
    model = GridModel(_info(LONG_NAME), (block,), [row], agencies=(("children_services", "Children's services"),),
                      principles=((Principle.WELL_BEING, "Well-being"),))
    grid_pdf = tmp_path / "grid.pdf"
    write_grid_pdf(model, grid_pdf)
    assert _bare(LONG_NAME) in _drawn(grid_pdf, FACT_VALUES)
    text = "\n".join(_pages(grid_pdf))
    assert "geiriad00000" in text and "…" in text  # form wording clipped where it repeats: headings, key, summary
    assert len(PdfReader(grid_pdf).pages) < 100

"""The PDF exports, reopened with pypdf: Welsh letters, headers on every page, escaped typed text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.grades import Grade
from jicpa_desktop.domain.local_terms import fill
from jicpa_desktop.domain.timescales import Outcome, Unit
from jicpa_desktop.services.errors import OperationCancelledError
from jicpa_desktop.services.long_work import CancelToken
from tests.exports.conftest import Demo

WELSH = "ŵ ŷ â ê î ô û ï Ŵ Ŷ"
MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTHS_CY = "Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
QUESTION_ID = re.compile(r"\b[a-z]{2,4}_\d\d")


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def grid_pdf(demo: Demo) -> Path:
    return demo.services.exports.pdf(demo.inspection_id, demo.folder / "grid.pdf")


def test_every_page_of_the_demo_grid_repeats_the_header(demo: Demo, grid_pdf: Path) -> None:
    pages = _pages(grid_pdf)
    assert len(pages) > 10
    grid_pages = 0
    for number, text in enumerate(pages, start=1):
        assert "OFFICIAL-SENSITIVE" in text, number
        assert "DEMO — Sir Enghraifft JICPA (fictional)" in text, number
        assert f"Page {number} of {len(pages)}" in text, number
        if "Case\nreference" in text or "Case reference" in text:
            grid_pages += 1
            assert "Overall grade" in text, number  # the grid's own header rows, repeated
    assert grid_pages >= 10


def test_every_form_has_its_grid_table_with_a_grade_column_and_the_timescales_have_none(
        demo: Demo, grid_pdf: Path) -> None:
    pages = [" ".join(page.split()) for page in _pages(grid_pdf)]
    grid_pages = [page for page in pages if "Sampled / tracked" in page]
    in_grid = {c.form_id for c in demo.services.exports.grid(demo.inspection_id).columns}
    forms = [f for f in demo.services.forms.all() if f.id in in_grid]
    assert len(forms) >= 15
    for form in forms:
        own = [page for page in grid_pages if " ".join(form.title.get("en").split()[:3]) in page]
        assert own, form.id
        assert any("Form grade" in page for page in own), form.id
    timeliness = [page for page in grid_pages if "Timeliness (Wales Safeguarding Procedures)" in page]
    assert timeliness and not any("Form grade" in page for page in timeliness)
    assert "working days — limit 15" in timeliness[0]


def test_the_timescale_columns_carry_their_short_headings_whole(demo: Demo, grid_pdf: Path) -> None:
    # Cut to a question's first six words, "First review conference within three months…" lost what repeats.
    pages = [" ".join(page.split()) for page in _pages(grid_pdf)]
    timeliness = [page for page in pages if "Timeliness (Wales Safeguarding Procedures)" in page]
    assert timeliness
    columns = [c for c in demo.services.exports.grid(demo.inspection_id).columns if c.type == "timeliness"]
    assert len(columns) >= 8
    for column in columns:
        assert column.short_label, column.question_id
        assert any(column.heading in page for page in timeliness), column.heading
    assert any("9. Return home interview: 72 hours from the return" in page for page in timeliness)
    assert any("Reviews: the first in 3 months, then six-monthly" in page for page in timeliness)
    # A start recorded without a time is due by a day, never by a made-up midnight.
    assert not any("00:00" in page for page in timeliness)


def test_grid_pdf_shows_every_file_and_the_summary(demo: Demo, grid_pdf: Path) -> None:
    text = "\n".join(_pages(grid_pdf))
    for case in demo.services.cases.list(demo.inspection_id):
        assert case.reference in text
    assert "Summary of answers" in text and "Key questions" in text
    assert "Findings gathered from the audits" in text
    assert "Partnership arrangements – What needs to improve" in text
    reader = PdfReader(grid_pdf)
    fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages[:3]
             for f in page["/Resources"]["/Font"].values()}
    assert all("Helvetica" not in f for f in fonts) and any("JicpaSans" in f or "DejaVu" in f for f in fonts)


@pytest.fixture
def welsh_case(services: AppServices, tmp_path: Path) -> tuple[str, str]:
    inspection_id = services.inspections.create(
        name=f"Arolygiad Gŵyr {WELSH}", local_authority="Bro Ŵy", start="2024-01-15", end="2024-01-19",
        enabled_forms=[f.id for f in services.forms.all()])
    case_id = services.cases.add(inspection_id, reference="GWY24-01", agency="children_services", kind="sampled",
                                 inspector="Arolygydd Ŷ")
    services.answers.set_answer(case_id, "voice_of_child", "voc_02", "no",
                                evidence=f"Dim cofnod {WELSH} <b>bold?</b> & <font> =SUM(1)")
    services.answers.set_answer(case_id, "voice_of_child", "voc_20", "Llais y plentyn: “dw i’n hapus” ŵ")
    return inspection_id, case_id


def test_welsh_letters_and_markup_survive_in_the_grid_pdf(services: AppServices, welsh_case: tuple[str, str],
                                                          tmp_path: Path) -> None:
    inspection_id, _ = welsh_case
    path = services.exports.pdf(inspection_id, tmp_path / "cy.pdf", lang="cy")
    pages = _pages(path)
    text = "\n".join(pages)
    for letter in WELSH.split():
        assert letter in text, letter
    assert "<b>bold?</b> & <font> =SUM(1)" in text  # escaped, printed as typed
    assert f"Tudalen 1 o {len(pages)}" in pages[0]
    assert "SWYDDOGOL-SENSITIF" in pages[0]
    assert "Crynodeb o'r atebion" in text


def test_case_pdf_has_every_form_answer_note_and_grade(services: AppServices, welsh_case: tuple[str, str],
                                                       tmp_path: Path) -> None:
    _, case_id = welsh_case
    path = services.exports.case_pdf(case_id, tmp_path / "case.pdf")
    pages = _pages(path)
    text = re.sub(r"\s+", " ", "\n".join(pages))
    assert "GWY24-01" in text
    for form in services.forms.for_case("children_services", "sampled", None):
        assert form.title.en.split()[0] in text, form.id
    assert "<b>bold?</b> & <font> =SUM(1)" in text
    for letter in WELSH.split():
        assert letter in text
    view = services.answers.load(case_id, "voice_of_child")
    assert view.evaluation.suggestion.grade.label.en in text
    assert "not answered" in text
    for number, page in enumerate(pages, start=1):
        assert "OFFICIAL-SENSITIVE" in page and f"Page {number} of {len(pages)}" in page


def test_case_pdf_in_welsh_and_cancel_keeps_the_old_file(services: AppServices, welsh_case: tuple[str, str],
                                                         tmp_path: Path) -> None:
    _, case_id = welsh_case
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "case.pdf"
    services.exports.case_pdf(case_id, target, lang="cy")
    text = "\n".join(_pages(target))
    assert "Adroddiad achos" in text and "Tudalen 1 o" in text
    good = target.read_bytes()
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(OperationCancelledError):
        services.exports.case_pdf(case_id, target, cancel=cancel)
    assert target.read_bytes() == good
    assert [p.name for p in folder.iterdir()] == ["case.pdf"]


def test_grid_pdf_headings_are_whole_words_never_ids(demo: Demo, grid_pdf: Path) -> None:
    pages = _pages(grid_pdf)
    text = "\n".join(pages)
    assert not QUESTION_ID.search(text), QUESTION_ID.search(text)
    # Every word printed on a grid page is a whole word of what the grid holds: a heading broken inside a
    # word would leave fragments ("metho", "ds") that are no word of any label.
    services = demo.services
    vocabulary: set[str] = set()
    terms = services.inspections.get(demo.inspection_id).local_terms  # labels say the area's own words
    for form in services.forms.all():
        vocabulary.update(form.title.en.split())
        for question in form.all_questions():
            vocabulary.update(fill(question.label.en, terms, "en").split())
            vocabulary.update(w for c in question.choices for w in fill(c.label.en, terms, "en").split())
    for timescale in services.context.catalogue.timescales:  # the timeliness columns after the forms
        vocabulary.update(timescale.name.en.split())
        vocabulary.update(timescale.short.en.split() if timescale.short is not None else [])
    vocabulary.update(["Timeliness", "(Wales", "Safeguarding", "Procedures)"])
    # The timeliness cells' own words ("12 working days — limit 15, met", "due by 07/01/2026 — overdue: …").
    vocabulary.update(["due", "by", "limit", "about", "of", "in", "time"])
    vocabulary.update(w for outcome in Outcome for w in outcome.label.en.split())
    vocabulary.update(w for unit in Unit for w in unit.label.en.split())
    for case in services.cases.list(demo.inspection_id):
        vocabulary.update(case.reference.split() + case.inspector.split())
        for record in services.answers.list_for_case(case.id):
            if isinstance(record.value, str):
                vocabulary.update(record.value.split())  # typed answers, as typed
    vocabulary.update(w for grade in Grade for w in grade.label.en.split())
    words = {w.strip(".,;:?!()…★'\"").casefold() for w in vocabulary}
    grid_pages = [p for p in pages if "Questions on this page" in p]
    assert len(grid_pages) >= 10
    strangers = set()
    for page in grid_pages:
        heading_rows = page.split("Questions on this page")[0]
        for token in heading_rows.split():
            bare = token.strip(".,;:?!()…★'\"").casefold()
            if len(bare) >= 3 and bare.isalpha() and bare not in words:
                strangers.add(token)
    known = {"official-sensitive", "sampled", "tracked", "escalated", "suggested", "reference", "agency",
             "overall", "grade", "form", "part", "page", "case", "demo", "fictional", "enghraifft", "sir", "jicpa"}
    unknown = sorted(s for s in strangers if s.strip(".,;:?!()…★'\"").casefold() not in known)
    assert unknown == [], unknown


def test_pdf_timestamps_are_local_time_in_words(demo: Demo, grid_pdf: Path, services: AppServices,
                                                welsh_case: tuple[str, str], tmp_path: Path) -> None:
    cover = _pages(grid_pdf)[0]
    assert re.search(rf"Exported at\s+\d{{1,2}} ({MONTHS_EN}) \d{{4}}, \d\d:\d\d", cover), cover
    assert not re.search(r"\d{4}-\d\d-\d\dT", cover)
    inspection_id, case_id = welsh_case
    welsh_grid = _pages(services.exports.pdf(inspection_id, tmp_path / "cy.pdf", lang="cy"))[0]
    assert re.search(rf"\d{{1,2}} ({MONTHS_CY}) \d{{4}}, \d\d:\d\d", welsh_grid), welsh_grid
    case_front = _pages(services.exports.case_pdf(case_id, tmp_path / "case-cy.pdf", lang="cy"))[0]
    assert re.search(rf"\d{{1,2}} ({MONTHS_CY}) \d{{4}}, \d\d:\d\d", case_front), case_front


def test_no_developer_notes_in_the_pdfs(grid_pdf: Path) -> None:
    text = re.sub(r"\s+", " ", "\n".join(_pages(grid_pdf)))
    for note in ("to be verified", "configurable", "TODO", "(oj_01)"):
        assert note not in text, note

"""The audit-grid workbook, reopened and checked cell by cell against the store."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.answer_types import answer_type
from jicpa_desktop.domain.grades import GRADE_LABELS, Grade
from jicpa_desktop.domain.local_terms import fill
from jicpa_desktop.exports.proportion_words import proportion_word
from jicpa_desktop.services.errors import OperationCancelledError, UserError
from jicpa_desktop.services.exporting import TIMELINESS_TITLE
from jicpa_desktop.services.long_work import CancelToken
from tests.exports.conftest import Demo, expected_value

IDENTITY = 6


def _forms_by_title(services: AppServices, lang: str = "en") -> dict[str, str]:
    return {f.title.get(lang): f.id for f in services.forms.all()}


def _grid_columns(ws, services: AppServices) -> list[tuple[int, str, str | None]]:
    """(column, form id, question id or None for the form's grade column) for every non-identity column."""
    titles = _forms_by_title(services)
    columns = []
    form_id = ""
    for col in range(IDENTITY + 1, ws.max_column + 1):
        title = ws.cell(1, col).value
        if title == TIMELINESS_TITLE.en:
            break  # the timescales' columns, after the forms (tests/services/test_form_language_services.py)
        if title is not None:
            form_id = titles[title]
        header = ws.cell(2, col)
        if header.value == "Form grade":
            columns.append((col, form_id, None))
        else:
            columns.append((col, form_id, header.comment.text.split()[0]))  # the id, kept for traceability
    return columns


def _expected_grade(services: AppServices, case_id: str, form_id: str) -> str | None:
    view = services.answers.load(case_id, form_id)
    if view.response_id is None:
        return None
    if view.final_grade:
        return GRADE_LABELS[Grade(view.final_grade)].en
    if not any(view.state.answers.values()) and not view.state.rows:
        return None
    return view.evaluation.suggestion.grade.label.en + " (suggested)"


@pytest.fixture(scope="module")
def workbook_path(demo: Demo) -> Path:
    return demo.services.exports.xlsx(demo.inspection_id, demo.folder / "grid.xlsx")


def test_grid_matches_the_store_cell_by_cell(demo: Demo, workbook_path: Path) -> None:
    services = demo.services
    wb = load_workbook(workbook_path)
    assert wb.sheetnames == ["Grid", "Summary", "Findings", "Evidence", "Escalations", "Flags", "Observations",
                             "About"]
    ws = wb["Grid"]
    cases = services.cases.list(demo.inspection_id)
    assert ws.max_row == 2 + len(cases)
    columns = _grid_columns(ws, services)
    questions = [c for c in columns if c[2] is not None]
    assert len(questions) > 100  # every question of every form offered, not a sample
    compared = Counter[str]()
    for row, case in enumerate(cases, start=3):  # the same order as the app's case list
        assert ws.cell(row, 1).value == case.reference
        assert ws.cell(row, 2).value == Agency(case.agency).label.en
        assert ws.cell(row, 3).value == {"sampled": "Sampled", "tracked": "Tracked"}[case.kind]
        assert ws.cell(row, 4).value == case.inspector
        assert ws.cell(row, 6).value == ("ESCALATED" if case.escalated else None)
        for col, form_id, question_id in columns:
            got = ws.cell(row, col).value
            if question_id is None:
                expected = _expected_grade(services, case.id, form_id)
            else:
                expected = expected_value(services, case.id, form_id, question_id)
            if isinstance(expected, dt.date):
                assert isinstance(got, dt.datetime) and got.date() == expected, (case.reference, question_id)
            else:
                assert got == expected, (case.reference, form_id, question_id, got, expected)
            compared["value" if got is not None else "empty"] += 1
    assert compared["value"] > 1000
    assert any(c.escalated for c in cases)  # the demo escalates a file; the flag must show


def test_grid_has_frozen_panes_filter_and_two_row_header(workbook_path: Path) -> None:
    ws = load_workbook(workbook_path)["Grid"]
    assert ws.freeze_panes == "G3"
    assert ws.auto_filter.ref.startswith("A2:")
    assert ws.cell(1, 1).value.startswith("OFFICIAL-SENSITIVE")
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "A1:F1" in merged and len(merged) >= 5  # one merged title per form
    assert ws.column_dimensions["A"].width >= 12


def test_grid_headings_are_human_with_the_id_in_a_comment(demo: Demo, workbook_path: Path) -> None:
    ws = load_workbook(workbook_path)["Grid"]
    forms = {f.id: f for f in demo.services.forms.all()}
    terms = demo.services.inspections.get(demo.inspection_id).local_terms  # the demo's front door is "MASH"
    columns = [c for c in _grid_columns(ws, demo.services) if c[2] is not None]
    for col, form_id, question_id in columns:
        heading = ws.cell(2, col).value
        question = forms[form_id].question(question_id)
        assert question is not None
        assert not re.search(r"[a-z]+_[0-9a-z_]+", heading), heading  # no id in the visible heading
        assert fill(question.label.en, terms, "en") in heading, (heading, question_id)  # in the area's words
        assert "{" not in heading
        assert re.match(r"(\d+[a-z]?\. )?\S", heading), heading
    assert ws.cell(2, 7).value.startswith("1. ")  # the first question of the first form, by its number


def _yes_can_be_negative(demo: Demo) -> set[str]:
    """Questions whose form makes Yes a worrying answer by a rule (`negative_when`): a delay, a wait too long."""
    return {question.id for form in demo.services.forms.all() for question in form.all_questions()
            if question.type == "yn" and question.negative_when is not None}


def test_answer_colours_and_text_markers(demo: Demo, workbook_path: Path) -> None:
    ws = load_workbook(workbook_path)["Grid"]
    column_question = {cell.column: cell.comment.text.split("\n")[0] for cell in ws[2] if cell.comment}
    ruled = _yes_can_be_negative(demo)
    fills: dict[str, set[str]] = {}
    yes_fills: dict[bool, set[str]] = {}
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            if cell.value in ("Yes", "Partly", "No", "N/A"):
                fills.setdefault(cell.value, set()).add(cell.fill.fgColor.rgb[-6:])
            if cell.value == "Yes":
                yes_fills.setdefault(column_question[cell.column] in ruled, set()).add(cell.fill.fgColor.rgb[-6:])
    assert yes_fills[False] == {"C6EFCE"}  # Yes by itself is good: green
    assert yes_fills.get(True, set()) <= {"C6EFCE", "FFC7CE"}  # a rule decides: green, or red when it holds
    assert fills["Partly"] == {"FFEB9C"}
    assert fills["N/A"] == {"E4E4E4"}
    assert "FFC7CE" in fills["No"]  # red wherever the form treats No as negative


def test_summary_counts_match_the_store(demo: Demo, workbook_path: Path) -> None:
    services = demo.services
    ws = load_workbook(workbook_path)["Summary"]
    cases = services.cases.list(demo.inspection_id)
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == "By question")
    timescales = {t.id for t in services.context.catalogue.timescales}
    overall = {str(r[1]).removesuffix(" ★"): r for r in rows[start + 2:] if r[3] == "All agencies"
               and str(r[1]) not in timescales}
    assert overall, "the by-question table lists every counted question"
    forms = {f.id: f for f in services.forms.all()}
    checked = 0
    for question_id, row in overall.items():
        form = next(f for f in forms.values() if f.question(question_id) is not None)
        tally = Counter[str]()
        for case in cases:
            value = expected_value(services, case.id, form.id, question_id)
            if value in ("Yes", "Partly", "No"):
                tally[str(value)] += 1
        n = sum(tally.values())
        assert row[4] == n, question_id
        assert (row[5], row[8], row[11]) == (tally["Yes"], tally["Partly"], tally["No"]), question_id
        if n:
            assert row[6] == pytest.approx(tally["Yes"] / n)
            assert row[7] == proportion_word(tally["Yes"], n).en
            assert row[13] == proportion_word(tally["No"], n).en
        checked += 1
    assert checked >= 50
    # The principle roll-up always shows n, and has a row for every principle with every agency.
    principle_rows = [r for r in rows[:start] if r[3] == "All agencies"]
    assert [r[0] for r in principle_rows][:4] == ["Well-being", "People – voice and control",
                                                 "Partnership and integration", "Prevention"]
    assert all(isinstance(r[4], int) for r in principle_rows)


def test_summary_has_charts(workbook_path: Path) -> None:
    with zipfile.ZipFile(workbook_path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 2
        xml = archive.read(charts[0]).decode()
        assert "'Summary'!$F$" in xml  # the chart draws from the summary cells


def test_findings_are_laid_out_like_the_report_without_grades(demo: Demo, workbook_path: Path) -> None:
    ws = load_workbook(workbook_path)["Findings"]
    values = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    first = [r[0] for r in values if r and r[0]]
    principles = [t for t in first if t in ("Well-being", "People – voice and control",
                                            "Partnership and integration", "Prevention")]
    assert principles == ["Well-being", "People – voice and control", "Partnership and integration", "Prevention"]
    assert "Partnership arrangements – Strengths" in first
    assert "Individual agency – What needs to improve" in first
    assert "Children's services" in first
    text = "\n".join(str(c) for r in values for c in r if c is not None)
    for grade in Grade:
        if grade is not Grade.NOT_APPLICABLE:
            assert grade.label.en not in text, grade  # grades are internal: never in findings text
    # Every line lists its files; single-file lines are marked.
    references = {c.reference for c in demo.services.cases.list(demo.inspection_id)}
    lines = [r for r in values if len(r) >= 4 and isinstance(r[1], int)]
    assert lines
    for _finding, files, refs, marker, _ in lines:
        listed = refs.split(", ")
        assert set(listed) <= references and len(listed) == files
        assert (marker == "single case") == (files == 1)


def test_evidence_sheet_has_every_note_in_full(demo: Demo, workbook_path: Path) -> None:
    services = demo.services
    ws = load_workbook(workbook_path)["Evidence"]
    got = Counter((r[0], r[5], r[9]) for r in ws.iter_rows(min_row=3, values_only=True))
    expected = Counter[tuple[str, str, str]]()
    for case in services.cases.list(demo.inspection_id):
        for record in services.answers.list_for_case(case.id):
            if record.evidence_note.strip():
                expected[(case.reference, record.question_id, record.evidence_note)] += 1
    assert got == expected
    assert sum(expected.values()) > 50


def test_about_sheet(demo: Demo, workbook_path: Path) -> None:
    rows = {r[0]: r[1] for r in load_workbook(workbook_path)["About"].iter_rows(values_only=True) if r[0]}
    assert rows["Inspection"].startswith("DEMO")
    assert rows["Files in this export"] == "26"
    assert rows["Filters applied"].startswith("none")
    assert "pseudonymous" in rows["Identifying fields"]
    assert "OFFICIAL-SENSITIVE" in rows["Data protection"]
    assert "Voice of the child and lived experience: version 2" in rows["Form versions"]
    assert re.fullmatch(r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|"
                        r"December) \d{4}, \d\d:\d\d", rows["Exported at"]), rows["Exported at"]
    assert rows["Fieldwork"] == "15 January 2024 – 19 January 2024"
    assert rows["Exported by"] == "Lead Test"


def test_no_developer_notes_or_ids_in_the_about_sheet(workbook_path: Path) -> None:
    text = "\n".join(str(v) for r in load_workbook(workbook_path)["About"].iter_rows(values_only=True)
                     for v in r if v is not None)
    for note in ("to be verified", "configurable", "TODO", "oj_01", "voice_of_child"):
        assert note not in text, note


def test_filters_by_inspector_and_agency(demo: Demo, tmp_path: Path) -> None:
    services = demo.services
    cases = services.cases.list(demo.inspection_id)
    who = "Demo Inspector B (HMICFRS)"
    path = services.exports.xlsx(demo.inspection_id, tmp_path / "b.xlsx", inspector=who)
    wb = load_workbook(path)
    refs = [r[0] for r in wb["Grid"].iter_rows(min_row=3, values_only=True)]
    assert refs == [c.reference for c in cases if c.inspector == who]
    about = {r[0]: r[1] for r in wb["About"].iter_rows(values_only=True) if r[0]}
    assert about["Filters applied"] == f"Inspector: {who}"
    path = services.exports.xlsx(demo.inspection_id, tmp_path / "h.xlsx", agency="health")
    refs = [r[0] for r in load_workbook(path)["Grid"].iter_rows(min_row=3, values_only=True)]
    assert refs == [c.reference for c in cases if c.agency == "health"]
    with pytest.raises(UserError, match="No inspector"):
        services.exports.xlsx(demo.inspection_id, tmp_path / "x.xlsx", inspector="Nobody")
    with pytest.raises(UserError, match="unknown agency"):
        services.exports.xlsx(demo.inspection_id, tmp_path / "x.xlsx", agency="fire")
    assert not (tmp_path / "x.xlsx").exists()


def test_welsh_headings_and_answers(demo: Demo, tmp_path: Path) -> None:
    path = demo.services.exports.xlsx(demo.inspection_id, tmp_path / "cy.xlsx", lang="cy")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Grid", "Crynodeb", "Canfyddiadau", "Tystiolaeth", "Uwchgyfeiriadau", "Baneri",
                             "Arsylwadau", "Ynghylch"]
    values = {c.value for row in wb["Grid"].iter_rows(min_row=3) for c in row}
    welsh = {c.label.cy for c in answer_type("ynp").fixed_choices}
    assert welsh <= values and not {"Yes", "No", "Partly"} & values
    assert wb["Grid"].cell(2, 1).value == "Cyfeirnod yr achos"
    kinds = {r[2] for r in wb["Grid"].iter_rows(min_row=3, values_only=True)}
    assert kinds == {"Wedi'i samplu", "Wedi'i dracio"}  # the app's own Welsh for these
    about = {r[0]: r[1] for r in wb["Ynghylch"].iter_rows(values_only=True) if r[0]}
    assert re.fullmatch(r"\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|"
                        r"Rhagfyr) \d{4}, \d\d:\d\d", about["Allforiwyd am"]), about["Allforiwyd am"]
    with pytest.raises(UserError):
        demo.services.exports.xlsx(demo.inspection_id, tmp_path / "fr.xlsx", lang="fr")


def test_a_cancelled_or_failed_export_leaves_the_last_good_file(demo: Demo, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    services = demo.services
    target = tmp_path / "grid.xlsx"
    services.exports.xlsx(demo.inspection_id, target)
    good = target.read_bytes()
    cancel = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(done)
        if done == 5:
            cancel.cancel()

    with pytest.raises(OperationCancelledError):
        services.exports.xlsx(demo.inspection_id, target, progress=progress, cancel=cancel)
    assert target.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grid.xlsx"]  # no temporary file left behind
    assert seen[:3] == [0, 1, 2]

    import jicpa_desktop.exports.xlsx_workbook as writer

    def broken(model, path, *, check):  # type: ignore[no-untyped-def]
        Path(path).write_bytes(b"half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr(writer, "write_workbook", broken)
    with pytest.raises(UserError, match="disk full"):
        services.exports.xlsx(demo.inspection_id, target)
    assert target.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grid.xlsx"]


def test_no_formula_element_anywhere(workbook_path: Path) -> None:
    with zipfile.ZipFile(workbook_path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", archive.read(name)), name


def test_the_grid_reports_the_leads_moderated_grade(bundled_catalogue: object, tmp_path: Path) -> None:
    from jicpa_desktop.composition import build_services

    services = build_services(tmp_path / "m.sqlite3", actor="Lead", catalogue=bundled_catalogue)  # type: ignore[arg-type]
    try:
        inspection = services.inspections.create(name="M", local_authority="L", start="2024-01-15",
                                                 end="2024-01-19", enabled_forms=["voice_of_child"])
        case_id = services.cases.add(inspection, reference="MOD-01", agency="police", kind="sampled")
        for question in ("voc_01", "voc_02", "voc_03", "voc_04"):
            services.answers.set_answer(case_id, "voice_of_child", question, "yes")
        services.answers.set_grade(case_id, "voice_of_child", "good")
        services.handover.moderate_grade(case_id, "voice_of_child", "requires_improvement",
                                         "Voice recorded only through the parent's account.")
        path = services.exports.xlsx(inspection, tmp_path / "m.xlsx")
        ws = load_workbook(path)["Grid"]
        headers = {ws.cell(2, col).value: col for col in range(1, ws.max_column + 1)}
        grade_columns = [col for name, col in headers.items() if isinstance(name, str) and "grade" in name.lower()]
        shown = {ws.cell(3, col).value for col in grade_columns}
        assert "Requires improvement" in shown
        assert "Good" not in shown
    finally:
        services.close()

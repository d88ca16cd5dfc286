"""Meeting observations in the lead's exports, on a real encrypted store: the workbook's Observations sheet cell by
cell (headings, answers as the grid shows them, notes beside them, Welsh), the About sheet's and the PDF cover's
count, and the PDF section read back with pypdf. No file or child is named: an observation has none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from jicpa_desktop.composition import AppServices
from jicpa_desktop.exports.observation_data import OBSERVATION_LABELS

CHAIR_NOTE = "Chair kept to the agenda; the school nurse was asked for her view."
PARENT_NOTE = "=Mother not prepared beforehand"  # typed text that a spreadsheet would read as a formula
WELSH_NOTE = "Cynhaliwyd y cyfarfod yn Gymraeg; roedd cyfieithydd ar gael."


@pytest.fixture
def observed(services: AppServices) -> tuple[str, str, str]:
    """Two observations, the later-dated added first: a core group (answered in part) and a strategy meeting at the
    front door the area calls the SPOC (with a Welsh note)."""
    inspection = services.inspections.create(
        name="Observed inspection", local_authority="Testshire", start="2024-01-15", end="2024-01-19",
        enabled_forms=[f.id for f in services.forms.all()], local_terms={"front_door": "SPOC"})
    later = services.observations.add(inspection, "2024-01-17")
    services.observations.set_answer(later.id, "mob_01", "mash_strategy")
    services.observations.set_answer(later.id, "mob_02", ["police", "health", "childrens_services"])
    services.observations.set_answer(later.id, "mob_02_absent", ["none"])
    services.observations.set_answer(later.id, "mob_04", "yes")
    services.observations.set_answer(later.id, "mob_08", "yes", evidence=WELSH_NOTE)
    earlier = services.observations.add(inspection, "2024-01-16")
    services.observations.set_answer(earlier.id, "mob_01", "core_group")
    services.observations.set_answer(earlier.id, "mob_03", "partly", evidence=PARENT_NOTE)
    services.observations.set_answer(earlier.id, "mob_04", "no", evidence=CHAIR_NOTE)
    services.observations.set_answer(earlier.id, "mob_10", "Roles only: chair, social worker, police officer.",
                                     evidence="Observed in full.")
    return inspection, earlier.reference, later.reference


def _trimmed(row: tuple[Any, ...]) -> tuple[Any, ...]:
    values = list(row)
    while values and values[-1] is None:
        values.pop()
    return tuple(values)


def _column(headings: tuple[Any, ...], starts: str) -> int:
    found = [i for i, h in enumerate(headings) if isinstance(h, str) and h.startswith(starts)]
    assert len(found) == 1, (starts, headings)
    return found[0]


def _about(path: Path, sheet: str) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in load_workbook(path)[sheet].iter_rows(values_only=True) if r[0] and r[1]}


def test_the_observations_sheet_in_english(services: AppServices, observed: tuple[str, str, str],
                                           tmp_path: Path) -> None:
    inspection, earlier, later = observed
    path = services.exports.xlsx(inspection, tmp_path / "grid.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Grid", "Summary", "Findings", "Evidence", "Escalations", "Flags", "Observations",
                             "About"]
    ws = wb["Observations"]
    rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
    assert _trimmed(rows[0]) == ("Meeting observations",)
    assert _trimmed(rows[1]) == (OBSERVATION_LABELS["observations_note"].en,)
    head = _trimmed(rows[2])
    assert head[:4] == ("Observation", "Date of the meeting", "Meeting type", "Observer")
    # Short human headings, never ids; a notes column beside each question that takes a note.
    assert head[4:8] == ("2. Agencies present", "2. Evidence note", "2a. Key agencies absent",
                         "3. Were the child and family prepared,…")
    assert head[8] == "3. Evidence note"
    assert not any(isinstance(h, str) and "mob_" in h for h in head)
    assert "1. Meeting type" not in head  # the meeting type has its own column
    assert head[-2:] == ("10. Observer notes (roles only, no names)", "10. Evidence note")
    assert ws.freeze_panes == "B4"

    first, second = _trimmed(rows[3]), _trimmed(rows[4])
    assert first[:4] == (earlier, dt.datetime(2024, 1, 16), "Core group", "Inspector Test")  # oldest meeting first
    assert second[:4] == (later, dt.datetime(2024, 1, 17), "SPOC strategy meeting", "Inspector Test")
    prepared, prepared_note = _column(head, "3. Were"), head.index("3. Evidence note")
    chaired, chaired_note = _column(head, "4. Was the purpose"), head.index("4. Evidence note")
    notes, notes_note = _column(head, "10. Observer"), head.index("10. Evidence note")
    assert (first[prepared], first[prepared_note]) == ("Partly", PARENT_NOTE)
    assert (first[chaired], first[chaired_note]) == ("No", CHAIR_NOTE)
    assert (first[notes], first[notes_note]) == ("Roles only: chair, social worker, police officer.",
                                                 "Observed in full.")
    assert first[4] is None and first[6] is None  # not answered
    assert second[4] == "Children's services; Police; Health"  # as the grid shows a multiple choice
    assert second[6] == "None: every key agency was there"
    assert second[chaired] == "Yes" and second[chaired_note] is None
    language = _column(head, "8. Were language needs")
    assert (second[language], second[language + 1]) == ("Yes", WELSH_NOTE)
    assert len(rows) == 5 or all(v is None for r in rows[5:] for v in r)

    # Coloured as in the grid; typed text stays text, with the quote prefix where it starts like a formula.
    cells = ws[4]
    assert cells[chaired].fill.fgColor.rgb.endswith("FFC7CE") and cells[chaired].font.b
    assert cells[prepared].fill.fgColor.rgb.endswith("FFEB9C")
    assert cells[prepared_note].data_type == "s" and cells[prepared_note].quotePrefix
    assert ws.cell(row=3, column=prepared + 1).comment.text.startswith(
        "3. Were the child and family prepared, and did they take part?")

    about = _about(path, "About")
    assert about["Meetings observed"] == "2"


def test_the_observations_sheet_in_welsh(services: AppServices, observed: tuple[str, str, str],
                                         tmp_path: Path) -> None:
    inspection, earlier, later = observed
    path = services.exports.xlsx(inspection, tmp_path / "grid-cy.xlsx", lang="cy")
    wb = load_workbook(path)
    assert wb.sheetnames[6:] == ["Arsylwadau", "Ynghylch"]
    rows = [_trimmed(tuple(r)) for r in wb["Arsylwadau"].iter_rows(values_only=True)]
    assert rows[0] == ("Arsylwadau o gyfarfodydd",)
    assert rows[1] == (OBSERVATION_LABELS["observations_note"].get("cy"),)
    head = rows[2]
    assert head[:4] == ("Arsylwad", "Dyddiad y cyfarfod", "Math o gyfarfod", "Arsylwr")
    assert head[4:6] == ("2. Asiantaethau a oedd yn bresennol", "2. Nodyn tystiolaeth")
    chaired = _column(head, "4. A oedd y diben")
    assert rows[3][:3] == (earlier, dt.datetime(2024, 1, 16), "Grŵp craidd")
    assert rows[3][chaired] == "Na" and rows[3][chaired + 1] == CHAIR_NOTE
    assert rows[4][:3] == (later, dt.datetime(2024, 1, 17), "Cyfarfod strategaeth y SPOC")
    assert rows[4][4] == "Gwasanaethau plant; Heddlu; Iechyd"
    assert rows[4][chaired] == "Ie"
    assert _about(path, "Ynghylch")["Cyfarfodydd a arsylwyd"] == "2"


def test_no_observations_the_sheet_says_so(services: AppServices, inspection_id: str, tmp_path: Path) -> None:
    path = services.exports.xlsx(inspection_id, tmp_path / "grid.xlsx")
    wb = load_workbook(path)
    rows = [_trimmed(tuple(r)) for r in wb["Observations"].iter_rows(values_only=True)]
    assert rows[2] == ("Observation", "Date of the meeting", "Meeting type", "Observer")
    assert rows[3] == ("No meetings were observed for this inspection.",)
    assert len(rows) == 4
    assert _about(path, "About")["Meetings observed"] == "None"
    welsh = services.exports.xlsx(inspection_id, tmp_path / "grid-cy.xlsx", lang="cy")
    rows = [_trimmed(tuple(r)) for r in load_workbook(welsh)["Arsylwadau"].iter_rows(values_only=True)]
    assert rows[3] == ("Ni arsylwyd unrhyw gyfarfodydd ar gyfer yr arolygiad hwn.",)
    assert _about(welsh, "Ynghylch")["Cyfarfodydd a arsylwyd"] == "Dim"

    pdf = services.exports.pdf(inspection_id, tmp_path / "grid.pdf")
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages]
    assert "Meetings observed None" in pages[0]
    assert not any("Meeting observations" in page for page in pages)  # no empty section


def test_an_inspector_filter_keeps_that_inspectors_observations(services: AppServices,
                                                                observed: tuple[str, str, str],
                                                                tmp_path: Path) -> None:
    inspection, earlier, later = observed
    services.team.add(inspection, "Ann Health", "hiw")
    services.identity.choose(inspection, "Ann Health")
    hers = services.observations.add(inspection, "2024-01-18")
    services.observations.set_answer(hers.id, "mob_01", "icpc")
    path = services.exports.xlsx(inspection, tmp_path / "ann.xlsx", inspector="Ann Health")
    rows = [_trimmed(tuple(r)) for r in load_workbook(path)["Observations"].iter_rows(values_only=True)]
    assert [r[:4] for r in rows[3:]] == [(hers.reference, dt.datetime(2024, 1, 18),
                                          "Initial child protection conference", "Ann Health")]
    assert _about(path, "About")["Meetings observed"] == "1"
    everyone = services.exports.xlsx(inspection, tmp_path / "all.xlsx")
    rows = [_trimmed(tuple(r)) for r in load_workbook(everyone)["Observations"].iter_rows(values_only=True)]
    assert [r[0] for r in rows[3:]] == [earlier, later, hers.reference]


def test_the_pdf_section_holds_both_observations(services: AppServices, observed: tuple[str, str, str],
                                                 tmp_path: Path) -> None:
    inspection, earlier, later = observed
    path = services.exports.pdf(inspection, tmp_path / "grid.pdf")
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]
    assert "Meetings observed 2" in pages[0]
    found = [n for n, page in enumerate(pages) if "Meeting observations" in page]
    assert found, "no observations section"
    section = " ".join(pages[found[0]:])
    start = section.index("Meeting observations")
    summary = section.index("Summary of answers")
    assert start < summary  # after the grid, before the summary
    text = section[start:summary]
    assert text.index(earlier) < text.index(later)
    assert f"{earlier} — Core group" in text
    assert f"{later} — SPOC strategy meeting" in text
    assert "Date of the meeting: 16 January 2024 · Observer: Inspector Test" in text
    assert "3. Were the child and family prepared, and did they take part? Partly " + PARENT_NOTE in text
    assert "4. Was the purpose clear, and the meeting well chaired? No " + CHAIR_NOTE in text
    assert "Children's services; Police; Health" in text
    assert "None: every key agency was there" in text
    assert WELSH_NOTE in text


def test_the_pdf_section_in_welsh(services: AppServices, observed: tuple[str, str, str], tmp_path: Path) -> None:
    inspection, earlier, later = observed
    path = services.exports.pdf(inspection, tmp_path / "grid-cy.pdf", lang="cy")
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]
    assert "Cyfarfodydd a arsylwyd 2" in pages[0]
    section = " ".join(pages)
    text = section[section.index("Arsylwadau o gyfarfodydd"):]
    assert f"{earlier} — Grŵp craidd" in text
    assert f"{later} — Cyfarfod strategaeth y SPOC" in text
    assert "Dyddiad y cyfarfod: 16 Ionawr 2024" in text
    assert "Na " + CHAIR_NOTE in text
    assert WELSH_NOTE in text

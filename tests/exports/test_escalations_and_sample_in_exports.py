"""Escalations and the sample draw in the lead's exports, on a real encrypted database built through the services:
the workbook's Escalations sheet and About sheet reopened cell by cell, the grid PDF's escalations section and
cover read text by text, in English and in Welsh."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from jicpa_desktop.composition import AppServices
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.services.sampling_frame import SampleDraw
from tests.background import drain_background_work
from tests.team.conftest import TEAM, laptop

VOC = "voice_of_child"
SEED = "wales-2024"
RATIONALE = "In proportion to each agency's share of the list, spread across the age bands; two tracked for the " \
            "conversations with families."
# A concern long enough to run over several lines of its PDF cell (roles only, never a name).
LONG_CONCERN = ("Health visitor saw bruising to the younger child's arm on 15 January; the mother's explanation "
                "did not match the injury. " * 12 + "Social worker told at 10:00 and a strategy discussion was "
                "asked for the same day.")
SHORT_CONCERNS = {
    "acknowledged": "Missing from home twice this week; police informed, return interview not yet done.",
    "closed": "Older sibling says there is no food at home at weekends; team manager informed.",
}
OUTCOME = "Strategy discussion held the same day; child seen and safety plan agreed."
AGENCIES = ("children_services",) * 10 + ("health",) * 6 + ("police",) * 4
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MISOEDD = "Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"


@dataclass
class Built:
    lead: AppServices
    inspection_id: str
    draw: SampleDraw
    escalated: dict[str, str]  # status it was left in -> file reference
    agencies: dict[str, str]  # file reference -> agency code
    swapped_out: str
    swapped_in: str
    picked: str
    folder: Path


def _frame_csv(folder: Path) -> Path:
    path = folder / "children.csv"
    lines = ["reference,agency,age_band,status,concern"]
    for n, agency in enumerate(AGENCIES, start=1):
        lines.append(f"SE24-{n:03d},{agency},{('1_4', '5_11', '12_15')[n % 3]},{('cpr', 'cla')[n % 2]},neglect")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, bundled_catalogue: FormCatalogue) -> Iterator[Built]:
    folder = tmp_path_factory.mktemp("escalations-sample")
    lead = laptop(folder / "lead", "lead", bundled_catalogue)
    inspection_id = lead.inspections.create(
        name="Sir Enghraifft JICPA", local_authority="Sir Enghraifft", start="2024-01-15", end="2024-01-19",
        inspectorates=["ciw", "hiw", "hmicfrs"], enabled_forms=[f.id for f in lead.forms.all()],
        team=TEAM, me="Lena Lead")
    assert lead.frame.import_list(inspection_id, _frame_csv(folder)).applied
    draw = lead.frame.draw(inspection_id, sampled=6, tracked=2, seed=SEED, rationale=RATIONALE,
                           strata=["agency", "age_band"])
    files = {c.reference: c for c in lead.cases.list(inspection_id)}
    drawn = {r.split(" ")[0] for r in (*draw.sampled, *draw.tracked)}
    candidates = sorted(c.reference for c in lead.frame.candidates(inspection_id) if c.reference not in drawn)
    out = sorted(r.split(" ")[0] for r in draw.sampled)[-1]
    swapped_in, picked = candidates[0], candidates[1]
    agency_of = {c.reference: c.agency for c in lead.frame.candidates(inspection_id)}
    lead.frame.choices.swap(inspection_id, files[out].id, swapped_in, agency_of[swapped_in],
                            "The family moved out of the area before fieldwork.")
    lead.frame.choices.pick(inspection_id, picked, agency_of[picked], "tracked",
                            "A conversation the agency offered with a young carer.")
    files = {c.reference: c for c in lead.cases.list(inspection_id)}
    lead.allocation.allocate([c.id for c in files.values()], "Ann Health")

    # Three escalations on three files: one left new (the long concern), one acknowledged, one closed.
    chosen = sorted(files)[:3]
    escalated = dict(zip(("new", "acknowledged", "closed"), chosen, strict=True))
    concerns = {"new": LONG_CONCERN, **SHORT_CONCERNS}
    for status, reference in escalated.items():
        case_id = files[reference].id
        lead.answers.set_answer(case_id, VOC, "std_escalate_now", "yes")
        lead.answers.set_answer(case_id, VOC, "std_escalate_action", concerns[status])
        lead.answers.set_answer(case_id, VOC, "std_escalate_date", "2024-01-16")
    views = {v.reference: v for v in lead.escalations.list(inspection_id)}
    lead.escalations.acknowledge(views[escalated["acknowledged"]].response_id)
    lead.escalations.acknowledge(views[escalated["closed"]].response_id)
    lead.escalations.close(views[escalated["closed"]].response_id, OUTCOME)
    yield Built(lead, inspection_id, draw, escalated, {r: c.agency for r, c in files.items()}, out, swapped_in,
                picked, folder)
    drain_background_work()
    lead.close()


AGENCY_EN = {"children_services": "Children's services", "health": "Health", "police": "Police"}


def _sheet_rows(path: Path, sheet: str) -> list[list[object]]:
    return [list(row) for row in load_workbook(path)[sheet].iter_rows(values_only=True)]


def _about(path: Path, sheet: str) -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in _sheet_rows(path, sheet) if r and r[0] and len(r) > 1 and r[1]]


def _in_order(words: list[str], tokens: list[str]) -> bool:
    """Every one of *words* among *tokens*, in order (others may come between)."""
    remaining = iter(tokens)
    return all(any(token == word for token in remaining) for word in words)


def _pdf_text(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages]


def test_workbook_escalations_sheet_row_by_row_in_english(built: Built) -> None:
    path = built.lead.exports.xlsx(built.inspection_id, built.folder / "grid.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Grid", "Summary", "Findings", "Evidence", "Escalations", "Flags", "Observations",
                             "About"]
    rows = _sheet_rows(path, "Escalations")
    assert rows[0][0] == "Escalations"
    assert "roles only" in str(rows[1][0])
    assert rows[2] == ["Case reference", "Agency", "Form", "Inspector", "Raised by", "When",
                       "Concern and action taken", "Status", "Outcome"]
    body = rows[3:]
    assert [r[0] for r in body] == [built.escalated[s] for s in ("new", "acknowledged", "closed")]  # new first
    by_ref = {r[0]: r for r in body}
    for status, reference in built.escalated.items():
        row = by_ref[reference]
        assert row[1] == AGENCY_EN[built.agencies[reference]]
        assert row[2] == "Voice of the child and lived experience"
        assert row[3] == "Ann Health"
        assert row[4] == "Lena Lead (CIW)"
        assert row[5] == "16 January 2024"
        assert row[6] == (LONG_CONCERN if status == "new" else SHORT_CONCERNS[status])  # whole, as typed
    assert by_ref[built.escalated["new"]][7] == "New"
    assert by_ref[built.escalated["new"]][8] is None
    assert re.fullmatch(rf"Acknowledged by Lena Lead \(CIW\), \d{{1,2}} ({MONTHS}) \d{{4}}, \d\d:\d\d",
                        str(by_ref[built.escalated["acknowledged"]][7]))
    assert re.fullmatch(rf"Closed by Lena Lead \(CIW\), \d{{1,2}} ({MONTHS}) \d{{4}}, \d\d:\d\d",
                        str(by_ref[built.escalated["closed"]][7]))
    assert by_ref[built.escalated["closed"]][8] == OUTCOME
    # The status is coloured as well as written: new red, acknowledged amber, closed grey.
    ws = wb["Escalations"]
    fills = {ws.cell(row=i, column=1).value: ws.cell(row=i, column=8).fill.fgColor.rgb for i in range(4, 7)}
    assert fills == {built.escalated["new"]: "FFFFC7CE", built.escalated["acknowledged"]: "FFFFEB9C",
                     built.escalated["closed"]: "FFE4E4E4"}
    # The grid row of an escalated file still says so.
    grid = {r[0]: r for r in _sheet_rows(path, "Grid")[2:]}
    assert all(grid[ref][5] == "ESCALATED" for ref in built.escalated.values())


def test_workbook_about_sheet_records_the_draw_the_swap_and_the_pick(built: Built) -> None:
    path = built.lead.exports.xlsx(built.inspection_id, built.folder / "about.xlsx")
    about = _about(path, "About")
    facts = dict(about)
    draw = built.draw
    assert re.fullmatch(
        rf"Drawn \d{{1,2}} ({MONTHS}) \d{{4}}, \d\d:\d\d by Lena Lead \(CIW\), seed {SEED}, strata agency and age "
        rf"band: 6 sampled \+ 2 tracked from a frame of 20 \(checksum {draw.frame_checksum}\)", facts["Sample"])
    assert facts["Rationale"] == RATIONALE
    chosen = facts["Files drawn"]
    for reference in (*draw.sampled, *draw.tracked):
        ref, agency = reference.rstrip(")").split(" (")
        assert f"{ref} ({AGENCY_EN[agency]})" in chosen
    assert chosen.index("Tracked:") > max(chosen.index(r.split(" ")[0]) for r in draw.sampled)
    assert re.fullmatch(
        rf"{built.swapped_out} \(\w[\w' ]+\) for {built.swapped_in} \(\w[\w' ]+\), by Lena Lead \(CIW\), "
        rf"\d{{1,2}} ({MONTHS}) \d{{4}}, \d\d:\d\d: The family moved out of the area before fieldwork\.",
        facts["Swapped"])
    assert re.fullmatch(
        rf"{built.picked} \(\w[\w' ]+\), tracked, by Lena Lead \(CIW\), \d{{1,2}} ({MONTHS}) \d{{4}}, \d\d:\d\d: "
        r"A conversation the agency offered with a young carer\.", facts["Picked by hand"])
    assert facts["Escalations"] == "3 in these files, 1 new"
    labels = [name for name, _ in about]
    # The sample sits beside the count of files, before the language and versions.
    assert labels.index("Files in this export") < labels.index("Sample") < labels.index("Language")


def test_welsh_workbook_escalations_and_sample(built: Built) -> None:
    path = built.lead.exports.xlsx(built.inspection_id, built.folder / "cy.xlsx", lang="cy")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Grid", "Crynodeb", "Canfyddiadau", "Tystiolaeth", "Uwchgyfeiriadau", "Baneri",
                             "Arsylwadau", "Ynghylch"]
    rows = _sheet_rows(path, "Uwchgyfeiriadau")
    assert rows[2] == ["Cyfeirnod yr achos", "Asiantaeth", "Ffurflen", "Arolygydd", "Codwyd gan", "Pryd",
                       "Y pryder a'r camau a gymerwyd", "Statws", "Canlyniad"]
    by_ref = {r[0]: r for r in rows[3:]}
    new, acknowledged, closed = (by_ref[built.escalated[s]] for s in ("new", "acknowledged", "closed"))
    assert new[2] == "Llais y plentyn a'i brofiad o fywyd"
    assert new[5] == "16 Ionawr 2024"
    assert new[6] == LONG_CONCERN and new[7] == "Newydd"
    assert re.fullmatch(rf"Cydnabuwyd gan Lena Lead \(CIW\), \d{{1,2}} ({MISOEDD}) \d{{4}}, \d\d:\d\d",
                        str(acknowledged[7]))
    assert str(closed[7]).startswith("Caewyd gan Lena Lead (CIW), ") and closed[8] == OUTCOME
    facts = dict(_about(path, "Ynghylch"))
    assert re.fullmatch(
        rf"Tynnwyd \d{{1,2}} ({MISOEDD}) \d{{4}}, \d\d:\d\d gan Lena Lead \(CIW\), hedyn {SEED}, haenau asiantaeth "
        rf"a band oedran: 6 wedi'u samplu \+ 2 wedi'u tracio o ffrâm o 20 \(siec-swm {built.draw.frame_checksum}\)",
        facts["Sampl"])
    assert facts["Rhesymeg"] == RATIONALE  # typed text stays as typed
    assert facts["Ffeiliau a dynnwyd"].startswith("Wedi'u samplu: ")
    assert " am " in facts["Cyfnewidiwyd"] and facts["Cyfnewidiwyd"].endswith("before fieldwork.")
    assert "), wedi'i dracio, gan Lena Lead (CIW), " in facts["Dewiswyd â llaw"]
    assert facts["Uwchgyfeiriadau"] == "3 yn y ffeiliau hyn, 1 newydd"


def test_a_filtered_workbook_lists_only_its_own_files_escalations(built: Built) -> None:
    agency = built.agencies[built.escalated["acknowledged"]]
    path = built.lead.exports.xlsx(built.inspection_id, built.folder / "filtered.xlsx", agency=agency)
    shown = [r[0] for r in _sheet_rows(path, "Escalations")[3:]]
    expected = [ref for status, ref in built.escalated.items() if built.agencies[ref] == agency]
    assert shown == expected and expected
    # The sample is the inspection's, whatever the filter.
    assert "seed " + SEED in dict(_about(path, "About"))["Sample"]


def test_grid_pdf_escalations_section_and_cover_in_english(built: Built) -> None:
    path = built.lead.exports.pdf(built.inspection_id, built.folder / "grid.pdf")
    pages = _pdf_text(path)
    cover = pages[0]
    assert f"seed {SEED}, strata agency and age band: 6 sampled + 2 tracked from a frame of 20" in cover
    assert built.draw.frame_checksum in cover
    assert "Escalations 3 in these files, 1 new" in cover
    before_grid = " ".join(p for p in pages if "Questions on this page" not in p)
    assert RATIONALE in before_grid
    assert "The family moved out of the area before fieldwork." in before_grid
    assert "A conversation the agency offered with a young carer." in before_grid
    section = [i for i, p in enumerate(pages) if "Concern and action taken" in p]
    assert section and section[0] < min(i for i, p in enumerate(pages) if "Questions on this page" in p)
    text = " ".join(pages[i] for i in section)
    assert "Escalations" in text and "roles only" in text
    for reference in built.escalated.values():
        assert reference in text
    # Every word of the long concern is there, in order: wrapped inside its cell, never cut (the text of the
    # columns beside it may come between its lines as the PDF is read).
    assert _in_order(LONG_CONCERN.split(), text.split())
    assert not _in_order([*LONG_CONCERN.split(), *LONG_CONCERN.split()[:20]], text.split())  # and only once
    assert SHORT_CONCERNS["acknowledged"] in text and SHORT_CONCERNS["closed"] in text
    assert OUTCOME in text
    assert "New" in text and "Acknowledged by Lena Lead (CIW)," in text and "Closed by Lena Lead (CIW)," in text
    assert text.index(built.escalated["new"]) < text.index(built.escalated["acknowledged"])  # new first
    for number, page in enumerate(pages, start=1):
        assert "OFFICIAL-SENSITIVE" in page and f"Page {number} of {len(pages)}" in page


def test_grid_pdf_in_welsh_and_its_escalations_page_looks_right(built: Built) -> None:
    path = built.lead.exports.pdf(built.inspection_id, built.folder / "grid-cy.pdf", lang="cy")
    pages = _pdf_text(path)
    cover = pages[0]
    assert f"hedyn {SEED}, haenau asiantaeth a band oedran: 6 wedi'u samplu + 2 wedi'u tracio o ffrâm o 20" in cover
    assert "Uwchgyfeiriadau 3 yn y ffeiliau hyn, 1 newydd" in cover
    section = [i for i, p in enumerate(pages) if "Y pryder a'r camau a gymerwyd" in p]
    assert section
    text = " ".join(pages[i] for i in section)
    assert "Newydd" in text and "Cydnabuwyd gan Lena Lead (CIW)," in text and "Caewyd gan Lena Lead (CIW)," in text
    assert "16 Ionawr 2024" in text and OUTCOME in text
    assert "Llais y plentyn a'i brofiad o fywyd" in text
    if shutil.which("pdftoppm"):  # one page as an image, kept beside the PDF to be looked at
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(section[0] + 1), "-l", str(section[0] + 1),
                        str(path), str(built.folder / "escalations-cy")], check=True)
        assert list(built.folder.glob("escalations-cy*.png"))


def test_files_chosen_by_hand_say_so(services: AppServices, inspection_id: str, tmp_path: Path) -> None:
    services.cases.add(inspection_id, reference="HAND-01", agency="health", kind="sampled")
    en = dict(_about(services.exports.xlsx(inspection_id, tmp_path / "hand.xlsx"), "About"))
    assert en["Sample"] == "No sample was drawn: the files were chosen by hand."
    assert en["Escalations"] == "No escalations in these files."
    rows = _sheet_rows(tmp_path / "hand.xlsx", "Escalations")
    assert rows[3][0] == "No escalations in these files."
    cy = dict(_about(services.exports.xlsx(inspection_id, tmp_path / "hand-cy.xlsx", lang="cy"), "Ynghylch"))
    assert cy["Sampl"] == "Ni thynnwyd sampl: dewiswyd y ffeiliau â llaw."
    pages = _pdf_text(services.exports.pdf(inspection_id, tmp_path / "hand.pdf"))
    assert "No sample was drawn: the files were chosen by hand." in pages[0]
    assert not any("Concern and action taken" in p for p in pages)  # no empty escalations page

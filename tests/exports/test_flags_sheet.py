"""The workbook's Flags sheet on a real encrypted store: one row per data-quality flag of the exported files and the
per-agency counts of files whose record leaves out ethnicity or language, cell by cell, in English and Welsh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from jicpa_desktop.composition import AppServices
from jicpa_desktop.exports.flags_data import FLAG_LABELS
from jicpa_desktop.exports.grid_data import ExportInfo, GridModel
from jicpa_desktop.exports.xlsx_workbook import write_workbook

NOTE = "Front sheet read: ethnicity field blank."


@pytest.fixture
def flagged(services: AppServices, inspection_id: str) -> str:
    """Three files: DQX24-01 (children's services) sampled though its case record says tracked, an ICPC dated
    before its strategy discussion, and no ethnicity recorded; DQX24-02 (police) no language recorded; DQX24-03
    (police) clean."""
    first = services.cases.add(inspection_id, reference="DQX24-01", agency="children_services", kind="sampled")
    services.answers.set_answer(first, "case_record", "cr_02", "tracked")
    services.answers.set_answer(first, "case_record", "cr_08", "no", evidence=NOTE)
    services.answers.set_answer(first, "case_record", "cr_09", "yes")
    services.answers.set_answer(first, "strategy_s47", "st_01", "face_to_face")
    services.answers.set_answer(first, "strategy_s47", "st_01_date", "2023-11-01")
    services.answers.set_answer(first, "cp_conference_core_group", "cc_02_icpc_date", "2023-10-20")
    second = services.cases.add(inspection_id, reference="DQX24-02", agency="police", kind="sampled")
    services.answers.set_answer(second, "case_record", "cr_08", "yes")
    services.answers.set_answer(second, "case_record", "cr_09", "no")
    third = services.cases.add(inspection_id, reference="DQX24-03", agency="police", kind="sampled")
    services.answers.set_answer(third, "case_record", "cr_08", "yes")
    services.answers.set_answer(third, "case_record", "cr_09", "yes")
    return inspection_id


def _rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in load_workbook(path)[sheet].iter_rows(values_only=True)]


def _trimmed(row: tuple[Any, ...]) -> tuple[Any, ...]:
    values = list(row)
    while values and values[-1] is None:
        values.pop()
    return tuple(values)


def test_the_flags_sheet_in_english(services: AppServices, flagged: str, tmp_path: Path) -> None:
    path = services.exports.xlsx(flagged, tmp_path / "grid.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames[5] == "Flags"
    ws = wb["Flags"]
    rows = [_trimmed(r) for r in _rows(path, "Flags")]
    assert rows[0] == ("Data-quality flags",)
    assert rows[1] == (FLAG_LABELS["flags_note"].en,)
    assert rows[2] == ("Case reference", "Agency", "Check", "What is wrong", "Form", "Inspector's note")
    assert rows[3] == ("DQX24-01", "Children's services", "Sampled or tracked",
                       "The file is Sampled, but its case record says Tracked.",
                       "Case record (identifiers and context)")
    assert rows[4] == ("DQX24-01", "Children's services", "Dates in the wrong order",
                       "“Date of the initial child protection conference” (20 October 2023, Child protection "
                       "conferences, CASPP and core groups) is before “Date of the strategy discussion” (1 November "
                       "2023, Strategy discussion and section 47 enquiry), which should come first (ICPC within 15 "
                       "working days of the strategy discussion).",
                       "Child protection conferences, CASPP and core groups")
    assert rows[5] == ("DQX24-01", "Children's services", "Ethnicity not recorded",
                       "The agency's record does not say the child's ethnicity.",
                       "Case record (identifiers and context)", NOTE)
    assert rows[6] == ("DQX24-02", "Police", "Language not recorded",
                       "The agency's record does not say the child's first or preferred language.",
                       "Case record (identifiers and context)")
    assert rows[7] == ()  # a blank row, then the counts
    assert rows[8] == ("Ethnicity and language not recorded, by agency",)
    assert rows[9] == (FLAG_LABELS["recording_note"].en,)
    assert rows[10] == ("Agency", "Ethnicity: files answered", "Ethnicity not recorded", "Language: files answered",
                        "Language not recorded")
    assert rows[11] == ("Children's services", 1, 1, 1, 0)
    assert rows[12] == ("Police", 2, 0, 2, 1)
    assert len(rows) == 13
    # Warnings: the check is amber, the counts are numbers, the flags can be filtered, the headings repeat.
    assert ws["C4"].fill.fgColor.rgb.endswith("FFEB9C")
    assert ws["B12"].data_type == "n" and ws["C12"].fill.fgColor.rgb.endswith("FFEB9C")
    assert ws["D12"].fill.fgColor.rgb in (None, "00000000")
    assert ws.auto_filter.ref == "A3:F7"
    assert ws.freeze_panes == "B4"


def test_the_flags_sheet_in_welsh(services: AppServices, flagged: str, tmp_path: Path) -> None:
    path = services.exports.xlsx(flagged, tmp_path / "grid-cy.xlsx", lang="cy")
    rows = [_trimmed(r) for r in _rows(path, "Baneri")]
    assert rows[0] == ("Baneri ansawdd data",)
    assert rows[1] == (FLAG_LABELS["flags_note"].cy,)
    assert rows[2] == ("Cyfeirnod yr achos", "Asiantaeth", "Gwiriad", "Beth sydd o'i le", "Ffurflen",
                       "Nodyn yr arolygydd")
    assert rows[3] == ("DQX24-01", "Gwasanaethau plant", "Wedi'i samplu neu wedi'i holrhain",
                       "Mae'r ffeil wedi'i chofnodi fel 'Wedi'i samplu', ond mae ei chofnod achos yn dweud "
                       "'Wedi'i holrhain'.", "Cofnod achos (dynodwyr a chyd-destun)")
    assert rows[4][2] == "Dyddiadau yn y drefn anghywir"
    assert rows[4][3].startswith("Mae “Dyddiad y gynhadledd amddiffyn plant gychwynnol” (20 Hydref 2023, ")
    assert rows[4][3].endswith("(Cynhadledd gychwynnol o fewn 15 diwrnod gwaith i'r drafodaeth strategaeth).")
    assert rows[5] == ("DQX24-01", "Gwasanaethau plant", "Ethnigrwydd heb ei gofnodi",
                       "Nid yw cofnod yr asiantaeth yn nodi ethnigrwydd y plentyn.",
                       "Cofnod achos (dynodwyr a chyd-destun)", NOTE)
    assert rows[6][:4] == ("DQX24-02", "Heddlu", "Iaith heb ei chofnodi",
                           "Nid yw cofnod yr asiantaeth yn nodi iaith gyntaf neu iaith ddewisol y plentyn.")
    assert rows[8] == ("Ethnigrwydd ac iaith heb eu cofnodi, fesul asiantaeth",)
    assert rows[10] == ("Asiantaeth", "Ethnigrwydd: ffeiliau a atebwyd", "Ethnigrwydd heb ei gofnodi",
                        "Iaith: ffeiliau a atebwyd", "Iaith heb ei chofnodi")
    assert rows[11] == ("Gwasanaethau plant", 1, 1, 1, 0)
    assert rows[12] == ("Heddlu", 2, 0, 2, 1)


def test_a_filtered_export_has_only_its_own_files_flags(services: AppServices, flagged: str, tmp_path: Path) -> None:
    path = services.exports.xlsx(flagged, tmp_path / "police.xlsx", agency="police")
    rows = [_trimmed(r) for r in _rows(path, "Flags")]
    assert rows[3][:3] == ("DQX24-02", "Police", "Language not recorded")
    assert rows[4] == ()
    assert rows[8] == ("Police", 2, 0, 2, 1)
    assert len(rows) == 9


def test_clean_files_and_an_unchecked_model_say_so(services: AppServices, inspection_id: str,
                                                   tmp_path: Path) -> None:
    case_id = services.cases.add(inspection_id, reference="DQX24-04", agency="health", kind="sampled")
    services.answers.set_answer(case_id, "case_record", "cr_08", "yes")
    path = services.exports.xlsx(inspection_id, tmp_path / "clean.xlsx")
    rows = [_trimmed(r) for r in _rows(path, "Flags")]
    assert rows[3] == ("No data-quality flags in these files.",)
    assert rows[8] == ("Health", 1, 0, 0, 0)
    # A model built without the store (the benchmark's) was never checked: the sheet says so, and nothing more.
    model = services.exports.grid(inspection_id)
    unchecked = GridModel(info=ExportInfo("Synthetic", "Nowhere", "2024-01-15", "2024-01-19", model.info.exported_at,
                                          "Bench", "0", "en"), forms=model.forms, rows=iter(()), flags=None)
    write_workbook(unchecked, tmp_path / "synthetic.xlsx")
    rows = [_trimmed(r) for r in _rows(tmp_path / "synthetic.xlsx", "Flags")]
    assert rows[3:] == [("These files were not checked for data quality.",)]


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_grid_pdf_has_a_flags_section(services: AppServices, flagged: str, tmp_path: Path) -> None:
    text = _pdf_text(services.exports.pdf(flagged, tmp_path / "grid.pdf"))
    assert "Data-quality flags" in text and "What is wrong" in text
    assert "The file is Sampled, but its case record says Tracked." in text
    assert "DQX24-02" in text and "Language not recorded" in text and NOTE in text
    assert "Ethnicity and language not recorded, by agency" in text
    assert "DQX24-03" not in text.split("Data-quality flags", 1)[1].split("Ethnicity and language", 1)[0]

    welsh = _pdf_text(services.exports.pdf(flagged, tmp_path / "grid-cy.pdf", lang="cy"))
    assert "Baneri ansawdd data" in welsh and "Beth sydd o'i le" in welsh


def test_a_grid_pdf_without_flags_has_no_flags_section(services: AppServices, inspection_id: str,
                                                       tmp_path: Path) -> None:
    services.cases.add(inspection_id, reference="DQX24-09", agency="police", kind="sampled")
    text = _pdf_text(services.exports.pdf(inspection_id, tmp_path / "plain.pdf"))
    assert "What is wrong" not in text

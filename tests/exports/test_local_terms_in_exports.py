"""The inspection's local terms in what the lead receives: the grid's questions in the area's words and its
glossary on the workbook's About sheet and the PDF cover, in English and Welsh."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from jicpa_desktop.composition import AppServices


def _about(path: Path, sheet: str = "About") -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in load_workbook(path)[sheet].iter_rows(values_only=True) if r[0] and r[1]}


def test_the_glossary_and_the_words_of_the_area(services: AppServices, tmp_path: Path) -> None:
    inspection = services.inspections.create(
        name="Terms", local_authority="Testshire", start="2026-01-12", end="2026-01-16",
        enabled_forms=["case_record", "education_case_audit"],
        local_terms={"front_door": "SPOC", "risk_model": "THRIVE"})
    services.cases.add(inspection, reference="TERM26-02", agency="education", kind="sampled")

    english = services.exports.xlsx(inspection, tmp_path / "terms.xlsx")
    assert _about(english)["Local terms"] == "front door: SPOC; risk assessment model: THRIVE"
    headings = [c.value for c in load_workbook(english)["Grid"][2] if isinstance(c.value, str)]
    assert any("referral to the SPOC was not needed" in h for h in headings)

    welsh = services.exports.xlsx(inspection, tmp_path / "termau.xlsx", lang="cy")
    assert _about(welsh, "Ynghylch")["Termau lleol"] == "drws ffrynt: SPOC; model asesu risg: THRIVE"
    cy_headings = [c.value for c in load_workbook(welsh)["Grid"][2] if isinstance(c.value, str)]
    assert any("i'r SPOC benderfynu" in h for h in cy_headings)

    pdf = services.exports.pdf(inspection, tmp_path / "terms.pdf")
    cover = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Local terms" in cover and "front door: SPOC; risk assessment model: THRIVE" in cover


def test_an_inspection_without_local_terms_says_so(services: AppServices, inspection_id: str,
                                                  tmp_path: Path) -> None:
    path = services.exports.xlsx(inspection_id, tmp_path / "plain.xlsx")
    assert _about(path)["Local terms"] == "None named: the forms' usual words are used"

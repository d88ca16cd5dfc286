"""The drawing written as SVG (parsed back) and PDF (reopened with pypdf), alone and inside the case report."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest

from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.genogram import notation, samples, serialization
from jicpa_desktop.domain.genogram.ecomap import ecomap_picture
from jicpa_desktop.exports import genogram_pdf, genogram_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_svg_holds_the_notation_and_the_overlay_can_be_hidden(tmp_path: Path) -> None:
    family = samples.family_of_25()
    path = tmp_path / "family.svg"
    genogram_svg.write_svg(notation.genogram_picture(family), "GEN24-01 genogram", path)
    root = ET.parse(path).getroot()
    assert root.find(f"{SVG}title").text == "GEN24-01 genogram"  # type: ignore[union-attr]
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Index child" in texts and "Maternal" in texts and "grandmother" in texts  # labels wrap at a space
    assert "1958" in texts and "2019" in texts  # birth year above-left, death year above-right
    layers = {e.get("data-layer") for e in root.iter() if e.get("data-layer")}
    assert {"tree", "household", "overlay", "badge", "legend"} <= layers
    # Shapes: squares for males, circles for females, the index child's double outline.
    child = [e for e in root.iter() if e.get("data-element") == "P1" and e.tag == f"{SVG}ellipse"]
    assert len(child) == 2
    males = [e for e in root.iter(f"{SVG}rect") if e.get("data-element") == "P3"]
    assert males
    printed = notation.genogram_picture(family, overlay=False)
    assert all(m.layer != notation.OVERLAY for m in printed.marks)
    assert any(m.layer == notation.OVERLAY for m in notation.genogram_picture(family).marks)


def test_union_lines_follow_the_notation() -> None:
    marks = notation.genogram_picture(samples.divorce_and_new_partner(), legend=False).marks
    divorce = [m for m in marks if m.element == "U1" and m.kind == "polyline"]
    cohabiting = [m for m in marks if m.element == "U2" and m.kind == "polyline"]

    def slashes(lines: list[notation.Mark]) -> int:
        return sum(1 for m in lines if len(m.points) == 2 and m.points[0][0] != m.points[1][0]
                   and m.points[0][1] != m.points[1][1])

    assert divorce[0].dash == notation.SOLID and slashes(divorce) == 2  # divorced: two slashes
    assert cohabiting[0].dash == notation.DASHED and slashes(cohabiting) == 0
    foster = notation.genogram_picture(samples.foster_care(), legend=False).marks
    assert any(m.element == "P1" and m.dash == notation.DOTTED for m in foster)


def test_welsh_drawing_has_welsh_key(tmp_path: Path) -> None:
    picture = notation.genogram_picture(samples.family_of_25(), "cy")
    words = " ".join(m.text for m in picture.marks if m.kind == "text")
    assert "Allwedd" in words and "wedi marw (croes)" in words and "p. 1984" in words


def test_pdf_reopens_with_the_labels(tmp_path: Path) -> None:
    path = tmp_path / "family.pdf"
    genogram_pdf.write_pdf(notation.genogram_picture(samples.family_of_25()), "GEN24-01", path)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1 and reader.metadata is not None and reader.metadata.title == "GEN24-01"
    page = reader.pages[0].extract_text()
    assert "Index child" in page and "Mother's partner" in page and "RISK" in page
    eco = tmp_path / "eco.pdf"
    genogram_pdf.write_pdf(ecomap_picture(samples.family_of_25()), "eco", eco)
    eco_text = pypdf.PdfReader(eco).pages[0].extract_text()
    assert "Older peer" in eco_text and "School (DSP)" in eco_text and "Park near" in eco_text


def test_case_report_carries_the_genogram(services: AppServices, inspection_id: str, tmp_path: Path) -> None:
    case = services.cases.add(inspection_id, reference="GEN24-01", agency="children_services", kind="tracked")
    plain = tmp_path / "plain.pdf"
    services.exports.case_pdf(case, plain)
    pages_without = len(pypdf.PdfReader(plain).pages)
    source = tmp_path / "family.yaml"
    source.write_text(serialization.dumps(samples.family_of_25()), encoding="utf-8")
    services.genograms.import_file(case, "inspector", source)
    path = tmp_path / "report.pdf"
    services.exports.case_pdf(case, path)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == pages_without + 2  # the genogram and the ecomap, a page each
    text = " ".join(p.extract_text() for p in reader.pages[pages_without:])
    assert "Genogram (built by the inspector)" in text and "grandmother" in text
    assert "Ecomap (built by the inspector)" in text


@pytest.mark.parametrize("suffix", [".svg", ".pdf"])
def test_service_renders_by_suffix(services: AppServices, inspection_id: str, tmp_path: Path, suffix: str) -> None:
    case = services.cases.add(inspection_id, reference="GEN24-02", agency="children_services", kind="tracked")
    services.genograms.add(case, "inspector", "person", {"role_label": "Index child", "is_index_child": True})
    target = tmp_path / f"g{suffix}"
    services.genograms.render(case, target)
    assert target.stat().st_size > 500
    if suffix == ".svg":
        assert ET.parse(target).getroot().find(f"{SVG}title").text == "GEN24-02 (children_services) — genogram"  # type: ignore[union-attr]


def test_the_demo_tracked_file_report_carries_its_genogram(services: AppServices, tmp_path: Path) -> None:
    inspection = services.demo.build()
    case = next(c for c in services.cases.list(inspection) if c.reference == "DEMO24-21")
    assert {s.question_id: s.value for s in services.genograms.suggestions(case.id)}["gec_06"] == "no"
    path = tmp_path / "demo.pdf"
    services.exports.case_pdf(case.id, path)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    assert "Genogram (built by the inspector)" in text and "Genogram (the agency's, transcribed)" in text
    assert "Ecomap (built by the inspector)" in text

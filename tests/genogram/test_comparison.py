"""The agency's genogram against the inspector's: suggested answers to form 6 with their reasons."""

from __future__ import annotations

from pathlib import Path

from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.genogram import comparison, samples, serialization
from jicpa_desktop.domain.genogram.model import Genogram


def _agency_version() -> Genogram:
    return samples.agency_transcription()


def test_suggestions_name_what_the_agency_genogram_lacks() -> None:
    found = {s.question_id: s for s in comparison.compare(_agency_version(), samples.family_of_25())}
    assert found["gec_03"].value == "no"
    assert any("Half-sister (maternal)" in r.en for r in found["gec_03"].reasons)
    assert found["gec_04"].value == "partly"
    assert any("Step-brother" in r.en for r in found["gec_04"].reasons)
    assert found["gec_06"].value == "no"
    assert "not flagged" in found["gec_06"].reasons[0].en and found["gec_06"].reasons[0].cy


def test_the_same_genogram_suggests_yes_and_an_empty_one_nothing() -> None:
    family = samples.family_of_25()
    assert {s.question_id: s.value for s in comparison.compare(family, family)} == {
        "gec_03": "yes", "gec_04": "yes", "gec_06": "yes"}
    assert comparison.compare(Genogram(source="agency"), family) == []


def test_service_compares_the_two_kinds(services: AppServices, inspection_id: str, tmp_path: Path) -> None:
    case = services.cases.add(inspection_id, reference="GEN24-20", agency="children_services", kind="tracked")
    for kind, genogram in (("agency", _agency_version()), ("inspector", samples.family_of_25())):
        path = tmp_path / f"{kind}.yaml"
        path.write_text(serialization.dumps(genogram), encoding="utf-8")
        services.genograms.import_file(case, kind, path)
    assert {s.question_id: s.value for s in services.genograms.suggestions(case)} == {
        "gec_03": "no", "gec_04": "partly", "gec_06": "no"}


def test_the_editor_shows_the_suggestions(qtbot, services: AppServices, inspection_id: str,  # type: ignore[no-untyped-def]
                                          tmp_path: Path) -> None:
    from jicpa_desktop.ui.genogram.editor import GenogramEditor

    case = services.cases.add(inspection_id, reference="GEN24-21", agency="children_services", kind="tracked")
    for kind, genogram in (("agency", _agency_version()), ("inspector", samples.family_of_25())):
        path = tmp_path / f"{kind}.yaml"
        path.write_text(serialization.dumps(genogram), encoding="utf-8")
        services.genograms.import_file(case, kind, path)
    editor = GenogramEditor(services, case, "cy")
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: "gec_06: Na" in editor.suggested.text(), timeout=10000)
    assert "Awgrymir ar gyfer ffurflen 6" in editor.suggested.text()

"""The catalogue: order, lookup, choosing forms for a case, and the raw text kept for snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.forms_engine import FormCatalogue, load_forms_dir

from .conftest import form_yaml


def write_form(folder: Path, form_id: str, order: int, agencies: str, kinds: str = "[sampled, tracked]") -> None:
    text = form_yaml("- {id: " + form_id + "_q, type: ynp, label: {en: Q, cy: C}}", form_id=form_id)
    text = text.replace("order: 1", f"order: {order}").replace("  children_services: always\n", agencies)
    (folder / f"{form_id}.yaml").write_text(text + f"kinds: {kinds}\n")


@pytest.fixture
def catalogue(forms_dir: Path) -> FormCatalogue:
    write_form(forms_dir, "police_only", 15, "  police: always\n")
    write_form(forms_dir, "everyone", 1, "  police: when_involved\n  children_services: always\n")
    write_form(forms_dir, "tracked_only", 21, "  police: always\n", kinds="[tracked]")
    return load_forms_dir(forms_dir)


def test_forms_are_in_catalogue_order(catalogue: FormCatalogue) -> None:
    assert [f.id for f in catalogue.forms] == ["everyone", "demo", "police_only", "tracked_only"]
    assert len(catalogue) == 4
    assert catalogue.question_count == sum(f.question_count for f in catalogue)


def test_get_and_contains(catalogue: FormCatalogue) -> None:
    assert catalogue.get("demo").title.en == "Demo form"
    assert "demo" in catalogue and "nope" not in catalogue
    with pytest.raises(KeyError, match=r"no form 'dmeo' in the catalogue: did you mean 'demo'\?"):
        catalogue.get("dmeo")


def test_for_case_filters_by_agency_kind_and_enabled(catalogue: FormCatalogue) -> None:
    ids = [f.id for f in catalogue.for_case(Agency.POLICE, "sampled")]
    assert ids == ["everyone", "police_only"]
    assert [f.id for f in catalogue.for_case(Agency.POLICE, "tracked")] == ["everyone", "police_only", "tracked_only"]
    assert [f.id for f in catalogue.for_case(Agency.POLICE, "tracked", enabled={"tracked_only"})] == ["tracked_only"]
    assert [f.id for f in catalogue.for_case(Agency.CHILDREN_SERVICES, "sampled")] == ["everyone", "demo"]
    assert catalogue.for_case(Agency.EDUCATION, "sampled") == []


def test_source_text_and_standard(catalogue: FormCatalogue, forms_dir: Path) -> None:
    assert catalogue.source_text("demo") == (forms_dir / "demo.yaml").read_text()
    assert catalogue.standard_text == (forms_dir / "_standard.yaml").read_text()
    assert catalogue.standard_version == 2
    assert catalogue.standard is not None and catalogue.standard.standard
    with pytest.raises(KeyError, match="no form 'nope'"):
        catalogue.source_text("nope")


def test_a_catalogue_without_standard(tmp_path: Path) -> None:
    (tmp_path / "demo.yaml").write_text(form_yaml("- {id: q1, type: ynp, label: {en: Q, cy: C}}"))
    catalogue = load_forms_dir(tmp_path)
    assert (catalogue.standard, catalogue.standard_text, catalogue.standard_version) == (None, "", 0)

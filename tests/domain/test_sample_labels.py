"""The strata's values by name: the list's codes and common spellings become one label in English and Welsh;
an authority's own word is shown as written."""

from __future__ import annotations

import pytest

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.case_reference import AGE_BANDS
from jicpa_desktop.domain.sample_labels import AGE_BAND_LABELS, stratum_label, stratum_name, value_label
from jicpa_desktop.services.sampling_frame import STRATA


@pytest.mark.parametrize(("stratum", "value", "en", "cy"), [
    ("agency", "children_services", "Children's services", "Gwasanaethau plant"),
    ("agency", "youth_justice", "Youth justice", "Cyfiawnder ieuenctid"),
    ("age_band", "5_11", "5 to 11", "5 i 11"),
    ("age_band", "", "Not given", "Heb ei roi"),
    ("status", "cla", "Child looked after", "Plentyn sy'n derbyn gofal"),
    ("status", "looked after", "Child looked after", "Plentyn sy'n derbyn gofal"),
    ("status", "cp", "Child protection register", "Cofrestr amddiffyn plant"),
    ("concern", "domestic abuse", "Domestic abuse", "Cam-drin domestig"),
    ("concern", "physical_abuse", "Physical abuse", "Cam-drin corfforol"),
    ("concern", "financial", "Financial", "Financial"),  # the authority's own word, as written
])
def test_values_by_name(stratum: str, value: str, en: str, cy: str) -> None:
    assert (value_label(stratum, value, "en"), value_label(stratum, value, "cy")) == (en, cy)


def test_every_agency_age_band_and_stratum_has_a_name_in_both_languages() -> None:
    for agency in Agency:
        assert value_label("agency", agency.value, "cy") == agency.label.cy != agency.value
    assert set(AGE_BAND_LABELS) == set(AGE_BANDS)
    assert all(label.en and label.cy for label in AGE_BAND_LABELS.values())
    assert [stratum_name(s, "cy") for s in STRATA] == ["Asiantaeth", "Band oedran", "Statws CPR/PDG", "Math o bryder"]


def test_a_stratum_of_the_draw_joins_its_values() -> None:
    assert stratum_label(("agency", "status"), ("health", "cpr"), "en") == "Health / Child protection register"
    assert stratum_label(("agency", "status"), ("health", "cpr"), "cy") == "Iechyd / Cofrestr amddiffyn plant"
    assert stratum_label((), (), "en") == "All children in the frame"

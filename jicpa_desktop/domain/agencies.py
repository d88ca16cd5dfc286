"""The agencies whose records are audited, and the inspectorate that reads each."""

from __future__ import annotations

from enum import StrEnum

from jicpa_desktop.domain.localized import LocalizedText


class Agency(StrEnum):
    CHILDREN_SERVICES = "children_services"
    POLICE = "police"
    HEALTH = "health"
    EDUCATION = "education"
    PROBATION = "probation"
    YOUTH_JUSTICE = "youth_justice"

    @property
    def label(self) -> LocalizedText:
        return AGENCY_LABELS[self]

    @property
    def inspectorate(self) -> Inspectorate:
        return AGENCY_INSPECTORATE[self]


class Inspectorate(StrEnum):
    CIW = "ciw"
    HMICFRS = "hmicfrs"
    HIW = "hiw"
    ESTYN = "estyn"
    HMI_PROBATION = "hmi_probation"

    @property
    def label(self) -> LocalizedText:
        return INSPECTORATE_LABELS[self]


AGENCY_LABELS: dict[Agency, LocalizedText] = {
    Agency.CHILDREN_SERVICES: LocalizedText("Children's services", "Gwasanaethau plant"),
    Agency.POLICE: LocalizedText("Police", "Heddlu"),
    Agency.HEALTH: LocalizedText("Health", "Iechyd"),
    Agency.EDUCATION: LocalizedText("Education", "Addysg"),
    Agency.PROBATION: LocalizedText("Probation", "Prawf"),
    Agency.YOUTH_JUSTICE: LocalizedText("Youth justice", "Cyfiawnder ieuenctid"),
}

AGENCY_INSPECTORATE: dict[Agency, Inspectorate] = {
    Agency.CHILDREN_SERVICES: Inspectorate.CIW,
    Agency.POLICE: Inspectorate.HMICFRS,
    Agency.HEALTH: Inspectorate.HIW,
    Agency.EDUCATION: Inspectorate.ESTYN,
    Agency.PROBATION: Inspectorate.HMI_PROBATION,
    Agency.YOUTH_JUSTICE: Inspectorate.HMI_PROBATION,
}

INSPECTORATE_LABELS: dict[Inspectorate, LocalizedText] = {
    Inspectorate.CIW: LocalizedText("Care Inspectorate Wales", "Arolygiaeth Gofal Cymru"),
    Inspectorate.HMICFRS: LocalizedText(
        "HM Inspectorate of Constabulary and Fire & Rescue Services",
        "Arolygiaeth Cwnstabliaeth a Gwasanaethau Tân ac Achub EF",
    ),
    Inspectorate.HIW: LocalizedText("Healthcare Inspectorate Wales", "Arolygiaeth Gofal Iechyd Cymru"),
    Inspectorate.ESTYN: LocalizedText("Estyn", "Estyn"),
    Inspectorate.HMI_PROBATION: LocalizedText("HM Inspectorate of Probation", "Arolygiaeth Prawf EF"),
}


def parse_agency(value: str) -> Agency:
    """Accept an agency code as typed by a person or found in a sampling list."""
    key = value.strip().lower().replace(" ", "_").replace("-", "_").replace("'", "")
    aliases = {
        "la_cs": Agency.CHILDREN_SERVICES,
        "childrens_services": Agency.CHILDREN_SERVICES,
        "social_services": Agency.CHILDREN_SERVICES,
        "yjs": Agency.YOUTH_JUSTICE,
        "yos": Agency.YOUTH_JUSTICE,
    }
    if key in aliases:
        return aliases[key]
    try:
        return Agency(key)
    except ValueError:
        codes = ", ".join(a.value for a in Agency)
        raise ValueError(f"unknown agency {value!r}: use one of {codes}") from None

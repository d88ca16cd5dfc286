"""The data-quality flags as the exports print them: one line per flag and the per-agency recording counts, with
their words in English and Welsh (the Flags sheet of the workbook; services/data_quality.py raises the flags)."""

from __future__ import annotations

from dataclasses import dataclass

from jicpa_desktop.domain.localized import LocalizedText as _T


@dataclass(frozen=True, slots=True)
class FlagLine:
    """One flag of one exported file, already in the export's language; file references only, never names."""

    reference: str
    agency_label: str
    check: str  # the kind of check ("Dates in the wrong order")
    problem: str  # what is wrong
    form_title: str = ""  # the form to look at
    note: str = ""  # the inspector's evidence note behind the flag, as typed (free text: written as text)


@dataclass(frozen=True, slots=True)
class RecordingLine:
    """One agency's files whose case record answers the question, and how many say the record leaves it out."""

    agency_label: str
    ethnicity_answered: int
    ethnicity_missing: int
    language_answered: int
    language_missing: int


@dataclass(frozen=True, slots=True)
class FlagsData:
    lines: tuple[FlagLine, ...] = ()  # file by file, each file's flags in the order of the checks
    recording: tuple[RecordingLine, ...] = ()  # one per agency with exported files, in the agencies' order


FLAG_LABELS: dict[str, _T] = {
    "sheet_flags": _T("Flags", "Baneri"),
    "flags_title": _T("Data-quality flags", "Baneri ansawdd data"),
    "flags_note": _T(
        "Warnings to check with the record, never errors: a file whose case record says otherwise, a date outside "
        "the review period or before the child's birth year, dates in the wrong order, ethnicity or language not "
        "recorded. Nothing was blocked. File references only.",
        "Rhybuddion i'w gwirio gyda'r cofnod, nid gwallau: ffeil y mae ei chofnod achos yn dweud yn wahanol, "
        "dyddiad y tu allan i'r cyfnod adolygu neu cyn blwyddyn geni'r plentyn, dyddiadau yn y drefn anghywir, "
        "ethnigrwydd neu iaith heb eu cofnodi. Ni rwystrwyd dim. Cyfeirnodau ffeiliau yn unig."),
    "flag_check": _T("Check", "Gwiriad"),
    "flag_problem": _T("What is wrong", "Beth sydd o'i le"),
    "flag_note": _T("Inspector's note", "Nodyn yr arolygydd"),
    "no_flags": _T("No data-quality flags in these files.", "Dim baneri ansawdd data yn y ffeiliau hyn."),
    "flags_not_checked": _T("These files were not checked for data quality.",
                            "Ni wiriwyd ansawdd data'r ffeiliau hyn."),
    "recording_title": _T("Ethnicity and language not recorded, by agency",
                          "Ethnigrwydd ac iaith heb eu cofnodi, fesul asiantaeth"),
    "recording_note": _T(
        "Of each agency's files whose case record answers the question, how many say the agency's record does not "
        "give the child's ethnicity or language: a finding in its own right.",
        "O ffeiliau pob asiantaeth y mae eu cofnod achos yn ateb y cwestiwn, faint sy'n dweud nad yw cofnod yr "
        "asiantaeth yn rhoi ethnigrwydd neu iaith y plentyn: canfyddiad ynddo'i hun."),
    "ethnicity_answered": _T("Ethnicity: files answered", "Ethnigrwydd: ffeiliau a atebwyd"),
    "ethnicity_missing": _T("Ethnicity not recorded", "Ethnigrwydd heb ei gofnodi"),
    "language_answered": _T("Language: files answered", "Iaith: ffeiliau a atebwyd"),
    "language_missing": _T("Language not recorded", "Iaith heb ei chofnodi"),
}


def flag_label(key: str, lang: str) -> str:
    return FLAG_LABELS[key].get(lang)

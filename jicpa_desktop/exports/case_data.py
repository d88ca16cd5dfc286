"""One case file as the case report prints it: every form, answer, evidence note and grade, as plain data."""

from __future__ import annotations

from dataclasses import dataclass

from jicpa_desktop.domain.genogram.notation import Picture
from jicpa_desktop.exports.grid_data import ExportInfo, Tone


@dataclass(frozen=True, slots=True)
class CaseAnswer:
    question_id: str
    label: str
    answer: str  # display text in the export's language ("" when unanswered)
    tone: Tone
    note: str = ""
    relevant: bool = True
    answered: bool = True
    limiting: bool = False


@dataclass(frozen=True, slots=True)
class CaseGroupRow:
    number: int
    answers: tuple[CaseAnswer, ...]


@dataclass(frozen=True, slots=True)
class CaseQuestion:
    """A question, or a repeat group with its rows."""

    answer: CaseAnswer
    rows: tuple[CaseGroupRow, ...] = ()
    group: bool = False


@dataclass(frozen=True, slots=True)
class CaseSection:
    title: str
    questions: tuple[CaseQuestion, ...]


@dataclass(frozen=True, slots=True)
class CaseForm:
    form_id: str
    title: str
    version: int
    started: bool
    status: str  # translated status words
    suggested_grade: str
    suggested_tone: Tone
    final_grade: str
    final_tone: Tone
    override_reason: str
    escalated: bool
    sections: tuple[CaseSection, ...]


@dataclass(frozen=True, slots=True)
class CaseReport:
    info: ExportInfo
    reference: str
    agency_label: str
    kind_label: str
    age_band: str
    inspector: str
    escalated: bool
    overall: str
    overall_tone: Tone
    forms: tuple[CaseForm, ...]
    genograms: tuple[tuple[str, Picture], ...] = ()  # (heading, drawing): services/genograms.report_pictures

"""Meeting observations as the exports print them: plain rows already in the export's language, and their words.

An observation belongs to the inspection, never to a child's file: a row carries the observation's reference
(OBS-…), the meeting's date and type, the observer, and each question's answer (as the grid displays it) with its
evidence note. services/exporting.py builds these from the store; the workbook and the PDF only write them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jicpa_desktop.domain.localized import LocalizedText as _T
from jicpa_desktop.exports.grid_data import Tone
from jicpa_desktop.exports.headings import numbered, short_heading


@dataclass(frozen=True, slots=True)
class ObservationQuestion:
    """One question of the observation form (the meeting type apart: it has a column of its own)."""

    question_id: str
    number: str  # as the catalogue numbers it ("3", "2a"; headings.question_numbers)
    label: str  # the whole question, in the export's language, with the inspection's local terms
    notes: bool  # the question takes an evidence note: the workbook gives it a notes column beside its answer
    type: str = ""  # the answer type (ynp, multi, text, …): how wide its column is

    @property
    def heading(self) -> str:
        return short_heading(self.number, self.label)

    @property
    def numbered_label(self) -> str:
        return numbered(self.number, self.label)


@dataclass(frozen=True, slots=True)
class ObservationAnswer:
    shown: str = ""  # the answer as the grid displays it; "" when unanswered or hidden by the skip logic
    tone: Tone = Tone.NEUTRAL
    note: str = ""  # the evidence note (or a Not applicable reason) as typed: free text, written as text
    free_text: bool = False  # the answer itself was typed (a text question)


@dataclass(frozen=True, slots=True)
class ObservationLine:
    reference: str  # OBS-3F2A9C: pseudonymous, the same on every laptop
    observed_on: dt.date
    meeting_type: str  # in the export's language; "" until the observer says
    observer: str
    answers: tuple[ObservationAnswer, ...]  # one per question of its block, in order


@dataclass(frozen=True, slots=True)
class ObservationBlock:
    """The observations made with one inspection-level form, oldest meeting first."""

    form_id: str
    title: str
    questions: tuple[ObservationQuestion, ...]
    lines: tuple[ObservationLine, ...]


@dataclass(frozen=True, slots=True)
class ObservationsData:
    blocks: tuple[ObservationBlock, ...] = ()

    @property
    def count(self) -> int:
        return sum(len(block.lines) for block in self.blocks)


OBSERVATION_LABELS: dict[str, _T] = {
    "sheet_observations": _T("Observations", "Arsylwadau"),
    "observations_title": _T("Meeting observations", "Arsylwadau o gyfarfodydd"),
    "observations_note": _T(
        "One row per meeting observed, oldest first. An observation belongs to the inspection, not to a child's "
        "file: no file or child is named. Beside each question that takes one is the observer's evidence note. "
        "Roles only, never names.",
        "Un rhes ar gyfer pob cyfarfod a arsylwyd, yr hynaf yn gyntaf. Mae arsylwad yn perthyn i'r arolygiad, nid "
        "i ffeil plentyn: ni enwir unrhyw ffeil na phlentyn. Wrth ymyl pob cwestiwn sy'n cymryd un mae nodyn "
        "tystiolaeth yr arsylwr. Rolau yn unig, byth enwau."),
    "observation": _T("Observation", "Arsylwad"),
    "observation_date": _T("Date of the meeting", "Dyddiad y cyfarfod"),
    "meeting_type": _T("Meeting type", "Math o gyfarfod"),
    "observer": _T("Observer", "Arsylwr"),
    "observation_note": _T("{number}. Evidence note", "{number}. Nodyn tystiolaeth"),
    "answer": _T("Answer", "Ateb"),
    "no_observations": _T("No meetings were observed for this inspection.",
                          "Ni arsylwyd unrhyw gyfarfodydd ar gyfer yr arolygiad hwn."),
    "no_observations_by": _T("No meetings observed by this inspector.",
                             "Dim cyfarfodydd wedi'u harsylwi gan yr arolygydd hwn."),
    "none_count": _T("None", "Dim"),
    "type_not_given": _T("Meeting type not given", "Math o gyfarfod heb ei roi"),
}


def observation_label(key: str, lang: str) -> str:
    return OBSERVATION_LABELS[key].get(lang)


def observations_count_text(data: ObservationsData, lang: str) -> str:
    """"2" for the About sheet and the PDF cover; "None" / "Dim" without."""
    return str(data.count) if data.count else observation_label("none_count", lang)

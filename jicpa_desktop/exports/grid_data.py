"""The audit grid as plain data: the columns, one row per case file, and what the writers need besides.

The service builds these from the store (by columns, never ORM objects); the benchmark builds them
synthetically. Every label is already in the export's language; answers carry their display text, a
tone for the colour, and, for Yes / Partly / No questions, the choice counted in the summary. Beside the
rows: the escalations of the exported files and the record of how the sample was drawn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from jicpa_desktop.domain.principles import Principle
from jicpa_desktop.exports.flags_data import FlagsData
from jicpa_desktop.exports.headings import numbered, short_heading
from jicpa_desktop.exports.labels import label
from jicpa_desktop.exports.timestamps import local_timestamp, long_date

if TYPE_CHECKING:  # observation_data builds on Tone, defined here
    from jicpa_desktop.exports.observation_data import ObservationsData


class Tone(StrEnum):
    """How a cell is coloured (and, for grades, ranked): the words are always written too."""

    POSITIVE = "positive"  # Yes, Outstanding, Good: green
    PARTIAL = "partial"  # Partly, Requires improvement: amber
    NEGATIVE = "negative"  # No, Inadequate, a negative choice: red
    NOT_APPLICABLE = "not_applicable"  # N/A, Insufficient evidence: grey
    NEUTRAL = "neutral"  # text, dates, numbers: no fill


class Counted(StrEnum):
    """The answers the summary counts; anything else is left out of n."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


CellValue = str | int | float | dt.date


@dataclass(frozen=True, slots=True)
class Cell:
    value: CellValue  # display text for choices and text; numbers and dates as themselves
    tone: Tone = Tone.NEUTRAL
    counted: Counted | None = None  # set for Yes / Partly / No answers of counted questions
    free_text: bool = False  # typed by a person: always written as literal text
    suggested: bool = False  # a grade the inspector has not confirmed


@dataclass(frozen=True, slots=True)
class Column:
    form_id: str
    question_id: str
    label: str
    type: str
    principles: tuple[Principle, ...] = ()
    limiting: bool = False
    counted: bool = False  # a Yes / Partly / No question: counted in the summary
    group: bool = False  # a repeat group: the cell holds the number of rows
    number: str = ""  # the question's number in its form ("6", "6a"; see headings.question_numbers)
    short_label: str = ""  # a heading written for the column (a timescale's `short:`), kept whole

    @property
    def heading(self) -> str:
        """The short heading over the column: the number and the first words, never the id."""
        return numbered(self.number, self.short_label) if self.short_label else short_heading(self.number, self.label)

    @property
    def numbered_label(self) -> str:
        """The number and the whole question, for headings with room for it."""
        return numbered(self.number, self.label)


@dataclass(frozen=True, slots=True)
class FormBlock:
    form_id: str
    title: str
    columns: tuple[Column, ...]
    versions: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class EvidenceNote:
    form_id: str
    form_title: str
    question_id: str
    question_label: str
    answer: str
    tone: Tone
    note: str
    row_number: int | None = None  # the row of a repeat group, counted from 1


class FindingKind(StrEnum):
    STRENGTH = "strength"
    AREA = "area"


@dataclass(frozen=True, slots=True)
class Statement:
    """One line towards the findings: a note, a summary or an overall-judgement statement."""

    kind: FindingKind
    text: str
    principles: tuple[Principle, ...]
    partnership: bool
    agencies: tuple[str, ...]  # agency codes (the file's own agency unless the statement says otherwise)
    source: str  # question id it came from


@dataclass(frozen=True, slots=True)
class GridRow:
    case_id: str
    reference: str
    agency: str  # code
    agency_label: str
    kind: str  # sampled | tracked
    kind_label: str
    inspector: str
    cells: tuple[Cell | None, ...]  # one per column of every form block, in order
    grades: tuple[Cell | None, ...]  # one per form block
    overall: Cell | None
    escalated: bool
    offered: tuple[bool, ...]  # one per form block: the form applies to this file
    notes: tuple[EvidenceNote, ...] = ()
    statements: tuple[Statement, ...] = ()


@dataclass(frozen=True, slots=True)
class ExportInfo:
    inspection_name: str
    local_authority: str
    start_date: str
    end_date: str
    exported_at: dt.datetime  # aware; printed in local time (see timestamps)
    exported_by: str
    app_version: str
    lang: str
    filters: tuple[tuple[str, str], ...] = ()
    include_identifying: bool = False
    file_count: int = 0
    local_terms: str = ""  # the inspection's glossary, "front door: SPOC; …" (domain/local_terms.glossary)


# -- escalations and the sample -------------------------------------------------------------------


class EscalationStatus(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    CLOSED = "closed"


# New is what the lead must act on (red); acknowledged is in hand (amber); closed is done (grey). The status is
# always written in words too.
ESCALATION_TONES = {EscalationStatus.NEW: Tone.NEGATIVE, EscalationStatus.ACKNOWLEDGED: Tone.PARTIAL,
                    EscalationStatus.CLOSED: Tone.NOT_APPLICABLE}


@dataclass(frozen=True, slots=True)
class EscalationLine:
    """One form flagged "escalate now": where, whose, the concern as written (roles only) and the lead's status."""

    reference: str  # pseudonymous
    agency_label: str
    form_title: str
    inspector: str
    raised_by: str
    raised_at: dt.date | dt.datetime | None  # the escalation date given, else when it was flagged
    concern: str  # the concern and the action taken: one answer on the form
    status: EscalationStatus
    status_by: str = ""
    status_at: dt.datetime | None = None
    outcome: str = ""

    @property
    def tone(self) -> Tone:
        return ESCALATION_TONES[self.status]


def when_text(moment: dt.date | dt.datetime | None, lang: str) -> str:
    """A date in words, a moment in local time in words, nothing for None."""
    if moment is None:
        return ""
    if isinstance(moment, dt.datetime):
        return local_timestamp(moment, lang)
    return long_date(moment, lang)


def escalation_status_text(line: EscalationLine, lang: str) -> str:
    """"New", "Acknowledged by Lena Lead (CIW), 16 January 2024, 10:05", "Closed by …" (the outcome apart)."""
    if line.status is EscalationStatus.NEW:
        return label("escalation_new", lang)
    key = "escalation_acknowledged" if line.status is EscalationStatus.ACKNOWLEDGED else "escalation_closed"
    return label(key, lang).format(who=line.status_by, when=when_text(line.status_at, lang))


def escalations_count_text(lines: Sequence[EscalationLine], lang: str) -> str:
    if not lines:
        return label("no_escalations", lang)
    new = sum(1 for line in lines if line.status is EscalationStatus.NEW)
    return label("escalations_count", lang).format(n=len(lines), new=new)


@dataclass(frozen=True, slots=True)
class SampleDrawLine:
    """One draw from the sampling frame, as recorded in the audit trail when it was made."""

    drawn_at: dt.datetime | None
    drawn_by: str
    seed: str
    strata: tuple[str, ...]  # the strata's names in the export's language
    sampled: int
    tracked: int
    frame_size: int  # children in the frame when it was drawn
    checksum: str  # of the frame (services/sampling_frame.frame_checksum)
    rationale: str
    chosen_sampled: tuple[str, ...]  # "REF (Agency)"
    chosen_tracked: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SampleChange:
    """A file picked by hand from the frame (replaced empty) or a drawn file swapped for another, with why."""

    reference: str  # the file picked, or swapped in: "REF (Agency)"
    replaced: str  # the file swapped out; "" for a pick
    kind_label: str  # Sampled / Tracked
    reason: str
    by: str
    at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class SampleRecord:
    """How the inspection's files were chosen: every draw, then the picks and swaps, oldest first."""

    draws: tuple[SampleDrawLine, ...] = ()
    changes: tuple[SampleChange, ...] = ()


def _joined(words: Sequence[str], lang: str) -> str:
    """"agency, age band and concern type"; Welsh "ac" before a vowel."""
    if len(words) <= 1:
        return "".join(words)
    last = words[-1]
    conjunction = label("and", lang)
    if lang == "cy" and last[:1].casefold() in "aeiouwyâêîôûŵŷ":
        conjunction = "ac"
    return f"{', '.join(words[:-1])} {conjunction} {last}"


def sample_facts(record: SampleRecord, lang: str) -> list[tuple[str, str]]:
    """(label, text) lines for the About sheet and the PDF cover: each draw (when, who, seed, strata, sizes, frame
    and checksum), its rationale and the files drawn, then every pick and swap with its reason."""
    facts: list[tuple[str, str]] = []
    none = label("sample_none_listed", lang)
    for draw in record.draws:
        strata = _joined(draw.strata, lang) or label("sample_no_strata", lang)
        facts.append((label("sample", lang), label("sample_drawn", lang).format(
            when=when_text(draw.drawn_at, lang), who=draw.drawn_by, seed=draw.seed, strata=strata,
            sampled=draw.sampled, tracked=draw.tracked, frame=draw.frame_size, checksum=draw.checksum)))
        facts.append((label("sample_rationale", lang), draw.rationale))
        facts.append((label("sample_chosen", lang), label("sample_chosen_list", lang).format(
            sampled=", ".join(draw.chosen_sampled) or none, tracked=", ".join(draw.chosen_tracked) or none)))
    if not record.draws:
        facts.append((label("sample", lang), label("sample_by_hand", lang)))
    for change in record.changes:
        when = when_text(change.at, lang)
        if change.replaced:
            facts.append((label("sample_swap", lang), label("sample_swap_text", lang).format(
                out=change.replaced, into=change.reference, who=change.by, when=when, reason=change.reason)))
        else:
            facts.append((label("sample_pick", lang), label("sample_pick_text", lang).format(
                reference=change.reference, kind=change.kind_label.lower(), who=change.by, when=when,
                reason=change.reason)))
    return facts


@dataclass
class GridModel:
    """*rows* may be a generator: the writers read it once, in order, and never hold it whole."""

    info: ExportInfo
    forms: tuple[FormBlock, ...]
    rows: Iterable[GridRow]
    agencies: tuple[tuple[str, str], ...] = ()  # (code, label) of every agency, in display order
    principles: tuple[tuple[Principle, str], ...] = ()  # report order with labels
    escalations: tuple[EscalationLine, ...] = ()  # of the exported files, new first
    sample: SampleRecord | None = None  # None: not known (a synthetic model), so the writers leave it out
    flags: FlagsData | None = None  # data-quality flags of the exported files; None: not checked (a synthetic model)
    observations: ObservationsData | None = None  # the inspection's meeting observations; None: not read (synthetic)
    columns: tuple[Column, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.columns = tuple(c for form in self.forms for c in form.columns)


def form_versions_text(forms: Iterable[FormBlock], lang: str) -> str:
    """"Voice of the child and lived experience: version 1; …": the versions the files were answered under."""
    return "; ".join(
        f"{form.title}: " + label("version_list", lang).format(versions=", ".join(str(v) for v in form.versions))
        for form in forms if form.versions)


# -- summary -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    yes: int = 0
    partly: int = 0
    no: int = 0

    @property
    def n(self) -> int:
        return self.yes + self.partly + self.no

    def add(self, counted: Counted) -> None:
        if counted is Counted.YES:
            self.yes += 1
        elif counted is Counted.PARTLY:
            self.partly += 1
        else:
            self.no += 1

    def count(self, counted: Counted) -> int:
        return {Counted.YES: self.yes, Counted.PARTLY: self.partly, Counted.NO: self.no}[counted]

    def share(self, counted: Counted) -> float | None:
        return self.count(counted) / self.n if self.n else None


ALL = ""  # the agency key for "all agencies"


@dataclass(frozen=True, slots=True)
class QuestionSummary:
    column: Column
    tallies: dict[str, Tally]  # agency code (ALL for every agency) -> tally


class SummaryBuilder:
    """Counts Yes / Partly / No per question and per principle, by agency and overall, row by row."""

    def __init__(self, columns: tuple[Column, ...]) -> None:
        self._columns = columns
        self._counted = [i for i, c in enumerate(columns) if c.counted]
        self._questions: dict[int, dict[str, Tally]] = {i: {ALL: Tally()} for i in self._counted}
        self._principles: dict[Principle, dict[str, Tally]] = {p: {ALL: Tally()} for p in Principle}
        # Per counted column, what one answer adds to, looked up once rather than per cell.
        self._targets = [(i, self._questions[i], tuple(self._principles[p] for p in columns[i].principles))
                         for i in self._counted]

    def add(self, row: GridRow) -> None:
        cells, agency = row.cells, row.agency
        for index, tallies, principles in self._targets:
            cell = cells[index]
            if cell is None or cell.counted is None:
                continue
            counted = cell.counted
            tallies[ALL].add(counted)
            found = tallies.get(agency)
            if found is None:
                found = tallies[agency] = Tally()
            found.add(counted)
            for by_agency in principles:
                by_agency[ALL].add(counted)
                found = by_agency.get(agency)
                if found is None:
                    found = by_agency[agency] = Tally()
                found.add(counted)

    def questions(self) -> list[QuestionSummary]:
        return [QuestionSummary(self._columns[i], self._questions[i]) for i in self._counted]

    def principles(self) -> dict[Principle, dict[str, Tally]]:
        return self._principles


# -- findings ------------------------------------------------------------------------------------


@dataclass(slots=True)
class FindingLine:
    text: str
    references: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @property
    def single_case(self) -> bool:
        return len(self.references) == 1


@dataclass(frozen=True, slots=True)
class FindingBlock:
    """One of the report's four blocks under a principle; agency blocks carry one list per agency."""

    heading_key: str  # partnership_strengths | partnership_improve | agency_strengths | agency_improve
    by_agency: tuple[tuple[str, tuple[FindingLine, ...]], ...]  # ("" for partnership blocks)


@dataclass(frozen=True, slots=True)
class PrincipleFindings:
    principle: Principle
    blocks: tuple[FindingBlock, ...]


_BLOCKS = (
    ("partnership_strengths", True, FindingKind.STRENGTH),
    ("partnership_improve", True, FindingKind.AREA),
    ("agency_strengths", False, FindingKind.STRENGTH),
    ("agency_improve", False, FindingKind.AREA),
)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


class FindingsBuilder:
    """Groups statements as the published reports do: principle (report order) → partnership or each
    agency → strengths / what needs to improve; identical lines merge and list every file behind them."""

    def __init__(self, principle_order: Iterable[Principle], agency_order: Iterable[str]) -> None:
        self._principles = tuple(principle_order)
        self._agencies = tuple(agency_order)
        self._lines: dict[tuple[Principle, bool, FindingKind, str], dict[str, FindingLine]] = {}

    def add(self, reference: str, statements: Iterable[Statement]) -> None:
        for statement in statements:
            text = statement.text.strip()
            if not text:
                continue
            for principle in statement.principles:
                targets = [""] if statement.partnership else list(statement.agencies)
                for agency in targets:
                    bucket = self._lines.setdefault((principle, statement.partnership, statement.kind, agency), {})
                    line = bucket.setdefault(_key(text), FindingLine(text))
                    if reference not in line.references:
                        line.references.append(reference)
                    if statement.source not in line.sources:
                        line.sources.append(statement.source)

    def _sorted(self, bucket: dict[str, FindingLine]) -> tuple[FindingLine, ...]:
        # Most-supported first, then as first seen: the lead drafts from the top.
        return tuple(sorted(bucket.values(), key=lambda line: -len(line.references)))

    def result(self) -> list[PrincipleFindings]:
        agencies_seen = {key[3] for key in self._lines if key[3]}
        agencies = [a for a in self._agencies if a in agencies_seen]
        agencies += sorted(agencies_seen - set(agencies))
        result = []
        for principle in self._principles:
            blocks = []
            for heading, partnership, kind in _BLOCKS:
                targets = [""] if partnership else agencies
                by_agency = tuple(
                    (agency, self._sorted(self._lines.get((principle, partnership, kind, agency), {})))
                    for agency in targets
                )
                blocks.append(FindingBlock(heading, by_agency))
            result.append(PrincipleFindings(principle, tuple(blocks)))
        return result

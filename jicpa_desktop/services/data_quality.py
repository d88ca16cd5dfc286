"""Data-quality checks that warn, never block: contradictions between a file and its case record, dates that cannot be
right, and demographic facts the agency did not record (catalogue §1.6 point 8: a finding in its own right).

Nothing here names a question: the case record's facts are read by role (`role: case_kind`, `age_band`,
`review_start`, `review_end`, `ethnicity_recorded`, `language_recorded`), dated events by their `event:` and the
order two events must come in from the timescales (forms/_timescales.yaml). An inspection's files are read in a
handful of queries (files, responses, their answers and rows, the genograms' birth years), then checked in memory.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.case_reference import AGE_BANDS
from jicpa_desktop.domain.form_model import FormDefinition, Question
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.roles import Role
from jicpa_desktop.exports.timestamps import long_date
from jicpa_desktop.forms_engine.evaluation import Evaluation, ResponseState, evaluate
from jicpa_desktop.forms_engine.local_terms import form_with_terms
from jicpa_desktop.services.answers import build_state
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.errors import NotFoundError
from jicpa_desktop.services.form_definitions import FormDefinitions

T = LocalizedText
UNBORN = AGE_BANDS[0]  # a child unborn at the start of the review period: events before the birth are expected
_CHUNK = 900  # SQLite's bound-parameter limit, with room


class FlagKind(StrEnum):
    """The kind of check that raised a flag, in the order the flags are listed."""

    KIND = "kind"  # the file is sampled but its case record says tracked, or the other way round
    AGE_BAND = "age_band"  # the file's age band and the case record's differ
    REVIEW_PERIOD = "review_period"  # an event dated outside the review period (or after the fieldwork)
    BEFORE_BIRTH = "before_birth"  # an event dated in a year before the child's birth year
    ORDER = "order"  # two events in the wrong order (the ICPC before the strategy discussion)
    ETHNICITY = "ethnicity"  # the agency's record does not say the child's ethnicity
    LANGUAGE = "language"  # the agency's record does not say the child's language

    @property
    def label(self) -> LocalizedText:
        return KIND_LABELS[self]


KIND_LABELS: dict[FlagKind, LocalizedText] = {
    FlagKind.KIND: T("Sampled or tracked", "Wedi'i samplu neu wedi'i holrhain"),
    FlagKind.AGE_BAND: T("Age band", "Band oedran"),
    FlagKind.REVIEW_PERIOD: T("Date outside the review period", "Dyddiad y tu allan i'r cyfnod adolygu"),
    FlagKind.BEFORE_BIRTH: T("Date before the child's birth year", "Dyddiad cyn blwyddyn geni'r plentyn"),
    FlagKind.ORDER: T("Dates in the wrong order", "Dyddiadau yn y drefn anghywir"),
    FlagKind.ETHNICITY: T("Ethnicity not recorded", "Ethnigrwydd heb ei gofnodi"),
    FlagKind.LANGUAGE: T("Language not recorded", "Iaith heb ei chofnodi"),
}
_ORDER = {kind: index for index, kind in enumerate(FlagKind)}


@dataclass(frozen=True, slots=True)
class Flag:
    """One warning about one file: what kind of check, what is wrong (file references only, never names)."""

    case_id: str
    reference: str
    agency: str  # code
    kind: FlagKind
    message: LocalizedText
    form_id: str = ""  # the form to look at
    note: str = ""  # the inspector's evidence note on the answer behind the flag, as written


@dataclass(frozen=True, slots=True)
class RecordingCount:
    """Of one agency's files whose case record answers the question, how many say it is not recorded."""

    agency: str  # code
    ethnicity_answered: int = 0
    ethnicity_missing: int = 0
    language_answered: int = 0
    language_missing: int = 0


@dataclass(frozen=True, slots=True)
class InspectionFlags:
    inspection_id: str
    flags: tuple[Flag, ...]  # file by file (reference, agency), each file's in FlagKind order
    recording: tuple[RecordingCount, ...]  # one per agency with files, in the agencies' order
    by_case: dict[str, tuple[Flag, ...]] = field(init=False)

    def __post_init__(self) -> None:
        grouped: dict[str, list[Flag]] = defaultdict(list)
        for flag in self.flags:
            grouped[flag.case_id].append(flag)
        object.__setattr__(self, "by_case", {case_id: tuple(flags) for case_id, flags in grouped.items()})

    @property
    def flagged_case_ids(self) -> frozenset[str]:
        return frozenset(self.by_case)


@dataclass(frozen=True, slots=True)
class _File:
    id: str
    reference: str
    agency: str
    kind: str
    age_band: str


@dataclass(frozen=True, slots=True)
class _Dated:
    """A dated event of a file: its event name, date, and the form and question it was read from."""

    event: str
    day: dt.date
    form: FormDefinition
    question: Question


@dataclass
class _Read:
    """One file's forms, each as (definition, state, evaluation), in catalogue order."""

    file: _File
    forms: list[tuple[FormDefinition, ResponseState, Evaluation]] = field(default_factory=list)


class DataQuality:
    def __init__(self, context: ServiceContext, definitions: FormDefinitions) -> None:
        self._context = context
        self._definitions = definitions
        catalogue = context.catalogue
        self._role_forms = {f.id for f in catalogue.forms if any(f.with_role(r.value) for r in _CASE_ROLES)}
        self._event_forms = {f.id for f in catalogue.forms if f.event_dates()}
        self._order = {f.id: index for index, f in enumerate(catalogue.forms)}

    # -- use cases ---------------------------------------------------------------------------------

    def for_case(self, case_id: str) -> list[Flag]:
        """The flags of one file (its child's other files are read too: they may hold the review period)."""
        with self._context.reading() as session:
            found = session.execute(
                text("SELECT inspection_id, reference FROM case_file WHERE id = :c"), {"c": case_id}).first()
            if found is None:
                raise NotFoundError(f"There is no case file {case_id!r}. List them with 'jicpa case list'.")
            inspection_id, reference = found
            result = self._check(session, inspection_id, reference)
        return list(result.by_case.get(case_id, ()))

    def for_inspection(self, inspection_id: str, *, only: Collection[str] | None = None) -> InspectionFlags:
        """Every file's flags and, per agency, the files whose record leaves out ethnicity or language; *only*
        (case ids: a filtered export's files) limits both to those files, each still checked beside its child's
        other files."""
        with self._context.reading() as session:
            return self._check(session, inspection_id, None, None if only is None else set(only))

    # -- reading -----------------------------------------------------------------------------------

    def _check(self, session: Session, inspection_id: str, reference: str | None,
               only: set[str] | None = None) -> InspectionFlags:
        found = session.execute(
            text("SELECT end_date, enabled_forms_json, local_terms_json FROM inspection WHERE id = :i"),
            {"i": inspection_id}).first()
        if found is None:
            raise NotFoundError(f"There is no inspection {inspection_id!r}.")
        fieldwork_end = _date(found[0])
        enabled = set(json.loads(found[1] or "[]"))
        terms: dict[str, str] = json.loads(found[2] or "{}")
        sql = "SELECT id, reference, agency, kind, age_band FROM case_file WHERE inspection_id = :i"
        params: dict[str, Any] = {"i": inspection_id}
        if reference is not None:
            sql += " AND reference = :r"
            params["r"] = reference
        files = [_File(*row) for row in session.execute(text(sql + " ORDER BY reference, agency"), params)]
        read = self._read(session, files, enabled, terms)
        births = self._birth_years(session, [f.id for f in files])
        by_child: dict[str, list[_Read]] = defaultdict(list)
        for item in read:
            by_child[item.file.reference].append(item)
        if only is not None:
            read = [item for item in read if item.file.id in only]
        flags: list[Flag] = []
        for item in read:
            child = by_child[item.file.reference]
            birth = next((births[f.file.id] for f in child if f.file.id in births), None)
            flags.extend(sorted(self._flags(item, child, birth, fieldwork_end), key=lambda f: _ORDER[f.kind]))
        return InspectionFlags(inspection_id, tuple(flags), self._recording(read))

    def _read(self, session: Session, files: Sequence[_File], enabled: set[str],
              terms: Mapping[str, str]) -> list[_Read]:
        wanted = self._role_forms | self._event_forms
        reads = {f.id: _Read(f) for f in files}
        responses: list[tuple[str, str, str, int]] = []
        for chunk in _chunks([f.id for f in files]):
            responses.extend(
                (rid, cid, fid, version) for rid, cid, fid, version in session.execute(
                    text("SELECT id, case_id, form_id, form_version FROM form_response WHERE case_id IN :ids")
                    .bindparams(bindparam("ids", expanding=True)), {"ids": chunk})
                if fid in wanted and (not enabled or fid in enabled))
        rows: dict[str, list[tuple[str, str]]] = defaultdict(list)
        answers: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
        for chunk in _chunks([r[0] for r in responses]):
            for response_id, row_id, group_id in session.execute(
                text("SELECT response_id, id, group_id FROM repeat_row WHERE response_id IN :ids AND deleted = 0 "
                     "ORDER BY position, created_at").bindparams(bindparam("ids", expanding=True)), {"ids": chunk}):
                rows[response_id].append((row_id, group_id))
            for response_id, question_id, row_id, value_json, note in session.execute(
                text("SELECT response_id, question_id, row_id, value_json, evidence_note FROM answer "
                     "WHERE response_id IN :ids").bindparams(bindparam("ids", expanding=True)), {"ids": chunk}):
                answers[response_id].append((question_id, row_id, value_json, note))
        worded: dict[tuple[str, int], FormDefinition] = {}  # each version once, in this area's words
        for response_id, case_id, form_id, version in sorted(responses, key=lambda r: self._order.get(r[2], 0)):
            form = worded.get((form_id, version))
            if form is None:
                try:
                    form = self._definitions.version(form_id, version)
                except NotFoundError:
                    continue  # answered under a version this copy does not know: nothing to check it by
                # The messages quote labels: "{front_door}" says what this inspection's area calls it.
                form = worded[(form_id, version)] = form_with_terms(form, terms) if terms else form
            item = reads[case_id]
            state = build_state(form, rows.get(response_id, []), answers.get(response_id, []), item.file.agency)
            item.forms.append((form, state, evaluate(form, state)))
        return list(reads.values())

    @staticmethod
    def _birth_years(session: Session, case_ids: Sequence[str]) -> dict[str, int]:
        """The index child's birth year from each file's genogram (the inspector's before the agency's)."""
        fields: dict[tuple[str, str, str], dict[str, Any]] = defaultdict(dict)
        for chunk in _chunks(list(case_ids)):
            for case_id, source, element_id, name, value_json in session.execute(
                text("SELECT g.case_id, g.source, v.element_id, v.field, v.value_json FROM genogram_value v "
                     "JOIN genogram g ON g.id = v.genogram_id WHERE g.case_id IN :ids "
                     "AND v.field IN ('is_index_child', 'birth_year', '_deleted')")
                .bindparams(bindparam("ids", expanding=True)), {"ids": chunk}):
                fields[(case_id, source, element_id)][name] = json.loads(value_json)
        years: dict[str, int] = {}
        for (case_id, _source, _element), values in sorted(fields.items(), key=lambda kv: kv[0][1] != "inspector"):
            year = values.get("birth_year")
            if values.get("is_index_child") and not values.get("_deleted") and isinstance(year, int):
                years.setdefault(case_id, year)
        return years

    # -- the checks --------------------------------------------------------------------------------

    def _flags(self, item: _Read, child: Sequence[_Read], birth_year: int | None,
               fieldwork_end: dt.date | None) -> Iterable[Flag]:
        file = item.file

        def flag(kind: FlagKind, message: LocalizedText, form: FormDefinition, note: str = "") -> Flag:
            return Flag(file.id, file.reference, file.agency, kind, message, form.id, note)

        kind = self._fact(item, Role.CASE_KIND)
        if kind is not None and isinstance(kind[2], str) and file.kind and kind[2] != file.kind:
            form, question, value, _ = kind
            yield flag(FlagKind.KIND, T(
                f"The file is {_choice(question, file.kind, 'en')}, but its case record says "
                f"{_choice(question, value, 'en')}.",
                f"Mae'r ffeil wedi'i chofnodi fel '{_choice(question, file.kind, 'cy')}', ond mae ei chofnod achos "
                f"yn dweud '{_choice(question, value, 'cy')}'."), form)
        band = self._fact(item, Role.AGE_BAND)
        if band is not None and isinstance(band[2], str) and file.age_band and band[2] != file.age_band:
            form, question, value, _ = band
            yield flag(FlagKind.AGE_BAND, T(
                f"The file's age band is {_choice(question, file.age_band, 'en')}, but its case record says "
                f"{_choice(question, value, 'en')}.",
                f"Band oedran y ffeil yw {_choice(question, file.age_band, 'cy')}, ond mae ei chofnod achos yn "
                f"dweud {_choice(question, value, 'cy')}."), form)
        events = _events(item)
        start, end = self._review_period(item, child)
        for dated in events:
            where = _where(dated)
            if start is not None and dated.day < start[0]:
                yield flag(FlagKind.REVIEW_PERIOD, T(
                    f"{where.en} is before the review period starts ({long_date(start[0], 'en')}, {start[1].en}).",
                    f"Mae {where.cy} cyn dechrau'r cyfnod adolygu ({long_date(start[0], 'cy')}, {start[1].cy})."),
                    dated.form)
            elif end is not None and dated.day > end[0]:
                yield flag(FlagKind.REVIEW_PERIOD, T(
                    f"{where.en} is after the review period ends ({long_date(end[0], 'en')}, {end[1].en}).",
                    f"Mae {where.cy} ar ôl diwedd y cyfnod adolygu ({long_date(end[0], 'cy')}, {end[1].cy})."),
                    dated.form)
            elif fieldwork_end is not None and dated.day > fieldwork_end:
                yield flag(FlagKind.REVIEW_PERIOD, T(
                    f"{where.en} is after the inspection's fieldwork ends ({long_date(fieldwork_end, 'en')}).",
                    f"Mae {where.cy} ar ôl diwedd gwaith maes yr arolygiad ({long_date(fieldwork_end, 'cy')})."),
                    dated.form)
            if birth_year is not None and dated.day.year < birth_year and not self._unborn(item, child):
                yield flag(FlagKind.BEFORE_BIRTH, T(
                    f"{where.en} is in a year before the child's birth year ({birth_year}, from the genogram).",
                    f"Mae {where.cy} mewn blwyddyn cyn blwyddyn geni'r plentyn ({birth_year}, o'r genogram)."),
                    dated.form)
        first: dict[str, _Dated] = {}
        for dated in events:  # catalogue order: the first form with the event wins, as timeliness reads it
            first.setdefault(dated.event, dated)
        for timescale in self._context.catalogue.timescales:
            if timescale.every is not None:
                continue  # a series' first meeting is its one-off timescale's (`first:`), flagged once there
            before, after = first.get(timescale.start), first.get(timescale.end)
            if before is None or after is None or after.day >= before.day:
                continue
            later, earlier = _where(after), _where(before)
            yield flag(FlagKind.ORDER, T(
                f"{later.en} is before {earlier.en}, which should come first ({timescale.name.en}).",
                f"Mae {later.cy} cyn {earlier.cy}, a ddylai ddod yn gyntaf ({timescale.name.cy})."), after.form)
        for role, kind_, message in (
            (Role.ETHNICITY_RECORDED, FlagKind.ETHNICITY, T(
                "The agency's record does not say the child's ethnicity.",
                "Nid yw cofnod yr asiantaeth yn nodi ethnigrwydd y plentyn.")),
            (Role.LANGUAGE_RECORDED, FlagKind.LANGUAGE, T(
                "The agency's record does not say the child's first or preferred language.",
                "Nid yw cofnod yr asiantaeth yn nodi iaith gyntaf neu iaith ddewisol y plentyn.")),
        ):
            recorded = self._fact(item, role)
            if recorded is not None and recorded[2] == "no":
                yield flag(kind_, message, recorded[0], recorded[3])

    def _recording(self, read: Sequence[_Read]) -> tuple[RecordingCount, ...]:
        """Per agency with files: the files whose case record answers ethnicity (language), and how many No."""
        counts: dict[str, list[int]] = {}
        for item in read:
            tally = counts.setdefault(item.file.agency, [0, 0, 0, 0])
            for offset, role in ((0, Role.ETHNICITY_RECORDED), (2, Role.LANGUAGE_RECORDED)):
                fact = self._fact(item, role)
                if fact is not None:
                    tally[offset] += 1
                    tally[offset + 1] += fact[2] == "no"
        order = {a.value: index for index, a in enumerate(Agency)}
        return tuple(RecordingCount(agency, *tally)
                     for agency, tally in sorted(counts.items(), key=lambda kv: order.get(kv[0], len(order))))

    def _fact(self, item: _Read, role: Role) -> tuple[FormDefinition, Question, Any, str] | None:
        """(form, question, value, evidence note) of the shown answer to the question playing *role*."""
        for form, state, evaluation in item.forms:
            question = self._with_role(form, role)
            if question is None or form.parent_of(question.id) is not None:
                continue
            value = state.answers.get(question.id)
            if value is None or not evaluation.is_relevant(question.id):
                continue
            return form, question, value, state.evidence.get((question.id, None), "")
        return None

    def _with_role(self, form: FormDefinition, role: Role) -> Question | None:
        """The question playing *role* in this version; a version stored before the role was declared is read
        by the current version's (ids stay, renames are mapped when the state is read)."""
        question = form.with_role(role.value)
        if question is not None:
            return question
        try:
            current = self._definitions.current(form.id).with_role(role.value)
        except NotFoundError:
            return None
        return form.question(current.id) if current is not None else None

    def _review_period(self, item: _Read, child: Sequence[_Read]
                       ) -> tuple[tuple[dt.date, LocalizedText] | None, tuple[dt.date, LocalizedText] | None]:
        """The review period from the file's case record, else from another of the child's files; each end with
        where it was read."""
        for candidate in (item, *(c for c in child if c is not item)):
            start, end = self._fact(candidate, Role.REVIEW_START), self._fact(candidate, Role.REVIEW_END)
            if start is None and end is None:
                continue
            return _bound(start, candidate is item), _bound(end, candidate is item)
        return None, None

    def _unborn(self, item: _Read, child: Sequence[_Read]) -> bool:
        bands = {c.file.age_band for c in child}
        for candidate in child:
            band = self._fact(candidate, Role.AGE_BAND)
            if band is not None:
                bands.add(str(band[2]))
        return UNBORN in bands or item.file.age_band == UNBORN


_CASE_ROLES = (Role.CASE_KIND, Role.AGE_BAND, Role.REVIEW_START, Role.REVIEW_END, Role.ETHNICITY_RECORDED,
               Role.LANGUAGE_RECORDED)


def _events(item: _Read) -> list[_Dated]:
    """The file's top-level event dates that are answered and shown, form by form in catalogue order (a column's
    date belongs to one row, such as one missing episode, not to the file)."""
    found: list[_Dated] = []
    for form, state, evaluation in item.forms:
        for event, question in form.event_dates().items():
            if form.parent_of(question.id) is not None or not evaluation.is_relevant(question.id):
                continue
            value = state.answers.get(question.id)
            if isinstance(value, dt.datetime):
                found.append(_Dated(event, value.date(), form, question))
            elif isinstance(value, dt.date):
                found.append(_Dated(event, value, form, question))
    return found


def _where(dated: _Dated) -> LocalizedText:
    """'“Date of the ICPC” (3 January 2024, Child protection conference)': the question as the form asks it."""
    return T(
        f"“{dated.question.label.en}” ({long_date(dated.day, 'en')}, {dated.form.title.en})",
        f"“{dated.question.label.get('cy')}” ({long_date(dated.day, 'cy')}, {dated.form.title.get('cy')})",
    )


def _bound(fact: tuple[FormDefinition, Question, Any, str] | None, own: bool
           ) -> tuple[dt.date, LocalizedText] | None:
    if fact is None or not isinstance(fact[2], dt.date):
        return None
    day = fact[2].date() if isinstance(fact[2], dt.datetime) else fact[2]
    source = (T("this file's case record", "cofnod achos y ffeil hon") if own
              else T("the case record of another of the child's files", "cofnod achos un arall o ffeiliau'r plentyn"))
    return day, source


def _choice(question: Question, choice_id: str, lang: str) -> str:
    for choice in question.choices:
        if choice.id == choice_id:
            return choice.label.get(lang)
    return choice_id


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]

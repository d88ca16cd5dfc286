"""Audit-grid exports: builds the grid from the store, by columns, and hands it to the pure writers.

Which rows (this module) is kept apart from which format (jicpa_desktop.exports), as pretix's exporters do.
Rows are produced batch by batch inside one read transaction, so the export is one consistent snapshot of
the store while memory stays flat; progress is reported and cancellation checked as the rows go. Every
file is written through a temporary file renamed into place, so a failed or cancelled export leaves the
previous one untouched.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from jicpa_desktop import __version__
from jicpa_desktop.domain.agencies import Agency, parse_agency
from jicpa_desktop.domain.answer_types import ANSWER_TYPES, AnswerValue, answer_type, is_empty
from jicpa_desktop.domain.form_model import EvidenceRule, FormDefinition, Question
from jicpa_desktop.domain.grades import Grade, roll_up_grades
from jicpa_desktop.domain.local_terms import glossary
from jicpa_desktop.domain.localized import LocalizedText, as_language
from jicpa_desktop.domain.principles import REPORT_ORDER, Principle
from jicpa_desktop.domain.roles import Role
from jicpa_desktop.domain.timescales import TimelinessResult, Timescale
from jicpa_desktop.exports.atomic_file import atomic_path
from jicpa_desktop.exports.case_data import (
    CaseAnswer,
    CaseForm,
    CaseGroupRow,
    CaseQuestion,
    CaseReport,
    CaseSection,
)
from jicpa_desktop.exports.flags_data import FlagLine, FlagsData, RecordingLine
from jicpa_desktop.exports.grid_data import (
    Cell,
    Column,
    Counted,
    EscalationLine,
    EscalationStatus,
    EvidenceNote,
    ExportInfo,
    FindingKind,
    FormBlock,
    GridModel,
    GridRow,
    SampleChange,
    SampleDrawLine,
    SampleRecord,
    Statement,
    Tone,
)
from jicpa_desktop.exports.headings import question_numbers
from jicpa_desktop.exports.labels import LABELS, label
from jicpa_desktop.exports.observation_data import (
    ObservationAnswer,
    ObservationBlock,
    ObservationLine,
    ObservationQuestion,
    ObservationsData,
)
from jicpa_desktop.forms_engine.evaluation import Evaluation, ResponseState, evaluate
from jicpa_desktop.forms_engine.local_terms import form_with_terms
from jicpa_desktop.forms_engine.timeliness import case_timeliness
from jicpa_desktop.services import export_files
from jicpa_desktop.services.answers import Answers, build_state
from jicpa_desktop.services.case_grades import MODERATION_JOIN_SQL, RECORDED_GRADE_SQL, rolled_up, standing_grade
from jicpa_desktop.services.cases import Cases
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.escalations import Escalations, EscalationView
from jicpa_desktop.services.form_definitions import FormDefinitions
from jicpa_desktop.services.genograms import report_pictures
from jicpa_desktop.services.long_work import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from jicpa_desktop.services.observations import Observations, ObservationView
from jicpa_desktop.services.progress import Progress

BATCH = 200  # case files read per query: bounded memory, few round trips
def _counted(question: Question) -> bool:
    """Yes / Partly / No questions are counted in the summaries: the answer type says (answer_types/)."""
    kind = ANSWER_TYPES.get(question.type)
    return kind is not None and kind.counted_in_grids


# The questions the grids read, by role (domain/roles.py), never by id: forms say which question plays each.
SUMMARY_ROLES = ((Role.SUMMARY_STRENGTHS, FindingKind.STRENGTH), (Role.SUMMARY_AREAS, FindingKind.AREA))
TIMELINESS_BLOCK = "_timeliness"  # not a form id (those start with a letter): the grid's timescale columns
TIMELINESS_TITLE = LocalizedText("Timeliness (Wales Safeguarding Procedures)",
                                 "Amseroldeb (Gweithdrefnau Diogelu Cymru)", cy_draft=True)
FINDING_ROLES = ((Role.STRENGTHS, FindingKind.STRENGTH), (Role.AREAS_FOR_DEVELOPMENT, FindingKind.AREA))
GRADE_TONES = {
    Grade.OUTSTANDING: Tone.POSITIVE,
    Grade.GOOD: Tone.POSITIVE,
    Grade.REQUIRES_IMPROVEMENT: Tone.PARTIAL,
    Grade.INADEQUATE: Tone.NEGATIVE,
    Grade.INSUFFICIENT_EVIDENCE: Tone.NOT_APPLICABLE,
    Grade.NOT_APPLICABLE: Tone.NOT_APPLICABLE,
}
_CHOICE_COUNTED = {"yes": Counted.YES, "partly": Counted.PARTLY, "no": Counted.NO}


@dataclass(frozen=True, slots=True)
class _CaseRow:
    id: str
    reference: str
    agency: str
    kind: str
    age_band: str
    inspector: str


@dataclass(frozen=True, slots=True)
class _Response:
    id: str
    case_id: str
    form_id: str
    version: int
    final_grade: str | None
    override_reason: str
    escalated: bool


def _age_band(code: str) -> str:
    """An age-band code as people write it: "5_11" → "5–11", "under_1" → "under 1"."""
    if code.startswith("under_"):
        return "under " + code.removeprefix("under_")
    return code.replace("_", "–")


def _check_folder(target: Path) -> Path:
    if not target.parent.is_dir():
        raise UserError(f"The folder {target.parent} does not exist: choose an existing folder for the export.")
    return target


@contextmanager
def _writing(target: Path) -> Iterator[Path]:
    """The atomic temporary path, with file-system failures (missing folder, no permission, disk full)
    reported as errors the user can fix."""
    try:
        with atomic_path(target) as temporary:
            yield temporary
    except OSError as error:
        raise UserError(f"Could not write {target}: {error.strerror or error}. Nothing was changed there.") from error


def _moment(text_: str) -> dt.date | dt.datetime | None:
    """A stored date ("2024-01-16") or moment (ISO, UTC) as itself; None when it is neither."""
    text_ = text_.strip()
    try:
        if len(text_) == 10:
            return dt.date.fromisoformat(text_)
        moment = dt.datetime.fromisoformat(text_.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _instant(text_: str) -> dt.datetime | None:
    found = _moment(text_) if text_ else None
    return found if isinstance(found, dt.datetime) else None


def _json_object(value: str | None) -> dict[str, Any]:
    try:
        found = json.loads(value) if value else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _grade(value: str | None) -> Grade | None:
    try:
        return Grade(value) if value else None
    except ValueError:
        return None


class Exports:
    def __init__(self, context: ServiceContext, forms: FormDefinitions, cases: Cases, answers: Answers,
                 progress: Progress, escalations: Escalations | None = None,
                 observations: Observations | None = None) -> None:
        self._context = context
        self._forms = forms
        self._cases = cases
        self._answers = answers
        self._progress = progress
        self._escalations = escalations or Escalations(context)
        self._observations = observations or Observations(context, forms)

    # -- public --------------------------------------------------------------------------------

    def xlsx(self, inspection_id: str, path: str | Path, *, inspector: str | None = None,
             agency: str | None = None, lang: str = "en", include_identifying: bool = False,
             progress: ProgressCallback = no_progress, cancel: CancelToken = NEVER_CANCELLED) -> Path:
        """The audit-grid workbook (Grid, Summary, Findings, Evidence, Escalations, Flags, About); returns the
        path."""
        from jicpa_desktop.exports.xlsx_workbook import write_workbook

        target = _check_folder(Path(path))
        model = self.grid(inspection_id, inspector=inspector, agency=agency, lang=lang,
                          include_identifying=include_identifying, progress=progress, cancel=cancel)
        with _writing(target) as temporary:
            write_workbook(model, temporary, check=cancel.check)
            cancel.check()
        export_files.remember(self._context, inspection_id, "xlsx", target)  # a wipe removes it too
        progress(model.info.file_count, model.info.file_count, label("progress_done", model.info.lang))
        return target

    def pdf(self, inspection_id: str, path: str | Path, *, inspector: str | None = None,
            agency: str | None = None, lang: str = "en", include_identifying: bool = False,
            progress: ProgressCallback = no_progress, cancel: CancelToken = NEVER_CANCELLED) -> Path:
        """The audit grid, summary with charts and findings as an A4 landscape PDF."""
        from jicpa_desktop.exports.pdf_grid import write_grid_pdf

        target = _check_folder(Path(path))
        model = self.grid(inspection_id, inspector=inspector, agency=agency, lang=lang,
                          include_identifying=include_identifying, progress=progress, cancel=cancel)
        rows = list(model.rows)  # reportlab lays the whole document out before writing it
        model.rows = rows
        progress(len(rows), len(rows) + 1, label("progress_saving", model.info.lang))
        with _writing(target) as temporary:
            write_grid_pdf(model, temporary, check=cancel.check)
            cancel.check()
        export_files.remember(self._context, inspection_id, "pdf", target)  # a wipe removes it too
        progress(len(rows) + 1, len(rows) + 1, label("progress_done", model.info.lang))
        return target

    def case_pdf(self, case_id: str, path: str | Path, *, lang: str = "en", include_identifying: bool = False,
                 progress: ProgressCallback = no_progress, cancel: CancelToken = NEVER_CANCELLED) -> Path:
        """One file's case report: every form, answer, evidence note and grade."""
        from jicpa_desktop.exports.pdf_case_report import write_case_pdf

        target = _check_folder(Path(path))
        report = self.case_report(case_id, lang=lang, include_identifying=include_identifying, cancel=cancel)
        progress(1, 2, label("progress_saving", report.info.lang))
        with _writing(target) as temporary:
            write_case_pdf(report, temporary, check=cancel.check)
            cancel.check()
        progress(2, 2, label("progress_done", report.info.lang))
        return target

    def inspectors(self, inspection_id: str) -> list[str]:
        """The names the --inspector filter accepts (team members and inspectors named on files)."""
        with self._context.reading() as session:
            self._require_inspection(session, inspection_id)
            return [name for (name,) in session.execute(
                text("SELECT name FROM team_member WHERE inspection_id = :i ORDER BY name"), {"i": inspection_id})]

    # -- the grid model ------------------------------------------------------------------------

    def grid(self, inspection_id: str, *, inspector: str | None = None, agency: str | None = None,
             lang: str = "en", include_identifying: bool = False, progress: ProgressCallback = no_progress,
             cancel: CancelToken = NEVER_CANCELLED) -> GridModel:
        """The grid model; its rows are a generator that reads the store batch by batch as it is consumed."""
        language = self._language(lang)
        agency_code = self._agency(agency)
        with self._context.reading() as session:
            inspection = self._require_inspection(session, inspection_id)
            enabled: list[str] = json.loads(inspection["enabled_forms_json"])
            inspector_name = self._inspector(session, inspection_id, inspector)
            cases = self._case_rows(session, inspection_id, inspector_name, agency_code)
            versions = self._versions(session, [c.id for c in cases])
            sample = self._sample(session, inspection_id, language)
            observed = self._observations.for_inspection(session, inspection_id)  # the same snapshot as the files
        # Read once, beside the rows (never per row): the benchmark's row path is unchanged.
        escalations = self._escalation_lines(inspection_id, {c.id for c in cases}, language)
        flags = self._flags(inspection_id, {c.id for c in cases}, language)
        terms: dict[str, str] = json.loads(inspection.get("local_terms_json") or "{}")
        forms = self._grid_forms(cases, enabled, include_identifying, language, versions, terms)
        observations = self._observation_data(observed, terms, inspector_name, include_identifying, language)
        filters: list[tuple[str, str]] = []
        if inspector_name:
            filters.append((label("inspector", language), inspector_name))
        if agency_code:
            filters.append((label("agency", language), Agency(agency_code).label.get(language)))
        info = ExportInfo(
            inspection_name=inspection["name"],
            local_authority=inspection["local_authority"],
            start_date=inspection["start_date"],
            end_date=inspection["end_date"],
            exported_at=dt.datetime.now(dt.UTC),
            exported_by=self._context.actor,
            app_version=__version__,
            lang=language,
            filters=tuple(filters),
            include_identifying=include_identifying,
            file_count=len(cases),
            local_terms=glossary(terms, language),
        )
        timescales = self._grid_timescales(forms)
        timeliness = self._timeliness_block(timescales, language)
        return GridModel(
            info=info,
            forms=tuple(block for block, _ in forms) + ((timeliness,) if timeliness else ()),
            rows=self._rows(cases, forms, enabled, include_identifying, language, progress, cancel, timescales),
            agencies=tuple((a.value, a.label.get(language)) for a in Agency),
            principles=tuple((p, p.label.get(language)) for p in REPORT_ORDER),
            escalations=escalations,
            sample=sample,
            flags=flags,
            observations=observations,
        )

    # -- escalations and the sample ------------------------------------------------------------

    def _escalation_lines(self, inspection_id: str, case_ids: set[str], lang: str) -> tuple[EscalationLine, ...]:
        """The escalations of the exported files (a filtered export shows only its own), new first."""
        return tuple(self._escalation_line(view, lang) for view in self._escalations.list(inspection_id)
                     if view.case_id in case_ids)

    def _escalation_line(self, view: EscalationView, lang: str) -> EscalationLine:
        try:
            status = EscalationStatus(view.status)
        except ValueError:
            status = EscalationStatus.NEW
        return EscalationLine(
            reference=view.reference, agency_label=self._agency_label(view.agency, lang),
            form_title=view.form_title.get(lang), inspector=view.inspector, raised_by=view.raised_by,
            raised_at=_moment(view.raised_at) if view.raised_at else None, concern=view.concern, status=status,
            status_by=view.status_by, status_at=_instant(view.status_at), outcome=view.outcome,
        )

    def _observation_data(self, views: Sequence[ObservationView], terms: Mapping[str, str], observer: str | None,
                          include_identifying: bool, lang: str) -> ObservationsData:
        """The inspection's meeting observations as plain rows, one block per inspection-level form (its words with
        the local terms), each answer as the grid displays it. An inspector filter keeps that inspector's own
        observations; an agency filter keeps them all (a meeting is every agency's). No child, no file."""
        by_form: dict[str, list[ObservationView]] = defaultdict(list)
        for view in views:
            if observer is None or view.summary.observer == observer:
                by_form[view.summary.form_id].append(view)
        blocks = []
        for bundled in self._context.catalogue.inspection_level():
            form = form_with_terms(bundled, terms)
            kind = form.with_role(Role.MEETING_KIND)
            shown_questions = [q for q in form.questions() if not q.is_repeat and q is not kind
                               and (include_identifying or not q.identifying)]
            numbers = question_numbers(q.id for q in form.questions())
            questions = tuple(ObservationQuestion(q.id, numbers[q.id], q.label.get(lang),
                                                  q.evidence is not EvidenceRule.NONE, q.type)
                              for q in shown_questions)
            lines = []
            for view in by_form.get(form.id, []):
                answered = form_with_terms(view.form, terms)  # the version it was answered under
                kind_here = answered.with_role(Role.MEETING_KIND)
                kind_value = view.state.answers.get(kind_here.id) if kind_here is not None else None
                meeting_type = ""
                if kind_here is not None and kind_value is not None and not is_empty(kind_value):
                    meeting_type = answer_type(kind_here.type).display(kind_value, kind_here, lang)
                answers = []
                for wanted in questions:
                    question = answered.question(wanted.question_id)
                    if question is None or not view.evaluation.is_relevant(question.id):
                        answers.append(ObservationAnswer())
                        continue
                    value = view.state.answers.get(question.id)
                    note = view.state.evidence.get((question.id, None), "")
                    if value is None or is_empty(value):
                        answers.append(ObservationAnswer(note=note))
                        continue
                    tone = self._tone(question, value, (question.id, None) in view.evaluation.negative)
                    answers.append(ObservationAnswer(answer_type(question.type).display(value, question, lang), tone,
                                                     note, free_text=question.type == "text"))
                summary = view.summary
                lines.append(ObservationLine(summary.reference, summary.observed_on, meeting_type, summary.observer,
                                             tuple(answers)))
            blocks.append(ObservationBlock(form.id, form.title.get(lang), questions, tuple(lines)))
        return ObservationsData(tuple(blocks))

    def _flags(self, inspection_id: str, case_ids: set[str], lang: str) -> FlagsData:
        """The exported files' data-quality flags and recording counts, in the export's language."""
        from jicpa_desktop.services.data_quality import DataQuality

        found = DataQuality(self._context, self._forms).for_inspection(inspection_id, only=case_ids)
        lines = tuple(FlagLine(
            reference=flag.reference, agency_label=self._agency_label(flag.agency, lang),
            check=flag.kind.label.get(lang), problem=flag.message.get(lang),
            form_title=self._forms.current(flag.form_id).title.get(lang) if flag.form_id in self._context.catalogue
            else "", note=flag.note) for flag in found.flags)
        recording = tuple(RecordingLine(self._agency_label(c.agency, lang), c.ethnicity_answered, c.ethnicity_missing,
                                        c.language_answered, c.language_missing) for c in found.recording)
        return FlagsData(lines, recording)

    def _named(self, reference: str, lang: str) -> str:
        """"REF (children_services)" as recorded by a draw → "REF (Children's services)"."""
        ref, sep, agency = reference.rpartition(" (")
        if not sep or not agency.endswith(")"):
            return reference
        return f"{ref} ({self._agency_label(agency[:-1], lang)})"

    def _sample(self, session: Session, inspection_id: str, lang: str) -> SampleRecord:
        """How the files were chosen, from the audit trail (services/sampling_frame.py records each draw, pick and
        swap as an event on entity "sample"): one query for the whole inspection, whatever the filters."""
        draws: list[SampleDrawLine] = []
        changes: list[SampleChange] = []
        for at, actor, action, old_json, new_json in session.execute(text(
            "SELECT at, actor, action, old_json, new_json FROM audit_event WHERE inspection_id = :i "
            "AND entity = 'sample' ORDER BY at, rowid"
        ), {"i": inspection_id}):
            new, old = _json_object(new_json), _json_object(old_json)
            if action == "draw":
                draws.append(SampleDrawLine(
                    drawn_at=_instant(str(at)), drawn_by=str(actor), seed=str(new.get("seed", "")),
                    strata=tuple(label(f"stratum_{s}", lang) if f"stratum_{s}" in LABELS else str(s)
                                 for s in new.get("strata", [])),
                    sampled=int(new.get("sampled", 0)), tracked=int(new.get("tracked", 0)),
                    frame_size=int(new.get("candidates", 0)), checksum=str(new.get("frame_checksum", "")),
                    rationale=str(new.get("rationale", "")),
                    chosen_sampled=tuple(self._named(str(r), lang) for r in new.get("chosen_sampled", [])),
                    chosen_tracked=tuple(self._named(str(r), lang) for r in new.get("chosen_tracked", [])),
                ))
            elif action in ("pick", "swap"):
                kind = str(new.get("kind", ""))
                replaced = ""
                if action == "swap":
                    replaced = f"{old.get('reference', '')} ({self._agency_label(str(old.get('agency', '')), lang)})"
                changes.append(SampleChange(
                    reference=f"{new.get('reference', '')} ({self._agency_label(str(new.get('agency', '')), lang)})",
                    replaced=replaced,
                    kind_label=label(kind, lang) if kind in ("sampled", "tracked") else kind,
                    reason=str(new.get("reason", "")), by=str(actor), at=_instant(str(at)),
                ))
        return SampleRecord(tuple(draws), tuple(changes))

    def _grid_timescales(self, forms: list[tuple[FormBlock, FormDefinition]]) -> tuple[Timescale, ...]:
        """The timescales (forms/_timescales.yaml) whose two events the exported forms record: a column that
        could never be filled is left out."""
        recorded = {event for _, form in forms for event in form.event_dates()}
        return tuple(t for t in self._context.catalogue.timescales if t.start in recorded and t.end in recorded)

    @staticmethod
    def _timeliness_block(timescales: Sequence[Timescale], lang: str) -> FormBlock | None:
        """One column per timescale of the procedures, after the forms' blocks."""
        if not timescales:
            return None
        columns = tuple(
            Column(form_id=TIMELINESS_BLOCK, question_id=t.id, label=t.name.get(lang), type="timeliness",
                   counted=True, number=str(n), short_label=t.short.get(lang) if t.short is not None else "")
            for n, t in enumerate(timescales, start=1))
        return FormBlock(TIMELINESS_BLOCK, TIMELINESS_TITLE.get(lang), columns)

    @staticmethod
    def _timeliness_cells(results: Sequence[TimelinessResult], timescale_ids: Sequence[str],
                          lang: str) -> list[Cell | None]:
        """Met counts as Yes and missed (or overdue) as No in the summary: "ICPC within 15 working days: 14 of 20"."""
        by_id: dict[str, list[TimelinessResult]] = {}
        for result in results:
            by_id.setdefault(result.timescale.id, []).append(result)
        cells: list[Cell | None] = []
        for timescale_id in timescale_ids:
            found = by_id.get(timescale_id)
            if not found:
                cells.append(None)
                continue
            known = [r.met for r in found if r.met is not None]
            met = (all(known) if known else None)
            tone = Tone.POSITIVE if met is True else Tone.NEGATIVE if met is False else Tone.NEUTRAL
            counted = Counted.YES if met is True else Counted.NO if met is False else None
            if len(found) == 1:
                shown = found[0].describe(lang).split(": ", 1)[-1]  # the name is the column's heading
            else:  # one per missing episode: how many were in time
                in_time = sum(1 for m in known if m)
                shown = (f"{in_time} o {len(found)} mewn pryd" if lang == "cy"
                         else f"{in_time} of {len(found)} in time")
            cells.append(Cell(shown, tone, counted))
        return cells

    @staticmethod
    def _language(lang: str) -> str:
        try:
            return as_language(lang)
        except ValueError as error:
            raise UserError(str(error)) from None

    @staticmethod
    def _agency(agency: str | None) -> str | None:
        if not agency:
            return None
        try:
            return parse_agency(agency).value
        except ValueError as error:
            raise UserError(str(error)) from None

    @staticmethod
    def _require_inspection(session: Session, inspection_id: str) -> dict[str, Any]:
        row = session.execute(
            text("SELECT name, local_authority, start_date, end_date, enabled_forms_json, local_terms_json "
                 "FROM inspection WHERE id = :i"), {"i": inspection_id}).mappings().first()
        if row is None:
            raise NotFoundError(f"There is no inspection {inspection_id!r}. List them with 'jicpa inspection list'.")
        return dict(row)

    @staticmethod
    def _inspector(session: Session, inspection_id: str, inspector: str | None) -> str | None:
        if not inspector or not inspector.strip():
            return None
        names: list[str] = [str(name) for (name,) in session.execute(
            text("SELECT name FROM team_member WHERE inspection_id = :i ORDER BY name"), {"i": inspection_id})]
        wanted = inspector.strip()
        for name in names:
            if name == wanted:
                return name
        for name in names:
            if name.casefold() == wanted.casefold():
                return name
        raise UserError(f"No inspector {wanted!r} in this inspection. Known: {', '.join(names) or 'none'}.")

    @staticmethod
    def _case_rows(session: Session, inspection_id: str, inspector: str | None, agency: str | None) -> list[_CaseRow]:
        sql = ("SELECT c.id, c.reference, c.agency, c.kind, c.age_band, COALESCE(t.name, '') "
               "FROM case_file c LEFT JOIN team_member t ON t.id = c.inspector_id WHERE c.inspection_id = :i")
        params: dict[str, Any] = {"i": inspection_id}
        if inspector:
            sql += " AND t.name = :who"
            params["who"] = inspector
        if agency:
            sql += " AND c.agency = :agency"
            params["agency"] = agency
        # The same order as the app's case list: tracked files first, then by reference and agency.
        sql += " ORDER BY c.kind DESC, c.reference, c.agency"
        return [_CaseRow(*row) for row in session.execute(text(sql), params)]

    @staticmethod
    def _versions(session: Session, case_ids: Sequence[str]) -> dict[str, set[int]]:
        found: dict[str, set[int]] = defaultdict(set)
        for start in range(0, len(case_ids), BATCH):
            for form_id, version in session.execute(
                text("SELECT DISTINCT form_id, form_version FROM form_response WHERE case_id IN :ids")
                .bindparams(bindparam("ids", expanding=True)), {"ids": list(case_ids[start:start + BATCH])}):
                found[form_id].add(version)
        return found

    def _grid_forms(self, cases: Sequence[_CaseRow], enabled: list[str], include_identifying: bool, lang: str,
                    versions: dict[str, set[int]], terms: Mapping[str, str] | None = None,
                    ) -> list[tuple[FormBlock, FormDefinition]]:
        """The forms offered to at least one exported file, in catalogue order, with their grid columns (their words
        with the inspection's local terms: "SPOC" where a form says {front_door})."""
        offered: set[str] = set()
        for agency, kind in {(c.agency, c.kind) for c in cases}:
            offered.update(f.id for f in self._forms.for_case(agency, kind, enabled))
        result = []
        for bundled in self._forms.all():
            if bundled.id not in offered:
                continue
            form = form_with_terms(bundled, terms or {})
            columns = []
            numbers = question_numbers(q.id for section in form.sections if not section.standard
                                       for q in section.questions)
            for section in form.sections:
                if section.standard:
                    continue  # escalation, grades and summaries have their own columns and sheets
                for question in section.questions:
                    if question.identifying and not include_identifying:
                        continue
                    suffix = label("rows_suffix", lang) if question.is_repeat else ""
                    columns.append(Column(
                        form_id=form.id,
                        question_id=question.id,
                        label=question.label.get(lang) + (f" ({suffix.strip()})" if suffix else ""),
                        type=question.type,
                        principles=question.principles or form.principles,
                        limiting=question.limiting,
                        counted=_counted(question),
                        group=question.is_repeat,
                        number=numbers[question.id],
                    ))
            used = tuple(sorted(versions.get(form.id, set()) | {form.version}))
            result.append((FormBlock(form.id, form.title.get(lang), tuple(columns), used), form))
        return result

    def _rows(self, cases: Sequence[_CaseRow], forms: list[tuple[FormBlock, FormDefinition]], enabled: list[str],
              include_identifying: bool, lang: str, progress: ProgressCallback,
              cancel: CancelToken, timescales: Sequence[Timescale] = ()) -> Iterator[GridRow]:
        total = len(cases)
        message = label("progress_rows", lang)
        progress(0, total, message.format(done=0, total=total))
        # One read transaction for the whole export: every batch sees the same snapshot of the store.
        with self._context.reading() as session:
            for start in range(0, total, BATCH):
                batch = cases[start:start + BATCH]
                responses = self._load_batch(session, {c.id: c.agency for c in batch})
                for offset, case in enumerate(batch):
                    cancel.check()
                    yield self._row(case, forms, enabled, responses.get(case.id, {}), include_identifying, lang,
                                    timescales)
                    done = start + offset + 1
                    progress(done, total, message.format(done=done, total=total))

    def _load_batch(self, session: Session,
                    agencies: dict[str, str]) -> dict[str, dict[str, tuple[_Response, ResponseState]]]:
        """Every response of these files (case id -> its agency) with its answers, read by columns:
        case -> form -> (response, state); questions asked of other agencies are left uncounted."""
        case_ids = list(agencies)
        responses = [
            _Response(rid, cid, fid, version, final, reason or "", bool(escalated))
            for rid, cid, fid, version, final, reason, escalated in session.execute(
                # The lead's moderated grade, where there is one, is the grade the grids report.
                text("SELECT r.id, r.case_id, r.form_id, r.form_version, "
                     f"{RECORDED_GRADE_SQL}, "
                     "CASE WHEN m.moderated_grade IS NULL THEN r.override_reason ELSE m.reason END, r.escalated "
                     f"FROM form_response r {MODERATION_JOIN_SQL} "
                     "WHERE r.case_id IN :ids").bindparams(bindparam("ids", expanding=True)),
                {"ids": case_ids})
        ]
        rows: dict[str, list[tuple[str, str]]] = defaultdict(list)
        answers: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
        response_ids = [r.id for r in responses]
        for start in range(0, len(response_ids), 900):
            chunk = response_ids[start:start + 900]
            for response_id, row_id, group_id in session.execute(
                text("SELECT response_id, id, group_id FROM repeat_row WHERE response_id IN :ids AND deleted = 0 "
                     "ORDER BY position, created_at").bindparams(bindparam("ids", expanding=True)), {"ids": chunk}):
                rows[response_id].append((row_id, group_id))
            for response_id, question_id, row_id, value_json, note in session.execute(
                text("SELECT response_id, question_id, row_id, value_json, evidence_note FROM answer "
                     "WHERE response_id IN :ids").bindparams(bindparam("ids", expanding=True)), {"ids": chunk}):
                answers[response_id].append((question_id, row_id, value_json, note))
        result: dict[str, dict[str, tuple[_Response, ResponseState]]] = defaultdict(dict)
        for response in responses:
            try:
                form = self._forms.version(response.form_id, response.version)
            except NotFoundError:
                continue
            state = build_state(form, rows.get(response.id, []), answers.get(response.id, []),
                                agencies.get(response.case_id))
            result[response.case_id][response.form_id] = (response, state)
        return result

    def _row(self, case: _CaseRow, forms: list[tuple[FormBlock, FormDefinition]], enabled: list[str],
             responses: dict[str, tuple[_Response, ResponseState]], include_identifying: bool, lang: str,
             timescales: Sequence[Timescale] = ()) -> GridRow:
        applicable = {f.id for f in self._forms.for_case(case.agency, case.kind, enabled)}
        cells: list[Cell | None] = []
        grades: list[Cell | None] = []
        offered: list[bool] = []
        notes: list[EvidenceNote] = []
        statements: list[Statement] = []
        # Forms come in catalogue order, so a roll-up form (the overall judgement, last) sees the others.
        form_grades: dict[str, Grade] = {}
        overall: Cell | None = None
        escalated = False
        answered: list[tuple[FormDefinition, ResponseState, Evaluation | None]] = []
        for block, current in forms:
            offered.append(current.id in applicable)
            found = responses.get(current.id)
            if found is None:
                cells.extend(None for _ in block.columns)
                grades.append(None)
                continue
            response, state = found
            form = self._forms.version(current.id, response.version)
            evaluation = rolled_up(form, evaluate(form, state), form_grades)
            escalated = escalated or response.escalated
            for column in block.columns:
                cells.append(self._grid_cell(form, column.question_id, state, evaluation, lang))
            grade_cell, _ = self._form_grade(response, state, evaluation, lang)
            grades.append(grade_cell)
            if form.grade_roll_up is None:
                form_grades[form.id] = standing_grade(response.final_grade, evaluation)
            if form.with_role(Role.OVERALL_JUDGEMENT) is not None:
                overall = self._overall_answer(form, state, evaluation, lang)
            notes.extend(self._notes(form, block.title, state, evaluation, include_identifying, lang))
            statements.extend(self._statements(form, state, evaluation, case.agency, include_identifying))
            answered.append((form, state, evaluation))
        if timescales:
            results = case_timeliness(answered, timescales, lang=lang)
            cells.extend(self._timeliness_cells(results, [t.id for t in timescales], lang))
            offered.append(True)
            grades.append(None)
        if overall is None:
            overall = self._median_grade(list(form_grades.values()), lang)
        return GridRow(
            case_id=case.id,
            reference=case.reference,
            agency=case.agency,
            agency_label=self._agency_label(case.agency, lang),
            kind=case.kind,
            kind_label=label(case.kind, lang) if case.kind in ("sampled", "tracked") else case.kind,
            inspector=case.inspector or label("unallocated", lang),
            cells=tuple(cells),
            grades=tuple(grades),
            overall=overall,
            escalated=escalated,
            offered=tuple(offered),
            notes=tuple(notes),
            statements=tuple(statements),
        )

    @staticmethod
    def _agency_label(code: str, lang: str) -> str:
        try:
            return Agency(code).label.get(lang)
        except ValueError:
            return code

    # -- cells ---------------------------------------------------------------------------------

    @staticmethod
    def _tone(question: Question, value: AnswerValue, negative: bool) -> Tone:
        if question.type == "grade" and isinstance(value, str):
            grade = _grade(value)
            return GRADE_TONES[grade] if grade else Tone.NEUTRAL
        if value == "not_applicable":
            return Tone.NOT_APPLICABLE
        if value == "partly":
            return Tone.PARTIAL
        if negative:
            return Tone.NEGATIVE
        if value == "yes":
            return Tone.POSITIVE
        return Tone.NEUTRAL

    def _grid_cell(self, form: FormDefinition, question_id: str, state: ResponseState, evaluation: Evaluation,
                   lang: str) -> Cell | None:
        question = form.question(question_id)
        if question is None or not evaluation.is_relevant(question_id):
            return None
        if question.is_repeat:
            count = len(state.rows.get(question_id, []))
            return Cell(count) if count else None
        value = state.answers.get(question_id)
        if value is None or is_empty(value):
            return None
        negative = (question_id, None) in evaluation.negative
        tone = self._tone(question, value, negative)
        counted = _CHOICE_COUNTED.get(value) if _counted(question) and isinstance(value, str) else None
        if isinstance(value, dt.date | int | float) and not isinstance(value, bool):
            return Cell(value, tone)
        shown = answer_type(question.type).display(value, question, lang)
        return Cell(shown, tone, counted, free_text=question.type == "text")

    @staticmethod
    def _form_grade(response: _Response, state: ResponseState, evaluation: Evaluation,
                    lang: str) -> tuple[Cell | None, Grade | None]:
        final = _grade(response.final_grade)
        if final is not None:
            return Cell(final.label.get(lang), GRADE_TONES[final]), final
        if not any(not is_empty(v) for v in state.answers.values()) and not state.rows:
            return None, None
        suggested = evaluation.suggestion.grade
        text_ = suggested.label.get(lang) + label("suggested_suffix", lang)
        return Cell(text_, GRADE_TONES[suggested], suggested=True), suggested

    @staticmethod
    def _overall_answer(form: FormDefinition, state: ResponseState, evaluation: Evaluation, lang: str) -> Cell | None:
        question = form.with_role(Role.OVERALL_JUDGEMENT)
        if question is None:
            return None
        value = state.answers.get(question.id)
        grade = _grade(value) if isinstance(value, str) else None
        if grade is None or not evaluation.is_relevant(question.id):
            return None
        return Cell(grade.label.get(lang), GRADE_TONES[grade])

    @staticmethod
    def _median_grade(grades: list[Grade], lang: str) -> Cell | None:
        suggestion = roll_up_grades(grades)
        if suggestion.scored_count == 0:
            return None
        median = suggestion.grade
        return Cell(median.label.get(lang) + label("suggested_suffix", lang), GRADE_TONES[median], suggested=True)

    # -- notes and findings --------------------------------------------------------------------

    def _notes(self, form: FormDefinition, form_title: str, state: ResponseState, evaluation: Evaluation,
               include_identifying: bool, lang: str) -> Iterator[EvidenceNote]:
        order = {q.id: i for i, q in enumerate(form.all_questions())}
        row_numbers = {row.row_id: n for rows in state.rows.values() for n, row in enumerate(rows, start=1)}
        for (question_id, row_id), note in sorted(state.evidence.items(),
                                                  key=lambda item: (order.get(item[0][0], 1 << 30),
                                                                    row_numbers.get(item[0][1] or "", 0))):
            question = form.question(question_id)
            if question is None or not note.strip():
                continue
            if question.identifying and not include_identifying:
                continue
            value = self._value(state, question_id, row_id)
            negative = (question_id, row_id) in evaluation.negative
            shown = "" if value is None else answer_type(question.type).display(value, question, lang)
            tone = Tone.NEUTRAL if value is None else self._tone(question, value, negative)
            yield EvidenceNote(form.id, form_title, question_id, question.label.get(lang), shown, tone, note,
                               row_numbers.get(row_id) if row_id else None)

    @staticmethod
    def _value(state: ResponseState, question_id: str, row_id: str | None) -> AnswerValue | None:
        if not row_id:
            return state.answers.get(question_id)
        for rows in state.rows.values():
            for row in rows:
                if row.row_id == row_id:
                    return row.cells.get(question_id)
        return None

    def _statements(self, form: FormDefinition, state: ResponseState, evaluation: Evaluation, agency: str,
                    include_identifying: bool) -> Iterator[Statement]:
        for (question_id, row_id), note in state.evidence.items():
            question = form.question(question_id)
            if question is None or not note.strip() or (question.identifying and not include_identifying):
                continue
            value = self._value(state, question_id, row_id)
            if value is None:
                continue
            tone = self._tone(question, value, (question_id, row_id) in evaluation.negative)
            if tone in (Tone.NEGATIVE, Tone.PARTIAL):
                kind = FindingKind.AREA
            elif tone is Tone.POSITIVE:
                kind = FindingKind.STRENGTH
            else:
                continue
            principles = question.principles or form.principles
            yield Statement(kind, note, principles, Principle.PARTNERSHIP_INTEGRATION in principles, (agency,),
                            question_id)
        for role, kind in SUMMARY_ROLES:
            summary = form.with_role(role)
            if summary is None:
                continue
            value = state.answers.get(summary.id)
            if isinstance(value, str) and value.strip() and evaluation.is_relevant(summary.id):
                yield Statement(kind, value, form.principles, False, (agency,), summary.id)
        for role, kind in FINDING_ROLES:
            group = form.with_role(role)
            if group is None or not group.is_repeat:
                continue
            group_id = group.id
            for row in state.rows.get(group_id, []):
                statement = row.cells.get(f"{group_id}_statement")
                if not isinstance(statement, str) or not statement.strip():
                    continue
                principle = row.cells.get(f"{group_id}_principle")
                principles = (Principle(principle),) if isinstance(principle, str) and principle in set(Principle) \
                    else form.principles
                agencies = row.cells.get(f"{group_id}_agency")
                chosen = tuple(agencies) if isinstance(agencies, list) and agencies else (agency,)
                partnership = row.cells.get(f"{group_id}_scope") == "partnership"
                yield Statement(kind, statement, tuple(principles), partnership, chosen, group_id)

    # -- case report ---------------------------------------------------------------------------

    def case_report(self, case_id: str, *, lang: str = "en", include_identifying: bool = False,
                    cancel: CancelToken = NEVER_CANCELLED) -> CaseReport:
        language = self._language(lang)
        with self._context.reading() as session:
            found = session.execute(
                text("SELECT c.id, c.reference, c.agency, c.kind, c.age_band, COALESCE(t.name, ''), c.inspection_id "
                     "FROM case_file c LEFT JOIN team_member t ON t.id = c.inspector_id WHERE c.id = :c"),
                {"c": case_id}).first()
            if found is None:
                raise NotFoundError(f"There is no case file {case_id!r}. List them with 'jicpa case list'.")
            case = _CaseRow(*found[:6])
            inspection = self._require_inspection(session, found[6])
            enabled: list[str] = json.loads(inspection["enabled_forms_json"])
            responses = self._load_batch(session, {case_id: case.agency}).get(case_id, {})
        forms: list[CaseForm] = []
        grades: list[Grade] = []
        graded_forms: list[str] = []
        overall: Cell | None = None
        escalated = False
        answered: list[tuple[FormDefinition, ResponseState, Evaluation | None]] = []
        for current in self._forms.for_case(case.agency, case.kind, enabled):
            cancel.check()
            found_response = responses.get(current.id)
            if found_response is None:
                forms.append(CaseForm(current.id, current.title.get(language), current.version, False,
                                      label("case_form_not_started", language), "", Tone.NEUTRAL, "", Tone.NEUTRAL,
                                      "", False, ()))
                continue
            response, state = found_response
            form = self._forms.version(current.id, response.version)
            evaluation = rolled_up(form, evaluate(form, state), dict(zip(graded_forms, grades, strict=True)))
            answered.append((form, state, evaluation))
            escalated = escalated or response.escalated
            if form.grade_roll_up is None:
                grades.append(standing_grade(response.final_grade, evaluation))
                graded_forms.append(form.id)
            if form.with_role(Role.OVERALL_JUDGEMENT) is not None:
                overall = self._overall_answer(form, state, evaluation, language)
            suggestion = evaluation.suggestion.grade
            final = _grade(response.final_grade)
            forms.append(CaseForm(
                form_id=form.id,
                title=form.title.get(language),
                version=form.version,
                started=True,
                status=label("status_complete" if evaluation.complete else "status_in_progress", language),
                suggested_grade=suggestion.label.get(language),
                suggested_tone=GRADE_TONES[suggestion],
                final_grade=final.label.get(language) if final else "",
                final_tone=GRADE_TONES[final] if final else Tone.NEUTRAL,
                override_reason=response.override_reason,
                escalated=response.escalated,
                sections=self._case_sections(form, state, evaluation, include_identifying, language),
            ))
        if overall is None:
            overall = self._median_grade(grades, language)
        timeliness = self._case_timeliness(answered, language)
        if timeliness is not None:
            forms.append(timeliness)
        info = ExportInfo(
            inspection_name=inspection["name"], local_authority=inspection["local_authority"],
            start_date=inspection["start_date"], end_date=inspection["end_date"],
            exported_at=dt.datetime.now(dt.UTC),
            exported_by=self._context.actor, app_version=__version__, lang=language,
            include_identifying=include_identifying, file_count=1,
        )
        return CaseReport(
            info=info, reference=case.reference, agency_label=self._agency_label(case.agency, language),
            kind_label=label(case.kind, language) if case.kind in ("sampled", "tracked") else case.kind,
            age_band=_age_band(case.age_band), inspector=case.inspector or label("unallocated", language),
            escalated=escalated, overall=str(overall.value) if overall else "",
            overall_tone=overall.tone if overall else Tone.NEUTRAL, forms=tuple(forms),
            genograms=report_pictures(self._context, case_id, language),
        )

    def _case_timeliness(self, answered: list[tuple[FormDefinition, ResponseState, Evaluation | None]],
                         lang: str) -> CaseForm | None:
        """The file's timescales as one more part of the report: name, taken, limit, met or missed, and dates."""
        results = case_timeliness(answered, self._context.catalogue.timescales, lang=lang)
        if not results:
            return None
        answers = []
        for result in results:
            met = result.met
            tone = Tone.POSITIVE if met is True else Tone.NEGATIVE if met is False else Tone.NEUTRAL
            dates = [f"{result.start.where}: {result.start.value:%d/%m/%Y}"]
            if result.end is not None:
                dates.append(f"{result.end.where}: {result.end.value:%d/%m/%Y}")
            answers.append(CaseQuestion(CaseAnswer(result.timescale.id, result.timescale.name.get(lang),
                                                   result.describe(lang).split(": ", 1)[-1], tone,
                                                   "; ".join(dates))))
        title = TIMELINESS_TITLE.get(lang)
        return CaseForm(TIMELINESS_BLOCK, title, 0, True, "", "", Tone.NEUTRAL, "", Tone.NEUTRAL, "", False,
                        (CaseSection(title, tuple(answers)),))

    def _case_answer(self, form: FormDefinition, question: Question, state: ResponseState, evaluation: Evaluation,
                     row_id: str | None, lang: str) -> CaseAnswer:
        relevant = evaluation.is_relevant(question.id, row_id)
        value = self._value(state, question.id, row_id)
        note = state.evidence.get((question.id, row_id), "")
        if value is None or is_empty(value):
            return CaseAnswer(question.id, question.label.get(lang), "", Tone.NEUTRAL, note, relevant, False,
                              question.limiting)
        shown = answer_type(question.type).display(value, question, lang)
        tone = self._tone(question, value, (question.id, row_id) in evaluation.negative)
        return CaseAnswer(question.id, question.label.get(lang), shown, tone, note, relevant, True, question.limiting)

    def _case_sections(self, form: FormDefinition, state: ResponseState, evaluation: Evaluation,
                       include_identifying: bool, lang: str) -> tuple[CaseSection, ...]:
        sections = []
        for section in form.sections:
            questions = []
            for question in section.questions:
                if question.identifying and not include_identifying:
                    continue
                if question.is_repeat:
                    rows = []
                    for number, row in enumerate(state.rows.get(question.id, []), start=1):
                        answers = tuple(
                            self._case_answer(form, column, state, evaluation, row.row_id, lang)
                            for column in question.columns
                            if include_identifying or not column.identifying
                        )
                        rows.append(CaseGroupRow(number, answers))
                    head = CaseAnswer(question.id, question.label.get(lang), str(len(rows)) if rows else "",
                                      Tone.NEUTRAL, "", evaluation.is_relevant(question.id), bool(rows))
                    questions.append(CaseQuestion(head, tuple(rows), group=True))
                    continue
                questions.append(CaseQuestion(self._case_answer(form, question, state, evaluation, None, lang)))
            sections.append(CaseSection(section.title.get(lang), tuple(questions)))
        return tuple(sections)

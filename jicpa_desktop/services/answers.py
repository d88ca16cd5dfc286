"""Giving, clearing and reading answers: one change is one committed, audited transaction."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.answer_types import AnswerValue, AnswerValueError, answer_type, is_empty
from jicpa_desktop.domain.form_model import EvidenceRule, FormDefinition, Question
from jicpa_desktop.domain.grades import Grade, override_needs_moderation
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.roles import Role
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.forms_engine.evaluation import ResponseState, RowState, check_constraint, evaluate, is_shown
from jicpa_desktop.services import audit, field_versions
from jicpa_desktop.services.case_grades import MODERATION_JOIN_SQL, RECORDED_GRADE_SQL, rolled_up, standing_grade
from jicpa_desktop.services.cases import Cases
from jicpa_desktop.services.context import ServiceContext, driver, dumps
from jicpa_desktop.services.dto import AnswerRecord, GradeView, ResponseView, SavedAnswer
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.form_definitions import FormDefinitions
from jicpa_desktop.store.tables import FormResponse, new_id

# Statements are built once: parsing a text() construct costs more than running it on the autosave path.
sql = functools.lru_cache(maxsize=None)(text)
_UNCHANGED = object()
_KIND_CY = {"sampled": "sampl", "tracked": "wedi'i olrhain"}


@dataclass(frozen=True, slots=True)
class _ResponseRow:
    id: str
    form_version: int
    inspection_id: str
    final_grade: str | None
    override_reason: str
    suggested_grade: str | None
    escalated: bool
    updated_at: str
    updated_by: str
    agency: str  # the case file's: questions narrowed to other agencies take no answer


def decode_value(question: Question, value_json: str) -> AnswerValue | None:
    """A stored value as the question's type gives it back (raw when a definition no longer fits)."""
    data = json.loads(value_json)
    if data is None:
        return None
    try:
        return answer_type(question.type).from_json(data, question)
    except AnswerValueError:
        return data  # type: ignore[no-any-return]


def build_state(
    form: FormDefinition,
    rows: Iterable[Sequence[Any]],
    answers: Iterable[Sequence[Any]],
    agency: str | None = None,
) -> ResponseState:
    """Assemble a response from stored rows: (row id, group id) in order, and
    (question id, row id, value json, evidence note); deleted rows are left out by the caller.
    `agency` is the case file's, so that questions asked only of other agencies are not counted."""
    groups: dict[str, list[RowState]] = {}
    cells: dict[str, dict[str, AnswerValue]] = {}
    for row_id, group_id in rows:
        row = RowState(row_id, {})
        groups.setdefault(group_id, []).append(row)
        cells[row_id] = row.cells
    values: dict[str, AnswerValue] = {}
    evidence: dict[tuple[str, str | None], str] = {}
    for question_id, row_id, value_json, note in answers:
        question = form.question(question_id)
        if question is None or (row_id and row_id not in cells):
            continue
        if note:
            evidence[(question_id, row_id or None)] = note
        value = decode_value(question, value_json)
        if value is None:
            continue
        if row_id:
            cells[row_id][question_id] = value
        else:
            values[question_id] = value
    return ResponseState(answers=values, rows=groups, evidence=evidence, agency=agency)


def read_state(session: Session, form: FormDefinition, response_id: str, agency: str | None = None) -> ResponseState:
    """The answers of one response, read by columns (never as ORM objects: it is the hot path)."""
    rows = session.connection().execute(
        sql(
            "SELECT id, group_id FROM repeat_row WHERE response_id = :r AND deleted = 0 "
            "ORDER BY position, created_at"
        ),
        {"r": response_id},
    ).all()
    answers = session.connection().execute(
        sql("SELECT question_id, row_id, value_json, evidence_note FROM answer WHERE response_id = :r"),
        {"r": response_id},
    ).all()
    if agency is None:
        agency = session.connection().execute(
            sql("SELECT c.agency FROM form_response r JOIN case_file c ON c.id = r.case_id WHERE r.id = :r"),
            {"r": response_id},
        ).scalar()
    return build_state(form, rows, answers, agency)


def other_form_grades(session: Session, form_of: Callable[[str, int], FormDefinition | None], case_id: str,
                      form_id: str) -> dict[str, Grade]:
    """The standing grade (`case_grades.standing_grade`) of each other form of this file that is not itself a
    roll-up; a form whose definition is unknown here is left out."""
    grades: dict[str, Grade] = {}
    for response_id, other_id, version, recorded in session.connection().execute(
        sql(f"SELECT r.id, r.form_id, r.form_version, {RECORDED_GRADE_SQL} FROM form_response r "
            f"{MODERATION_JOIN_SQL} WHERE r.case_id = :c AND r.form_id != :f"),
        {"c": case_id, "f": form_id},
    ):
        other = form_of(other_id, version)
        if other is None or other.grade_roll_up is not None:
            continue
        grades[other_id] = standing_grade(recorded, evaluate(other, read_state(session, other, response_id)))
    return grades


def _json_value(question: Question, value: AnswerValue | None) -> Any:
    return None if value is None else answer_type(question.type).to_json(value)


def _require_note_allowed(question: Question) -> None:
    if question.evidence is EvidenceRule.NONE:
        raise UserError(LocalizedText(
            f"{question.id} takes no evidence note (its form says evidence: none): leave the note empty, and "
            "put what the record shows in the evidence of a question that asks for it.",
            f"Nid yw {question.id} yn cymryd nodyn tystiolaeth (mae ei ffurflen yn dweud evidence: none): gadewch "
            "y nodyn yn wag, a rhowch yr hyn y mae'r cofnod yn ei ddangos yn nhystiolaeth cwestiwn sy'n gofyn amdani.",
        ))


def _may_be_hidden(form: FormDefinition, question: Question) -> bool:
    """Only a question with a `relevant` rule or `agencies:`, or a column of a group with one, can be hidden:
    the others need no read of the response on the autosave path."""
    group = form.parent_of(question.id)
    return (question.relevant is not None or bool(question.agencies)
            or (group is not None and (group.relevant is not None or bool(group.agencies))))


def _agencies_text(question: Question, lang: str) -> str:
    return ", ".join(a.label.get(lang) for a in question.agencies)


def _require_applies(form: FormDefinition, question: Question, agency: str) -> None:
    """A question asked only of other agencies' records takes no answer or note on this file."""
    group = form.parent_of(question.id)
    for narrowed in (question, group):
        if narrowed is None or narrowed.applies_to(agency):
            continue
        here = Agency(agency).label
        raise UserError(LocalizedText(
            f"{question.id} is asked only of {_agencies_text(narrowed, 'en').lower()} records, and this is a "
            f"{here.en.lower()} file, so it takes no answer or note here. Answer the questions shown for this file.",
            f"Dim ond o gofnodion {_agencies_text(narrowed, 'cy').lower()} y gofynnir {question.id}, a ffeil "
            f"{here.cy.lower()} yw hon, felly nid yw'n cymryd ateb na nodyn yma. Atebwch y cwestiynau a ddangosir "
            "ar gyfer y ffeil hon.",
        ))


def _require_shown(form: FormDefinition, question: Question, state: ResponseState, row_id: str | None) -> None:
    """Skip logic hides a question whose `relevant` is false: nothing may be added to it (clearing is allowed)."""
    if state.agency is not None:
        _require_applies(form, question, state.agency)
    if is_shown(form, question, state, row_id):
        return
    rule_en = question.relevant or "its repeat group is hidden"
    rule_cy = question.relevant or "mae ei grŵp ailadrodd wedi'i guddio"
    raise UserError(LocalizedText(
        f"{question.id} is hidden by the form's skip logic ({rule_en}), so it takes no answer or note now. "
        "Change the answer it depends on first, or leave it unanswered.",
        f"Mae {question.id} wedi'i guddio gan resymeg neidio'r ffurflen ({rule_cy}), felly nid yw'n cymryd ateb "
        "na nodyn nawr. Newidiwch yr ateb y mae'n dibynnu arno yn gyntaf, neu gadewch ef heb ei ateb.",
    ))


class Answers:
    def __init__(self, context: ServiceContext, definitions: FormDefinitions, cases: Cases) -> None:
        self._context = context
        self._definitions = definitions
        self._cases = cases

    # -- reading -------------------------------------------------------------------------------

    @staticmethod
    def _response_row(session: Session, case_id: str, form_id: str) -> _ResponseRow | None:
        row = driver(session).execute(
            (
                "SELECT r.id, r.form_version, c.inspection_id, r.final_grade, r.override_reason, "
                "r.suggested_grade, r.escalated, r.updated_at, r.updated_by, c.agency "
                "FROM form_response r JOIN case_file c ON c.id = r.case_id "
                "WHERE r.case_id = :case_id AND r.form_id = :form_id"
            ),
            {"case_id": case_id, "form_id": form_id},
        ).fetchone()
        if row is None:
            return None
        response_id, version, inspection_id, final, reason, suggested, escalated, updated_at, updated_by, agency = row
        return _ResponseRow(response_id, version, inspection_id, final, reason, suggested, bool(escalated),
                            updated_at, updated_by, agency)

    def state(self, session: Session, form: FormDefinition, response_id: str,
              agency: str | None = None) -> ResponseState:
        return read_state(session, form, response_id, agency)

    def load(self, case_id: str, form_id: str) -> ResponseView:
        with self._context.reading() as session:
            case = self._cases.get_in(session, case_id)
            response = self._response_row(session, case_id, form_id)
            current = self._definitions.current(form_id)
            if response is None:
                form = current
                state = ResponseState(answers={}, rows={}, evidence={}, agency=case.agency)
            else:
                form = self._definitions.version(form_id, response.form_version)
                state = self.state(session, form, response.id, case.agency)
            evaluation = evaluate(form, state)
            if form.grade_roll_up is not None:
                evaluation = rolled_up(form, evaluation, self.other_form_grades(session, case_id, form_id))
        return ResponseView(
            case=case,
            form=form,
            response_id=response.id if response else None,
            form_version=form.version,
            current_version=current.version,
            state=state,
            evaluation=evaluation,
            final_grade=response.final_grade if response else None,
            override_reason=response.override_reason if response else "",
            recorded_suggestion=response.suggested_grade if response else None,
            escalated=response.escalated if response else False,
            updated_at=response.updated_at if response else None,
            updated_by=response.updated_by if response else "",
        )

    def other_form_grades(self, session: Session, case_id: str, form_id: str) -> dict[str, Grade]:
        return other_form_grades(session, self._definitions.version, case_id, form_id)

    def list_for_case(self, case_id: str) -> list[AnswerRecord]:
        with self._context.reading() as session:
            self._cases.get_in(session, case_id)
            result = session.connection().execute(
                sql(
                    "SELECT r.form_id, r.form_version, a.question_id, a.row_id, a.value_json, "
                    "a.evidence_note, a.updated_at, a.updated_by "
                    "FROM answer a JOIN form_response r ON r.id = a.response_id "
                    "LEFT JOIN repeat_row w ON w.id = a.row_id "
                    "WHERE r.case_id = :c AND (a.row_id = '' OR w.deleted = 0) "
                    "ORDER BY r.form_id, w.position, a.question_id"
                ),
                {"c": case_id},
            ).all()
        records = []
        for form_id, version, question_id, row_id, value_json, note, updated_at, updated_by in result:
            question = self._definitions.version(form_id, version).question(question_id)
            value = decode_value(question, value_json) if question else json.loads(value_json)
            records.append(AnswerRecord(form_id, question_id, row_id, value, note, updated_at, updated_by))
        return records

    # -- writing -------------------------------------------------------------------------------

    def _require_offered(self, session: Session, case_id: str, form_id: str) -> None:
        """Refuse any write to a form this file is not offered: the app lists only the offered forms, and
        the same rule holds for every other caller (the command line, the demo, imports)."""
        form = self._definitions.current(form_id)
        if session.new:
            session.flush()  # a case file added earlier in the caller's transaction (demo, imports)
        found = session.connection().execute(
            sql("SELECT c.reference, c.agency, c.kind, i.enabled_forms_json FROM case_file c "
                "JOIN inspection i ON i.id = c.inspection_id WHERE c.id = :c"),
            {"c": case_id},
        ).first()
        if found is None:
            raise NotFoundError(f"There is no case file {case_id!r}. List them with 'jicpa case list'.")
        reference, agency_code, kind, enabled_json = found
        enabled: list[str] = json.loads(enabled_json)
        agency = Agency(agency_code)
        if form.applies_to(agency) and kind in form.kinds and (not enabled or form_id in enabled):
            return
        offered = ", ".join(f.id for f in self._definitions.for_case(agency_code, kind, enabled)) or "—"
        title = form.title
        if not form.applies_to(agency):
            raise UserError(LocalizedText(
                f"The form '{title.en}' ({form_id}) is not used for {agency_code} records, so file {reference} "
                f"cannot take it. Use one of the forms offered for this file: {offered}.",
                f"Nid yw'r ffurflen '{title.get('cy')}' ({form_id}) yn cael ei defnyddio ar gyfer cofnodion "
                f"{agency.label.cy.lower()}, felly ni all ffeil {reference} ei chymryd. Defnyddiwch un o'r "
                f"ffurflenni a gynigir ar gyfer y ffeil hon: {offered}.",
            ))
        if kind not in form.kinds:
            only_en = " or ".join(form.kinds)
            only_cy = " neu ".join(_KIND_CY.get(k, k) for k in form.kinds)
            raise UserError(LocalizedText(
                f"The form '{title.en}' ({form_id}) is for {only_en} files only, and {reference} is a {kind} file. "
                f"Use one of the forms offered for this file: {offered}.",
                f"Mae'r ffurflen '{title.get('cy')}' ({form_id}) ar gyfer ffeiliau {only_cy} yn unig, ac mae "
                f"{reference} yn ffeil {_KIND_CY.get(kind, kind)}. Defnyddiwch un o'r ffurflenni a gynigir ar "
                f"gyfer y ffeil hon: {offered}.",
            ))
        raise UserError(LocalizedText(
            f"The form '{title.en}' ({form_id}) is not switched on for this inspection. Use one of the forms "
            f"switched on for this file ({offered}), or ask the lead inspector to switch it on.",
            f"Nid yw'r ffurflen '{title.get('cy')}' ({form_id}) ar waith ar gyfer yr arolygiad hwn. Defnyddiwch un "
            f"o'r ffurflenni sydd ar waith ar gyfer y ffeil hon ({offered}), neu gofynnwch i'r arolygydd arweiniol "
            "ei rhoi ar waith.",
        ))

    def _response_for_write(self, session: Session, case_id: str, form_id: str, now: str) -> _ResponseRow:
        self._require_offered(session, case_id, form_id)
        existing = self._response_row(session, case_id, form_id)
        if existing is not None:
            return existing
        case = self._cases.get_in(session, case_id)
        form = self._definitions.current(form_id)
        self._definitions.ensure_snapshot(session, form)
        response = FormResponse(
            case_id=case_id,
            form_id=form_id,
            form_version=form.version,
            created_at=now,
            updated_at=now,
            updated_by=self._context.actor,
        )
        session.add(response)
        audit.record(
            session,
            inspection_id=case.inspection_id,
            actor=self._context.actor,
            action="create",
            entity="form_response",
            entity_id=response.id,
            new={"case_id": case_id, "form_id": form_id, "form_version": form.version},
            at=now,
        )
        session.flush()
        return _ResponseRow(response.id, form.version, case.inspection_id, None, "", None, False, now,
                            self._context.actor, case.agency)

    def _question(self, form: FormDefinition, question_id: str, row_id: str | None, session: Session,
                  response_id: str) -> Question:
        question = form.question(question_id)
        if question is None:
            raise NotFoundError(
                f"Form {form.id!r} (version {form.version}) has no question {question_id!r}."
            )
        if question.is_repeat:
            raise UserError(f"{question_id} is a repeat group: add a row, then answer its columns.")
        group = form.parent_of(question_id)
        if group is None and row_id:
            raise UserError(f"{question_id} is not in a repeat group, so it takes no row.")
        if group is not None:
            if not row_id:
                raise UserError(f"{question_id} belongs to the repeat group {group.id}: name the row.")
            found = session.connection().execute(
                sql("SELECT group_id, deleted FROM repeat_row WHERE id = :w AND response_id = :r"),
                {"w": row_id, "r": response_id},
            ).first()
            if found is None or found[0] != group.id or found[1]:
                raise NotFoundError(f"There is no row {row_id!r} in {group.id} for this form.")
        return question

    def set_answer(
        self,
        case_id: str,
        form_id: str,
        question_id: str,
        value: object,
        *,
        row_id: str | None = None,
        evidence: str | None = None,
    ) -> SavedAnswer:
        """Check *value* against the question's type and constraint, then save it with an audit event.

        None, "" or an empty list clears the answer. *evidence* None leaves the note as it is.
        """
        return self._write(case_id, form_id, question_id, row_id, value, evidence if evidence is not None
                           else _UNCHANGED)

    def set_evidence(self, case_id: str, form_id: str, question_id: str, note: str,
                     *, row_id: str | None = None) -> SavedAnswer:
        return self._write(case_id, form_id, question_id, row_id, _UNCHANGED, note)

    def _write(self, case_id: str, form_id: str, question_id: str, row_id: str | None,
               value: object, evidence: object) -> SavedAnswer:
        now = utc_now_iso()
        with self._context.writing() as session:
            response = self._response_for_write(session, case_id, form_id, now)
            form = self._definitions.version(form_id, response.form_version)
            question = self._question(form, question_id, row_id, session, response.id)
            adds_value = value is not _UNCHANGED and not is_empty(value)
            adds_note = evidence is not _UNCHANGED and bool(str(evidence).strip())
            if adds_note:
                _require_note_allowed(question)
            state: ResponseState | None = None
            if (adds_value or adds_note) and _may_be_hidden(form, question):
                state = self.state(session, form, response.id, response.agency)
                _require_shown(form, question, state, row_id)
            typed: AnswerValue | None = None
            if adds_value:
                try:
                    typed = answer_type(question.type).parse(value, question)
                except AnswerValueError as error:
                    raise UserError(error.message) from None
                if question.constraint is not None:
                    state = state or self.state(session, form, response.id, response.agency)
                    message = check_constraint(form, question, typed, state, row_id)
                    if message is not None:
                        raise UserError(message)
            changed = self._store(session, response, form, question, row_id or "", value, typed, evidence, now)
            if changed and question.role == Role.ESCALATION and value is not _UNCHANGED:
                escalated = typed == "yes"
                if escalated != response.escalated:
                    session.execute(
                        sql("UPDATE form_response SET escalated = :e WHERE id = :r"),
                        {"e": escalated, "r": response.id},
                    )
            if changed:
                driver(session).execute(
                    ("UPDATE form_response SET updated_at = :t, updated_by = :a WHERE id = :r"),
                    {"t": now, "a": self._context.actor, "r": response.id},
                )
        return SavedAnswer(changed=changed, saved_at=now, value=typed)

    def _store(self, session: Session, response: _ResponseRow, form: FormDefinition, question: Question,
               row_id: str, value: object, typed: AnswerValue | None, evidence: object, now: str) -> bool:
        old = driver(session).execute(
            (
                "SELECT id, value_json, evidence_note FROM answer "
                "WHERE response_id = :r AND question_id = :q AND row_id = :w"
            ),
            {"r": response.id, "q": question.id, "w": row_id},
        ).fetchone()
        old_value_json = old[1] if old else "null"
        old_note = old[2] if old else ""
        new_value_json = old_value_json if value is _UNCHANGED else dumps(_json_value(question, typed))
        new_note = old_note if evidence is _UNCHANGED else str(evidence)
        if old is not None and new_value_json == old_value_json and new_note == old_note:
            return False
        if old is None and new_value_json == "null" and not new_note:
            return False
        answer_id = old[0] if old else new_id()
        if old is None:
            driver(session).execute(
                (
                    "INSERT INTO answer (id, response_id, question_id, row_id, value_json, evidence_note, "
                    "form_version, updated_at, updated_by) VALUES (:id, :r, :q, :w, :v, :n, :fv, :t, :a)"
                ),
                {"id": answer_id, "r": response.id, "q": question.id, "w": row_id, "v": new_value_json,
                 "n": new_note, "fv": form.version, "t": now, "a": self._context.actor},
            )
        else:
            driver(session).execute(
                (
                    "UPDATE answer SET value_json = :v, evidence_note = :n, updated_at = :t, updated_by = :a "
                    "WHERE id = :id"
                ),
                {"id": answer_id, "v": new_value_json, "n": new_note, "t": now, "a": self._context.actor},
            )
        field_versions.record_answer(session, inspection_id=response.inspection_id, response_id=response.id,
                                     question_id=question.id, row_id=row_id, value_json=new_value_json,
                                     evidence_note=new_note, actor=self._context.actor, at=now)
        target = f"{question.id}@{row_id}" if row_id else question.id
        if new_value_json != old_value_json:
            audit.record(session, inspection_id=response.inspection_id, actor=self._context.actor,
                         action="update" if old else "create", entity="answer", entity_id=answer_id,
                         field=f"{form.id}.{target}", old=json.loads(old_value_json),
                         new=json.loads(new_value_json), at=now)
        if new_note != old_note:
            audit.record(session, inspection_id=response.inspection_id, actor=self._context.actor,
                         action="update" if old_note else "create", entity="answer", entity_id=answer_id,
                         field=f"{form.id}.{target}.evidence", old=old_note or None, new=new_note, at=now)
        return True

    # -- repeat groups -------------------------------------------------------------------------

    def _group(self, form: FormDefinition, group_id: str) -> Question:
        group = form.question(group_id)
        if group is None or not group.is_repeat:
            raise NotFoundError(f"Form {form.id!r} has no repeat group {group_id!r}.")
        return group

    def add_row(self, case_id: str, form_id: str, group_id: str) -> str:
        now = utc_now_iso()
        with self._context.writing() as session:
            response = self._response_for_write(session, case_id, form_id, now)
            form = self._definitions.version(form_id, response.form_version)
            group = self._group(form, group_id)
            if _may_be_hidden(form, group):
                _require_shown(form, group, self.state(session, form, response.id, response.agency), None)
            last = session.connection().execute(
                sql("SELECT MAX(position) FROM repeat_row WHERE response_id = :r AND group_id = :g"),
                {"r": response.id, "g": group_id},
            ).scalar()
            row_id = new_id()
            position = (last or 0.0) + 1.0
            session.connection().execute(
                sql(
                    "INSERT INTO repeat_row (id, response_id, group_id, position, deleted, created_at, "
                    "updated_at, updated_by) VALUES (:id, :r, :g, :p, 0, :t, :t, :a)"
                ),
                {"id": row_id, "r": response.id, "g": group_id, "p": position, "t": now, "a": self._context.actor},
            )
            audit.record(session, inspection_id=response.inspection_id, actor=self._context.actor,
                         action="create", entity="repeat_row", entity_id=row_id, field=f"{form_id}.{group_id}",
                         new={"position": position}, at=now)
        return row_id

    def _row_positions(self, session: Session, response_id: str, group_id: str) -> list[tuple[str, float]]:
        return [
            (r[0], r[1])
            for r in session.connection().execute(
                sql(
                    "SELECT id, position FROM repeat_row WHERE response_id = :r AND group_id = :g "
                    "AND deleted = 0 ORDER BY position, created_at"
                ),
                {"r": response_id, "g": group_id},
            )
        ]

    def _require_response(self, session: Session, case_id: str, form_id: str) -> _ResponseRow:
        self._require_offered(session, case_id, form_id)
        response = self._response_row(session, case_id, form_id)
        if response is None:
            raise NotFoundError(f"Form {form_id!r} has not been started for this case file.")
        return response

    def remove_row(self, case_id: str, form_id: str, row_id: str) -> None:
        """Rows are marked deleted, not erased: the merge needs to know a row was removed."""
        now = utc_now_iso()
        with self._context.writing() as session:
            response = self._require_response(session, case_id, form_id)
            found = session.connection().execute(
                sql("SELECT group_id FROM repeat_row WHERE id = :w AND response_id = :r AND deleted = 0"),
                {"w": row_id, "r": response.id},
            ).first()
            if found is None:
                raise NotFoundError(f"There is no row {row_id!r} in this form.")
            session.connection().execute(
                sql("UPDATE repeat_row SET deleted = 1, updated_at = :t, updated_by = :a WHERE id = :w"),
                {"t": now, "a": self._context.actor, "w": row_id},
            )
            audit.record(session, inspection_id=response.inspection_id, actor=self._context.actor,
                         action="delete", entity="repeat_row", entity_id=row_id,
                         field=f"{form_id}.{found[0]}", old={"deleted": False}, new={"deleted": True}, at=now)

    def move_row(self, case_id: str, form_id: str, row_id: str, new_index: int) -> None:
        now = utc_now_iso()
        with self._context.writing() as session:
            response = self._require_response(session, case_id, form_id)
            found = session.connection().execute(
                sql("SELECT group_id, position FROM repeat_row WHERE id = :w AND response_id = :r AND deleted = 0"),
                {"w": row_id, "r": response.id},
            ).first()
            if found is None:
                raise NotFoundError(f"There is no row {row_id!r} in this form.")
            group_id, old_position = found
            others = [r for r in self._row_positions(session, response.id, group_id) if r[0] != row_id]
            index = max(0, min(new_index, len(others)))
            # A position between the neighbours: moving one row rewrites one row, which merges cleanly.
            before = others[index - 1][1] if index > 0 else None
            after = others[index][1] if index < len(others) else None
            if before is None and after is None:
                position = 1.0
            elif before is None:
                position = (after or 0.0) - 1.0
            elif after is None:
                position = before + 1.0
            else:
                position = (before + after) / 2.0
            if position == old_position:
                return
            session.connection().execute(
                sql("UPDATE repeat_row SET position = :p, updated_at = :t, updated_by = :a WHERE id = :w"),
                {"p": position, "t": now, "a": self._context.actor, "w": row_id},
            )
            audit.record(session, inspection_id=response.inspection_id, actor=self._context.actor,
                         action="update", entity="repeat_row", entity_id=row_id, field=f"{form_id}.{group_id}",
                         old={"position": old_position}, new={"position": position}, at=now)

    # -- grades --------------------------------------------------------------------------------

    def set_grade(self, case_id: str, form_id: str, final_grade: str | None, reason: str = "") -> GradeView:
        """Record the inspector's grade; any grade other than the suggestion needs a reason."""
        now = utc_now_iso()
        with self._context.writing() as session:
            response = self._response_for_write(session, case_id, form_id, now)
            form = self._definitions.version(form_id, response.form_version)
            evaluation = evaluate(form, self.state(session, form, response.id, response.agency))
            if form.grade_roll_up is not None:
                evaluation = rolled_up(form, evaluation, self.other_form_grades(session, case_id, form_id))
            suggestion = evaluation.suggestion
            grade = None
            if final_grade:
                try:
                    grade = Grade(final_grade)
                except ValueError:
                    known = ", ".join(g.value for g in Grade)
                    raise UserError(f"Unknown grade {final_grade!r}: use one of {known}.") from None
            if grade is not None and grade != suggestion.grade and not reason.strip():
                raise UserError(
                    f"The suggested grade is {suggestion.grade.value}; give a reason for "
                    f"{grade.value} (for Outstanding, the impact on the child)."
                )
            old = {"final_grade": response.final_grade, "override_reason": response.override_reason}
            new = {"final_grade": grade.value if grade else None, "override_reason": reason.strip(),
                   "suggested_grade": suggestion.grade.value}
            unchanged = (old["final_grade"], old["override_reason"]) == (new["final_grade"], new["override_reason"])
            if unchanged and response.suggested_grade == new["suggested_grade"]:
                return GradeView(suggestion, new["final_grade"], new["override_reason"] or "",
                                 grade is not None and override_needs_moderation(suggestion.grade, grade))
            session.connection().execute(
                sql(
                    "UPDATE form_response SET final_grade = :g, override_reason = :why, suggested_grade = :s, "
                    "updated_at = :t, updated_by = :a WHERE id = :r"
                ),
                {"g": new["final_grade"], "why": new["override_reason"], "s": new["suggested_grade"],
                 "t": now, "a": self._context.actor, "r": response.id},
            )
            field_versions.record_grade(session, inspection_id=response.inspection_id, response_id=response.id,
                                        final_grade=new["final_grade"], override_reason=reason.strip(),
                                        suggested_grade=new["suggested_grade"], actor=self._context.actor, at=now)
            audit.record(session, inspection_id=response.inspection_id, actor=self._context.actor,
                         action="update", entity="form_response", entity_id=response.id, field="grade",
                         old=old, new=new, at=now)
        return GradeView(
            suggestion=suggestion,
            final_grade=grade.value if grade else None,
            override_reason=reason.strip(),
            needs_moderation=grade is not None and override_needs_moderation(suggestion.grade, grade),
        )

    # -- bulk (demo, imports) ------------------------------------------------------------------

    def fill(self, session: Session, case_id: str, form_id: str,
             answers: Iterable[tuple[str, object, str]],
             rows: Sequence[tuple[str, Sequence[tuple[str, object, str]]]] = ()) -> None:
        """Answer many questions inside the caller's transaction, each checked and audited.

        *answers* are (question id, value, evidence note); *rows* are (group id, [(column id, value, note)]).
        The same rules as one answer at a time hold; skip logic is judged on the state the whole batch
        leaves, so the order of the answers does not matter.
        """
        now = utc_now_iso()
        response = self._response_for_write(session, case_id, form_id, now)
        form = self._definitions.version(form_id, response.form_version)
        given: list[tuple[Question, str | None]] = []
        for question_id, value, note in answers:
            question = self._question(form, question_id, None, session, response.id)
            if note.strip():
                _require_note_allowed(question)
            if note.strip() or not is_empty(value):
                given.append((question, None))
            typed = answer_type(question.type).parse(value, question)
            self._store(session, response, form, question, "", value, typed, note, now)
            if question.role == Role.ESCALATION and typed == "yes":
                session.connection().execute(
                    sql("UPDATE form_response SET escalated = 1 WHERE id = :r"), {"r": response.id}
                )
        for position, (group_id, cells) in enumerate(rows, start=1):
            given.append((self._group(form, group_id), None))
            row_id = new_id()
            session.connection().execute(
                sql(
                    "INSERT INTO repeat_row (id, response_id, group_id, position, deleted, created_at, "
                    "updated_at, updated_by) VALUES (:id, :r, :g, :p, 0, :t, :t, :a)"
                ),
                {"id": row_id, "r": response.id, "g": group_id, "p": float(position), "t": now,
                 "a": self._context.actor},
            )
            audit.record(session, inspection_id=response.inspection_id, actor=self._context.actor,
                         action="create", entity="repeat_row", entity_id=row_id, field=f"{form_id}.{group_id}",
                         new={"position": float(position)}, at=now)
            for column_id, value, note in cells:
                question = self._question(form, column_id, row_id, session, response.id)
                if note.strip():
                    _require_note_allowed(question)
                if note.strip() or not is_empty(value):
                    given.append((question, row_id))
                typed = answer_type(question.type).parse(value, question)
                self._store(session, response, form, question, row_id, value, typed, note, now)
        if given:
            state = self.state(session, form, response.id, response.agency)
            for question, given_row in given:
                _require_shown(form, question, state, given_row)

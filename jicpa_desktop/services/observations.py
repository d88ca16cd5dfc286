"""Meeting observations: inspection-level forms answered once per meeting observed, never for a child's file.

An observation is kept in its own tables (store/observation_tables.py). It has a date and an observer and the
answers of its form (the catalogue's Form 22, `scope: inspection`); every change is one committed, audited
transaction, like a case file's answers, and checked the same way (the answer type, skip logic, the form's
constraint, whether a question takes an evidence note).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.answer_types import AnswerValue, AnswerValueError, answer_type, is_empty
from jicpa_desktop.domain.form_model import EvidenceRule, FormDefinition, Question
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.roles import Role
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.forms_engine.evaluation import Evaluation, ResponseState, check_constraint, evaluate, is_shown
from jicpa_desktop.forms_engine.local_terms import form_with_terms
from jicpa_desktop.services import audit
from jicpa_desktop.services.answers import decode_value
from jicpa_desktop.services.context import ServiceContext, driver, dumps
from jicpa_desktop.services.dto import SavedAnswer, TeamMemberInfo
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.form_definitions import FormDefinitions
from jicpa_desktop.services.identity import member_info, remembered_member, require_inspection
from jicpa_desktop.store.tables import new_id

_UNCHANGED = object()
REFERENCE_PREFIX = "OBS-"


def observation_reference(observation_id: str) -> str:
    """'OBS-3F2A9C': the same on every laptop (it comes from the id), so the team's observations never clash."""
    return REFERENCE_PREFIX + observation_id.replace("-", "")[:6].upper()


@dataclass(frozen=True, slots=True)
class ObservationSummary:
    id: str
    inspection_id: str
    reference: str
    form_id: str
    observed_on: dt.date
    meeting_kind: LocalizedText | None  # the answer of the form's meeting_kind question, None until given
    observer: str  # the observer's name, or who made the observation when no team member was chosen
    answered: int
    questions: int
    updated_at: str
    updated_by: str


@dataclass(frozen=True, slots=True)
class ObservationView:
    summary: ObservationSummary
    form: FormDefinition
    state: ResponseState
    evaluation: Evaluation


def _parse_date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise UserError(LocalizedText(
            f"{value!r} is not a date. Give the day of the meeting as YYYY-MM-DD, for example 2026-03-10.",
            f"Nid yw {value!r} yn ddyddiad. Rhowch ddiwrnod y cyfarfod fel BBBB-MM-DD, er enghraifft 2026-03-10.",
        )) from None


def _require_not_future(day: dt.date) -> None:
    if day > dt.date.today():
        raise UserError(LocalizedText(
            f"{day.isoformat()} is in the future: an observation records a meeting that has taken place. "
            "Give the day of the meeting.",
            f"Mae {day.isoformat()} yn y dyfodol: mae arsylwad yn cofnodi cyfarfod sydd wedi digwydd. "
            "Rhowch ddiwrnod y cyfarfod.",
        ))


def _observed_questions(form: FormDefinition) -> list[Question]:
    return [q for q in form.questions() if not q.is_repeat]


class Observations:
    def __init__(self, context: ServiceContext, definitions: FormDefinitions) -> None:
        self._context = context
        self._definitions = definitions

    # -- which form ----------------------------------------------------------------------------

    def forms(self) -> list[FormDefinition]:
        """The inspection-level forms of the catalogue (the meeting observation), in catalogue order."""
        return list(self._context.catalogue.inspection_level())

    def _form_for_new(self, session: Session, inspection_id: str, form_id: str | None) -> FormDefinition:
        forms = self.forms()
        if not forms:
            raise UserError(LocalizedText(
                "This copy of JICPA Desktop has no form for observing meetings (a form with `scope: inspection`).",
                "Nid oes gan y copi hwn o JICPA Desktop ffurflen ar gyfer arsylwi cyfarfodydd (ffurflen gyda "
                "`scope: inspection`).",
            ))
        chosen = forms[0] if form_id is None else next((f for f in forms if f.id == form_id), None)
        if chosen is None:
            names = ", ".join(f.id for f in forms)
            raise NotFoundError(LocalizedText(
                f"There is no inspection-level form {form_id!r}. Choose among: {names}.",
                f"Nid oes ffurflen lefel arolygiad {form_id!r}. Dewiswch o blith: {names}.",
            ))
        enabled = self._definitions.enabled_for(session, inspection_id)
        if enabled and chosen.id not in enabled:
            raise UserError(LocalizedText(
                f"The form '{chosen.title.en}' is switched off for this inspection. Switch it on first "
                "(Inspection ▸ Forms… in the app, or 'jicpa inspection forms').",
                f"Mae'r ffurflen '{chosen.title.get('cy')}' wedi'i diffodd ar gyfer yr arolygiad hwn. Rhowch hi "
                "ar waith yn gyntaf (Arolygiad ▸ Ffurflenni… yn yr ap, neu 'jicpa inspection forms').",
            ))
        return chosen

    # -- reading -------------------------------------------------------------------------------

    def summaries(self, inspection_id: str) -> list[ObservationSummary]:
        """The inspection's observations, oldest meeting first."""
        with self._context.reading() as session:
            require_inspection(session, inspection_id)
            return [view.summary for view in self._views(session, inspection_id, None)]

    def load(self, observation_id: str) -> ObservationView:
        with self._context.reading() as session:
            inspection_id = self._inspection_of(session, observation_id)
            return self._views(session, inspection_id, observation_id)[0]

    def for_inspection(self, session: Session, inspection_id: str) -> list[ObservationView]:
        """Every observation with its answers, in one read (for the exports, inside their session)."""
        return self._views(session, inspection_id, None)

    def _inspection_of(self, session: Session, observation_id: str) -> str:
        found = session.execute(
            text("SELECT inspection_id FROM meeting_observation WHERE id = :o AND removed_at IS NULL"),
            {"o": observation_id},
        ).first()
        if found is None:
            raise NotFoundError(LocalizedText(
                f"There is no observation {observation_id!r} (it may have been removed). List them with "
                "'jicpa observation list'.",
                f"Nid oes arsylwad {observation_id!r} (efallai ei fod wedi'i ddileu). Rhestrwch nhw gyda "
                "'jicpa observation list'.",
            ))
        return str(found[0])

    def _views(self, session: Session, inspection_id: str, only: str | None) -> list[ObservationView]:
        sql = ("SELECT o.id, o.form_id, o.form_version, o.observed_on, o.updated_at, o.updated_by, m.name "
               "FROM meeting_observation o LEFT JOIN team_member m ON m.id = o.observer_id "
               "WHERE o.inspection_id = :i AND o.removed_at IS NULL")
        params: dict[str, object] = {"i": inspection_id}
        if only is not None:
            sql += " AND o.id = :o"
            params["o"] = only
        rows = session.execute(text(sql + " ORDER BY o.observed_on, o.created_at, o.id"), params).all()
        # The form's words with this area's names for things ("MASH strategy meeting" where it says {front_door}).
        terms = json.loads(session.execute(text("SELECT local_terms_json FROM inspection WHERE id = :i"),
                                           {"i": inspection_id}).scalar() or "{}")
        answers: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        answer_sql = ("SELECT observation_id, question_id, value_json, evidence_note FROM observation_answer "
                      "WHERE inspection_id = :i" + (" AND observation_id = :o" if only is not None else ""))
        for observation_id, question_id, value_json, note in session.execute(text(answer_sql), params):
            answers[str(observation_id)].append((str(question_id), str(value_json), str(note)))
        views = []
        for observation_id, form_id, version, observed_on, updated_at, updated_by, observer in rows:
            form = form_with_terms(self._definitions.version(str(form_id), int(version)), terms)
            state = ResponseState()
            for question_id, value_json, note in answers.get(str(observation_id), []):
                question = form.question(question_id)
                if question is None:
                    continue  # a question of a later version this copy does not know
                value = decode_value(question, value_json)
                if value is not None:
                    state.answers[question_id] = value
                if note:
                    state.evidence[(question_id, None)] = note
            evaluation = evaluate(form, state)
            kind_question = form.with_role(Role.MEETING_KIND.value)
            kind = state.answers.get(kind_question.id) if kind_question is not None else None
            kind_label = None
            if kind_question is not None and isinstance(kind, str):
                choice = next((c for c in kind_question.choices if c.id == kind), None)
                kind_label = choice.label if choice is not None else None
            questions = [q for q in _observed_questions(form) if evaluation.is_relevant(q.id)]
            summary = ObservationSummary(
                id=str(observation_id), inspection_id=inspection_id, reference=observation_reference(observation_id),
                form_id=str(form_id), observed_on=dt.date.fromisoformat(str(observed_on)), meeting_kind=kind_label,
                observer=str(observer) if observer else str(updated_by),
                answered=sum(1 for q in questions if q.id in state.answers), questions=len(questions),
                updated_at=str(updated_at), updated_by=str(updated_by),
            )
            views.append(ObservationView(summary, form, state, evaluation))
        if only is not None and not views:
            raise NotFoundError(f"There is no observation {only!r}.")
        return views

    # -- writing -------------------------------------------------------------------------------

    def add(self, inspection_id: str, observed_on: object, *, form_id: str | None = None,
            observer: str | None = None) -> ObservationSummary:
        """A new observation of a meeting held on *observed_on*, observed by this laptop's team member, or by the
        team member named *observer* (the lead recording a colleague's observation; the demo)."""
        day = _parse_date(observed_on)
        _require_not_future(day)
        now = utc_now_iso()
        observation_id = new_id()
        with self._context.writing() as session:
            require_inspection(session, inspection_id)
            form = self._form_for_new(session, inspection_id, form_id)
            self._definitions.ensure_snapshot(session, form)
            member = (remembered_member(session, inspection_id) if observer is None
                      else _team_member(session, inspection_id, observer))
            session.execute(text(
                "INSERT INTO meeting_observation (id, inspection_id, form_id, form_version, observed_on, observer_id, "
                "created_at, updated_at, updated_by) VALUES (:id, :i, :f, :v, :d, :m, :t, :t, :a)"),
                {"id": observation_id, "i": inspection_id, "f": form.id, "v": form.version, "d": day.isoformat(),
                 "m": member.id if member is not None else None, "t": now, "a": self._context.actor})
            audit.record(session, inspection_id=inspection_id, actor=self._context.actor, action="create",
                         entity="meeting_observation", entity_id=observation_id,
                         new={"form_id": form.id, "form_version": form.version, "observed_on": day.isoformat()},
                         at=now)
            return self._views(session, inspection_id, observation_id)[0].summary

    def set_date(self, observation_id: str, observed_on: object) -> None:
        day = _parse_date(observed_on)
        _require_not_future(day)
        now = utc_now_iso()
        with self._context.writing() as session:
            inspection_id = self._inspection_of(session, observation_id)
            before = session.execute(text("SELECT observed_on FROM meeting_observation WHERE id = :o"),
                                     {"o": observation_id}).scalar()
            if before == day.isoformat():
                return
            session.execute(text("UPDATE meeting_observation SET observed_on = :d, updated_at = :t, updated_by = :a "
                                 "WHERE id = :o"),
                            {"d": day.isoformat(), "t": now, "a": self._context.actor, "o": observation_id})
            audit.record(session, inspection_id=inspection_id, actor=self._context.actor, action="update",
                         entity="meeting_observation", entity_id=observation_id, field="observed_on",
                         old=before, new=day.isoformat(), at=now)

    def remove(self, observation_id: str) -> None:
        """Remove an observation (recorded by mistake): it stays removed on every laptop its removal reaches."""
        now = utc_now_iso()
        with self._context.writing() as session:
            inspection_id = self._inspection_of(session, observation_id)
            session.execute(text("UPDATE meeting_observation SET removed_at = :t, updated_at = :t, updated_by = :a "
                                 "WHERE id = :o"), {"t": now, "a": self._context.actor, "o": observation_id})
            # The answers go at once: a removed observation keeps nothing that was said in the meeting.
            session.execute(text("DELETE FROM observation_answer WHERE observation_id = :o"), {"o": observation_id})
            audit.record(session, inspection_id=inspection_id, actor=self._context.actor, action="delete",
                         entity="meeting_observation", entity_id=observation_id, at=now)

    def set_answer(self, observation_id: str, question_id: str, value: object, *,
                   evidence: str | None = None) -> SavedAnswer:
        """Check *value* like a case file's answer, then save it with an audit event. None or "" clears it."""
        return self._write(observation_id, question_id, value, evidence if evidence is not None else _UNCHANGED)

    def set_evidence(self, observation_id: str, question_id: str, note: str) -> SavedAnswer:
        return self._write(observation_id, question_id, _UNCHANGED, note)

    def _write(self, observation_id: str, question_id: str, value: object, evidence: object) -> SavedAnswer:
        now = utc_now_iso()
        with self._context.writing() as session:
            inspection_id = self._inspection_of(session, observation_id)
            view = self._views(session, inspection_id, observation_id)[0]
            form, state = view.form, view.state
            question = form.question(question_id)
            if question is None or question.is_repeat:
                raise NotFoundError(LocalizedText(
                    f"The form {form.id!r} has no question {question_id!r}.",
                    f"Nid oes gan y ffurflen {form.id!r} gwestiwn {question_id!r}.",
                ))
            adds_value = value is not _UNCHANGED and not is_empty(value)
            adds_note = evidence is not _UNCHANGED and bool(str(evidence).strip())
            if adds_note and question.evidence is EvidenceRule.NONE:
                raise UserError(LocalizedText(
                    f"{question_id} takes no evidence note (its form says evidence: none): leave the note empty.",
                    f"Nid yw {question_id} yn cymryd nodyn tystiolaeth (mae ei ffurflen yn dweud evidence: none): "
                    "gadewch y nodyn yn wag.",
                ))
            if (adds_value or adds_note) and not is_shown(form, question, state, None):
                raise UserError(LocalizedText(
                    f"{question_id} is hidden by the form's skip logic ({question.relevant}), so it takes no answer "
                    "or note now. Change the answer it depends on first.",
                    f"Mae {question_id} wedi'i guddio gan resymeg neidio'r ffurflen ({question.relevant}), felly nid "
                    "yw'n cymryd ateb na nodyn nawr. Newidiwch yr ateb y mae'n dibynnu arno yn gyntaf.",
                ))
            typed: AnswerValue | None = None
            if adds_value:
                try:
                    typed = answer_type(question.type).parse(value, question)
                except AnswerValueError as error:
                    raise UserError(error.message) from None
                if question.constraint is not None:
                    message = check_constraint(form, question, typed, state, None)
                    if message is not None:
                        raise UserError(message)
            changed = self._store(session, inspection_id, observation_id, form, question, value, typed, evidence, now)
        return SavedAnswer(changed=changed, saved_at=now, value=typed)

    def _store(self, session: Session, inspection_id: str, observation_id: str, form: FormDefinition,
               question: Question, value: object, typed: AnswerValue | None, evidence: object, now: str) -> bool:
        connection = driver(session)
        old = connection.execute(
            "SELECT id, value_json, evidence_note FROM observation_answer "
            "WHERE observation_id = :o AND question_id = :q",
            {"o": observation_id, "q": question.id},
        ).fetchone()
        old_value_json = old[1] if old else "null"
        old_note = old[2] if old else ""
        new_value_json = old_value_json if value is _UNCHANGED else dumps(
            None if typed is None else answer_type(question.type).to_json(typed))
        new_note = old_note if evidence is _UNCHANGED else str(evidence)
        if new_value_json == old_value_json and new_note == old_note:
            return False
        answer_id = old[0] if old else new_id()
        actor = self._context.actor
        if old is None:
            connection.execute(
                "INSERT INTO observation_answer (id, observation_id, inspection_id, question_id, value_json, "
                "evidence_note, updated_at, updated_by) VALUES (:id, :o, :i, :q, :v, :n, :t, :a)",
                {"id": answer_id, "o": observation_id, "i": inspection_id, "q": question.id, "v": new_value_json,
                 "n": new_note, "t": now, "a": actor})
        else:
            connection.execute(
                "UPDATE observation_answer SET value_json = :v, evidence_note = :n, updated_at = :t, updated_by = :a "
                "WHERE id = :id", {"id": answer_id, "v": new_value_json, "n": new_note, "t": now, "a": actor})
        connection.execute("UPDATE meeting_observation SET updated_at = :t, updated_by = :a WHERE id = :o",
                           {"t": now, "a": actor, "o": observation_id})
        field = f"{form.id}.{question.id}"
        if new_value_json != old_value_json:
            audit.record(session, inspection_id=inspection_id, actor=actor, action="update" if old else "create",
                         entity="observation_answer", entity_id=answer_id, field=field,
                         old=json.loads(old_value_json), new=json.loads(new_value_json), at=now)
        if new_note != old_note:
            audit.record(session, inspection_id=inspection_id, actor=actor, action="update" if old_note else "create",
                         entity="observation_answer", entity_id=answer_id, field=f"{field}.evidence",
                         old=old_note or None, new=new_note, at=now)
        return True


def _team_member(session: Session, inspection_id: str, name: str) -> TeamMemberInfo:
    """The member of the inspection's team called *name*, or a refusal that names the team."""
    team = [member_info(tuple(row)) for row in session.execute(
        text("SELECT id, name, inspectorate, role, retired_at FROM team_member WHERE inspection_id = :i ORDER BY name"),
        {"i": inspection_id})]
    found = next((m for m in team if m.name == name), None)
    if found is None and not team:
        raise UserError(LocalizedText(
            f"{name!r} cannot be the observer: this inspection has no team yet. Add its members first (the Team "
            "window, or 'jicpa team add').",
            f"Ni all {name!r} fod yn arsylwr: nid oes gan yr arolygiad hwn dîm eto. Ychwanegwch ei aelodau yn "
            "gyntaf (y ffenestr Tîm, neu 'jicpa team add').",
        ))
    if found is None:
        names = ", ".join(m.name for m in team)
        raise UserError(LocalizedText(
            f"{name!r} is not in this inspection's team ({names}): name one of them as the observer.",
            f"Nid yw {name!r} yn nhîm yr arolygiad hwn ({names}): enwch un ohonynt fel yr arsylwr.",
        ))
    return found


def kind_label(summary: ObservationSummary, lang: str) -> str:
    """The meeting's type in *lang*, or a dash until the observer says."""
    return summary.meeting_kind.get(lang) if summary.meeting_kind is not None else "—"


def observer_names(summaries: Sequence[ObservationSummary]) -> list[str]:
    """Who observed, each once, in order of first observation."""
    return list(dict.fromkeys(s.observer for s in summaries))

"""A clearly fictional demo inspection: 26 files with plausible answers, so a newcomer sees it alive."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from jicpa_desktop.domain.agencies import Agency, Inspectorate
from jicpa_desktop.domain.answer_types import AnswerValue
from jicpa_desktop.domain.form_model import FormDefinition, Question
from jicpa_desktop.domain.roles import Role
from jicpa_desktop.forms_engine.evaluation import ResponseState, RowState, check_constraint, evaluate
from jicpa_desktop.services.answers import Answers
from jicpa_desktop.services.cases import Cases, validate_new_case
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.demo_observations import add_demo_observations
from jicpa_desktop.services.form_definitions import FormDefinitions
from jicpa_desktop.services.genograms import add_demo_genograms
from jicpa_desktop.services.inspections import Inspections
from jicpa_desktop.services.observations import Observations

DEMO_NAME = "DEMO — Sir Enghraifft JICPA (fictional)"
DEMO_SEED = 20240115

TEAM: tuple[tuple[str, str, str], ...] = (
    ("Demo Lead (CIW)", Inspectorate.CIW.value, "lead"),
    ("Demo Inspector A (CIW)", Inspectorate.CIW.value, "inspector"),
    ("Demo Inspector B (HMICFRS)", Inspectorate.HMICFRS.value, "inspector"),
    ("Demo Inspector C (HIW)", Inspectorate.HIW.value, "inspector"),
    ("Demo Inspector D (Estyn)", Inspectorate.ESTYN.value, "inspector"),
)

_AGENCY_INSPECTOR = {
    Agency.CHILDREN_SERVICES: ("Demo Lead (CIW)", "Demo Inspector A (CIW)"),
    Agency.POLICE: ("Demo Inspector B (HMICFRS)",),
    Agency.HEALTH: ("Demo Inspector C (HIW)",),
    Agency.EDUCATION: ("Demo Inspector D (Estyn)",),
}

# (reference number, agency, kind): 20 sampled and 6 tracked files, across four agencies.
_AGENCY_CYCLE = (Agency.CHILDREN_SERVICES, Agency.POLICE, Agency.CHILDREN_SERVICES, Agency.HEALTH,
                 Agency.EDUCATION)

_POSITIVE_NOTES = (
    "Social worker's case notes record the child seen alone at home on two visits; views written in the "
    "child's words.",
    "Strategy discussion minutes show police, health and education present; decisions and reasons recorded.",
    "Plan reviewed at core group; each action has a named role and a date.",
    "Record shows the Welsh active offer made to mother; she chose English.",
    "Health visitor's entry links the concern to the plan and records the follow-up visit.",
)
_NEGATIVE_NOTES = (
    "No record of the child being seen alone in the review period; visits recorded with mother present.",
    "Safety plan actions are generic ('parents to engage'); no named person or timescale.",
    "Chronology stops eight months before the review period; recent incidents are missing.",
    "PPN does not say whether the child was present or spoken to.",
    "Contingency plan not updated after mother's partner returned to the household.",
    "Plan not shared with the school, which was not invited to the core group.",
    "Genogram omits father's family and the older brother living with grandmother.",
)
_SUMMARY_TEXT = (
    "Worker knows the child well and visits are regular; plans are clear but contingency planning is thin.",
    "Partnership working around the child is strong at meetings but actions are not always followed up.",
    "The child's voice is captured well by school; other agencies rely on parents' accounts.",
)
_ROLE_TEXT = ("mother", "mother's partner", "older brother", "class teacher", "health visitor",
              "social worker", "team manager", "designated safeguarding person")

# Every file's review period, before the fieldwork week (15–19 January 2024).
_REVIEW = (dt.date(2023, 7, 1), dt.date(2024, 1, 12))
# Files whose records leave out the child's ethnicity or language: the demo shows that finding, not noise.
_NOT_RECORDED = {Role.ETHNICITY_RECORDED: {4, 17}, Role.LANGUAGE_RECORDED: {9}}


@dataclass(frozen=True)
class _FileFacts:
    """What one demo file's forms agree on: its kind, age band, review period and the dates of its events, in
    the order the procedures give them (some ICPCs late, as in a real sample), so the data-quality checks and the
    timeliness read a coherent file."""

    number: int
    kind: str
    band: str
    events: dict[str, dt.date] = field(default_factory=dict)
    # The later meetings of a series (the rows of a repeat group whose date column records the event).
    series: dict[str, tuple[dt.date, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, number: int, kind: str, band: str) -> _FileFacts:
        # A generator of its own: the answers' random sequence (and so every other answer) stays as it was.
        pick = random.Random(DEMO_SEED + number)
        contact = _REVIEW[0] + dt.timedelta(days=2 + pick.randint(0, 60))
        strategy = contact + dt.timedelta(days=pick.randint(1, 4))
        icpc = strategy + dt.timedelta(days=pick.randint(14, 26))
        events = {
            "contact": contact,
            "initial_decision": contact + dt.timedelta(days=pick.choice((0, 1, 1, 3))),
            "strategy_discussion": strategy,
            "s47_start": strategy,
            "assessment_completed": strategy + dt.timedelta(days=pick.randint(35, 75)),
            "icpc": icpc,
            "caspp_circulated": icpc + dt.timedelta(days=pick.randint(2, 9)),
            "first_core_group": icpc + dt.timedelta(days=pick.randint(8, 17)),
            "first_rcpc": icpc + dt.timedelta(days=pick.randint(80, 96)),
        }
        # Drawn after the events above, so those stay as they were: core groups five to seven weeks apart (a
        # gap past six weeks in some files), reviews six-monthly, as many as fall in the review period.
        series = {"core_group": _meetings(events["first_core_group"], 35, 46, pick),
                  "review_conference": _meetings(events["first_rcpc"], 175, 183, pick)}
        return cls(number, kind, band, events, series)

    def role_value(self, role: str | None) -> AnswerValue | None:
        if role == Role.CASE_KIND:
            return self.kind
        if role == Role.AGE_BAND:
            return self.band
        if role == Role.REVIEW_START:
            return _REVIEW[0]
        if role == Role.REVIEW_END:
            return _REVIEW[1]
        for recorded, numbers in _NOT_RECORDED.items():
            if role == recorded:
                return "no" if self.number in numbers else "yes"
        return None


def _meetings(first: dt.date, shortest: int, longest: int, pick: random.Random) -> tuple[dt.date, ...]:
    """The meetings after `first`, each `shortest` to `longest` days after the one before, within the review period."""
    found: list[dt.date] = []
    day = first + dt.timedelta(days=pick.randint(shortest, longest))
    while day <= _REVIEW[1]:
        found.append(day)
        day += dt.timedelta(days=pick.randint(shortest, longest))
    return tuple(found)


def _role_id(form: FormDefinition, role: Role) -> str:
    """The id of the question playing `role` (the loader makes the standard fields play the escalation ones)."""
    question = form.with_role(role)
    if question is None:
        raise ValueError(f"form {form.id} has no question with the role {role.value}")
    return question.id


class Demo:
    def __init__(self, context: ServiceContext, definitions: FormDefinitions, inspections: Inspections,
                 cases: Cases, answers: Answers) -> None:
        self._context = context
        self._definitions = definitions
        self._inspections = inspections
        self._cases = cases
        self._answers = answers

    def build(self) -> str:
        """Create the demo inspection and return its id; the same data every time (fixed seed)."""
        rng = random.Random(DEMO_SEED)
        inspection_id = self._inspections.create(
            name=DEMO_NAME,
            local_authority="Sir Enghraifft (fictional local authority)",
            start="2024-01-15",
            end="2024-01-19",
            inspectorates=[Inspectorate.CIW, Inspectorate.HMICFRS, Inspectorate.HIW, Inspectorate.ESTYN],
            enabled_forms=[f.id for f in self._definitions.all()],
            local_terms={"front_door": "MASH", "risk_model": "THRIVE (police call grading)"},
            team=TEAM,
        )
        bands = ("under_1", "1_4", "5_11", "5_11", "12_15", "16_17")
        with self._context.writing() as session:
            for number in range(1, 27):
                kind = "tracked" if number > 20 else "sampled"
                agency = _AGENCY_CYCLE[(number - 1) % len(_AGENCY_CYCLE)]
                inspector = rng.choice(_AGENCY_INSPECTOR[agency])
                band = rng.choice(bands)
                new = validate_new_case(f"DEMO24-{number:02d}", agency.value, kind, band, inspector)
                facts = _FileFacts.of(number, kind, band)
                case_id = self._cases.insert(session, inspection_id, new)
                # Most files are finished, some under way, a few not yet opened: a Wednesday afternoon.
                stage = rng.random()
                if stage < 0.1 and number not in (8, 22):
                    continue
                quality = rng.choice(("strong", "mixed", "mixed", "weak"))
                for form in self._definitions.for_case(agency.value, kind, None):
                    escalated_here = number in (8, 22) and form.id == "voice_of_child"
                    if stage < 0.3 and rng.random() < 0.5 and not escalated_here:
                        continue
                    answers, rows = self._answers_for(form, quality, rng, partial=stage < 0.3, agency=agency.value,
                                                      facts=facts)
                    # The case record's first question repeats the file's pseudonymous reference.
                    answers = [(q, new.reference if q == "cr_01" else v, n) for q, v, n in answers]
                    if escalated_here:
                        escalation, action, date = (_role_id(form, r) for r in (
                            Role.ESCALATION, Role.ESCALATION_ACTION, Role.ESCALATION_DATE))
                        answers = [a for a in answers if a[0] != escalation] + [
                            (escalation, "yes", ""),
                            (action, "Lead inspector told; team manager asked to visit today.", ""),
                            (date, "2024-01-17", ""),
                        ]
                    self._answers.fill(session, case_id, form.id, answers, rows)
        # The first tracked file has genograms (the inspector's and the agency's) and an ecomap.
        add_demo_genograms(self._context, inspection_id, "DEMO24-21")
        # Three meetings observed in the fieldwork week (the Observations sheet, the PDF's section).
        add_demo_observations(Observations(self._context, self._definitions), inspection_id)
        return inspection_id

    def _answers_for(
        self, form: FormDefinition, quality: str, rng: random.Random, *, partial: bool, agency: str,
        facts: _FileFacts | None = None,
    ) -> tuple[list[tuple[str, object, str]], list[tuple[str, Sequence[tuple[str, object, str]]]]]:
        answers: list[tuple[str, object, str]] = []
        rows: list[tuple[str, Sequence[tuple[str, object, str]]]] = []
        values: dict[str, AnswerValue] = {}
        dates = iter(sorted(dt.date(2023, 7, 1) + dt.timedelta(days=rng.randint(0, 190)) for _ in range(40)))
        for question in form.questions():
            if question.role in (Role.ESCALATION_ACTION, Role.ESCALATION_DATE):
                continue
            if question.role in (Role.ESCALATION, Role.RISK_UNMANAGED):
                values[question.id] = "no"
                answers.append((question.id, "no", ""))
                continue
            if partial and rng.random() < 0.4:
                continue
            if question.is_repeat:
                drawn = rng.randint(1, 3)
                # A series' rows are the file's later meetings (none when none fall in the review period).
                series = next((facts.series[c.event] for c in question.columns
                               if facts is not None and c.event in facts.series), None)
                for number in range(len(series) if series is not None else drawn):
                    cells = []
                    for column in question.columns:
                        cell = next(dates) if column.type == "date" else self._value(column, quality, rng)
                        if series is not None and facts is not None and column.event in facts.series:
                            cell = facts.series[column.event][number]
                        if cell is None:
                            continue
                        wants_note = column.evidence.value == "always" or (
                            column.evidence.value == "when_negative" and cell in ("no", "partly"))
                        cells.append((column.id, cell, self._note(cell in ("no", "partly"), rng) if wants_note else ""))
                    rows.append((question.id, cells))
                continue
            value = next(dates) if question.type == "date" else self._value(question, quality, rng)
            if facts is not None and value is not None:
                # The file's own facts where a question records one (by role or event, never by id).
                value = facts.role_value(question.role) or facts.events.get(question.event or "", value)
            if value is None:
                continue
            state = ResponseState(answers=dict(values), rows={}, evidence={}, agency=agency)
            if question.constraint and check_constraint(form, question, value, state) is not None:
                continue
            values[question.id] = value
            answers.append((question.id, value, ""))
        # Only what skip logic shows, as in the app: the service refuses answers to hidden questions.
        row_states: dict[str, list[RowState]] = {}
        for number, (group_id, row_cells) in enumerate(rows):
            typed_cells = {column_id: cell for column_id, cell, _ in row_cells}
            row_states.setdefault(group_id, []).append(RowState(f"row-{number}", typed_cells))  # type: ignore[arg-type]
        evaluation = evaluate(form, ResponseState(answers=values, rows=row_states, evidence={}, agency=agency))
        shown_rows: list[tuple[str, Sequence[tuple[str, object, str]]]] = [
            (group_id, [c for c in row_cells if evaluation.is_relevant(c[0], f"row-{number}")])
            for number, (group_id, row_cells) in enumerate(rows)
            if evaluation.is_relevant(group_id)
        ]
        # Evidence wherever the form asks for it, as a careful inspector would write it.
        wanted = {question_id for question_id, row in evaluation.evidence_missing if row is None}
        negative = {question_id for question_id, row in evaluation.negative if row is None}
        return [
            (qid, value, self._note(qid in negative, rng) if qid in wanted and not (partial and rng.random() < 0.5)
             else "")
            for qid, value, _ in answers
            if evaluation.is_relevant(qid)
        ], shown_rows

    @staticmethod
    def _note(negative: bool, rng: random.Random) -> str:
        return rng.choice(_NEGATIVE_NOTES if negative else _POSITIVE_NOTES)

    @staticmethod
    def _value(question: Question, quality: str, rng: random.Random) -> AnswerValue | None:
        weights = {"strong": (75, 15, 5, 5), "mixed": (50, 28, 17, 5), "weak": (25, 30, 40, 5)}[quality]
        kind = question.type
        if kind == "ynp":
            return rng.choices(("yes", "partly", "no", "not_applicable"), weights)[0]
        if kind in ("yn", "yn_na"):
            if question.id.startswith("std_good_practice"):
                return "yes" if quality == "strong" and rng.random() < 0.5 else "no"
            return "yes" if rng.random() < weights[0] / 100 + 0.2 else "no"
        if kind == "grade":
            return {"strong": "good", "mixed": "requires_improvement", "weak": "inadequate"}[quality]
        if kind == "date":
            return dt.date(2023, 7, 1) + dt.timedelta(days=rng.randint(0, 190))
        if kind == "integer":
            return rng.randint(0, 3)
        if kind == "percentage":
            return rng.randint(55, 98)
        if kind == "scale10":
            return rng.randint(3, 8)
        if kind == "single" and question.choices:
            positive = [c.id for c in question.choices if not c.negative] or [c.id for c in question.choices]
            pool = positive if rng.random() < weights[0] / 100 + 0.15 else [c.id for c in question.choices]
            return rng.choice(pool)
        if kind == "multi" and question.choices:
            count = min(len(question.choices), rng.randint(1, 3))
            return [c.id for c in rng.sample(list(question.choices), count)]
        if kind == "text":
            if question.identifying:
                return None
            if "summary" in question.id or question.id.startswith(("oj_", "voc_20")):
                return rng.choice(_SUMMARY_TEXT)
            return rng.choice(_ROLE_TEXT)
        return None

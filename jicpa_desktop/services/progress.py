"""Where an inspection stands: per file, per form, and per inspector and agency."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import text

from jicpa_desktop.domain.answer_types import is_empty
from jicpa_desktop.domain.grades import Grade
from jicpa_desktop.domain.timescales import DatedEvent
from jicpa_desktop.forms_engine.evaluation import evaluate
from jicpa_desktop.services.answers import build_state
from jicpa_desktop.services.case_grades import MODERATION_JOIN_SQL, RECORDED_GRADE_SQL, rolled_up, standing_grade
from jicpa_desktop.services.cases import Cases
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.dto import CaseInfo, FormStatus, ProgressRow
from jicpa_desktop.services.enabled_forms import EnabledForms
from jicpa_desktop.services.form_definitions import FormDefinitions
from jicpa_desktop.services.timeliness import CaseTimeliness, Timeliness


@dataclass(frozen=True, slots=True)
class CaseProgress:
    case: CaseInfo
    forms: tuple[FormStatus, ...]

    @property
    def forms_complete(self) -> int:
        return sum(1 for f in self.forms if f.status == "complete")

    @property
    def required_missing(self) -> int:
        return sum(f.required_missing for f in self.forms)

    @property
    def evidence_missing(self) -> int:
        return sum(f.evidence_missing for f in self.forms)

    @property
    def status(self) -> str:
        if self.forms and self.forms_complete == len(self.forms):
            return "complete"
        if any(f.status != "not_started" for f in self.forms):
            return "in_progress"
        return "not_started"


class Progress:
    def __init__(self, context: ServiceContext, definitions: FormDefinitions, cases: Cases) -> None:
        self._context = context
        self._definitions = definitions
        self._cases = cases

    @property
    def enabled_forms(self) -> EnabledForms:
        """The forms the inspection switches on, changeable after the wizard (services/enabled_forms.py)."""
        return EnabledForms(self._context, self._definitions)

    def timeliness(self, case_id: str, *, lang: str = "en", today: dt.date | None = None) -> CaseTimeliness:
        """Each timescale of the procedures the file's recorded dates start: taken, limit, met or missed."""
        return Timeliness(self._context, self._definitions).for_case(case_id, lang=lang, today=today)

    def case_events(self, case_id: str, *, excluding_form: str | None = None,
                    lang: str = "en") -> dict[str, DatedEvent]:
        """The dated events the file's other forms record, for the form screen's live timeliness."""
        return Timeliness(self._context, self._definitions).events(case_id, excluding_form=excluding_form, lang=lang)

    def cases(self, inspection_id: str) -> list[CaseProgress]:
        """Every file with the status of each form that applies to it (one pass over the store)."""
        cases = self._cases.list(inspection_id)
        with self._context.reading() as session:
            enabled = self._definitions.enabled_for(session, inspection_id)
            responses = session.execute(
                text(
                    f"SELECT r.id, r.case_id, r.form_id, r.form_version, r.final_grade, r.escalated, "
                    f"{RECORDED_GRADE_SQL} FROM form_response r JOIN case_file c ON c.id = r.case_id "
                    f"{MODERATION_JOIN_SQL} WHERE c.inspection_id = :i"
                ),
                {"i": inspection_id},
            ).all()
            rows_by_response: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for response_id, row_id, group_id in session.execute(
                text(
                    "SELECT w.response_id, w.id, w.group_id FROM repeat_row w "
                    "JOIN form_response r ON r.id = w.response_id JOIN case_file c ON c.id = r.case_id "
                    "WHERE c.inspection_id = :i AND w.deleted = 0 ORDER BY w.position, w.created_at"
                ),
                {"i": inspection_id},
            ):
                rows_by_response[response_id].append((row_id, group_id))
            answers_by_response: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
            for response_id, question_id, row_id, value_json, note in session.execute(
                text(
                    "SELECT a.response_id, a.question_id, a.row_id, a.value_json, a.evidence_note FROM answer a "
                    "JOIN form_response r ON r.id = a.response_id JOIN case_file c ON c.id = r.case_id "
                    "WHERE c.inspection_id = :i"
                ),
                {"i": inspection_id},
            ):
                answers_by_response[response_id].append((question_id, row_id, value_json, note))
        by_case: dict[tuple[str, str], tuple[str, int, str | None, bool, str | None]] = {
            (case_id, form_id): (response_id, version, final, bool(escalated), recorded)
            for response_id, case_id, form_id, version, final, escalated, recorded in responses
        }
        result = []
        for case in cases:
            statuses = []
            # Forms come in catalogue order, so a roll-up form (the overall judgement, last) sees the others.
            graded: dict[str, Grade] = {}
            for current in self._definitions.for_case(case.agency, case.kind, enabled):
                found = by_case.get((case.id, current.id))
                form = current if found is None else self._definitions.version(current.id, found[1])
                state = build_state(
                    form,
                    rows_by_response.get(found[0], []) if found else [],
                    answers_by_response.get(found[0], []) if found else [],
                    case.agency,
                )
                evaluation = rolled_up(form, evaluate(form, state), graded)
                if form.grade_roll_up is None and found is not None:
                    graded[form.id] = standing_grade(found[4], evaluation)
                answered = sum(1 for v in state.answers.values() if not is_empty(v))
                if found is None or (answered == 0 and not state.rows):
                    status = "not_started"
                elif evaluation.complete:
                    status = "complete"
                else:
                    status = "in_progress"
                statuses.append(
                    FormStatus(
                        form_id=form.id,
                        title_en=form.title.en,
                        title_cy=form.title.get("cy"),
                        status=status,
                        answered=evaluation.answered_count,
                        relevant=evaluation.relevant_count,
                        required_missing=len(evaluation.required_missing),
                        evidence_missing=len(evaluation.evidence_missing),
                        suggested_grade=evaluation.suggestion.grade.value,
                        final_grade=found[2] if found else None,
                        escalated=found[3] if found else False,
                    )
                )
            progress = CaseProgress(case, tuple(statuses))
            result.append(CaseProgress(replace(case, status=progress.status), progress.forms))
        return result

    def summary(self, inspection_id: str) -> list[ProgressRow]:
        """Totals per inspector and agency: the lead's view of the week."""
        return summarise(self.cases(inspection_id))


def summarise(cases: Iterable[CaseProgress]) -> list[ProgressRow]:
    """Totals per inspector and agency from per-file progress already read (no second read)."""
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for item in cases:
        bucket = totals[(item.case.inspector or "(unallocated)", item.case.agency)]
        bucket[0] += 1
        bucket[1] += len(item.forms)
        bucket[2] += item.forms_complete
        bucket[3] += item.required_missing
        bucket[4] += item.evidence_missing
        bucket[5] += sum(1 for f in item.forms if f.escalated)
    return [ProgressRow(inspector, agency, *values) for (inspector, agency), values in sorted(totals.items())]

"""Escalations reach the lead the same day: every form flagged "escalate now", with the file, form, inspector,
the concern and the action taken, when, and its status (new; acknowledged, by whom and when; closed, with the
outcome).

The status is kept as audit events (action acknowledge or close, entity escalation, the response's id): the trail
is append-only and travels in every package, so the lead's acknowledgement reaches every laptop with no new table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.roles import Role
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.services import audit
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.identity import require_inspection
from jicpa_desktop.services.team import refuse_unless_lead

# The standard fields every form carries for "escalate now" are found by their roles (forms/_standard.yaml).
NEW, ACKNOWLEDGED, CLOSED = "new", "acknowledged", "closed"


@dataclass(frozen=True, slots=True)
class EscalationView:
    response_id: str
    case_id: str
    reference: str
    agency: str
    form_id: str
    form_title: LocalizedText
    inspector: str  # the file's inspector, or who flagged it when the file is not allocated
    raised_by: str
    raised_at: str  # when it was flagged (the escalation date given, else the time of the answer)
    concern: str  # the concern and the action taken, as written (roles only)
    status: str  # new | acknowledged | closed
    status_by: str = ""
    status_at: str = ""
    outcome: str = ""


class Escalations:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def _role_ids(self) -> dict[str, str]:
        """The standard fields' ids for the escalation, its action and its date, by role (never named here)."""
        catalogue = self._context.catalogue
        found = {key: catalogue.standard_role_id(role.value) for key, role in (
            ("esc", Role.ESCALATION), ("act", Role.ESCALATION_ACTION), ("date", Role.ESCALATION_DATE))}
        return {key: value or "" for key, value in found.items()}  # "" matches no answer

    def list(self, inspection_id: str) -> list[EscalationView]:
        """New first, then acknowledged, then closed; oldest first within each."""
        with self._context.reading() as session:
            require_inspection(session, inspection_id)
            rows = session.execute(text(
                "SELECT r.id, c.id, c.reference, c.agency, r.form_id, COALESCE(t.name, ''), "
                "a.updated_by, a.updated_at, "
                "(SELECT x.value_json FROM answer x WHERE x.response_id = r.id AND x.question_id = :act "
                " AND x.row_id = ''), "
                "(SELECT d.value_json FROM answer d WHERE d.response_id = r.id AND d.question_id = :date "
                " AND d.row_id = '') "
                "FROM form_response r JOIN case_file c ON c.id = r.case_id "
                "LEFT JOIN team_member t ON t.id = c.inspector_id "
                "LEFT JOIN answer a ON a.response_id = r.id AND a.question_id = :esc AND a.row_id = '' "
                "WHERE c.inspection_id = :i AND r.escalated = 1"
            ), {"i": inspection_id, **self._role_ids()}).all()
            marks: dict[str, tuple[str, str, str, str]] = {}
            for action, actor, at, entity_id, new_json in session.execute(text(
                "SELECT action, actor, at, entity_id, new_json FROM audit_event WHERE inspection_id = :i "
                "AND entity = 'escalation' ORDER BY at"
            ), {"i": inspection_id}):
                outcome = json.loads(new_json).get("outcome", "") if new_json else ""
                previous = marks.get(entity_id)
                # Closed stays closed whatever order laptops' events arrive in; otherwise the latest mark wins.
                if previous is None or previous[0] != "close":
                    marks[str(entity_id)] = (str(action), str(actor), str(at), str(outcome))
        views = []
        for (response_id, case_id, reference, agency, form_id, inspector, raised_by, raised_at, concern,
             date) in rows:
            mark = marks.get(str(response_id))
            status = NEW if mark is None else (CLOSED if mark[0] == "close" else ACKNOWLEDGED)
            title = self._title(str(form_id))
            views.append(EscalationView(
                response_id=str(response_id), case_id=str(case_id), reference=str(reference), agency=str(agency),
                form_id=str(form_id), form_title=title, inspector=str(inspector or raised_by or ""),
                raised_by=str(raised_by or ""), raised_at=(json.loads(date) if date else None) or str(raised_at or ""),
                concern=(json.loads(concern) if concern else None) or "", status=status,
                status_by=mark[1] if mark else "", status_at=mark[2] if mark else "", outcome=mark[3] if mark else "",
            ))
        order = {NEW: 0, ACKNOWLEDGED: 1, CLOSED: 2}
        return sorted(views, key=lambda v: (order[v.status], v.raised_at, v.reference))

    def _title(self, form_id: str) -> LocalizedText:
        if form_id in self._context.catalogue:
            return self._context.catalogue.get(form_id).title
        return LocalizedText(form_id)

    def acknowledge(self, response_id: str) -> EscalationView:
        return self._mark(response_id, "acknowledge", None)

    def close(self, response_id: str, outcome: str) -> EscalationView:
        if not outcome.strip():
            raise UserError(LocalizedText(
                "Write the outcome (what the agency did, roles only) to close the escalation.",
                "Ysgrifennwch y canlyniad (beth wnaeth yr asiantaeth, rolau yn unig) i gau'r uwchgyfeiriad."))
        return self._mark(response_id, "close", outcome.strip())

    def _mark(self, response_id: str, action: str, outcome: str | None) -> EscalationView:
        with self._context.writing() as session:
            row = session.execute(text(
                "SELECT c.inspection_id FROM form_response r JOIN case_file c ON c.id = r.case_id "
                "WHERE r.id = :r AND r.escalated = 1"), {"r": response_id}).first()
            if row is None:
                raise NotFoundError(LocalizedText(
                    f"There is no escalation {response_id!r}. List them with 'jicpa escalations list'.",
                    f"Nid oes uwchgyfeiriad {response_id!r}. Rhestrwch nhw gyda 'jicpa escalations list'."))
            inspection_id = str(row[0])
            refuse_unless_lead(self._context, session, inspection_id, LocalizedText(
                "acknowledges and closes escalations", "cydnabod a chau uwchgyfeiriadau"))
            audit.record(session, inspection_id=inspection_id, actor=self._context.actor, action=action,
                         entity="escalation", entity_id=response_id,
                         new={"outcome": outcome} if outcome is not None else {}, at=utc_now_iso())
        return next(v for v in self.list(inspection_id) if v.response_id == response_id)

"""The lead's moderation of form grades (catalogue §3.5, oj_13) and the agreement it shows."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.grades import Grade
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.forms_engine.evaluation import evaluate
from jicpa_desktop.services import audit, field_versions
from jicpa_desktop.services.answers import other_form_grades, read_state
from jicpa_desktop.services.case_grades import rolled_up, standing_grade
from jicpa_desktop.services.conflicts import FormOf
from jicpa_desktop.services.context import dumps
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.handover_types import AgreementRow, AgreementSummary, ModerationView
from jicpa_desktop.services.merge import materialize

_SELECT = (
    "SELECT r.id, c.id, c.reference, c.agency, COALESCE(t.name, ''), r.form_id, r.suggested_grade, r.final_grade, "
    "m.moderated_grade, m.reason, m.moderator, m.moderated_at, m.original_grade, r.updated_by "
    "FROM form_response r JOIN case_file c ON c.id = r.case_id "
    "LEFT JOIN team_member t ON t.id = c.inspector_id LEFT JOIN grade_moderation m ON m.response_id = r.id "
)


def _grade(value: str, what: str) -> str:
    try:
        return Grade(value).value
    except ValueError:
        known = ", ".join(g.value for g in Grade)
        raise UserError(LocalizedText(
            f"Unknown {what} {value!r}: use one of {known}.",
            f"Gradd anhysbys {value!r}: defnyddiwch un o {known}.",
        )) from None


def _view(r: tuple[object, ...]) -> ModerationView:
    inspector = str(r[4] or r[13] or "")
    return ModerationView(
        response_id=str(r[0]),
        case_id=str(r[1]),
        case_reference=str(r[2]),
        agency=str(r[3]),
        inspector=inspector,
        form_id=str(r[5]),
        suggested_grade=r[6] if isinstance(r[6], str) else None,
        final_grade=r[7] if isinstance(r[7], str) else None,
        moderated_grade=r[8] if isinstance(r[8], str) else None,
        reason=str(r[9] or ""),
        moderator=str(r[10] or ""),
        moderated_at=r[11] if isinstance(r[11], str) else None,
    )


def _standing_suggestion(session: Session, form_of: FormOf, case_id: str, form_id: str, version: int,
                         response_id: str) -> str | None:
    """The suggestion that stood when the inspector never set a grade, worked out as the grids show it.

    It is recorded as the original grade at the moment of moderation: that is the grade the lead read and
    agreed or disagreed with. The stored `suggested_grade` is only written when the grade control is used,
    so it is missing or stale, and working the suggestion out later would drift as answers change.
    """
    form = form_of(form_id, version)
    if form is None:
        return None
    evaluation = evaluate(form, read_state(session, form, response_id))
    evaluation = rolled_up(form, evaluation, other_form_grades(session, form_of, case_id, form_id))
    return standing_grade(None, evaluation).value


def moderate(
    session: Session, form_of: FormOf, case_id: str, form_id: str, grade: str, reason: str, *, actor: str, now: str
) -> ModerationView:
    chosen = _grade(grade, "grade")
    if not reason.strip():
        raise UserError(LocalizedText(
            "Give the reason for the moderated grade: it is kept with both grades.",
            "Rhowch y rheswm dros y radd wedi'i chymedroli: caiff ei chadw gyda'r ddwy radd.",
        ))
    row = session.execute(
        text(
            "SELECT r.id, r.final_grade, r.suggested_grade, c.inspection_id, r.form_version FROM form_response r "
            "JOIN case_file c ON c.id = r.case_id WHERE r.case_id = :c AND r.form_id = :f"
        ),
        {"c": case_id, "f": form_id},
    ).first()
    if row is None:
        raise NotFoundError(LocalizedText(
            f"Form {form_id!r} has not been started for this case file, so it has no grade to moderate. "
            "Moderate a form the inspector has started.",
            f"Nid yw ffurflen {form_id!r} wedi'i dechrau ar gyfer y ffeil achos hon, felly nid oes ganddi radd i'w "
            "chymedroli. Cymedrolwch ffurflen y mae'r arolygydd wedi'i dechrau.",
        ))
    response_id, final, suggested, inspection_id, form_version = row
    original = final or _standing_suggestion(session, form_of, case_id, form_id, form_version, response_id) \
        or suggested
    payload = dumps({"grade": chosen, "reason": reason.strip(), "original_grade": original})
    key = (field_versions.MODERATION, response_id, "", "")
    version = field_versions.record(session, key, payload, "", actor=actor, at=now, inspection_id=inspection_id)
    materialize(session, {key}, form_of, actor=actor, now=now)
    audit.record(
        session,
        inspection_id=inspection_id,
        actor=actor,
        action="moderate",
        entity="form_response",
        entity_id=response_id,
        field="moderation",
        old={"grade": original},
        new={"grade": chosen, "reason": reason.strip(), "version": version.id},
        at=now,
    )
    found = session.execute(text(_SELECT + "WHERE r.id = :r"), {"r": response_id}).first()
    assert found is not None
    return _view(tuple(found))


def moderations(session: Session, inspection_id: str) -> list[ModerationView]:
    """Every graded or moderated form of the inspection."""
    rows = session.execute(
        text(
            _SELECT + "WHERE c.inspection_id = :i AND (r.final_grade IS NOT NULL OR r.suggested_grade IS NOT NULL "
            "OR m.response_id IS NOT NULL) ORDER BY c.reference, c.agency, r.form_id"
        ),
        {"i": inspection_id},
    ).all()
    return [_view(tuple(r)) for r in rows]


def _classify(original: str | None, moderated: str) -> str:
    if original == moderated:
        return "agreed"
    a = Grade(original).rank if original in {g.value for g in Grade} else None
    b = Grade(moderated).rank
    if a is None or b is None:
        return "other"
    return "raised" if b > a else "lowered"


def _rows(groups: dict[str, list[str]]) -> tuple[AgreementRow, ...]:
    return tuple(_row(label, outcomes) for label, outcomes in sorted(groups.items()))


def _row(label: str, outcomes: Iterable[str]) -> AgreementRow:
    listed = list(outcomes)
    return AgreementRow(
        label,
        len(listed),
        listed.count("agreed"),
        listed.count("raised"),
        listed.count("lowered"),
        listed.count("other"),
    )


def agreement(session: Session, inspection_id: str) -> AgreementSummary:
    """How often moderation agreed with the inspector's grade, by inspector and by form."""
    views = moderations(session, inspection_id)
    originals = {
        r[0]: r[1]
        for r in session.execute(
            text("SELECT m.response_id, m.original_grade FROM grade_moderation m WHERE m.inspection_id = :i"),
            {"i": inspection_id},
        )
    }
    by_inspector: dict[str, list[str]] = defaultdict(list)
    by_form: dict[str, list[str]] = defaultdict(list)
    everything = []
    for v in views:
        if v.moderated_grade is None:
            continue
        outcome = _classify(originals.get(v.response_id), v.moderated_grade)
        by_inspector[v.inspector or "unallocated"].append(outcome)
        by_form[v.form_id].append(outcome)
        everything.append(outcome)
    return AgreementSummary(
        _rows(by_inspector),
        _rows(by_form),
        _row("all", everything),
        graded=sum(1 for v in views if v.final_grade or v.suggested_grade),
        details=tuple(views),
    )


def moderation_history(session: Session, response_id: str) -> list[dict[str, object]]:
    """Every moderation version of one form, oldest first (for the moderation view's detail)."""
    rows = session.execute(
        text(
            "SELECT value_json, author, at FROM field_version WHERE entity = 'moderation' AND response_id = :r "
            "ORDER BY at, id"
        ),
        {"r": response_id},
    ).all()
    return [{**json.loads(r[0]), "moderator": r[1], "at": r[2]} for r in rows]

"""Listing and resolving merge conflicts: two or more current values of one field that differ."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.answer_types import AnswerValueError, answer_type, is_empty
from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.domain.grades import Grade
from jicpa_desktop.services import audit
from jicpa_desktop.services.context import dumps
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.field_versions import (
    ANSWER,
    GRADE,
    MODERATION,
    FieldKey,
    Version,
    heads,
    insert_version,
    load_field,
    shown,
)
from jicpa_desktop.services.handover_types import ConflictSide, ConflictView
from jicpa_desktop.store.tables import new_id

FormOf = Callable[[str, int], FormDefinition | None]


def display(form: FormDefinition | None, entity: str, question_id: str, value_json: str) -> str:
    """A stored value as a person reads it (English labels; the GUI may show its own)."""
    value = json.loads(value_json)
    if entity == GRADE:
        grade = value.get("final_grade") if isinstance(value, dict) else None
        reason = value.get("override_reason") if isinstance(value, dict) else ""
        return (grade or "—") + (f" ({reason})" if reason else "")
    if entity == MODERATION:
        return f"{value.get('grade')} ({value.get('reason')})" if isinstance(value, dict) else str(value)
    if value is None:
        return ""
    question = form.question(question_id) if form else None
    if question is None:
        return ", ".join(value) if isinstance(value, list) else str(value)
    kind = answer_type(question.type)
    try:
        return kind.display(kind.from_json(value, question), question, "en")
    except AnswerValueError:
        return str(value)


_VIEW_SQL = (
    "SELECT m.id, m.inspection_id, m.entity, m.response_id, m.question_id, m.row_id, m.heads_json, m.status, "
    "m.detected_at, m.resolved_by, m.resolved_at, m.reason, r.case_id, r.form_id, r.form_version, c.reference, "
    "c.agency FROM merge_conflict m JOIN form_response r ON r.id = m.response_id "
    "JOIN case_file c ON c.id = r.case_id "
)


def conflict_views(
    session: Session, form_of: FormOf, where: str, params: dict[str, Any], *, only_current: bool = True
) -> list[ConflictView]:
    rows = session.execute(
        text(_VIEW_SQL + where + " ORDER BY c.reference, c.agency, r.form_id, m.question_id, m.id"), params
    ).all()
    inspectors = {
        r[0]: r[1]
        for r in session.execute(text("SELECT package_id, inspector FROM package_log WHERE direction = 'import'"))
    }
    views = []
    for r in rows:
        key: FieldKey = (r[2], r[3], r[4], r[5])
        versions = {v.id: v for v in load_field(session, key)}
        listed = json.loads(r[6])
        current = heads(versions.values())
        if only_current and r[7] == "open" and sorted(h.id for h in current) != sorted(listed):
            continue  # settled since (for example by an edit made directly in the form)
        form = form_of(r[13], r[14])
        question = form.question(r[4]) if form and r[4] else None
        label = (
            question.label.en if question else {"grade": "Form grade", "moderation": "Moderated grade"}.get(r[2], r[4])
        )
        # Mine is the side this database showed while the conflict stood: the shown head among the listed
        # versions (for an open conflict they are the current heads; a resolved one has a newer head since).
        listed_versions = [versions[i] for i in listed if i in versions]
        shown_id = shown(heads(listed_versions)).id if listed_versions else ""
        sides = tuple(
            ConflictSide(
                version_id=v.id,
                value=display(form, r[2], r[4], v.value_json),
                value_json=v.value_json,
                evidence=v.evidence_note,
                author=v.author,
                at=v.at,
                inspector=inspectors.get(v.package_id or "", "") if v.package_id else "",
                package_id=v.package_id,
                shown=v.id == shown_id,
            )
            for v in sorted(
                (versions[i] for i in listed if i in versions), key=lambda v: (v.id != shown_id, v.at, v.id)
            )
        )
        views.append(
            ConflictView(
                id=r[0],
                inspection_id=r[1],
                case_id=r[12],
                case_reference=r[15],
                agency=r[16],
                form_id=r[13],
                response_id=r[3],
                entity=r[2],
                question_id=r[4],
                question_label=label,
                row_id=r[5],
                sides=sides,
                status=r[7],
                detected_at=r[8],
                resolved_by=r[9],
                resolved_at=r[10],
                reason=r[11],
            )
        )
    return views


def _resolution_value(view: ConflictView, take: str, form: FormDefinition | None) -> tuple[str, str, str]:
    """(value json, evidence note, how) for mine | theirs | a typed value."""
    sides: Sequence[ConflictSide] = view.sides
    mine = next((s for s in sides if s.shown), sides[0])
    if take == "mine":
        return mine.value_json, mine.evidence, "mine"
    if take == "theirs":
        others = {
            (s.value_json, s.evidence) for s in sides if (s.value_json, s.evidence) != (mine.value_json, mine.evidence)
        }
        if len(others) != 1:
            raise UserError(
                f"This conflict has {len(others) + 1} different values, so 'theirs' is ambiguous: "
                "give the value to keep instead."
            )
        value_json, evidence = others.pop()
        return value_json, evidence, "theirs"
    if view.entity == ANSWER:
        question = form.question(view.question_id) if form else None
        if question is None:
            raise UserError(
                f"The question {view.question_id!r} is not in this form version, so only mine or theirs can be taken."
            )
        if is_empty(take):
            return "null", mine.evidence, "value"
        kind = answer_type(question.type)
        try:
            typed = kind.parse(take, question)
        except AnswerValueError as error:
            raise UserError(error.message) from None
        return dumps(kind.to_json(typed)), mine.evidence, "value"
    try:
        grade = Grade(take).value
    except ValueError:
        raise UserError(
            f"Unknown grade {take!r}: use mine, theirs or one of {', '.join(g.value for g in Grade)}."
        ) from None
    current = json.loads(mine.value_json)
    if view.entity == GRADE:
        current["final_grade"] = grade
    else:
        current["grade"] = grade
    return dumps(current), "", "value"


def resolve(
    session: Session,
    form_of: FormOf,
    conflict_id: str,
    take: str,
    reason: str,
    *,
    actor: str,
    now: str,
    materialize: Callable[[Session, set[FieldKey]], object],
) -> ConflictView:
    """Settle a conflict with a new version that replaces every head; audited with who and why."""
    if not reason.strip():
        raise UserError("Give a reason for resolving this conflict: it goes into the audit trail.")
    found = conflict_views(session, form_of, "WHERE m.id = :id", {"id": conflict_id}, only_current=False)
    if not found:
        raise NotFoundError(f"There is no conflict {conflict_id!r}. List them with 'jicpa conflicts list'.")
    view = found[0]
    if view.status != "open":
        raise UserError(f"This conflict was already {view.status} by {view.resolved_by or 'another laptop'}.")
    key: FieldKey = (view.entity, view.response_id, view.question_id, view.row_id)
    current = heads(load_field(session, key))
    if sorted(h.id for h in current) != sorted(s.version_id for s in view.sides):
        raise UserError("This field has changed since the conflict was listed; list the conflicts again.")
    version_row = session.execute(
        text("SELECT form_version FROM form_response WHERE id = :r"), {"r": key[1]}
    ).scalar_one()
    form = form_of(view.form_id, int(version_row))
    value_json, evidence, how = _resolution_value(view, take, form)
    version = Version(new_id(), tuple(sorted(h.id for h in current)), value_json, evidence, actor, now, sealed=False)
    insert_version(session, key, version)
    session.execute(
        text(
            "UPDATE merge_conflict SET status = 'resolved', resolved_at = :t, resolved_by = :a, reason = :why, "
            "resolution_version_id = :v WHERE id = :id"
        ),
        {"t": now, "a": actor, "why": reason.strip(), "v": version.id, "id": conflict_id},
    )
    materialize(session, {key})
    audit.record(
        session,
        inspection_id=view.inspection_id,
        actor=actor,
        action="resolve",
        entity="merge_conflict",
        entity_id=conflict_id,
        field=f"{view.form_id}.{view.question_id or view.entity}",
        old=[{"version": s.version_id, "value": json.loads(s.value_json), "author": s.author} for s in view.sides],
        new={"take": how, "value": json.loads(value_json), "reason": reason.strip(), "version": version.id},
        at=now,
    )
    return conflict_views(session, form_of, "WHERE m.id = :id", {"id": conflict_id}, only_current=False)[0]

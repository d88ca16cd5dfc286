"""Per-field version histories: the hook every local edit calls, and the small DAG rules the merge uses.

A field is one answer (value and evidence note together), one form's grade, or its moderation. Each
value it has had is a version naming the versions it replaced (its parents). The *heads* are the
versions nothing has replaced yet: one head is an agreed value; two heads with different values are
a conflict; heads with equal values agree. A local edit replaces every head at once, so a value typed
on this laptop descends from everything this laptop knew.

Autosave stays cheap: one SELECT of the field's few versions, then one UPDATE (the head was made
here and never exported, so nobody else can have it) or one INSERT.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.services import audit
from jicpa_desktop.services.context import driver, dumps
from jicpa_desktop.store.tables import new_id

ANSWER, GRADE, MODERATION = "answer", "grade", "moderation"
CONFLICT_NAMESPACE = uuid.UUID("0b3e5d1c-7f0a-4c59-8d5e-2a6b9c4f1e73")
BASE_NAMESPACE = uuid.UUID("6f1c8f0e-2b7a-4d1e-9a53-1f0c2d7e9b11")  # as in migration 0003

FieldKey = tuple[str, str, str, str]  # (entity, response id, question id, row id)


class Version(NamedTuple):
    """A named tuple, not a dataclass: an import builds one per value (31k for a day's packages), and a
    frozen dataclass costs several times as much to build."""

    id: str
    parents: tuple[str, ...]
    value_json: str
    evidence_note: str
    author: str
    at: str
    sealed: bool = True
    package_id: str | None = None

    @property
    def payload(self) -> tuple[str, str]:
        return (self.value_json, self.evidence_note)


def heads(versions: Iterable[Version]) -> list[Version]:
    """The versions no other version of the field replaces, newest first (by time, then id)."""
    listed = list(versions)
    if len(listed) == 1:  # most fields: one value, never replaced
        return listed
    replaced = {p for v in listed for p in v.parents}
    return sorted((v for v in listed if v.id not in replaced), key=lambda v: (v.at, v.id), reverse=True)


def shown(field_heads: Sequence[Version]) -> Version:
    """The head whose value a database shows: the latest by time, then by id (the same on every laptop)."""
    return field_heads[0]


def in_conflict(field_heads: Sequence[Version]) -> bool:
    return len(field_heads) > 1 and len({h.payload for h in field_heads}) > 1


def conflict_id(key: FieldKey, field_heads: Sequence[Version]) -> str:
    """Named by its heads alone (version ids belong to one field): the same on every laptop, even after
    the response's id was replaced by a smaller one."""
    return str(uuid.uuid5(CONFLICT_NAMESPACE, dumps([key[0], sorted(h.id for h in field_heads)])))


def base_version_id(entity: str, owner_id: str, value_json: str, note: str, at: str, author: str) -> str:
    """The id of a version made for a value that had none (as migration 0003 derives it)."""
    if entity == ANSWER:
        return str(uuid.uuid5(BASE_NAMESPACE, dumps([ANSWER, owner_id, value_json, note, at, author])))
    return str(uuid.uuid5(BASE_NAMESPACE, dumps([entity, owner_id, value_json, at, author])))


VERSION_COLUMNS = "id, parents_json, value_json, evidence_note, author, at, sealed, package_id"
_FIELD_SQL = (
    f"SELECT {VERSION_COLUMNS} FROM field_version "
    "WHERE response_id = ? AND entity = ? AND question_id = ? AND row_id = ?"
)


def version_from_row(r: Sequence[Any]) -> Version:
    """A Version from the VERSION_COLUMNS of a field_version row."""
    return Version(
        r[0], () if r[1] == "[]" else tuple(sorted(json.loads(r[1]))), r[2], r[3], r[4], r[5], bool(r[6]), r[7]
    )


def parents_json(parents: Sequence[str]) -> str:
    """How a version's parents are stored: sorted ids (most versions replace nothing)."""
    return json.dumps(sorted(parents)) if parents else "[]"


def load_field(session: Session, key: FieldKey) -> list[Version]:
    entity, response_id, question_id, row_id = key
    return [
        version_from_row(r) for r in driver(session).execute(_FIELD_SQL, (response_id, entity, question_id, row_id))
    ]


def insert_version(session: Session, key: FieldKey, version: Version) -> None:
    entity, response_id, question_id, row_id = key
    driver(session).execute(
        "INSERT INTO field_version (id, entity, response_id, question_id, row_id, value_json, evidence_note, "
        "parents_json, author, at, sealed, package_id, package_created_at) "
        "VALUES (:id, :e, :r, :q, :w, :v, :n, :p, :a, :t, :s, NULL, NULL)",
        {
            "id": version.id,
            "e": entity,
            "r": response_id,
            "q": question_id,
            "w": row_id,
            "v": version.value_json,
            "n": version.evidence_note,
            "p": parents_json(version.parents),
            "a": version.author,
            "t": version.at,
            "s": version.sealed,
        },
    )


def record(
    session: Session, key: FieldKey, value_json: str, evidence_note: str, *, actor: str, at: str, inspection_id: str
) -> Version:
    """A local edit of a field: rewrite our own unexported head, or add a version replacing every head."""
    current = heads(load_field(session, key))
    if current and not in_conflict(current) and current[0].payload == (value_json, evidence_note):
        return current[0]
    if len(current) == 1 and not current[0].sealed:
        driver(session).execute(
            "UPDATE field_version SET value_json = :v, evidence_note = :n, author = :a, at = :t WHERE id = :id",
            {"v": value_json, "n": evidence_note, "a": actor, "t": at, "id": current[0].id},
        )
        return Version(current[0].id, current[0].parents, value_json, evidence_note, actor, at, False)
    version = Version(new_id(), tuple(sorted(h.id for h in current)), value_json, evidence_note, actor, at, False)
    insert_version(session, key, version)
    if in_conflict(current):
        _close_conflicts_by_edit(session, key, version, actor, at, inspection_id)
    return version


def _close_conflicts_by_edit(
    session: Session, key: FieldKey, version: Version, actor: str, at: str, inspection_id: str
) -> None:
    """Answering a field that was in conflict settles it (rare: only after an import)."""
    entity, response_id, question_id, row_id = key
    reason = "answered again on this laptop"
    open_ids = [
        r[0]
        for r in session.execute(
            text(
                "SELECT id FROM merge_conflict WHERE response_id = :r AND entity = :e AND question_id = :q "
                "AND row_id = :w AND status = 'open'"
            ),
            {"r": response_id, "e": entity, "q": question_id, "w": row_id},
        )
    ]
    for conflict in open_ids:
        session.execute(
            text(
                "UPDATE merge_conflict SET status = 'resolved', resolved_at = :t, resolved_by = :a, reason = :why, "
                "resolution_version_id = :v WHERE id = :id"
            ),
            {"t": at, "a": actor, "why": reason, "v": version.id, "id": conflict},
        )
        audit.record(
            session,
            inspection_id=inspection_id,
            actor=actor,
            action="resolve",
            entity="merge_conflict",
            entity_id=conflict,
            field=question_id or entity,
            new={"take": "edit", "reason": reason, "version": version.id},
            at=at,
        )


# -- the hooks called by services.answers ------------------------------------------------------------


def record_answer(
    session: Session,
    *,
    inspection_id: str,
    response_id: str,
    question_id: str,
    row_id: str,
    value_json: str,
    evidence_note: str,
    actor: str,
    at: str,
) -> None:
    record(
        session,
        (ANSWER, response_id, question_id, row_id),
        value_json,
        evidence_note,
        actor=actor,
        at=at,
        inspection_id=inspection_id,
    )


def grade_payload(final_grade: str | None, override_reason: str, suggested_grade: str | None) -> str:
    return dumps({"final_grade": final_grade, "override_reason": override_reason, "suggested_grade": suggested_grade})


def record_grade(
    session: Session,
    *,
    inspection_id: str,
    response_id: str,
    final_grade: str | None,
    override_reason: str,
    suggested_grade: str | None,
    actor: str,
    at: str,
) -> None:
    record(
        session,
        (GRADE, response_id, "", ""),
        grade_payload(final_grade, override_reason, suggested_grade),
        "",
        actor=actor,
        at=at,
        inspection_id=inspection_id,
    )

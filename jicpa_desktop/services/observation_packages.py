"""Meeting observations in the hand-over: gathered for a package, and merged from one on import.

Each observation has one observer, so two laptops rarely change the same answer; when they do, the latest change
wins (updated_at, then who, so every laptop picks the same one). A removal is sticky: once an observation is
removed on any laptop, every package that reaches it leaves it removed, and its answers are deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session

from jicpa_desktop.package_format.observations import ObservationAnswerData, ObservationData
from jicpa_desktop.services import audit
from jicpa_desktop.services.context import driver


def gather_observations(session: Session, inspection_id: str) -> tuple[ObservationData, ...]:
    """Every observation of the inspection on this laptop, removed ones as tombstones without answers."""
    connection = driver(session)
    answers: dict[str, list[ObservationAnswerData]] = {}
    for observation_id, *answer in connection.execute(
            "SELECT observation_id, id, question_id, value_json, evidence_note, updated_at, updated_by "
            "FROM observation_answer WHERE inspection_id = ? ORDER BY observation_id, question_id", (inspection_id,)):
        answers.setdefault(observation_id, []).append(ObservationAnswerData(*answer))
    observations = []
    for (observation_id, form_id, form_version, observed_on, observer_id, created_at, updated_at, updated_by,
         removed_at) in connection.execute(
            "SELECT id, form_id, form_version, observed_on, observer_id, created_at, updated_at, updated_by, "
            "removed_at FROM meeting_observation WHERE inspection_id = ? ORDER BY id", (inspection_id,)):
        observations.append(ObservationData(
            observation_id, form_id, int(form_version), observed_on, observer_id, created_at, updated_at, updated_by,
            removed_at, () if removed_at is not None else tuple(answers.get(observation_id, ()))))
    return tuple(observations)


def observed_ids(session: Session, observations: Sequence[ObservationData]) -> list[str]:
    """The ids the observations' audit events name (observations and their answers): their events travel too."""
    ids = [o.id for o in observations]
    connection = driver(session)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        ids += [r[0] for r in connection.execute(
            f"SELECT id FROM observation_answer WHERE observation_id IN ({marks})", chunk)]
    return ids


def _member(connection: Any, member_id: str | None) -> str | None:
    """The id this laptop keeps for the observer (the merge may have found two ids naming one member)."""
    if member_id is None:
        return None
    alias = connection.execute("SELECT canonical_id FROM id_alias WHERE entity = 'team_member' AND alias_id = ?",
                               (member_id,)).fetchone()
    return str(alias[0]) if alias is not None else member_id


def merge_observations(session: Session, packages: Sequence[Any], *, actor: str, now: str) -> int:
    """Bring the packages' observations in (inside the import's transaction, after the team); returns the number
    of rows written, 0 when everything was here already."""
    connection = driver(session)
    written = 0
    for package in packages:
        data = package.data
        inspection_id = data.inspection.id
        for o in getattr(data, "observations", ()):
            written += _merge_one(connection, session, inspection_id, o, actor=actor, now=now)
    return written


def _merge_one(connection: Any, session: Session, inspection_id: str, o: ObservationData, *, actor: str,
               now: str) -> int:
    written = 0
    here = connection.execute(
        "SELECT observed_on, observer_id, updated_at, updated_by, removed_at, inspection_id FROM meeting_observation "
        "WHERE id = ?", (o.id,)).fetchone()
    observer = _member(connection, o.observer_id)
    if here is None:
        connection.execute(
            "INSERT INTO meeting_observation (id, inspection_id, form_id, form_version, observed_on, observer_id, "
            "created_at, updated_at, updated_by, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (o.id, inspection_id, o.form_id, o.form_version, o.observed_on, observer, o.created_at, o.updated_at,
             o.updated_by, o.removed_at))
        audit.record(session, inspection_id=inspection_id, actor=actor, action="import", entity="meeting_observation",
                     entity_id=o.id, new={"form_id": o.form_id, "observed_on": o.observed_on}, at=now)
        removed = o.removed_at
        written += 1
    else:
        if str(here[5]) != inspection_id:
            return 0  # an id of another inspection: never moved across inspections
        removed = here[4] if o.removed_at is None else (o.removed_at if here[4] is None else min(here[4], o.removed_at))
        newer = (o.updated_at, o.updated_by) > (str(here[2]), str(here[3]))
        observed_on, observer_id = (o.observed_on, observer) if newer else (here[0], here[1])
        if (observed_on, observer_id, removed) != (here[0], here[1], here[4]) or newer:
            connection.execute(
                "UPDATE meeting_observation SET observed_on = ?, observer_id = ?, removed_at = ?, updated_at = ?, "
                "updated_by = ? WHERE id = ?",
                (observed_on, observer_id, removed, max(o.updated_at, str(here[2])),
                 o.updated_by if newer else here[3], o.id))
            written += 1
    if removed is not None:
        gone = connection.execute("DELETE FROM observation_answer WHERE observation_id = ?", (o.id,)).rowcount
        if here is not None and here[4] is None:
            audit.record(session, inspection_id=inspection_id, actor=actor, action="delete",
                         entity="meeting_observation", entity_id=o.id, at=now)
        return written + max(int(gone), 0)
    for answer in o.answers:
        mine = connection.execute(
            "SELECT id, value_json, evidence_note, updated_at, updated_by FROM observation_answer "
            "WHERE observation_id = ? AND question_id = ?", (o.id, answer.question_id)).fetchone()
        if mine is None:
            connection.execute(
                "INSERT INTO observation_answer (id, observation_id, inspection_id, question_id, value_json, "
                "evidence_note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (answer.id, o.id, inspection_id, answer.question_id, answer.value_json, answer.evidence,
                 answer.updated_at, answer.updated_by))
            written += 1
        elif (answer.updated_at, answer.updated_by) > (str(mine[3]), str(mine[4])) and (
                answer.value_json, answer.evidence) != (mine[1], mine[2]):
            connection.execute(
                "UPDATE observation_answer SET value_json = ?, evidence_note = ?, updated_at = ?, updated_by = ? "
                "WHERE id = ?", (answer.value_json, answer.evidence, answer.updated_at, answer.updated_by, mine[0]))
            written += 1
    return written

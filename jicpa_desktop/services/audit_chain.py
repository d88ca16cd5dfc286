"""Linking audit events into their inspection's hash chain, and checking a chain (docs/audit-trail.md).

Every audit event any service writes comes through ``append`` (services/audit.py for one event, the
merge for a package's events): it gives the event the next position in its inspection's chain, the hash
of the event before it and its own hash, and moves the chain's recorded head, all inside the caller's
write transaction (which holds SQLite's write lock, so two writers never take the same position).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from jicpa_desktop.domain.audit_hash import GENESIS, ChainCheck, ChainedEvent, check_chain, describe, event_hash
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.services.context import ServiceContext, driver
from jicpa_desktop.services.errors import NotFoundError

# The fields of an event as the caller gives them, in the chain's order (domain/audit_hash.py).
EventFields = tuple[str, str, str, str, str, str, str, str | None, str | None]

_INSERT = (
    "INSERT INTO audit_event (id, at, actor, action, entity, entity_id, field, old_json, new_json, "
    "inspection_id, seq, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_MOVE_HEAD = (
    "INSERT INTO audit_chain_head (inspection_id, length, hash) VALUES (?, ?, ?) "
    "ON CONFLICT (inspection_id) DO UPDATE SET length = excluded.length, hash = excluded.hash"
)
CHAIN_COLUMNS = "id, at, actor, action, entity, entity_id, field, old_json, new_json, seq, prev_hash, hash"


def head(connection: sqlite3.Connection, inspection_id: str) -> tuple[int, str] | None:
    """(length, hash of the last event) of the inspection's chain as recorded, or None before its first event."""
    row = connection.execute(
        "SELECT length, hash FROM audit_chain_head WHERE inspection_id = ?", (inspection_id,)
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def _end(connection: sqlite3.Connection, inspection_id: str) -> tuple[int, str]:
    """(last position taken, hash to link to) for the next event. Normally the recorded head. If the file was
    edited so that stored events go past the head (or the head is gone), the next event still takes a free
    position, so saving never fails, but it links to the recorded head's hash: the chain stays broken there
    and `audit verify` names it, rather than new events hiding what was done."""
    recorded = head(connection, inspection_id) or (0, GENESIS)
    last = connection.execute(
        "SELECT max(seq) FROM audit_event WHERE inspection_id = ?", (inspection_id,)
    ).fetchone()
    taken = int(last[0]) if last is not None and last[0] is not None else 0
    return max(recorded[0], taken), recorded[1]


def append(connection: sqlite3.Connection, inspection_id: str, events: Sequence[EventFields]) -> None:
    """Write *events* (in this order) at the end of the inspection's chain, inside the caller's transaction."""
    if not events:
        return
    length, previous = _end(connection, inspection_id)
    rows = []
    for event in events:
        length += 1
        digest = event_hash(inspection_id, length, event, previous)
        rows.append((*event, inspection_id, length, previous, digest))
        previous = digest
    if len(rows) == 1:
        connection.execute(_INSERT, rows[0])
    else:
        connection.executemany(_INSERT, rows)
    connection.execute(_MOVE_HEAD, (inspection_id, length, previous))


def stored_chain(connection: sqlite3.Connection, inspection_id: str) -> list[ChainedEvent]:
    """The inspection's events in chain order; events with no position (added around the chain) come first."""
    return [
        ChainedEvent(*row)
        for row in connection.execute(
            f"SELECT {CHAIN_COLUMNS} FROM audit_event WHERE inspection_id = ? ORDER BY seq, rowid",
            (inspection_id,),
        )
    ]


def check_stored(connection: sqlite3.Connection, inspection_id: str) -> ChainCheck:
    """Check the inspection's chain as stored, against its recorded head (an inspection with no events is ok)."""
    events = stored_chain(connection, inspection_id)
    recorded = head(connection, inspection_id)
    if recorded is None and events:
        recorded = (0, GENESIS)  # events but no head: the check names the last event as past the head
    return check_chain(inspection_id, events, head=recorded)


@dataclass(frozen=True, slots=True)
class BrokenEvent:
    """The first event where a chain does not hold (event_id and at empty when the event itself is gone)."""

    event_id: str
    at: str
    position: int | None
    kind: str
    what: LocalizedText


@dataclass(frozen=True, slots=True)
class AuditVerification:
    inspection_id: str
    events: int
    head_hash: str
    broken: BrokenEvent | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def verification(inspection_id: str, check: ChainCheck, total: int) -> AuditVerification:
    problem = check.problem
    broken = None
    if problem is not None:
        broken = BrokenEvent(problem.event_id, problem.at, problem.seq, problem.kind, describe(problem))
    return AuditVerification(inspection_id, total, check.head_hash, broken)


class AuditTrail:
    """Checking an inspection's audit trail on demand (`jicpa audit verify`)."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def verify(self, inspection_id: str) -> AuditVerification:
        with self._context.reading() as session:
            connection = driver(session)
            known = connection.execute("SELECT 1 FROM inspection WHERE id = ?", (inspection_id,)).fetchone()
            total = connection.execute(
                "SELECT count(*) FROM audit_event WHERE inspection_id = ?", (inspection_id,)
            ).fetchone()[0]
            if known is None and not total and head(connection, inspection_id) is None:
                raise NotFoundError(
                    LocalizedText(
                        f"There is no inspection {inspection_id!r} on this laptop. List them with "
                        "'jicpa inspection list'.",
                        f"Nid oes arolygiad {inspection_id!r} ar y gliniadur hwn. Rhestrwch nhw gyda "
                        "'jicpa inspection list'.",
                    )
                )
            check = check_stored(connection, inspection_id)
        return verification(inspection_id, check, int(total))

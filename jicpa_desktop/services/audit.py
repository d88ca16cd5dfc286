"""Writing to the append-only audit trail, inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy import insert
from sqlmodel import Session

from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.services.context import dumps
from jicpa_desktop.store.tables import AuditEvent, new_id

# A Core insert on the session's connection: the audit write sits on the autosave path, and the ORM
# unit of work would cost more than the commit itself.
_INSERT = insert(AuditEvent)


def record(
    session: Session,
    *,
    inspection_id: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    field: str = "",
    old: object = None,
    new: object = None,
    at: str | None = None,
) -> None:
    session.connection().execute(
        _INSERT,
        {
            "id": new_id(),
            "inspection_id": inspection_id,
            "at": at or utc_now_iso(),
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "field": field,
            "old_json": None if old is None else dumps(old),
            "new_json": None if new is None else dumps(new),
        },
    )

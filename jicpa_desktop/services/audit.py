"""Writing to the append-only audit trail, inside the caller's transaction."""

from __future__ import annotations

from sqlmodel import Session

from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.services.context import driver, dumps
from jicpa_desktop.store.tables import new_id

# Straight to the driver inside the caller's transaction: the audit write sits on the autosave path,
# where the ORM unit of work would cost more than the commit itself.
_INSERT = (
    "INSERT INTO audit_event (id, inspection_id, at, actor, action, entity, entity_id, field, old_json, new_json) "
    "VALUES (:id, :inspection_id, :at, :actor, :action, :entity, :entity_id, :field, :old_json, :new_json)"
)


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
    driver(session).execute(
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

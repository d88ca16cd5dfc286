"""Writing to the append-only, hash-chained audit trail, inside the caller's transaction."""

from __future__ import annotations

from sqlmodel import Session

from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.services import audit_chain
from jicpa_desktop.services.context import driver, dumps
from jicpa_desktop.store.tables import new_id


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
    # Straight to the driver inside the caller's transaction: the audit write sits on the autosave path,
    # where the ORM unit of work would cost more than the commit itself.
    audit_chain.append(
        driver(session),
        inspection_id,
        [
            (
                new_id(),
                at or utc_now_iso(),
                actor,
                action,
                entity,
                entity_id,
                field,
                None if old is None else dumps(old),
                None if new is None else dumps(new),
            )
        ],
    )

"""Migration 0006 chains the events written before it, per inspection in the order they were written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jicpa_desktop.domain.audit_hash import GENESIS, event_hash
from jicpa_desktop.services.audit_chain import check_stored, stored_chain
from jicpa_desktop.store.engine import create_store_engine
from jicpa_desktop.store.migrate import migrate, open_store


def test_existing_events_are_chained_in_the_order_written(tmp_path: Path) -> None:
    path = tmp_path / "before.sqlite3"
    engine = create_store_engine(path)
    migrate(engine, path, target="0005")
    engine.dispose()
    events = [  # written out of id order, two of them at the same time: insertion order breaks the tie
        ("e3", "i1", "2024-01-15T09:00:00.000000Z"),
        ("e1", "i1", "2024-01-15T09:00:01.000000Z"),
        ("e2", "i1", "2024-01-15T09:00:01.000000Z"),
        ("f1", "i2", "2024-01-14T08:00:00.000000Z"),
    ]
    with sqlite3.connect(path) as connection:
        for event_id, inspection, at in events:
            connection.execute(
                "INSERT INTO audit_event (id, inspection_id, at, actor, action, entity, entity_id, field, new_json) "
                "VALUES (?, ?, ?, 'Lead Lewis', 'update', 'answer', 'a1', 'f.q', '\"ŵyr\"')",
                (event_id, inspection, at),
            )
    open_store(path).dispose()
    connection = sqlite3.connect(path)
    try:
        chain = stored_chain(connection, "i1")
        assert [(e.id, e.seq) for e in chain] == [("e3", 1), ("e1", 2), ("e2", 3)]
        assert chain[0].prev_hash == GENESIS and chain[1].prev_hash == chain[0].hash
        assert chain[2].hash == event_hash("i1", 3, chain[2], chain[1].hash or "")
        assert check_stored(connection, "i1").ok and check_stored(connection, "i2").ok
        head = connection.execute("SELECT length, hash FROM audit_chain_head WHERE inspection_id = 'i1'").fetchone()
        assert head == (3, chain[2].hash)
        # The trail is append-only again after the migration linked it.
        try:
            connection.execute("UPDATE audit_event SET actor = 'x'")
        except sqlite3.DatabaseError as error:
            assert "append-only" in str(error)
        else:
            raise AssertionError("the no-update trigger is back")
    finally:
        connection.close()

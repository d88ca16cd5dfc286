"""The one engine factory: every connection to the store comes from here, with the durability pragmas."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

# WAL lets the GUI read while the writer commits; synchronous=FULL makes every commit survive a
# power cut (an inspector's flat battery); foreign keys catch orphaned answers at once.
DURABILITY_PRAGMAS: tuple[str, ...] = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)

Connector = Callable[[], sqlite3.Connection]


def plain_sqlite_connector(path: Path, *, create: bool = True) -> Connector:
    """Open the file with the standard library driver (an encrypted connector can replace this).

    create=False opens only a file that exists: SQLite's mode=rw refuses to make a new, empty one.
    """

    def connect() -> sqlite3.Connection:
        if not create:
            uri = Path(path).resolve().as_uri() + "?mode=rw"
            return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5.0)
        return sqlite3.connect(str(path), check_same_thread=False, timeout=5.0)

    return connect


def apply_pragmas(connection: sqlite3.Connection) -> None:
    for pragma in DURABILITY_PRAGMAS:
        connection.execute(pragma).fetchall()


def create_store_engine(path: Path, *, connector: Connector | None = None) -> Engine:
    """An engine on the SQLite file at *path*; all sessions and raw connections must come from it."""
    path = Path(path)
    connect = connector or plain_sqlite_connector(path)
    engine = create_engine(
        "sqlite://",
        creator=connect,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling is replaced by explicit BEGIN (see SQLAlchemy docs,
        # "Serializable isolation / Savepoints / Transactional DDL"), so a read never holds a stale snapshot.
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front: a deferred transaction that later upgrades to a
        # writer can fail at once with "database is locked" instead of waiting its turn.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine and pool, with transactions that begin IMMEDIATE (hold the write lock)."""
    return engine.execution_options(sqlite_begin="IMMEDIATE")

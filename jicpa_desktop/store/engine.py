"""The one engine factory: every connection to the store comes from here, with the durability pragmas.

An encrypted store (every store the app and the command line open) is reached through SQLCipher
(``sqlcipher3``) with the database's raw data key (store/encryption/); the standard library driver is
left for reading a plaintext database of an older release once, to encrypt it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

if TYPE_CHECKING:
    from jicpa_desktop.store.encryption.keys import DatabaseKey

# WAL lets the GUI read while the writer commits; synchronous=FULL makes every commit survive a
# power cut (an inspector's flat battery); foreign keys catch orphaned answers at once.
DURABILITY_PRAGMAS: tuple[str, ...] = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)

Connector = Callable[[], sqlite3.Connection]

# Either driver's connection and errors: sqlcipher3 is a fork of the standard module with its own classes.
DRIVER_CONNECTIONS: tuple[type, ...] = (sqlite3.Connection, sqlcipher.Connection)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError, sqlcipher.OperationalError)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, sqlcipher.IntegrityError)


def as_driver_connection(connection: object) -> sqlite3.Connection:
    """A session's raw connection, typed as the standard module's (sqlcipher3's has the same interface)."""
    assert isinstance(connection, DRIVER_CONNECTIONS)
    return cast(sqlite3.Connection, connection)


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


def encrypted_connector(path: Path, key: DatabaseKey, *, create: bool = True, read_only: bool = False) -> Connector:
    """Open the file through SQLCipher with *key*; the key is set before anything reads a page.

    SQLCipher's own log (which prints "hmac check failed" on stderr for a wrong key) is silenced: the key
    file has already told a wrong passphrase from a right one (store/encryption/unlock.py), and any damage
    that remains is reported in our words.
    """
    statement = key.pragma()

    def connect() -> sqlite3.Connection:
        if read_only or not create:
            mode = "ro" if read_only else "rw"
            wal = Path(path).with_name(Path(path).name + "-wal")
            immutable = "&immutable=1" if read_only and not wal.exists() else ""
            uri = Path(path).resolve().as_uri() + f"?mode={mode}{immutable}"
            connection = sqlcipher.connect(uri, uri=True, check_same_thread=False, timeout=5.0)
        else:
            connection = sqlcipher.connect(str(path), check_same_thread=False, timeout=5.0)
        try:
            connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
            connection.execute(statement).fetchall()
        except BaseException:
            connection.close()
            raise
        return cast(sqlite3.Connection, connection)

    return connect


def apply_pragmas(connection: sqlite3.Connection) -> None:
    for pragma in DURABILITY_PRAGMAS:
        connection.execute(pragma).fetchall()


def create_store_engine(path: Path, *, connector: Connector | None = None, key: DatabaseKey | None = None) -> Engine:
    """An engine on the SQLite file at *path*; all sessions and raw connections must come from it.

    With *key* the file is encrypted (SQLCipher); without, plaintext (an older release's file, or a test).
    """
    path = Path(path)
    connect = connector or (encrypted_connector(path, key) if key is not None else plain_sqlite_connector(path))
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

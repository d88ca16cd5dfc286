"""What every service needs: the store's engine, the form catalogue, and who is acting."""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.store.engine import writer
from jicpa_desktop.store.errors import classify


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "inspector"


@dataclass
class ServiceContext:
    engine: Engine
    catalogue: FormCatalogue
    actor: str = field(default_factory=default_actor)

    def __post_init__(self) -> None:
        self._writer = writer(self.engine)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read session; user-fixable store errors come out as StoreUnavailableError."""
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        # Autosave statements go straight to the driver, so its own errors arrive unwrapped.
        except (DBAPIError, sqlite3.DatabaseError) as error:
            raise classify(error) or error from error

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One committed transaction that holds the write lock from its start."""
        try:
            with Session(self._writer, expire_on_commit=False) as session:
                yield session
                session.commit()
        # Autosave statements go straight to the driver, so its own errors arrive unwrapped.
        except (DBAPIError, sqlite3.DatabaseError) as error:
            raise classify(error) or error from error


def driver(session: Session) -> sqlite3.Connection:
    """The session's own SQLite connection, inside its transaction, for the autosave path: a statement
    through the driver costs a fraction of one through SQLAlchemy, and a save runs half a dozen."""
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


# One encoder for every call: json.dumps with options builds a new JSONEncoder each time, which was a
# tenth of a second of a 31k-answer import.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def dumps(value: object) -> str:
    """The JSON used for stored values and audit events: compact and stable."""
    return _ENCODER.encode(value)

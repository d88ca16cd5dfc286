"""What every service needs: the store's engine, the form catalogue, and who is acting."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.store.engine import DATABASE_ERRORS, as_driver_connection, writer
from jicpa_desktop.store.errors import classify

# SQLAlchemy's wrapped errors, and either driver's own (autosave statements go straight to the driver).
_STORE_ERRORS: tuple[type[Exception], ...] = (DBAPIError, *DATABASE_ERRORS)

# Recorded when nobody has said who they are (a script without --as before 'jicpa identity set'); never
# the computer's login, which names a laptop account, not a member of the inspection team.
UNIDENTIFIED = "(no team member chosen)"


@dataclass
class ServiceContext:
    """*given_actor* (``--as NAME``, or a test's) overrides; otherwise changes are recorded as the team
    member this laptop's user chose for the inspection in use (services/identity.py)."""

    engine: Engine
    catalogue: FormCatalogue
    given_actor: str | None = None
    acting_for: str | None = None  # the inspection the front end works in
    identities: dict[str, str] = field(default_factory=dict)  # inspection id -> "Name (INSPECTORATE)"

    def __post_init__(self) -> None:
        self._writer = writer(self.engine)

    @property
    def actor(self) -> str:
        """Who every change, audit event, package and export names."""
        if self.given_actor:
            return self.given_actor
        if self.acting_for is not None:
            return self.identities.get(self.acting_for, UNIDENTIFIED)
        return UNIDENTIFIED

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read session; user-fixable store errors come out as StoreUnavailableError."""
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        # Autosave statements go straight to the driver, so its own errors arrive unwrapped.
        except _STORE_ERRORS as error:
            raise classify(error) or error from error

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One committed transaction that holds the write lock from its start."""
        try:
            with Session(self._writer, expire_on_commit=False) as session:
                yield session
                session.commit()
        # Autosave statements go straight to the driver, so its own errors arrive unwrapped.
        except _STORE_ERRORS as error:
            raise classify(error) or error from error


def driver(session: Session) -> sqlite3.Connection:
    """The session's own SQLite connection, inside its transaction, for the autosave path: a statement
    through the driver costs a fraction of one through SQLAlchemy, and a save runs half a dozen."""
    return as_driver_connection(session.connection().connection.driver_connection)


# One encoder for every call: json.dumps with options builds a new JSONEncoder each time, which was a
# tenth of a second of a 31k-answer import.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def dumps(value: object) -> str:
    """The JSON used for stored values and audit events: compact and stable."""
    return _ENCODER.encode(value)

"""Opening the store: identified before any pragma, encrypted if an older release left it plaintext, then
schema migrations with Alembic after copying the database aside (encrypted with the same key)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.store.encryption.file_modes import create_owner_only, owner_only, owner_only_folder
from jicpa_desktop.store.engine import DATABASE_ERRORS, Connector, create_store_engine, encrypted_connector
from jicpa_desktop.store.errors import (
    TRUNCATED,
    StoreProblem,
    StoreUnavailableError,
    backups_folder,
    classify,
    damaged,
    for_database,
    not_a_database,
)

if TYPE_CHECKING:
    from alembic.config import Config

    from jicpa_desktop.store.encryption.keys import DatabaseKey

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision this code writes. Opening a database already there skips importing Alembic
# (a fifth of a second at every start); tests/store/test_migrations.py keeps it equal to Alembic's head.
HEAD_REVISION = "0011"


@dataclass(frozen=True, slots=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if has_table is None:
            return None
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None if revision is None else str(revision)


def backup_database(path: Path, label: str, key: DatabaseKey | None = None) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL), beside the database, 0600.

    With *key* both ends are SQLCipher connections with the same key and salt: the copy is encrypted page for
    page as the database is, and opens with the same key file.
    """
    folder = backups_folder(path)
    owner_only_folder(folder)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}.{label}.{stamp}.sqlite3"
    create_owner_only(target)
    source = encrypted_connector(path, key)() if key is not None else sqlite3.connect(str(path))
    try:
        destination = encrypted_connector(target, key)() if key is not None else sqlite3.connect(str(target))
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def _foreign(path: Path) -> StoreUnavailableError:
    return StoreUnavailableError(
        StoreProblem.NOT_A_DATABASE,
        LocalizedText(
            f"{path} is an SQLite file but not a JICPA Desktop database. Choose another file; nothing in it has "
            "been changed.",
            f"Mae {path} yn ffeil SQLite, ond nid yw'n gronfa ddata JICPA Desktop. Dewiswch ffeil arall; nid oes "
            "dim ynddi wedi newid.",
        ),
    )


def _newer(current: str) -> StoreUnavailableError:
    return StoreUnavailableError(
        StoreProblem.NEWER_SCHEMA,
        LocalizedText(
            f"This database was written by a newer version of JICPA Desktop (schema {current}). "
            "Install the newer version to open it; nothing in the file has been changed.",
            f"Cafodd y gronfa ddata hon ei hysgrifennu gan fersiwn fwy newydd o JICPA Desktop (sgema {current}). "
            "Gosodwch y fersiwn fwy newydd i'w hagor; nid oes dim yn y ffeil wedi newid.",
        ),
    )


SQLITE_MAGIC = b"SQLite format 3\x00"
_DOES_NOT_DECRYPT = LocalizedText(
    "its first page does not decrypt with the database's own key, as if it was overwritten or cut short",
    "nid yw ei thudalen gyntaf yn dadgryptio ag allwedd y gronfa ddata ei hun, fel pe bai wedi'i throsysgrifo "
    "neu ei thorri'n fyr",
)


def _check_header(path: Path, size: int) -> None:
    """The first 100 bytes: an SQLite file, and not shorter than the page count it records (a truncated copy)."""
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise not_a_database(path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid when the change counter matches "version-valid-for" (SQLite file format, 1.3.7).
    if pages and header[24:28] == header[92:96] and pages * page_size > size:
        raise damaged(path, TRUNCATED)


def is_plaintext(path: Path) -> bool:
    """Whether the file starts as a plaintext SQLite file does (an older release's database)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except FileNotFoundError:
        return False


# SQLCipher 4's page size (we never change it): an encrypted file is a whole number of these pages.
CIPHER_PAGE_SIZE = 4096


def _check_encrypted_size(path: Path, size: int) -> None:
    if size < CIPHER_PAGE_SIZE or size % CIPHER_PAGE_SIZE:
        raise damaged(path, TRUNCATED)


def identify(path: Path, key: DatabaseKey | None = None) -> None:
    """Refuse, before anything writes to it, a file that is not ours or that this version cannot open.

    Nothing here may change the file: the header is read as bytes, then the schema and version through a
    read-only connection (mode=ro; immutable too when no -wal is beside it, since a read-only connection to
    a WAL file would otherwise create -wal and -shm and could not remove them). The journal mode and other
    pragmas are set by the engine only after this has passed.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return  # a new database
    if size == 0:
        return  # SQLite's own empty database: ours to create
    encrypted = key is not None and not is_plaintext(path)
    if encrypted:
        _check_encrypted_size(path, size)
    else:
        _check_header(path, size)
    wal = path.with_name(path.name + "-wal")
    uri = path.resolve().as_uri() + "?mode=ro" + ("" if wal.exists() else "&immutable=1")
    try:
        if encrypted:
            assert key is not None
            connection = encrypted_connector(path, key, read_only=True)()
        else:
            connection = sqlite3.connect(uri, uri=True, timeout=5.0)
        try:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if names and "alembic_version" not in names:
                raise _foreign(path)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone() if names else None
        finally:
            connection.close()
    except DATABASE_ERRORS as error:
        friendly = classify(error)
        if friendly is None:
            raise
        if encrypted and friendly.problem is StoreProblem.NOT_A_DATABASE:
            # The key is the database's own (its key file said so): a page that does not decrypt is damage.
            raise damaged(path, _DOES_NOT_DECRYPT) from None
        raise for_database(friendly, path) from error
    current = None if row is None or row[0] is None else str(row[0])
    if current is not None and current != HEAD_REVISION and current not in known_revisions():
        raise _newer(current)


def _has_foreign_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        names = {
            row[0]
            for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
    return bool(names) and "alembic_version" not in names


def migrate(engine: Engine, path: Path, *, target: str = "head", key: DatabaseKey | None = None) -> MigrationResult:
    """Bring the schema to *target*; an existing database is copied aside first."""
    if _has_foreign_tables(engine):
        raise _foreign(path)
    current = current_revision(engine)
    if target == "head" and current == HEAD_REVISION:
        return MigrationResult(current, current, None)
    wanted = head_revision() if target == "head" else target
    if current is not None and current not in known_revisions():
        raise _newer(current)
    if current == wanted:
        return MigrationResult(current, wanted, None)
    backup = backup_database(path, f"before-{wanted}-from-{current}", key) if current is not None else None
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        # SQLite ignores this pragma inside a transaction, so it goes to the driver before BEGIN;
        # table rebuilds in batch migrations need it off.
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, wanted)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return MigrationResult(current, wanted, backup)


def open_store(path: Path, *, connector: Connector | None = None, key: DatabaseKey | None = None,
               create: bool = True) -> Engine:
    """Open (creating if needed) and migrate the store at *path*; user-fixable failures are explained.

    With *key* (what the app and the command line always give: composition.py) the store is encrypted: a new
    one is created encrypted, and a plaintext one of an older release is encrypted first
    (store/encryption/convert.py). Without, it is opened as plaintext (tests of the older release's files).
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreUnavailableError(
            StoreProblem.CANNOT_OPEN,
            LocalizedText(
                f"Cannot create the folder {path.parent} for the audit database ({error.strerror}). "
                "Choose a folder you can write to with --db or JICPA_DB.",
                f"Ni ellir creu'r ffolder {path.parent} ar gyfer y gronfa ddata archwilio ({error.strerror}). "
                "Dewiswch ffolder y gallwch ysgrifennu iddo gyda --db neu JICPA_DB.",
            ),
        ) from error
    if key is not None and create:
        create_owner_only(path)
    # Only a file known to be ours, at a version this code can open, gets the engine and its pragmas.
    identify(path, key)
    if key is not None and is_plaintext(path):
        from jicpa_desktop.store.encryption.convert import encrypt_plaintext_database

        encrypt_plaintext_database(path, key)
    for own in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        owner_only(own)
    if connector is None and key is not None:
        connector = encrypted_connector(path, key, create=create)
    engine = create_store_engine(path, connector=connector)
    try:
        migrate(engine, path, key=key)
    except StoreUnavailableError as error:
        engine.dispose()
        raise for_database(error, path) from None
    except Exception as error:
        engine.dispose()
        friendly = classify(error)
        if friendly is not None:
            raise for_database(friendly, path) from error
        raise
    return engine

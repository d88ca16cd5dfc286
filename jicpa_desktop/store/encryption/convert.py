"""Encrypting an older release's plaintext database in place: a verified encrypted copy, then an atomic swap.

SQLCipher's ``sqlcipher_export`` copies schema and rows into an attached encrypted file. Before the copy
replaces the plaintext file, it is opened with the key and compared with the original: integrity check,
the same schema objects, and every table's rows (count and SHA-256 of their values). The swap is one
``os.replace``; a crash before it leaves the plaintext database as it was, to be encrypted at the next open.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from jicpa_desktop.store.encryption.file_modes import create_owner_only
from jicpa_desktop.store.encryption.key_file import sync_folder
from jicpa_desktop.store.encryption.keys import DatabaseKey


class EncryptionCheckFailedError(Exception):
    """The encrypted copy differs from the plaintext database; the plaintext one was left in place."""


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _remove(path: Path) -> None:
    for stale in (path, *_sidecars(path)):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()


def _fingerprint(connection: sqlcipher.Connection, schema: str) -> dict[str, tuple[int, str]]:
    """Per table: the row count and a digest of every row's values, in rowid order."""
    tables = [row[0] for row in connection.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    result: dict[str, tuple[int, str]] = {}
    for table in tables:
        digest, count = hashlib.sha256(), 0
        quoted = '"' + table.replace('"', '""') + '"'
        for row in connection.execute(f"SELECT * FROM {schema}.{quoted} ORDER BY rowid"):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
            count += 1
        result[table] = (count, digest.hexdigest())
    return result


def _schema(connection: sqlcipher.Connection, schema: str) -> set[tuple[str, str, str]]:
    return {(row[0], row[1], row[2] or "") for row in connection.execute(
        f"SELECT type, name, sql FROM {schema}.sqlite_master WHERE name NOT LIKE 'sqlite_%'")}


def encrypt_plaintext_database(path: Path, key: DatabaseKey) -> None:
    """Replace the plaintext SQLite database at *path* by an encrypted copy made with *key*, verified first."""
    path = Path(path)
    target = path.with_name(path.name + ".encrypting")
    _remove(target)  # a copy left by an interrupted attempt: made again from the original
    create_owner_only(target)
    source = sqlcipher.connect(str(path), isolation_level=None)  # no key: the plaintext file
    try:
        # The WAL's committed pages go into the file and the WAL goes away, so no plaintext -wal is left
        # beside the encrypted database (SQLite would try to apply it to the new file).
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        source.execute("PRAGMA journal_mode=DELETE").fetchall()
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.raw.hex()}{key.salt.hex()}'\"", (str(target),))
        try:
            source.execute("SELECT sqlcipher_export('encrypted')").fetchall()
            version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
            source.execute(f"PRAGMA encrypted.user_version = {version}")
            if _schema(source, "main") != _schema(source, "encrypted"):
                raise EncryptionCheckFailedError("the encrypted copy's schema differs")
            if _fingerprint(source, "main") != _fingerprint(source, "encrypted"):
                raise EncryptionCheckFailedError("the encrypted copy's rows differ")
        finally:
            source.execute("DETACH DATABASE encrypted")
    except BaseException:
        source.close()
        _remove(target)
        raise
    source.close()
    _verify_alone(target, key)
    with open(target, "rb+") as written:
        os.fsync(written.fileno())
    os.replace(target, path)
    for stale in _sidecars(path):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    sync_folder(path.parent)


def _verify_alone(target: Path, key: DatabaseKey) -> None:
    """The copy opens on its own with the key, and SQLCipher's and SQLite's integrity checks pass."""
    connection = sqlcipher.connect(str(target), isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
        connection.execute(key.pragma()).fetchall()
        problems = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        checked = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlcipher.DatabaseError as error:
        connection.close()
        _remove(target)
        raise EncryptionCheckFailedError(f"the encrypted copy does not open: {error}") from None
    connection.close()
    if problems or checked != [("ok",)]:
        _remove(target)
        raise EncryptionCheckFailedError(f"the encrypted copy fails its integrity check: {problems or checked}")

"""The test suite's database passphrase, and raw connections to an encrypted test database (to inspect or tamper)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from jicpa_desktop.services.database_keys import DatabaseKeys
from jicpa_desktop.store.encryption.key_file import key_file_path
from jicpa_desktop.store.encryption.keys import DatabaseKey
from jicpa_desktop.store.engine import encrypted_connector

# Every database the suite opens through build_services without a key is encrypted with this passphrase
# (tests/conftest.py names it in JICPA_DB_PASSPHRASE_FILE); its key files use the cheap test scrypt.
TEST_DB_PASSPHRASE = "test database passphrase"


def key_of(db_path: str | Path) -> DatabaseKey:
    return DatabaseKeys(Path(db_path)).unlock(TEST_DB_PASSPHRASE)


def connect_raw(db_path: str | Path, key_from: str | Path | None = None) -> sqlite3.Connection:
    """A driver connection to the encrypted test database at *db_path*, as sqlite3.connect gives a plain one.

    A backup has no key file of its own: it opens with its database's (*key_from*).
    """
    return encrypted_connector(Path(db_path), key_of(key_from or db_path))()




def copy_database(source: str | Path, target: str | Path) -> None:
    """Copy a closed database and its key file (an encrypted database opens only with its key file beside it)."""
    source, target = Path(source), Path(target)
    shutil.copyfile(source, target)
    source_keys, target_keys = key_file_path(source), key_file_path(target)
    if source_keys.exists():
        shutil.copyfile(source_keys, target_keys)

"""A driver connection to a test database as the engine opens it (encrypted or not), to tamper with it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def connect_raw(db_path: Path) -> Any:
    try:
        from tests.encrypted_db import connect_raw as encrypted
    except ImportError:  # a plaintext store
        return sqlite3.connect(str(db_path))
    return encrypted(db_path)

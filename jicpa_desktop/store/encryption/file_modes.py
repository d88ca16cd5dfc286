"""Files readable by their owner only (0600 on POSIX): the database, its -wal, backups, key file, exports, logs."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

OWNER_ONLY = 0o600
OWNER_ONLY_FOLDER = 0o700
POSIX = os.name == "posix"


def restrict_new_files() -> None:
    """Every file this process creates from now on is the user's alone (umask 077); called by the entry points.

    Windows has no umask that matters here: files in the user's profile are already the user's.
    """
    if POSIX:
        os.umask(0o077)


def owner_only(path: Path) -> None:
    """Make an existing file (one an older release wrote 0644) readable by its owner only."""
    if not POSIX:
        return
    with contextlib.suppress(FileNotFoundError, PermissionError):
        if Path(path).stat().st_mode & 0o077:
            os.chmod(path, OWNER_ONLY)


def create_owner_only(path: Path) -> bool:
    """Create *path* empty and 0600 if it does not exist, so SQLite (which gives -wal and -shm the mode of
    the database) and everything after it keep that mode. True when it was created."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    except FileExistsError:
        return False
    os.close(handle)
    return True


def owner_only_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_FOLDER)
    if POSIX:
        with contextlib.suppress(PermissionError):
            if folder.stat().st_mode & 0o077:
                os.chmod(folder, OWNER_ONLY_FOLDER)

"""Where the app keeps its database, logs and settings (platformdirs), overridable for tests and CLI."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "JICPA Desktop"
APP_AUTHOR = "JICPA"
DB_ENV = "JICPA_DB"


def default_db_path() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR) / "jicpa.sqlite3"


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then JICPA_DB, then the user's data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return default_db_path()


def app_lock_path(db_path: Path) -> Path:
    """The lock file the running app holds beside *db_path* (a QLockFile; the CLI reads it in store/app_lock.py)."""
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def missing_db_folder(db_path: Path) -> Path | None:
    """The folder of *db_path* when it does not exist and is not the user's data folder (which may be created).

    A database named with --db or JICPA_DB in a folder that is not there is a mistyped path far more
    often than a wish for new folders, so only the default folder is ever made for the user.
    """
    folder = Path(db_path).parent
    if folder.exists() or Path(db_path) == default_db_path():
        return None
    return folder


def log_dir() -> Path:
    return user_log_path(APP_NAME, APP_AUTHOR)

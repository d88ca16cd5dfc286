"""Store failures split into those the user can fix (disk full, locked, read-only) and our own bugs."""

from __future__ import annotations

import sqlite3
from enum import StrEnum


class StoreProblem(StrEnum):
    LOCKED = "locked"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    CANNOT_OPEN = "cannot_open"
    NOT_A_DATABASE = "not_a_database"
    NEWER_SCHEMA = "newer_schema"
    IO_ERROR = "io_error"


class StoreUnavailableError(Exception):
    """The store cannot be used right now for a reason the user can act on; the message says how."""

    def __init__(self, problem: StoreProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


_PATTERNS: tuple[tuple[str, StoreProblem, str], ...] = (
    (
        "database is locked",
        StoreProblem.LOCKED,
        "The audit database is busy in another program (perhaps a second copy of JICPA Desktop). "
        "Close the other copy and try again.",
    ),
    (
        "database or disk is full",
        StoreProblem.DISK_FULL,
        "The disk is full, so the last change could not be saved. Free some space (empty the bin, "
        "move large files) and try again; everything saved before is safe.",
    ),
    (
        "readonly database",
        StoreProblem.READ_ONLY,
        "The audit database is read-only. Check that the file and its folder are writable "
        "(not on a locked USB stick or a read-only share) and try again.",
    ),
    (
        "unable to open database file",
        StoreProblem.CANNOT_OPEN,
        "The audit database file cannot be opened. Check that its folder exists and is writable.",
    ),
    (
        "file is not a database",
        StoreProblem.NOT_A_DATABASE,
        "This file is not a JICPA Desktop database (or it is damaged). Choose another file, or "
        "restore the latest backup from the data folder.",
    ),
    (
        "disk i/o error",
        StoreProblem.IO_ERROR,
        "The disk reported an error while saving. Check the drive (or USB stick) and try again.",
    ),
)


def classify(error: BaseException) -> StoreUnavailableError | None:
    """Turn a driver error into a user-fixable one, or None when it is a programming error."""
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.OperationalError | sqlite3.DatabaseError):
        return None
    text = str(original).lower()
    for needle, problem, message in _PATTERNS:
        if needle in text:
            return StoreUnavailableError(problem, message)
    return None

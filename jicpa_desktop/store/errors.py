"""Store failures split into those the user can fix (disk full, locked, read-only) and our own bugs.

Each user-fixable failure says what to do, in English and Welsh (``StoreUnavailableError.localized``).
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum

from jicpa_desktop.domain.localized import LocalizedText


class StoreProblem(StrEnum):
    LOCKED = "locked"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    CANNOT_OPEN = "cannot_open"
    NOT_A_DATABASE = "not_a_database"
    NEWER_SCHEMA = "newer_schema"
    IO_ERROR = "io_error"


class StoreUnavailableError(Exception):
    """The store cannot be used right now for a reason the user can act on; the message says how.

    ``localized`` holds the message in English and Welsh; ``str()`` is the English.
    """

    def __init__(self, problem: StoreProblem, message: str | LocalizedText) -> None:
        self.localized = message if isinstance(message, LocalizedText) else LocalizedText(message)
        super().__init__(self.localized.en)
        self.problem = problem


_PATTERNS: tuple[tuple[str, StoreProblem, LocalizedText], ...] = (
    (
        "database is locked",
        StoreProblem.LOCKED,
        LocalizedText(
            "The audit database is busy in another program (perhaps a second copy of JICPA Desktop). "
            "Close the other copy and try again.",
            "Mae'r gronfa ddata archwilio yn brysur mewn rhaglen arall (ail gopi o JICPA Desktop, efallai). "
            "Caewch y copi arall a rhowch gynnig arall arni.",
        ),
    ),
    (
        "database or disk is full",
        StoreProblem.DISK_FULL,
        LocalizedText(
            "The disk is full, so the last change could not be saved. Free some space (empty the bin, "
            "move large files) and try again; everything saved before is safe.",
            "Mae'r ddisg yn llawn, felly nid oedd modd cadw'r newid diwethaf. Rhyddhewch ychydig o le (gwagiwch "
            "y bin, symudwch ffeiliau mawr) a rhowch gynnig arall arni; mae popeth a gadwyd cyn hyn yn ddiogel.",
        ),
    ),
    (
        "readonly database",
        StoreProblem.READ_ONLY,
        LocalizedText(
            "The audit database is read-only. Check that the file and its folder are writable "
            "(not on a locked USB stick or a read-only share) and try again.",
            "Mae'r gronfa ddata archwilio yn ddarllen-yn-unig. Gwiriwch fod modd ysgrifennu i'r ffeil a'i "
            "ffolder (nid ar ffon USB wedi'i chloi nac ar gyfran ddarllen-yn-unig) a rhowch gynnig arall arni.",
        ),
    ),
    (
        "unable to open database file",
        StoreProblem.CANNOT_OPEN,
        LocalizedText(
            "The audit database file cannot be opened. Check that its folder exists and is writable.",
            "Nid oes modd agor ffeil y gronfa ddata archwilio. Gwiriwch fod ei ffolder yn bodoli a bod modd "
            "ysgrifennu iddo.",
        ),
    ),
    (
        "file is not a database",
        StoreProblem.NOT_A_DATABASE,
        LocalizedText(
            "This file is not a JICPA Desktop database (or it is damaged). Choose another file, or "
            "restore the latest backup from the data folder.",
            "Nid yw'r ffeil hon yn gronfa ddata JICPA Desktop (neu mae wedi'i difrodi). Dewiswch ffeil arall, "
            "neu adferwch y copi wrth gefn diweddaraf o'r ffolder data.",
        ),
    ),
    (
        "disk i/o error",
        StoreProblem.IO_ERROR,
        LocalizedText(
            "The disk reported an error while saving. Check the drive (or USB stick) and try again.",
            "Rhoddodd y ddisg wybod am wall wrth gadw. Gwiriwch y gyriant (neu'r ffon USB) a rhowch gynnig arall arni.",
        ),
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

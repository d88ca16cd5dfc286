"""Store failures split into those the user can fix (disk full, locked, read-only) and our own bugs.

Each user-fixable failure says what to do, in English and Welsh (``StoreUnavailableError.localized``).
Where the database file is known (opening it; the command line), a damaged or foreign file gets a message
naming the file and the newest backup that store/migrate.py wrote beside it (``for_database``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from enum import StrEnum
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from jicpa_desktop.domain.localized import LocalizedText


class StoreProblem(StrEnum):
    LOCKED = "locked"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    CANNOT_OPEN = "cannot_open"
    NOT_A_DATABASE = "not_a_database"
    NEWER_SCHEMA = "newer_schema"
    IO_ERROR = "io_error"
    DAMAGED = "damaged"
    # Encryption at rest (store/encryption/): the data key could not be had, so nothing was opened.
    WRONG_PASSPHRASE = "wrong_passphrase"
    NO_PASSPHRASE = "no_passphrase"
    KEY_FILE_MISSING = "key_file_missing"
    KEY_FILE_UNREADABLE = "key_file_unreadable"


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
        "malformed",  # "database disk image is malformed", "malformed database schema (…)"
        StoreProblem.DAMAGED,
        LocalizedText(
            "The audit database is damaged (SQLite reports that the database disk image is malformed), so "
            "nothing more can be saved to it. Close JICPA Desktop and restore the newest backup from the "
            "'backups' folder beside the database file.",
            "Mae'r gronfa ddata archwilio wedi'i difrodi (mae SQLite yn adrodd bod delwedd y ddisg wedi'i "
            "chamffurfio), felly ni ellir cadw dim mwy ynddi. Caewch JICPA Desktop ac adferwch y copi wrth gefn "
            "diweddaraf o'r ffolder 'backups' wrth ymyl ffeil y gronfa ddata.",
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


# SQLite's primary result codes (sqlite_errorcode & 0xFF) for the same problems, whatever the wording.
_CODES: dict[int, StoreProblem] = {
    5: StoreProblem.LOCKED,  # SQLITE_BUSY
    8: StoreProblem.READ_ONLY,  # SQLITE_READONLY
    10: StoreProblem.IO_ERROR,  # SQLITE_IOERR
    11: StoreProblem.DAMAGED,  # SQLITE_CORRUPT
    13: StoreProblem.DISK_FULL,  # SQLITE_FULL
    14: StoreProblem.CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: StoreProblem.NOT_A_DATABASE,  # SQLITE_NOTADB
}
_MESSAGES = {problem: message for _, problem, message in _PATTERNS}


def classify(error: BaseException) -> StoreUnavailableError | None:
    """Turn a driver error into a user-fixable one, or None when it is a programming error."""
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.DatabaseError | sqlcipher.DatabaseError):
        return None
    text = str(original).lower()
    for needle, problem, message in _PATTERNS:
        if needle in text:
            return StoreUnavailableError(problem, message)
    code = getattr(original, "sqlite_errorcode", None)
    coded = _CODES.get(code & 0xFF) if isinstance(code, int) else None
    if coded is not None:
        return StoreUnavailableError(coded, _MESSAGES[coded])
    return None


# -- a damaged or foreign file, named ----------------------------------------------------------------

BACKUPS_FOLDER = "backups"


def backups_folder(path: Path) -> Path:
    """Where store/migrate.py copies the database before an upgrade: a folder beside it."""
    return Path(path).parent / BACKUPS_FOLDER


def newest_backup(path: Path) -> Path | None:
    """The most recent backup of the database at *path*, if there is one."""
    folder = backups_folder(path)
    try:
        found = [(p.stat().st_mtime, p.name, p) for p in folder.glob(f"{Path(path).stem}.*.sqlite3") if p.is_file()]
    except OSError:
        return None
    return max(found)[2] if found else None


def _restore_advice(path: Path) -> LocalizedText:
    backup = newest_backup(path)
    if backup is None:
        folder = backups_folder(path)
        return LocalizedText(
            f"There is no backup of it in {folder}: restore the file from your own copies, or start a new "
            "database (--db) and import the lead's latest consolidated package into it.",
            f"Nid oes copi wrth gefn ohoni yn {folder}: adferwch y ffeil o'ch copïau eich hun, neu dechreuwch "
            "gronfa ddata newydd (--db) a mewnforiwch becyn cyfunol diweddaraf yr arweinydd iddi.",
        )
    when = dt.datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return LocalizedText(
        f"The newest backup is {backup} (made {when}): close JICPA Desktop, move the damaged file aside (keep "
        f"it for support) and copy the backup in its place as {path.name}. Work saved since the backup is "
        "only in packages exported since then.",
        f"Y copi wrth gefn diweddaraf yw {backup} (a wnaed {when}): caewch JICPA Desktop, symudwch y ffeil sydd "
        f"wedi'i difrodi o'r neilltu (cadwch hi ar gyfer cymorth) a chopïwch y copi wrth gefn yn ei lle fel "
        f"{path.name}. Mae gwaith a gadwyd ers y copi wrth gefn mewn pecynnau a allforiwyd ers hynny yn unig.",
    )


TRUNCATED = LocalizedText(
    "it is shorter than its own header says, as if it was cut off while being copied",
    "mae'n fyrrach nag y mae ei bennyn ei hun yn ei ddweud, fel pe bai wedi'i thorri wrth ei chopïo",
)
MALFORMED = LocalizedText(
    "SQLite reports that the database disk image is malformed",
    "mae SQLite yn adrodd bod delwedd y ddisg wedi'i chamffurfio",
)


def damaged(path: Path, why: LocalizedText = MALFORMED) -> StoreUnavailableError:
    advice = _restore_advice(path)
    return StoreUnavailableError(
        StoreProblem.DAMAGED,
        LocalizedText(
            f"The audit database {path} is damaged ({why.en}) and cannot be used; nothing in the file has been "
            f"changed. {advice.en}",
            f"Mae'r gronfa ddata archwilio {path} wedi'i difrodi ({why.get('cy')}) ac ni ellir ei defnyddio; nid "
            f"oes dim yn y ffeil wedi newid. {advice.get('cy')}",
        ),
    )


def not_a_database(path: Path) -> StoreUnavailableError:
    advice = _restore_advice(path)
    return StoreUnavailableError(
        StoreProblem.NOT_A_DATABASE,
        LocalizedText(
            f"{path} is not a JICPA Desktop database: it is not an SQLite file at all (or its first page is "
            "damaged). Nothing in the file has been changed. If it is another file, name the audit database with "
            f"--db or JICPA_DB. If it should be your audit database, it is damaged. {advice.en}",
            f"Nid yw {path} yn gronfa ddata JICPA Desktop: nid yw'n ffeil SQLite o gwbl (neu mae ei thudalen "
            "gyntaf wedi'i difrodi). Nid oes dim yn y ffeil wedi newid. Os yw'n ffeil arall, enwch y gronfa ddata "
            f"archwilio gyda --db neu JICPA_DB. Os dylai fod yn gronfa ddata archwilio i chi, mae wedi'i difrodi. "
            f"{advice.get('cy')}",
        ),
    )


def for_database(error: StoreUnavailableError, path: Path) -> StoreUnavailableError:
    """*error* told about the file at *path*: a damaged or unreadable file names it and its newest backup."""
    if error.problem is StoreProblem.DAMAGED and str(path) not in error.localized.en:
        return damaged(path)
    if error.problem is StoreProblem.NOT_A_DATABASE and str(path) not in error.localized.en:
        return not_a_database(path)
    return error


def key_file_missing(path: Path, key_path: Path) -> StoreUnavailableError:
    """An encrypted database (or a file that is no SQLite file at all) without its key file beside it."""
    advice = _restore_advice(path)
    return StoreUnavailableError(
        StoreProblem.KEY_FILE_MISSING,
        LocalizedText(
            f"{path} is not a JICPA Desktop database this computer can open: it is not a plaintext SQLite file, "
            f"and there is no key file {key_path.name} beside it. Nothing in the file has been changed. If it is "
            f"an encrypted JICPA Desktop database, copy its key file (it travels with the database) into "
            f"{key_path.parent}: without it nobody can open the database. If it is another file, name the audit "
            f"database with --db or JICPA_DB. {advice.en}",
            f"Nid yw {path} yn gronfa ddata JICPA Desktop y gall y cyfrifiadur hwn ei hagor: nid yw'n ffeil "
            f"SQLite heb ei hamgryptio, ac nid oes ffeil allwedd {key_path.name} wrth ei hymyl. Nid oes dim yn y "
            f"ffeil wedi newid. Os yw'n gronfa ddata JICPA Desktop wedi'i hamgryptio, copïwch ei ffeil allwedd "
            f"(mae'n teithio gyda'r gronfa ddata) i {key_path.parent}: hebddi ni all neb agor y gronfa ddata. Os "
            f"yw'n ffeil arall, enwch y gronfa ddata archwilio gyda --db neu JICPA_DB. {advice.get('cy')}",
        ),
    )

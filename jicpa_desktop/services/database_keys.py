"""The database's passphrase: choosing one, unlocking with it (or the OS keyring), checking it, changing it.

Built from the database path alone, before the store is open: the front ends ask what is needed
(``status``), get the data key (``create`` / ``unlock`` / ``unlock_remembered``) and hand it to
composition.build_services. The key file is checked before SQLCipher ever sees a key, so a wrong passphrase
leaves the database byte-for-byte unchanged and says so in plain words. ``verify`` lets a lock screen check
the passphrase again without reopening anything.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.services.passphrases import new_passphrase_problem
from jicpa_desktop.store.encryption import keyring_store
from jicpa_desktop.store.encryption.key_file import (
    KeyFile,
    KeyFileError,
    key_file_path,
    read_key_file,
    write_key_file,
)
from jicpa_desktop.store.encryption.keys import DatabaseKey, WrongPassphraseError
from jicpa_desktop.store.errors import StoreProblem, StoreUnavailableError, backups_folder, key_file_missing
from jicpa_desktop.store.migrate import SQLITE_MAGIC, is_plaintext

__all__ = ["DB_PASSPHRASE_FILE_ENV", "DatabaseKey", "DatabaseKeys", "KeyNeed", "KeyStatus", "read_passphrase_file"]

DB_PASSPHRASE_FILE_ENV = "JICPA_DB_PASSPHRASE_FILE"


class KeyNeed(StrEnum):
    CHOOSE = "choose"  # a new database, or an older release's plaintext one to encrypt: a new passphrase
    ENTER = "enter"  # an encrypted database: the passphrase it was given


@dataclass(frozen=True, slots=True)
class KeyStatus:
    need: KeyNeed
    encrypts_plaintext: bool  # an older release's plaintext database is encrypted when it opens
    keyring_available: bool  # the OS has a credential store that could remember the key
    remembered: bool  # the key file says the credential store holds the key


def wrong_passphrase(db_path: Path) -> StoreUnavailableError:
    return StoreUnavailableError(
        StoreProblem.WRONG_PASSPHRASE,
        LocalizedText(
            f"That is not the passphrase of the audit database {db_path}. Nothing was opened or changed. Check "
            "Caps Lock and the keyboard language, and type it again.",
            f"Nid dyna ymadrodd cyfrin y gronfa ddata archwilio {db_path}. Nid agorwyd na newidiwyd dim. "
            "Gwiriwch Caps Lock ac iaith y bysellfwrdd, a'i deipio eto.",
        ),
    )


def no_passphrase(db_path: Path) -> StoreUnavailableError:
    return StoreUnavailableError(
        StoreProblem.NO_PASSPHRASE,
        LocalizedText(
            f"The audit database {db_path} is encrypted and no passphrase was given, so it was not opened (and "
            "nothing was changed). Give it with --db-passphrase-file FILE (its first line is the passphrase) or "
            f"the {DB_PASSPHRASE_FILE_ENV} environment variable, or run the command in a terminal to be asked.",
            f"Mae'r gronfa ddata archwilio {db_path} wedi'i hamgryptio ac ni roddwyd ymadrodd cyfrin, felly ni "
            "chafodd ei hagor (ac ni newidiwyd dim). Rhowch ef gyda --db-passphrase-file FFEIL (ei linell gyntaf "
            f"yw'r ymadrodd cyfrin) neu'r newidyn amgylchedd {DB_PASSPHRASE_FILE_ENV}, neu rhedwch y gorchymyn "
            "mewn terfynell i gael eich holi.",
        ),
    )


def _key_file_unreadable(key_path: Path, why: str, *, newer: bool = False) -> StoreUnavailableError:
    if newer:
        return StoreUnavailableError(
            StoreProblem.NEWER_SCHEMA,
            LocalizedText(
                f"The key file {key_path} was written by a newer version of JICPA Desktop. Install the newer "
                "version to open this database; nothing has been changed.",
                f"Cafodd y ffeil allwedd {key_path} ei hysgrifennu gan fersiwn fwy newydd o JICPA Desktop. "
                "Gosodwch y fersiwn fwy newydd i agor y gronfa ddata hon; nid oes dim wedi newid.",
            ),
        )
    return StoreUnavailableError(
        StoreProblem.KEY_FILE_UNREADABLE,
        LocalizedText(
            f"The key file {key_path} cannot be read ({why}): it is damaged or was edited. Nothing was changed. "
            "Put back the copy of the key file you kept with your backups of the database.",
            f"Ni ellir darllen y ffeil allwedd {key_path} ({why}): mae wedi'i difrodi neu wedi'i golygu. Ni "
            "newidiwyd dim. Rhowch yn ôl y copi o'r ffeil allwedd a gadwoch gyda'ch copïau wrth gefn o'r "
            "gronfa ddata.",
        ),
    )


def _not_this_database(db_path: Path, key_path: Path) -> StoreUnavailableError:
    return StoreUnavailableError(
        StoreProblem.KEY_FILE_UNREADABLE,
        LocalizedText(
            f"The key file {key_path.name} beside {db_path} belongs to another database (it was made for a "
            "different encrypted file). Nothing was changed. Put the database's own key file beside it.",
            f"Mae'r ffeil allwedd {key_path.name} wrth ymyl {db_path} yn perthyn i gronfa ddata arall (fe'i "
            "gwnaed ar gyfer ffeil wedi'i hamgryptio wahanol). Ni newidiwyd dim. Rhowch ffeil allwedd y gronfa "
            "ddata ei hun wrth ei hymyl.",
        ),
    )


def read_passphrase_file(path: str | os.PathLike[str]) -> str:
    """The passphrase on the first line of *path* (a UTF-8 byte-order mark and the line ending are not part of it)."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            line = handle.readline().rstrip("\r\n")
    except OSError as error:
        raise StoreUnavailableError(
            StoreProblem.NO_PASSPHRASE,
            LocalizedText(f"Cannot read the database passphrase file {path}: {error.strerror}.",
                          f"Ni ellir darllen ffeil ymadrodd cyfrin y gronfa ddata {path}: {error.strerror}."),
        ) from None
    except UnicodeDecodeError:
        raise StoreUnavailableError(
            StoreProblem.NO_PASSPHRASE,
            LocalizedText(f"The database passphrase file {path} is not UTF-8 text. Save it as UTF-8.",
                          f"Nid yw ffeil ymadrodd cyfrin y gronfa ddata {path} yn destun UTF-8. Cadwch hi fel UTF-8."),
        ) from None
    if not line.strip():
        raise StoreUnavailableError(
            StoreProblem.NO_PASSPHRASE,
            LocalizedText(f"The database passphrase file {path} is empty: its first line is the passphrase.",
                          f"Mae ffeil ymadrodd cyfrin y gronfa ddata {path} yn wag: ei llinell gyntaf yw'r "
                          "ymadrodd cyfrin."),
        )
    return line


class DatabaseKeys:
    """The key file of one database (``<db>.keys.json``) and what can be done with it."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.key_path = key_file_path(self.db_path)

    # -- what is needed ---------------------------------------------------------------------------

    def _key_file(self) -> KeyFile | None:
        try:
            return read_key_file(self.key_path)
        except KeyFileError as error:
            raise _key_file_unreadable(self.key_path, str(error), newer=error.newer) from None
        except OSError as error:
            raise _key_file_unreadable(self.key_path, error.strerror or type(error).__name__) from None

    def _db_size(self) -> int:
        try:
            return self.db_path.stat().st_size
        except FileNotFoundError:
            return 0

    def status(self) -> KeyStatus:
        """What the front end must ask for; refused (files unchanged) when the key file is missing or wrong."""
        key_file = self._key_file()
        size = self._db_size()
        plaintext = size > 0 and is_plaintext(self.db_path)
        if key_file is None:
            if size > 0 and not plaintext:
                raise key_file_missing(self.db_path, self.key_path)
            need = KeyNeed.CHOOSE
        else:
            if size >= 16 and not plaintext:
                with open(self.db_path, "rb") as handle:
                    if handle.read(16) != key_file.cipher_salt:
                        raise _not_this_database(self.db_path, self.key_path)
            need = KeyNeed.ENTER
        available = keyring_store.keyring_available()
        return KeyStatus(need, plaintext, available, key_file is not None and key_file.keyring is not None)

    # -- getting the key ---------------------------------------------------------------------------

    def create(self, passphrase: str, *, remember: bool = False) -> DatabaseKey:
        """A new data key for a new (or plaintext) database, wrapped by *passphrase*; the key file is written."""
        status = self.status()
        if status.need is not KeyNeed.CHOOSE:
            raise StoreUnavailableError(
                StoreProblem.KEY_FILE_UNREADABLE,
                LocalizedText(f"The database {self.db_path} already has a passphrase: type that one.",
                              f"Mae gan y gronfa ddata {self.db_path} ymadrodd cyfrin eisoes: teipiwch hwnnw."),
            )
        problem = new_passphrase_problem(passphrase)
        if problem is not None:
            raise StoreUnavailableError(StoreProblem.NO_PASSPHRASE, problem)
        key = DatabaseKey.generate()
        key_file = KeyFile.new(key, passphrase)
        self.key_path.parent.mkdir(parents=True, exist_ok=True)
        write_key_file(self.key_path, key_file)
        if remember:
            self.remember(key)
        return key

    def unlock(self, passphrase: str) -> DatabaseKey:
        """The data key; StoreUnavailableError(WRONG_PASSPHRASE) and nothing touched when it is not the one."""
        key_file = self._key_file()
        if key_file is None:
            self.status()  # says why: a missing key file beside an encrypted database
            raise no_passphrase(self.db_path)
        try:
            return key_file.unwrap(passphrase)
        except WrongPassphraseError:
            raise wrong_passphrase(self.db_path) from None

    def open_with(self, passphrase: str) -> DatabaseKey:
        """The key for an unattended open (a passphrase file): unlock an encrypted database, or set up a new one."""
        if self.status().need is KeyNeed.CHOOSE:
            return self.create(passphrase)
        return self.unlock(passphrase)

    def unlock_remembered(self) -> DatabaseKey | None:
        """The key from the OS credential store, when the user let it remember it and it is still the right one."""
        key_file = self._key_file()
        if key_file is None or key_file.keyring is None:
            return None
        key = keyring_store.recall(key_file.keyring)
        return key if key is not None and key_file.accepts(key) else None

    def verify(self, passphrase: str) -> bool:
        """Whether *passphrase* is the database's (for a lock screen); one key derivation, nothing reopened."""
        try:
            self.unlock(passphrase)
        except StoreUnavailableError as error:
            if error.problem is StoreProblem.WRONG_PASSPHRASE:
                return False
            raise
        return True

    # -- changing it ---------------------------------------------------------------------------------

    def change(self, old: str, new: str) -> None:
        """Wrap the same data key under *new*: the database is not re-encrypted, backups open with it too."""
        key = self.unlock(old)
        problem = new_passphrase_problem(new)
        if problem is not None:
            raise StoreUnavailableError(StoreProblem.NO_PASSPHRASE, problem)
        key_file = self._key_file()
        assert key_file is not None
        write_key_file(self.key_path, key_file.rewrapped(key, new))

    def remember(self, key: DatabaseKey) -> bool:
        """Let the OS credential store hold the key (no passphrase asked at start); False where there is none."""
        key_file = self._key_file()
        if key_file is None or not key_file.accepts(key) or not keyring_store.keyring_available():
            return False
        entry = key_file.keyring or keyring_store.entry_for(key_file.key_id)
        if not keyring_store.remember(entry, key):
            return False
        if key_file.keyring != entry:
            from dataclasses import replace

            write_key_file(self.key_path, replace(key_file, keyring=entry))
        return True

    def forget(self) -> None:
        """Remove the key from the OS credential store: the passphrase is asked at every start again."""
        key_file = self._key_file()
        if key_file is None or key_file.keyring is None:
            return
        keyring_store.forget(key_file.keyring)
        from dataclasses import replace

        write_key_file(self.key_path, replace(key_file, keyring=None))

    # -- an older release's plaintext copies ----------------------------------------------------------

    def plaintext_backups(self) -> list[Path]:
        """Backups an older release wrote in the clear (before encryption), oldest first."""
        folder = backups_folder(self.db_path)
        found: list[Path] = []
        with contextlib.suppress(OSError):
            for candidate in sorted(folder.glob(f"{self.db_path.stem}.*.sqlite3")):
                with contextlib.suppress(OSError), open(candidate, "rb") as handle:
                    if handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                        found.append(candidate)
        return found

    def remove_plaintext_backups(self) -> list[Path]:
        """Overwrite with zeros, then delete, every plaintext backup; the files removed.

        On an SSD the overwrite may not reach the old blocks (docs/encryption.md): full-disk encryption is
        the only guarantee for what was on the disk before.
        """
        removed: list[Path] = []
        for backup in self.plaintext_backups():
            with contextlib.suppress(OSError):
                size = backup.stat().st_size
                with open(backup, "r+b") as handle:
                    handle.write(b"\0" * size)
                    handle.flush()
                    os.fsync(handle.fileno())
                backup.unlink()
                removed.append(backup)
        return removed

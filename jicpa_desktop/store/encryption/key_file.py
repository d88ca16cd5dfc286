"""The key file beside the database (``<db>.keys.json``): the data key wrapped by the passphrase, version 1.

The file holds no secret in the clear: the data key appears only sealed (AES-256-GCM) under a key derived from
the passphrase with scrypt, whose parameters and salt are recorded so that a later version can raise the cost.
Without this file the database cannot be opened, so it travels with the database (docs/encryption.md).

    {"format": "jicpa-database-keys", "version": 1, "key_id": "<uuid>",
     "cipher": {"name": "sqlcipher", "version": 4, "salt": "<32 hex: the database file's first 16 bytes>"},
     "key_check": "<32 hex: HMAC-SHA256(data key, label)[:16], to check a key from the keyring>",
     "passphrase": {"kdf": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": "<b64>",
                    "aead": "aes-256-gcm", "nonce": "<b64>", "sealed": "<b64>"},
     "keyring": {"service": "JICPA Desktop", "username": "database-key:<uuid>"} or null}
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import tempfile
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from jicpa_desktop.store.encryption.file_modes import OWNER_ONLY, POSIX
from jicpa_desktop.store.encryption.keys import DatabaseKey, PassphraseWrap, ScryptParams, WrongPassphraseError

FORMAT = "jicpa-database-keys"
VERSION = 1
KEY_FILE_SUFFIX = ".keys.json"
_MAX_KEY_FILE_BYTES = 64 * 1024


def key_file_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + KEY_FILE_SUFFIX)


class KeyFileError(Exception):
    """The key file is not one this version can read (damaged, edited, or from a newer version)."""

    def __init__(self, reason: str, *, newer: bool = False) -> None:
        super().__init__(reason)
        self.newer = newer


@dataclass(frozen=True, slots=True)
class KeyringEntry:
    service: str
    username: str


@dataclass(frozen=True, slots=True)
class KeyFile:
    key_id: str
    cipher_salt: bytes
    key_check: bytes
    passphrase: PassphraseWrap
    keyring: KeyringEntry | None = None

    @classmethod
    def new(cls, key: DatabaseKey, passphrase: str, params: ScryptParams | None = None) -> KeyFile:
        key_id = str(uuid.uuid4())
        wrap = PassphraseWrap.seal(key, passphrase, _associated(key_id, key.salt), params)
        return cls(key_id, key.salt, key.check_value(), wrap)

    def unwrap(self, passphrase: str) -> DatabaseKey:
        """The data key; WrongPassphraseError when *passphrase* is not the one it was wrapped with."""
        key = self.passphrase.open(passphrase, _associated(self.key_id, self.cipher_salt), self.cipher_salt)
        if key.check_value() != self.key_check:
            raise WrongPassphraseError
        return key

    def rewrapped(self, key: DatabaseKey, passphrase: str) -> KeyFile:
        return replace(self, passphrase=PassphraseWrap.seal(key, passphrase, _associated(self.key_id, key.salt)))

    def accepts(self, key: DatabaseKey) -> bool:
        return key.salt == self.cipher_salt and key.check_value() == self.key_check

    # -- the file --------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        wrap = self.passphrase
        return {
            "format": FORMAT,
            "version": VERSION,
            "key_id": self.key_id,
            "cipher": {"name": "sqlcipher", "version": 4, "salt": self.cipher_salt.hex()},
            "key_check": self.key_check.hex(),
            "passphrase": {
                "kdf": "scrypt", "n": wrap.params.n, "r": wrap.params.r, "p": wrap.params.p,
                "salt": _b64(wrap.kdf_salt), "aead": "aes-256-gcm", "nonce": _b64(wrap.nonce),
                "sealed": _b64(wrap.sealed),
            },
            "keyring": None if self.keyring is None else {"service": self.keyring.service,
                                                          "username": self.keyring.username},
        }

    @classmethod
    def from_json(cls, data: Any) -> KeyFile:
        try:
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise KeyFileError("not a JICPA Desktop key file")
            version = data.get("version")
            if not isinstance(version, int) or version > VERSION:
                raise KeyFileError(f"key file version {version!r} is newer than this version reads", newer=True)
            wrap = data["passphrase"]
            if wrap["kdf"] != "scrypt" or wrap["aead"] != "aes-256-gcm":
                raise KeyFileError("unknown key derivation or cipher")
            ring = data.get("keyring")
            return cls(
                key_id=str(data["key_id"]),
                cipher_salt=bytes.fromhex(data["cipher"]["salt"]),
                key_check=bytes.fromhex(data["key_check"]),
                passphrase=PassphraseWrap(
                    ScryptParams(int(wrap["n"]), int(wrap["r"]), int(wrap["p"])),
                    _unb64(wrap["salt"]), _unb64(wrap["nonce"]), _unb64(wrap["sealed"]),
                ),
                keyring=None if ring is None else KeyringEntry(str(ring["service"]), str(ring["username"])),
            )
        except KeyFileError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise KeyFileError(f"a field is missing or wrong ({error})") from None


def read_key_file(path: Path) -> KeyFile | None:
    """The key file at *path*, None when there is none; KeyFileError when it cannot be read as one."""
    try:
        with open(path, "rb") as handle:
            content = handle.read(_MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        return None
    if len(content) > _MAX_KEY_FILE_BYTES:
        raise KeyFileError("too large to be a key file")
    try:
        data = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise KeyFileError("not valid JSON") from None
    return KeyFile.from_json(data)


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Replace the key file atomically (0600), so a crash leaves the old one or the new one, whole."""
    content = json.dumps(key_file.to_json(), indent=2).encode("utf-8") + b"\n"
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        if POSIX:
            os.chmod(name, OWNER_ONLY)
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """fsync a folder so a rename in it survives a power cut (POSIX; Windows has no folder handles)."""
    if not POSIX:
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _associated(key_id: str, cipher_salt: bytes) -> bytes:
    # The wrap is bound to this key file and this database: moved to another file, it does not open.
    return f"{FORMAT}/{VERSION}/{key_id}/".encode() + cipher_salt.hex().encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)

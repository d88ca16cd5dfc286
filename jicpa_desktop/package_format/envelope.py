"""The outer layer of a .jicpa file: magic, an authenticated JSON header, and the sealed archive.

Layout: MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON) | body.
Encrypted: body = AES-256-GCM(archive) with the key from scrypt(passphrase, salt); the magic, length
and header are the associated data, so changing the format version, KDF parameters, salt or nonce
makes decryption fail. Unencrypted (only on explicit request): body = archive, and the header
carries its SHA-256 (corruption is detected; deliberate tampering is not, which the manifest says).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import threading
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from jicpa_desktop.package_format import limits
from jicpa_desktop.package_format import messages as say

MAGIC = b"JICPAPKG"
ENVELOPE_VERSION = 1
CIPHER = "AES-256-GCM"
NO_CIPHER = "none"
_PREFIX = struct.Struct(">8sI")
_KEY_CHECK_LABEL = b"JICPA package key check v1"


@dataclass(frozen=True, slots=True)
class Envelope:
    encrypted: bool
    archive: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: say.Phrase) -> bytes:
    if not isinstance(text, str):
        raise say.HEADER_FIELD_INVALID.error(what=what)
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise say.HEADER_FIELD_INVALID.error(what=what) from None


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """64 bytes from scrypt: the AES key, then a key used only for the passphrase check value."""
    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return material[:32], material[32:]


_SALT_LABEL = b"JICPA package salt v1\x00"


def inspection_salt(inspection_id: str) -> bytes:
    """The scrypt salt for every package of one inspection: unique to the inspection, the same for all
    its packages.

    The team shares one passphrase per inspection, so a salt per package bought nothing (whoever
    guesses it for one package has it for all) while it made the lead derive the key once per
    package: scrypt is deliberately slow, and eight packages cost 0.64 s of an import. With one salt
    per inspection a KeyCache derives it once; a different inspection still has a different salt, so
    no guessing work carries over between inspections. Each package still has its own random nonce.
    """
    return hashlib.sha256(_SALT_LABEL + inspection_id.encode("utf-8")).digest()[:16]


class KeyCache:
    """Keys already derived in one run (an import of several packages), computed once per salt even when
    worker threads ask together. Keep it no longer than the run: it holds key material."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: dict[tuple[str, bytes, int, int, int], tuple[bytes, bytes]] = {}
        self._deriving: dict[tuple[str, bytes, int, int, int], threading.Lock] = {}

    def derive(self, passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
        wanted = (passphrase, salt, n, r, p)
        with self._lock:
            if wanted in self._keys:
                return self._keys[wanted]
            once = self._deriving.setdefault(wanted, threading.Lock())
        with once:
            with self._lock:
                if wanted in self._keys:
                    return self._keys[wanted]
            keys = _derive(passphrase, salt, n, r, p)
            with self._lock:
                self._keys[wanted] = keys
            return keys


def _key_check(check_key: bytes) -> bytes:
    return hmac.new(check_key, _KEY_CHECK_LABEL, hashlib.sha256).digest()[:16]


def _assemble(header: dict[str, Any]) -> bytes:
    encoded = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return _PREFIX.pack(MAGIC, len(encoded)) + encoded


def seal(
    archive: bytes, passphrase: str | None, *, scrypt_n: int = limits.SCRYPT_N, salt: bytes | None = None
) -> bytes:
    """The bytes of a .jicpa file holding *archive*; None as passphrase means unencrypted.

    *salt*: inspection_salt() for packages of an inspection; None draws a random one.
    """
    if passphrase is None:
        header = {"envelope": ENVELOPE_VERSION, "cipher": NO_CIPHER, "body_sha256": hashlib.sha256(archive).hexdigest()}
        return _assemble(header) + archive
    if not passphrase:
        raise say.PASSPHRASE_EMPTY.error()
    salt = os.urandom(16) if salt is None else salt
    nonce = os.urandom(12)
    key, check_key = _derive(passphrase, salt, scrypt_n, limits.SCRYPT_R, limits.SCRYPT_P)
    header = {
        "envelope": ENVELOPE_VERSION,
        "cipher": CIPHER,
        "kdf": {"name": "scrypt", "n": scrypt_n, "r": limits.SCRYPT_R, "p": limits.SCRYPT_P, "salt": _b64(salt)},
        "nonce": _b64(nonce),
        "key_check": _b64(_key_check(check_key)),
    }
    prefix = _assemble(header)
    return prefix + AESGCM(key).encrypt(nonce, archive, prefix)


def _read_header(blob: bytes) -> tuple[dict[str, Any], int]:
    if len(blob) < _PREFIX.size:
        if MAGIC.startswith(blob[:8]) and blob:
            raise say.HEADER_TRUNCATED.error()
        raise say.TOO_SHORT.error()
    magic, length = _PREFIX.unpack_from(blob)
    if magic != MAGIC:
        raise say.NO_MARKER.error()
    if length > limits.MAX_HEADER_BYTES:
        raise say.HEADER_TOO_LONG.error()
    end = _PREFIX.size + length
    if len(blob) < end:
        raise say.HEADER_TRUNCATED.error()
    try:
        header = json.loads(blob[_PREFIX.size : end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise say.HEADER_NOT_JSON.error() from None
    if not isinstance(header, dict):
        raise say.HEADER_DAMAGED.error()
    version = header.get("envelope")
    if version != ENVELOPE_VERSION:
        raise say.UNKNOWN_ENVELOPE.error(version=version, supported=ENVELOPE_VERSION)
    return header, end


def is_encrypted(blob: bytes) -> bool:
    header, _ = _read_header(blob)
    return header.get("cipher") != NO_CIPHER


def _kdf_parameters(header: dict[str, Any]) -> tuple[bytes, int, int, int]:
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise say.UNKNOWN_KDF.error()
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not (isinstance(n, int) and isinstance(r, int) and isinstance(p, int)):
        raise say.KDF_DAMAGED.error()
    if (
        n < limits.SCRYPT_MIN_N
        or n > limits.SCRYPT_MAX_N
        or n & (n - 1)
        or r != limits.SCRYPT_R
        or not 1 <= p <= limits.SCRYPT_MAX_P
    ):
        raise say.KDF_OUT_OF_RANGE.error(n=n, r=r, p=p)
    salt = _unb64(kdf.get("salt"), say.HEADER_SALT)
    if len(salt) < 16:
        raise say.SALT_DAMAGED.error()
    return salt, n, r, p


def open_envelope(blob: bytes, passphrase: str | None, keys: KeyCache | None = None) -> Envelope:
    """Check and open the outer layer; the archive returned is authentic (or, unencrypted, intact).

    *keys* shares derived keys between the packages of one run.
    """
    header, start = _read_header(blob)
    body = blob[start:]
    cipher = header.get("cipher")
    if cipher == NO_CIPHER:
        expected = header.get("body_sha256")
        if not isinstance(expected, str) or not hmac.compare_digest(hashlib.sha256(body).hexdigest(), expected):
            raise say.CHECKSUM_MISMATCH.error()
        return Envelope(False, body)
    if cipher != CIPHER:
        raise say.UNKNOWN_CIPHER.error(cipher=cipher)
    salt, n, r, p = _kdf_parameters(header)
    nonce = _unb64(header.get("nonce"), say.HEADER_NONCE)
    check = _unb64(header.get("key_check"), say.HEADER_KEY_CHECK)
    if len(nonce) != 12 or len(check) != 16:
        raise say.HEADER_DAMAGED.error()
    if passphrase is None or passphrase == "":
        raise say.PASSPHRASE_NEEDED.error()
    key, check_key = (keys or KeyCache()).derive(passphrase, salt, n, r, p)
    if not hmac.compare_digest(_key_check(check_key), check):
        raise say.WRONG_PASSPHRASE.error()
    if len(body) < 16:
        raise say.BODY_MISSING.error()
    try:
        archive = AESGCM(key).decrypt(nonce, body, blob[:start])
    except InvalidTag:
        raise say.AUTHENTICITY_FAILED.error() from None
    return Envelope(True, archive)

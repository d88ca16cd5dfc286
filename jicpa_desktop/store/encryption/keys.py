"""The data key SQLCipher encrypts the database with, and wrapping it under a key derived from a passphrase.

The data key is 32 random bytes; SQLCipher gets it raw (``x'<key><salt>'``), so its own key derivation is
skipped and a connection opens at the cost of a plain one. The passphrase only unwraps it: scrypt derives a
key-encryption key, and AES-256-GCM seals the data key with it. Changing the passphrase is a new wrap of the
same data key; the database is not re-encrypted.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

DATA_KEY_BYTES = 32
CIPHER_SALT_BYTES = 16  # the first 16 bytes of an SQLCipher 4 file
_KDF_SALT_BYTES = 16
_NONCE_BYTES = 12
_KEY_CHECK_LABEL = b"jicpa-desktop database key check v1"


@dataclass(frozen=True, slots=True)
class ScryptParams:
    """scrypt's cost: n (CPU and memory, a power of two), r (block size), p (parallelism)."""

    n: int
    r: int
    p: int

    def __post_init__(self) -> None:
        if self.n < 2 or self.n & (self.n - 1) or self.r < 1 or self.p < 1:
            raise ValueError(f"invalid scrypt parameters n={self.n} r={self.r} p={self.p}")


# OWASP's scrypt minimum (N=2^17, r=8, p=1): 128 MiB and about 0.3-0.4 s on a 2-core laptop, paid once per
# start (and once per unlock of the lock screen), never per connection.
SCRYPT_PARAMS = ScryptParams(n=2**17, r=8, p=1)
# The most a key file may ask for (refused above: a hostile file could otherwise ask for gigabytes of memory).
SCRYPT_LIMITS = ScryptParams(n=2**20, r=16, p=4)
# Only for the test suite (tests/conftest.py): cheap enough to create thousands of databases. Never
# used unless use_insecure_kdf_for_tests() is called; a key file records the parameters it was made with.
INSECURE_TEST_SCRYPT_PARAMS = ScryptParams(n=2**4, r=8, p=1)

_params_for_new_wraps = SCRYPT_PARAMS


def params_for_new_wraps() -> ScryptParams:
    return _params_for_new_wraps


def use_insecure_kdf_for_tests() -> None:
    """Make new wraps in this process use a trivially cheap scrypt. Tests only: it protects nothing."""
    global _params_for_new_wraps
    _params_for_new_wraps = INSECURE_TEST_SCRYPT_PARAMS


@dataclass(frozen=True, slots=True)
class DatabaseKey:
    """The raw SQLCipher key of one database: 32 secret bytes and the file's (not secret) 16-byte salt."""

    raw: bytes = field(repr=False)
    salt: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != DATA_KEY_BYTES or len(self.salt) != CIPHER_SALT_BYTES:
            raise ValueError("a database key is 32 bytes and its salt 16")

    @classmethod
    def generate(cls) -> DatabaseKey:
        return cls(os.urandom(DATA_KEY_BYTES), os.urandom(CIPHER_SALT_BYTES))

    def pragma(self) -> str:
        """The PRAGMA key statement: a raw key with an explicit salt, so SQLCipher derives nothing."""
        return f"PRAGMA key = \"x'{self.raw.hex()}{self.salt.hex()}'\""

    def check_value(self) -> bytes:
        """A value stored beside the wraps that tells a right key (from the keyring) from a wrong one."""
        return hmac.new(self.raw, _KEY_CHECK_LABEL, hashlib.sha256).digest()[:16]


class WrongPassphraseError(Exception):
    """The passphrase does not unwrap the data key (or the wrap was altered)."""


def normalized(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on macOS (often NFD) and Windows derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _kek(passphrase: str, salt: bytes, params: ScryptParams) -> bytes:
    if params.n > SCRYPT_LIMITS.n or params.r > SCRYPT_LIMITS.r or params.p > SCRYPT_LIMITS.p:
        raise ValueError(f"scrypt parameters beyond the supported limits: n={params.n} r={params.r} p={params.p}")
    return Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p).derive(normalized(passphrase))


@dataclass(frozen=True, slots=True)
class PassphraseWrap:
    """The data key sealed under a key derived from a passphrase (all fields are stored in the key file)."""

    params: ScryptParams
    kdf_salt: bytes
    nonce: bytes
    sealed: bytes

    @classmethod
    def seal(cls, key: DatabaseKey, passphrase: str, associated: bytes,
             params: ScryptParams | None = None) -> PassphraseWrap:
        chosen = params or params_for_new_wraps()
        salt, nonce = os.urandom(_KDF_SALT_BYTES), os.urandom(_NONCE_BYTES)
        sealed = AESGCM(_kek(passphrase, salt, chosen)).encrypt(nonce, key.raw, associated + _params_bytes(chosen))
        return cls(chosen, salt, nonce, sealed)

    def open(self, passphrase: str, associated: bytes, cipher_salt: bytes) -> DatabaseKey:
        kek = _kek(passphrase, self.kdf_salt, self.params)
        try:
            raw = AESGCM(kek).decrypt(self.nonce, self.sealed, associated + _params_bytes(self.params))
        except InvalidTag:
            raise WrongPassphraseError from None
        return DatabaseKey(raw, cipher_salt)


def _params_bytes(params: ScryptParams) -> bytes:
    # The cost is authenticated too: lowering it in the file makes the wrap fail rather than weaken it.
    return f"|scrypt:{params.n}:{params.r}:{params.p}".encode()

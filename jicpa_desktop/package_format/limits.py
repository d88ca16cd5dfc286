"""Hard limits on what a package may contain: anything beyond them is refused before it is read."""

from __future__ import annotations

MAX_PACKAGE_BYTES = 512 * 1024 * 1024  # the whole .jicpa file
MAX_HEADER_BYTES = 4096
MAX_ENTRIES = 2000
MAX_ENTRY_BYTES = 256 * 1024 * 1024  # one entry, uncompressed
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # all entries, uncompressed
MAX_COMPRESSION_RATIO = 200  # uncompressed / compressed, per entry (JSON rarely exceeds 30)
RATIO_EXEMPT_BYTES = 64 * 1024  # tiny entries may compress better than that
MAX_NAME_LENGTH = 200

# scrypt: cost accepted when reading (a forged header must not make us spend minutes or gigabytes).
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MIN_N = 2**14
SCRYPT_MAX_N = 2**20
SCRYPT_MAX_P = 4

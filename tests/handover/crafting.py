"""Making bad packages on purpose: each one breaks exactly one rule."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from jicpa_desktop.package_format import Manifest, PackageData, read_package
from jicpa_desktop.package_format.envelope import seal
from jicpa_desktop.package_format.model import MANIFEST
from jicpa_desktop.package_format.package import data_entries
from tests.handover.helpers import PASSPHRASE


def entries_with_manifest(
    manifest: Manifest, data: PackageData, before: Callable[[dict[str, bytes]], dict[str, bytes]] | None = None
) -> dict[str, bytes]:
    entries = data_entries(data)
    if before is not None:
        entries = before(entries)
    listed = {n: (hashlib.sha256(b).hexdigest(), len(b)) for n, b in entries.items()}
    entries[MANIFEST] = json.dumps(replace(manifest, entries=listed).to_json()).encode()
    return entries


def raw_zip(entries: dict[str, bytes], *, symlink: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, blob in entries.items():
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            mode = stat.S_IFLNK | 0o777 if name == symlink else stat.S_IFREG | 0o600
            info.external_attr = mode << 16
            archive.writestr(info, blob)
    return buffer.getvalue()


def rewrite(
    source: Path,
    target: Path,
    *,
    data: Callable[[PackageData], PackageData] | None = None,
    manifest: Callable[[Manifest], Manifest] | None = None,
    entries: Callable[[dict[str, bytes]], dict[str, bytes]] | None = None,
    listed: Callable[[dict[str, bytes]], dict[str, bytes]] | None = None,
    passphrase: str | None = PASSPHRASE,
    symlink: str | None = None,
) -> Path:
    """Read a good package, change it, and seal it again (so only the intended check can fail).

    *listed* changes entries before the manifest hashes them; *entries* changes them afterwards."""
    m, d = read_package(source, PASSPHRASE)
    if data is not None:
        d = data(d)
    if manifest is not None:
        m = manifest(m)
    m = replace(m, encrypted=passphrase is not None)
    blobs = entries_with_manifest(m, d, listed)
    if entries is not None:
        blobs = entries(blobs)
    target.write_bytes(seal(raw_zip(blobs, symlink=symlink), passphrase, scrypt_n=2**14))
    return target

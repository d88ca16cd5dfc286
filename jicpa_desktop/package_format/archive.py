"""The ZIP archive inside a package, read with hard limits and never extracted to disk.

Entry names must match a short allow-list of shapes; absolute paths, '..', backslashes, symbolic
links, duplicates, oversized entries and suspicious compression ratios are refused before their
contents are read, and every read is bounded again while it streams (sizes in a ZIP can lie).
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
import zlib
from collections.abc import Mapping

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.package_format import limits
from jicpa_desktop.package_format import messages as say
from jicpa_desktop.package_format.errors import PackageError

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_ALLOWED = re.compile(r"manifest\.json|data/[a-z_]+\.json|forms/[A-Za-z0-9_]+/v[0-9]{1,6}\.json")


def write_archive(entries: Mapping[str, bytes]) -> bytes:
    """A deterministic ZIP (fixed times, sorted names) of *entries*."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name in sorted(entries):
            check_name(name)
            info = zipfile.ZipInfo(name, _FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o600) << 16
            archive.writestr(info, entries[name])
    return buffer.getvalue()


def _unsafe(name: str, why: say.Phrase | LocalizedText) -> PackageError:
    return say.UNSAFE_ENTRY.error(name=name, why=why)


def check_name(name: str) -> None:
    if len(name) > limits.MAX_NAME_LENGTH:
        raise _unsafe(name[:60] + "…", say.UNSAFE_NAME_TOO_LONG)
    if "\\" in name:
        raise _unsafe(name, say.UNSAFE_BACKSLASH)
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        raise _unsafe(name, say.UNSAFE_ABSOLUTE)
    if ".." in name.split("/"):
        raise _unsafe(name, say.UNSAFE_PARENT)
    if "\x00" in name or not _ALLOWED.fullmatch(name):
        raise _unsafe(name, say.UNSAFE_NOT_ALLOWED)


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    limit = min(limits.MAX_ENTRY_BYTES, budget, info.file_size)
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(1024 * 1024)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise say.ENTRY_OVERFLOW.error(name=info.filename)
            chunks.append(chunk)
    return b"".join(chunks)


def read_archive(blob: bytes) -> dict[str, bytes]:
    """Every entry of the archive, checked against the limits; raises PackageError otherwise."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(blob))
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise say.NOT_AN_ARCHIVE.error() from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.MAX_ENTRIES:
            raise say.TOO_MANY_ENTRIES.error(count=len(infos), limit=limits.MAX_ENTRIES)
        seen: set[str] = set()
        declared_total = 0
        for info in infos:
            check_name(info.filename)
            if info.filename in seen:
                raise _unsafe(info.filename, say.UNSAFE_TWICE)
            seen.add(info.filename)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise _unsafe(info.filename, say.UNSAFE_SYMLINK)
            if info.is_dir() or (mode and not stat.S_ISREG(mode)):
                raise _unsafe(info.filename, say.UNSAFE_NOT_FILE)
            if info.flag_bits & 0x1:
                raise _unsafe(info.filename, say.UNSAFE_ENCRYPTED)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise _unsafe(info.filename, say.UNSAFE_COMPRESSION)
            if info.file_size > limits.MAX_ENTRY_BYTES:
                raise say.ENTRY_TOO_LARGE.error(name=info.filename, size=info.file_size, limit=limits.MAX_ENTRY_BYTES)
            if info.file_size > limits.RATIO_EXEMPT_BYTES and info.file_size > limits.MAX_COMPRESSION_RATIO * max(
                info.compress_size, 1
            ):
                raise say.ENTRY_RATIO.error(name=info.filename, ratio=info.file_size // max(info.compress_size, 1))
            declared_total += info.file_size
        if declared_total > limits.MAX_TOTAL_BYTES:
            raise say.TOTAL_TOO_LARGE.error(total=declared_total, limit=limits.MAX_TOTAL_BYTES)
        entries: dict[str, bytes] = {}
        budget = limits.MAX_TOTAL_BYTES
        for info in infos:
            try:
                data = _read_bounded(archive, info, budget)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
                raise say.ENTRY_DAMAGED.error(name=info.filename, error=error) from None
            budget -= len(data)
            entries[info.filename] = data
        return entries

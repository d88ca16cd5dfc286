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

from jicpa_desktop.package_format import limits
from jicpa_desktop.package_format.errors import PackageError, PackageProblem

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


def _unsafe(name: str, why: str) -> PackageError:
    return PackageError(
        PackageProblem.UNSAFE_ENTRY, f"The package contains an unsafe entry {name!r}: {why}. Nothing was imported."
    )


def check_name(name: str) -> None:
    if len(name) > limits.MAX_NAME_LENGTH:
        raise _unsafe(name[:60] + "…", "the name is too long")
    if "\\" in name:
        raise _unsafe(name, "it contains a backslash")
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        raise _unsafe(name, "it is an absolute path")
    if ".." in name.split("/"):
        raise _unsafe(name, "it tries to leave the package folder ('..')")
    if "\x00" in name or not _ALLOWED.fullmatch(name):
        raise _unsafe(name, "it is not an entry a JICPA package can hold")


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
                raise PackageError(
                    PackageProblem.TOO_LARGE,
                    f"The entry {info.filename!r} is larger than it declares or than the limits allow "
                    "(a possible decompression bomb). Nothing was imported.",
                )
            chunks.append(chunk)
    return b"".join(chunks)


def read_archive(blob: bytes) -> dict[str, bytes]:
    """Every entry of the archive, checked against the limits; raises PackageError otherwise."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(blob))
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise PackageError(
            PackageProblem.ALTERED, "The package contents are not a readable archive (damaged or truncated)."
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.MAX_ENTRIES:
            raise PackageError(
                PackageProblem.TOO_LARGE,
                f"The package has {len(infos)} entries; at most {limits.MAX_ENTRIES} are allowed.",
            )
        seen: set[str] = set()
        declared_total = 0
        for info in infos:
            check_name(info.filename)
            if info.filename in seen:
                raise _unsafe(info.filename, "it appears twice")
            seen.add(info.filename)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise _unsafe(info.filename, "it is a symbolic link")
            if info.is_dir() or (mode and not stat.S_ISREG(mode)):
                raise _unsafe(info.filename, "it is not a plain file")
            if info.flag_bits & 0x1:
                raise _unsafe(info.filename, "it is encrypted inside the archive")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise _unsafe(info.filename, "it uses an unsupported compression method")
            if info.file_size > limits.MAX_ENTRY_BYTES:
                raise PackageError(
                    PackageProblem.TOO_LARGE,
                    f"The entry {info.filename!r} would be {info.file_size} bytes; the limit is "
                    f"{limits.MAX_ENTRY_BYTES}. Nothing was imported.",
                )
            if info.file_size > limits.RATIO_EXEMPT_BYTES and info.file_size > limits.MAX_COMPRESSION_RATIO * max(
                info.compress_size, 1
            ):
                raise PackageError(
                    PackageProblem.TOO_LARGE,
                    f"The entry {info.filename!r} expands {info.file_size // max(info.compress_size, 1)} "
                    "times: refused as a possible decompression bomb. Nothing was imported.",
                )
            declared_total += info.file_size
        if declared_total > limits.MAX_TOTAL_BYTES:
            raise PackageError(
                PackageProblem.TOO_LARGE,
                f"The package would expand to {declared_total} bytes; the limit is {limits.MAX_TOTAL_BYTES}.",
            )
        entries: dict[str, bytes] = {}
        budget = limits.MAX_TOTAL_BYTES
        for info in infos:
            try:
                data = _read_bounded(archive, info, budget)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
                raise PackageError(
                    PackageProblem.ALTERED, f"The entry {info.filename!r} is damaged ({error}). Nothing was imported."
                ) from None
            budget -= len(data)
            entries[info.filename] = data
        return entries

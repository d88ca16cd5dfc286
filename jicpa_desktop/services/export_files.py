"""Remembering the files the tool writes with an inspection's data, so the end-of-inspection wipe can remove them."""

from __future__ import annotations

import hashlib
from pathlib import Path

from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.services.context import ServiceContext, driver
from jicpa_desktop.store.tables import new_id


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def remember(context: ServiceContext, inspection_id: str, kind: str, path: Path, sha256: str | None = None) -> None:
    """Record *path* (absolute) and its SHA-256: a wipe deletes it only while it is still this file."""
    resolved = Path(path).resolve()
    digest = sha256 or file_sha256(resolved)
    with context.writing() as session:
        driver(session).execute(
            "INSERT INTO export_file (id, inspection_id, kind, path, sha256, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (new_id(), inspection_id, kind, str(resolved), digest, utc_now_iso(), context.actor),
        )

"""What a refused database file must still be afterwards: the same bytes, and no -wal or -shm appearing."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_state(path: Path) -> tuple[str, bool, bool, bool]:
    """SHA-256 of the file, and whether its -wal, -shm and -journal files exist."""
    path = Path(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return (
        digest,
        path.with_name(path.name + "-wal").exists(),
        path.with_name(path.name + "-shm").exists(),
        path.with_name(path.name + "-journal").exists(),
    )

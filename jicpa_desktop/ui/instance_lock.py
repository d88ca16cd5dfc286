"""One copy of the app per database: a QLockFile beside the database file, released on exit."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QLockFile


class LockOutcome(StrEnum):
    ACQUIRED = "acquired"
    IN_USE = "in_use"
    NOT_WRITABLE = "not_writable"


def lock_path_for(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.path = lock_path_for(db_path)
        self._lock: QLockFile | None = None
        self.holder_pid: int | None = None
        self.holder_host: str = ""

    def acquire(self) -> LockOutcome:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return LockOutcome.NOT_WRITABLE
        lock = QLockFile(str(self.path))
        # A copy that crashed leaves a lock whose process is gone: QLockFile sees that and takes it over.
        lock.setStaleLockTime(0)
        if lock.tryLock(200):
            self._lock = lock
            return LockOutcome.ACQUIRED
        if lock.error() == QLockFile.LockError.PermissionError:
            return LockOutcome.NOT_WRITABLE
        info = lock.getLockInfo()  # PySide6 returns (pid, host, app), or a falsy value when unreadable
        if isinstance(info, tuple) and len(info) >= 2:
            self.holder_pid, self.holder_host = int(info[-3]), str(info[-2])
        return LockOutcome.IN_USE

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    @property
    def held(self) -> bool:
        return self._lock is not None

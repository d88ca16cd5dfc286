"""Reading the desktop app's lock file beside a database (QLockFile's format) without Qt, for the CLI."""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from jicpa_desktop.paths import app_lock_path

# QLockFile writes a few short lines; anything much longer is not one of its files.
_MAX_LOCK_BYTES = 4096


@dataclass(frozen=True, slots=True)
class LockHolder:
    """The process that holds the app's lock on a database."""

    pid: int
    app_name: str
    host: str


def _read_holder(lock_path: Path) -> LockHolder | None:
    try:
        with open(lock_path, "rb") as handle:
            head = handle.read(_MAX_LOCK_BYTES)
    except OSError:
        return None
    # QLockFile (Qt 6): pid, application name, host name, then machine and boot ids, one per line.
    lines = head.decode("utf-8", errors="replace").splitlines()
    if not lines or not lines[0].strip().isdigit():
        return None
    pid = int(lines[0])
    if pid <= 0:
        return None
    app_name = lines[1] if len(lines) > 1 else ""
    host = lines[2] if len(lines) > 2 else ""
    return LockHolder(pid, app_name, host)


def process_alive(pid: int) -> bool:
    """Whether a process with *pid* runs on this machine."""
    if sys.platform == "win32":
        # On Windows os.kill(pid, 0) would send CTRL_C_EVENT rather than probe: ask the kernel instead.
        import ctypes

        process_query_limited_information, still_active = 0x1000, 259
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, but another user's process
    except OSError:
        return False
    return True


def app_holding(db_path: Path) -> LockHolder | None:
    """The app process holding *db_path*'s lock, or None when there is no lock or only a stale one."""
    holder = _read_holder(app_lock_path(db_path))
    if holder is None:
        return None
    # On another host (a shared folder) we cannot see the process: assume it is alive, as QLockFile does.
    if holder.host and holder.host != socket.gethostname():
        return holder
    return holder if process_alive(holder.pid) else None

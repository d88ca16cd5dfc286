"""The Qt-free reader of the app's lock file, checked against a real QLockFile held by this process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from jicpa_desktop.paths import app_lock_path as lock_path_for
from jicpa_desktop.store.app_lock import app_holding


def a_finished_pid() -> int:
    """The pid of a process that has exited (and been reaped), so no live process has it now."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_lock_file_sits_beside_the_database_where_the_app_puts_it(tmp_path: Path) -> None:
    from jicpa_desktop.ui.instance_lock import lock_path_for as app_lock_path_for

    db = tmp_path / "audit.sqlite3"
    assert lock_path_for(db) == app_lock_path_for(db) == tmp_path / "audit.sqlite3.lock"


def test_a_lock_held_by_qlockfile_names_this_process_and_host(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite3"
    lock = QLockFile(str(lock_path_for(db)))
    assert lock.tryLock(0)
    try:
        holder = app_holding(db)
        assert holder is not None
        assert (holder.pid, holder.host) == (os.getpid(), socket.gethostname())
    finally:
        lock.unlock()
    assert app_holding(db) is None  # unlock removes the file


def test_no_lock_file_means_no_holder(tmp_path: Path) -> None:
    assert app_holding(tmp_path / "audit.sqlite3") is None


def test_a_lock_left_by_a_process_that_has_gone_does_not_count(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite3"
    lock_path_for(db).write_text(f"{a_finished_pid()}\njicpa-desktop\n{socket.gethostname()}\n")
    assert app_holding(db) is None


def test_a_lock_from_another_host_counts_as_held(tmp_path: Path) -> None:
    # The process may be alive on the other laptop (a shared folder): we cannot tell, so we assume it is.
    db = tmp_path / "audit.sqlite3"
    lock_path_for(db).write_text(f"{a_finished_pid()}\njicpa-desktop\nanother-laptop.example\n")
    holder = app_holding(db)
    assert holder is not None and holder.host == "another-laptop.example"


@pytest.mark.parametrize("content", ["", "not a pid\n", "-5\nx\nvm\n", "\x00\x01"])
def test_an_unreadable_lock_file_does_not_count(tmp_path: Path, content: str) -> None:
    db = tmp_path / "audit.sqlite3"
    lock_path_for(db).write_text(content)
    assert app_holding(db) is None


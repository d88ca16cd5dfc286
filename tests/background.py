"""Letting the app's background work finish before a test closes the services it uses."""

from __future__ import annotations

import sys


def drain_background_work(timeout: float = 60.0) -> None:
    """Wait for every query and write started through ui.operations, then run their callbacks.

    Only when a Qt test imported the operations module: other tests never start Qt for this.
    """
    operations = sys.modules.get("jicpa_desktop.ui.operations.task_manager")
    if operations is None:
        return
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        return
    assert operations.task_manager().wait_idle(timeout), "background work still running at the end of the test"

"""A guard for a PySide6 6.12.0 bug on Python < 3.12: Qt calls drop references to None, True and False.

Each call of a void Qt method loses a reference to None, each Signal.emit() one to True. On Python 3.11
these are ordinary objects, so after some tens of thousands of calls (minutes of use) a count reaches zero
and the process aborts ("Fatal Python error: none_dealloc" / "bool_dealloc"). PySide6
6.11.3 does not have the bug, and from Python 3.12 None is immortal. Until the pin excludes 6.12.0, this
raises their reference counts by the number the bug may take, and tops them up from a timer. The
references are added to the count itself (never released), so interpreter shutdown cannot hand them back.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QTimer

AFFECTED = pyside_version == "6.12.0" and sys.version_info < (3, 12)
TOP_UP = 2_000_000
LOW_WATER = 1_000_000
_SINGLETONS = (None, True, False)


def top_up() -> None:
    if not AFFECTED:
        return
    for singleton in _SINGLETONS:
        if sys.getrefcount(singleton) < LOW_WATER:
            # ob_refcnt is the first field of every CPython 3.11 object; the GIL is held here.
            ctypes.c_ssize_t.from_address(id(singleton)).value += TOP_UP


def guard_none_refcount(app: QCoreApplication) -> None:
    """Start the guard once per application (a no-op on unaffected versions)."""
    if not AFFECTED or app.property("jicpaNoneGuard"):
        return
    top_up()
    timer = QTimer(app)
    timer.setInterval(1000)
    timer.timeout.connect(top_up)
    timer.start()
    app.setProperty("jicpaNoneGuard", True)

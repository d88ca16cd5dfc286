"""What every screenshot script shares: the laptop's screen, Xvfb, waiting for the app, grabbing a window, and
the throwaway passphrase of a demo database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
# An inspector's laptop: a 1366×768 screen, less a taskbar.
SCREEN = "1366x768x24"
SIZE = (1366, 738)
PASSPHRASE_ENV = "JICPA_DB_PASSPHRASE_FILE"


def under_xvfb(module: str) -> int | None:
    """Re-run *module* inside `xvfb-run -a` when there is no display (the screenshots need a real xcb window);
    None when this process is the one to take them."""
    if os.environ.get("DISPLAY") or os.environ.get("JICPA_SCREENSHOTS_CHILD"):
        return None
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise SystemExit("No display and no xvfb-run: install xvfb (make system-deps-window) or run under X11.")
    env = dict(os.environ, JICPA_SCREENSHOTS_CHILD="1")
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.call([xvfb, "-a", "-s", f"-screen 0 {SCREEN}", sys.executable, "-m", module], env=env)


def throwaway_passphrase(folder: Path, words: str = "screenshots database passphrase") -> None:
    """The demo database is encrypted like any other: a passphrase file, so no passphrase dialog waits for a
    person (a passphrase already given in the environment wins)."""
    passphrase_file = folder / "db-passphrase.txt"
    passphrase_file.write_text(f"{words}\n", encoding="utf-8")
    os.environ.setdefault(PASSPHRASE_ENV, str(passphrase_file))


def wait(seconds: float) -> None:
    """Run Qt's event loop for *seconds* (paints, timers and the app's background work go on)."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def wait_until(condition: Callable[[], object], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        wait(0.05)
    if not condition():
        raise RuntimeError("timed out waiting for the app")


def save(window: object, name: str) -> Path:
    """Grab *window* into docs/screenshots/*name* once its layout has settled and it has repainted."""
    wait(0.4)
    path = OUT / name
    window.grab().save(str(path))  # type: ignore[attr-defined]
    print(f"wrote {path}")
    return path

"""`make screenshots`: the dashboard, a form asking for evidence, and the Welsh interface, as real X11 windows."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
# An inspector's laptop: a 1366×768 screen, less a taskbar.
SCREEN = "1366x768x24"
SIZE = (1366, 738)


def _under_xvfb(module: str = "docs.make_screenshots") -> int | None:
    """Re-run *module* inside `xvfb-run -a` when there is no display (the screenshots need a real xcb window)."""
    if os.environ.get("DISPLAY") or os.environ.get("JICPA_SCREENSHOTS_CHILD"):
        return None
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise SystemExit("No display and no xvfb-run: install xvfb (make system-deps-window) or run under X11.")
    env = dict(os.environ, JICPA_SCREENSHOTS_CHILD="1")
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.call([xvfb, "-a", "-s", f"-screen 0 {SCREEN}", sys.executable, "-m", module], env=env)


def _wait(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def _wait_until(condition: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        _wait(0.05)
    if not condition():  # type: ignore[operator]
        raise RuntimeError("timed out waiting for the app")


def _save(window: object, name: str) -> Path:
    _wait(0.4)  # let layouts settle and the window repaint
    path = OUT / name
    window.grab().save(str(path))  # type: ignore[attr-defined]
    print(f"wrote {path}")
    return path


def take() -> None:
    from jicpa_desktop.ui.app import StartOptions, create_application, start

    app = create_application(["jicpa-desktop"])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # The database is encrypted: a throwaway passphrase, so no passphrase dialog waits for a person.
        passphrase_file = folder / "db-passphrase.txt"
        passphrase_file.write_text("screenshots database passphrase\n", encoding="utf-8")
        os.environ.setdefault("JICPA_DB_PASSPHRASE_FILE", str(passphrase_file))
        window = start(StartOptions(db_path=folder / "demo.sqlite3", settings_file=folder / "settings.ini",
                                    language="en", actor="Demo Inspector A (CIW)"))
        assert window is not None
        window.resize(*SIZE)
        _wait_until(lambda: window.services is not None)
        window.open_demo()
        _wait_until(lambda: window.page == "dashboard" and window.dashboard is not None
                    and window.dashboard.cases_model.rowCount() > 0)
        assert window.dashboard is not None
        _save(window, "dashboard.png")

        # A children's services file, voice of the child: answer No and show the evidence prompt.
        case = next(c.case for c in (window.dashboard.cases_model.case_at(r)
                                     for r in range(window.dashboard.cases_model.rowCount()))
                    if c.case.agency == "children_services" and c.status == "not_started")
        window.open_case(case.id)
        _wait_until(lambda: window.page == "case")
        window.open_form(case.id, "voice_of_child")
        _wait_until(lambda: window.page == "form" and window.form_screen is not None)
        screen = window.form_screen
        assert screen is not None
        row = screen.rows[("voc_01", None)]
        button = next(b for b in row.input.buttons if b.property("choiceId") == "no")
        button.click()
        yes = next(b for b in screen.rows[("voc_02", None)].input.buttons if b.property("choiceId") == "yes")
        yes.click()
        _wait(0.3)
        screen.scroll.verticalScrollBar().setValue(0)
        row.evidence.setFocus()
        _save(window, "form-evidence.png")

        window.set_language("cy")
        _wait_until(lambda: window.page == "form" and window.form_screen is not None)
        screen = window.form_screen
        assert screen is not None
        screen.scroll.verticalScrollBar().setValue(0)
        _save(window, "welsh.png")
        window.show_dashboard()
        _wait_until(lambda: window.page == "dashboard" and window.dashboard is not None
                    and window.dashboard.cases_model.rowCount() > 0)
        _save(window, "welsh-dashboard.png")
        window.set_language("en")
        window.close()
    del app


def main() -> int:
    code = _under_xvfb()
    if code is not None:
        return code
    take()
    return 0


if __name__ == "__main__":
    sys.exit(main())

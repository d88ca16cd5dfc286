"""`make screenshots`: the dashboard, a form asking for evidence, and the Welsh interface, as real X11 windows."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from docs.screenshot_kit import OUT, SIZE, save, throwaway_passphrase, under_xvfb, wait, wait_until


def take() -> None:
    from jicpa_desktop.ui.app import StartOptions, create_application, start

    app = create_application(["jicpa-desktop"])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        throwaway_passphrase(folder)
        window = start(StartOptions(db_path=folder / "demo.sqlite3", settings_file=folder / "settings.ini",
                                    language="en", actor="Demo Inspector A (CIW)"))
        assert window is not None
        window.resize(*SIZE)
        wait_until(lambda: window.services is not None)
        window.open_demo()
        wait_until(lambda: window.page == "dashboard" and window.dashboard is not None
                   and window.dashboard.cases_model.rowCount() > 0)
        assert window.dashboard is not None
        save(window, "dashboard.png")

        # A children's services file, voice of the child: answer No and show the evidence prompt.
        case = next(c.case for c in (window.dashboard.cases_model.case_at(r)
                                     for r in range(window.dashboard.cases_model.rowCount()))
                    if c.case.agency == "children_services" and c.status == "not_started")
        window.open_case(case.id)
        wait_until(lambda: window.page == "case")
        window.open_form(case.id, "voice_of_child")
        wait_until(lambda: window.page == "form" and window.form_screen is not None)
        screen = window.form_screen
        assert screen is not None
        row = screen.rows[("voc_01", None)]
        button = next(b for b in row.input.buttons if b.property("choiceId") == "no")
        button.click()
        yes = next(b for b in screen.rows[("voc_02", None)].input.buttons if b.property("choiceId") == "yes")
        yes.click()
        wait(0.3)
        screen.scroll.verticalScrollBar().setValue(0)
        row.evidence.setFocus()
        save(window, "form-evidence.png")

        window.set_language("cy")
        wait_until(lambda: window.page == "form" and window.form_screen is not None)
        screen = window.form_screen
        assert screen is not None
        screen.scroll.verticalScrollBar().setValue(0)
        save(window, "welsh.png")
        window.show_dashboard()
        wait_until(lambda: window.page == "dashboard" and window.dashboard is not None
                   and window.dashboard.cases_model.rowCount() > 0)
        save(window, "welsh-dashboard.png")
        window.set_language("en")
        window.close()
    del app


def main() -> int:
    code = under_xvfb("docs.make_screenshots")
    if code is not None:
        return code
    take()
    return 0


if __name__ == "__main__":
    sys.exit(main())

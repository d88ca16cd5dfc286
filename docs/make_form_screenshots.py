"""Screenshots of the catalogue's forms at 1366×768 in English and Welsh: a police file's own form, and the
conference and the strategy / section 47 forms with the timeliness their dates give and the answer they suggest
(`make screenshots`)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from docs.screenshot_kit import SIZE, save, throwaway_passphrase, under_xvfb, wait, wait_until


def _open_form(window: object, case_id: str, form_id: str) -> object:
    window.open_case(case_id)  # type: ignore[attr-defined]
    wait_until(lambda: window.page == "case")  # type: ignore[attr-defined]
    window.open_form(case_id, form_id)  # type: ignore[attr-defined]
    wait_until(lambda: window.page == "form" and window.form_screen is not None  # type: ignore[attr-defined]
               and window.form_screen.form_id == form_id)  # type: ignore[attr-defined]
    return window.form_screen  # type: ignore[attr-defined]


def _show_row(screen: object, question_id: str) -> None:
    row = screen.rows[(question_id, None)]  # type: ignore[attr-defined]
    wait(0.3)
    screen.scroll.ensureWidgetVisible(row, 0, 40)  # type: ignore[attr-defined]
    bar = screen.scroll.verticalScrollBar()  # type: ignore[attr-defined]
    bar.setValue(row.mapTo(screen.scroll.widget(), row.rect().topLeft()).y() - 12)  # type: ignore[attr-defined]


def take() -> None:
    import datetime as dt

    from jicpa_desktop.ui.app import StartOptions, create_application, start

    app = create_application(["jicpa-desktop"])
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
        services, dashboard = window.services, window.dashboard
        assert services is not None and dashboard is not None
        rows = [dashboard.cases_model.case_at(r) for r in range(dashboard.cases_model.rowCount())]
        police = next(c.case for c in rows if c.case.agency == "police")
        child = next(c.case for c in rows if c.case.agency == "children_services" and c.status == "not_started")
        services.answers.set_answer(child.id, "strategy_s47", "st_01", "face_to_face")
        services.answers.set_answer(child.id, "strategy_s47", "st_01_date", "2025-12-05")
        # An enquiry over Christmas and New Year: its 42 working days skip the bank holidays.
        services.answers.set_answer(child.id, "strategy_s47", "st_08", "joint_s47")
        services.answers.set_answer(child.id, "strategy_s47", "st_09_start", "2025-12-08")
        services.answers.set_answer(child.id, "strategy_s47", "st_13_completed", "2026-02-13")
        for language, suffix in (("en", ""), ("cy", "-cy")):
            window.set_language(language)
            wait_until(lambda: window.services is not None and window.page in ("dashboard", "start", "case"))
            _open_form(window, police.id, "police_case_audit")
            save(window, f"police-form{suffix}.png")
            screen = _open_form(window, child.id, "cp_conference_core_group")
            date_row = screen.rows[("cc_02_icpc_date", None)]  # type: ignore[attr-defined]
            date_row.input.set_value(dt.date(2026, 1, 2))
            screen._value_edited(date_row, True)  # type: ignore[attr-defined]
            asked = screen.rows[("cc_02", None)]  # type: ignore[attr-defined]
            wait_until(lambda a=asked: a.suggestion_label.isVisible())
            _show_row(screen, "cc_02")
            save(window, f"conference-timeliness{suffix}.png")
            screen = _open_form(window, child.id, "strategy_s47")
            asked = screen.rows[("st_13", None)]  # type: ignore[attr-defined]
            wait_until(lambda a=asked: a.suggestion_label.isVisible())
            _show_row(screen, "st_13")
            save(window, f"strategy-timeliness{suffix}.png")
        window.set_language("en")
        window.close()
    del app


def main() -> int:
    code = under_xvfb("docs.make_form_screenshots")
    if code is not None:
        return code
    take()
    return 0


if __name__ == "__main__":
    sys.exit(main())

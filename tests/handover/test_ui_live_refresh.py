"""One change signal: an import applied while the dashboard and a form are open updates both in place."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jicpa_desktop.ui.handover import open_import_wizard
from jicpa_desktop.ui.main_window import MainWindow
from tests.encrypted_db import copy_database
from tests.handover.conftest import Team
from tests.handover.helpers import PASSPHRASE
from tests.ui.conftest import Dialogs, Launch, dialogs, launch, settings_file  # noqa: F401 - fixtures

VOC = "voice_of_child"


def _dashboard_row(window: MainWindow, case_id: str) -> int:
    assert window.dashboard is not None
    model = window.dashboard.cases_model
    return model.case_at(model.row_of(case_id)).forms_complete + sum(
        f.answered for f in model.case_at(model.row_of(case_id)).forms)


def test_an_import_updates_the_open_dashboard_and_form(qtbot: QtBot, team: Team, tmp_path: Path,
                                                       launch: Launch, dialogs: Dialogs) -> None:  # noqa: F811
    db = tmp_path / "lead.sqlite3"
    copy_database(team.lead_base, db)
    window = launch(db=db)
    window.open_inspection(team.inspection_id)
    qtbot.waitUntil(lambda: window.page == "dashboard" and window.dashboard is not None
                    and window.dashboard.cases_model.rowCount() == 3, timeout=10000)
    case_id = team.cases["TST24-02"]
    before = _dashboard_row(window, case_id)

    window.open_case(case_id)
    window.open_form(case_id, VOC)
    qtbot.waitUntil(lambda: window.page == "form" and window.form_screen is not None, timeout=10000)
    screen = window.form_screen
    assert screen is not None and screen.state.answers.get("voc_01") is None

    wizard = open_import_wizard(window, window.services, team.inspection_id)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.files_page.add_files([str(team.packages["Ann Health"])])
    wizard.files_page.passphrase.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=20000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=20000)

    # Without reopening anything: the form shows Ann's answers and the dashboard counts them.
    qtbot.waitUntil(lambda: window.form_screen is not None
                    and window.form_screen.state.answers.get("voc_01") == "yes", timeout=10000)
    shown = window.form_screen
    assert shown is not None
    assert shown.rows[("voc_01", None)].input.read()[0] == "yes"
    assert shown.state.evidence.get(("voc_02", None)) == "Not seen alone."
    qtbot.waitUntil(lambda: _dashboard_row(window, case_id) > before, timeout=10000)
    assert window.page == "form"  # the inspector stayed where they were
    assert not dialogs.crashes

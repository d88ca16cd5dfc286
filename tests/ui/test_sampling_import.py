"""Importing a sampling list from the dashboard: off the GUI thread, with the bad-row report in the app."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jicpa_desktop.ui.import_report_dialog import ImportReportDialog
from jicpa_desktop.ui.settings import UiSettings
from tests.ui.conftest import Dialogs, Launch


def test_bad_rows_are_reported_and_a_good_list_is_imported(
    qtbot: QtBot, launch: Launch, dialogs: Dialogs, tmp_path: Path, services: object, inspection_id: str,
    settings_file: Path, db_path: Path,
) -> None:
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    bad = tmp_path / "bad.csv"
    bad.write_text("reference,agency,kind\nCDF24-01,children_services,sampled\nJohn Smith,police,sampled\n"
                   "CDF24-03,fire_brigade,tracked\n")
    good = tmp_path / "good.csv"
    good.write_text("reference,agency,kind,inspector\nCDF24-01,children_services,sampled,Ann\n"
                    "CDF24-02,police,tracked,Bob\n")
    window = launch()
    assert window.page == "dashboard" and window.dashboard is not None

    dialogs.files.append(str(bad))
    window.dashboard.import_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "import_report_dialog", None), ImportReportDialog),
                    timeout=10000)
    report = window.import_report_dialog
    assert report.problems_table.rowCount() == 2
    assert {report.problems_table.item(r, 0).text() for r in range(2)} == {"3", "4"}
    assert "Nothing was imported" in report.summary.text()
    assert window.dashboard.cases_model.rowCount() == 0
    report.close()

    dialogs.files.append(str(good))
    window.dashboard.import_button.click()
    qtbot.waitUntil(lambda: window.dashboard.cases_model.rowCount() == 2, timeout=10000)
    assert "2 files imported" in window.import_report_dialog.summary.text()
    inspectors = {window.dashboard.cases_model.case_at(r).case.inspector for r in range(2)}
    assert inspectors == {"Ann", "Bob"}

"""One title rule: a window says what it is and Qt adds the app's name once (setApplicationDisplayName);
dialog titles are short enough to read whole in the title bar, in English and in Welsh."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.paths import APP_NAME
from jicpa_desktop.services.dto import ImportReport
from jicpa_desktop.ui.add_case_dialog import AddCaseDialog
from jicpa_desktop.ui.crash import CrashDialog
from jicpa_desktop.ui.exports import ExportDialog
from jicpa_desktop.ui.handover import ConflictsDialog, ExportPackageDialog, ImportWizard, ModerationDialog
from jicpa_desktop.ui.i18n import Translations
from jicpa_desktop.ui.import_report_dialog import ImportReportDialog
from jicpa_desktop.ui.inspection_wizard import NewInspectionWizard
from jicpa_desktop.ui.settings import UiSettings
from jicpa_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import Launch

# A dialog of 420 px shows about this many characters of title beside " — JICPA Desktop" and its buttons.
SHORT_TITLE = 26


def _dialogs(services: AppServices, inspection_id: str, case_id: str, language: str) -> list[QWidget]:
    return [
        NewInspectionWizard(services.forms.all(), language),
        AddCaseDialog(language, []),
        SettingsDialog(language),
        ImportReportDialog("list.csv", ImportReport(imported=2)),
        ExportDialog(services, "xlsx", inspection_id=inspection_id),
        ExportDialog(services, "pdf", inspection_id=inspection_id),
        ExportDialog(services, "case_pdf", case_id=case_id),
        ExportPackageDialog(services.handover, inspection_id, "Inspector Test"),
        ImportWizard(services.handover, inspection_id),
        ConflictsDialog(services.handover, inspection_id),
        ModerationDialog(services.handover, inspection_id),
        CrashDialog("report"),
    ]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_dialog_title_is_short_and_leaves_the_app_name_to_qt(
    qtbot: QtBot, services: AppServices, inspection_id: str, language: str
) -> None:
    case_id = services.cases.add(inspection_id, reference="TTL24-01", agency="children_services", kind="sampled")
    Translations().apply(language)
    try:
        shown = _dialogs(services, inspection_id, case_id, language)
        for dialog in shown:
            qtbot.addWidget(dialog)
            title = dialog.windowTitle()
            assert title and APP_NAME not in title, (type(dialog).__name__, title)
            assert len(title) <= SHORT_TITLE, (type(dialog).__name__, title)
        # The hand-over windows read their lists in the background: let them finish before the database closes.
        qtbot.waitUntil(lambda: all(getattr(dialog, "loaded", True) for dialog in shown), timeout=10000)
    finally:
        Translations().apply("en")


def test_the_main_window_title_names_what_is_open_and_not_the_app(
    qtbot: QtBot, launch: Launch, services: AppServices, inspection_id: str, settings_file: object,
    db_path: object
) -> None:
    case_id = services.cases.add(inspection_id, reference="TTL24-02", agency="children_services", kind="sampled")
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)  # type: ignore[arg-type]
    window = launch()
    qtbot.waitUntil(lambda: window.page == "dashboard")
    assert window.windowTitle() == "Test inspection"
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.page == "case")
    window.open_form(case_id, "voice_of_child")
    qtbot.waitUntil(lambda: window.page == "form" and window.form_screen is not None)
    assert window.windowTitle().startswith("TTL24-02 · ")
    assert APP_NAME not in window.windowTitle()

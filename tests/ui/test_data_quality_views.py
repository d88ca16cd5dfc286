"""Data-quality flags in the app: the case view lists the file's flags as warnings, the dashboard counts the files
that have them and shows only those on request; both follow the app-wide change signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.main_window import MainWindow
from jicpa_desktop.ui.models import case_table_model as cases_columns
from jicpa_desktop.ui.operations import ChangeKind, Changes, WriteOp
from jicpa_desktop.ui.settings import UiSettings
from tests.ui.conftest import Launch
from tests.ui.helpers import settle

NOTE = "Front sheet and chronology read; no ethnicity field completed."


def _files(services: AppServices, inspection_id: str) -> tuple[str, str]:
    """A flagged file (sampled, but its case record says tracked; ethnicity not recorded) and a clean one."""
    flagged = services.cases.add(inspection_id, reference="DQU24-01", agency="health", kind="sampled",
                                 age_band="5_11")
    services.answers.set_answer(flagged, "case_record", "cr_02", "tracked")
    services.answers.set_answer(flagged, "case_record", "cr_08", "no", evidence=NOTE)
    clean = services.cases.add(inspection_id, reference="DQU24-02", agency="health", kind="sampled")
    services.answers.set_answer(clean, "case_record", "cr_02", "sampled")
    services.answers.set_answer(clean, "case_record", "cr_08", "yes")
    return flagged, clean


def _launch(launch: Launch, settings_file: Path, db_path: Path, inspection_id: str, language: str) -> MainWindow:
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch(language=language)
    window.resize(1366, 768)
    settle()
    return window


def test_the_case_view_lists_the_files_flags_as_warnings(qtbot: QtBot, launch: Launch, services: AppServices,
                                                          inspection_id: str, settings_file: Path,
                                                          db_path: Path) -> None:
    flagged, clean = _files(services, inspection_id)
    window = _launch(launch, settings_file, db_path, inspection_id, "en")
    window.open_case(flagged)
    settle()
    page = window.case_page
    assert page is not None
    qtbot.waitUntil(lambda: page.flags_list.count() == 2)
    assert page.flags_list.isVisible() and page.flags_title.isVisible()
    assert page.flags_title.text() == (
        "⚠ Data-quality flags to check with the record: 2 (warnings: nothing is blocked)")
    texts = [page.flags_list.item(r).text() for r in range(page.flags_list.count())]
    assert texts == [
        "• Sampled or tracked: The file is Sampled, but its case record says Tracked.",
        "• Ethnicity not recorded: The agency's record does not say the child's ethnicity.\nNote: " + NOTE,
    ]
    warning = theme.warning_colour(page)
    assert all(page.flags_list.item(r).foreground().color() == warning for r in range(2))
    assert warning != theme.escalation_colour(page)  # a warning, not an error
    assert theme.colour_css(warning) in page.flags_title.styleSheet()
    assert page.flags_list.item(0).toolTip() == "Form: Case record (identifiers and context)"
    # The forms stay in view under the flags at 1366x768.
    assert page.table.isVisible() and page.table.height() > 150

    # Put right through the app's writer: the change signal refreshes the case view, and the flag goes.
    assert window.services is not None
    answers = window.services.answers
    WriteOp(parent=window, op=lambda _work: answers.set_answer(flagged, "case_record", "cr_02", "sampled"),
            changes=Changes.of(inspection_id, ChangeKind.ANSWERS, case_ids=[flagged])).run_in_background()
    qtbot.waitUntil(lambda: page.flags_list.count() == 1, timeout=10000)
    assert page.flags_list.item(0).text().startswith("• Ethnicity not recorded:")

    # Another file without flags shows none (not the last file's).
    window.open_case(clean)
    settle()
    assert page.flags_list.count() == 0 and page.flags_list.isHidden() and page.flags_title.isHidden()


def test_the_flags_in_welsh(qtbot: QtBot, launch: Launch, services: AppServices, inspection_id: str,
                            settings_file: Path, db_path: Path) -> None:
    flagged, _ = _files(services, inspection_id)
    window = _launch(launch, settings_file, db_path, inspection_id, "cy")
    window.open_case(flagged)
    settle()
    page = window.case_page
    assert page is not None
    qtbot.waitUntil(lambda: page.flags_list.count() == 2)
    assert page.flags_list.item(0).text() == (
        "• Wedi'i samplu neu wedi'i holrhain: Mae'r ffeil wedi'i chofnodi fel 'Wedi'i samplu', ond mae ei chofnod "
        "achos yn dweud 'Wedi'i holrhain'.")
    assert page.flags_list.item(1).text().startswith(
        "• Ethnigrwydd heb ei gofnodi: Nid yw cofnod yr asiantaeth yn nodi ethnigrwydd y plentyn.")


def test_the_dashboard_counts_the_flagged_files_and_shows_only_them(qtbot: QtBot, launch: Launch,
                                                                     services: AppServices, inspection_id: str,
                                                                     settings_file: Path, db_path: Path) -> None:
    flagged, _clean = _files(services, inspection_id)
    window = _launch(launch, settings_file, db_path, inspection_id, "en")
    dashboard = window.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.flags_label.text() == "Files with data-quality flags: 1")
    assert dashboard.flags_label.isVisible()
    assert theme.colour_css(theme.warning_colour(dashboard)) in dashboard.flags_label.styleSheet()
    assert dashboard.flags_label.toolTip() == (
        "Not recorded, by agency (files whose case record answers it):\n"
        "Health: ethnicity 1 of 2, language 0 of 0")

    def references() -> list[str]:
        model = dashboard.filter_model
        return sorted(str(model.index(r, cases_columns.REFERENCE).data()) for r in range(model.rowCount()))

    assert references() == ["DQU24-01", "DQU24-02"]
    qtbot.mouseClick(dashboard.flagged_only, Qt.MouseButton.LeftButton)
    assert dashboard.flagged_only.isChecked()
    assert references() == ["DQU24-01"]
    assert dashboard.selected_case_id() == flagged

    # A second file gains a flag from another laptop's change: the count and the filtered list follow.
    other = services.cases.add(inspection_id, reference="DQU24-03", agency="police", kind="tracked")
    assert window.services is not None
    answers = window.services.answers
    WriteOp(parent=window, op=lambda _work: answers.set_answer(other, "case_record", "cr_09", "no"),
            changes=Changes.of(inspection_id, ChangeKind.ANSWERS, case_ids=[other])).run_in_background()
    qtbot.waitUntil(lambda: dashboard.flags_label.text() == "Files with data-quality flags: 2", timeout=10000)
    qtbot.waitUntil(lambda: references() == ["DQU24-01", "DQU24-03"])
    dashboard.flagged_only.setChecked(False)
    assert references() == ["DQU24-01", "DQU24-02", "DQU24-03"]

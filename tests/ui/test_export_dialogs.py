"""Export dialogs as a new user meets them: a proposed file name in a sensible folder, Enter after
"Choose…" exports, and a "done" message that says where the file went with a button to its folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.exports.export_dialog import ExportDialog
from jicpa_desktop.ui.handover.export_dialog import ExportPackageDialog
from jicpa_desktop.ui.i18n import Translations
from jicpa_desktop.ui.settings import UiSettings
from tests.ui.conftest import Dialogs


def _press_enter(qtbot: QtBot) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_after_choose_enter_exports_and_the_app_says_where_the_file_went(
    qtbot: QtBot, services: AppServices, inspection_id: str, dialogs: Dialogs, tmp_path: Path
) -> None:
    target = tmp_path / "grid.xlsx"
    dialogs.save_as.append(str(target))
    dialog = ExportDialog(services, "xlsx", inspection_id=inspection_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    browse = dialog.findChild(QPushButton, "exportBrowse")
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(target)
    today = dt.date.today().isoformat()
    assert dialogs.save_proposals == [f"Test inspection grid {today}.xlsx"]

    _press_enter(qtbot)
    qtbot.waitUntil(lambda: bool(dialogs.saved_files), timeout=20000)
    assert len(dialogs.save_proposals) == 1  # Enter did not open the file picker again
    assert dialogs.saved_files == [(dialog.windowTitle(), target)]
    assert target.exists()


def test_the_package_dialog_proposes_a_name_and_reports_where_it_saved(
    qtbot: QtBot, services: AppServices, inspection_id: str, dialogs: Dialogs, tmp_path: Path
) -> None:
    target = tmp_path / "mine.jicpa"
    dialogs.save_as.append(str(target))
    dialog = ExportPackageDialog(services.handover, inspection_id, "Inspector Test")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.no_encryption.setChecked(True)
    browse = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Choose…")
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert dialogs.save_proposals == [f"Inspector Test package {dt.date.today().isoformat()}.jicpa"]

    _press_enter(qtbot)
    qtbot.waitUntil(lambda: bool(dialogs.saved_files), timeout=20000)
    assert len(dialogs.save_proposals) == 1
    assert dialogs.saved_files[0][1] == target and target.exists()


def test_the_done_message_opens_the_folder_of_the_file(qtbot: QtBot, dialogs: Dialogs, tmp_path: Path) -> None:
    path = tmp_path / "out" / "grid.xlsx"
    box = messages.saved_file_box(None, "Export", path)
    qtbot.addWidget(box)
    assert "grid.xlsx" in box.text() and str(path.parent) in box.text()
    button = box.findChild(QPushButton, "openFolder")
    assert button is not None
    button.click()
    assert dialogs.opened_folders == [path.parent]


def test_file_pickers_start_in_documents_then_in_the_last_folder_used(tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "settings.ini")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if Path(documents).is_dir() else Path.home()
    assert messages.start_folder(settings) == expected
    used = tmp_path / "exports"
    used.mkdir()
    messages.remember_folder(used / "grid.xlsx", settings)
    assert messages.start_folder(UiSettings(tmp_path / "settings.ini")) == used


def test_proposed_file_names_are_safe_on_every_file_system() -> None:
    name = messages.dated_file_name('Cardiff: JICPA / "Jan"* 2026. grid', ".xlsx", dt.date(2026, 12, 2))
    assert name == "Cardiff JICPA Jan 2026. grid 2026-12-02.xlsx"
    assert messages.safe_file_name(" ... ") == "JICPA"


def test_the_done_message_is_in_welsh_too(qtbot: QtBot, tmp_path: Path) -> None:
    Translations().apply("cy")
    try:
        box = messages.saved_file_box(None, "Allforio", tmp_path / "grid.xlsx")
        qtbot.addWidget(box)
        assert box.text().startswith("Wedi'i chadw fel grid.xlsx")
        assert box.findChild(QPushButton, "openFolder").text() == "Agor y &ffolder"
    finally:
        Translations().apply("en")

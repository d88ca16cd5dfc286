"""The deletion records from the main window's File menu, in Welsh: listed, and a certificate written."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.ui.wipes_dialog import WipesDialog
from tests.ui.conftest import Dialogs, Launch, dialogs, launch, settings_file  # noqa: F401 (fixtures)


def test_file_menu_opens_the_deletion_records_and_writes_a_welsh_certificate(
    qtbot: QtBot, launch: Launch, dialogs: Dialogs, services: AppServices, inspection_id: str, tmp_path: Path  # noqa: F811
) -> None:
    case = services.cases.add(inspection_id, reference="TST24-01", agency="children_services", kind="tracked")
    services.answers.set_answer(case, "voice_of_child", "voc_02", "no", evidence="Evidence-XQ7 not seen alone")
    record = services.wipes.wipe(inspection_id, confirm="Test inspection")
    window = launch(language="cy")
    action = window.actions_by_name["wipeRecords"]
    assert action.text() == "&Cofnodion dileu…" and action.isEnabled()
    action.trigger()
    dialog = window.wipes_dialog
    assert isinstance(dialog, WipesDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.windowTitle() == "Cofnodion dileu"
    assert dialog.table.item(0, 0).text() == "Test inspection"
    assert dialog.table.horizontalHeaderItem(2).text() == "Dilëwyd am (UTC)"
    target = tmp_path / "tystysgrif.pdf"
    dialogs.save_as.append(str(target))
    qtbot.mouseClick(dialog.pdf_cy, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and "tystysgrif.pdf" in dialog.status.text(), timeout=10000)
    assert dialogs.save_proposals == [f"deletion-certificate-{record.id[:8]}-cy.pdf"]
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "Tystysgrif dileu" in text and "Evidence-XQ7" not in text
    dialog.close()

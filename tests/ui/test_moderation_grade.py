"""The moderation dialog asks the lead for a grade rather than proposing "Outstanding"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.ui.handover.moderation_dialog import ModerationDialog


def test_the_moderated_grade_starts_unchosen_and_save_needs_one(
    qtbot: QtBot, services: AppServices, inspection_id: str
) -> None:
    case_id = services.cases.add(inspection_id, reference="MOD24-01", agency="children_services", kind="sampled")
    services.answers.set_grade(case_id, "voice_of_child", "good", "Strong direct work seen in the record.")
    dialog = ModerationDialog(services.handover, inspection_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.rows) == 1, timeout=10000)
    dialog.table.selectRow(0)
    dialog.reason.setText("Read the file with the inspector.")

    assert dialog.grade.currentData() is None
    assert dialog.grade.currentText() == "Choose a grade…"
    assert not dialog.save.isEnabled()

    dialog.grade.setCurrentIndex(dialog.grade.findData("good"))
    assert dialog.save.isEnabled()
    dialog.save.click()
    qtbot.waitUntil(lambda: any(m.moderated_grade == "good" for m in dialog.rows), timeout=10000)
    assert dialog.grade.currentData() is None  # the next file starts unchosen again

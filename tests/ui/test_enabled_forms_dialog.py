"""The Forms for this inspection dialog: ticks what is on, greys what no taking-part inspectorate reads, saves."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jicpa_desktop.ui.app import create_application
from jicpa_desktop.ui.enabled_forms_dialog import EnabledFormsDialog
from tests.ui.helpers import settle


def test_switching_forms_on_and_off_after_the_wizard(qtbot: QtBot, services: object, db_path: Path) -> None:
    create_application()
    inspection = services.inspections.create(  # type: ignore[attr-defined]
        name="Dialog", local_authority="Testshire", start="2026-01-12", end="2026-01-16",
        inspectorates=["ciw", "hmicfrs"], enabled_forms=["case_record", "voice_of_child"])
    dialog = EnabledFormsDialog(services, inspection, "en")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "voice_of_child" in dialog.boxes)
    assert dialog.boxes["voice_of_child"].isChecked() and not dialog.boxes["safety_plan"].isChecked()
    assert dialog.chosen() == ["case_record", "voice_of_child"]
    dialog.boxes["safety_plan"].setChecked(True)
    dialog.boxes["voice_of_child"].setChecked(False)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    assert dialog.saved == ("case_record", "safety_plan")
    offered = services.progress.enabled_forms.offered(inspection)  # type: ignore[attr-defined]
    assert [f.form_id for f in offered if f.enabled] == ["case_record", "safety_plan"]
    settle()


def test_nothing_ticked_is_refused_on_the_dialog_in_welsh(qtbot: QtBot, services: object) -> None:
    create_application()
    inspection = services.inspections.create(  # type: ignore[attr-defined]
        name="Dialog", local_authority="Testshire", start="2026-01-12", end="2026-01-16",
        enabled_forms=["case_record"])
    dialog = EnabledFormsDialog(services, inspection, "cy")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "case_record" in dialog.boxes)
    dialog.boxes["case_record"].setChecked(False)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10000)
    assert "o leiaf un ffurflen" in dialog.problem.text()
    assert dialog.saved is None
    settle()


def test_the_fieldwork_menu_opens_the_dialog_for_the_open_inspection(
    qtbot: QtBot, launch: object, services: object, inspection_id: str, settings_file: Path, db_path: Path
) -> None:
    from jicpa_desktop.ui.settings import UiSettings

    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch()  # type: ignore[operator]
    qtbot.waitUntil(lambda: window.page == "dashboard")
    window.actions_by_name["enabledForms"].trigger()
    dialog = window.findChild(EnabledFormsDialog)
    assert dialog is not None and dialog.inspection_id == inspection_id
    qtbot.waitUntil(lambda: "voice_of_child" in dialog.boxes)
    assert dialog.boxes["voice_of_child"].isChecked()
    dialog.reject()

"""Errors in Welsh: a refused sampling list, a wrong package passphrase and a full disk, as a Welsh user sees them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.errors import localized_message
from jicpa_desktop.store.errors import classify
from jicpa_desktop.ui.handover import open_import_wizard
from jicpa_desktop.ui.import_report_dialog import ImportReportDialog
from jicpa_desktop.ui.settings import UiSettings
from tests.encrypted_db import copy_database
from tests.handover.conftest import Team
from tests.ui.conftest import Dialogs, Launch, dialogs, launch, settings_file  # noqa: F401 - fixtures
from tests.ui.helpers import settle


def _english_of(error: BaseException) -> str:
    localized = localized_message(error)
    assert localized is not None
    return localized.en


def test_a_refused_sampling_list_is_explained_in_welsh(
        qtbot: QtBot, launch: Launch, dialogs: Dialogs, tmp_path: Path, services: AppServices,  # noqa: F811
        inspection_id: str, settings_file: Path, db_path: Path) -> None:  # noqa: F811
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    bad = tmp_path / "rhestr.csv"
    bad.write_text("reference,child_name,agency,kind\nCDF24-01,Someone,children_services,sampled\n")
    window = launch(language="cy")
    assert window.dashboard is not None
    dialogs.files.append(str(bad))
    window.dashboard.import_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "import_report_dialog", None), ImportReportDialog),
                    timeout=10000)
    report = window.import_report_dialog
    problems = [report.problems_table.item(r, 2).text() for r in range(report.problems_table.rowCount())]
    assert len(problems) == 1, problems
    assert "identifies a person" not in problems[0]  # not the English
    assert "ffugenwol" in problems[0] or "ffugenw" in problems[0], problems  # pseudonymous, in Welsh


def test_a_wrong_package_passphrase_is_explained_in_welsh(
        qtbot: QtBot, team: Team, tmp_path: Path, launch: Launch, dialogs: Dialogs) -> None:  # noqa: F811

    db = tmp_path / "lead.sqlite3"
    copy_database(team.lead_base, db)
    window = launch(db=db, language="cy")
    wizard = open_import_wizard(window, window.services, team.inspection_id)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.files_page.add_files([str(team.packages["Ann Health"])])
    wizard.files_page.passphrase.setText("nid dyma'r ymadrodd")
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: bool(page.error), timeout=20000)
    assert "Ymadrodd cyfrin anghywir" in page.summary.text()
    assert "Wrong passphrase" not in page.summary.text()


def test_a_full_disk_is_explained_in_welsh_and_nothing_saved_is_lost(
        qtbot: QtBot, launch: Launch, dialogs: Dialogs, services: AppServices, inspection_id: str,  # noqa: F811
        settings_file: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    case_id = services.cases.add(inspection_id, reference="FULL24-01", agency="police", kind="sampled")
    services.answers.set_answer(case_id, "voice_of_child", "voc_01", "no", evidence="Heb ei weld ar ei ben ei hun.")
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch(language="cy")
    assert window.services is not None
    window.open_case(case_id)
    settle()
    window.open_form(case_id, "voice_of_child")
    settle()
    screen = window.form_screen
    assert screen is not None
    # SQLite's own words for a full disk, raised by the real classification, on the app's own write path.
    full = classify(sqlite3.OperationalError("database or disk is full"))
    assert full is not None

    def disk_full(*_args: object, **_kwargs: object) -> object:
        raise full

    monkeypatch.setattr(window.services.answers, "set_evidence", disk_full)
    monkeypatch.setattr(window.services.answers, "set_answer", disk_full)
    screen.rows[("voc_02", None)].input.set_value("yes")
    screen.rows[("voc_02", None)].input.edited.emit(True)
    screen.flush()
    settle()
    assert dialogs.errors, "the full disk was not reported"
    title, text = dialogs.errors[-1]
    assert title == "Ni chadwyd eich newid diwethaf", title
    assert text != _english_of(full) and "disk is full" not in text
    assert window.saved_indicator.text() == "Heb ei gadw"
    # What was saved before is still there.
    assert services.answers.load(case_id, "voice_of_child").state.answers["voc_01"] == "no"

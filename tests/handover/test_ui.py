"""The hand-over screens driven with pytest-qt on real databases: export, import wizard, conflicts, moderation."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.ui.handover import open_conflicts, open_export_package, open_import_wizard, open_moderation
from jicpa_desktop.ui.i18n import Translations
from tests.encrypted_db import copy_database
from tests.handover.conftest import Team
from tests.handover.helpers import PASSPHRASE


@pytest.fixture
def lead(team: Team, tmp_path: Path, bundled_catalogue: FormCatalogue) -> AppServices:
    target = tmp_path / "lead.sqlite3"
    copy_database(team.lead_base, target)
    services = build_services(target, actor="Lead Lewis", catalogue=bundled_catalogue)
    yield services  # type: ignore[misc]
    services.close()


def test_export_dialog_needs_matching_passphrases_and_writes_in_the_background(
    qtbot: QtBot,
    lead: AppServices,
    team: Team,
    tmp_path: Path,
) -> None:
    dialog = open_export_package(None, lead, team.inspection_id)
    qtbot.addWidget(dialog)
    target = tmp_path / "out.jicpa"
    dialog.path.setText(str(target))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    assert not dialog.export_button.isEnabled() and "differ" in dialog.problem.text()
    dialog.repeat.setText(PASSPHRASE)
    assert dialog.export_button.isEnabled()
    dialog.consolidated.setChecked(True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=10000)
    assert target.exists() and dialog.exported is not None and dialog.exported.encrypted
    assert lead.handover.inspect_package(target, PASSPHRASE).kind == "consolidated"


def test_import_wizard_previews_then_applies(qtbot: QtBot, lead: AppServices, team: Team) -> None:
    Translations().apply("en")  # as the app does at start: English plural forms come from a catalogue too
    wizard = open_import_wizard(None, lead, team.inspection_id)
    qtbot.addWidget(wizard)
    wizard.files_page.add_files([str(p) for p in team.packages.values()])
    wizard.files_page.passphrase.setText(PASSPHRASE)
    assert wizard.files_page.isComplete()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None or bool(page.error), timeout=10000)
    assert page.preview is not None
    kinds = {page.table.item(r, 0).text() for r in range(page.table.rowCount())}
    assert kinds == {"New file", "Changed answer", "Conflict"}
    assert "9 changed answers, 2 conflicts." in page.summary.text()
    assert lead.handover.list_conflicts(team.inspection_id) == []  # the preview kept nothing
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=10000)
    assert "Imported" in wizard.result_page.result.text()
    assert len(lead.handover.list_conflicts(team.inspection_id)) == 2


def test_import_wizard_shows_why_a_package_is_refused(qtbot: QtBot, lead: AppServices, team: Team) -> None:
    wizard = open_import_wizard(None, lead, team.inspection_id)
    qtbot.addWidget(wizard)
    wizard.files_page.add_files([str(team.packages["Ann Health"])])
    wizard.files_page.passphrase.setText("wrong passphrase")
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: bool(page.error), timeout=10000)
    assert "Wrong passphrase" in page.summary.text() and not page.isComplete()


def test_conflicts_screen_shows_both_sides_and_requires_a_reason(
    qtbot: QtBot,
    lead: AppServices,
    team: Team,
) -> None:
    lead.handover.apply_import(list(team.packages.values()), PASSPHRASE)
    dialog = open_conflicts(None, lead, team.inspection_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)  # the list is read off the GUI thread
    assert dialog.table.rowCount() == 2
    row = next(i for i, c in enumerate(dialog.conflicts) if c.question_id == "voc_05")
    dialog.table.selectRow(row)
    shown = {dialog.findChild(type(dialog.question), f"side{c}_{r}").text() for c in (0, 1) for r in range(6)}
    assert {"Ann Health", "Bryn Police", "Yes", "No"} <= shown
    dialog.take_other.setChecked(True)
    dialog.other_value.setText("partly")
    assert not dialog.resolve_button.isEnabled()  # no reason yet
    dialog.reason.setPlainText("Discussed with both inspectors.")
    assert dialog.resolve_button.isEnabled()
    dialog.resolve_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert dialog.problem.text() == "Resolved."
    assert lead.answers.load(team.cases["TST24-01"], "voice_of_child").state.answers["voc_05"] == "partly"


def test_moderation_view_records_the_moderated_grade_and_shows_agreement(
    qtbot: QtBot,
    lead: AppServices,
    team: Team,
) -> None:
    lead.handover.apply_import(list(team.packages.values()), PASSPHRASE)
    dialog = open_moderation(None, lead, team.inspection_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)  # the list is read off the GUI thread
    row = next(i for i, m in enumerate(dialog.rows) if m.final_grade == "requires_improvement")
    dialog.table.selectRow(row)
    dialog.grade.setCurrentIndex(dialog.grade.findData("requires_improvement"))
    assert not dialog.save.isEnabled()
    dialog.reason.setText("Agreed after reading the file.")
    dialog.save.click()
    qtbot.waitUntil(lambda: any(m.moderated_grade for m in dialog.rows), timeout=10000)
    moderated = [m for m in dialog.rows if m.moderated_grade]
    assert [(m.final_grade, m.moderated_grade) for m in moderated] == [("requires_improvement", "requires_improvement")]
    labels = {
        dialog.agreement.item(r, 0).text(): dialog.agreement.item(r, 6).text()
        for r in range(dialog.agreement.rowCount())
    }
    assert labels["Inspector: Cerys Social"] == "100%" and labels["All"] == "100%"

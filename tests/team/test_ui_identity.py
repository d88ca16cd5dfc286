"""Who am I in the app: asked the first time a laptop opens an inspection, remembered, shown, and switched with
the inspection; the team screen adds, edits and retires; English and Welsh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.ui.app import StartOptions, create_application, start
from jicpa_desktop.ui.i18n import Translations
from jicpa_desktop.ui.main_window import MainWindow
from jicpa_desktop.ui.team.identity_dialog import IdentityDialog
from jicpa_desktop.ui.team.team_dialog import TeamDialog
from tests.team.conftest import TEAM, audit_actors
from tests.ui.conftest import Dialogs, dialogs, settings_file  # noqa: F401  (fixtures used here)
from tests.ui.helpers import settle


@pytest.fixture
def two_inspections(tmp_path: Path, bundled_catalogue: FormCatalogue) -> tuple[Path, str, str]:
    """A laptop's database holding two inspections made from the command line: nobody has said who they are."""
    path = tmp_path / "laptop.sqlite3"
    services = build_services(path, catalogue=bundled_catalogue)
    try:
        first = services.inspections.create(name="Testshire JICPA", local_authority="Testshire", start="2024-01-15",
                                            end="2024-01-19", inspectorates=["ciw", "hiw", "hmicfrs"], team=TEAM)
        second = services.inspections.create(name="Otherton JICPA", local_authority="Otherton", start="2024-03-04",
                                             end="2024-03-08", inspectorates=["ciw"],
                                             team=[("Lena Lead", "ciw", "lead")])
    finally:
        services.close()
    return path, first, second


@pytest.fixture
def window(request: pytest.FixtureRequest, qtbot: QtBot, two_inspections: tuple[Path, str, str],
           settings_file: Path, bundled_catalogue: FormCatalogue,  # noqa: F811
           dialogs: Dialogs) -> Iterator[MainWindow]:  # noqa: F811
    create_application()
    language = getattr(request, "param", "en")
    shown = start(StartOptions(db_path=two_inspections[0], language=language, settings_file=settings_file,
                               catalogue=bundled_catalogue))
    assert shown is not None, dialogs.errors
    qtbot.waitUntil(lambda: shown.services is not None, timeout=20000)
    settle()
    yield shown
    shown.close()
    Translations().apply("en")
    assert not dialogs.crashes, dialogs.crashes[0]


def _identity_dialog(qtbot: QtBot, window: MainWindow) -> IdentityDialog:
    found: list[IdentityDialog] = []

    def shown() -> bool:
        dialog = window.findChild(IdentityDialog, "identityDialog")
        if dialog is not None and dialog.isVisible():
            found.append(dialog)
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[0]


def test_first_visit_asks_who_i_am_then_remembers_and_switches_with_the_inspection(
    qtbot: QtBot, window: MainWindow, two_inspections: tuple[Path, str, str],
) -> None:
    _path, first, second = two_inspections
    window.open_inspection(first)
    dialog = _identity_dialog(qtbot, window)
    assert dialog.members.count() == 3
    assert window.identity_button.text() == "Who are you? Choose…"
    dialog.choose("Ann Health")
    dialog.accept()
    qtbot.waitUntil(lambda: window.me is not None, timeout=10000)
    assert window.identity_button.text() == "You are Ann Health (HIW), Inspector"
    services = window.services
    assert services is not None
    assert services.context.actor == "Ann Health (HIW)"

    window.open_inspection(second)  # another inspection: another identity, asked again
    qtbot.waitUntil(lambda: window.inspection is not None and window.inspection.id == second, timeout=10000)
    dialog = _identity_dialog(qtbot, window)
    assert dialog.members.count() == 1
    dialog.add_box.setChecked(True)  # not in that team: she adds herself
    dialog.name_edit.setText("Ann Health")
    dialog.inspectorate_combo.setCurrentIndex(dialog.inspectorate_combo.findData("ciw"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.me is not None and window.inspection is not None
                    and window.inspection.id == second, timeout=10000)
    settle()
    assert window.identity_button.text() == "You are Ann Health (CIW), Inspector"
    assert ("Ann Health (CIW)", "create", "team_member") in audit_actors(services, second)

    window.open_inspection(first)  # back: remembered, not asked
    qtbot.waitUntil(lambda: window.identity_button.text() == "You are Ann Health (HIW), Inspector", timeout=10000)
    settle()
    assert window.findChild(IdentityDialog, "identityDialog") is None
    assert services.context.actor == "Ann Health (HIW)"


def test_a_choice_that_is_not_possible_is_explained_in_the_dialog(qtbot: QtBot, window: MainWindow,
                                                                  two_inspections: tuple[Path, str, str]) -> None:
    window.open_inspection(two_inspections[1])
    dialog = _identity_dialog(qtbot, window)
    dialog.add_box.setChecked(True)
    dialog.accept()  # no name given
    assert dialog.isVisible() and "give your name" in dialog.problem.text()


def test_the_team_screen_adds_edits_retires_and_limits_inspectorates(
    qtbot: QtBot, window: MainWindow, two_inspections: tuple[Path, str, str],
) -> None:
    _path, first, _second = two_inspections
    window.open_inspection(first)
    dialog = _identity_dialog(qtbot, window)
    dialog.choose("Lena Lead")
    dialog.accept()
    qtbot.waitUntil(lambda: window.me is not None, timeout=10000)
    window.open_people_window("open_team")
    team = window.findChild(TeamDialog, "teamDialog")
    assert team is not None
    qtbot.waitUntil(lambda: team.table.rowCount() == 3, timeout=10000)
    assert team.table.item(0, 0).text() == "Lena Lead"  # the lead first
    assert team.inspectorate_boxes["hiw"].isChecked() and not team.inspectorate_boxes["estyn"].isChecked()

    member = team.add_member()
    member.name_edit.setText("Eira Estyn")
    member.inspectorate_combo.setCurrentIndex(member.inspectorate_combo.findData("estyn"))
    member.accept()
    qtbot.waitUntil(lambda: "Estyn is not taking part" in team.problem.text(), timeout=10000)
    team.inspectorate_boxes["estyn"].setChecked(True)
    team.save_inspectorates.click()
    settle()
    member = team.add_member()
    member.name_edit.setText("Eira Estyn")
    member.inspectorate_combo.setCurrentIndex(member.inspectorate_combo.findData("estyn"))
    member.accept()
    qtbot.waitUntil(lambda: team.table.rowCount() == 4, timeout=10000)

    team.select_member("Bryn Police")
    edit = team.edit_member()
    assert edit is not None
    edit.role_combo.setCurrentIndex(edit.role_combo.findData("lead"))
    edit.accept()
    team.select_member("Bryn Police")
    qtbot.waitUntil(lambda: any(team.table.item(r, 2).text() == "Lead inspector" and
                                team.table.item(r, 0).text() == "Bryn Police"
                                for r in range(team.table.rowCount())), timeout=10000)
    team.select_member("Ann Health")
    team.toggle_retired()
    qtbot.waitUntil(lambda: any(team.table.item(r, 0).text() == "Ann Health" and
                                team.table.item(r, 4).text() == "Retired"
                                for r in range(team.table.rowCount())), timeout=10000)
    services = window.services
    assert services is not None
    events = audit_actors(services, first)
    assert ("Lena Lead (CIW)", "retire", "team_member") in events
    assert ("Lena Lead (CIW)", "update", "inspection") in events
    team.close()


@pytest.mark.parametrize("window", ["cy"], indirect=True)
def test_who_am_i_and_joining_speak_welsh(qtbot: QtBot, window: MainWindow,
                                          two_inspections: tuple[Path, str, str]) -> None:
    assert window.start_page is not None
    window.show_start()
    settle()
    assert window.start_page.join_button.text() == "&Ymuno ag arolygiad o becyn yr arweinydd…"
    window.open_inspection(two_inspections[1])
    dialog = _identity_dialog(qtbot, window)
    assert dialog.windowTitle() == "Pwy ydych chi?"
    assert dialog.members.item(0).text() == "Ann Health — Arolygiaeth Gofal Iechyd Cymru, Arolygydd"
    dialog.choose("Ann Health")
    dialog.accept()
    qtbot.waitUntil(lambda: window.me is not None, timeout=10000)
    assert window.identity_button.text() == "Rydych chi'n Ann Health (HIW), Arolygydd"


def test_when_my_name_changes_in_the_team_the_next_change_is_signed_with_it(
    qtbot: QtBot, window: MainWindow, two_inspections: tuple[Path, str, str], dialogs: Dialogs,  # noqa: F811
) -> None:
    from jicpa_desktop.ui.operations import ChangeKind, Changes, WriteOp

    _path, first, _second = two_inspections
    window.open_inspection(first)
    dialog = _identity_dialog(qtbot, window)
    dialog.choose("Lena Lead")
    dialog.accept()
    qtbot.waitUntil(lambda: window.me is not None, timeout=10000)
    services = window.services
    assert services is not None and window.me is not None
    member_id = window.me.id
    # The team's record of her name changes (the team screen; an import of a package does the same): the window
    # and every change signed after it say the new name, without opening the inspection again.
    WriteOp(parent=window, op=lambda _work: services.team.edit(first, member_id, name="Lena Lead-Jones"),
            changes=Changes.of(first, ChangeKind.TEAM)).run_in_background()
    qtbot.waitUntil(lambda: window.identity_button.text() == "You are Lena Lead-Jones (CIW), Lead inspector",
                    timeout=10000)
    settle()
    assert services.context.actor == "Lena Lead-Jones (CIW)" and not dialogs.errors

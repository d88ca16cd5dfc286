"""The team's week in the app, on three laptops (three real database files): the lead sets up the inspection
with the wizard, allocates files on the allocation screen and exports the consolidated package; an inspector
joins from the start page, says who she is, sees her own files, edits one of someone else's only after saying
so, and hands her work back; the lead imports it with the wizard. Every audit event names a team member and
their inspectorate, never the computer's login."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.ui.app import StartOptions, create_application, start
from jicpa_desktop.ui.handover import open_export_package, open_import_wizard
from jicpa_desktop.ui.i18n import Translations
from jicpa_desktop.ui.main_window import MainWindow
from jicpa_desktop.ui.team.allocation_dialog import AllocationDialog
from jicpa_desktop.ui.team.escalations_dialog import EscalationsDialog
from jicpa_desktop.ui.team.identity_dialog import IdentityDialog
from jicpa_desktop.ui.team.join_dialog import JoinDialog
from jicpa_desktop.ui.team.sample_dialog import SampleDialog
from tests.handover.helpers import PASSPHRASE
from tests.team.conftest import audit_actors
from tests.ui.conftest import Dialogs, dialogs, settings_file  # noqa: F401  (fixtures used here)
from tests.ui.helpers import settle

VOC = "voice_of_child"


@pytest.fixture
def open_laptop(qtbot: QtBot, tmp_path: Path, settings_file: Path,  # noqa: F811
                bundled_catalogue: FormCatalogue, dialogs: Dialogs) -> Iterator[object]:  # noqa: F811
    """Start the app on a laptop's own database with no --as: who the user is comes from the app."""
    create_application()
    windows: list[MainWindow] = []

    def launch(name: str) -> MainWindow:
        folder = tmp_path / name
        folder.mkdir()
        window = start(StartOptions(db_path=folder / "audit.sqlite3", language="en",
                                    settings_file=folder / "settings.ini", catalogue=bundled_catalogue))
        assert window is not None, dialogs.errors
        windows.append(window)
        qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
        settle()
        return window

    yield launch
    for window in windows:
        window.close()
    Translations().apply("en")
    assert not dialogs.crashes, dialogs.crashes[0]


def _set_up_with_the_wizard(qtbot: QtBot, window: MainWindow) -> str:
    window.new_inspection()
    wizard = window.wizard
    wizard.basics.name_edit.setText("Testshire JICPA")
    wizard.basics.authority_edit.setText("Testshire")
    wizard.next()
    team = wizard.team
    for name, inspectorate, role in (("Lena Lead", "ciw", "lead"), ("Ann Health", "hiw", "inspector"),
                                     ("Bryn Police", "hmicfrs", "inspector")):
        team.member_name.setText(name)
        team.member_inspectorate.setCurrentIndex(team.member_inspectorate.findData(inspectorate))
        team.member_role.setCurrentIndex(team.member_role.findData(role))
        team.add_member()
    assert team.me_combo.currentText() == "Lena Lead"  # the lead added is offered as "you"
    wizard.next()
    wizard.next()
    wizard.accept()
    qtbot.waitUntil(lambda: window.inspection is not None and window.me is not None, timeout=10000)
    assert window.inspection is not None
    return window.inspection.id


def _join(qtbot: QtBot, window: MainWindow, plan: Path, name: str) -> MainWindow:
    """Join from the start page as a new user would: the button, the package, its passphrase, who I am."""
    assert window.page == "start" and window.start_page is not None
    join_button = window.start_page.join_button
    assert join_button.isVisible()
    join_button.click()
    join = window.findChild(JoinDialog, "joinDialog")
    assert join is not None
    join.choose_file(plan, PASSPHRASE)
    qtbot.waitUntil(lambda: join.team.count() == 3, timeout=20000)
    assert "Inspection: Testshire JICPA" in join.about.text()
    assert not join.join_button.isEnabled()  # not until they say who they are
    join.choose_member(name)
    assert join.join_button.isEnabled()
    join.join_button.click()
    qtbot.waitUntil(lambda: window.inspection is not None and window.me is not None, timeout=20000)
    settle()
    return window


def test_a_week_on_three_laptops_in_the_app(qtbot: QtBot, open_laptop: object, tmp_path: Path,
                                            dialogs: Dialogs) -> None:  # noqa: F811
    launch = open_laptop
    lead_window = launch("lead")  # type: ignore[operator]
    inspection_id = _set_up_with_the_wizard(qtbot, lead_window)
    assert lead_window.identity_button.isVisible()
    assert lead_window.identity_button.text() == "You are Lena Lead (CIW), Lead inspector"
    lead = lead_window.services
    assert lead is not None
    # The local authority's list of children becomes the frame; the lead draws the whole sample from it with a
    # seed (three of three: which files the week below works on is then known whatever the seed).
    children = tmp_path / "children.csv"
    children.write_text("reference,agency,status\n" + "".join(
        f"{ref},{agency},cpr\n" for ref, agency in (("TST24-01", "health"), ("TST24-02", "health"),
                                                   ("TST24-03", "police"))), encoding="utf-8")
    lead_window.open_people_window("open_sample")
    sample = lead_window.findChild(SampleDialog, "sampleDialog")
    assert sample is not None
    qtbot.waitUntil(lambda: sample.frame_size == 0, timeout=10000)
    dialogs.answer_yes = True
    sample.import_list(str(children))
    qtbot.waitUntil(lambda: sample.frame_size == 3, timeout=10000)
    sample.sampled.setValue(3)
    sample.tracked.setValue(0)
    sample.seed.setText("week-1")
    sample.rationale.setPlainText("Every child on the list, health and police")
    sample.draw_button.click()
    qtbot.waitUntil(lambda: sample.drawn is not None, timeout=10000)
    assert sample.drawn is not None and len(sample.drawn.case_ids) == 3
    sample.close()
    settle()
    cases = {c.reference: c.id for c in lead.cases.list(inspection_id)}
    assert set(cases) == {"TST24-01", "TST24-02", "TST24-03"}

    lead_window.open_people_window("open_allocation")
    allocation = lead_window.findChild(AllocationDialog, "allocationDialog")
    assert allocation is not None
    qtbot.waitUntil(lambda: allocation.table.rowCount() == 3, timeout=10000)
    allocation.select_references(["TST24-01", "TST24-02"])  # several at once
    allocation.choose_member("Ann Health")
    allocation.allocate_button.click()
    qtbot.waitUntil(lambda: "2 file(s) changed" in allocation.problem.text(), timeout=10000)
    allocation.select_references(["TST24-03"])
    allocation.choose_member("Bryn Police")
    allocation.allocate_button.click()
    qtbot.waitUntil(lambda: "1 file(s) changed" in allocation.problem.text(), timeout=10000)
    allocation.close()

    plan = tmp_path / "plan.jicpa"
    export = open_export_package(lead_window, lead, inspection_id)
    assert export.inspector.text() == "Lena Lead"  # the team's name for "only my files", not the login
    export.path.setText(str(plan))
    export.passphrase.setText(PASSPHRASE)
    export.repeat.setText(PASSPHRASE)
    export.consolidated.setChecked(True)
    export.export_button.click()
    qtbot.waitUntil(lambda: export.exported is not None, timeout=20000)

    # Ann's and Bryn's laptops: new databases, so the start page offers joining.
    ann_window = _join(qtbot, launch("ann"), plan, "Ann Health")  # type: ignore[operator]
    bryn_window = _join(qtbot, launch("bryn"), plan, "Bryn Police")  # type: ignore[operator]
    assert bryn_window.identity_button.text() == "You are Bryn Police (HMICFRS), Inspector"
    bryn = bryn_window.services
    assert bryn is not None
    bryn.answers.set_answer(cases["TST24-03"], VOC, "voc_01", "yes")
    bryn_package = tmp_path / "bryn.jicpa"
    bryn.handover.export_package(inspection_id, bryn_package, PASSPHRASE)
    assert ann_window.findChild(IdentityDialog, "identityDialog") is None  # already said in the join
    assert ann_window.identity_button.text() == "You are Ann Health (HIW), Inspector"
    dashboard = ann_window.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.cases_model.rowCount() == 3, timeout=10000)
    assert dashboard.inspector_filter.currentText() == "My files (Ann Health)"
    assert dashboard.filter_model.rowCount() == 2  # her own files, by default

    # Bryn's file: the app asks first, and the choice is recorded.
    dialogs.answer_yes = True
    ann_window.open_case(cases["TST24-03"])
    ann_window.open_form(cases["TST24-03"], VOC)
    qtbot.waitUntil(lambda: ann_window.page == "form", timeout=10000)
    assert dialogs.questions and "allocated to Bryn Police" in dialogs.questions[-1]
    ann = ann_window.services
    assert ann is not None
    ann.answers.set_answer(cases["TST24-01"], VOC, "voc_01", "no", evidence="Not seen for three months.")
    ann.answers.set_answer(cases["TST24-02"], VOC, "std_escalate_now", "yes")
    ann.answers.set_answer(cases["TST24-02"], VOC, "std_escalate_action",
                           "Bruising seen on a home visit; the social worker was told at 10:00.")
    ann_window.flush_and_wait()
    ann_package = tmp_path / "ann.jicpa"
    ann_export = open_export_package(ann_window, ann, inspection_id)
    assert ann_export.inspector.text() == "Ann Health"
    ann_export.path.setText(str(ann_package))
    ann_export.passphrase.setText(PASSPHRASE)
    ann_export.repeat.setText(PASSPHRASE)
    ann_export.export_button.click()
    qtbot.waitUntil(lambda: ann_export.exported is not None, timeout=20000)

    # The lead gathers Ann's work with the import wizard.
    wizard = open_import_wizard(lead_window, lead, inspection_id)
    wizard.files_page.add_files([str(ann_package), str(bryn_package)])
    wizard.files_page.passphrase.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None or bool(wizard.preview_page.error),
                    timeout=20000)
    assert "ann.jicpa: Ann Health (HIW)'s package, for Testshire JICPA" in wizard.preview_page.summary.text()
    assert "bryn.jicpa: Bryn Police (HMICFRS)'s package, for Testshire JICPA" in wizard.preview_page.summary.text()
    table = wizard.preview_page.table
    assert {table.item(r, 5).text() for r in range(table.rowCount())} == {"Ann Health (HIW)", "Bryn Police (HMICFRS)"}
    assert "Voice of the child and lived experience: Was the child seen by this agency when its role required it?" \
        in {table.item(r, 2).text() for r in range(table.rowCount())}  # words, not ids
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=20000)
    settle()
    # The new escalation is called out first, then the lead acknowledges it on the escalations list.
    result = wizard.result_page.result.text()
    assert result.startswith("New escalations (1)") and "TST24-02 (health)" in result and "Bruising" in result
    lead_window.open_people_window("open_escalations")
    escalations = lead_window.findChild(EscalationsDialog, "escalationsDialog")
    assert escalations is not None
    qtbot.waitUntil(lambda: escalations.loaded and escalations.table.rowCount() == 1, timeout=10000)
    assert escalations.table.item(0, 0).text() == "New"
    assert escalations.table.item(0, 3).text() == "Ann Health"
    escalations.table.selectRow(0)
    escalations.acknowledge_button.click()
    qtbot.waitUntil(lambda: escalations.table.item(0, 0).text().startswith("Acknowledged by Lena Lead (CIW)"),
                    timeout=10000)
    escalations.outcome.setText("Strategy discussion held the same day.")
    escalations.close_button.click()
    qtbot.waitUntil(lambda: escalations.table.item(0, 0).text().startswith("Closed by Lena Lead (CIW)"),
                    timeout=10000)
    escalations.close()

    events = audit_actors(lead, inspection_id)
    actors = {actor for actor, _action, _entity in events}
    assert actors == {"Lena Lead (CIW)", "Ann Health (HIW)", "Bryn Police (HMICFRS)"}
    assert getpass.getuser() not in actors
    assert ("Ann Health (HIW)", "edit_allocated_to_other", "case_file") in events
    assert ("Ann Health (HIW)", "import", "package") in events  # her joining, signed by her
    answer = next(r for r in lead.answers.list_for_case(cases["TST24-01"]) if r.question_id == "voc_01")
    assert (answer.value, answer.updated_by) == ("no", "Ann Health (HIW)")

    # The lead moderates a grade and exports again; Ann imports it with the wizard and sees it on the file.
    lead.handover.moderate_grade(cases["TST24-01"], VOC, "inadequate", "Child not seen for three months.")
    plan2 = tmp_path / "plan2.jicpa"
    lead.handover.export_package(inspection_id, plan2, PASSPHRASE, consolidated=True)
    back = open_import_wizard(ann_window, ann, inspection_id)
    back.files_page.add_files([str(plan2)])
    back.files_page.passphrase.setText(PASSPHRASE)
    back.next()
    qtbot.waitUntil(lambda: back.preview_page.preview is not None, timeout=20000)
    assert "plan2.jicpa: the lead's consolidated package, for Testshire JICPA" in back.preview_page.summary.text()
    back.next()
    qtbot.waitUntil(lambda: back.result_page.done, timeout=20000)
    settle()
    ann_window.open_case(cases["TST24-01"])
    case_page = ann_window.case_page
    assert case_page is not None
    qtbot.waitUntil(lambda: case_page.moderated.isVisible(), timeout=10000)
    assert case_page.moderated.text().startswith("Moderated by Lena Lead (CIW): Voice of the child")
    assert "Inadequate" in case_page.moderated.text() and "Child not seen for three months." in \
        case_page.moderated.text()

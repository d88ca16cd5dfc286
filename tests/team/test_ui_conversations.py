"""The allocation screen's Conversations…: the lead chooses who holds each conversation about a tracked file
(real widgets, a real encrypted database), in English and in Welsh."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.ui.team.allocation_dialog import AllocationDialog


def open_dialog(qtbot: QtBot, lead: AppServices, inspection_id: str, language: str) -> AllocationDialog:
    dialog = AllocationDialog(lead, inspection_id, language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10000)
    return dialog


def test_the_lead_allocates_a_tracked_files_conversations(
    qtbot: QtBot, lead: AppServices, planned: tuple[str, dict[str, str]],
) -> None:
    inspection_id, cases = planned
    dialog = open_dialog(qtbot, lead, inspection_id, "en")
    dialog.select_references(["TST24-01"])  # sampled: no conversations
    assert not dialog.conversations_button.isEnabled()
    dialog.select_references(["TST24-01", "TST24-02"])
    assert not dialog.conversations_button.isEnabled()
    dialog.select_references(["TST24-02"])
    assert dialog.conversations_button.isEnabled()
    dialog.conversations_button.click()
    qtbot.waitUntil(lambda: dialog.conversations_dialog is not None and dialog.conversations_dialog.isVisible(),
                    timeout=10000)
    talks = dialog.conversations_dialog
    assert talks is not None
    assert [talks.table.item(r, 0).text() for r in range(talks.table.rowCount())] == [
        "Child or young person", "Family or carers", "Key worker", "Key worker's manager", "Other professionals"]
    assert all(c.currentData() == "" for c in talks.combos.values())
    assert talks.combos["child"].findData("Lena Lead") >= 0 and talks.combos["child"].findData("Bryn Police") >= 0
    talks.choose("child", "Ann Health")
    talks.choose("key_worker", "Bryn Police")
    talks.choose("manager", "Bryn Police")
    talks.accept()
    qtbot.waitUntil(lambda: "Conversations allocated: 3 changed." in dialog.problem.text(), timeout=10000)
    held = {c.person: c.inspector for c in lead.allocation.conversations(cases["TST24-02"])}
    assert held == {"child": "Ann Health", "family": None, "key_worker": "Bryn Police", "manager": "Bryn Police",
                    "other_professionals": None}

    # Opened again, it shows what is held; moving one conversation changes only that one.
    dialog.conversations_dialog = None
    dialog.conversations_button.click()
    qtbot.waitUntil(lambda: dialog.conversations_dialog is not None and dialog.conversations_dialog.isVisible(),
                    timeout=10000)
    again = dialog.conversations_dialog
    assert again is not None and again.combos["child"].currentData() == "Ann Health"
    again.choose("child", None)
    assert again.changes() == {"": ["child"]}
    again.accept()
    qtbot.waitUntil(lambda: "Conversations allocated: 1 changed." in dialog.problem.text(), timeout=10000)
    assert {c.person: c.inspector for c in lead.allocation.conversations(cases["TST24-02"])}["child"] is None


def test_the_conversations_are_named_in_welsh(
    qtbot: QtBot, lead: AppServices, planned: tuple[str, dict[str, str]],
) -> None:
    inspection_id, _cases = planned
    dialog = open_dialog(qtbot, lead, inspection_id, "cy")
    dialog.select_references(["TST24-02"])
    dialog.conversations_button.click()
    qtbot.waitUntil(lambda: dialog.conversations_dialog is not None and dialog.conversations_dialog.isVisible(),
                    timeout=10000)
    talks = dialog.conversations_dialog
    assert talks is not None
    assert [talks.table.item(r, 0).text() for r in range(talks.table.rowCount())] == [
        "Plentyn neu berson ifanc", "Teulu neu ofalwyr", "Gweithiwr allweddol", "Rheolwr y gweithiwr allweddol",
        "Gweithwyr proffesiynol eraill"]
    talks.reject()


def test_my_files_include_the_tracked_files_where_i_hold_a_conversation(
    qtbot: QtBot, lead: AppServices, planned: tuple[str, dict[str, str]],
) -> None:
    from jicpa_desktop.ui.models.case_filter_model import CaseFilterModel
    from jicpa_desktop.ui.models.case_table_model import CaseTableModel
    from jicpa_desktop.ui.models.roles import ID_ROLE

    inspection_id, cases = planned
    lead.allocation.allocate([cases["TST24-01"]], "Ann Health")
    lead.allocation.allocate([cases["TST24-02"], cases["TST24-03"]], "Bryn Police")
    lead.allocation.allocate_conversations(cases["TST24-02"], ["child"], "Ann Health")
    table = CaseTableModel("en")
    table.set_cases(lead.progress.cases(inspection_id))
    mine = CaseFilterModel()
    mine.setSourceModel(table)

    def shown() -> set[str]:
        return {mine.data(mine.index(r, 0), ID_ROLE) for r in range(mine.rowCount())}

    mine.set_inspector("Ann Health")
    assert shown() == {cases["TST24-01"], cases["TST24-02"]}  # her file, and the one where she talks to the child
    mine.set_inspector("Bryn Police")
    assert shown() == {cases["TST24-02"], cases["TST24-03"]}
    mine.set_inspector("Lena Lead")
    assert shown() == set()
    assert [c.conversations_with for c in lead.cases.list(inspection_id) if c.id == cases["TST24-02"]] == [
        ("Ann Health",)]

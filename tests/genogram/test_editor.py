"""The editor with pytest-qt: add a person from the keyboard, edit, undo; each change reaches the store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.genogram import samples, serialization
from jicpa_desktop.ui.genogram.editor import GenogramEditor


def _editor(qtbot: QtBot, services: AppServices, case_id: str, lang: str = "en") -> GenogramEditor:
    editor = GenogramEditor(services, case_id, lang)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.view_data is not None, timeout=10000)
    return editor


def _people(services: AppServices, case_id: str) -> list[str]:
    return [p.role_label for p in services.genograms.load(case_id).genogram.persons]


def test_add_a_person_by_keyboard_edit_and_undo(qtbot: QtBot, services: AppServices, inspection_id: str) -> None:
    case = services.cases.add(inspection_id, reference="GEN24-09", agency="children_services", kind="tracked")
    editor = _editor(qtbot, services, case)
    add = editor.findChild(QPushButton, "add_person")
    assert add is not None and add.accessibleName() == "Add person"
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _people(services, case) == ["New person"], timeout=10000)
    qtbot.waitUntil(lambda: editor.findChild(QLineEdit, "field_role_label") is not None, timeout=10000)
    role = editor.findChild(QLineEdit, "field_role_label")
    assert role is not None and role.accessibleName() == "Role (never a name)"
    role.setFocus()
    role.selectAll()
    qtbot.keyClicks(role, "Mother")
    qtbot.keyClick(role, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _people(services, case) == ["Mother"], timeout=10000)
    history = [c.value for c in services.genograms.history(case) if c.field == "role_label"]
    assert history[-1] == "Mother"
    qtbot.waitUntil(lambda: len(editor.undo_stack) == 2, timeout=10000)
    qtbot.keyClick(editor.elements, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _people(services, case) == ["New person"], timeout=10000)
    qtbot.waitUntil(lambda: len(editor.undo_stack) == 1, timeout=10000)
    editor.undo()  # undoing the addition removes the person (kept in the history)
    qtbot.waitUntil(lambda: _people(services, case) == [], timeout=10000)


def test_couple_and_child_from_the_panel_and_selection_by_list(qtbot: QtBot, services: AppServices,
                                                               inspection_id: str) -> None:
    case = services.cases.add(inspection_id, reference="GEN24-10", agency="children_services", kind="tracked")
    editor = _editor(qtbot, services, case)
    editor.add_person()
    # The new person is selected when the write returns and shown when the reload that follows it lands:
    # "Add couple" acts on what is shown, so wait for both (on a loaded machine the reload can trail).
    qtbot.waitUntil(lambda: len(_people(services, case)) == 1 and editor.selected is not None
                    and editor.view_data is not None and editor.view_data.genogram.element(editor.selected) is not None,
                    timeout=10000)
    editor.add_union()
    qtbot.waitUntil(lambda: len(services.genograms.load(case).genogram.unions) == 1, timeout=10000)
    union = services.genograms.load(case).genogram.unions[0].id
    qtbot.waitUntil(lambda: editor.view_data is not None and editor.view_data.genogram.element(union) is not None,
                    timeout=10000)
    editor.select(union)
    editor.add_child()
    qtbot.waitUntil(lambda: len(services.genograms.load(case).genogram.parent_links) == 2, timeout=10000)
    links = services.genograms.load(case).genogram.parent_links
    assert {link.union_id for link in links} == {union}
    elements = editor.findChild(QListWidget, "genogramElements")
    assert elements is not None and elements.accessibleName() == "Parts of the genogram"
    qtbot.waitUntil(lambda: elements.count() == 6, timeout=10000)  # 3 people, a couple, 2 parent links
    assert editor.scene.groups  # the drawing has a selectable item per element


def test_welsh_panel_and_large_family(qtbot: QtBot, services: AppServices, inspection_id: str, tmp_path) -> None:
    case = services.cases.add(inspection_id, reference="GEN24-11", agency="children_services", kind="tracked")
    source = tmp_path / "family.yaml"
    source.write_text(serialization.dumps(samples.family_of_25()), encoding="utf-8")
    services.genograms.import_file(case, "inspector", source)
    editor = _editor(qtbot, services, case, "cy")
    add = editor.findChild(QPushButton, "add_person")
    assert add is not None and add.text() == "Ychwanegu &person"
    assert editor.elements.count() == len(samples.family_of_25().elements())
    assert "Gwiriadau" in editor.warnings.text()
    editor.overlay.setChecked(False)
    assert all(not item.isVisible() for item in editor.scene.overlay_items)


def test_a_tracked_file_page_offers_the_editor(qtbot: QtBot, services: AppServices, inspection_id: str) -> None:
    from jicpa_desktop.ui.case_view import CasePage

    tracked = services.cases.add(inspection_id, reference="GEN24-12", agency="children_services", kind="tracked")
    sampled = services.cases.add(inspection_id, reference="GEN24-13", agency="children_services", kind="sampled")
    page = CasePage("en")
    qtbot.addWidget(page)
    page.show()
    page.show_case(services.cases.get(sampled), [], "not_started")
    assert not page.genogram_button.isVisible()
    page.show_case(services.cases.get(tracked), [], "not_started")
    assert page.genogram_button.isVisible() and page.genogram_button.text() == "Geno&gram and ecomap…"
    with qtbot.waitSignal(page.genogram_requested, timeout=5000):
        page.genogram_button.setFocus()
        qtbot.keyClick(page.genogram_button, Qt.Key.Key_Space)


def test_a_conflict_is_settled_from_the_editor(qtbot: QtBot, tmp_path, bundled_catalogue) -> None:  # type: ignore[no-untyped-def]
    from tests.background import drain_background_work
    from tests.handover.helpers import PASSPHRASE, laptop, lead_with_inspection

    lead, inspection, cases = lead_with_inspection(tmp_path, bundled_catalogue)
    case = cases["TST24-01"]
    mother = lead.genograms.add(case, "inspector", "person", {"role_label": "Mother", "birth_year": 1990})
    seed = tmp_path / "seed.jicpa"
    lead.handover.export_package(inspection, seed, PASSPHRASE, consolidated=True)
    ann = laptop(tmp_path, "Ann Health", bundled_catalogue)
    ann.handover.apply_import([seed], PASSPHRASE)
    ann.genograms.update(case, "inspector", mother, {"birth_year": 1991})
    lead.genograms.update(case, "inspector", mother, {"birth_year": 1989})
    package = tmp_path / "ann.jicpa"
    ann.handover.export_package(inspection, package, PASSPHRASE, case_ids=[case])
    drain_background_work()
    ann.close()
    lead.handover.apply_import([package], PASSPHRASE)
    assert len(lead.genograms.load(case).conflicts) == 1
    editor = _editor(qtbot, lead, case)
    assert editor.elements.item(0).text().startswith("⚠")
    editor.select(mother)
    conflict = lead.genograms.load(case).conflicts[0]
    keep = next(v for v in conflict.values if v.value == 1991)
    button = editor.findChild(QPushButton, f"keep_{keep.version_id}")
    assert button is not None and "Ann Health" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not lead.genograms.load(case).conflicts, timeout=10000)
    person = lead.genograms.load(case).genogram.person(mother)
    assert person is not None and person.birth_year == 1991
    drain_background_work()
    lead.close()


def test_select_by_click_in_the_drawing_or_by_keyboard_in_the_list(qtbot: QtBot, services: AppServices,
                                                                   inspection_id: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    case = services.cases.add(inspection_id, reference="GEN24-14", agency="children_services", kind="tracked")
    source = tmp_path / "family.yaml"
    source.write_text(serialization.dumps(samples.divorce_and_new_partner()), encoding="utf-8")
    services.genograms.import_file(case, "inspector", source)
    editor = _editor(qtbot, services, case)
    editor.scene.groups["P4"].setSelected(True)  # what a click on the partner's square does
    qtbot.waitUntil(lambda: editor.selected == "P4", timeout=5000)
    assert editor.elements.currentItem().text().startswith("Person: Mother's partner")
    role = editor.findChild(QLineEdit, "field_role_label")
    assert role is not None and role.text() == "Mother's partner"
    editor.elements.setFocus()
    qtbot.keyClick(editor.elements, Qt.Key.Key_Down)
    assert editor.selected == "P5" and editor.scene.groups["P5"].isSelected()


def test_every_choice_has_english_and_welsh_words() -> None:
    from jicpa_desktop.domain.genogram import model
    from jicpa_desktop.ui.genogram.words import CHOICE_WORDS, FIELD_WORDS

    for kind in model.ELEMENT_KINDS:
        for spec in model.field_specs(kind):
            assert spec.name in FIELD_WORDS, spec.name
            for choice in spec.metadata.get("choices", ()):
                assert choice in CHOICE_WORDS, (kind, spec.name, choice)
                assert CHOICE_WORDS[choice].cy and CHOICE_WORDS[choice].en

"""The genogram editor of a tracked file: the drawing, and beside it a panel to add, select, edit and undo.

Every change is saved as it is made through the one writer thread (WriteOp), like an answer; the panel
works from the keyboard alone (list, buttons with mnemonics, Delete, Ctrl+Z) and names every control.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.genogram import model
from jicpa_desktop.domain.genogram.notation import genogram_picture
from jicpa_desktop.domain.genogram.validation import describe
from jicpa_desktop.ui.error_presenter import present_in_place
from jicpa_desktop.ui.genogram.scene import GenogramScene
from jicpa_desktop.ui.genogram.words import CHOICE_WORDS, FIELD_WORDS, KIND_WORDS, say
from jicpa_desktop.ui.operations import Changes, QueryOp, WriteOp

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices
    from jicpa_desktop.services.genograms import GenogramView

UndoStep = Callable[[Any], object]  # run on the writer thread with the genograms service


class GenogramEditor(QWidget):
    loaded = Signal()
    saved = Signal()

    def __init__(self, services: AppServices, case_id: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("genogramEditor")
        self.services, self.case_id, self.lang = services, case_id, language
        self.source = "inspector"
        self.view_data: GenogramView | None = None
        self.selected: str | None = None
        self.undo_stack: list[UndoStep] = []
        self._building = False

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.scene = GenogramScene(self)
        self.graphics = QGraphicsView(self.scene)
        self.graphics.setObjectName("genogramDrawing")
        self.graphics.setAccessibleName(say("drawing_name", language))
        self.graphics.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list beside it is the keyboard's way in
        self.scene.selectionChanged.connect(self._scene_selected)
        splitter.addWidget(self.graphics)

        panel = QWidget()
        side = QVBoxLayout(panel)
        which_label = QLabel(say("which", language))
        self.which = QComboBox()
        self.which.setObjectName("genogramWhich")
        self.which.addItem(say("inspector", language), "inspector")
        self.which.addItem(say("agency", language), "agency")
        self.which.setAccessibleName(say("which", language).replace("&", ""))
        which_label.setBuddy(self.which)
        self.which.currentIndexChanged.connect(self._switch)
        side.addWidget(which_label)
        side.addWidget(self.which)
        list_label = QLabel(say("elements", language))
        self.elements = QListWidget()
        self.elements.setObjectName("genogramElements")
        self.elements.setAccessibleName(say("elements_name", language))
        self.elements.currentItemChanged.connect(self._list_selected)
        list_label.setBuddy(self.elements)
        side.addWidget(list_label)
        side.addWidget(self.elements, 1)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        actions = (("add_person", self.add_person), ("add_union", self.add_union), ("add_child", self.add_child),
                   ("add_household", self.add_household), ("add_link", self.add_link), ("remove", self.remove),
                   ("undo", self.undo))
        for i, (key, action) in enumerate(actions):
            button = QPushButton(say(key, language))
            button.setObjectName(key)
            button.setAccessibleName(say(key, language).replace("&", ""))
            button.clicked.connect(action)
            grid.addWidget(button, i // 2, i % 2)
            self.buttons[key] = button
        side.addLayout(grid)
        self.overlay = QCheckBox(say("overlay", language))
        self.overlay.setObjectName("genogramOverlay")
        self.overlay.setChecked(True)
        self.overlay.toggled.connect(self.scene.set_overlay_visible)
        side.addWidget(self.overlay)
        self.fields_box = QWidget()
        self.fields_form = QFormLayout(self.fields_box)
        self.fields_form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # scroll, never squeeze
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields_box)
        scroll.setAccessibleName(say("fields", language))
        side.addWidget(scroll, 2)
        self.warnings = QLabel()
        self.warnings.setObjectName("genogramWarnings")
        self.warnings.setWordWrap(True)
        side.addWidget(self.warnings)
        self.suggested = QLabel()
        self.suggested.setObjectName("genogramSuggestions")
        self.suggested.setWordWrap(True)
        side.addWidget(self.suggested)
        self.problem = QLabel()
        self.problem.setObjectName("genogramProblem")
        self.problem.setWordWrap(True)
        side.addWidget(self.problem)
        panel.setMaximumWidth(480)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 420])
        self._fitted = False
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.elements, activated=self.remove)
        self.reload()

    # -- reading -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        case_id, source, genograms = self.case_id, self.source, self.services.genograms
        QueryOp(parent=self, op=lambda _work: genograms.load(case_id, source), success=self._show).run_in_background()

    def _show(self, view: GenogramView) -> None:
        self.view_data = view
        picture = genogram_picture(view.genogram, self.lang, overlay=True, legend=True)
        self.scene.show_picture(picture, self.overlay.isChecked())
        if not self._fitted:  # the whole family at first; the user scrolls from there, and it stays put
            self._fitted = True
            self.graphics.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._building = True
        self.elements.clear()
        people = {p.id: p for p in view.genogram.persons}
        conflicted = {c.element_id for c in view.conflicts}
        for kind, element in view.genogram.elements():
            mark = "⚠ " if element.id in conflicted else ""
            item = QListWidgetItem(f"{mark}{KIND_WORDS[kind].get(self.lang)}: "
                                   f"{self._describe(kind, element, people)}")
            item.setData(Qt.ItemDataRole.UserRole, element.id)
            self.elements.addItem(item)
        self._building = False
        lines = [w.message.get(self.lang) for w in view.warnings]
        if view.conflicts:
            lines.append(say("conflicts", self.lang).replace("%1", str(len(view.conflicts))))
        self.warnings.setText(say("warnings", self.lang) + "\n" + ("\n".join(f"• {x}" for x in lines) if lines
                                                                  else say("no_warnings", self.lang)))
        self.select(self.selected)
        case_id, genograms = self.case_id, self.services.genograms
        QueryOp(parent=self, op=lambda _work: genograms.suggestions(case_id),
                success=self._show_suggestions).run_in_background()
        self.loaded.emit()

    def _show_suggestions(self, suggestions: list[Any]) -> None:
        """Form 6 answers suggested by the two genograms (the inspector confirms them in the form)."""
        if not suggestions:
            self.suggested.setText("")
            return
        values = {"yes": say("yes", self.lang), "partly": say("partly", self.lang), "no": say("no", self.lang)}
        lines = [say("suggested", self.lang)]
        for s in suggestions:
            why = "; ".join(r.get(self.lang) for r in s.reasons)
            lines.append(f"• {s.question_id}: {values[s.value]}" + (f" — {why}" if why else ""))
        self.suggested.setText("\n".join(lines))

    @staticmethod
    def _describe(kind: str, element: model.Element, people: dict[str, model.Person]) -> str:
        if isinstance(element, model.Person):
            years = f" ({element.birth_year})" if element.birth_year else ""
            return f"{element.role_label or element.id}{years}"
        if isinstance(element, model.Union):
            return f"{describe(people.get(element.partner_a), element.partner_a)} + " \
                   f"{describe(people.get(element.partner_b), element.partner_b)}"
        if isinstance(element, model.Household | model.EcoNode):
            return element.label or element.id
        if isinstance(element, model.EmotionalLink):
            return f"{describe(people.get(element.from_person), element.from_person)} → " \
                   f"{describe(people.get(element.to_person), element.to_person)}"
        return element.id

    # -- selecting -----------------------------------------------------------------------------------------

    def select(self, element_id: str | None) -> None:
        self.selected = element_id
        for row in range(self.elements.count()):
            item = self.elements.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == element_id:
                if self.elements.currentRow() != row:
                    self.elements.setCurrentRow(row)
                break
        self.scene.blockSignals(True)
        self.scene.select_element(element_id)
        self.scene.blockSignals(False)
        self._build_fields()

    def _list_selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._building or current is None:
            return
        element_id = str(current.data(Qt.ItemDataRole.UserRole))
        if element_id != self.selected:
            self.select(element_id)

    def _scene_selected(self) -> None:
        element_id = self.scene.selected_element()
        if element_id and element_id != self.selected and self._found(element_id) is not None:
            self.select(element_id)

    def _found(self, element_id: str | None) -> tuple[str, model.Element] | None:
        if self.view_data is None or element_id is None:
            return None
        return self.view_data.genogram.element(element_id)

    def _switch(self) -> None:
        self.source = str(self.which.currentData())
        self.selected = None
        self.undo_stack.clear()
        self.reload()

    # -- the selected element's fields ----------------------------------------------------------------------

    def _build_fields(self) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        found = self._found(self.selected)
        if found is None:
            self.fields_form.addRow(QLabel(say("nothing_selected", self.lang)))
            return
        kind, element = found
        values = model.element_fields(element)
        for conflict in (self.view_data.conflicts if self.view_data else ()):
            if conflict.element_id == element.id:
                self._conflict_row(conflict)
        for spec in model.field_specs(kind):
            editor = self._editor(element.id, spec, values[spec.name])
            editor.setObjectName(f"field_{spec.name}")
            words = FIELD_WORDS.get(spec.name)
            label = words.get(self.lang) if words else spec.name
            editor.setAccessibleName(label)
            self.fields_form.addRow(label, editor)

    def _conflict_row(self, conflict: Any) -> None:
        """A field two laptops changed differently: one button per value; taking one settles it (saved)."""
        words = FIELD_WORDS.get(conflict.field)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        case_id, source = self.case_id, self.source
        for value in conflict.values:
            shown = value.value if not isinstance(value.value, list) else ", ".join(map(str, value.value))
            button = QPushButton(say("keep", self.lang).replace("%1", str(shown)).replace("%2", value.author))
            button.setObjectName(f"keep_{value.version_id}")
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, c=conflict.id, v=value.version_id: self._take(case_id, source, c, v))
            line.addWidget(button)
        label = say("differs", self.lang).replace("%1", words.get(self.lang) if words else conflict.field)
        self.fields_form.addRow(label, row)

    def _take(self, case_id: str, source: str, conflict_id: str, version_id: str) -> None:
        self._write(lambda g: g.resolve_conflict(case_id, source, conflict_id, version_id), None)

    def _editor(self, element_id: str, spec: dataclasses.Field[Any], value: Any) -> QWidget:
        meta, name = spec.metadata, spec.name

        def commit(new: Any) -> None:
            if new != value:
                self.change(element_id, {name: new}, {name: value})

        if isinstance(spec.default, bool):
            box = QCheckBox()
            box.setChecked(bool(value))
            box.toggled.connect(commit)
            return box
        if "choices" in meta or "ref" in meta:
            combo = QComboBox()
            options = list(meta["choices"]) if "choices" in meta else ["", *self._ids_of(meta["ref"])]
            for option in options:
                combo.addItem(self._option_text(meta, option), option)
            combo.setCurrentIndex(max(0, options.index(value)) if value in options else 0)
            combo.activated.connect(lambda i: commit(combo.itemData(i)))
            return combo
        if "flags" in meta or "refs" in meta:
            box_widget = QWidget()
            column = QVBoxLayout(box_widget)
            column.setContentsMargins(0, 0, 0, 0)
            options = list(meta["flags"]) if "flags" in meta else self._ids_of(meta["refs"])
            boxes: list[tuple[str, QCheckBox]] = []
            for option in options:
                tick = QCheckBox(self._option_text(meta, option))
                tick.setObjectName(f"field_{name}_{option}")
                tick.setChecked(option in value)
                column.addWidget(tick)
                boxes.append((option, tick))

            def ticked(_checked: bool) -> None:
                commit([o for o, b in boxes if b.isChecked()])
            for _, tick in boxes:
                tick.toggled.connect(ticked)
            return box_widget
        line = QLineEdit("" if value is None else str(value))
        if "year" in meta:
            line.setInputMask("0000;_")
            line.setText("" if value is None else str(value))

            def year() -> None:
                digits = line.text().strip().strip("_")
                commit(int(digits) if digits.isdigit() else None)
            line.editingFinished.connect(year)
        else:
            line.editingFinished.connect(lambda: commit(line.text()))
        return line

    def _ids_of(self, kind: str) -> list[str]:
        if self.view_data is None:
            return []
        return [e.id for k, e in self.view_data.genogram.elements() if k == kind]

    def _option_text(self, meta: Any, option: str) -> str:
        if ("ref" in meta or "refs" in meta) and self.view_data is not None:
            if not option:
                return say("none", self.lang)
            found = self.view_data.genogram.element(option)
            people = {p.id: p for p in self.view_data.genogram.persons}
            return self._describe(found[0], found[1], people) if found else option
        words = CHOICE_WORDS.get(option)
        return words.get(self.lang) if words else option.replace("_", " ")

    # -- writing -----------------------------------------------------------------------------------------------

    def _write(self, op: Callable[[Any], object], undo: UndoStep | None, select: Callable[[object], str | None]
               | None = None) -> None:
        genograms = self.services.genograms

        def done(result: object) -> None:
            if undo is not None:
                self.undo_stack.append(undo)
            self.problem.setText(say("saved", self.lang))
            if select is not None:
                self.selected = select(result)
            self.saved.emit()
            self.reload()

        WriteOp(parent=self, op=lambda _work: op(genograms), changes=Changes(), success=done).failure(
            lambda error, trace: present_in_place(self.problem, self, error, trace)).run_in_background()

    def change(self, element_id: str, new: dict[str, Any], old: dict[str, Any]) -> None:
        case_id, source = self.case_id, self.source
        self._write(lambda g: g.update(case_id, source, element_id, new),
                    lambda g: g.update(case_id, source, element_id, old))

    def _add(self, make: Callable[[Any], list[str]]) -> None:
        case_id, source = self.case_id, self.source
        made: list[str] = []

        def op(g: Any) -> list[str]:
            made.extend(make(g))
            return made

        def undo(g: Any) -> None:
            for element_id in made:
                if g.load(case_id, source).genogram.element(element_id) is not None:
                    g.remove(case_id, source, element_id)

        self._write(op, undo, select=lambda ids: ids[0] if isinstance(ids, list) and ids else None)

    def add_person(self) -> None:
        case_id, source, label = self.case_id, self.source, say("new_person", self.lang)
        self._add(lambda g: [g.add(case_id, source, "person", {"role_label": label})])

    def add_union(self) -> None:
        found = self._found(self.selected)
        if found is None or found[0] != "person":
            self.problem.setText(say("need_two", self.lang))
            return
        person = found[1]
        assert isinstance(person, model.Person)
        case_id, source = self.case_id, self.source
        other_sex = {"male": "female", "female": "male"}.get(person.sex, "unknown")
        label = f"{person.role_label or person.id}: {say('partner', self.lang)}"

        def make(g: Any) -> list[str]:
            partner = g.add(case_id, source, "person", {"role_label": label, "sex": other_sex})
            union = g.add(case_id, source, "union", {"partner_a": person.id, "partner_b": partner})
            return [partner, union]
        self._add(make)

    def add_child(self) -> None:
        found = self._found(self.selected)
        if found is None or found[0] != "union":
            self.problem.setText(say("need_union", self.lang))
            return
        union = found[1]
        assert isinstance(union, model.Union)
        case_id, source, label = self.case_id, self.source, say("new_child", self.lang)

        def make(g: Any) -> list[str]:
            child = g.add(case_id, source, "person", {"role_label": label})
            links = [g.add(case_id, source, "parent_link", {"parent": p, "child": child, "union_id": union.id})
                     for p in (union.partner_a, union.partner_b)]
            return [child, *links]
        self._add(make)

    def add_household(self) -> None:
        found = self._found(self.selected)
        members = [found[1].id] if found is not None and found[0] == "person" else []
        case_id, source, label = self.case_id, self.source, say("new_household", self.lang)
        self._add(lambda g: [g.add(case_id, source, "household", {"label": label, "members": members})])

    def add_link(self) -> None:
        found = self._found(self.selected)
        if found is None or found[0] != "person" or self.view_data is None:
            self.problem.setText(say("need_two", self.lang))
            return
        child = self.view_data.genogram.index_child
        others = [p.id for p in self.view_data.genogram.persons if p.id != found[1].id]
        target = child.id if child is not None and child.id != found[1].id else (others[0] if others else "")
        if not target:
            self.problem.setText(say("need_two", self.lang))
            return
        case_id, source, start = self.case_id, self.source, found[1].id
        self._add(lambda g: [g.add(case_id, source, "emotional_link",
                                   {"from_person": start, "to_person": target, "quality": "close"})])

    def remove(self) -> None:
        if self._found(self.selected) is None:
            return
        case_id, source, element_id = self.case_id, self.source, self.selected
        removed: list[str] = []

        def op(g: Any) -> list[str]:
            removed.extend(g.remove(case_id, source, element_id))
            return removed

        self._write(op, lambda g: g.restore(case_id, source, removed), select=lambda _ids: None)

    def undo(self) -> None:
        if not self.undo_stack:
            return
        step = self.undo_stack.pop()
        genograms = self.services.genograms

        def done(_result: object) -> None:
            self.saved.emit()
            self.reload()

        WriteOp(parent=self, op=lambda _work: step(genograms), changes=Changes(), success=done).failure(
            lambda error, trace: present_in_place(self.problem, self, error, trace)).run_in_background()


class GenogramDialog(QDialog):
    """The editor in its own window, opened from a tracked file's page."""

    def __init__(self, services: AppServices, case_id: str, reference: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{say('title', language)} — {reference}")
        self.editor = GenogramEditor(services, case_id, language, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        self.resize(1100, 700)

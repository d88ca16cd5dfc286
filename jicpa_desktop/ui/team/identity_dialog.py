"""Who am I: the first time this laptop opens an inspection, the user chooses themselves from its team
(or, when they are not in it yet, adds themselves); the choice signs every change they make."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.agencies import Inspectorate
from jicpa_desktop.services.dto import TeamMemberInfo
from jicpa_desktop.ui.labels import inspectorate_label, role_label

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class IdentityChoice:
    """A member of the team, or (inspectorate and role set) a new member to add first."""

    name: str
    inspectorate: str | None = None
    role: str | None = None

    @property
    def is_new(self) -> bool:
        return self.inspectorate is not None


class IdentityDialog(QDialog):
    def __init__(self, inspection_name: str, members: Sequence[TeamMemberInfo], language: str,
                 current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityDialog")
        self.setWindowTitle(self.tr("Who are you?"))
        self.setMinimumWidth(640)  # the longest inspectorate, in Welsh, on one line
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose yourself from the team of %1. Everything you change in this inspection on this laptop — "
            "answers, grades, packages and exports — is recorded under your name and inspectorate."
        ).replace("%1", inspection_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.members = QListWidget()
        self.members.setObjectName("identityMembers")
        self.members.setAccessibleName(self.tr("Team members"))
        for member in members:
            if member.retired:
                continue
            item = QListWidgetItem(f"{member.name} — {inspectorate_label(member.inspectorate, language)}, "
                                   f"{role_label(member.role)}")
            item.setData(NAME_ROLE, member.name)
            self.members.addItem(item)
            if member.name == current:
                self.members.setCurrentItem(item)
        if self.members.currentItem() is None and self.members.count():
            self.members.setCurrentRow(0)
        self.members.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.members)

        self.add_box = QGroupBox(self.tr("I am not in the team yet: add me"))
        self.add_box.setObjectName("identityAddBox")
        self.add_box.setCheckable(True)
        self.add_box.setChecked(self.members.count() == 0)
        form = QFormLayout(self.add_box)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("identityName")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.inspectorate_combo = QComboBox()
        self.inspectorate_combo.setObjectName("identityInspectorate")
        for inspectorate in Inspectorate:
            self.inspectorate_combo.addItem(inspectorate.label.get(language), inspectorate.value)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("identityRole")
        for role in ("inspector", "lead"):
            self.role_combo.addItem(role_label(role), role)
        form.addRow(self.tr("Your name"), self.name_edit)
        form.addRow(self.tr("Inspectorate"), self.inspectorate_combo)
        form.addRow(self.tr("Role"), self.role_combo)
        layout.addWidget(self.add_box)

        self.problem = QLabel()
        self.problem.setObjectName("identityProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("That's me"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, name: str) -> None:
        """Select *name* in the team list (for keyboard users and tests: the same as clicking it)."""
        self.add_box.setChecked(False)
        for row in range(self.members.count()):
            if self.members.item(row).data(NAME_ROLE) == name:
                self.members.setCurrentRow(row)

    def result_choice(self) -> IdentityChoice | None:
        if self.add_box.isChecked():
            name = " ".join(self.name_edit.text().split())
            if not name:
                return None
            return IdentityChoice(name, self.inspectorate_combo.currentData(), self.role_combo.currentData())
        item = self.members.currentItem()
        return None if item is None else IdentityChoice(str(item.data(NAME_ROLE)))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def accept(self) -> None:
        if self.result_choice() is None:
            self.show_problem(self.tr("Choose yourself from the list, or give your name to be added to the team."))
            return
        super().accept()

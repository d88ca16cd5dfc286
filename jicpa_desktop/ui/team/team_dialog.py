"""The team after set-up: add, edit, retire and bring back members, and the participating inspectorates
(which limit the agencies files can have). Reads and writes go through ui/operations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.agencies import Inspectorate
from jicpa_desktop.services.dto import TeamMemberInfo
from jicpa_desktop.ui.error_presenter import present_in_place
from jicpa_desktop.ui.labels import escape_mnemonics, inspectorate_label, role_label
from jicpa_desktop.ui.operations import ChangeKind, Changes, QueryOp, Work, WriteOp, task_manager

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, INSPECTORATE, ROLE, FILES, STATUS = range(5)


class MemberDialog(QDialog):
    """Name, inspectorate and role of one member, new or being corrected."""

    def __init__(self, language: str, member: TeamMemberInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self.setWindowTitle(self.tr("Add a team member") if member is None else self.tr("Edit a team member"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(member.name if member else "")
        self.name_edit.setObjectName("memberName")
        self.inspectorate_combo = QComboBox()
        self.inspectorate_combo.setObjectName("memberInspectorate")
        for inspectorate in Inspectorate:
            self.inspectorate_combo.addItem(inspectorate.label.get(language), inspectorate.value)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("memberRole")
        for role in ("inspector", "lead"):
            self.role_combo.addItem(role_label(role), role)
        if member is not None:
            self.inspectorate_combo.setCurrentIndex(self.inspectorate_combo.findData(member.inspectorate))
            self.role_combo.setCurrentIndex(self.role_combo.findData(member.role))
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Inspectorate"), self.inspectorate_combo)
        form.addRow(self.tr("Role"), self.role_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.name_edit.text(), str(self.inspectorate_combo.currentData()), str(self.role_combo.currentData())


class TeamDialog(QDialog):
    def __init__(self, services: AppServices, inspection_id: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team"))
        self.resize(900, 560)
        self._services = services
        self._inspection_id = inspection_id
        self._language = language
        self._members: list[TeamMemberInfo] = []
        layout = QVBoxLayout(self)

        taking_part = QGroupBox(self.tr("Participating inspectorates (they limit the agencies files can have)"))
        grid = QGridLayout(taking_part)
        self.inspectorate_boxes: dict[str, QCheckBox] = {}
        for index, inspectorate in enumerate(Inspectorate):
            # "Fire & Rescue": a checkbox's text is scanned for mnemonics, so the '&' is escaped.
            box = QCheckBox(escape_mnemonics(inspectorate_label(inspectorate.value, language)))
            box.setObjectName(f"takesPart_{inspectorate.value}")
            self.inspectorate_boxes[inspectorate.value] = box
            grid.addWidget(box, index // 2, index % 2)
        self.save_inspectorates = QPushButton(self.tr("Save inspectorates"))
        self.save_inspectorates.setObjectName("saveInspectorates")
        self.save_inspectorates.clicked.connect(self._save_inspectorates)
        grid.addWidget(self.save_inspectorates, (len(Inspectorate) + 1) // 2, 1, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(taking_part)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("teamTable")
        self.table.setAccessibleName(self.tr("Team members"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Inspectorate"), self.tr("Role"), self.tr("Files"), self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add member…"))
        self.add_button.setObjectName("addMember")
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editMember")
        self.edit_button.clicked.connect(self.edit_member)
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.retire_button.setObjectName("retireMember")
        self.retire_button.clicked.connect(self.toggle_retired)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for button in (self.add_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.problem = QLabel()
        self.problem.setObjectName("teamProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.member_dialog: MemberDialog | None = None
        task_manager().changed.connect(self._on_changes)
        self.reload()

    # -- reading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        services, inspection_id = self._services, self._inspection_id

        def read(_work: Work) -> tuple[list[TeamMemberInfo], dict[str, int], tuple[str, ...]]:
            return (services.team.members(inspection_id), services.team.file_counts(inspection_id),
                    services.inspections.get(inspection_id).inspectorates)

        QueryOp(parent=self, op=read, success=self._show).run_in_background()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches_inspection(self._inspection_id) and changes.touches(
                ChangeKind.TEAM, ChangeKind.CASES, ChangeKind.INSPECTIONS):
            self.reload()

    def _show(self, data: tuple[Sequence[TeamMemberInfo], dict[str, int], tuple[str, ...]]) -> None:
        members, counts, taking_part = data
        selected = self.selected_member()
        self._members = list(members)
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            cells = (member.name, inspectorate_label(member.inspectorate, self._language), role_label(member.role),
                     str(counts.get(member.id, 0)), self.tr("Retired") if member.retired else self.tr("Active"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, member.id)
                self.table.setItem(row, column, item)
            if selected is not None and member.id == selected.id:
                self.table.selectRow(row)
        for code, box in self.inspectorate_boxes.items():
            box.setChecked(code in taking_part)
        self._update_buttons()

    def selected_member(self) -> TeamMemberInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        row = min(rows)
        return self._members[row] if row < len(self._members) else None

    def select_member(self, name: str) -> None:
        for row, member in enumerate(self._members):
            if member.name == name:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        member = self.selected_member()
        self.edit_button.setEnabled(member is not None)
        self.retire_button.setEnabled(member is not None)
        self.retire_button.setText(self.tr("&Bring back") if member is not None and member.retired
                                   else self.tr("&Retire"))

    # -- writing ---------------------------------------------------------------------------------

    def _write(self, op: Any) -> None:
        self.problem.hide()
        WriteOp(parent=self, op=op, changes=Changes.of(self._inspection_id, ChangeKind.TEAM, ChangeKind.INSPECTIONS),
                success=lambda _result: None).failure(
            lambda error, trace: present_in_place(self.problem, self, error, trace)).run_in_background()

    def add_member(self) -> MemberDialog:
        dialog = MemberDialog(self._language, None, self)
        services, inspection_id = self._services, self._inspection_id

        def add() -> None:
            name, inspectorate, role = dialog.values()
            self._write(lambda _work: services.team.add(inspection_id, name, inspectorate, role))

        dialog.accepted.connect(add)
        dialog.finished.connect(dialog.deleteLater)
        self.member_dialog = dialog
        dialog.open()
        return dialog

    def edit_member(self) -> MemberDialog | None:
        member = self.selected_member()
        if member is None:
            return None
        dialog = MemberDialog(self._language, member, self)
        services, inspection_id = self._services, self._inspection_id

        def edit() -> None:
            name, inspectorate, role = dialog.values()
            self._write(lambda _work: services.team.edit(inspection_id, member.id, name=name,
                                                          inspectorate=inspectorate, role=role))

        dialog.accepted.connect(edit)
        dialog.finished.connect(dialog.deleteLater)
        self.member_dialog = dialog
        dialog.open()
        return dialog

    def toggle_retired(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        services, inspection_id = self._services, self._inspection_id
        self._write(lambda _work: services.team.retire(inspection_id, member.id, retired=not member.retired))

    def _save_inspectorates(self) -> None:
        chosen = [code for code, box in self.inspectorate_boxes.items() if box.isChecked()]
        services, inspection_id = self._services, self._inspection_id
        self._write(lambda _work: services.team.set_inspectorates(inspection_id, chosen))

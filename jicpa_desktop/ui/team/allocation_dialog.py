"""The lead's allocation screen: choose files (several at once) and the team member who audits them; who holds
each conversation of a tracked file; correct a file's kind or age band; remove a file added by mistake (asked
first when it has answers)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.case_reference import AGE_BANDS
from jicpa_desktop.services.allocation import ConversationAllocation
from jicpa_desktop.services.dto import CaseInfo, TeamMemberInfo
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.error_presenter import present_in_place
from jicpa_desktop.ui.labels import age_band_label, agency_label, inspectorate_label, kind_label, unallocated_label
from jicpa_desktop.ui.operations import ChangeKind, Changes, QueryOp, Work, WriteOp, task_manager

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices

ID_ROLE = Qt.ItemDataRole.UserRole + 1
REFERENCE, AGENCY, KIND, AGE_BAND, INSPECTOR = range(5)


class CaseDetailsDialog(QDialog):
    """A file's kind and age band (its reference and agency are how every laptop knows it: not edited)."""

    def __init__(self, case: CaseInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetailsDialog")
        self.setWindowTitle(self.tr("File details"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("%1: the reference and agency cannot change; remove the file and add it again if "
                              "they are wrong.").replace("%1", case.reference))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("detailsKind")
        for kind in ("sampled", "tracked"):
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(case.kind))
        self.band_combo = QComboBox()
        self.band_combo.setObjectName("detailsAgeBand")
        for band in ("", *AGE_BANDS):
            self.band_combo.addItem(age_band_label(band), band)
        self.band_combo.setCurrentIndex(max(self.band_combo.findData(case.age_band), 0))
        form.addRow(self.tr("Sampled or tracked"), self.kind_combo)
        form.addRow(self.tr("Age band"), self.band_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return str(self.kind_combo.currentData()), str(self.band_combo.currentData())


class ConversationsDialog(QDialog):
    """Who holds each conversation of one tracked file (the child, family, key worker, manager, other
    professionals): one row per conversation, a team member or nobody for each."""

    def __init__(self, case: CaseInfo, held: Sequence[ConversationAllocation], members: Sequence[TeamMemberInfo],
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationsDialog")
        self.setWindowTitle(self.tr("Conversations of %1").replace("%1", case.reference))
        self.case_id = case.id
        self._held = list(held)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Choose who holds each conversation about %1. The allocation reaches each laptop in "
                              "your consolidated package.").replace("%1", case.reference))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(self._held), 2)
        self.table.setObjectName("conversationsTable")
        self.table.setAccessibleName(self.tr("Conversations"))
        self.table.setHorizontalHeaderLabels([self.tr("Conversation with"), self.tr("Inspector")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.combos: dict[str, QComboBox] = {}
        for row, conversation in enumerate(self._held):
            self.table.setItem(row, 0, QTableWidgetItem(conversation.label.get(language)))
            combo = QComboBox()
            combo.setObjectName(f"conversation_{conversation.person}")
            combo.setAccessibleName(conversation.label.get(language))
            combo.addItem(self.tr("Nobody (unallocated)"), "")
            for member in members:
                combo.addItem(f"{member.name} ({inspectorate_label(member.inspectorate, language)})", member.name)
            if conversation.inspector is not None and combo.findData(conversation.inspector) < 0:
                combo.addItem(conversation.inspector, conversation.inspector)  # a retired member still holds it
            combo.setCurrentIndex(max(combo.findData(conversation.inspector or ""), 0))
            self.table.setCellWidget(row, 1, combo)
            self.combos[conversation.person] = combo
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 340)

    def choose(self, person: str, name: str | None) -> None:
        combo = self.combos[person]
        combo.setCurrentIndex(combo.findData(name or ""))

    def changes(self) -> dict[str, list[str]]:
        """The conversations whose holder changed, by the member now chosen ("" for nobody)."""
        out: dict[str, list[str]] = {}
        for conversation in self._held:
            chosen = str(self.combos[conversation.person].currentData() or "")
            if chosen != (conversation.inspector or ""):
                out.setdefault(chosen, []).append(conversation.person)
        return out


class AllocationDialog(QDialog):
    def __init__(self, services: AppServices, inspection_id: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allocationDialog")
        self.setWindowTitle(self.tr("Allocate files"))
        self.resize(820, 560)
        self._services = services
        self._inspection_id = inspection_id
        self._language = language
        self._cases: list[CaseInfo] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Select files (Ctrl or Shift for several), choose who audits them, and allocate. "
                               "The allocation reaches each laptop in your consolidated package."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("allocationTable")
        self.table.setAccessibleName(self.tr("Case files"))
        self.table.setHorizontalHeaderLabels([self.tr("Reference"), self.tr("Agency"), self.tr("Kind"),
                                              self.tr("Age band"), self.tr("Inspector")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Allocate to")))
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("allocateTo")
        self.member_combo.setAccessibleName(self.tr("Allocate to"))
        row.addWidget(self.member_combo, 1)
        self.allocate_button = QPushButton(self.tr("&Allocate selected"))
        self.allocate_button.setObjectName("allocateButton")
        self.allocate_button.clicked.connect(self.allocate_selected)
        row.addWidget(self.allocate_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.conversations_button = QPushButton(self.tr("&Conversations…"))
        self.conversations_button.setObjectName("allocateConversations")
        self.conversations_button.setToolTip(self.tr("Who holds each conversation about the selected tracked file"))
        self.conversations_button.clicked.connect(self.edit_conversations)
        row.addWidget(self.conversations_button)
        self.details_button = QPushButton(self.tr("Edit &details…"))
        self.details_button.setObjectName("editDetails")
        self.details_button.clicked.connect(self.edit_details)
        self.remove_button = QPushButton(self.tr("&Remove file…"))
        self.remove_button.setObjectName("removeFile")
        self.remove_button.clicked.connect(self.remove_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row.addWidget(self.details_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.problem = QLabel()
        self.problem.setObjectName("allocationProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.details_dialog: CaseDetailsDialog | None = None
        self.conversations_dialog: ConversationsDialog | None = None
        task_manager().changed.connect(self._on_changes)
        self.reload()

    # -- reading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        services, inspection_id = self._services, self._inspection_id

        def read(_work: Work) -> tuple[list[CaseInfo], list[TeamMemberInfo]]:
            return services.cases.list(inspection_id), services.team.members(inspection_id, include_retired=False)

        QueryOp(parent=self, op=read, success=self._show).run_in_background()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches_inspection(self._inspection_id) and changes.touches(ChangeKind.CASES, ChangeKind.TEAM):
            self.reload()

    def _show(self, data: tuple[Sequence[CaseInfo], Sequence[TeamMemberInfo]]) -> None:
        cases, members = data
        selected = set(self.selected_case_ids())
        self._cases = list(cases)
        self.table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            cells = (case.reference, agency_label(case.agency, self._language), kind_label(case.kind),
                     age_band_label(case.age_band), case.inspector or unallocated_label())
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, case.id)
                self.table.setItem(row, column, item)
        selection = self.table.selectionModel()
        for row, case in enumerate(cases):
            if case.id in selected:
                selection.select(self.table.model().index(row, 0),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        current = self.member_combo.currentData()
        self.member_combo.clear()
        for member in members:
            self.member_combo.addItem(f"{member.name} ({inspectorate_label(member.inspectorate, self._language)})",
                                      member.name)
        self.member_combo.addItem(self.tr("Nobody (unallocated)"), "")
        index = self.member_combo.findData(current) if current is not None else 0
        self.member_combo.setCurrentIndex(max(index, 0))
        self._update_buttons()

    def selected_case_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._cases[r].id for r in rows if r < len(self._cases)]

    def select_references(self, references: Sequence[str]) -> None:
        """Select the files with these references (what Ctrl+click on each would do)."""
        self.table.clearSelection()
        selection = self.table.selectionModel()
        for row, case in enumerate(self._cases):
            if case.reference in references:
                selection.select(self.table.model().index(row, 0),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def choose_member(self, name: str) -> None:
        self.member_combo.setCurrentIndex(self.member_combo.findData(name))

    def _update_buttons(self) -> None:
        count = len(self.selected_case_ids())
        case = self._selected_case()
        self.conversations_button.setEnabled(count == 1 and case is not None and case.kind == "tracked")
        self.allocate_button.setEnabled(count > 0)
        self.details_button.setEnabled(count == 1)
        self.remove_button.setEnabled(count == 1)

    # -- writing ---------------------------------------------------------------------------------

    def _write(self, op: Any, case_ids: Sequence[str], success: Any = None) -> None:
        self.problem.setText("")
        WriteOp(parent=self, op=op, changes=Changes.of(self._inspection_id, ChangeKind.CASES, case_ids=case_ids),
                success=success or (lambda _result: None)).failure(
            lambda error, trace: present_in_place(self.problem, self, error, trace)).run_in_background()

    def allocate_selected(self) -> None:
        case_ids = self.selected_case_ids()
        if not case_ids:
            return
        name = self.member_combo.currentData() or None
        allocation = self._services.allocation
        self._write(lambda _work: allocation.allocate(case_ids, name), case_ids, self._allocated)

    def _allocated(self, result: Any) -> None:
        self.problem.setText(self.tr("Allocated: %1 file(s) changed, %2 already so.")
                             .replace("%1", str(result.changed)).replace("%2", str(result.unchanged)))

    def _selected_case(self) -> CaseInfo | None:
        ids = self.selected_case_ids()
        return next((c for c in self._cases if ids and c.id == ids[0]), None)

    def edit_details(self) -> CaseDetailsDialog | None:
        case = self._selected_case()
        if case is None:
            return None
        dialog = CaseDetailsDialog(case, self)
        allocation = self._services.allocation

        def save() -> None:
            kind, band = dialog.values()
            self._write(lambda _work: allocation.edit_case(case.id, kind=kind, age_band=band), [case.id])

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        self.details_dialog = dialog
        dialog.open()
        return dialog

    def edit_conversations(self) -> None:
        """Read who holds the selected tracked file's conversations, then open the dialog to change them."""
        case = self._selected_case()
        if case is None or case.kind != "tracked":
            return
        services, inspection_id = self._services, self._inspection_id

        def read(_work: Work) -> tuple[list[ConversationAllocation], list[TeamMemberInfo]]:
            return (services.allocation.conversations(case.id),
                    services.team.members(inspection_id, include_retired=False))

        QueryOp(parent=self, op=read, success=lambda data: self._open_conversations(case, *data)) \
            .run_in_background()

    def _open_conversations(self, case: CaseInfo, held: Sequence[ConversationAllocation],
                            members: Sequence[TeamMemberInfo]) -> None:
        dialog = ConversationsDialog(case, held, members, self._language, self)
        allocation = self._services.allocation

        def save() -> None:
            changes = dialog.changes()
            if not changes:
                return

            def write(_work: Work) -> int:
                return sum(allocation.allocate_conversations(case.id, people, name or None).changed
                           for name, people in changes.items())

            self._write(write, [case.id], self._conversations_allocated)

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        self.conversations_dialog = dialog
        dialog.open()

    def _conversations_allocated(self, changed: Any) -> None:
        self.problem.setText(self.tr("Conversations allocated: %1 changed.").replace("%1", str(changed)))

    def remove_selected(self) -> None:
        case = self._selected_case()
        if case is None:
            return
        allocation = self._services.allocation
        QueryOp(parent=self, op=lambda _work: allocation.removal_check(case.id),
                success=lambda check: self._confirm_removal(case, check)).run_in_background()

    def _confirm_removal(self, case: CaseInfo, check: Any) -> None:
        if check.answers:
            question = self.tr("%1 has %2 answer(s) in %3 form(s). Remove the file and its answers? Only do this "
                               "if it was added by mistake; its details stay in the audit trail.")
        else:
            question = self.tr("Remove %1? Its details stay in the audit trail.")
        question = question.replace("%1", f"{case.reference} ({agency_label(case.agency, self._language)})") \
            .replace("%2", str(check.answers)).replace("%3", str(check.responses))
        if not messages.ask_yes_no(self, self.tr("Remove a file"), question):
            return
        allocation, confirm = self._services.allocation, bool(check.answers)
        self._write(lambda _work: allocation.remove_case(case.id, confirm=confirm), [case.id])

"""Moderation: every graded form with the inspector's and the lead's grades, and agreement by inspector and form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.grades import Grade
from jicpa_desktop.services.handover import Handover
from jicpa_desktop.services.handover_types import AgreementRow, ModerationView
from jicpa_desktop.ui.error_presenter import present_in_place
from jicpa_desktop.ui.i18n import current_language
from jicpa_desktop.ui.labels import agency_label, grade_label
from jicpa_desktop.ui.operations import ChangeKind, Changes, QueryOp, WriteOp, task_manager


class ModerationDialog(QDialog):
    def __init__(self, handover: Handover, inspection_id: str, parent: QWidget | None = None, *,
                 form_titles: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._handover = handover
        self._form_titles = form_titles or {}
        self._language = current_language()
        self._inspection_id = inspection_id
        self.rows: list[ModerationView] = []
        self.setObjectName("moderationDialog")
        self.setWindowTitle(self.tr("Moderation"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        layout.addWidget(tabs)
        forms_tab = QWidget()
        forms_layout = QVBoxLayout(forms_tab)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("moderationTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Agency"),
                self.tr("Inspector"),
                self.tr("Form"),
                self.tr("Suggested"),
                self.tr("Inspector's grade"),
                self.tr("Moderated grade"),
                self.tr("Reason"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._update)
        forms_layout.addWidget(self.table)
        form = QFormLayout()
        self.grade = QComboBox()
        self.grade.setObjectName("moderatedGrade")
        # No grade proposed: the lead chooses one on purpose (a first entry of "Outstanding" was saved unread).
        self.grade.addItem(self.tr("Choose a grade…"), None)
        for grade in Grade:
            self.grade.addItem(grade_label(grade.value, self._language), grade.value)
        self.grade.currentIndexChanged.connect(self._update)
        form.addRow(self.tr("Moderated grade"), self.grade)
        self.reason = QLineEdit()
        self.reason.setObjectName("moderationReason")
        self.reason.textChanged.connect(self._update)
        form.addRow(self.tr("Reason"), self.reason)
        forms_layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("moderationProblem")
        forms_layout.addWidget(self.problem)
        self.save = QPushButton(self.tr("Record moderated grade"))
        self.save.setObjectName("saveModeration")
        self.save.clicked.connect(self.moderate)
        forms_layout.addWidget(self.save, alignment=Qt.AlignmentFlag.AlignRight)
        tabs.addTab(forms_tab, self.tr("Forms"))
        agreement_tab = QWidget()
        agreement_layout = QVBoxLayout(agreement_tab)
        self.agreement = QTableWidget(0, 7)
        self.agreement.setObjectName("agreementTable")
        self.agreement.setHorizontalHeaderLabels(
            [
                self.tr("By"),
                self.tr("Moderated"),
                self.tr("Agreed"),
                self.tr("Raised"),
                self.tr("Lowered"),
                self.tr("Other"),
                self.tr("Agreement"),
            ]
        )
        self.agreement.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        agreement_layout.addWidget(self.agreement)
        tabs.addTab(agreement_tab, self.tr("Agreement"))
        self.rows: list[ModerationView] = []
        self.loaded = False
        task_manager().changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        handover, inspection_id = self._handover, self._inspection_id
        QueryOp(parent=self, op=lambda _work: (handover.moderations(inspection_id),
                                               handover.agreement_summary(inspection_id)),
                success=self._show).run_in_background()

    def _changed(self, changes: Changes) -> None:
        if changes.origin is not self and changes.touches_inspection(self._inspection_id) and changes.touches(
                ChangeKind.ANSWERS, ChangeKind.GRADES, ChangeKind.MODERATION, ChangeKind.CASES):
            self.refresh()

    def _show(self, data: tuple[list[ModerationView], Any]) -> None:
        self.rows, summary = data
        self.loaded = True
        self.table.setRowCount(len(self.rows))
        for r, m in enumerate(self.rows):
            values = (
                m.case_reference,
                agency_label(m.agency, self._language),
                m.inspector,
                self._form_titles.get(m.form_id, m.form_id),
                grade_label(m.suggested_grade, self._language) if m.suggested_grade else "",
                grade_label(m.final_grade, self._language) if m.final_grade else "",
                grade_label(m.moderated_grade, self._language) if m.moderated_grade else "",
                m.reason,
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        lines: list[tuple[str, AgreementRow]] = [
            *((self.tr("Inspector: {0}").format(r.label), r) for r in summary.by_inspector),
            *((self.tr("Form: {0}").format(r.label), r) for r in summary.by_form),
            (self.tr("All"), summary.overall),
        ]
        self.agreement.setRowCount(len(lines))
        for r, (label, row) in enumerate(lines):
            counts = (
                label,
                row.moderated,
                row.agreed,
                row.raised,
                row.lowered,
                row.other,
                f"{row.agreement_rate:.0%}" if row.moderated else "—",
            )
            for c, count in enumerate(counts):
                self.agreement.setItem(r, c, QTableWidgetItem(str(count)))
        self.agreement.resizeColumnsToContents()
        self._update()

    def selected(self) -> ModerationView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update(self) -> None:
        self.save.setEnabled(self.selected() is not None and self.grade.currentData() is not None
                             and bool(self.reason.text().strip()))

    def moderate(self) -> None:
        chosen = self.selected()
        if chosen is None or self.grade.currentData() is None:
            return
        handover, grade, reason = self._handover, str(self.grade.currentData()), self.reason.text()
        self.save.setEnabled(False)
        WriteOp(parent=self, op=lambda _work: handover.moderate_grade(chosen.case_id, chosen.form_id, grade, reason),
                changes=Changes.of(self._inspection_id, ChangeKind.MODERATION, ChangeKind.GRADES,
                                   case_ids=[chosen.case_id], origin=self),
                success=self._moderated).failure(self._moderation_failed).run_in_background()

    def _moderated(self, _result: object) -> None:
        self.problem.setText(self.tr("Moderated grade recorded; both grades are kept."))
        self.grade.setCurrentIndex(0)
        self.reason.clear()
        self.refresh()

    def _moderation_failed(self, error: BaseException, trace: str) -> None:
        present_in_place(self.problem, self, error, trace)
        self._update()

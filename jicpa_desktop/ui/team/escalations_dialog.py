"""The lead's escalations list: new first, with the file, form, inspector, when and the concern; acknowledge, or
close with the outcome. Reloads whenever an import or another window changes the inspection."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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

from jicpa_desktop.services.escalations import EscalationView
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.error_presenter import present_in_place
from jicpa_desktop.ui.labels import agency_label
from jicpa_desktop.ui.operations import ChangeKind, Changes, QueryOp, WriteOp, task_manager

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices

STATUS, FILE, FORM, INSPECTOR, WHEN, CONCERN, OUTCOME = range(7)


class EscalationsDialog(QDialog):
    def __init__(self, services: AppServices, inspection_id: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalationsDialog")
        self.setWindowTitle(self.tr("Escalations"))
        self.resize(1200, 560)
        self._services = services
        self._inspection_id = inspection_id
        self._language = language
        self.rows: list[EscalationView] = []
        self.loaded = False
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("escalationsSummary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("escalationsTable")
        self.table.setAccessibleName(self.tr("Escalations"))
        self.table.setHorizontalHeaderLabels([self.tr("Status"), self.tr("File"), self.tr("Form"),
                                              self.tr("Inspector"), self.tr("When"),
                                              self.tr("Concern and action taken"), self.tr("Outcome")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CONCERN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OUTCOME, QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"))
        self.acknowledge_button.setObjectName("acknowledgeEscalation")
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.outcome = QLineEdit()
        self.outcome.setObjectName("escalationOutcome")
        self.outcome.setPlaceholderText(self.tr("Outcome (what the agency did, roles only)"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.textChanged.connect(self._update_buttons)
        self.close_button = QPushButton(self.tr("C&lose with this outcome"))
        self.close_button.setObjectName("closeEscalation")
        self.close_button.clicked.connect(self.close_selected)
        done = QPushButton(self.tr("Close"))
        done.clicked.connect(self.close)
        row.addWidget(self.acknowledge_button)
        row.addWidget(self.outcome, 1)
        row.addWidget(self.close_button)
        row.addWidget(done)
        layout.addLayout(row)
        self.problem = QLabel()
        self.problem.setObjectName("escalationsProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        task_manager().changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        escalations, inspection_id = self._services.escalations, self._inspection_id
        QueryOp(parent=self, op=lambda _work: escalations.list(inspection_id), success=self._show) \
            .run_in_background()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches_inspection(self._inspection_id):
            self.reload()

    def _status_text(self, view: EscalationView) -> str:
        if view.status == "new":
            return self.tr("New")
        when = view.status_at[:16].replace("T", " ")
        if view.status == "acknowledged":
            return self.tr("Acknowledged by %1, %2").replace("%1", view.status_by).replace("%2", when)
        return self.tr("Closed by %1, %2").replace("%1", view.status_by).replace("%2", when)

    def _show(self, views: Sequence[EscalationView]) -> None:
        selected = self.selected()
        self.rows = list(views)
        self.table.setRowCount(len(views))
        colour = theme.escalation_colour(self)
        for r, view in enumerate(views):
            cells = (self._status_text(view), f"{view.reference} ({agency_label(view.agency, self._language)})",
                     view.form_title.get(self._language), view.inspector, view.raised_at[:16].replace("T", " "),
                     view.concern, view.outcome)
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if view.status == "new" and c == STATUS:
                    item.setForeground(colour)
                self.table.setItem(r, c, item)
            if selected is not None and view.response_id == selected.response_id:
                self.table.selectRow(r)
        self.table.resizeRowsToContents()
        new = sum(1 for v in views if v.status == "new")
        self.summary.setText(self.tr("%1 new, %2 in all.").replace("%1", str(new)).replace("%2", str(len(views))))
        self.loaded = True
        self._update_buttons()

    def selected(self) -> EscalationView | None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return self.rows[min(rows)] if rows and min(rows) < len(self.rows) else None

    def _update_buttons(self) -> None:
        view = self.selected()
        self.acknowledge_button.setEnabled(view is not None and view.status == "new")
        self.close_button.setEnabled(view is not None and view.status != "closed" and bool(self.outcome.text().strip()))

    def _write(self, op: Any) -> None:
        self.problem.setText("")
        WriteOp(parent=self, op=op, changes=Changes.of(self._inspection_id, ChangeKind.ANSWERS),
                success=lambda _result: None).failure(
            lambda error, trace: present_in_place(self.problem, self, error, trace)).run_in_background()

    def acknowledge(self) -> None:
        view = self.selected()
        if view is not None:
            escalations = self._services.escalations
            self._write(lambda _work: escalations.acknowledge(view.response_id))

    def close_selected(self) -> None:
        view = self.selected()
        if view is not None:
            escalations, outcome = self._services.escalations, self.outcome.text()
            self.outcome.clear()
            self._write(lambda _work: escalations.close(view.response_id, outcome))

"""The inspection's meeting observations: the list on the left, the chosen observation's form on the right.

Observations of live meetings belong to the inspection, not to a child's file. The list reloads whenever an import
or another window changes the inspection; the form saves as the observer types, through the one writer thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.services.observations import ObservationSummary, ObservationView, kind_label
from jicpa_desktop.ui import messages, theme
from jicpa_desktop.ui.error_presenter import present_in_place
from jicpa_desktop.ui.observations.new_observation_dialog import NewObservationDialog
from jicpa_desktop.ui.observations.observation_screen import ObservationScreen
from jicpa_desktop.ui.operations import ChangeKind, Changes, QueryOp, WriteOp, task_manager

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices

REFERENCE, DATE, MEETING, OBSERVER, ANSWERED = range(5)


class ObservationsWindow(QDialog):
    def __init__(self, services: AppServices, inspection_id: str, language: str,
                 parent: QWidget | None = None, *, default_date: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observationsWindow")
        self.setWindowTitle(self.tr("Meeting observations"))
        self.resize(1240, 700)
        self._services = services
        self._inspection_id = inspection_id
        self._language = language
        self._default_date = default_date or dt.date.today()
        self.summaries: list[ObservationSummary] = []
        self.screen: ObservationScreen | None = None
        self.loaded = False
        self._wanted: str | None = None  # the observation to open once the list is read

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Observations of live meetings (conferences, core groups, strategy meetings) belong "
                               "to the inspection, not to a child's file. Record roles only, never names."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("observationsTable")
        self.table.setAccessibleName(self.tr("Meeting observations"))
        self.table.setHorizontalHeaderLabels([self.tr("Reference"), self.tr("Date"), self.tr("Meeting"),
                                              self.tr("Observer"), self.tr("Answered")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEETING, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        left_layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("observationsSummary")
        left_layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New observation…"))
        self.new_button.setObjectName("newObservation")
        self.new_button.clicked.connect(self.add_observation)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("removeObservation")
        self.remove_button.setToolTip(self.tr("Remove an observation recorded by mistake, with what was said in it"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)

        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Choose an observation in the list, or add one with New observation."))
        self.placeholder.setObjectName("observationPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(f"color: {theme.colour_css(theme.muted_colour(self))}")
        self.stack.addWidget(self.placeholder)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 740])
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("observationsStatus")
        bottom.addWidget(self.status, 1)
        self.problem = QLabel()
        self.problem.setObjectName("observationsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.colour_css(theme.escalation_colour(self))}")
        bottom.addWidget(self.problem, 2)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeObservations")
        close.clicked.connect(self.close)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        task_manager().changed.connect(self._on_changes)
        self._update_buttons()
        self.reload()

    # -- the list ------------------------------------------------------------------------------

    def reload(self) -> None:
        observations, inspection_id = self._services.observations, self._inspection_id
        QueryOp(parent=self, op=lambda _work: observations.summaries(inspection_id), success=self._show) \
            .run_in_background()

    def _on_changes(self, changes: Changes) -> None:
        if changes.origin is self or not changes.touches_inspection(self._inspection_id):
            return
        if changes.touches(ChangeKind.OBSERVATIONS, ChangeKind.TEAM, ChangeKind.INSPECTIONS):
            self.reload()
            current = self.current_id()
            if current is not None and self.screen is not None and not self.screen.has_pending:
                self._open(current)  # an import may have brought changes to the open observation

    def _show(self, summaries: Sequence[ObservationSummary]) -> None:
        keep = self._wanted or self.current_id()
        self._wanted = None
        self.summaries = list(summaries)
        self.table.blockSignals(True)
        self.table.setRowCount(len(summaries))
        for r, summary in enumerate(summaries):
            cells = (summary.reference, summary.observed_on.strftime("%d/%m/%Y"), kind_label(summary, self._language),
                     summary.observer, self.tr("%1 of %2").replace("%1", str(summary.answered))
                     .replace("%2", str(summary.questions)))
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c == ANSWERED:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self.summary.setText(self._count_text(len(summaries)))
        self.loaded = True
        row = next((i for i, s in enumerate(summaries) if s.id == keep), None)
        if row is not None:
            if self.current_id() != keep or self.screen is None or self.screen.observation_id != keep:
                self.table.selectRow(row)
            else:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
        elif self.screen is not None:
            self._drop_screen()
        self._update_buttons()

    def _count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("No meetings observed yet.")
        return self.tr("%n meeting(s) observed.", "", count)

    def current_id(self) -> str | None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if not rows or min(rows) >= len(self.summaries):
            return None
        return self.summaries[min(rows)].id

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.current_id() is not None)

    def _selection_changed(self) -> None:
        self._update_buttons()
        current = self.current_id()
        if current is None:
            self._drop_screen()
        elif self.screen is None or self.screen.observation_id != current:
            self._open(current)

    # -- the form on the right -----------------------------------------------------------------

    def _open(self, observation_id: str) -> None:
        if self.screen is not None:
            self.screen.flush()  # what was typed in the last observation goes to the writer first
        observations = self._services.observations
        QueryOp(parent=self, op=lambda _work: observations.load(observation_id), success=self._show_screen) \
            .failure(lambda error, trace: present_in_place(self.problem, self, error, trace)).run_in_background()

    def _show_screen(self, view: ObservationView) -> None:
        if self.current_id() != view.summary.id:
            return  # the selection moved on meanwhile
        self._drop_screen()
        self.screen = ObservationScreen(self._services, task_manager().writes, view, self._language)
        self.screen.saved.connect(self._saved)
        self.stack.addWidget(self.screen)
        self.stack.setCurrentWidget(self.screen)

    def _drop_screen(self) -> None:
        if self.screen is None:
            return
        self.screen.flush()
        self.stack.removeWidget(self.screen)
        self.screen.deleteLater()
        self.screen = None
        self.stack.setCurrentWidget(self.placeholder)

    def _saved(self, at: str) -> None:
        self.status.setText(self.tr("All changes saved at %1").replace("%1", at))
        self.problem.setText("")
        # The answered count on the left follows the form; others' windows hear of it too.
        task_manager().changed.emit(Changes.of(self._inspection_id, ChangeKind.OBSERVATIONS, origin=self))
        self.reload()

    def flush(self) -> None:
        """Hand what is being typed to the writer (the main window calls this before a lock or quitting)."""
        if self.screen is not None:
            self.screen.flush()

    # -- adding and removing -------------------------------------------------------------------

    def add_observation(self) -> Any:
        dialog = NewObservationDialog(self._default_date, self)
        dialog.accepted.connect(lambda: self._add(dialog.chosen_date()))
        dialog.open()
        return dialog

    def _add(self, day: dt.date) -> None:
        observations, inspection_id = self._services.observations, self._inspection_id
        self.problem.setText("")

        def added(summary: ObservationSummary) -> None:
            self._wanted = summary.id
            self.reload()

        WriteOp(parent=self, op=lambda _work: observations.add(inspection_id, day),
                changes=Changes.of(inspection_id, ChangeKind.OBSERVATIONS, origin=self), success=added) \
            .failure(lambda error, trace: present_in_place(self.problem, self, error, trace)).run_in_background()

    def remove_selected(self) -> None:
        current = self.current_id()
        summary = next((s for s in self.summaries if s.id == current), None)
        if summary is None:
            return
        if not messages.ask_yes_no(
                self, self.tr("Remove observation"),
                self.tr("Remove observation %1 (%2) and everything recorded in it? The removal reaches every laptop "
                        "that receives your packages.").replace("%1", summary.reference)
                .replace("%2", summary.observed_on.strftime("%d/%m/%Y"))):
            return
        if self.screen is not None and self.screen.observation_id == summary.id:
            self.screen.flush()
        observations = self._services.observations
        WriteOp(parent=self, op=lambda _work: observations.remove(summary.id),
                changes=Changes.of(self._inspection_id, ChangeKind.OBSERVATIONS, origin=self),
                success=lambda _none: self.reload()) \
            .failure(lambda error, trace: present_in_place(self.problem, self, error, trace)).run_in_background()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)


def open_observations(parent: QWidget, services: AppServices, inspection_id: str, language: str,
                      default_date: dt.date | None = None) -> ObservationsWindow:
    window = ObservationsWindow(services, inspection_id, language, parent, default_date=default_date)
    window.show()
    return window

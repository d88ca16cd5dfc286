"""Picking a child of the frame by hand, and swapping a drawn file for another child, each with a reason the
audit trail records (services/sampling_frame.py, SampleChoices); the sample screen opens them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.sample_labels import value_label
from jicpa_desktop.services.dto import CaseInfo
from jicpa_desktop.services.sampling_frame import Candidate
from jicpa_desktop.ui.error_presenter import present_in_place
from jicpa_desktop.ui.labels import kind_label, status_label
from jicpa_desktop.ui.operations import ChangeKind, Changes, Work, WriteOp

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ATTRIBUTES = ("agency", "age_band", "status", "concern")


def candidate_cells(candidate: Candidate, language: str) -> list[str]:
    """Reference, then each stratum's value by its name in *language* (never the list's code)."""
    return [candidate.reference, *(value_label(a, getattr(candidate, a), language) for a in ATTRIBUTES)]


def make_table(name: str, accessible: str) -> QTableView:
    """A read-only table of whole rows, one chosen at a time, that Tab leaves."""
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next field; arrows move within it
    table.verticalHeader().hide()
    # One line of text a row: the style's default (about two lines) showed six of a sample's eight files.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _select_first(table: QTableView) -> None:
    model = table.model()
    if model.rowCount() and not table.selectionModel().hasSelection():
        table.selectRow(0)


def _selected_row(table: QTableView) -> int | None:
    """The source row of the selected line (the table may show a filtered view)."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    value = rows[0].data(ROW_ROLE)
    return int(value) if value is not None else None


class CandidateList(QWidget):
    """The frame's children not yet files, filtered as one types, one chosen with the arrows or the mouse."""

    def __init__(self, candidates: Sequence[Candidate], language: str, title: str, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.candidates = list(candidates)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        heading = QLabel(title)
        row.addWidget(heading)
        row.addStretch(1)
        search_label = QLabel(self.tr("F&ind:"))
        self.search = QLineEdit()
        self.search.setObjectName("candidateFind")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("reference, agency, age, status or concern"))
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("x") * 36)
        search_label.setBuddy(self.search)
        row.addWidget(search_label)
        row.addWidget(self.search)
        layout.addLayout(row)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([self.tr("Reference"), self.tr("Agency"), self.tr("Age band"),
                                              self.tr("CPR/CLA status"), self.tr("Concern type")])
        for index, candidate in enumerate(self.candidates):
            items = [QStandardItem(text) for text in candidate_cells(candidate, language)]
            for item in items:
                item.setData(index, ROW_ROLE)
            self.model.appendRow(items)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = make_table("candidateTable", title)
        self.table.setModel(self.proxy)
        heading.setBuddy(self.table)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        _select_first(self.table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the search box moves to the list, where the arrows choose; it must not press the dialog's
        # default button (QLineEdit passes Enter on to the dialog).
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.table.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        _select_first(self.table)

    def chosen(self) -> Candidate | None:
        row = _selected_row(self.table)
        return self.candidates[row] if row is not None else None

    def choose(self, reference: str, agency: str | None = None) -> None:
        """Select the candidate with *reference* (and *agency*), as a click on its row would."""
        self.search.clear()
        for row in range(self.proxy.rowCount()):
            index: QModelIndex = self.proxy.index(row, 0)
            candidate = self.candidates[int(index.data(ROW_ROLE))]
            if candidate.reference == reference and agency in (None, candidate.agency):
                self.table.selectRow(row)
                return
        raise LookupError(reference)


class _ReasonDialog(QDialog):
    """What the pick and swap dialogs share: a required reason, a problem line, and the write."""

    def __init__(self, services: AppServices, inspection_id: str, language: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._services = services
        self._inspection_id = inspection_id
        self._language = language
        self.case_id: str | None = None  # the file made, once the write succeeded
        self.reason = QLineEdit()
        self.reason.setObjectName("choiceReason")
        self.reason.setPlaceholderText(self.tr("Why (recorded in the audit trail with the choice)"))
        self.problem = QLabel()
        self.problem.setObjectName("choiceProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")

    def _reason_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        row.addWidget(label)
        row.addWidget(self.reason, 1)
        return row

    def _buttons(self, text: str, name: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(text)
        self.ok_button.setObjectName(name)
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        return buttons

    def submit(self) -> None:
        raise NotImplementedError

    def _write(self, op: object, touched: Sequence[str]) -> None:
        """Run the choice on the writer; the dialog closes when it is recorded and stays open (saying why in the
        user's language) when the service refuses it."""
        self.problem.setText("")
        self.ok_button.setEnabled(False)
        inspection_id, before = self._inspection_id, list(touched)

        def done(case_id: str) -> None:
            self.case_id = case_id
            self.accept()

        def failed(error: BaseException, trace: str) -> None:
            self.ok_button.setEnabled(True)
            present_in_place(self.problem, self, error, trace)

        WriteOp(parent=self, op=op,  # type: ignore[arg-type]
                changes=lambda case_id: Changes.of(inspection_id, ChangeKind.CASES, case_ids=[*before, case_id]),
                success=done).failure(failed).run_in_background()


class PickDialog(_ReasonDialog):
    """Make a child of the frame a file by hand: which child, sampled or tracked, and why."""

    def __init__(self, services: AppServices, inspection_id: str, free: Sequence[Candidate], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, inspection_id, language, parent)
        self.setObjectName("samplePickDialog")
        self.setWindowTitle(self.tr("Pick a file by hand"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose a child of the frame who is not a file yet. The file is made at once, and "
                               "your reason is recorded with it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.candidates = CandidateList(free, language, self.tr("&Children not yet in the sample"), self)
        layout.addWidget(self.candidates, 1)
        kinds = QHBoxLayout()
        kinds.addWidget(QLabel(self.tr("The file is:")))
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for kind, text in (("sampled", self.tr("&Sampled")), ("tracked", self.tr("&Tracked"))):
            button = QRadioButton(text)
            button.setObjectName(f"pickKind_{kind}")
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        self.kind_buttons["sampled"].setChecked(True)
        kinds.addStretch(1)
        layout.addLayout(kinds)
        layout.addLayout(self._reason_row())
        layout.addWidget(self.problem)
        layout.addWidget(self._buttons(self.tr("&Pick"), "pickButton"))
        self.candidates.search.setFocus()

    def kind(self) -> str:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def submit(self) -> None:
        candidate = self.candidates.chosen()
        if candidate is None:
            self.problem.setText(self.tr("Choose a child from the list first."))
            return
        choices, inspection_id = self._services.frame.choices, self._inspection_id
        kind, reason = self.kind(), self.reason.text()

        def pick(_work: Work) -> str:
            return choices.pick(inspection_id, candidate.reference, candidate.agency, kind, reason)

        self._write(pick, [])


class SwapDialog(_ReasonDialog):
    """Replace a drawn file (no answers yet) by another child of the frame, keeping its kind, and say why."""

    def __init__(self, services: AppServices, inspection_id: str, drawn: Sequence[tuple[CaseInfo, Candidate]],
                 free: Sequence[Candidate], language: str, parent: QWidget | None = None) -> None:
        super().__init__(services, inspection_id, language, parent)
        self.setObjectName("sampleSwapDialog")
        self.setWindowTitle(self.tr("Swap a file"))
        self.resize(980, 660)
        self.drawn = list(drawn)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the drawn file to take out and the child who replaces it. The replacement "
                               "keeps the file's kind (sampled or tracked). A file with answers cannot be swapped."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        heading = QLabel(self.tr("&File to take out"))
        layout.addWidget(heading)
        self.files_model = QStandardItemModel(0, 7, self)
        self.files_model.setHorizontalHeaderLabels([
            self.tr("Reference"), self.tr("Agency"), self.tr("Age band"), self.tr("CPR/CLA status"),
            self.tr("Concern type"), self.tr("Kind"), self.tr("Work")])
        for index, (case, candidate) in enumerate(self.drawn):
            cells = [*candidate_cells(candidate, language), kind_label(case.kind), status_label(case.status)]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setData(index, ROW_ROLE)
            self.files_model.appendRow(items)
        self.files = make_table("swapOutTable", self.tr("File to take out"))
        self.files.setModel(self.files_model)
        heading.setBuddy(self.files)
        _select_first(self.files)
        layout.addWidget(self.files, 2)
        self.candidates = CandidateList(free, language, self.tr("Re&placement"), self)
        layout.addWidget(self.candidates, 3)
        layout.addLayout(self._reason_row())
        layout.addWidget(self.problem)
        layout.addWidget(self._buttons(self.tr("S&wap"), "swapButton"))
        self.files.setFocus()

    def chosen_file(self) -> CaseInfo | None:
        row = _selected_row(self.files)
        return self.drawn[row][0] if row is not None else None

    def choose_file(self, reference: str) -> None:
        """Select the drawn file with *reference*, as a click on its row would."""
        for row, (case, _candidate) in enumerate(self.drawn):
            if case.reference == reference:
                self.files.selectRow(row)
                return
        raise LookupError(reference)

    def submit(self) -> None:
        out, candidate = self.chosen_file(), self.candidates.chosen()
        if out is None or candidate is None:
            self.problem.setText(self.tr("Choose the file to take out and its replacement first."))
            return
        choices, inspection_id, reason = self._services.frame.choices, self._inspection_id, self.reason.text()

        def swap(_work: Work) -> str:
            return choices.swap(inspection_id, out.id, candidate.reference, candidate.agency, reason)

        self._write(swap, [out.id])

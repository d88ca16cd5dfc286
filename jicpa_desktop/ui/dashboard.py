"""The fieldwork dashboard: every file by kind, agency, inspector and status, with progress and escalations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.local_terms import glossary
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.dates import display_range
from jicpa_desktop.ui.labels import agency_label, inspectorate_label, kind_label, status_label
from jicpa_desktop.ui.models import case_table_model as cases_columns
from jicpa_desktop.ui.models import progress_summary_model as summary_columns
from jicpa_desktop.ui.models.case_filter_model import CaseFilterModel
from jicpa_desktop.ui.models.case_table_model import CaseTableModel
from jicpa_desktop.ui.models.progress_summary_model import ProgressSummaryModel
from jicpa_desktop.ui.models.roles import ID_ROLE
from jicpa_desktop.ui.widgets.progress_delegate import ProgressBarDelegate
from jicpa_desktop.ui.widgets.sort_arrow_style import SortArrowStyle

if TYPE_CHECKING:
    from jicpa_desktop.services.data_quality import InspectionFlags
    from jicpa_desktop.services.dto import InspectionInfo, ProgressRow
    from jicpa_desktop.services.progress import CaseProgress


class CaseTableView(QTableView):
    """Enter opens the selected file, as a double-click does."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FlaggedFilterModel(CaseFilterModel):
    """The dashboard's filters, and one more: only the files with data-quality flags."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only: frozenset[str] | None = None

    def set_only(self, case_ids: frozenset[str] | None) -> None:
        self._refilter(lambda: setattr(self, "_only", case_ids))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._only is not None:
            index = self.sourceModel().index(source_row, 0, source_parent)
            if str(index.data(ID_ROLE)) not in self._only:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class DashboardPage(QWidget):
    open_case_requested = Signal(str)
    add_case_requested = Signal()
    import_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.language = language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)

        self.title = QLabel()
        self.title.setFont(theme.scaled_font(self.font(), 1.35, bold=True))
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout.addWidget(self.details)

        overview = QHBoxLayout()
        self.forms_bar = QProgressBar()
        self.forms_bar.setAccessibleName(self.tr("Forms complete across the inspection"))
        self.forms_bar.setMinimumWidth(220)
        forms_label = QLabel(self.tr("Forms complete:"))
        overview.addWidget(forms_label)
        overview.addWidget(self.forms_bar, 2)
        self.required_label = QLabel()
        self.evidence_label = QLabel()
        self.escalation_label = QLabel()
        self.flags_label = QLabel()  # data-quality flags: warnings, in the warning colour (services/data_quality)
        self.flags_label.setObjectName("dataQualityCount")
        for label in (self.required_label, self.evidence_label, self.escalation_label, self.flags_label):
            overview.addSpacing(12)
            overview.addWidget(label)
        overview.addStretch(1)
        layout.addLayout(overview)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search reference, agency or inspector (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search files"))
        filters.addWidget(self.search, 3)
        self.kind_filter = self._filter_combo(self.tr("Sampled and tracked"), self.tr("Filter by sampled or tracked"))
        self.agency_filter = self._filter_combo(self.tr("All agencies"), self.tr("Filter by agency"))
        self.inspector_filter = self._filter_combo(self.tr("All inspectors"), self.tr("Filter by inspector"))
        self.status_filter = self._filter_combo(self.tr("Any status"), self.tr("Filter by status"))
        for combo in (self.kind_filter, self.agency_filter, self.inspector_filter, self.status_filter):
            filters.addWidget(combo, 1)
        self.escalated_only = QCheckBox(self.tr("Escalated only"))
        self.flagged_only = QCheckBox(self.tr("With data-quality flags"))
        self.flagged_only.setObjectName("flaggedOnly")
        self.flagged_only.setToolTip(self.tr("Show only the files with data-quality flags"))
        layout.addLayout(filters)

        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a file…"))
        self.add_button.setToolTip(self.tr("Add a case file to this inspection (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_case_requested)
        self.import_button = QPushButton(self.tr("Import sampling list…"))
        self.import_button.clicked.connect(self.import_requested)
        self.count_label = QLabel()
        actions.addWidget(self.add_button)
        actions.addWidget(self.import_button)
        actions.addSpacing(16)
        # The two yes/no filters sit on this row, which has room: beside the drop-downs they squeezed the choices.
        actions.addWidget(self.escalated_only)
        actions.addWidget(self.flagged_only)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.cases_model = CaseTableModel(language, self)
        self.filter_model = FlaggedFilterModel(self)
        self.filter_model.setSourceModel(self.cases_model)
        self.table = CaseTableView()
        self.table.setObjectName("casesTable")
        self.table.setAccessibleName(self.tr("Case files"))
        self.table.setModel(self.filter_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        # Qt's default indicator is "descending" on column 0: start by reference, A to Z, and say so.
        self.table.sortByColumn(cases_columns.REFERENCE, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(cases_columns.FORMS, ProgressBarDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Every column as wide as its text (an inspector's name too); the spare width goes to the last column,
        # and a narrow window scrolls rather than squeezing a column to "De…".
        header.setSectionResizeMode(cases_columns.FORMS, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._sort_arrows = SortArrowStyle()  # kept: a widget does not own the style it is given
        header.setStyle(self._sort_arrows)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self._open_index)
        splitter.addWidget(self.table)

        summary_box = QGroupBox(self.tr("By inspector and agency"))
        summary_layout = QVBoxLayout(summary_box)
        self.summary_model = ProgressSummaryModel(language, self)
        self.summary_table = QTableView()
        self.summary_table.setAccessibleName(self.tr("Progress by inspector and agency"))
        self.summary_table.setModel(self.summary_model)
        self.summary_table.verticalHeader().hide()
        self.summary_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary_table.setTabKeyNavigation(False)
        self.summary_table.setItemDelegateForColumn(summary_columns.FORMS, ProgressBarDelegate(self.summary_table))
        summary_header = self.summary_table.horizontalHeader()
        summary_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        summary_header.setSectionResizeMode(summary_columns.INSPECTOR, QHeaderView.ResizeMode.Stretch)
        summary_header.setSectionResizeMode(summary_columns.FORMS, QHeaderView.ResizeMode.Interactive)
        summary_layout.addWidget(self.summary_table)
        splitter.addWidget(summary_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        # "My files" (the files allocated to who I am) is the inspector filter's first choice, and chosen by
        # default once per inspection opened; the user may then choose any other.
        self._me: str | None = None
        self._my_files_by_default = False
        self._cases: Sequence[CaseProgress] = ()
        self._flagged: frozenset[str] = frozenset()

        self.search.textChanged.connect(self._filters_changed)
        self.escalated_only.toggled.connect(self._filters_changed)
        self.flagged_only.toggled.connect(self._filters_changed)
        for combo in (self.kind_filter, self.agency_filter, self.inspector_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._filters_changed)

    @staticmethod
    def _filter_combo(any_text: str, accessible_name: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(any_text, None)
        combo.setAccessibleName(accessible_name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # As wide as its longest choice when there is room; on a narrow window it may shrink (the list it opens
        # still shows each choice whole), so the filter row never makes the window wider than a small screen.
        combo.setMinimumWidth(90)
        return combo

    # -- content -------------------------------------------------------------------------------

    def show_inspection(self, inspection: InspectionInfo, cases: Sequence[CaseProgress],
                        summary: Sequence[ProgressRow]) -> None:
        self.title.setText(inspection.name)
        parts = [inspection.local_authority, display_range(inspection.start_date, inspection.end_date, self.language)]
        if inspection.inspectorates:
            parts.append(", ".join(inspectorate_label(i, self.language) for i in inspection.inspectorates))
        terms = glossary(inspection.local_terms, self.language)  # "drws ffrynt: MASH" in Welsh
        text = " · ".join(parts)
        if terms:
            text += "\n" + self.tr("Local terms: %1").replace("%1", terms)
        self.details.setText(text)
        selected = self.selected_case_id()
        self._cases = cases
        self.cases_model.set_cases(cases)
        self.summary_model.set_rows(summary)
        self._fill_filters(cases)
        self._show_totals()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(cases_columns.FORMS, 180)
        self.summary_table.setColumnWidth(summary_columns.FORMS, 180)
        if selected:
            self.select_case(selected)
        elif self.filter_model.rowCount():
            self.table.selectRow(0)
        self._update_count()

    def _fill_filters(self, cases: Sequence[CaseProgress]) -> None:
        def refill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in entries:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

        refill(self.kind_filter, [(kind_label(k), k) for k in ("sampled", "tracked")])
        agencies = [a.value for a in Agency if any(c.case.agency == a.value for c in cases)]
        refill(self.agency_filter, [(agency_label(a, self.language), a) for a in agencies])
        inspectors = sorted({c.case.inspector for c in cases if c.case.inspector})
        mine = [(self.tr("My files (%1)").replace("%1", self._me), self._me)] if self._me else []
        refill(self.inspector_filter, [*mine, *((name, name) for name in inspectors if name != self._me)])
        if self._my_files_by_default and self._me:
            self._my_files_by_default = False
            self.inspector_filter.setCurrentIndex(1)
        refill(self.status_filter, [(status_label(s), s) for s in ("not_started", "in_progress", "complete")])

    def _show_totals(self) -> None:
        totals = self.summary_model.totals()
        self.forms_bar.setMaximum(max(totals.forms_total, 1))
        self.forms_bar.setValue(totals.forms_complete)
        self.forms_bar.setFormat(f"{totals.forms_complete} / {totals.forms_total}")
        self.required_label.setText(self.tr("Answers missing: %1").replace("%1", str(totals.required_missing)))
        self.evidence_label.setText(self.tr("Evidence missing: %1").replace("%1", str(totals.evidence_missing)))
        self.escalation_label.setText(self.tr("Escalations: %1").replace("%1", str(totals.escalations)))
        if totals.escalations:
            colour = theme.colour_css(theme.escalation_colour(self))
            self.escalation_label.setStyleSheet(f"color: {colour}; font-weight: bold")
        else:
            self.escalation_label.setStyleSheet("")

    def show_flags(self, found: InspectionFlags) -> None:
        """How many files have data-quality flags (the lead can list them), and, per agency, the files whose
        record leaves out the child's ethnicity or language."""
        self._flagged = found.flagged_case_ids
        self.flags_label.setText(self.tr("Files with data-quality flags: %1").replace("%1", str(len(self._flagged))))
        colour = theme.colour_css(theme.warning_colour(self))
        self.flags_label.setStyleSheet(f"color: {colour}; font-weight: bold" if self._flagged else "")
        lines = [self.tr("Not recorded, by agency (files whose case record answers it):")]
        for count in found.recording:
            lines.append(self.tr("%1: ethnicity %2 of %3, language %4 of %5")
                         .replace("%1", agency_label(count.agency, self.language))
                         .replace("%2", str(count.ethnicity_missing)).replace("%3", str(count.ethnicity_answered))
                         .replace("%4", str(count.language_missing)).replace("%5", str(count.language_answered)))
        self.flags_label.setToolTip("\n".join(lines) if found.recording else "")
        self._filters_changed()

    def _filters_changed(self) -> None:
        self.filter_model.set_search(self.search.text())
        self.filter_model.set_kind(self.kind_filter.currentData())
        self.filter_model.set_agency(self.agency_filter.currentData())
        self.filter_model.set_inspector(self.inspector_filter.currentData())
        self.filter_model.set_status(self.status_filter.currentData())
        self.filter_model.set_escalated_only(self.escalated_only.isChecked())
        self.filter_model.set_only(self._flagged if self.flagged_only.isChecked() else None)
        if not self.table.currentIndex().isValid() and self.filter_model.rowCount():
            self.table.selectRow(0)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.filter_model.rowCount(), self.cases_model.rowCount()
        self.count_label.setText(
            self.tr("%n file(s)", "", total) if shown == total
            else self.tr("%1 of %n file(s) shown", "", total).replace("%1", str(shown))
        )

    def set_me(self, name: str | None, *, by_default: bool = True) -> None:
        """Who I am in the open inspection: "My files" is offered, and chosen now (*by_default*: an inspector,
        not the lead, who plans everyone's) if *name* is new."""
        if name == self._me:
            return
        self._me = name
        self._my_files_by_default = name is not None and by_default
        self._fill_filters(self._cases)
        self._filters_changed()

    # -- selection -----------------------------------------------------------------------------

    def selected_case_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def select_case(self, case_id: str) -> bool:
        source_row = self.cases_model.row_of(case_id)
        if source_row < 0:
            return False
        index = self.filter_model.mapFromSource(self.cases_model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case_requested.emit(str(index.data(ID_ROLE)))

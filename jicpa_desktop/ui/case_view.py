"""The case view: one file's details and the forms that apply to its agency, each with status and grade."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.ui import theme
from jicpa_desktop.ui.dashboard import CaseTableView
from jicpa_desktop.ui.genogram import words as genogram_words
from jicpa_desktop.ui.labels import (
    age_band_label,
    agency_label,
    grade_label,
    kind_label,
    status_label,
    unallocated_label,
)
from jicpa_desktop.ui.models import form_status_model as columns
from jicpa_desktop.ui.models.form_status_model import FormStatusModel
from jicpa_desktop.ui.models.roles import ID_ROLE
from jicpa_desktop.ui.widgets.progress_delegate import ProgressBarDelegate

if TYPE_CHECKING:
    from jicpa_desktop.services.data_quality import Flag
    from jicpa_desktop.services.dto import CaseInfo, FormStatus
    from jicpa_desktop.services.moderated_grades import ModeratedGrade


class CasePage(QWidget):
    open_form_requested = Signal(str)
    back_requested = Signal()
    genogram_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePage")
        self.language = language
        self.case: CaseInfo | None = None
        self._titles: dict[str, str] = {}
        self._flags_case: str | None = None  # the file whose flags are shown
        self._flags: tuple[Flag, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back to the dashboard"))
        self.back_button.setToolTip(self.tr("Alt+Left"))
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.genogram_button = QPushButton(genogram_words.say("open_editor", language))
        self.genogram_button.setObjectName("genogramButton")
        self.genogram_button.clicked.connect(self.genogram_requested)
        self.genogram_button.hide()  # tracked files only: inspectors build genograms for those
        top.addWidget(self.genogram_button)
        layout.addLayout(top)
        self.reference = QLabel()
        self.reference.setFont(theme.monospace_font(theme.scaled_font(self.font(), 1.5, bold=True)))
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reference)
        self.escalation = QLabel()
        self.escalation.setWordWrap(True)
        self.escalation.hide()
        layout.addWidget(self.escalation)
        self.moderated = QLabel()
        self.moderated.setObjectName("moderatedGrades")
        self.moderated.setWordWrap(True)
        self.moderated.hide()
        layout.addWidget(self.moderated)
        details = QFormLayout()
        self.agency_value = QLabel()
        self.kind_value = QLabel()
        self.age_value = QLabel()
        self.inspector_value = QLabel()
        self.status_value = QLabel()
        details.addRow(self.tr("Agency:"), self.agency_value)
        details.addRow(self.tr("Sampled or tracked:"), self.kind_value)
        details.addRow(self.tr("Age band:"), self.age_value)
        details.addRow(self.tr("Inspector:"), self.inspector_value)
        details.addRow(self.tr("Status:"), self.status_value)
        layout.addLayout(details)
        # Data-quality flags warn, never block: in the warning colour, not the escalation's (services/data_quality).
        self.flags_title = QLabel()
        self.flags_title.setObjectName("dataQualityTitle")
        self.flags_title.setWordWrap(True)
        self.flags_list = QListWidget()
        self.flags_list.setObjectName("dataQualityFlags")
        self.flags_list.setAccessibleName(self.tr("Data-quality flags for this file"))
        self.flags_list.setWordWrap(True)
        self.flags_list.setSpacing(2)  # a little air between flags that wrap onto several lines
        self.flags_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.flags_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.flags_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.flags_title.setBuddy(self.flags_list)
        for widget in (self.flags_title, self.flags_list):
            widget.hide()
            layout.addWidget(widget)
        forms_label = QLabel(self.tr("&Forms for this file (Enter opens the selected form):"))
        layout.addWidget(forms_label)
        self.model = FormStatusModel(language, self)
        self.table = CaseTableView()
        self.table.setObjectName("formsTable")
        self.table.setAccessibleName(self.tr("Forms for this file"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(columns.ANSWERED, ProgressBarDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(columns.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.table.open_requested.connect(self._open)
        forms_label.setBuddy(self.table)
        layout.addWidget(self.table, 1)

    def show_case(self, case: CaseInfo, forms: Sequence[FormStatus], status: str) -> None:
        if self._flags_case != case.id:
            self.show_flags((), None)  # another file's flags must not show while this file's are read
        self.case = case
        self._titles = {f.form_id: (f.title_cy if self.language == "cy" and f.title_cy else f.title_en) for f in forms}
        if self._flags and self._flags_case == case.id:
            self.show_flags(self._flags, case.id)  # they came first: now each can name its form
        self.reference.setText(case.reference)
        self.agency_value.setText(agency_label(case.agency, self.language))
        self.kind_value.setText(kind_label(case.kind))
        self.genogram_button.setVisible(case.kind == "tracked")
        self.age_value.setText(age_band_label(case.age_band))
        self.inspector_value.setText(case.inspector or unallocated_label())
        self.status_value.setText(status_label(status))
        escalated = [f for f in forms if f.escalated]
        if escalated:
            colour = theme.colour_css(theme.escalation_colour(self))
            self.escalation.setText(
                self.tr("⚠ Escalated: an immediate safeguarding concern is recorded on %1.")
                .replace("%1", ", ".join(f.title_cy if self.language == "cy" and f.title_cy else f.title_en
                                         for f in escalated))
            )
            self.escalation.setStyleSheet(f"color: {colour}; font-weight: bold")
        self.escalation.setVisible(bool(escalated))
        current = self.selected_form_id()
        self.model.set_forms(forms)
        row = self.model.form_ids().index(current) if current in self.model.form_ids() else 0
        if self.model.rowCount():
            self.table.selectRow(row)
        self.table.setColumnWidth(columns.ANSWERED, 170)

    def show_moderated(self, grades: Sequence[ModeratedGrade]) -> None:
        """The lead's moderated grade and reason for each form that has one."""
        titles = self._titles
        lines = [self.tr("Moderated by %1: %2 — %3 (was %4). %5")
                 .replace("%1", g.moderator).replace("%2", titles.get(g.form_id, g.form_id))
                 .replace("%3", grade_label(g.moderated_grade, self.language))
                 .replace("%4", grade_label(g.original_grade, self.language)).replace("%5", g.reason)
                 for g in grades]
        self.moderated.setText("\n".join(lines))
        self.moderated.setVisible(bool(lines))

    def show_flags(self, flags: Sequence[Flag], case_id: str | None) -> None:
        """The data-quality flags of file *case_id*: what kind of check and what is wrong, to check with the
        record. They may arrive before or after the file's details."""
        self._flags_case = case_id
        self._flags = tuple(flags)
        self.flags_list.clear()
        colour = theme.warning_colour(self)
        self.flags_title.setText(
            self.tr("⚠ Data-quality flags to check with the record: %1 (warnings: nothing is blocked)")
            .replace("%1", str(len(flags))))
        self.flags_title.setStyleSheet(f"color: {theme.colour_css(colour)}; font-weight: bold")
        titles = self._titles
        for flag in flags:
            text = f"• {flag.kind.label.get(self.language)}: {flag.message.get(self.language)}"
            if flag.note:
                text += "\n" + self.tr("Note: %1").replace("%1", flag.note)
            item = QListWidgetItem(text)
            item.setForeground(colour)
            if flag.form_id in titles:
                item.setToolTip(self.tr("Form: %1").replace("%1", titles[flag.form_id]))
            self.flags_list.addItem(item)
        for widget in (self.flags_title, self.flags_list):
            widget.setVisible(bool(flags))
        QTimer.singleShot(0, self, self._fit_flags)  # once the list is laid out at its width

    def _fit_flags(self) -> None:
        """As tall as whole flags up to about ten lines (more scroll), so the bottom edge never cuts a line in
        half and the forms stay in view. Measured as laid out: a wrapped flag's height depends on the width."""
        flags = self.flags_list
        if not flags.count() or not flags.isVisible():
            return
        flags.doItemsLayout()
        cap = flags.fontMetrics().lineSpacing() * 10
        height = 0
        for row in range(flags.count()):
            step = flags.visualItemRect(flags.item(row)).height() + 2 * flags.spacing()
            if row and height + step > cap:
                break
            height += step
        flags.setFixedHeight(height + 2 * flags.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_flags)  # a new width wraps the flags anew

    def selected_form_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def select_form(self, form_id: str) -> None:
        if form_id in self.model.form_ids():
            self.table.selectRow(self.model.form_ids().index(form_id))

    def focus_forms(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_form_requested.emit(str(index.data(ID_ROLE)))

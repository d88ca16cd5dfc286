"""The lead's view of the week: files and forms per inspector and agency, with what is missing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from jicpa_desktop.services.dto import ProgressRow
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.labels import agency_label, unallocated_label
from jicpa_desktop.ui.models.roles import PROGRESS_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex

INSPECTOR, AGENCY, FILES, FORMS, REQUIRED, EVIDENCE, ESCALATIONS = range(7)
COLUMN_COUNT = 7


class ProgressSummaryModel(QAbstractTableModel):
    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._rows: list[ProgressRow] = []

    def set_rows(self, rows: Sequence[ProgressRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            INSPECTOR: self.tr("Inspector"),
            AGENCY: self.tr("Agency"),
            FILES: self.tr("Files"),
            FORMS: self.tr("Forms complete"),
            REQUIRED: self.tr("Answers missing"),
            EVIDENCE: self.tr("Evidence missing"),
            ESCALATIONS: self.tr("Escalations"),
        }.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == PROGRESS_ROLE and column == FORMS:
            return (row.forms_complete, row.forms_total)
        if role == Qt.ItemDataRole.ForegroundRole and column == ESCALATIONS and row.escalations:
            return theme.escalation_colour()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (FILES, REQUIRED, EVIDENCE, ESCALATIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ProgressRow, column: int) -> str:
        if column == INSPECTOR:
            return unallocated_label() if row.inspector == "(unallocated)" else row.inspector
        if column == AGENCY:
            return agency_label(row.agency, self.language)
        if column == FILES:
            return str(row.files)
        if column == FORMS:
            return f"{row.forms_complete} / {row.forms_total}"
        if column == REQUIRED:
            return str(row.required_missing)
        if column == EVIDENCE:
            return str(row.evidence_missing)
        if column == ESCALATIONS:
            return str(row.escalations) if row.escalations else ""
        return ""

    def totals(self) -> ProgressRow:
        return ProgressRow(
            inspector="", agency="",
            files=sum(r.files for r in self._rows),
            forms_total=sum(r.forms_total for r in self._rows),
            forms_complete=sum(r.forms_complete for r in self._rows),
            required_missing=sum(r.required_missing for r in self._rows),
            evidence_missing=sum(r.evidence_missing for r in self._rows),
            escalations=sum(r.escalations for r in self._rows),
        )

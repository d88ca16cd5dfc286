"""The lead's view of the week: files and forms per inspector and agency, with what is missing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from jicpa_desktop.services.dto import ProgressRow
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.labels import agency_label, unallocated_label
from jicpa_desktop.ui.models.record_table_model import RecordTableModel
from jicpa_desktop.ui.models.roles import PROGRESS_ROLE

INSPECTOR, AGENCY, FILES, FORMS, REQUIRED, EVIDENCE, ESCALATIONS = range(7)
COLUMN_COUNT = 7


class ProgressSummaryModel(RecordTableModel):
    COLUMN_COUNT = COLUMN_COUNT
    NUMBER_COLUMNS = frozenset({FILES, FORMS, REQUIRED, EVIDENCE, ESCALATIONS})

    def set_rows(self, rows: Sequence[ProgressRow]) -> None:
        self._replace_records(rows)

    def headers(self) -> dict[int, str]:
        return {
            INSPECTOR: self.tr("Inspector"),
            AGENCY: self.tr("Agency"),
            FILES: self.tr("Files"),
            FORMS: self.tr("Forms complete"),
            REQUIRED: self.tr("Answers missing"),
            EVIDENCE: self.tr("Evidence missing"),
            ESCALATIONS: self.tr("Escalations"),
        }

    def cell(self, row: ProgressRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == PROGRESS_ROLE and column == FORMS:
            return (row.forms_complete, row.forms_total)
        if role == Qt.ItemDataRole.ForegroundRole and column == ESCALATIONS and row.escalations:
            return theme.escalation_colour()
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
            files=sum(r.files for r in self._records),
            forms_total=sum(r.forms_total for r in self._records),
            forms_complete=sum(r.forms_complete for r in self._records),
            required_missing=sum(r.required_missing for r in self._records),
            evidence_missing=sum(r.evidence_missing for r in self._records),
            escalations=sum(r.escalations for r in self._records),
        )

"""The fieldwork dashboard's table: one row per case file with its forms' progress and any escalation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from jicpa_desktop.ui import theme
from jicpa_desktop.ui.labels import agency_label, kind_label, status_label, unallocated_label
from jicpa_desktop.ui.models.record_table_model import RecordTableModel
from jicpa_desktop.ui.models.roles import (
    AGENCY_ROLE,
    CONVERSATIONS_ROLE,
    ESCALATED_ROLE,
    ID_ROLE,
    INSPECTOR_ROLE,
    KIND_ROLE,
    PROGRESS_ROLE,
    SEARCH_ROLE,
    SORT_ROLE,
    STATUS_ROLE,
)

if TYPE_CHECKING:
    from jicpa_desktop.services.progress import CaseProgress


REFERENCE, KIND, AGENCY, INSPECTOR, STATUS, FORMS, REQUIRED, EVIDENCE, ESCALATED = range(9)
COLUMN_COUNT = 9


class CaseTableModel(RecordTableModel):
    COLUMN_COUNT = COLUMN_COUNT
    NUMBER_COLUMNS = frozenset({FORMS, REQUIRED, EVIDENCE})

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self._mono: QFont | None = None

    def set_cases(self, items: Sequence[CaseProgress]) -> None:
        self._replace_records(items)

    def case_at(self, row: int) -> CaseProgress:
        return self._records[row]

    def row_of(self, case_id: str) -> int:
        return next((i for i, item in enumerate(self._records) if item.case.id == case_id), -1)

    def headers(self) -> dict[int, str]:
        return {
            REFERENCE: self.tr("Case reference"),
            KIND: self.tr("Sampled / tracked"),
            AGENCY: self.tr("Agency"),
            INSPECTOR: self.tr("Inspector"),
            STATUS: self.tr("Status"),
            FORMS: self.tr("Forms complete"),
            REQUIRED: self.tr("Answers missing"),
            EVIDENCE: self.tr("Evidence missing"),
            ESCALATED: self.tr("Escalation"),
        }

    def cell(self, item: CaseProgress, column: int, role: int) -> Any:
        case = item.case
        escalated = any(f.escalated for f in item.forms) or case.escalated
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column, escalated)
        if role == ID_ROLE:
            return case.id
        if role == PROGRESS_ROLE and column == FORMS:
            return (item.forms_complete, len(item.forms))
        if role == ESCALATED_ROLE:
            return escalated
        if role == KIND_ROLE:
            return case.kind
        if role == AGENCY_ROLE:
            return case.agency
        if role == INSPECTOR_ROLE:
            return case.inspector or ""
        if role == CONVERSATIONS_ROLE:
            return case.conversations_with
        if role == STATUS_ROLE:
            return item.status
        if role == SEARCH_ROLE:
            return " ".join(
                [case.reference, agency_label(case.agency, self.language), case.inspector or "",
                 kind_label(case.kind), status_label(item.status)]
            ).lower()
        if role == SORT_ROLE:
            return self._sort_key(item, column, escalated)
        if role == Qt.ItemDataRole.FontRole and column == REFERENCE:
            if self._mono is None:
                self._mono = theme.monospace_font()
            return self._mono
        if role == Qt.ItemDataRole.ForegroundRole and escalated and column in (REFERENCE, ESCALATED):
            return theme.escalation_colour()
        if role == Qt.ItemDataRole.BackgroundRole and escalated:
            # A translucent tint of the escalation colour reads on light, dark and high-contrast palettes.
            tint = QColor(theme.escalation_colour())
            tint.setAlpha(38)
            return tint
        if role == Qt.ItemDataRole.ToolTipRole and escalated:
            return self.tr("An immediate safeguarding concern was escalated on this file.")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(item, column, escalated)
        return None

    def _display(self, item: CaseProgress, column: int, escalated: bool) -> str:
        case = item.case
        if column == REFERENCE:
            return case.reference
        if column == KIND:
            return kind_label(case.kind)
        if column == AGENCY:
            return agency_label(case.agency, self.language)
        if column == INSPECTOR:
            return case.inspector or unallocated_label()
        if column == STATUS:
            return status_label(item.status)
        if column == FORMS:
            return f"{item.forms_complete} / {len(item.forms)}"
        if column == REQUIRED:
            return str(item.required_missing)
        if column == EVIDENCE:
            return str(item.evidence_missing)
        if column == ESCALATED:
            return self.tr("⚠ Escalated") if escalated else ""
        return ""

    def _sort_key(self, item: CaseProgress, column: int, escalated: bool) -> Any:
        if column == FORMS:
            return item.forms_complete / len(item.forms) if item.forms else 0.0
        if column == REQUIRED:
            return item.required_missing
        if column == EVIDENCE:
            return item.evidence_missing
        if column == ESCALATED:
            return int(escalated)
        if column == STATUS:
            return ("not_started", "in_progress", "complete").index(item.status)
        return self._display(item, column, escalated).lower()

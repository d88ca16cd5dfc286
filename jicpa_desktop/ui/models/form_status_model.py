"""The case view's list of forms: status, answers given, what is missing, and the grades."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from jicpa_desktop.services.dto import FormStatus
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.labels import grade_label, status_label
from jicpa_desktop.ui.models.record_table_model import RecordTableModel
from jicpa_desktop.ui.models.roles import ESCALATED_ROLE, ID_ROLE, PROGRESS_ROLE, STATUS_ROLE

TITLE, STATUS, ANSWERED, REQUIRED, EVIDENCE, SUGGESTED, FINAL, ESCALATED = range(8)
COLUMN_COUNT = 8


class FormStatusModel(RecordTableModel):
    COLUMN_COUNT = COLUMN_COUNT
    NUMBER_COLUMNS = frozenset({ANSWERED, REQUIRED, EVIDENCE})

    def set_forms(self, forms: Sequence[FormStatus]) -> None:
        self._replace_records(forms)

    def form_at(self, row: int) -> FormStatus:
        return self._records[row]

    def form_ids(self) -> list[str]:
        return [f.form_id for f in self._records]

    def headers(self) -> dict[int, str]:
        return {
            TITLE: self.tr("Form"),
            STATUS: self.tr("Status"),
            ANSWERED: self.tr("Answered"),
            REQUIRED: self.tr("Answers missing"),
            EVIDENCE: self.tr("Evidence missing"),
            SUGGESTED: self.tr("Suggested grade"),
            FINAL: self.tr("Final grade"),
            ESCALATED: self.tr("Escalation"),
        }

    def cell(self, form: FormStatus, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(form, column)
        if role == ID_ROLE:
            return form.form_id
        if role == STATUS_ROLE:
            return form.status
        if role == ESCALATED_ROLE:
            return form.escalated
        if role == PROGRESS_ROLE and column == ANSWERED:
            return (form.answered, form.relevant)
        if role == Qt.ItemDataRole.ForegroundRole and form.escalated and column in (TITLE, ESCALATED):
            return theme.escalation_colour()
        return None

    def _display(self, form: FormStatus, column: int) -> str:
        if column == TITLE:
            return form.title_cy if self.language == "cy" and form.title_cy else form.title_en
        if column == STATUS:
            return status_label(form.status)
        if column == ANSWERED:
            return f"{form.answered} / {form.relevant}"
        if column == REQUIRED:
            return str(form.required_missing)
        if column == EVIDENCE:
            return str(form.evidence_missing)
        if column == SUGGESTED:
            return grade_label(form.suggested_grade, self.language)
        if column == FINAL:
            return grade_label(form.final_grade, self.language) if form.final_grade else "—"
        if column == ESCALATED:
            return self.tr("⚠ Escalated") if form.escalated else ""
        return ""

"""Exports from the app: the audit-grid workbook, the grid PDF and a case report.

`open_export_dialog` opens a small non-modal dialog owned by *parent* and returns it (tests drive it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from jicpa_desktop.ui.exports.export_dialog import KINDS, ExportDialog

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices

__all__ = ["KINDS", "ExportDialog", "open_export_dialog"]


def open_export_dialog(parent: QWidget | None, services: AppServices, kind: str, *,
                       inspection_id: str | None = None, case_id: str | None = None) -> ExportDialog:
    """*kind* is "xlsx", "pdf" or "case_pdf" (which takes *case_id*); the inspection is chosen in the dialog
    when *inspection_id* is not given."""
    dialog = ExportDialog(services, kind, inspection_id=inspection_id, case_id=case_id, parent=parent)
    dialog.show()
    return dialog

"""The export dialog: choices, the identifying-fields warning, and an export run in the background."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from jicpa_desktop.ui.exports import open_export_dialog
from tests.exports.conftest import Demo


def test_xlsx_export_from_the_dialog(qtbot, demo: Demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_export_dialog(None, demo.services, "xlsx", inspection_id=demo.inspection_id)
    qtbot.addWidget(dialog)
    assert dialog.inspection.currentData() == demo.inspection_id
    assert not dialog.identifying.isChecked()  # pseudonymous unless the user asks
    assert not dialog.export_button.isEnabled()  # no file chosen yet
    dialog.identifying.setChecked(True)
    assert dialog.warning.isVisibleTo(dialog)
    dialog.identifying.setChecked(False)
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.path.setText(str(tmp_path / "grid"))
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    dialog.agency.setCurrentIndex(dialog.agency.findData("education"))
    assert dialog.inspector.findData("Demo Inspector D (Estyn)") >= 0
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30_000)
    written = dialog.result_path
    assert written == tmp_path / "grid.xlsx"
    wb = load_workbook(written)
    assert wb.sheetnames[1] == "Crynodeb"
    education = [c.reference for c in demo.services.cases.list(demo.inspection_id) if c.agency == "education"]
    assert [r[0] for r in wb["Grid"].iter_rows(min_row=3, values_only=True)] == education


def test_case_pdf_from_the_dialog(qtbot, demo: Demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = demo.services.cases.list(demo.inspection_id)[1]
    dialog = open_export_dialog(None, demo.services, "case_pdf", case_id=case.id)
    qtbot.addWidget(dialog)
    assert not dialog.inspection.isVisibleTo(dialog)
    dialog.path.setText(str(tmp_path / "case.pdf"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30_000)
    assert case.reference in PdfReader(tmp_path / "case.pdf").pages[0].extract_text()


def test_bad_kind_and_missing_folder(qtbot, demo: Demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        open_export_dialog(None, demo.services, "csv")
    dialog = open_export_dialog(None, demo.services, "pdf", inspection_id=demo.inspection_id)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "missing" / "grid.pdf"))
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text()

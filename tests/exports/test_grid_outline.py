"""The grid at 700 columns stays readable: each form's questions are one outline group that collapses to the
form's grade column, in the workbook as Excel and LibreOffice read it."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.exports.conftest import Demo


def test_each_forms_questions_collapse_to_its_grade_column(demo: Demo) -> None:
    workbook_path = demo.services.exports.xlsx(demo.inspection_id, demo.folder / "grid.xlsx")
    model = demo.services.exports.grid(demo.inspection_id)
    ws = load_workbook(workbook_path)["Grid"]
    levels: dict[int, int] = {}
    for dimension in ws.column_dimensions.values():
        for index in range(dimension.min, dimension.max + 1):
            levels[index] = dimension.outline_level or 0
    column = 7  # after the six identity columns (reference, agency, kind, inspector, overall, escalation)
    assert all(levels.get(c, 0) == 0 for c in range(1, column))
    grouped = 0
    for form in model.forms:
        questions = range(column, column + len(form.columns))
        grade = column + len(form.columns)
        assert all(levels.get(c) == 1 for c in questions), (form.title, [levels.get(c) for c in questions])
        assert levels.get(grade, 0) == 0, form.title  # the grade stays in view when the form is collapsed
        assert ws.cell(2, grade).value in ("Form grade", "Gradd y ffurflen"), ws.cell(2, grade).value
        grouped += len(form.columns)
        column = grade + 1
    assert grouped > 100 and ws.max_column == column - 1  # every column accounted for

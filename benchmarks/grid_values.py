"""The values of one grid row in the order our Grid sheet writes them: what the plain baselines write too."""

from __future__ import annotations

from collections.abc import Sequence

from jicpa_desktop.exports.grid_data import FormBlock, GridRow


def grid_values(row: GridRow, forms: Sequence[FormBlock]) -> list[object]:
    """File facts, then each form's answers followed by its grade."""
    values: list[object] = [row.reference, row.agency_label, row.kind_label, row.inspector,
                            row.overall.value if row.overall else None, "ESCALATED" if row.escalated else None]
    index = 0
    for block, form in enumerate(forms):
        for _ in form.columns:
            cell = row.cells[index]
            values.append(cell.value if cell else None)
            index += 1
        grade = row.grades[block]
        values.append(grade.value if grade else None)
    return values

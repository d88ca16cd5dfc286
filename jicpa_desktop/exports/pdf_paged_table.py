"""A table of any number of rows laid out one page at a time, in time linear in its rows.

reportlab's Table, split at a page break, builds a new Table of every row still to come: it restyles, re-spans
and re-measures them all, once a page, which is quadratic in the rows (a 1 MB evidence note is a thousand rows).
PagedTable holds plain rows and makes a Table only of the rows the current page takes (and its header rows, on
every page, as repeatRows would), so each page costs what its own rows cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable, Table

from jicpa_desktop.exports.pdf_styles import table_style

FIRST_WINDOW = 8  # rows measured first for a page (then as many as the last page took, plus two); doubled till full
_FUZZ = 1e-6


@dataclass(slots=True)
class TableRow:
    """One row's cells and its own style commands, written for row 0 (moved to wherever the row lands)."""

    cells: list[Any]
    commands: list[tuple[Any, ...]] = field(default_factory=list)


def _moved(command: tuple[Any, ...], row: int) -> tuple[Any, ...]:
    name, (c0, r0), (c1, r1), *rest = command
    return (name, (c0, r0 + row), (c1, r1 + row), *rest)


class PagedTable(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    def __init__(self, head: Sequence[TableRow], rows: Sequence[TableRow], col_widths: Sequence[float],
                 commands: Sequence[tuple[Any, ...]], start: int = 0, window: int = FIRST_WINDOW) -> None:
        super().__init__()
        self.head, self.rows, self.col_widths, self.commands = head, rows, list(col_widths), list(commands)
        self.start, self.window = start, window
        self._whole: Table | None = None
        self._fits = 0
        self._measured: tuple[float, float, float, float] | None = None  # (avail width, height) -> (width, height)

    def table(self, count: int) -> Table:
        """A Table of the header rows and the next *count* rows."""
        chosen = [*self.head, *self.rows[self.start:self.start + count]]
        commands = list(self.commands)
        for index, row in enumerate(chosen):
            commands.extend(_moved(c, index) for c in row.commands)
        table = Table([row.cells for row in chosen], colWidths=self.col_widths)
        table.setStyle(table_style(commands))
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # The frame wraps, then asks for the split at the same size: measure once.
        if self._measured is not None and self._measured[:2] == (avail_width, avail_height):
            return self._measured[2], self._measured[3]
        width, height = self._measure(avail_width, avail_height)
        self._measured = (avail_width, avail_height, width, height)
        return width, height

    def _measure(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        remaining = len(self.rows) - self.start
        count = max(1, min(remaining, self.window))
        while True:
            table = self.table(count)
            width, height = table.wrap(avail_width, avail_height)
            if height <= avail_height + _FUZZ and count == remaining:
                self._whole, self._fits = table, count
                return width, height
            if height > avail_height + _FUZZ:
                break
            count = min(remaining, count * 2)
        self._whole = None
        used = sum(table._rowHeights[:len(self.head)])
        self._fits = 0
        for row_height in table._rowHeights[len(self.head):]:
            if used + row_height > avail_height + _FUZZ:
                break
            used += row_height
            self._fits += 1
        return width, height  # taller than the page: the frame asks for a split

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self._whole is not None:
            return [self._whole]
        if self._fits == 0:
            return []  # not even one row here: the frame moves on to the next page
        rest = PagedTable(self.head, self.rows, self.col_widths, self.commands, self.start + self._fits,
                          self._fits + 2)
        return [self.table(self._fits), rest]

    def draw(self) -> None:
        if self._whole is not None:
            self._whole.drawOn(self.canv, 0, 0)


def block_rows(columns: Sequence[Sequence[Any]], *, every: Sequence[tuple[Any, ...]] = (),
               last: Sequence[tuple[Any, ...]] = ()) -> list[TableRow]:
    """Cells whose text runs over several rows (each column's pieces, side by side, blanks where a column has
    fewer) as rows that read as one cell: no padding between them, *every* on each row, *last* on the last."""
    count = max((len(column) for column in columns), default=0) or 1
    rows = []
    for index in range(count):
        commands = list(every)
        if index > 0:
            commands.append(("TOPPADDING", (0, 0), (-1, 0), 0))
        if index < count - 1:
            commands.append(("BOTTOMPADDING", (0, 0), (-1, 0), 0))
        else:
            commands.extend(last)
        rows.append(TableRow([column[index] if index < len(column) else "" for column in columns], commands))
    return rows

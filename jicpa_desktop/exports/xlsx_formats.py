"""Workbook cells the safe way: each look is one shared xlsxwriter Format, and each value is written by its type.

xlsxwriter keeps every Format it is given until the workbook is closed, and a workbook may hold at most
64,000 distinct ones: a Format made per cell would grow memory with the files and slow the close. `Formats`
therefore makes each look once (a `Look` is its key) and hands the same Format to every cell that uses it.

`write_value` is the one way a value reaches a cell. Text always goes through `write_string` (never
`write`, which could turn "=…" into a formula or "+44…" into a number), cleaned by formula_safety; text a
spreadsheet could misread also gets its format's quote-prefix twin, so Excel and LibreOffice keep showing
exactly what was typed and keep it text if someone edits the cell.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from xlsxwriter.format import Format

from jicpa_desktop.exports.formula_safety import cell_text, is_risky

# Excel keeps 15 significant digits of a number: a longer whole number is written as its digits, as text.
EXACT_DIGITS = 15
_BORDER_COLOUR = "#A6A6A6"

# What the Workbook is opened with: nothing typed is ever a formula, a link or a number by guesswork, and the
# rows stream to temporary files (memory stays flat however many files).
WORKBOOK_OPTIONS: dict[str, Any] = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "remove_timezone": True,
}


@dataclass(frozen=True, slots=True)
class Look:
    """How a cell looks: font, fill, alignment, border and number format (Calibri 10 pt, top-aligned unless said)."""

    bold: bool = False
    italic: bool = False
    size: float = 10
    color: str = "000000"
    fill: str | None = None
    wrap: bool = False
    vertical: str = "top"
    horizontal: str | None = None
    border: bool = False
    number_format: str | None = None
    quote_prefix: bool = False


def _properties(look: Look) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "font_name": "Calibri", "font_size": look.size, "font_color": f"#{look.color}",
        "valign": "vcenter" if look.vertical == "center" else look.vertical,
    }
    if look.bold:
        properties["bold"] = True
    if look.italic:
        properties["italic"] = True
    if look.fill:
        properties["pattern"] = 1
        properties["bg_color"] = f"#{look.fill}"  # xlsxwriter writes a solid fill's colour as its foreground
    if look.wrap:
        properties["text_wrap"] = True
    if look.horizontal:
        properties["align"] = look.horizontal
    if look.border:
        properties["border"] = 1
        properties["border_color"] = _BORDER_COLOUR
    if look.number_format:
        properties["num_format"] = look.number_format
    if look.quote_prefix:
        properties["quote_prefix"] = True
    return properties


class Formats:
    """The workbook's Formats, one per look, and each one's quote-prefix twin for risky text."""

    def __init__(self, workbook: Any) -> None:
        self._workbook = workbook
        self._made: dict[Look, Format] = {}
        self._look_of: dict[int, Look] = {}  # id(Format) → its look; the Formats are kept alive by _made
        self._quoted: dict[int, Format] = {}  # id(Format), or 0 for the default format → its twin

    def get(self, **look: Any) -> Format:
        return self.of(Look(**look))

    def of(self, look: Look) -> Format:
        found = self._made.get(look)
        if found is None:
            found = self._made[look] = self._workbook.add_format(_properties(look))
            self._look_of[id(found)] = look
        return found

    def quoted(self, fmt: Format | None) -> Format:
        """*fmt* (None: the workbook's default look) with the quote prefix set."""
        key = 0 if fmt is None else id(fmt)
        found = self._quoted.get(key)
        if found is None:
            if fmt is None:
                found = self._workbook.add_format({"quote_prefix": True})
            else:
                found = self.of(dataclasses.replace(self._look_of[id(fmt)], quote_prefix=True))
            self._quoted[key] = found
        return found

    def __len__(self) -> int:
        """How many Formats this workbook has been given."""
        return len(self._made) + (0 in self._quoted)


def write_text(ws: Any, row: int, col: int, text: str, fmt: Format | None, formats: Formats) -> None:
    """Typed text as a string cell, whatever it starts with (see the module docstring)."""
    if not text:
        ws.write_blank(row, col, None, fmt)
        return
    stored = cell_text(text)
    if is_risky(text) or is_risky(stored):
        fmt = formats.quoted(fmt)
    ws.write_string(row, col, stored, fmt)


def write_value(ws: Any, row: int, col: int, value: object, fmt: Format | None, formats: Formats) -> None:
    """*value* into cell (row, col), zero-based: text as text, numbers as numbers, dates as dates, None blank."""
    if isinstance(value, str):
        write_text(ws, row, col, value, fmt, formats)
    elif value is None:
        ws.write_blank(row, col, None, fmt)
    elif isinstance(value, dt.date):  # a datetime is a date too
        ws.write_datetime(row, col, value, fmt)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
    elif isinstance(value, int) and abs(value) >= 10**EXACT_DIGITS:
        ws.write_string(row, col, str(value), fmt)  # exact, where a number cell would round it
    elif isinstance(value, int | float) and math.isfinite(value):
        ws.write_number(row, col, value, fmt)
    else:
        write_text(ws, row, col, str(value), fmt, formats)

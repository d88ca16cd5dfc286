"""Free text stays text: nothing an inspector typed may become a formula in someone else's spreadsheet.

A spreadsheet library's generic write turns a string that starts with "=" into a formula. The workbook
writer (xlsx_formats.write_value) therefore writes every text as a string cell (an inline string, never a
<f> element), and for text that a spreadsheet could read as a formula, a number or a command when it is
edited or saved as CSV (=, +, -, @, tab, carriage return: the OWASP "CSV injection" set) it also sets the
cell's quotePrefix style, so Excel and LibreOffice keep showing exactly what was typed (no visible
apostrophe) and keep it text if someone edits the cell.
"""

from __future__ import annotations

import re

# The leading characters that spreadsheets treat as the start of a formula or command.
RISKY_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")

# XML 1.0 forbids these control characters (xlsxwriter would write them as _xHHHH_ codes, openpyxl refuses
# them): they become U+FFFD. Tab, LF and CR are allowed.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# Excel's limit for one cell's text.
MAX_CELL_CHARS = 32_767


def is_risky(text: str) -> bool:
    """True when a spreadsheet could read *text* as a formula or command."""
    return text.startswith(RISKY_PREFIXES)


def cell_text(text: str) -> str:
    """The text as it can be stored in a cell: line endings become the spreadsheet's own line break
    (LF: an XML reader turns a raw CR into LF anyway), illegal XML control characters become U+FFFD, and
    text beyond Excel's 32,767-character limit is cut with a visible marker (the PDF keeps it whole)."""
    if text.isprintable() and len(text) <= MAX_CELL_CHARS:
        return text  # the common case, checked in C: no line ending or control character to change
    cleaned = _ILLEGAL_XML.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(cleaned) > MAX_CELL_CHARS:
        marker = " […]"
        cleaned = cleaned[: MAX_CELL_CHARS - len(marker)] + marker
    return cleaned

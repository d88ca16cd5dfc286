"""Typed text of any length laid out in time linear in its length: bounded paragraphs, cells in rows below a page.

reportlab cannot place a table row taller than its frame (LayoutError), and it splits a long paragraph by
wrapping the whole remainder again on every page, which is quadratic in the paragraph's length. So typed text
(evidence notes, answers, reasons, names) is first cut into chunks of at most CHUNK_CHARS characters and
CHUNK_LINES lines: at a line break where one is near, else after a sentence, else at a space, else inside a word
that long (reportlab's own splitLongWords then hard-wraps the word inside its column). Free-flowing text becomes
one Paragraph per chunk; a table cell's chunks are further split by height (reportlab's own line split, so the
lines are exactly those of one paragraph) into pieces no taller than ROW_POINTS, each the cell of its own row.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from jicpa_desktop.exports.pdf_styles import para, safe

CHUNK_CHARS = 1_500  # a typed paragraph longer than this (about 250 words) gets a line break of its own
CHUNK_LINES = 40  # typed line breaks per chunk: a note of blank lines stays cheap to split by height
ROW_POINTS = 140.0  # the tallest piece of a cell: a small part of any page's frame, even with header rows
CELL_PADDING = 12.0  # reportlab's default left + right cell padding (points), which our tables keep
_SENTENCE_ENDS = (". ", "! ", "? ", "; ")


def _cut(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the chunk text[start:...] ends and where the next begins, looking back from *end* at most half a
    chunk: after a sentence, at a space, else *end* itself (never between a letter and its combining accent)."""
    floor = start + (end - start) // 2
    best = max(text.rfind(mark, floor, end + 1) for mark in _SENTENCE_ENDS)
    if best >= 0:
        return best + 1, best + 2  # keep the full stop, drop the space
    space = max(text.rfind(" ", floor, end + 1), text.rfind("\t", floor, end + 1))
    if space >= 0:
        return space, space + 1
    cut = end
    while cut > start + 1 and unicodedata.combining(text[cut]):
        cut -= 1
    return cut, cut


def text_chunks(text: str, limit: int = CHUNK_CHARS, lines: int = CHUNK_LINES) -> Iterator[str]:
    """*text* in chunks of at most *limit* characters and *lines* line breaks, in order. A chunk ends at a typed
    line break (consumed) where one is in reach, so joining the chunks with line breaks gives the text back (give
    or take the space at a cut inside a long line). Linear: each character is looked at a bounded number of times."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    start, size = 0, len(text)
    while True:
        end = min(size, start + limit)
        breaks: list[int] = []
        while len(breaks) <= lines:
            found = text.find("\n", breaks[-1] + 1 if breaks else start, end)
            if found < 0:
                break
            breaks.append(found)
        if len(breaks) > lines:  # more line breaks than a chunk holds: end at the last one it may hold
            yield text[start:breaks[lines]]
            start = breaks[lines] + 1
        elif end == size:
            yield text[start:]
            return
        elif breaks and breaks[-1] >= start + limit // 2:
            yield text[start:breaks[-1]]
            start = breaks[-1] + 1
        else:
            stop, start_next = _cut(text, start, end)
            yield text[start:stop]
            start = start_next


def visible(chunk: str) -> str:
    """A chunk's last line break kept visible: reportlab drops a paragraph's final <br/>."""
    return chunk + "\u00a0" if chunk.endswith("\n") else chunk


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of typed *text* inside the markup *before* … *after* (a font, bold) that this module adds."""

    text: str
    before: str = ""
    after: str = ""


def flowing(runs: Sequence[Run], style: ParagraphStyle, *, bullet: str | None = None) -> list[Paragraph]:
    """Paragraphs for free-flowing text in a frame: one per chunk of each run; the last chunk of a run and the
    first of the next share a paragraph (a note and its references stay on one line). Only the first paragraph
    carries the bullet and the style's space before, only the last its space after."""
    pieces: list[str] = []
    for run in runs:
        chunks = [f"{run.before}{safe(visible(c))}{run.after}" for c in text_chunks(run.text)]
        if pieces and chunks:
            pieces[-1] += chunks.pop(0)
        pieces += chunks
    if len(pieces) <= 1:
        return [Paragraph(pieces[0] if pieces else "", style, bulletText=bullet)]
    first = ParagraphStyle(f"{style.name}_first", parent=style, spaceAfter=0)
    middle = ParagraphStyle(f"{style.name}_more", parent=style, spaceBefore=0, spaceAfter=0)
    last = ParagraphStyle(f"{style.name}_last", parent=style, spaceBefore=0)
    return [Paragraph(markup, first if i == 0 else last if i == len(pieces) - 1 else middle,
                      bulletText=bullet if i == 0 else None) for i, markup in enumerate(pieces)]


def cell_pieces(text: object, style: ParagraphStyle, width: float, *, bold: bool = False, color: Any = None,
                max_height: float = ROW_POINTS) -> list[Paragraph]:
    """A table cell's typed text as paragraphs each at most *max_height* points tall in a column *width* points
    wide (the column's own width: the padding is taken off here). One paragraph for the usual short text."""
    text = str(text)
    inner = max(width - CELL_PADDING, 1.0)
    pieces: list[Paragraph] = []
    for chunk in text_chunks(text):
        rest = para(visible(chunk), style, bold=bold, color=color)
        while True:
            _, height = rest.wrap(inner, max_height)
            if height <= max_height:
                pieces.append(rest)
                break
            parts = rest.split(inner, max_height)
            if len(parts) < 2:  # not one line fits (cannot happen with our styles): let the table report it
                pieces.append(rest)
                break
            pieces.append(parts[0])
            rest = parts[1]
    return pieces



HEADING_CHARS = 300  # form wording in a heading repeated on every page, or in the grid's key and summary


def clipped(text: str, limit: int = HEADING_CHARS) -> str:
    """Form wording cut to *limit* characters at a word's end, with "…", where a place repeats it or has room for
    a line or two (headings, the grid's key and summary); the case report and the workbook print it whole."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"

"""The grid PDF's meeting observations: per observation a heading (reference and meeting type), the date and the
observer, then a table of each question, its answer (coloured as in the grid) and the observer's evidence note.

Typed text of any length goes through pdf_long_text and pdf_paged_table, as the escalations' concerns do, so a
long note runs over pages instead of stopping the export.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from jicpa_desktop.exports.grid_data import Tone
from jicpa_desktop.exports.labels import label
from jicpa_desktop.exports.observation_data import ObservationLine, ObservationQuestion, ObservationsData
from jicpa_desktop.exports.observation_data import observation_label as obs_label
from jicpa_desktop.exports.pdf_long_text import cell_pieces, clipped
from jicpa_desktop.exports.pdf_paged_table import PagedTable, TableRow, block_rows
from jicpa_desktop.exports.pdf_styles import HEADER_LIGHT, RULE, TONE_FILLS, TONE_TEXT, para, safe
from jicpa_desktop.exports.timestamps import long_date

QUESTION_MM = 105.0
ANSWER_MM = 55.0  # the note takes the rest of the page's width
CELL_STYLE: list[tuple[Any, ...]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBEFORE", (0, 0), (-1, -1), 0.25, RULE),
    ("LINEAFTER", (-1, 0), (-1, -1), 0.25, RULE), ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
HEADER = [("BACKGROUND", (0, 0), (-1, 0), HEADER_LIGHT), ("LINEABOVE", (0, 0), (-1, 0), 0.25, RULE),
          ("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE)]


def observations_section(data: ObservationsData | None, lang: str, st: dict[str, ParagraphStyle], width: float,
                         check: Callable[[], None]) -> list[Flowable]:
    """The section, on a page of its own; nothing when no meeting was observed (the cover gives the count)."""
    if data is None or not data.count:
        return []
    story: list[Flowable] = [PageBreak(), para(obs_label("observations_title", lang), st["h1"]),
                             para(obs_label("observations_note", lang), st["note"])]
    # A heading never ends a page alone: it goes over with the first rows of its table.
    heading = ParagraphStyle("observation_heading", parent=st["h2"], keepWithNext=1)
    facts = ParagraphStyle("observation_facts", parent=st["note"], keepWithNext=1, spaceAfter=1.2 * mm)
    blocks = [block for block in data.blocks if block.lines]
    for block in blocks:
        if len(blocks) > 1:
            story.append(para(block.title, st["h3"]))
        for line in block.lines:
            check()
            story += _observation(line, block.questions, lang, st, heading, facts, width)
    return story


def _observation(line: ObservationLine, questions: tuple[ObservationQuestion, ...], lang: str,
                 st: dict[str, ParagraphStyle], heading: ParagraphStyle, facts: ParagraphStyle,
                 width: float) -> list[Flowable]:
    kind = line.meeting_type or obs_label("type_not_given", lang)
    said = (f"{safe(obs_label('observation_date', lang))}: <b>{safe(long_date(line.observed_on, lang))}</b>"
            f" · {safe(obs_label('observer', lang))}: <b>{safe(line.observer)}</b>")
    widths = [QUESTION_MM * mm, ANSWER_MM * mm, width - (QUESTION_MM + ANSWER_MM) * mm]
    head = TableRow([para(label("question", lang), st["head"]), para(obs_label("answer", lang), st["head"]),
                     para(label("evidence_note", lang), st["head"])], list(HEADER))
    text = st["small"]
    rows: list[TableRow] = []
    for question, answer in zip(questions, line.answers, strict=True):
        colour = TONE_TEXT[answer.tone] if answer.tone is not Tone.NEUTRAL else None
        answer_cell = cell_pieces(answer.shown, text, widths[1], bold=answer.tone is Tone.NEGATIVE, color=colour) \
            if answer.shown else []
        every = [("BACKGROUND", (1, 0), (1, 0), TONE_FILLS[answer.tone])] if answer.tone is not Tone.NEUTRAL else []
        rows += block_rows([
            [para(clipped(question.numbered_label), text)],
            answer_cell,
            cell_pieces(answer.note, text, widths[2]) if answer.note else [],
        ], every=every, last=[("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE)])
    return [Paragraph(f"{safe(line.reference)} — {safe(kind)}", heading), Paragraph(said, facts),
            PagedTable([head], rows, widths, CELL_STYLE), Spacer(1, 3 * mm)]

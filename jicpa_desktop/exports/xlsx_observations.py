"""The workbook's Observations sheet: one row per meeting observed (reference, date, type, observer), then each
question's answer with the observer's evidence note in the column beside it, so a row reads left to right as the
observer wrote it. Typed text goes through write_value like every other sheet's: never a formula."""

from __future__ import annotations

from collections.abc import Sequence

from xlsxwriter.format import Format

from jicpa_desktop.exports.grid_data import Tone
from jicpa_desktop.exports.observation_data import (
    ObservationAnswer,
    ObservationBlock,
    ObservationQuestion,
    ObservationsData,
)
from jicpa_desktop.exports.observation_data import observation_label as obs_label
from jicpa_desktop.exports.xlsx_workbook import DATE_FORMAT, FILLS, HEADER_LIGHT, _Sheet, wrapped_height

IDENTITY_WIDTHS = (13.0, 12.0, 26.0, 18.0)  # observation, date of the meeting, meeting type, observer
ANSWER_WIDTHS = {"ynp": 11.0, "yes_no": 11.0, "single": 20.0, "multi": 28.0, "text": 42.0}
ANSWER_WIDTH = 14.0
NOTE_WIDTH = 36.0


def _columns(block: ObservationBlock) -> list[tuple[ObservationQuestion, bool]]:
    """(question, True for its notes column) in sheet order after the identity columns."""
    columns: list[tuple[ObservationQuestion, bool]] = []
    for question in block.questions:
        columns.append((question, False))
        if question.notes:
            columns.append((question, True))
    return columns


def _width(question: ObservationQuestion, note: bool) -> float:
    return NOTE_WIDTH if note else ANSWER_WIDTHS.get(question.type, ANSWER_WIDTH)


def write_observations(sheet: _Sheet, data: ObservationsData, lang: str) -> None:
    """The sheet: heading, note, then per form with observations a header row (frozen for the first) and one row
    per observation, oldest meeting first; one line saying none were recorded when there are none."""
    ws, f = sheet.ws, sheet.formats
    head = f.get(bold=True, fill=HEADER_LIGHT, wrap=True, border=True, vertical="center")
    plain = f.get(border=True, wrap=True)
    note_style = f.get(border=True, wrap=True, size=9)
    reference = f.get(border=True, bold=True)
    date = f.get(border=True, number_format=DATE_FORMAT, horizontal="center")
    tones = {tone: f.get(fill=fill, color=colour, border=True, wrap=True, bold=tone is Tone.NEGATIVE)
             for tone, (fill, colour) in FILLS.items()}
    blocks = [block for block in data.blocks if block.lines]
    sheet.append([(obs_label("observations_title", lang), f.get(bold=True, size=14))], height=22)
    sheet.append([(obs_label("observations_note", lang), f.get(italic=True))])
    identity_heads = [obs_label(k, lang) for k in ("observation", "observation_date", "meeting_type", "observer")]
    if not blocks:
        sheet.widths((*IDENTITY_WIDTHS, 40.0))
        sheet.append([(h, head) for h in identity_heads], height=30)
        sheet.append([(obs_label("no_observations", lang), f.get(italic=True, color="595959"))])
        ws.freeze_panes(3, 1)
        return
    widest = max(blocks, key=lambda b: len(_columns(b)))
    sheet.widths([*IDENTITY_WIDTHS, *(_width(q, n) for q, n in _columns(widest))])
    for number, block in enumerate(blocks):
        if len(blocks) > 1:  # more than one inspection-level form: each says which it is
            if number:
                sheet.blank()
            sheet.append([(block.title, f.get(bold=True, size=12))], height=18)
        columns = _columns(block)
        heads: list[tuple[object, Format | None]] = [(h, head) for h in identity_heads]
        for question, note in columns:
            text = obs_label("observation_note", lang).format(number=question.number) if note and question.number \
                else question.heading
            heads.append((text, head))
        head_row = sheet.append(heads, height=45)
        # The whole question where the heading has only its first words (the id is never shown).
        for offset, (question, note) in enumerate(columns, start=len(IDENTITY_WIDTHS)):
            if not note:
                ws.write_comment(head_row - 1, offset, question.numbered_label,
                                 {"author": "JICPA Desktop", "width": 240, "height": 60})
        if number == 0:
            ws.freeze_panes(head_row, 1)
            ws.repeat_rows(head_row - 1)
            # Two dozen columns fitted to one page wide would print too small to read: as the Grid, at 60 % over
            # as many pages as it takes, the reference repeated on each.
            ws.repeat_columns(0)
            sheet.print_scale(60)
        for line in block.lines:
            cells: list[tuple[object, Format | None]] = [
                (line.reference, reference), (line.observed_on, date),
                (line.meeting_type or obs_label("type_not_given", lang), plain), (line.observer, plain)]
            measured: list[tuple[str, float]] = [(line.meeting_type, IDENTITY_WIDTHS[2])]
            for (question, note), answer in zip(columns, _answers_by_column(block, line.answers), strict=True):
                width = _width(question, note)
                if note:
                    cells.append((answer.note, note_style))
                    measured.append((answer.note, width * 1.1))  # 9 pt: a little more fits
                else:
                    cells.append((answer.shown, tones.get(answer.tone, plain)))
                    measured.append((answer.shown, width))
            sheet.append(cells, height=wrapped_height(*measured))
        ws.autofilter(head_row - 1, 0, sheet.row - 1, len(IDENTITY_WIDTHS) + len(columns) - 1)


def _answers_by_column(block: ObservationBlock, answers: Sequence[ObservationAnswer]) -> list[ObservationAnswer]:
    """Each answer once for its answer column and again for its notes column, in the sheet's order."""
    result: list[ObservationAnswer] = []
    for question, answer in zip(block.questions, answers, strict=True):
        result.append(answer)
        if question.notes:
            result.append(answer)
    return result

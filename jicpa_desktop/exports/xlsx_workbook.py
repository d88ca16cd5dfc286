"""The audit-grid workbook, streamed with xlsxwriter's constant-memory mode: memory stays flat however many files.

Sheets: Grid (one row per file, one column per question under its form), Summary (counts, percentages,
n and proportion words by agency and by principle, with charts), Findings (laid out like the published
reports), Evidence (every note in full), Escalations (one row per escalated form: the concern, who, when,
status), Flags (one row per data-quality flag, and ethnicity and language not recorded per agency), Observations
(one row per meeting observed: xlsx_observations) and About
(what, when, which versions, filters, how the sample was drawn, data protection).

In constant-memory mode each sheet streams its rows, in order, to its own temporary file, so Grid and
Evidence are written side by side while the rows stream past; Summary and Findings are written afterwards
from what was counted on the way. Charts are xlsxwriter charts on the Summary sheet that name the cells
they draw from. Every look is one shared Format and every value is written by its type (xlsx_formats):
free text is always a string cell, never a formula, with the quote prefix when it starts with a formula
character (see formula_safety).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name

from jicpa_desktop.exports.flags_data import FlagsData, flag_label
from jicpa_desktop.exports.formula_safety import cell_text, is_risky
from jicpa_desktop.exports.grid_data import (
    ALL,
    Cell,
    Counted,
    EscalationLine,
    FindingsBuilder,
    GridModel,
    GridRow,
    QuestionSummary,
    SummaryBuilder,
    Tally,
    Tone,
    escalation_status_text,
    escalations_count_text,
    form_versions_text,
    sample_facts,
    when_text,
)
from jicpa_desktop.exports.labels import label
from jicpa_desktop.exports.observation_data import observation_label, observations_count_text
from jicpa_desktop.exports.proportion_words import PROPORTION_BANDS, proportion_word
from jicpa_desktop.exports.timestamps import date_range, local_timestamp
from jicpa_desktop.exports.xlsx_formats import WORKBOOK_OPTIONS, Formats, write_text, write_value

Check = Callable[[], None]
Cells = Sequence[tuple[object, Format | None]]  # (value, format) for each cell of a row, from column A

# Fills a printer keeps legible (light backgrounds, dark text): the palette of Excel's Good/Neutral/Bad.
FILLS: dict[Tone, tuple[str, str]] = {
    Tone.POSITIVE: ("C6EFCE", "006100"),
    Tone.PARTIAL: ("FFEB9C", "7F4F00"),
    Tone.NEGATIVE: ("FFC7CE", "9C0006"),
    Tone.NOT_APPLICABLE: ("E4E4E4", "404040"),
}
HEADER_DARK = "1F3864"
HEADER_LIGHT = "D9E1F2"
MARKING_RED = "C00000"
NOT_OFFERED = "F2F2F2"

IDENTITY_WIDTHS = (14, 19, 11, 24, 27, 13)  # reference, agency, kind, inspector, overall, escalated
# reference, agency, form, inspector, raised by, when, concern and action, status, outcome
ESCALATION_WIDTHS = (13, 17, 24, 18, 18, 16, 64, 28, 34)
# reference, agency, check, what is wrong, form, inspector's note
FLAG_WIDTHS = (13, 17, 22, 70, 24, 40)
QUESTION_WIDTH = 12
TEXT_QUESTION_WIDTH = 22
GRADE_WIDTH = 27
CHECK_EVERY = 50  # rows between cancellation checks
CHART_ROWS = 18  # empty rows kept for the two summary charts (a row is about 0.53 cm)
PIXELS_PER_CM = 96 / 2.54
HEADER_LIMIT = 255  # characters Excel allows in a page header or footer
DATE_FORMAT = "DD/MM/YYYY"
MAX_ROW_HEIGHT = 409.0  # points: the tallest row Excel allows
CHOICES_KEPT = 4_096  # choice and grade texts remembered with their format (a form has a few dozen)


def _nothing() -> None:
    return None


def _release(wb: Any) -> None:
    """Close every sheet's row stream (constant-memory mode keeps one open per sheet until the workbook is
    closed): after a failure or a cancellation the temporary folder can then be removed, on Windows too."""
    for ws in wb.worksheets():
        fh = getattr(ws, "row_data_fh", None)
        if fh is not None and not fh.closed:
            fh.close()


def wrapped_height(*cells: tuple[str, float], line: float = 13.0) -> float | None:
    """A row height that shows wrapped text whole: spreadsheets do not grow rows written by a stream.

    *cells* are (text, column width in characters); None when every text fits on one line."""
    lines = 1
    for content, width in cells:
        usable = max(width - 1.5, 4.0)
        count = sum(max(1, -(-int(len(part) * 1.05) // int(usable))) for part in content.split("\n"))
        lines = max(lines, count)
    # Excel refuses a row taller than 409 points: a longer text scrolls inside its cell there.
    return None if lines == 1 else min(lines * line + 2, MAX_ROW_HEIGHT)


def key_questions(questions: Sequence[QuestionSummary], most: int = 12) -> list[QuestionSummary]:
    """The questions the charts show: every limiting (★) question, then the first counted question of
    each form not yet shown, up to *most*."""
    chosen = [q for q in questions if q.column.limiting][:most]
    forms_shown = {q.column.form_id for q in chosen}
    for q in questions:
        if len(chosen) >= most:
            break
        if q.column.form_id not in forms_shown:
            chosen.append(q)
            forms_shown.add(q.column.form_id)
    order = {id(q): i for i, q in enumerate(questions)}
    return sorted(chosen, key=lambda q: order[id(q)])


def _header_text(text: str) -> str:
    """*text* for a page header: "&" doubled (a single one starts a code such as &P); where the doubled text
    would still read as a picture code (&G), the full-width ampersand is used instead."""
    escaped = text.replace("&", "&&")
    return text.replace("&", "\uff06") if "&G" in escaped else escaped


def _units(text: str) -> int:
    """Length as Excel counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _header(parts: Sequence[tuple[str, str]]) -> str:
    """A page header from (section codes, text) parts, the last part's text cut to fit Excel's limit.

    Each part is given as its codes first (size, colour, font), then the text, so a text that starts with a
    digit is never read as part of the font size."""
    built = "".join(code + _header_text(text) for code, text in parts[:-1])
    code, text = parts[-1]
    room = HEADER_LIMIT - _units(built + code)
    shown = _header_text(text)
    if _units(shown) > room:
        text = text[:room]  # each character is at least one unit: the cut below starts within reach
        shown = _header_text(text + "…")
        while _units(shown) > room and text:
            text = text[:-1]
            shown = _header_text(text.rstrip() + "…")
    return built + code + shown


def _range(sheet: str, column: int, first: int, last: int | None = None) -> str:
    """A formula for cells of *column* (1-based, as are the rows) on *sheet*, the sheet name always quoted."""
    letter = xl_col_to_name(column - 1)
    quoted = "'" + sheet.replace("'", "''") + "'"
    end = f":${letter}${last}" if last is not None else ""
    return f"={quoted}!${letter}${first}{end}"


class _Sheet:
    """A streamed worksheet: its row counter (1-based: the number of the last row written) and page setup."""

    def __init__(self, wb: Any, formats: Formats, title: str, marking: str, heading: str) -> None:
        self.workbook = wb
        self.ws = wb.add_worksheet(title)
        self.title = title
        self.formats = formats
        self.row = 0
        ws = self.ws
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)
        ws.set_header(_header([(f'&L&10&K{MARKING_RED}&"Calibri,Bold"', marking),
                               ('&C&10&"Calibri,Regular"', heading)]))
        ws.set_footer(f'&L&9&K{MARKING_RED}&"Calibri,Bold"{_header_text(marking)}&R&9&"Calibri,Regular"&P / &N')

    def print_scale(self, scale: int) -> None:
        """For sheets too wide to fit a page: print at *scale* % (the caller repeats the headers)."""
        self.ws.set_print_scale(scale)

    def widths(self, widths: Sequence[float]) -> None:
        for index, width in enumerate(widths):
            self.ws.set_column(index, index, width)

    def append(self, cells: Cells, height: float | None = None) -> int:
        """Write *cells* as the next row; returns its 1-based number."""
        index = self.row
        self.row += 1
        ws, formats = self.ws, self.formats
        if height is not None:
            ws.set_row(index, height)
        for column, (value, fmt) in enumerate(cells):
            write_value(ws, index, column, value, fmt, formats)
        return self.row

    def blank(self) -> None:
        self.row += 1


class WorkbookWriter:
    def __init__(self, model: GridModel, *, check: Check = _nothing) -> None:
        self.model = model
        self.lang = model.info.lang
        self.check = check
        self.format_count = 0  # how many Formats the last write made (they are shared, never one per cell)

    def t(self, key: str) -> str:
        return label(key, self.lang)

    # -- entry point ---------------------------------------------------------------------------

    def write(self, path: Path) -> None:
        # Every temporary file xlsxwriter makes (a row stream per sheet, the parts it zips) goes into a folder
        # of our own, removed whatever happens: a failed or cancelled export leaves nothing behind.
        with tempfile.TemporaryDirectory(prefix="jicpa-xlsx-", ignore_cleanup_errors=True) as scratch:
            wb = xlsxwriter.Workbook(str(path), {**WORKBOOK_OPTIONS, "tmpdir": scratch})
            try:
                self._write(wb)
                try:
                    wb.close()
                except FileCreateError as error:  # the OSError underneath: the caller reports it as such
                    cause = error.args[0] if error.args else None
                    raise (cause if isinstance(cause, OSError) else OSError(str(error))) from error
            finally:
                _release(wb)

    def _write(self, wb: Any) -> None:
        model = self.model
        wb.set_properties({"author": "JICPA Desktop", "title": model.info.inspection_name,
                           "subject": self.t("grid_title"), "keywords": self.t("marking")})
        formats = Formats(wb)
        heading = model.info.inspection_name
        marking = self.t("marking")
        grid = _Sheet(wb, formats, self.t("sheet_grid"), marking, heading)
        summary_sheet = _Sheet(wb, formats, self.t("sheet_summary"), marking, heading)
        findings_sheet = _Sheet(wb, formats, self.t("sheet_findings"), marking, heading)
        evidence = _Sheet(wb, formats, self.t("sheet_evidence"), marking, heading)
        escalations = _Sheet(wb, formats, self.t("sheet_escalations"), marking, heading)
        flags = _Sheet(wb, formats, flag_label("sheet_flags", self.lang), marking, heading)
        observations = None if model.observations is None else _Sheet(
            wb, formats, observation_label("sheet_observations", self.lang), marking, heading)
        about = _Sheet(wb, formats, self.t("sheet_about"), marking, heading)

        summary = SummaryBuilder(model.columns)
        findings = FindingsBuilder((p for p, _ in model.principles), (code for code, _ in model.agencies))
        self._grid_top(grid)
        self._evidence_top(evidence)
        count = 0
        for row in model.rows:
            self._grid_row(grid, row)
            self._evidence_rows(evidence, row)
            summary.add(row)
            findings.add(row.reference, row.statements)
            count += 1
            if count % CHECK_EVERY == 0:
                self.check()
        self._grid_tail(grid, count)
        self._evidence_tail(evidence)
        self.check()
        self._summary(summary_sheet, summary)
        self._findings(findings_sheet, findings)
        self._escalations(escalations, model.escalations)
        self._flags(flags, model.flags)
        if observations is not None and model.observations is not None:
            from jicpa_desktop.exports.xlsx_observations import write_observations  # it builds on _Sheet

            write_observations(observations, model.observations, self.lang)
        self._about(about, count)
        self.format_count = len(formats)
        self.check()

    # -- grid ----------------------------------------------------------------------------------

    def _grid_top(self, sheet: _Sheet) -> None:
        model, ws, f = self.model, sheet.ws, sheet.formats
        widths: list[float] = list(IDENTITY_WIDTHS)
        for form in model.forms:
            widths += [TEXT_QUESTION_WIDTH if c.type == "text" else QUESTION_WIDTH for c in form.columns]
            widths.append(GRADE_WIDTH)
        sheet.widths(widths)
        # Each form's questions are one outline group beside its grade column: collapsed (the 1/2 buttons above
        # the sheet, or the [-] over a form), a form shows only its grade, so 700 columns read form by form.
        column = len(IDENTITY_WIDTHS)
        for form in model.forms:
            for offset in range(len(form.columns)):
                ws.set_column(column + offset, column + offset, widths[column + offset], None, {"level": 1})
            column += len(form.columns) + 1
        self._grid_last_col = len(widths)
        ws.freeze_panes(2, len(IDENTITY_WIDTHS))  # G3
        ws.repeat_rows(0, 1)
        ws.repeat_columns(0)
        sheet.print_scale(60)
        dark = f.get(bold=True, color="FFFFFF", fill=HEADER_DARK, vertical="center", border=True)
        marking = f.get(bold=True, color="FFFFFF", fill=MARKING_RED, vertical="center", border=True)
        light = f.get(bold=True, size=8, fill=HEADER_LIGHT, wrap=True, border=True)
        ws.set_row(0, 30)
        ws.set_row(1, 110)
        title = f"{self.t('marking')} — {model.info.inspection_name}"
        self._merged(ws, 0, len(IDENTITY_WIDTHS) - 1, title, marking, f)
        column = len(IDENTITY_WIDTHS)
        for form in model.forms:  # the whole top row first: constant-memory mode writes rows in order
            span = len(form.columns) + 1
            self._merged(ws, column, column + span - 1, form.title, dark, f)
            column += span
        for column, key in enumerate(("reference", "agency", "kind", "inspector", "overall", "escalation")):
            write_text(ws, 1, column, self.t(key), light, f)
        column = len(IDENTITY_WIDTHS)
        for form in model.forms:
            span = len(form.columns) + 1
            for offset, c in enumerate(form.columns):
                star = " ★" if c.limiting else ""
                write_text(ws, 1, column + offset, f"{c.numbered_label}{star}", light, f)
                # The id stays with the heading for whoever traces a column back to its form definition.
                ws.write_comment(1, column + offset, f"{c.question_id}\n{form.title}",
                                 {"author": "JICPA Desktop", "width": 200, "height": 40})
            write_text(ws, 1, column + span - 1, self.t("form_grade"), light, f)
            column += span
        sheet.row = 2
        self._tone_formats = {
            tone: f.get(fill=fill, color=text, border=True, horizontal="center", bold=tone is Tone.NEGATIVE)
            for tone, (fill, text) in FILLS.items()
        }
        # A grade the inspector has not confirmed is italic (and says "(suggested)").
        self._suggested_formats = {
            tone: f.get(fill=fill, color=text, border=True, horizontal="center", italic=True,
                        bold=tone is Tone.NEGATIVE)
            for tone, (fill, text) in FILLS.items()
        }
        # A date the form treats as negative (or positive): coloured, and still shown as a date.
        self._tone_dates = {
            tone: f.get(fill=fill, color=text, border=True, horizontal="center", number_format=DATE_FORMAT)
            for tone, (fill, text) in FILLS.items()
        }
        self._choices: dict[tuple[str, Tone, bool], tuple[str, Format]] = {}
        self._plain = f.get(border=True)
        self._plain_text = f.get(border=True, size=9)
        self._date = f.get(border=True, number_format=DATE_FORMAT, horizontal="center")
        self._number = f.get(border=True, horizontal="center")
        self._not_offered = f.get(border=True, fill=NOT_OFFERED)
        self._reference = f.get(border=True, bold=True)
        self._escalated = f.get(border=True, bold=True, color="FFFFFF", fill=MARKING_RED, horizontal="center")

    @staticmethod
    def _merged(ws: Any, first: int, last: int, text: str, fmt: Format, formats: Formats) -> None:
        """*text* across columns first..last of the top row (merged when they are more than one)."""
        if last > first:
            stored = cell_text(text)
            ws.merge_range(0, first, 0, last, stored, formats.quoted(fmt) if is_risky(text) or is_risky(stored)
                           else fmt)
        else:
            write_text(ws, 0, first, text, fmt, formats)

    def _value_format(self, cell: Cell) -> Format:
        value = cell.value
        if cell.tone is not Tone.NEUTRAL:
            if isinstance(value, str):
                return (self._suggested_formats if cell.suggested else self._tone_formats)[cell.tone]
            if isinstance(value, dt.date):
                return self._tone_dates[cell.tone]
            return self._tone_formats[cell.tone]
        if isinstance(value, str):
            return self._plain_text
        if isinstance(value, dt.date):
            return self._date
        return self._number

    def _grid_row(self, sheet: _Sheet, row: GridRow) -> None:
        ws, formats = sheet.ws, sheet.formats
        index = sheet.row
        sheet.row += 1
        plain = self._plain
        write_text(ws, index, 0, row.reference, self._reference, formats)
        write_text(ws, index, 1, row.agency_label, plain, formats)
        write_text(ws, index, 2, row.kind_label, plain, formats)
        write_text(ws, index, 3, row.inspector, plain, formats)
        overall = row.overall
        if overall is None:
            ws.write_blank(index, 4, None, plain)
        else:
            write_value(ws, index, 4, overall.value, self._value_format(overall), formats)
        if row.escalated:
            write_text(ws, index, 5, self.t("escalated_yes"), self._escalated, formats)
        else:
            ws.write_blank(index, 5, None, plain)
        column = len(IDENTITY_WIDTHS)
        cells = row.cells
        position = 0
        choices = self._choices
        write_string = ws.write_string
        for block_index, form in enumerate(self.model.forms):
            empty = plain if row.offered[block_index] else self._not_offered
            for cell in (*cells[position:position + len(form.columns)], row.grades[block_index]):
                value = cell.value if cell is not None else None
                if cell is None:
                    ws.write_blank(index, column, None, empty)
                elif value and cell.tone is not Tone.NEUTRAL and not cell.free_text and isinstance(value, str):
                    # A choice or a grade: a handful of texts, each cleaned and given its format once.
                    key = (value, cell.tone, cell.suggested)
                    known = choices.get(key)
                    if known is None:
                        known = self._choice(cell, formats)
                        if len(choices) < CHOICES_KEPT:
                            choices[key] = known
                    write_string(index, column, known[0], known[1])
                else:
                    write_value(ws, index, column, value, self._value_format(cell), formats)
                column += 1
            position += len(form.columns)

    def _choice(self, cell: Cell, formats: Formats) -> tuple[str, Format]:
        """The text and format of a choice cell, as write_text would write it."""
        text = str(cell.value)
        stored = cell_text(text)
        fmt = self._value_format(cell)
        return stored, formats.quoted(fmt) if is_risky(text) or is_risky(stored) else fmt

    def _grid_tail(self, sheet: _Sheet, count: int) -> None:
        sheet.ws.autofilter(1, 0, max(1, count + 1), self._grid_last_col - 1)

    # -- evidence ------------------------------------------------------------------------------

    def _evidence_top(self, sheet: _Sheet) -> None:
        ws, f = sheet.ws, sheet.formats
        sheet.widths((14, 19, 11, 22, 26, 11, 40, 6, 12, 80))
        ws.freeze_panes(2, 1)  # B3
        ws.repeat_rows(1)
        self._ev_head = f.get(bold=True, fill=HEADER_LIGHT, wrap=True, border=True)
        self._ev_text = f.get(wrap=True, border=True)
        self._ev_plain = f.get(border=True)
        self._ev_tones = {tone: f.get(fill=fill, color=text, border=True, bold=tone is Tone.NEGATIVE)
                          for tone, (fill, text) in FILLS.items()}
        sheet.append([(self.t("evidence_title"), f.get(bold=True, size=14))], height=22)
        sheet.append([(self.t(k), self._ev_head) for k in
                      ("reference", "agency", "kind", "inspector", "form", "question_id", "question", "row",
                       "answer", "evidence_note")])
        self._evidence_count = 0

    def _evidence_rows(self, sheet: _Sheet, row: GridRow) -> None:
        plain, text = self._ev_plain, self._ev_text
        for note in row.notes:
            sheet.append((
                (row.reference, plain),
                (row.agency_label, plain),
                (row.kind_label, plain),
                (row.inspector, plain),
                (note.form_title, text),
                (note.question_id, plain),
                (note.question_label, text),
                (note.row_number, plain),
                (note.answer, self._ev_tones.get(note.tone, plain)),
                (note.note, text),
            ), height=wrapped_height((note.form_title, 26), (note.question_label, 40), (note.note, 80)))
            self._evidence_count += 1

    def _evidence_tail(self, sheet: _Sheet) -> None:
        if self._evidence_count == 0:
            sheet.append([(self.t("no_evidence"), None)])
            return
        sheet.ws.autofilter(1, 0, sheet.row - 1, 9)

    # -- summary -------------------------------------------------------------------------------

    def _tally_cells(self, tally: Tally) -> list[tuple[object, Format | None]]:
        plain, pct, word = self._tally_formats
        cells: list[tuple[object, Format | None]] = [(tally.n, plain)]
        for counted in (Counted.YES, Counted.PARTLY, Counted.NO):
            share = tally.share(counted)
            cells += [
                (tally.count(counted), plain),
                (share, pct) if share is not None else ("–", plain),
                (proportion_word(tally.count(counted), tally.n).get(self.lang), word),
            ]
        return cells

    def _agency_label(self, code: str) -> str:
        if code == ALL:
            return self.t("all_agencies")
        for known, text in self.model.agencies:
            if known == code:
                return text
        return code

    def _agency_order(self, tallies: dict[str, Tally]) -> list[str]:
        known = [code for code, _ in self.model.agencies if code in tallies]
        return [ALL, *known, *sorted(set(tallies) - set(known) - {ALL})]

    def _summary(self, sheet: _Sheet, summary: SummaryBuilder) -> None:
        ws, f = sheet.ws, sheet.formats
        sheet.widths((24, 9, 48, 19, 6, 6, 7, 13, 7, 8, 13, 6, 7, 13, 34))
        ws.freeze_panes(3, 0)  # A4
        title = f.get(bold=True, size=14)
        section = f.get(bold=True, size=12, color=HEADER_DARK)
        head = f.get(bold=True, fill=HEADER_LIGHT, wrap=True, border=True, vertical="center")
        text = f.get(wrap=True, border=True)
        bold_text = f.get(wrap=True, border=True, bold=True)
        note = f.get(italic=True, wrap=False)
        self._tally_formats = (f.get(border=True, horizontal="center"),
                               f.get(border=True, horizontal="center", number_format="0%"),
                               f.get(border=True, italic=True))
        sheet.append([(self.t("summary_title"), title)], height=22)
        sheet.append([(self.t("summary_note"), note)])
        sheet.blank()
        tally_heads = ["n", "yes", "pct_yes", "word_yes", "partly", "pct_partly", "word_partly", "no", "pct_no",
                       "word_no"]
        questions = summary.questions()
        if not questions:
            sheet.append([(self.t("no_counted_questions"), note)])
            return

        # By principle, every agency then each agency.
        sheet.append([(self.t("by_principle"), section)], height=18)
        sheet.append([(self.t(k), head) for k in ("principle", "question_id", "question", "agency")]
                     + [(self.t(k), head) for k in tally_heads], height=30)
        principles = summary.principles()
        agency_codes = [code for code, _ in self.model.agencies]
        for principle, principle_label in self.model.principles:
            tallies = principles[principle]
            for code in self._agency_order(tallies):
                style = bold_text if code == ALL else text
                sheet.append([(principle_label, style), ("", text), ("", text),
                              (self._agency_label(code), style), *self._tally_cells(tallies[code])])
        sheet.blank()

        # Yes (%) by principle and agency: the matrix the second chart draws.
        present = [code for code in agency_codes if any(code in principles[p] for p, _ in self.model.principles)]
        matrix_codes = [ALL, *present]
        matrix_top = sheet.append([(self.t("chart_principle_title"), section)], height=18)
        pct = f.get(border=True, horizontal="center", number_format="0%")
        sheet.append([(self.t("principle"), head)]
                     + [(self._agency_label(code), head) for code in matrix_codes], height=30)
        for principle, principle_label in self.model.principles:
            row: list[tuple[object, Format | None]] = [(principle_label, text)]
            for code in matrix_codes:
                tally = principles[principle].get(code)
                share = tally.share(Counted.YES) if tally else None
                row.append((share, pct) if share is not None else ("–", text))
            sheet.append(row)
        matrix_end = sheet.row
        sheet.blank()

        # Key (limiting) questions, all agencies: the first chart draws these rows.
        key = key_questions(questions)
        key_top = sheet.append([(self.t("key_questions"), section)], height=18)
        sheet.append([(self.t(k), head) for k in ("form", "question_id", "question", "agency")]
                     + [(self.t(k), head) for k in tally_heads], height=30)
        form_titles = {form.form_id: form.title for form in self.model.forms}
        small_grey = f.get(size=8, color="808080")
        for q in key:
            tally = q.tallies[ALL]
            sheet.append([(form_titles[q.column.form_id], text), (q.column.question_id, text),
                          (q.column.label, text), (self.t("all_agencies"), text),
                          *self._tally_cells(tally), (q.column.question_id, small_grey)],
                         height=wrapped_height((q.column.label, 48), (form_titles[q.column.form_id], 24)))
        key_end = sheet.row
        sheet.blank()
        # The charts sit in rows kept empty for them, so they print with the tables rather than beside them.
        chart_row = sheet.row + 1
        for _ in range(CHART_ROWS):
            sheet.blank()

        # Every question, every agency then each agency.
        sheet.append([(self.t("by_question"), section)], height=18)
        head_row = sheet.append([(self.t(k), head) for k in ("form", "question_id", "question", "agency")]
                                + [(self.t(k), head) for k in tally_heads], height=30)
        for q in questions:
            for code in self._agency_order(q.tallies):
                style = bold_text if code == ALL else text
                star = " ★" if q.column.limiting else ""
                sheet.append([(form_titles[q.column.form_id], style),
                              (q.column.question_id + star, style), (q.column.label, style),
                              (self._agency_label(code), style), *self._tally_cells(q.tallies[code])],
                             height=wrapped_height((q.column.label, 48), (form_titles[q.column.form_id], 24)))
        ws.autofilter(head_row - 1, 0, sheet.row - 1, 13)
        self._charts(sheet, key_top + 2, key_end, matrix_top + 2, matrix_end, len(matrix_codes), chart_row)

    def _charts(self, sheet: _Sheet, key_first: int, key_last: int, matrix_first: int, matrix_last: int,
                agencies: int, row: int) -> None:
        """The two Summary charts, drawn from the Summary's own cells (rows and columns 1-based)."""
        wb, ws, name = sheet.workbook, sheet.ws, sheet.title
        if key_last >= key_first:
            chart = wb.add_chart({"type": "bar", "subtype": "percent_stacked"})
            for column, colour in ((6, "70AD47"), (9, "FFC000"), (12, "C00000")):
                chart.add_series({
                    "name": _range(name, column, key_first - 1),
                    "values": _range(name, column, key_first, key_last),
                    "categories": _range(name, 15, key_first, key_last),
                    "fill": {"color": f"#{colour}"}, "border": {"color": f"#{colour}"}, "overlap": 100,
                })
            chart.set_title({"name": self.t("chart_key_title")})
            # In a bar chart x is the value axis (across) and y the category axis (down).
            chart.set_x_axis({"name": "%", "num_format": "0%"})
            chart.set_y_axis({"reverse": True})  # first question at the top, as in the table
            chart.set_legend({"position": "bottom"})
            chart.set_size({"width": round(15 * PIXELS_PER_CM), "height": round(CHART_ROWS * 0.5 * PIXELS_PER_CM)})
            ws.insert_chart(row - 1, 0, chart)
        if matrix_last >= matrix_first and agencies:
            chart = wb.add_chart({"type": "column"})
            for column in range(2, 2 + agencies):
                chart.add_series({
                    "name": _range(name, column, matrix_first - 1),
                    "values": _range(name, column, matrix_first, matrix_last),
                    "categories": _range(name, 1, matrix_first, matrix_last),
                })
            chart.set_title({"name": self.t("chart_principle_title")})
            chart.set_y_axis({"num_format": "0%", "min": 0, "max": 1})
            chart.set_legend({"position": "right"})
            chart.set_size({"width": round(18 * PIXELS_PER_CM), "height": round(CHART_ROWS * 0.5 * PIXELS_PER_CM)})
            ws.insert_chart(row - 1, 3, chart)

    # -- findings ------------------------------------------------------------------------------

    def _findings(self, sheet: _Sheet, findings: FindingsBuilder) -> None:
        f = sheet.formats
        sheet.widths((90, 7, 34, 12, 22))
        title = f.get(bold=True, size=14)
        principle_style = f.get(bold=True, size=13, color="FFFFFF", fill=HEADER_DARK, vertical="center")
        block_style = f.get(bold=True, size=11, color=HEADER_DARK, fill=HEADER_LIGHT)
        agency_style = f.get(bold=True, italic=True)
        head = f.get(bold=True, size=9, color="595959")
        line_style = f.get(wrap=True)
        small = f.get(wrap=True, size=9)
        marker = f.get(italic=True, size=9, color=MARKING_RED)
        empty = f.get(italic=True, color="595959")
        centred = f.get(horizontal="center")
        sheet.append([(self.t("findings_title"), title)], height=22)
        sheet.append([(self.t("findings_note"), f.get(italic=True, wrap=True))], height=30)
        principle_labels = dict(self.model.principles)
        for item in findings.result():
            sheet.blank()
            sheet.append([(principle_labels.get(item.principle, str(item.principle)), principle_style),
                          *[("", principle_style)] * 4], height=20)
            for block in item.blocks:
                sheet.append([(self.t(block.heading_key), block_style), *[("", block_style)] * 4], height=16)
                if not any(lines for _, lines in block.by_agency):
                    sheet.append([(self.t("nothing_to_record"), empty)])
                    continue
                sheet.append([(self.t(k), head) for k in ("finding", "files", "case_refs")]
                             + [("", head), (self.t("sources"), head)])
                for agency, lines in block.by_agency:
                    if agency:
                        sheet.append([(self._agency_name(agency), agency_style)])
                        if not lines:
                            sheet.append([(self.t("nothing_to_record"), empty)])
                            continue
                    for line in lines:
                        refs = ", ".join(line.references)
                        sources = ", ".join(line.sources)
                        sheet.append([
                            (line.text, line_style),
                            (len(line.references), centred),
                            (refs, small),
                            (self.t("single_case") if line.single_case else "", marker),
                            (sources, small),
                        ], height=wrapped_height((line.text, 90), (refs, 38), (sources, 24)))

    def _agency_name(self, code: str) -> str:
        if code == "third_sector":
            return self.t("third_sector")
        return self._agency_label(code)

    # -- escalations ---------------------------------------------------------------------------

    def _escalations(self, sheet: _Sheet, lines: Sequence[EscalationLine]) -> None:
        """One row per escalated form of the exported files, new first; the concern and outcome whole."""
        ws, f = sheet.ws, sheet.formats
        widths = ESCALATION_WIDTHS
        sheet.widths(widths)
        ws.freeze_panes(3, 1)  # B4
        ws.repeat_rows(2)
        head = f.get(bold=True, fill=HEADER_LIGHT, wrap=True, border=True, vertical="center")
        plain = f.get(border=True, wrap=True)
        reference = f.get(border=True, bold=True)
        sheet.append([(self.t("escalations_title"), f.get(bold=True, size=14))], height=22)
        sheet.append([(self.t("escalations_note"), f.get(italic=True))])
        sheet.append([(self.t(k), head) for k in (
            "reference", "agency", "form", "inspector", "escalation_raised_by", "escalation_raised",
            "escalation_concern", "status", "escalation_outcome")], height=30)
        if not lines:
            sheet.append([(self.t("no_escalations"), f.get(italic=True, color="595959"))])
            return
        tones = {tone: f.get(fill=fill, color=colour, border=True, wrap=True, bold=tone is Tone.NEGATIVE)
                 for tone, (fill, colour) in FILLS.items()}
        for line in lines:
            status = escalation_status_text(line, self.lang)
            when = when_text(line.raised_at, self.lang)
            sheet.append((
                (line.reference, reference),
                (line.agency_label, plain),
                (line.form_title, plain),
                (line.inspector, plain),
                (line.raised_by, plain),
                (when, plain),
                (line.concern, plain),
                (status, tones[line.tone]),
                (line.outcome, plain),
            ), height=wrapped_height((line.form_title, widths[2]), (line.concern, widths[6]),
                                     (status, widths[7]), (line.outcome, widths[8]), (line.raised_by, widths[4])))
        ws.autofilter(2, 0, sheet.row - 1, len(widths) - 1)

    # -- data-quality flags --------------------------------------------------------------------

    def _flags(self, sheet: _Sheet, data: FlagsData | None) -> None:
        """One row per flag of the exported files (file references only), then ethnicity and language not
        recorded, per agency. Warnings, so amber, never the red of a gap."""
        ws, f = sheet.ws, sheet.formats
        widths = FLAG_WIDTHS
        sheet.widths(widths)
        ws.freeze_panes(3, 1)  # B4
        ws.repeat_rows(2)
        head = f.get(bold=True, fill=HEADER_LIGHT, wrap=True, border=True, vertical="center")
        plain = f.get(border=True, wrap=True)
        reference = f.get(border=True, bold=True)
        fill, colour = FILLS[Tone.PARTIAL]
        check = f.get(fill=fill, color=colour, border=True, wrap=True)
        quiet = f.get(italic=True, color="595959")
        note = f.get(italic=True)
        sheet.append([(flag_label("flags_title", self.lang), f.get(bold=True, size=14))], height=22)
        sheet.append([(flag_label("flags_note", self.lang), note)])
        sheet.append([(text, head) for text in (
            self.t("reference"), self.t("agency"), flag_label("flag_check", self.lang),
            flag_label("flag_problem", self.lang), self.t("form"), flag_label("flag_note", self.lang))], height=30)
        if data is None or not data.lines:
            sheet.append([(flag_label("no_flags" if data is not None else "flags_not_checked", self.lang), quiet)])
        else:
            for line in data.lines:
                sheet.append((
                    (line.reference, reference),
                    (line.agency_label, plain),
                    (line.check, check),
                    (line.problem, plain),
                    (line.form_title, plain),
                    (line.note, plain),
                ), height=wrapped_height((line.check, widths[2]), (line.problem, widths[3]),
                                         (line.form_title, widths[4]), (line.note, widths[5])))
            ws.autofilter(2, 0, sheet.row - 1, len(widths) - 1)
        if data is None:
            return
        sheet.blank()
        sheet.append([(flag_label("recording_title", self.lang), f.get(bold=True, size=12))], height=18)
        sheet.append([(flag_label("recording_note", self.lang), note)])
        keys = ("ethnicity_answered", "ethnicity_missing", "language_answered", "language_missing")
        sheet.append([(self.t("agency"), head), *((flag_label(k, self.lang), head) for k in keys)], height=30)
        number = f.get(border=True)
        missing = f.get(border=True, fill=fill, color=colour)
        for counts in data.recording:
            sheet.append((
                (counts.agency_label, plain),
                (counts.ethnicity_answered, number),
                (counts.ethnicity_missing, missing if counts.ethnicity_missing else number),
                (counts.language_answered, number),
                (counts.language_missing, missing if counts.language_missing else number),
            ))

    # -- about ---------------------------------------------------------------------------------

    def _about(self, sheet: _Sheet, count: int) -> None:
        f = sheet.formats
        info = self.model.info
        sheet.widths((30, 110))
        title = f.get(bold=True, size=14)
        key = f.get(bold=True, wrap=True)
        value = f.get(wrap=True)
        warn = f.get(bold=True, color=MARKING_RED, wrap=True)
        sheet.append([(self.t("marking"), f.get(bold=True, size=12, color=MARKING_RED))])
        sheet.append([(self.t("about_title"), title)], height=22)
        filters = "; ".join(f"{name}: {val}" for name, val in info.filters) or self.t("no_filters")
        rows: list[tuple[str, str, Format]] = [
            ("inspection", info.inspection_name, value),
            ("local_authority", info.local_authority, value),
            ("fieldwork", date_range(info.start_date, info.end_date, self.lang), value),
            ("exported_at", local_timestamp(info.exported_at, self.lang), value),
            ("exported_by", info.exported_by, value),
            ("filters", filters, value),
            ("files_count", str(count), value),
            ("escalations_title", escalations_count_text(self.model.escalations, self.lang), value),
        ]
        if self.model.observations is not None:
            rows.append(("meetings_observed", observations_count_text(self.model.observations, self.lang), value))
        rows += [
            ("local_terms", info.local_terms or self.t("no_local_terms"), value),
            ("identifying", self.t("identifying_included" if info.include_identifying else "identifying_excluded"),
             warn if info.include_identifying else value),
            *([] if info.include_identifying else [("pseudonymity", self.t("pseudonymity_statement"), value)]),
        ]
        for key_name, text, style in rows:
            self._about_row(sheet, self.t(key_name), text, key, style)
        if self.model.sample is not None:  # how the files were chosen, beside how many there are
            for name, text in sample_facts(self.model.sample, self.lang):
                self._about_row(sheet, name, text, key, value)
        rows = [
            ("language", self.t("language_name"), value),
            ("app_version", info.app_version, value),
            ("form_versions", form_versions_text(self.model.forms, self.lang), value),
            ("data_protection", self.t("data_protection_notice"), warn),
            ("grade", self.t("grades_note"), value),
            ("colour_key", self.t("colour_key_text"), value),
        ]
        for key_name, text, style in rows:
            self._about_row(sheet, self.t(key_name), text, key, style)
        sheet.blank()
        sheet.append([(self.t("proportion_table"), key), (self.t("proportion_source"), value)])
        for band in PROPORTION_BANDS:
            sheet.append([(band.description, value), (band.word.get(self.lang), value)])
        sheet.blank()
        sheet.append([(self.t("colour_key"), key)])
        for tone, key_name in ((Tone.POSITIVE, "yes"), (Tone.PARTIAL, "partly"), (Tone.NEGATIVE, "no"),
                               (Tone.NOT_APPLICABLE, "not_applicable")):
            fill, colour = FILLS[tone]
            sheet.append([(self.t(key_name), f.get(fill=fill, color=colour, border=True,
                                                   bold=tone is Tone.NEGATIVE))])

    @staticmethod
    def _about_row(sheet: _Sheet, name: str, text: str, key: Format, style: Format) -> None:
        sheet.append([(name, key), (text, style)], height=wrapped_height((text, 100), (name, 30), line=14.5))


def write_workbook(model: GridModel, path: Path, *, check: Check = _nothing) -> None:
    """Write the audit-grid workbook for *model* to *path* (the caller makes the write atomic)."""
    WorkbookWriter(model, check=check).write(path)

"""The audit-grid workbook, streamed with openpyxl's write-only mode: memory stays flat however many files.

Sheets: Grid (one row per file, one column per question under its form), Summary (counts, percentages,
n and proportion words by agency and by principle, with charts), Findings (laid out like the published
reports), Evidence (every note in full) and About (what, when, which versions, filters, data protection).

Grid and Evidence are written while the rows stream past (write-only sheets each keep their own temporary
file, so appending to both in turn is fine); Summary and Findings are written from what was counted on the
way. Charts are openpyxl BarCharts on the Summary sheet, referring to its cells: write-only sheets accept
charts because a chart only names the cells it draws from.

Every free-text value is written as a string cell (data_type "s", an inline string): never a formula, and
with quotePrefix set when it starts with a formula character (see formula_safety).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter

from jicpa_desktop.exports.formula_safety import cell_text, is_risky
from jicpa_desktop.exports.grid_data import (
    ALL,
    Cell,
    Counted,
    FindingsBuilder,
    GridModel,
    GridRow,
    QuestionSummary,
    SummaryBuilder,
    Tally,
    Tone,
    form_versions_text,
)
from jicpa_desktop.exports.labels import label
from jicpa_desktop.exports.proportion_words import PROPORTION_BANDS, proportion_word
from jicpa_desktop.exports.timestamps import date_range, local_timestamp

Check = Callable[[], None]

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
QUESTION_WIDTH = 12
TEXT_QUESTION_WIDTH = 22
GRADE_WIDTH = 27
CHECK_EVERY = 50  # rows between cancellation checks
CHART_ROWS = 18  # empty rows kept for the two summary charts (a row is about 0.53 cm)

_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _nothing() -> None:
    return None


class _SharedStyle(StyleArray):  # type: ignore[misc]  # openpyxl has no type hints
    """A cell style shared by every cell that uses it and never changed once made. openpyxl looks each written
    cell's style up in the workbook's style list, hashing it; the hash is worked out here once, not per cell."""

    __slots__ = ("_hash",)

    def __hash__(self) -> int:
        return self._hash  # type: ignore[no-any-return]


def _shared(style: Any) -> _SharedStyle:
    found = _SharedStyle(style)
    found._hash = hash(tuple(found))
    return found


class _QuietCell(SheetCell):  # type: ignore[misc]
    """A streamed cell. The write-only sheet first tries each appended cell as a value, fails, and formats the
    failure with repr(cell) before using it as a cell: a cheap repr keeps that from costing a few µs a cell."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<cell>"


class _Styles:
    """Every cell style, made once and shared by the cells that use it (style objects built per cell are
    openpyxl's slow path); `quoted` gives a style's quotePrefix twin for text a spreadsheet could misread."""

    def __init__(self, ws: Any) -> None:
        self._ws = ws
        self._cache: dict[tuple[Any, ...], _SharedStyle] = {}

    def template(self, *, bold: bool = False, italic: bool = False, size: float = 10, color: str = "000000",
                 fill: str | None = None, wrap: bool = False, vertical: str = "top", horizontal: str | None = None,
                 border: bool = False, number_format: str | None = None) -> _SharedStyle:
        key = (bold, italic, size, color, fill, wrap, vertical, horizontal, border, number_format)
        found = self._cache.get(key)
        if found is None:
            cell = WriteOnlyCell(self._ws, value="")
            cell.font = Font(name="Calibri", bold=bold, italic=italic, size=size, color=color)
            if fill:
                cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
            cell.alignment = Alignment(wrap_text=wrap, vertical=vertical, horizontal=horizontal)
            if border:
                cell.border = _BORDER
            if number_format:
                cell.number_format = number_format
            found = self._cache[key] = _shared(cell._style)
        return found


_DEFAULT_STYLE = _shared(StyleArray())
_QUOTED: dict[StyleArray, _SharedStyle] = {}  # keyed by content: as many entries as distinct styles


def _quoted(style: _SharedStyle | None) -> _SharedStyle:
    """*style* with quotePrefix set: the spreadsheet keeps the text literal even when someone edits the cell."""
    base = style if style is not None else _DEFAULT_STYLE
    found = _QUOTED.get(base)
    if found is None:
        twin = StyleArray(base)
        twin.quotePrefix = 1
        found = _QUOTED[base] = _shared(twin)
    return found


def _cell(ws: Any, value: object, style: _SharedStyle | None = None) -> SheetCell:
    """A cell for *value*; strings are always written as strings, never formulas (see formula_safety)."""
    if isinstance(value, str):
        return _text_cell(ws, value, style)
    cell = _QuietCell(ws, row=1, column=1, value=value)  # the sheet sets the real position as it writes
    if style is not None:
        cell._style = style
    return cell


def _text_cell(ws: Any, value: str, style: _SharedStyle | None) -> SheetCell:
    text = cell_text(value)
    cell = _QuietCell(ws, row=1, column=1)
    # Set directly rather than through cell.value, which would make "=…" a formula: a string is a string.
    cell._value = text
    cell.data_type = "s"
    cell._style = _quoted(style) if is_risky(value) or is_risky(text) else style
    return cell


def _abandon(wb: Workbook) -> None:
    """After a failure or a cancellation: close every half-written sheet stream and delete its temporary
    file, so nothing is left in the temp folder and no generator is finalised later."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if ws._rows is not None:
                ws._rows.close()
        with contextlib.suppress(Exception):
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def wrapped_height(*cells: tuple[str, float], line: float = 13.0) -> float | None:
    """A row height that shows wrapped text whole: spreadsheets do not grow rows written by a stream.

    *cells* are (text, column width in characters); None when every text fits on one line."""
    lines = 1
    for content, width in cells:
        usable = max(width - 1.5, 4.0)
        count = sum(max(1, -(-int(len(part) * 1.05) // int(usable))) for part in content.split("\n"))
        lines = max(lines, count)
    return None if lines == 1 else lines * line + 2


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


def _header_part(part: Any, content: str, size: int, *, bold: bool = False, color: str | None = None) -> None:
    part.text = content
    part.size = size
    part.font = "Calibri,Bold" if bold else "Calibri,Regular"
    if color:
        part.color = color


class _Sheet:
    """A write-only worksheet with a row counter and the shared styles."""

    def __init__(self, wb: Workbook, title: str, marking: str, heading: str) -> None:
        self.ws = wb.create_sheet(title)
        self.styles = _Styles(self.ws)
        self.row = 0
        ws = self.ws
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_options.gridLines = False
        _header_part(ws.oddHeader.left, marking, 10, bold=True, color=MARKING_RED)
        _header_part(ws.oddHeader.center, heading.replace("&", "&&"), 10)
        _header_part(ws.oddFooter.left, marking, 9, bold=True, color=MARKING_RED)
        _header_part(ws.oddFooter.right, "&P / &N", 9)

    def print_scale(self, scale: int) -> None:
        """For sheets too wide to fit a page: print at *scale* % with the headers repeated on every page."""
        self.ws.sheet_properties.pageSetUpPr.fitToPage = False
        self.ws.page_setup.scale = scale

    def widths(self, widths: Sequence[float]) -> None:
        for index, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = width

    def append(self, cells: Sequence[object], height: float | None = None) -> int:
        self.row += 1
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        self.ws.append(list(cells))
        return self.row

    def blank(self) -> None:
        self.append([])


class WorkbookWriter:
    def __init__(self, model: GridModel, *, check: Check = _nothing) -> None:
        self.model = model
        self.lang = model.info.lang
        self.check = check

    def t(self, key: str) -> str:
        return label(key, self.lang)

    # -- entry point ---------------------------------------------------------------------------

    def write(self, path: Path) -> None:
        wb = Workbook(write_only=True)
        try:
            self._write(wb, path)
        except BaseException:
            _abandon(wb)
            raise

    def _write(self, wb: Workbook, path: Path) -> None:
        model = self.model
        wb.properties.creator = "JICPA Desktop"
        wb.properties.title = model.info.inspection_name
        wb.properties.subject = self.t("grid_title")
        wb.properties.keywords = self.t("marking")
        heading = model.info.inspection_name
        marking = self.t("marking")
        grid = _Sheet(wb, self.t("sheet_grid"), marking, heading)
        summary_sheet = _Sheet(wb, self.t("sheet_summary"), marking, heading)
        findings_sheet = _Sheet(wb, self.t("sheet_findings"), marking, heading)
        evidence = _Sheet(wb, self.t("sheet_evidence"), marking, heading)
        about = _Sheet(wb, self.t("sheet_about"), marking, heading)

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
        self._about(about, count)
        self.check()
        wb.save(path)

    # -- grid ----------------------------------------------------------------------------------

    def _grid_top(self, sheet: _Sheet) -> None:
        model, ws = self.model, sheet.ws
        widths: list[float] = list(IDENTITY_WIDTHS)
        for form in model.forms:
            widths += [TEXT_QUESTION_WIDTH if c.type == "text" else QUESTION_WIDTH for c in form.columns]
            widths.append(GRADE_WIDTH)
        sheet.widths(widths)
        self._grid_last_col = len(widths)
        ws.freeze_panes = "G3"
        ws.print_title_rows = "1:2"
        ws.print_title_cols = "A:A"
        sheet.print_scale(60)
        s = sheet.styles
        self._grid_styles = s
        dark = s.template(bold=True, color="FFFFFF", fill=HEADER_DARK, vertical="center", border=True)
        marking = s.template(bold=True, color="FFFFFF", fill=MARKING_RED, vertical="center", border=True)
        light = s.template(bold=True, size=8, fill=HEADER_LIGHT, wrap=True, border=True)
        first = [_cell(ws, f"{self.t('marking')} — {model.info.inspection_name}", marking)]
        first += [_cell(ws, "", marking) for _ in range(len(IDENTITY_WIDTHS) - 1)]
        second = [_cell(ws, self.t(k), light) for k in
                  ("reference", "agency", "kind", "inspector", "overall", "escalation")]
        column = len(IDENTITY_WIDTHS) + 1
        ws.merged_cells.add(f"A1:{get_column_letter(len(IDENTITY_WIDTHS))}1")
        for form in model.forms:
            span = len(form.columns) + 1
            first.append(_cell(ws, form.title, dark))
            first += [_cell(ws, "", dark) for _ in range(span - 1)]
            if span > 1:
                ws.merged_cells.add(f"{get_column_letter(column)}1:{get_column_letter(column + span - 1)}1")
            for c in form.columns:
                star = " ★" if c.limiting else ""
                heading = _cell(ws, f"{c.numbered_label}{star}", light)
                # The id stays with the heading for whoever traces a column back to its form definition.
                heading.comment = Comment(f"{c.question_id}\n{form.title}", "JICPA Desktop", height=40, width=200)
                second.append(heading)
            second.append(_cell(ws, self.t("form_grade"), light))
            column += span
        sheet.append(first, height=30)
        sheet.append(second, height=110)
        self._tone_styles = {
            tone: s.template(fill=fill, color=text, border=True, horizontal="center", bold=tone is Tone.NEGATIVE)
            for tone, (fill, text) in FILLS.items()
        }
        # A grade the inspector has not confirmed is italic (and says "(suggested)").
        self._suggested_styles = {
            tone: s.template(fill=fill, color=text, border=True, horizontal="center", italic=True,
                             bold=tone is Tone.NEGATIVE)
            for tone, (fill, text) in FILLS.items()
        }
        self._plain = s.template(border=True)
        self._plain_text = s.template(border=True, size=9)
        self._date = s.template(border=True, number_format="DD/MM/YYYY", horizontal="center")
        self._number = s.template(border=True, horizontal="center")
        self._not_offered = s.template(border=True, fill=NOT_OFFERED)
        self._reference = s.template(border=True, bold=True)
        self._escalated = s.template(border=True, bold=True, color="FFFFFF", fill=MARKING_RED, horizontal="center")

    def _value_cell(self, ws: Any, cell: Cell | None, offered: bool) -> SheetCell:
        if cell is None:
            return _cell(ws, None, self._plain if offered else self._not_offered)
        is_date = isinstance(cell.value, dt.date)
        if cell.tone is not Tone.NEUTRAL:
            if is_date:  # a date the form treats as negative: coloured, and still shown as a date
                fill, colour = FILLS[cell.tone]
                style = self._grid_styles.template(fill=fill, color=colour, border=True, horizontal="center",
                                                   number_format="DD/MM/YYYY")
            else:
                style = (self._suggested_styles if cell.suggested else self._tone_styles)[cell.tone]
        elif is_date:
            style = self._date
        elif isinstance(cell.value, int | float):
            style = self._number
        else:
            style = self._plain_text
        return _cell(ws, cell.value, style)

    def _grid_row(self, sheet: _Sheet, row: GridRow) -> None:
        ws = sheet.ws
        cells: list[SheetCell] = [
            _cell(ws, row.reference, self._reference),
            _cell(ws, row.agency_label, self._plain),
            _cell(ws, row.kind_label, self._plain),
            _cell(ws, row.inspector, self._plain),
            self._value_cell(ws, row.overall, True),
            _cell(ws, self.t("escalated_yes"), self._escalated) if row.escalated else _cell(ws, None, self._plain),
        ]
        index = 0
        for block_index, form in enumerate(self.model.forms):
            offered = row.offered[block_index]
            for _ in form.columns:
                cells.append(self._value_cell(ws, row.cells[index], offered))
                index += 1
            cells.append(self._value_cell(ws, row.grades[block_index], offered))
        sheet.append(cells)

    def _grid_tail(self, sheet: _Sheet, count: int) -> None:
        last = get_column_letter(self._grid_last_col)
        sheet.ws.auto_filter.ref = f"A2:{last}{max(2, count + 2)}"

    # -- evidence ------------------------------------------------------------------------------

    def _evidence_top(self, sheet: _Sheet) -> None:
        ws = sheet.ws
        sheet.widths((14, 19, 11, 22, 26, 11, 40, 6, 12, 80))
        ws.freeze_panes = "B3"
        ws.print_title_rows = "2:2"
        s = sheet.styles
        self._ev_head = s.template(bold=True, fill=HEADER_LIGHT, wrap=True, border=True)
        self._ev_text = s.template(wrap=True, border=True)
        self._ev_plain = s.template(border=True)
        self._ev_tones = {tone: s.template(fill=fill, color=text, border=True, bold=tone is Tone.NEGATIVE)
                          for tone, (fill, text) in FILLS.items()}
        title = s.template(bold=True, size=14)
        sheet.append([_cell(ws, self.t("evidence_title"), title)], height=22)
        sheet.append([_cell(ws, self.t(k), self._ev_head) for k in
                      ("reference", "agency", "kind", "inspector", "form", "question_id", "question", "row",
                       "answer", "evidence_note")])
        self._evidence_count = 0

    def _evidence_rows(self, sheet: _Sheet, row: GridRow) -> None:
        ws = sheet.ws
        for note in row.notes:
            answer_style = self._ev_tones.get(note.tone, self._ev_plain)
            sheet.append([
                _cell(ws, row.reference, self._ev_plain),
                _cell(ws, row.agency_label, self._ev_plain),
                _cell(ws, row.kind_label, self._ev_plain),
                _cell(ws, row.inspector, self._ev_plain),
                _cell(ws, note.form_title, self._ev_text),
                _cell(ws, note.question_id, self._ev_plain),
                _cell(ws, note.question_label, self._ev_text),
                _cell(ws, note.row_number, self._ev_plain),
                _cell(ws, note.answer, answer_style),
                _cell(ws, note.note, self._ev_text),
            ], height=wrapped_height((note.form_title, 26), (note.question_label, 40), (note.note, 80)))
            self._evidence_count += 1

    def _evidence_tail(self, sheet: _Sheet) -> None:
        if self._evidence_count == 0:
            sheet.append([_cell(sheet.ws, self.t("no_evidence"))])
            return
        sheet.ws.auto_filter.ref = f"A2:J{sheet.row}"

    # -- summary -------------------------------------------------------------------------------

    def _tally_cells(self, sheet: _Sheet, tally: Tally) -> list[SheetCell]:
        ws, s = sheet.ws, sheet.styles
        plain = s.template(border=True, horizontal="center")
        pct = s.template(border=True, horizontal="center", number_format="0%")
        word = s.template(border=True, italic=True)
        cells = [_cell(ws, tally.n, plain)]
        for counted in (Counted.YES, Counted.PARTLY, Counted.NO):
            share = tally.share(counted)
            cells += [
                _cell(ws, tally.count(counted), plain),
                _cell(ws, share, pct) if share is not None else _cell(ws, "–", plain),
                _cell(ws, proportion_word(tally.count(counted), tally.n).get(self.lang), word),
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
        ws, s = sheet.ws, sheet.styles
        sheet.widths((24, 9, 48, 19, 6, 6, 7, 13, 7, 8, 13, 6, 7, 13, 34))
        ws.freeze_panes = "A4"
        title = s.template(bold=True, size=14)
        section = s.template(bold=True, size=12, color=HEADER_DARK)
        head = s.template(bold=True, fill=HEADER_LIGHT, wrap=True, border=True, vertical="center")
        text = s.template(wrap=True, border=True)
        bold_text = s.template(wrap=True, border=True, bold=True)
        note = s.template(italic=True, wrap=False)
        sheet.append([_cell(ws, self.t("summary_title"), title)], height=22)
        sheet.append([_cell(ws, self.t("summary_note"), note)])
        sheet.blank()
        tally_heads = ["n", "yes", "pct_yes", "word_yes", "partly", "pct_partly", "word_partly", "no", "pct_no",
                       "word_no"]
        questions = summary.questions()
        if not questions:
            sheet.append([_cell(ws, self.t("no_counted_questions"), note)])
            return

        # By principle, every agency then each agency.
        sheet.append([_cell(ws, self.t("by_principle"), section)], height=18)
        sheet.append([_cell(ws, self.t(k), head) for k in ("principle", "question_id", "question", "agency")]
                     + [_cell(ws, self.t(k), head) for k in tally_heads], height=30)
        principles = summary.principles()
        agency_codes = [code for code, _ in self.model.agencies]
        for principle, principle_label in self.model.principles:
            tallies = principles[principle]
            for code in self._agency_order(tallies):
                style = bold_text if code == ALL else text
                sheet.append([_cell(ws, principle_label, style), _cell(ws, "", text), _cell(ws, "", text),
                              _cell(ws, self._agency_label(code), style), *self._tally_cells(sheet, tallies[code])])
        sheet.blank()

        # Yes (%) by principle and agency: the matrix the second chart draws.
        present = [code for code in agency_codes if any(code in principles[p] for p, _ in self.model.principles)]
        matrix_codes = [ALL, *present]
        matrix_top = sheet.append([_cell(ws, self.t("chart_principle_title"), section)], height=18)
        pct = s.template(border=True, horizontal="center", number_format="0%")
        sheet.append([_cell(ws, self.t("principle"), head)]
                     + [_cell(ws, self._agency_label(code), head) for code in matrix_codes], height=30)
        for principle, principle_label in self.model.principles:
            row: list[SheetCell] = [_cell(ws, principle_label, text)]
            for code in matrix_codes:
                tally = principles[principle].get(code)
                share = tally.share(Counted.YES) if tally else None
                row.append(_cell(ws, share, pct) if share is not None else _cell(ws, "–", text))
            sheet.append(row)
        matrix_end = sheet.row
        sheet.blank()

        # Key (limiting) questions, all agencies: the first chart draws these rows.
        key = key_questions(questions)
        key_top = sheet.append([_cell(ws, self.t("key_questions"), section)], height=18)
        sheet.append([_cell(ws, self.t(k), head) for k in ("form", "question_id", "question", "agency")]
                     + [_cell(ws, self.t(k), head) for k in tally_heads] + [_cell(ws, "", None)], height=30)
        form_titles = {f.form_id: f.title for f in self.model.forms}
        for q in key:
            tally = q.tallies[ALL]
            sheet.append([_cell(ws, form_titles[q.column.form_id], text), _cell(ws, q.column.question_id, text),
                          _cell(ws, q.column.label, text), _cell(ws, self.t("all_agencies"), text),
                          *self._tally_cells(sheet, tally),
                          _cell(ws, q.column.question_id, s.template(size=8, color="808080"))],
                         height=wrapped_height((q.column.label, 48), (form_titles[q.column.form_id], 24)))
        key_end = sheet.row
        sheet.blank()
        # The charts sit in rows kept empty for them, so they print with the tables rather than beside them.
        chart_row = sheet.row + 1
        for _ in range(CHART_ROWS):
            sheet.blank()

        # Every question, every agency then each agency.
        sheet.append([_cell(ws, self.t("by_question"), section)], height=18)
        head_row = sheet.append([_cell(ws, self.t(k), head) for k in ("form", "question_id", "question", "agency")]
                                + [_cell(ws, self.t(k), head) for k in tally_heads], height=30)
        for q in questions:
            for code in self._agency_order(q.tallies):
                style = bold_text if code == ALL else text
                star = " ★" if q.column.limiting else ""
                sheet.append([_cell(ws, form_titles[q.column.form_id], style),
                              _cell(ws, q.column.question_id + star, style), _cell(ws, q.column.label, style),
                              _cell(ws, self._agency_label(code), style), *self._tally_cells(sheet, q.tallies[code])],
                             height=wrapped_height((q.column.label, 48), (form_titles[q.column.form_id], 24)))
        ws.auto_filter.ref = f"A{head_row}:N{sheet.row}"
        self._charts(sheet, key_top + 2, key_end, matrix_top + 2, matrix_end, len(matrix_codes), chart_row)

    def _charts(self, sheet: _Sheet, key_first: int, key_last: int, matrix_first: int, matrix_last: int,
                agencies: int, row: int) -> None:
        ws = sheet.ws
        if key_last >= key_first:
            chart = BarChart()
            chart.type = "bar"
            chart.grouping = "percentStacked"
            chart.overlap = 100
            chart.title = self.t("chart_key_title")
            chart.y_axis.title = "%"
            chart.y_axis.number_format = "0%"
            for column, colour in ((6, "70AD47"), (9, "FFC000"), (12, "C00000")):
                data = Reference(ws, min_col=column, min_row=key_first - 1, max_row=key_last)
                chart.add_data(data, titles_from_data=True)
                chart.series[-1].graphicalProperties.solidFill = colour
                chart.series[-1].graphicalProperties.line.solidFill = colour
            chart.set_categories(Reference(ws, min_col=15, min_row=key_first, max_row=key_last))
            chart.x_axis.scaling.orientation = "maxMin"  # first question at the top, as in the table
            chart.height = CHART_ROWS * 0.5
            chart.width = 15
            chart.legend.position = "b"
            ws.add_chart(chart, f"A{row}")
        if matrix_last >= matrix_first and agencies:
            chart = BarChart()
            chart.type = "col"
            chart.grouping = "clustered"
            chart.title = self.t("chart_principle_title")
            chart.y_axis.number_format = "0%"
            chart.y_axis.scaling.min = 0
            chart.y_axis.scaling.max = 1
            data = Reference(ws, min_col=2, max_col=1 + agencies, min_row=matrix_first - 1, max_row=matrix_last)
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=1, min_row=matrix_first, max_row=matrix_last))
            chart.height = CHART_ROWS * 0.5
            chart.width = 18
            chart.legend.position = "r"
            ws.add_chart(chart, f"D{row}")

    # -- findings ------------------------------------------------------------------------------

    def _findings(self, sheet: _Sheet, findings: FindingsBuilder) -> None:
        ws, s = sheet.ws, sheet.styles
        sheet.widths((90, 7, 34, 12, 22))
        title = s.template(bold=True, size=14)
        principle_style = s.template(bold=True, size=13, color="FFFFFF", fill=HEADER_DARK, vertical="center")
        block_style = s.template(bold=True, size=11, color=HEADER_DARK, fill=HEADER_LIGHT)
        agency_style = s.template(bold=True, italic=True)
        head = s.template(bold=True, size=9, color="595959")
        line_style = s.template(wrap=True)
        small = s.template(wrap=True, size=9)
        marker = s.template(italic=True, size=9, color=MARKING_RED)
        empty = s.template(italic=True, color="595959")
        sheet.append([_cell(ws, self.t("findings_title"), title)], height=22)
        sheet.append([_cell(ws, self.t("findings_note"), s.template(italic=True, wrap=True))], height=30)
        principle_labels = dict(self.model.principles)
        for item in findings.result():
            sheet.blank()
            fill = [_cell(ws, "", principle_style) for _ in range(4)]
            sheet.append([_cell(ws, principle_labels.get(item.principle, str(item.principle)), principle_style),
                          *fill], height=20)
            for block in item.blocks:
                sheet.append([_cell(ws, self.t(block.heading_key), block_style),
                              *[_cell(ws, "", block_style) for _ in range(4)]], height=16)
                if not any(lines for _, lines in block.by_agency):
                    sheet.append([_cell(ws, self.t("nothing_to_record"), empty)])
                    continue
                sheet.append([_cell(ws, self.t(k), head) for k in ("finding", "files", "case_refs")]
                             + [_cell(ws, "", head), _cell(ws, self.t("sources"), head)])
                for agency, lines in block.by_agency:
                    if agency:
                        sheet.append([_cell(ws, self._agency_name(agency), agency_style)])
                        if not lines:
                            sheet.append([_cell(ws, self.t("nothing_to_record"), empty)])
                            continue
                    for line in lines:
                        refs = ", ".join(line.references)
                        sheet.append([
                            _cell(ws, line.text, line_style),
                            _cell(ws, len(line.references), s.template(horizontal="center")),
                            _cell(ws, refs, small),
                            _cell(ws, self.t("single_case") if line.single_case else "", marker),
                            _cell(ws, ", ".join(line.sources), small),
                        ], height=wrapped_height((line.text, 90), (refs, 38), (", ".join(line.sources), 24)))

    def _agency_name(self, code: str) -> str:
        if code == "third_sector":
            return self.t("third_sector")
        return self._agency_label(code)

    # -- about ---------------------------------------------------------------------------------

    def _about(self, sheet: _Sheet, count: int) -> None:
        ws, s = sheet.ws, sheet.styles
        info = self.model.info
        sheet.widths((30, 110))
        title = s.template(bold=True, size=14)
        key = s.template(bold=True, wrap=True)
        value = s.template(wrap=True)
        warn = s.template(bold=True, color=MARKING_RED, wrap=True)
        sheet.append([_cell(ws, self.t("marking"), s.template(bold=True, size=12, color=MARKING_RED))])
        sheet.append([_cell(ws, self.t("about_title"), title)], height=22)
        filters = "; ".join(f"{name}: {val}" for name, val in info.filters) or self.t("no_filters")
        rows: list[tuple[str, str, Any]] = [
            ("inspection", info.inspection_name, value),
            ("local_authority", info.local_authority, value),
            ("fieldwork", date_range(info.start_date, info.end_date, self.lang), value),
            ("exported_at", local_timestamp(info.exported_at, self.lang), value),
            ("exported_by", info.exported_by, value),
            ("filters", filters, value),
            ("files_count", str(count), value),
            ("identifying", self.t("identifying_included" if info.include_identifying else "identifying_excluded"),
             warn if info.include_identifying else value),
            *([] if info.include_identifying else [("pseudonymity", self.t("pseudonymity_statement"), value)]),
            ("language", self.t("language_name"), value),
            ("app_version", info.app_version, value),
            ("form_versions", form_versions_text(self.model.forms, self.lang), value),
            ("data_protection", self.t("data_protection_notice"), warn),
            ("grade", self.t("grades_note"), value),
            ("colour_key", self.t("colour_key_text"), value),
        ]
        for key_name, text, style in rows:
            sheet.append([_cell(ws, self.t(key_name), key), _cell(ws, text, style)],
                         height=wrapped_height((text, 100), (self.t(key_name), 30), line=14.5))
        sheet.blank()
        sheet.append([_cell(ws, self.t("proportion_table"), key), _cell(ws, self.t("proportion_source"), value)])
        for band in PROPORTION_BANDS:
            sheet.append([_cell(ws, band.description, value), _cell(ws, band.word.get(self.lang), value)])
        sheet.blank()
        sheet.append([_cell(ws, self.t("colour_key"), key)])
        for tone, key_name in ((Tone.POSITIVE, "yes"), (Tone.PARTIAL, "partly"), (Tone.NEGATIVE, "no"),
                               (Tone.NOT_APPLICABLE, "not_applicable")):
            fill, colour = FILLS[tone]
            sheet.append([_cell(ws, self.t(key_name), s.template(fill=fill, color=colour, border=True,
                                                                  bold=tone is Tone.NEGATIVE))])


def write_workbook(model: GridModel, path: Path, *, check: Check = _nothing) -> None:
    """Write the audit-grid workbook for *model* to *path* (the caller makes the write atomic)."""
    WorkbookWriter(model, check=check).write(path)


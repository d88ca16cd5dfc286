"""The audit-grid PDF: A4 landscape; a cover (with how the sample was drawn), the escalations with their concern
text, the grid split by form into page-wide parts (header rows repeated whenever a part runs over a page, with a
key of its questions), the meeting observations (pdf_observations), the summary with charts, and the findings laid
out like the published reports."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from jicpa_desktop.exports.flags_data import FlagsData, flag_label
from jicpa_desktop.exports.grid_data import (
    ALL,
    Cell,
    Column,
    Counted,
    EscalationLine,
    FindingsBuilder,
    GridModel,
    GridRow,
    SummaryBuilder,
    Tally,
    Tone,
    escalation_status_text,
    escalations_count_text,
    form_versions_text,
    sample_facts,
    when_text,
)
from jicpa_desktop.exports.headings import short_heading
from jicpa_desktop.exports.labels import label
from jicpa_desktop.exports.observation_data import observations_count_text
from jicpa_desktop.exports.pdf_charts import key_questions_chart, principle_chart
from jicpa_desktop.exports.pdf_long_text import Run, cell_pieces, clipped, flowing
from jicpa_desktop.exports.pdf_observations import observations_section
from jicpa_desktop.exports.pdf_paged_table import PagedTable, TableRow, block_rows
from jicpa_desktop.exports.pdf_styles import (
    FONT_BOLD_NAME,
    FOOTER_HEIGHT,
    HEADER_DARK,
    HEADER_HEIGHT,
    HEADER_LIGHT,
    MARGIN,
    MARKING_RED,
    NOT_OFFERED,
    PAGE_LANDSCAPE,
    RULE,
    TONE_FILLS,
    TONE_TEXT,
    numbered_canvas,
    para,
    safe,
    styles,
    table_style,
)
from jicpa_desktop.exports.proportion_words import PROPORTION_BANDS, proportion_word
from jicpa_desktop.exports.timestamps import date_range, local_timestamp
from jicpa_desktop.exports.xlsx_workbook import key_questions

Check = Callable[[], None]
SUGGESTED_TEXT = colors.HexColor("#595959")  # a suggested grade, not yet the inspector's: grey

# Grid column widths (mm): the file's identity on the left of every part, then the questions.
IDENTITY_MM = (19.0, 21.0, 13.0, 24.0, 8.0)  # reference, agency, sampled/tracked, overall, escalated
QUESTION_MM = 11.0
GRADE_MM = 23.0
# Wider columns, and a cut (with "…"), for answers in words: the workbook and the case report hold them whole.
# A grade question is as wide as a grade column: "Inadequate" must not break inside the word.
WIDE_TYPES: dict[str, tuple[float, int]] = {"text": (24.0, 60), "single": (17.0, 30), "multi": (19.0, 36),
                                            "date": (12.5, 0), "grade": (GRADE_MM, 0),
                                            # "12 working days — limit 15, met", a series' gaps: a sentence
                                            "timeliness": (19.0, 0)}


CHART_WORDS = 3  # words of each question beside its bar in the key-questions chart
HEADING_MIN_SIZE = 5.0  # points: the smallest a column heading shrinks to so that its longest word fits


def heading_para(text: str, width: float, style: ParagraphStyle) -> Paragraph:
    """A column heading wrapped only between words, never inside one: the font shrinks (to HEADING_MIN_SIZE at
    the least) until the longest word fits *width* points; a word too long even then ends the heading with "…"."""
    words = text.split()
    longest = max((stringWidth(w, style.fontName, 1.0) for w in words), default=0.0)
    size = max(HEADING_MIN_SIZE, min(style.fontSize, width / longest)) if longest else style.fontSize
    kept: list[str] = []
    for word in words:
        if stringWidth(word, style.fontName, size) > width:
            if kept:
                kept[-1] += "…"
            break
        kept.append(word)
    fitted = ParagraphStyle(f"{style.name}_fitted", parent=style, fontSize=size, leading=size * 1.2,
                            splitLongWords=0)
    return Paragraph(safe(" ".join(kept)), fitted)


def column_width(column: Column) -> float:
    return WIDE_TYPES.get(column.type, (QUESTION_MM, 0))[0]


def column_limit(column: Column) -> int | None:
    return WIDE_TYPES.get(column.type, (QUESTION_MM, 0))[1] or None


def _nothing() -> None:
    return None


def cell_text(cell: Cell | None, limit: int | None = None) -> str:
    if cell is None:
        return ""
    value = cell.value
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%y")
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value)
    if limit is not None and len(text) > limit:
        cut = text[: limit - 1]
        if not text[limit - 1].isspace() and " " in cut:
            cut = cut.rsplit(" ", 1)[0]  # end at a word's end, never inside a word
        return cut.rstrip(" ,;:") + "…"
    return text


class GridPdf:
    def __init__(self, model: GridModel, rows: Sequence[GridRow], check: Check) -> None:
        self.model = model
        self.rows = rows
        self.lang = model.info.lang
        self.check = check
        self.st = styles()
        self._fitted: dict[tuple[str, float], ParagraphStyle] = {}

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def build(self, path: Path) -> None:
        info = self.model.info
        doc = BaseDocTemplate(
            str(path), pagesize=PAGE_LANDSCAPE, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT - 6 * mm, bottomMargin=MARGIN + FOOTER_HEIGHT - 3 * mm,
            title=f"{self.t('grid_title')} — {info.inspection_name}", author="JICPA Desktop",
            subject=self.t("marking"), creator=f"JICPA Desktop {info.app_version}",
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.width = doc.width
        summary = SummaryBuilder(self.model.columns)
        findings = FindingsBuilder((p for p, _ in self.model.principles), (c for c, _ in self.model.agencies))
        for row in self.rows:
            summary.add(row)
            findings.add(row.reference, row.statements)
        story: list[Flowable] = []
        story += self.cover()
        story += self.escalations(self.model.escalations)
        story += self.flags(self.model.flags)
        story += self.grid()
        # Evidence beside the grid's (the inspection's meetings, not a file's), before what is drawn from the grid.
        story += observations_section(self.model.observations, self.lang, self.st, self.width, self.check)
        story += self.summary(summary)
        story += self.findings(findings)
        self.check()
        doc.build(story, canvasmaker=numbered_canvas(info.inspection_name, self.lang, self.check))

    # -- cover ---------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        st, info = self.st, self.model.info
        filters = "; ".join(f"{name}: {value}" for name, value in info.filters) or self.t("no_filters")
        facts = [(self.t(k), v) for k, v in (
            ("inspection", info.inspection_name),
            ("local_authority", info.local_authority),
            ("fieldwork", date_range(info.start_date, info.end_date, self.lang)),
            ("files_count", str(len(self.rows))),
            ("escalations_title", escalations_count_text(self.model.escalations, self.lang)),
            *([] if self.model.observations is None else
              [("meetings_observed", observations_count_text(self.model.observations, self.lang))]),
            ("filters", filters),
            ("local_terms", info.local_terms or self.t("no_local_terms")),
            ("exported_at", local_timestamp(info.exported_at, self.lang)),
            ("exported_by", info.exported_by),
            ("app_version", info.app_version),
            ("form_versions", form_versions_text(self.model.forms, self.lang)),
            ("identifying", self.t("identifying_included" if info.include_identifying else "identifying_excluded")),
        )]
        if self.model.sample is not None:  # how the files were chosen: each draw, its rationale, picks and swaps
            facts += sample_facts(self.model.sample, self.lang)
        # A value of any length (an inspection's name, the filters, a rationale) runs over as many rows as it needs.
        rows = [row for k, v in facts for row in block_rows(
            [[para(k, st["small"], bold=True)], cell_pieces(v, st["small"], self.width - 45 * mm)],
            last=[("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE)])]
        table = PagedTable((), rows, [45 * mm, self.width - 45 * mm],
                           [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                            ("TOPPADDING", (0, 0), (-1, -1), 2)])
        key = Table([[para(self.t(k), st["cell"], color=TONE_TEXT[tone]) for k, tone in
                      (("yes", Tone.POSITIVE), ("partly", Tone.PARTIAL), ("no", Tone.NEGATIVE),
                       ("not_applicable", Tone.NOT_APPLICABLE))]], colWidths=[22 * mm] * 4)
        key.setStyle(table_style([("BACKGROUND", (i, 0), (i, 0), TONE_FILLS[tone]) for i, tone in
                                 enumerate((Tone.POSITIVE, Tone.PARTIAL, Tone.NEGATIVE, Tone.NOT_APPLICABLE))]
                                + [("GRID", (0, 0), (-1, -1), 0.25, RULE)]))
        key.hAlign = "LEFT"
        return [
            *flowing([Run(f"{self.t('grid_title')} — {info.inspection_name}")], st["title"]),
            table,
            Spacer(1, 4 * mm),
            para(self.t("data_protection_notice"), st["warning"]),
            Spacer(1, 3 * mm),
            para(self.t("grades_note"), st["note"]),
            Spacer(1, 2 * mm),
            para(self.t("colour_key_text"), st["note"]),
            Spacer(1, 1.5 * mm),
            key,
        ]

    # -- escalations ---------------------------------------------------------------------------

    def escalations(self, lines: Sequence[EscalationLine]) -> list[Flowable]:
        """The escalated forms, new first, with the concern and the outcome whole (pseudonymous, roles only);
        nothing when there are none (the cover says so)."""
        if not lines:
            return []
        st = self.st
        fixed = [26 * mm, 32 * mm, 30 * mm, 24 * mm, 0.0, 38 * mm, 42 * mm]
        fixed[4] = self.width - sum(fixed)
        heads = ("file", "form", "inspector", "escalation_raised", "escalation_concern", "status",
                 "escalation_outcome")
        head = TableRow([para(self.t(k), st["head"]) for k in heads],
                        [("BACKGROUND", (0, 0), (-1, 0), HEADER_LIGHT),
                         ("LINEABOVE", (0, 0), (-1, 0), 0.25, RULE), ("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE)])
        rows: list[TableRow] = []
        for line in lines:
            self.check()
            text = st["small"]
            # The second line of a cell in the same paragraph: it stays under the first whatever the row's height.
            grey = '<br/><font size="6.3" color="#595959">{}</font>'
            raised_by = grey.format(safe(line.raised_by)) if line.raised_by and line.raised_by != line.inspector \
                else ""
            columns = [
                [Paragraph(f"<b>{safe(line.reference)}</b>" + grey.format(safe(line.agency_label)), text)],
                cell_pieces(line.form_title, text, fixed[1]),
                [Paragraph(safe(line.inspector) + raised_by, text)],
                [para(when_text(line.raised_at, self.lang), text)],
                cell_pieces(line.concern, text, fixed[4]),
                [para(escalation_status_text(line, self.lang), text, bold=line.tone is Tone.NEGATIVE,
                      color=TONE_TEXT[line.tone])],
                cell_pieces(line.outcome, text, fixed[6]) if line.outcome else [],
            ]
            rows += block_rows(columns, every=[("BACKGROUND", (5, 0), (5, 0), TONE_FILLS[line.tone])],
                               last=[("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE)])
        table = PagedTable([head], rows, fixed, [
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBEFORE", (0, 0), (-1, -1), 0.25, RULE),
            ("LINEAFTER", (-1, 0), (-1, -1), 0.25, RULE), ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3)])
        return [PageBreak(), para(self.t("escalations_title"), st["h1"]), para(self.t("escalations_note"), st["note"]),
                Spacer(1, 2 * mm), table]

    def flags(self, data: FlagsData | None) -> list[Flowable]:
        """The data-quality flags (warnings, amber), file by file, then ethnicity and language not recorded per
        agency; nothing when the files were not checked or nothing was flagged."""
        if data is None or not (data.lines or data.recording):
            return []
        st, lang = self.st, self.lang
        story: list[Flowable] = [PageBreak(), para(flag_label("flags_title", lang), st["h1"]),
                                 para(flag_label("flags_note", lang), st["note"]), Spacer(1, 2 * mm)]
        cell_style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBEFORE", (0, 0), (-1, -1), 0.25, RULE),
                      ("LINEAFTER", (-1, 0), (-1, -1), 0.25, RULE), ("TOPPADDING", (0, 0), (-1, -1), 2),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        header = [("BACKGROUND", (0, 0), (-1, 0), HEADER_LIGHT), ("LINEABOVE", (0, 0), (-1, 0), 0.25, RULE),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE)]
        if data.lines:
            fixed = [30 * mm, 42 * mm, 0.0, 44 * mm, 60 * mm]
            fixed[2] = self.width - sum(fixed)
            heads = (self.t("file"), flag_label("flag_check", lang), flag_label("flag_problem", lang),
                     self.t("form"), flag_label("flag_note", lang))
            head = TableRow([para(h, st["head"]) for h in heads], header)
            rows: list[TableRow] = []
            grey = '<br/><font size="6.3" color="#595959">{}</font>'
            for line in data.lines:
                self.check()
                text = st["small"]
                columns = [
                    [Paragraph(f"<b>{safe(line.reference)}</b>" + grey.format(safe(line.agency_label)), text)],
                    [para(line.check, text, bold=True, color=TONE_TEXT[Tone.PARTIAL])],
                    cell_pieces(line.problem, text, fixed[2]),
                    cell_pieces(line.form_title, text, fixed[3]) if line.form_title else [],
                    cell_pieces(line.note, text, fixed[4]) if line.note else [],
                ]
                rows += block_rows(columns, every=[("BACKGROUND", (1, 0), (1, 0), TONE_FILLS[Tone.PARTIAL])],
                                   last=[("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE)])
            story.append(PagedTable([head], rows, fixed, cell_style))
        if data.recording:
            story += [Spacer(1, 4 * mm), para(flag_label("recording_title", lang), st["h2"]),
                      para(flag_label("recording_note", lang), st["note"]), Spacer(1, 1.5 * mm)]
            keys = ("ethnicity_answered", "ethnicity_missing", "language_answered", "language_missing")
            widths = [60 * mm] + [38 * mm] * len(keys)
            head = TableRow([para(self.t("agency"), st["head"])]
                            + [para(flag_label(k, lang), st["head"]) for k in keys], header)
            rows = [TableRow([para(r.agency_label, st["small"])] + [
                para(str(v), st["small"], bold=bool(v) and k.endswith("missing"))
                for k, v in zip(keys, (r.ethnicity_answered, r.ethnicity_missing, r.language_answered,
                                       r.language_missing), strict=True)],
                [("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE)]) for r in data.recording]
            story.append(PagedTable([head], rows, widths, cell_style))
        return story

    # -- grid ----------------------------------------------------------------------------------

    def _parts(self, columns: Sequence[Column]) -> list[list[Column | None]]:
        """Split a form's columns (then its grade column, None) into parts that fit the page width."""
        available = self.width / mm - sum(IDENTITY_MM)
        items: list[tuple[Column | None, float]] = [(c, column_width(c)) for c in columns]
        if not all(c.type == "timeliness" for c in columns):  # the timescales are measured, never graded
            items.append((None, GRADE_MM))
        # As many parts as the widest page allows, then balanced, so that no part is a lonely column or two.
        count = len(self._split(items, available))
        balanced = self._split(items, min(available, sum(w for _, w in items) / count + QUESTION_MM))
        return balanced if len(balanced) == count else self._split(items, available)

    @staticmethod
    def _split(items: list[tuple[Column | None, float]], limit: float) -> list[list[Column | None]]:
        parts: list[list[Column | None]] = [[]]
        used = 0.0
        for item, width in items:
            if parts[-1] and used + width > limit:
                parts.append([])
                used = 0.0
            parts[-1].append(item)
            used += width
        return parts

    def grid(self) -> list[Flowable]:
        story: list[Flowable] = []
        offsets: dict[str, int] = {}
        index = 0
        for form in self.model.forms:
            offsets[form.form_id] = index
            index += len(form.columns)
        for block_index, form in enumerate(self.model.forms):
            parts = self._parts(form.columns)
            for number, part in enumerate(parts, start=1):
                self.check()
                title = clipped(form.title) if len(parts) == 1 else self.t("grid_part").format(
                    form=clipped(form.title), part=number, parts=len(parts))
                story.append(PageBreak())
                story.append(self._grid_table(title, part, block_index, offsets[form.form_id], form.columns))
                story.append(Spacer(1, 2.5 * mm))
                story.append(self._question_key([c for c in part if c is not None]))
        return story

    def _grid_table(self, title: str, part: list[Column | None], block_index: int, offset: int,
                    columns: Sequence[Column]) -> Table:
        st = self.st
        position = {c.question_id: offset + i for i, c in enumerate(columns)}
        identity_heads = [self.t(k) for k in ("reference", "agency", "kind", "overall")] + ["!"]
        first: list[Any] = [para(self.t("marking"), st["head_white"])] + [""] * (len(IDENTITY_MM) - 1)
        first += [para(title, st["head_white"])] + [""] * (len(part) - 1)
        second: list[Any] = [para(h, st["head"]) for h in identity_heads]
        widths = list(IDENTITY_MM)
        for column in part:
            if column is None:
                second.append(para(self.t("form_grade"), st["head"]))
                widths.append(GRADE_MM)
            else:
                star = " ★" if column.limiting else ""
                second.append(heading_para(column.heading + star, column_width(column) * mm - 3.0, st["tiny_bold"]))
                widths.append(column_width(column))
        data: list[list[Any]] = [first, second]
        commands: list[tuple[Any, ...]] = [
            ("SPAN", (0, 0), (len(IDENTITY_MM) - 1, 0)),
            ("SPAN", (len(IDENTITY_MM), 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (len(IDENTITY_MM) - 1, 0), MARKING_RED),
            ("BACKGROUND", (len(IDENTITY_MM), 0), (-1, 0), HEADER_DARK),
            ("BACKGROUND", (0, 1), (-1, 1), HEADER_LIGHT),
            ("GRID", (0, 0), (-1, -1), 0.25, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ]
        # The body's cells default to the cell style's font, size, leading and centring, so a one-line answer is
        # drawn as a plain string (reportlab's fastest cell) and only what differs is a command.
        cell_style = st["cell"]
        commands += [("FONTNAME", (0, 2), (-1, -1), cell_style.fontName),
                     ("FONTSIZE", (0, 2), (-1, -1), cell_style.fontSize),
                     ("LEADING", (0, 2), (-1, -1), cell_style.leading),
                     ("ALIGN", (len(IDENTITY_MM) - 2, 2), (-1, -1), "CENTER"),
                     ("FONTNAME", (0, 2), (0, -1), FONT_BOLD_NAME)]
        identity_widths = [w * mm - 3.0 for w in IDENTITY_MM]
        for r, row in enumerate(self.rows, start=2):
            offered = row.offered[block_index]
            cells: list[Any] = [
                self._line(row.reference, identity_widths[0], st["cell_left"], bold=True),
                self._line(row.agency_label, identity_widths[1], st["cell_left"]),
                self._line(row.kind_label, identity_widths[2], st["cell_left"]),
                self._tone_cell(commands, row.overall, 3, r, width=identity_widths[3]),
                para("!" if row.escalated else "", st["cell"], bold=True, color=colors.white),
            ]
            if row.escalated:
                commands.append(("BACKGROUND", (4, r), (4, r), MARKING_RED))
            self._tone_command(commands, row.overall, 3, r, True)
            for c, column in enumerate(part, start=len(IDENTITY_MM)):
                cell = row.grades[block_index] if column is None else row.cells[position[column.question_id]]
                limit = column_limit(column) if column is not None else None
                width = (column_width(column) if column is not None else GRADE_MM) * mm - 3.0
                cells.append(self._tone_cell(commands, cell, c, r, limit, left=limit is not None, width=width))
                self._tone_command(commands, cell, c, r, offered)
            data.append(cells)
        table = Table(data, colWidths=[w * mm for w in widths], repeatRows=2, hAlign="LEFT")
        table.setStyle(table_style(commands))
        return table

    @staticmethod
    def _fits(text: str, width: float, style: ParagraphStyle, *, bold: bool = False) -> bool:
        """One line at the style's size: no line break, and narrower than the cell."""
        font = FONT_BOLD_NAME if bold else style.fontName
        return "\n" not in text and "\r" not in text and stringWidth(text, font, style.fontSize) <= width

    def _line(self, text: str, width: float, style: ParagraphStyle, *, bold: bool = False) -> str | Paragraph:
        """A plain string when *text* fits on one line (the table's commands give its font), else a paragraph."""
        return text if self._fits(text, width, style, bold=bold) else para(text, style, bold=bold)

    def _tone_cell(self, commands: list[tuple[Any, ...]], cell: Cell | None, c: int, r: int,
                   limit: int | None = None, *, left: bool = False, width: float) -> str | Paragraph:
        """An answer cell: a plain string with its tone's font and colour as commands when it fits on one line
        (most answers: Yes, No, a date, a grade), else the wrapping paragraph of _tone_para."""
        if cell is None:
            return ""
        shown = cell_text(cell, limit)
        bold = cell.tone is Tone.NEGATIVE
        style = self.st["cell_left" if left else "cell"]
        if not self._fits(shown, width, style, bold=bold):
            return self._tone_para(cell, limit, left=left, width=width)
        if bold:
            commands.append(("FONTNAME", (c, r), (c, r), FONT_BOLD_NAME))
        if left:
            commands.append(("ALIGN", (c, r), (c, r), "LEFT"))
        if cell.suggested:
            commands.append(("TEXTCOLOR", (c, r), (c, r), SUGGESTED_TEXT))
        elif cell.tone is not Tone.NEUTRAL:
            commands.append(("TEXTCOLOR", (c, r), (c, r), TONE_TEXT[cell.tone]))
        return shown

    def _tone_para(self, cell: Cell | None, limit: int | None = None, *, left: bool = False,
                   width: float | None = None) -> Paragraph:
        style = self.st["cell_left" if left else "cell"]
        if cell is None:
            return Paragraph("", style)
        shown = cell_text(cell, limit)
        if width is not None:
            style = self._word_fitted(shown, width, style, bold=cell.tone is Tone.NEGATIVE)
        text = safe(shown)
        if cell.tone is Tone.NEGATIVE:
            text = f"<b>{text}</b>"
        if cell.suggested:
            text = f'<font color="{SUGGESTED_TEXT.hexval()}">{text}</font>'
        elif cell.tone is not Tone.NEUTRAL:
            text = f'<font color="{TONE_TEXT[cell.tone].hexval()}">{text}</font>'
        return Paragraph(text, style)

    def _word_fitted(self, text: str, width: float, style: ParagraphStyle, *, bold: bool) -> ParagraphStyle:
        """*style*, smaller (to HEADING_MIN_SIZE at the least) when a word of *text* is wider than *width* points at
        its size: an answer wraps between words ("Accommodated by agreement"), never inside one."""
        font = FONT_BOLD_NAME if bold else style.fontName
        longest = max((stringWidth(w, font, 1.0) for w in text.split()), default=0.0)
        if longest * style.fontSize <= width:
            return style
        size = max(HEADING_MIN_SIZE, math.floor(width / longest * 10) / 10)
        key = (style.name, size)
        if key not in self._fitted:
            self._fitted[key] = ParagraphStyle(f"{style.name}_{size:g}", parent=style, fontSize=size,
                                               leading=size * 1.2)
        return self._fitted[key]

    @staticmethod
    def _tone_command(commands: list[tuple[Any, ...]], cell: Cell | None, c: int, r: int, offered: bool) -> None:
        if cell is not None and cell.tone is not Tone.NEUTRAL:
            commands.append(("BACKGROUND", (c, r), (c, r), TONE_FILLS[cell.tone]))
        elif not offered:
            commands.append(("BACKGROUND", (c, r), (c, r), NOT_OFFERED))

    def _question_key(self, columns: list[Column]) -> Flowable:
        st = self.st
        if not columns:
            return Spacer(1, 1)
        entries = [para(f"{clipped(c.numbered_label)}{' ★' if c.limiting else ''}", st["tiny"]) for c in columns]
        half = (len(entries) + 1) // 2
        left, right = entries[:half], entries[half:] + [""] * (2 * half - len(entries))
        table = Table([[a, b] for a, b in zip(left, right, strict=True)], colWidths=[self.width / 2] * 2,
                      hAlign="LEFT")
        table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
        return KeepTogether([para(self.t("question_key"), st["h3"]), table])

    # -- summary -------------------------------------------------------------------------------

    def _agency_label(self, code: str) -> str:
        if code == ALL:
            return self.t("all_agencies")
        return dict(self.model.agencies).get(code, code)

    def _agencies_in(self, tallies: dict[str, Tally]) -> list[str]:
        known = [code for code, _ in self.model.agencies if code in tallies]
        return [ALL, *known, *sorted(set(tallies) - set(known) - {ALL})]

    def summary(self, summary: SummaryBuilder) -> list[Flowable]:
        st = self.st
        story: list[Flowable] = [PageBreak(), para(self.t("summary_title"), st["h1"]),
                                 para(self.t("summary_note"), st["note"]), Spacer(1, 2 * mm)]
        questions = summary.questions()
        if not questions:
            return [*story, para(self.t("no_counted_questions"), st["body"])]
        principles = summary.principles()
        # Charts side by side: key questions, and Yes by principle and agency.
        key = key_questions(questions)
        names = (self.t("yes"), self.t("partly"), self.t("no"))
        chart_width = self.width / 2 - 3 * mm
        bars = [(short_heading(q.column.number, q.column.label, CHART_WORDS), q.tallies[ALL].yes,
                 q.tallies[ALL].partly, q.tallies[ALL].no) for q in key]
        left = key_questions_chart(bars, names, self.t("chart_key_title"), chart_width)
        present = [code for code, _ in self.model.agencies if any(code in principles[p] for p, _ in
                                                                  self.model.principles)]
        series = [(self._agency_label(code), [principles[p][code].share(Counted.YES) if code in principles[p]
                                               else None for p, _ in self.model.principles])
                  for code in [ALL, *present]]
        right = principle_chart([text for _, text in self.model.principles], series,
                                self.t("chart_principle_title"), chart_width)
        charts = Table([[left, right]], colWidths=[self.width / 2] * 2, hAlign="LEFT")
        charts.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(charts)
        story.append(para(self.t("by_principle"), st["h2"]))
        story.append(self._principle_table(principles))
        story.append(PageBreak())
        story.append(para(self.t("by_question"), st["h2"]))
        story.append(para(self.t("summary_note"), st["note"]))
        story.append(Spacer(1, 1.5 * mm))
        story.append(self._question_table(questions))
        return story

    def _tally_cells(self, tally: Tally) -> list[Any]:
        st = self.st
        cells: list[Any] = [para(str(tally.n), st["cell"], bold=True)]
        for counted in (Counted.YES, Counted.PARTLY, Counted.NO):
            share = tally.share(counted)
            word = proportion_word(tally.count(counted), tally.n).get(self.lang)
            pct = f"{share:.0%}" if share is not None else "–"
            cells.append(para(f"{tally.count(counted)} · {pct}\n{word}", st["cell"]))
        return cells

    def _principle_table(self, principles: dict[Any, dict[str, Tally]]) -> Table:
        st = self.st
        heads = ["principle", "agency", "n", "yes", "partly", "no"]
        data: list[list[Any]] = [[para(self.t(h), st["head"]) for h in heads]]
        commands: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (-1, 0), HEADER_LIGHT),
                                           ("GRID", (0, 0), (-1, -1), 0.25, RULE),
                                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        for principle, text in self.model.principles:
            tallies = principles[principle]
            for code in self._agencies_in(tallies):
                r = len(data)
                data.append([para(text, st["cell_left"], bold=code == ALL),
                             para(self._agency_label(code), st["cell_left"], bold=code == ALL),
                             *self._tally_cells(tallies[code])])
                if code == ALL:
                    commands.append(("LINEABOVE", (0, r), (-1, r), 0.8, HEADER_DARK))
        table = Table(data, colWidths=[50 * mm, 38 * mm, 12 * mm, 30 * mm, 30 * mm, 30 * mm], repeatRows=1,
                      hAlign="LEFT")
        table.setStyle(table_style(commands))
        return table

    def _question_table(self, questions: Sequence[Any]) -> Table:
        st = self.st
        codes = [code for code, _ in self.model.agencies
                 if any(code in q.tallies for q in questions)]
        agencies = [ALL, *codes]
        fixed = 16 * mm + 62 * mm
        each = (self.width - fixed) / len(agencies)
        data: list[list[Any]] = [[para(self.t("question_number"), st["head"]), para(self.t("question"), st["head"])]
                                 + [para(self._agency_label(a), st["head"]) for a in agencies]]
        form_titles = {f.form_id: clipped(f.title) for f in self.model.forms}
        commands: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (-1, 0), HEADER_LIGHT),
                                           ("GRID", (0, 0), (-1, -1), 0.25, RULE),
                                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        current_form = ""
        for q in questions:
            if q.column.form_id != current_form:
                current_form = q.column.form_id
                commands.append(("SPAN", (0, len(data)), (-1, len(data))))
                commands.append(("BACKGROUND", (0, len(data)), (-1, len(data)), HEADER_DARK))
                data.append([para(form_titles[current_form], st["head_white"])] + [""] * (1 + len(agencies)))
            row: list[Any] = [para(q.column.number + (" ★" if q.column.limiting else ""), st["tiny_bold"]),
                              para(clipped(q.column.label), st["tiny"])]
            for code in agencies:
                tally = q.tallies.get(code)
                if tally is None or tally.n == 0:
                    row.append(para("–", st["cell"]))
                    continue
                share = tally.share(Counted.YES) or 0.0
                word = proportion_word(tally.yes, tally.n).get(self.lang)
                row.append(para(f"{tally.yes} / {tally.partly} / {tally.no}   n={tally.n}\n"
                                f"{share:.0%} {self.t('yes')} · {word}", st["cell"]))
            data.append(row)
        table = Table(data, colWidths=[16 * mm, 62 * mm] + [each] * len(agencies), repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style(commands))
        return table

    # -- findings ------------------------------------------------------------------------------

    def findings(self, findings: FindingsBuilder) -> list[Flowable]:
        st = self.st
        story: list[Flowable] = [PageBreak(), para(self.t("findings_title"), st["h1"]),
                                 para(self.t("findings_note"), st["note"])]
        principle_labels = dict(self.model.principles)
        for item in findings.result():
            self.check()
            story.append(para(principle_labels.get(item.principle, str(item.principle)), st["h1"]))
            for block in item.blocks:
                story.append(para(self.t(block.heading_key), st["h2"]))
                if not any(lines for _, lines in block.by_agency):
                    story.append(para(self.t("nothing_to_record"), st["note"]))
                    continue
                for agency, lines in block.by_agency:
                    if agency:
                        name = self.t("third_sector") if agency == "third_sector" else self._agency_label(agency)
                        story.append(para(name, st["h3"]))
                        if not lines:
                            story.append(para(self.t("nothing_to_record"), st["note"]))
                            continue
                    for line in lines:
                        refs = ", ".join(line.references)
                        count = len(line.references)
                        files = self.t("one_file") if count == 1 else self.t("n_files").format(n=count)
                        grey = "<font size=7 color='#595959'>", "</font>"
                        runs = [Run(line.text), Run(f" — {refs} ({files}){' · ' if line.single_case else ''}", *grey)]
                        if line.single_case:
                            runs.append(Run(self.t("single_case"), f'<font size=7 color="{MARKING_RED.hexval()}">',
                                            "</font>"))
                        # A note of any length: bounded paragraphs, so the layout stays linear in its length.
                        story += flowing(runs, st["bullet"], bullet="•")
        story.append(Spacer(1, 4 * mm))
        story.append(para(self.t("proportion_table"), st["h3"]))
        story.append(para("; ".join(f"{b.description} {b.word.get(self.lang)}" for b in PROPORTION_BANDS)
                          + ". " + self.t("proportion_source"), st["note"]))
        return story


def write_grid_pdf(model: GridModel, path: Path, *, check: Check = _nothing) -> None:
    """Write the grid PDF for *model* (its rows are read into memory: reportlab lays out the whole document)."""
    rows = list(model.rows)
    GridPdf(model, rows, check).build(path)

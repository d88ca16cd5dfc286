"""One case file's report (A4 portrait): every form, answer, evidence note and grade, as the inspector left it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer, Table

from jicpa_desktop.exports.case_data import CaseAnswer, CaseForm, CaseReport
from jicpa_desktop.exports.genogram_pdf import report_flowables
from jicpa_desktop.exports.grid_data import Tone
from jicpa_desktop.exports.labels import label
from jicpa_desktop.exports.pdf_long_text import Run, cell_pieces, clipped, flowing
from jicpa_desktop.exports.pdf_paged_table import PagedTable, TableRow, block_rows
from jicpa_desktop.exports.pdf_styles import (
    FOOTER_HEIGHT,
    HEADER_DARK,
    HEADER_HEIGHT,
    HEADER_LIGHT,
    MARGIN,
    MARKING_RED,
    PAGE_PORTRAIT,
    RULE,
    TEXT_GREY,
    TONE_FILLS,
    TONE_TEXT,
    numbered_canvas,
    para,
    styles,
    table_style,
)
from jicpa_desktop.exports.timestamps import local_timestamp

Check = Callable[[], None]
QUESTION_MM = 80.0
ANSWER_MM = 34.0
LABEL_MM = 45.0  # the label column of the facts and grades tables


def _nothing() -> None:
    return None


class CasePdf:
    def __init__(self, report: CaseReport, check: Check) -> None:
        self.report = report
        self.lang = report.info.lang
        self.check = check
        self.st = styles()

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def build(self, path: Path) -> None:
        report = self.report
        doc = BaseDocTemplate(
            str(path), pagesize=PAGE_PORTRAIT, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT - 6 * mm, bottomMargin=MARGIN + FOOTER_HEIGHT - 3 * mm,
            title=f"{self.t('case_report_title')} {report.reference}", author="JICPA Desktop",
            subject=self.t("marking"), creator=f"JICPA Desktop {report.info.app_version}",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[Frame(
            doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])])
        self.width = doc.width
        story = self.front()
        for form in report.forms:
            self.check()
            story += self.form(form)
        story += report_flowables(report.genograms, self.width)
        heading = f"{report.info.inspection_name} — {report.reference}"
        doc.build(story, canvasmaker=numbered_canvas(heading, self.lang, self.check))

    def front(self) -> list[Flowable]:
        st, r = self.st, self.report
        facts = [
            ("inspection", r.info.inspection_name),
            ("reference", r.reference),
            ("agency", r.agency_label),
            ("kind", r.kind_label),
            ("age_band", r.age_band or "–"),
            ("inspector", r.inspector),
            ("overall", r.overall or "–"),
            ("escalation", self.t("escalated_yes") if r.escalated else "–"),
            ("exported_at", local_timestamp(r.info.exported_at, self.lang)),
            ("identifying", self.t("identifying_included" if r.info.include_identifying
                                   else "identifying_excluded")),
        ]
        rows: list[TableRow] = []
        for key, value in facts:
            fill = None
            if key == "overall":
                fill = TONE_FILLS.get(r.overall_tone)
            elif key == "escalation" and r.escalated:
                fill = TONE_FILLS[Tone.NEGATIVE]
            rows += self._fact(self.t(key), value, fill=fill)
        title = flowing([Run(f"{self.t('case_report_title')} — {r.reference}")], st["title"])
        return [*title, self._facts_table(rows), Spacer(1, 3 * mm),
                para(self.t("data_protection_notice"), st["warning"]), Spacer(1, 2 * mm),
                para(self.t("grades_note"), st["note"])]

    def _fact(self, name: str, value: str, *, bold: bool = False, color: Any = None,
              fill: Any = None) -> list[TableRow]:
        """One labelled fact, on as many rows as its value needs (a typed reason or name of any length)."""
        st = self.st
        values = cell_pieces(value, st["small"], self.width - LABEL_MM * mm, bold=bold, color=color)
        every = [("BACKGROUND", (1, 0), (1, 0), fill)] if fill is not None else []
        return block_rows([[para(name, st["small"], bold=True)], values], every=every,
                          last=[("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE)])

    def _facts_table(self, rows: list[TableRow]) -> PagedTable:
        table = PagedTable((), rows, [LABEL_MM * mm, self.width - LABEL_MM * mm], [("VALIGN", (0, 0), (-1, -1), "TOP")])
        table.hAlign = "LEFT"
        return table

    def form(self, form: CaseForm) -> list[Flowable]:
        st = self.st
        story: list[Flowable] = [Spacer(1, 5 * mm)]
        head = Table([[para(clipped(form.title), st["head_white"]), para(f"v{form.version}", st["head_white"])]],
                     colWidths=[self.width - 20 * mm, 20 * mm])
        head.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), HEADER_DARK),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        if not form.started:
            return [*story, KeepTogether([head, para(form.status, st["note"])])]
        grades = [*self._fact(self.t("status"), form.status),
                  *self._fact(self.t("suggested_grade"), form.suggested_grade, color=TONE_TEXT[form.suggested_tone],
                              fill=TONE_FILLS.get(form.suggested_tone)),
                  *self._fact(self.t("final_grade"), form.final_grade or "–", bold=True,
                              color=TONE_TEXT[form.final_tone], fill=TONE_FILLS.get(form.final_tone))]
        if form.override_reason:
            grades += self._fact(self.t("override_reason"), form.override_reason)
        if form.escalated:
            grades += self._fact(self.t("escalation"), self.t("escalated_yes"), bold=True, color=MARKING_RED)
        story.append(KeepTogether([head, self._facts_table(grades)]))
        for section in form.sections:
            head_rows = [TableRow([para(clipped(section.title), st["head"]), "", ""],
                                  [("BACKGROUND", (0, 0), (-1, 0), HEADER_LIGHT), ("SPAN", (0, 0), (-1, 0))]),
                         TableRow([para(self.t(k), st["tiny_bold"]) for k in ("question", "answer", "evidence_note")],
                                  [("LINEBEFORE", (1, 0), (-1, 0), 0.25, RULE)])]
            rows: list[TableRow] = []
            for question in section.questions:
                rows += self._answer_rows(question.answer, indent=False)
                for row in question.rows:
                    rows.append(TableRow([para(f"{self.t('row')} {row.number}", st["tiny_bold"]), "", ""],
                                         [("SPAN", (0, 0), (-1, 0)), ("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE)]))
                    for answer in row.answers:
                        rows += self._answer_rows(answer, indent=True)
            # No GRID: an answer whose text runs over several rows reads as one cell (a line under each answer).
            commands = [("BOX", (0, 0), (-1, -1), 0.25, RULE), ("LINEBELOW", (0, 0), (-1, 1), 0.25, RULE),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]
            story.append(Spacer(1, 2 * mm))
            story.append(PagedTable(head_rows, rows, [QUESTION_MM * mm, ANSWER_MM * mm, self._note_width()],
                                    commands))
        return story

    def _note_width(self) -> float:
        return float(self.width - (QUESTION_MM + ANSWER_MM) * mm)

    def _answer_rows(self, answer: CaseAnswer, *, indent: bool) -> list[TableRow]:
        """One answer: question, answer and evidence note, each cut into pieces no taller than a row may be,
        on as many rows as the longest needs."""
        st = self.st
        star = " ★" if answer.limiting else ""
        prefix = "    " if indent else ""
        question = cell_pieces(f"{prefix}{answer.question_id}{star} — {answer.label}", st["tiny"], QUESTION_MM * mm)
        wide = not answer.note and len(answer.answer) > 40  # a long answer with no note uses the note's room too
        every: list[tuple[Any, ...]] = [("LINEBEFORE", (1, 0), (-1, 0), 0.25, RULE)]
        shown: list[Any]
        if not answer.relevant:
            shown = [para(self.t("case_not_relevant"), st["tiny"], color=TEXT_GREY)]
        elif not answer.answered:
            shown = [para(self.t("case_no_answer"), st["tiny"], color=TEXT_GREY)]
        else:
            shown = cell_pieces(answer.answer, st["tiny"], ANSWER_MM * mm + (self._note_width() if wide else 0),
                                bold=answer.tone is Tone.NEGATIVE, color=TONE_TEXT[answer.tone])
            if answer.tone in TONE_FILLS:
                every.append(("BACKGROUND", (1, 0), (1, 0), TONE_FILLS[answer.tone]))
        if wide:
            every.append(("SPAN", (1, 0), (2, 0)))
        note = cell_pieces(answer.note, st["tiny"], self._note_width()) if answer.note else []
        return block_rows([question, shown, note], every=every, last=[("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE)])


def write_case_pdf(report: CaseReport, path: Path, *, check: Check = _nothing) -> None:
    CasePdf(report, check).build(path)

"""One case file's report (A4 portrait): every form, answer, evidence note and grade, as the inspector left it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer, Table

from jicpa_desktop.exports.case_data import CaseAnswer, CaseForm, CaseReport
from jicpa_desktop.exports.grid_data import Tone
from jicpa_desktop.exports.labels import label
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
        table = Table([[para(self.t(k), st["small"], bold=True), para(v, st["small"])] for k, v in facts],
                      colWidths=[45 * mm, self.width - 45 * mm], hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if r.overall_tone in TONE_FILLS:
            commands.append(("BACKGROUND", (1, 6), (1, 6), TONE_FILLS[r.overall_tone]))
        if r.escalated:
            commands.append(("BACKGROUND", (1, 7), (1, 7), TONE_FILLS[Tone.NEGATIVE]))
        table.setStyle(table_style(commands))
        return [para(f"{self.t('case_report_title')} — {r.reference}", st["title"]), table, Spacer(1, 3 * mm),
                para(self.t("data_protection_notice"), st["warning"]), Spacer(1, 2 * mm),
                para(self.t("grades_note"), st["note"])]

    def form(self, form: CaseForm) -> list[Flowable]:
        st = self.st
        story: list[Flowable] = [Spacer(1, 5 * mm)]
        head = Table([[para(form.title, st["head_white"]), para(f"v{form.version}", st["head_white"])]],
                     colWidths=[self.width - 20 * mm, 20 * mm])
        head.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), HEADER_DARK),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        if not form.started:
            return [*story, KeepTogether([head, para(form.status, st["note"])])]
        grade_rows = [[para(self.t("status"), st["small"], bold=True), para(form.status, st["small"])],
                      [para(self.t("suggested_grade"), st["small"], bold=True),
                       para(form.suggested_grade, st["small"], color=TONE_TEXT[form.suggested_tone])],
                      [para(self.t("final_grade"), st["small"], bold=True),
                       para(form.final_grade or "–", st["small"], bold=True, color=TONE_TEXT[form.final_tone])]]
        if form.override_reason:
            grade_rows.append([para(self.t("override_reason"), st["small"], bold=True),
                               para(form.override_reason, st["small"])])
        if form.escalated:
            grade_rows.append([para(self.t("escalation"), st["small"], bold=True),
                               para(self.t("escalated_yes"), st["small"], bold=True, color=MARKING_RED)])
        grades = Table(grade_rows, colWidths=[45 * mm, self.width - 45 * mm], hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]
        if form.suggested_tone in TONE_FILLS:
            commands.append(("BACKGROUND", (1, 1), (1, 1), TONE_FILLS[form.suggested_tone]))
        if form.final_tone in TONE_FILLS:
            commands.append(("BACKGROUND", (1, 2), (1, 2), TONE_FILLS[form.final_tone]))
        grades.setStyle(table_style(commands))
        story.append(KeepTogether([head, grades]))
        for section in form.sections:
            data: list[list[Any]] = []
            commands = [("GRID", (0, 0), (-1, -1), 0.25, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), HEADER_LIGHT), ("SPAN", (0, 0), (-1, 0))]
            data.append([para(section.title, st["head"]), "", ""])
            data.append([para(self.t(k), st["tiny_bold"]) for k in ("question", "answer", "evidence_note")])
            for question in section.questions:
                self._answer_row(data, commands, question.answer, indent=False)
                for row in question.rows:
                    r = len(data)
                    data.append([para(f"{self.t('row')} {row.number}", st["tiny_bold"]), "", ""])
                    commands.append(("SPAN", (0, r), (-1, r)))
                    for answer in row.answers:
                        self._answer_row(data, commands, answer, indent=True)
            table = Table(data, colWidths=[QUESTION_MM * mm, ANSWER_MM * mm,
                                           self.width - (QUESTION_MM + ANSWER_MM) * mm], repeatRows=2)
            table.setStyle(table_style(commands))
            story.append(Spacer(1, 2 * mm))
            story.append(table)
        return story

    def _answer_row(self, data: list[list[Any]], commands: list[tuple[Any, ...]], answer: CaseAnswer, *,
                    indent: bool) -> None:
        st = self.st
        r = len(data)
        star = " ★" if answer.limiting else ""
        prefix = "    " if indent else ""
        question = para(f"{prefix}{answer.question_id}{star} — {answer.label}", st["tiny"])
        if not answer.relevant:
            shown = para(self.t("case_not_relevant"), st["tiny"], color=TEXT_GREY)
        elif not answer.answered:
            shown = para(self.t("case_no_answer"), st["tiny"], color=TEXT_GREY)
        else:
            shown = para(answer.answer, st["tiny"], bold=answer.tone is Tone.NEGATIVE, color=TONE_TEXT[answer.tone])
            if answer.tone in TONE_FILLS:
                commands.append(("BACKGROUND", (1, r), (1, r), TONE_FILLS[answer.tone]))
        if not answer.note and len(answer.answer) > 40:
            commands.append(("SPAN", (1, r), (2, r)))  # a long answer with no note uses the note's room too
        data.append([question, shown, para(answer.note, st["tiny"]) if answer.note else ""])


def write_case_pdf(report: CaseReport, path: Path, *, check: Check = _nothing) -> None:
    CasePdf(report, check).build(path)

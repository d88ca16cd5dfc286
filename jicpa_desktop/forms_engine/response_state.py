"""One form response as evaluation sees it: top-level answers, repeat rows and evidence notes."""

from __future__ import annotations

from dataclasses import dataclass, field

from jicpa_desktop.domain.answer_types import AnswerValue
from jicpa_desktop.domain.form_model import FormDefinition

AnswerRef = tuple[str, str | None]  # (question id, repeat row id or None)


@dataclass
class RowState:
    row_id: str
    cells: dict[str, AnswerValue] = field(default_factory=dict)


@dataclass
class ResponseState:
    answers: dict[str, AnswerValue] = field(default_factory=dict)  # top-level question id -> value
    rows: dict[str, list[RowState]] = field(default_factory=dict)  # repeat group id -> rows in order
    evidence: dict[AnswerRef, str] = field(default_factory=dict)  # (question id, row id) -> note
    # The case file's agency: a question narrowed to other agencies (`agencies:`) is not shown or counted.
    # None: every question applies (a form looked at outside any file).
    agency: str | None = None

    def has_evidence(self, ref: AnswerRef) -> bool:
        note = self.evidence.get(ref)
        return note is not None and bool(note.strip())


def with_renames(form: FormDefinition, state: ResponseState) -> ResponseState:
    """Answers stored under an id the form has since renamed read as the new id (the new id wins if both)."""
    if not form.renamed:
        return state
    answers = dict(state.answers)
    rows = dict(state.rows)
    evidence = dict(state.evidence)
    for old, new in form.renamed.items():
        if old in answers and new not in answers:
            answers[new] = answers.pop(old)
        if old in rows and new not in rows:
            rows[new] = rows.pop(old)
        for qid, row_id in list(evidence):
            if qid == old and (new, row_id) not in evidence:
                evidence[(new, row_id)] = evidence.pop((qid, row_id))
    if any(old in row.cells for old in form.renamed for group in rows.values() for row in group):
        rows = {
            group_id: [RowState(row.row_id, _renamed_cells(row.cells, form.renamed)) for row in group]
            for group_id, group in rows.items()
        }
    return ResponseState(answers, rows, evidence, state.agency)


def _renamed_cells(cells: dict[str, AnswerValue], renamed: dict[str, str]) -> dict[str, AnswerValue]:
    result = dict(cells)
    for old, new in renamed.items():
        if old in result and new not in result:
            result[new] = result.pop(old)
    return result

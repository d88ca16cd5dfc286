"""A large form with rules of every kind evaluates completely (its speed is measured in benchmarks/)."""

from __future__ import annotations

import datetime as dt

from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.forms_engine import ResponseState, RowState, evaluate, load_form_text

from .conftest import form_yaml


def large_form() -> FormDefinition:
    """147 questions with rules of every kind, and a repeat group with 2 columns: 150 in all."""
    items = []
    for i in range(147):
        qid = f"q{i:03}"
        previous = f"q{i - 1:03}"
        if i % 5 == 0:
            items.append(
                f"- {{id: {qid}, type: ynp, label: {{en: Q, cy: C}}, limiting: true, evidence: when_negative}}"
            )
        elif i % 5 == 1:
            items.append(f"- {{id: {qid}, type: ynp, label: {{en: Q, cy: C}}, relevant: \"{previous} != 'no'\"}}")
        elif i % 5 == 2:
            items.append(
                f"- {{id: {qid}, type: date, label: {{en: Q, cy: C}}, relevant: \"{previous} in ['yes', 'partly']\","
                " negative_when: 'days_between(value, today()) > 30'}"
            )
        elif i % 5 == 3:
            items.append(
                f'- {{id: {qid}, type: integer, label: {{en: Q, cy: C}}, relevant: "answered({previous})",'
                " constraint: {expression: 'value <= 20', message: {en: M, cy: N}}, negative_when: 'value > 5'}"
            )
        else:
            items.append(
                f"- {{id: {qid}, type: ynp, label: {{en: Q, cy: C}}, required: true,"
                ' relevant: "any_limiting_no() or count(rows) > 2"}'
            )
    items.append(
        """- id: rows
  type: repeat
  label: {en: Rows, cy: Rhesi}
  columns:
    - {id: r_date, type: date, label: {en: D, cy: D}}
    - {id: r_ok, type: ynp, label: {en: O, cy: O}, relevant: "r_date != null"}"""
    )
    return load_form_text(form_yaml("\n".join(items)), "large form", None)


def filled(form: FormDefinition) -> ResponseState:
    answers: dict[str, object] = {}
    for question in form.questions():
        if question.type == "ynp":
            answers[question.id] = "yes" if int(question.id[1:]) % 3 else "no"
        elif question.type == "date":
            answers[question.id] = dt.date(2024, 1, 1)
        elif question.type == "integer":
            answers[question.id] = 7
    rows = [RowState(f"r{i}", {"r_date": dt.date(2024, 1, i + 1), "r_ok": "partly"}) for i in range(5)]
    return ResponseState(answers=answers, rows={"rows": rows})  # type: ignore[arg-type]


def test_a_150_question_form_with_every_kind_of_rule_evaluates() -> None:
    form = large_form()
    assert form.question_count == 150
    result = evaluate(form, filled(form))
    assert result.relevant_count > 100 and result.suggestion.scored_count > 50

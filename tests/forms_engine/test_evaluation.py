"""Evaluating responses: skip logic, missing answers and evidence, negatives, constraints, rows and the grade."""

from __future__ import annotations

import datetime as dt

import pytest

from jicpa_desktop.domain.form_model import FormDefinition, Section
from jicpa_desktop.domain.grades import Grade
from jicpa_desktop.forms_engine import (
    ResponseState,
    RowState,
    check_constraint,
    evaluate,
    is_negative,
    load_form_text,
    load_standard_text,
)

from .conftest import FIXTURES, form_yaml

TODAY = dt.date(2024, 6, 1)


def standard() -> Section:
    return load_standard_text((FIXTURES / "_standard.yaml").read_text(), "_standard.yaml")[0]


def load(questions: str, *, with_standard: bool = False) -> FormDefinition:
    return load_form_text(form_yaml(questions, standard=with_standard), "test form", standard())


SKIP_FORM = """
- {id: q1, type: ynp, label: {en: Q1, cy: C1}}
- {id: q2, type: ynp, label: {en: Q2, cy: C2}, relevant: "q1 == 'yes'", required: true}
- {id: q3, type: text, label: {en: Q3, cy: C3}, relevant: "q2 == 'yes'"}
- {id: q4, type: text, label: {en: Q4, cy: C4}, relevant: "q2 != 'yes'"}
"""


def test_skip_logic_hides_and_unhides() -> None:
    form = load(SKIP_FORM)
    state = ResponseState()
    assert not evaluate(form, state).is_relevant("q2")
    state.answers["q1"] = "yes"
    assert evaluate(form, state).is_relevant("q2")
    state.answers["q1"] = "no"
    assert not evaluate(form, state).is_relevant("q2")


def test_relevance_cascades_through_hidden_questions() -> None:
    form = load(SKIP_FORM)
    state = ResponseState(answers={"q1": "yes", "q2": "yes", "q3": "kept"})
    shown = evaluate(form, state)
    assert shown.is_relevant("q3")
    assert not shown.is_relevant("q4")
    state.answers["q1"] = "no"  # q2 is hidden, so its stored 'yes' reads as unanswered
    hidden = evaluate(form, state)
    assert not hidden.is_relevant("q2")
    assert not hidden.is_relevant("q3")
    assert not hidden.is_relevant("q4")  # null != 'yes' is false too: null never satisfies a condition
    assert hidden.answered_count == 1 and hidden.relevant_count == 1  # only q1: hidden answers do not count


def test_required_missing_only_for_relevant_questions() -> None:
    form = load(SKIP_FORM)
    assert evaluate(form, ResponseState()).required_missing == ()
    result = evaluate(form, ResponseState(answers={"q1": "yes"}))
    assert result.required_missing == (("q2", None),)
    assert not result.complete
    cleared = evaluate(form, ResponseState(answers={"q1": "yes", "q2": ""}))
    assert cleared.required_missing == (("q2", None),)  # cleared text counts as not given


EVIDENCE_FORM = """
- {id: e1, type: ynp, label: {en: E1, cy: E1}, evidence: when_negative}
- {id: e2, type: text, label: {en: E2, cy: E2}, evidence: always}
- {id: e3, type: integer, label: {en: E3, cy: E3}, evidence: when_negative, negative_when: "value >= 3"}
- {id: e4, type: grade, label: {en: E4, cy: E4}, evidence: when_negative}
- id: e5
  type: single
  label: {en: E5, cy: E5}
  evidence: when_negative
  choices:
    - {id: fine, label: {en: Fine, cy: Iawn}}
    - {id: late, label: {en: Late, cy: Hwyr}, negative: true}
"""


@pytest.mark.parametrize(
    ("question", "value", "needs_evidence"),
    [
        ("e1", "yes", False),
        ("e1", "partly", True),
        ("e1", "no", True),
        ("e1", "not_applicable", False),
        ("e2", "roles only", True),
        ("e3", 2, False),
        ("e3", 3, True),
        ("e4", "good", False),
        ("e4", "requires_improvement", True),
        ("e4", "inadequate", True),
        ("e5", "fine", False),
        ("e5", "late", True),
    ],
)
def test_evidence_when_negative_and_always(question: str, value: object, needs_evidence: bool) -> None:
    form = load(EVIDENCE_FORM)
    state = ResponseState(answers={question: value})  # type: ignore[dict-item]
    result = evaluate(form, state)
    assert ((question, None) in result.evidence_missing) is needs_evidence
    assert ((question, None) in result.negative) is (needs_evidence and question != "e2")
    state.evidence[(question, None)] = "   "  # blank notes do not count
    assert ((question, None) in evaluate(form, state).evidence_missing) is needs_evidence
    state.evidence[(question, None)] = "Case note 12/03: not seen"
    assert evaluate(form, state).evidence_missing == ()


def test_is_negative_combines_the_type_and_negative_when() -> None:
    form = load(EVIDENCE_FORM)
    e1, e3 = form.question("e1"), form.question("e3")
    assert e1 is not None and e3 is not None
    state = ResponseState()
    assert is_negative(form, e1, "partly", state)
    assert not is_negative(form, e1, "yes", state)
    assert is_negative(form, e3, 5, state)
    assert not is_negative(form, e3, 1, state)
    assert not is_negative(form, e3, "", state)


CONSTRAINT_FORM = """
- id: start
  type: date
  label: {en: Start, cy: Dechrau}
- id: end
  type: date
  label: {en: End, cy: Diwedd}
  constraint:
    expression: value >= start
    message: {en: The end cannot come before the start, cy: Ni all y diwedd ddod cyn y dechrau}
- id: pct
  type: percentage
  label: {en: P, cy: P}
  constraint: {expression: "value <= 90", message: {en: At most 90, cy: Dim mwy na 90}}
"""


def test_constraint_errors_carry_the_message() -> None:
    form = load(CONSTRAINT_FORM)
    state = ResponseState(answers={"start": dt.date(2024, 2, 1), "end": dt.date(2024, 1, 1), "pct": 95})
    result = evaluate(form, state, today=TODAY)
    assert set(result.constraint_errors) == {("end", None), ("pct", None)}
    assert result.constraint_errors[("end", None)].cy.startswith("Ni all")
    assert not result.complete
    state.answers.update(end=dt.date(2024, 3, 1), pct=90)
    assert evaluate(form, state).constraint_errors == {}


def test_check_constraint_before_saving() -> None:
    form = load(CONSTRAINT_FORM)
    end, pct = form.question("end"), form.question("pct")
    assert end is not None and pct is not None
    state = ResponseState(answers={"start": dt.date(2024, 2, 1)})
    message = check_constraint(form, end, dt.date(2024, 1, 1), state)
    assert message is not None and message.en == "The end cannot come before the start"
    assert check_constraint(form, end, dt.date(2024, 2, 2), state) is None
    assert check_constraint(form, pct, 91, state) is not None
    assert check_constraint(form, pct, "", state) is None  # clearing an answer is always allowed


def test_a_faulty_rule_accepts_the_value_and_never_hides() -> None:
    """Faults the loader cannot see (here a division by a zero answer) take the safe side."""
    form = load(
        """
        - {id: n, type: integer, label: {en: N, cy: N}}
        - id: ratio
          type: integer
          label: {en: R, cy: R}
          relevant: "10 / n > 1"
          constraint: {expression: "value / n < 5", message: {en: M, cy: N}}
          negative_when: "value / n > 1"
        """
    )
    state = ResponseState(answers={"n": 0, "ratio": 50})
    result = evaluate(form, state)
    assert result.is_relevant("ratio")
    assert result.constraint_errors == {}
    assert ("ratio", None) not in result.negative
    state.answers["n"] = 20  # the same rules, working: hidden (10/20 is not > 1)
    assert not evaluate(form, state).is_relevant("ratio")
    state.answers["n"] = 2  # shown, and 50/2 breaks the constraint and is negative
    working = evaluate(form, state)
    assert ("ratio", None) in working.constraint_errors and ("ratio", None) in working.negative


REPEAT_FORM = """
- {id: police_involved, type: yn, label: {en: P, cy: P}}
- id: episodes
  type: repeat
  label: {en: Missing episodes, cy: Cyfnodau ar goll}
  required: true
  columns:
    - {id: ep_returned, type: yn, label: {en: Returned?, cy: Dychwelyd?}, required: true}
    - id: ep_interview
      type: ynp
      label: {en: Return interview within 72 hours?, cy: Cyfweliad dychwelyd o fewn 72 awr?}
      relevant: "ep_returned == 'yes'"
      evidence: when_negative
      limiting: true
    - id: ep_police
      type: text
      label: {en: Police action, cy: Camau'r heddlu}
      relevant: "police_involved == 'yes' and ep_returned == 'yes'"
- {id: many, type: ynp, label: {en: M, cy: M}, relevant: "count(episodes) >= 2"}
"""


def test_repeat_rows_see_their_own_cells() -> None:
    form = load(REPEAT_FORM)
    state = ResponseState(
        answers={"police_involved": "yes"},
        rows={
            "episodes": [
                RowState("r1", {"ep_returned": "yes", "ep_interview": "no"}),
                RowState("r2", {"ep_returned": "no", "ep_interview": "yes"}),
                RowState("r3", {}),
            ]
        },
    )
    result = evaluate(form, state)
    assert result.is_relevant("ep_interview", "r1") and not result.is_relevant("ep_interview", "r2")
    assert result.is_relevant("ep_police", "r1") and not result.is_relevant("ep_police", "r2")
    assert result.is_relevant("many")  # three rows
    assert result.required_missing == (("ep_returned", "r3"),)
    assert result.evidence_missing == (("ep_interview", "r1"),)
    assert result.negative == frozenset({("ep_interview", "r1")})  # a yn No records a fact, not a gap
    assert [a.question_id for a in result.scored] == ["ep_interview"]  # r2's hidden 'yes' is left out


def test_column_constraints_read_the_same_row() -> None:
    form = load(
        """
        - id: episodes
          type: repeat
          label: {en: Episodes, cy: Episodau}
          columns:
            - {id: went, type: date, label: {en: Went missing, cy: Aeth ar goll}}
            - id: back
              type: date
              label: {en: Returned, cy: Dychwelodd}
              constraint: {expression: "value >= went", message: {en: Back before gone, cy: Yn ôl cyn mynd}}
        """
    )
    state = ResponseState(
        rows={
            "episodes": [
                RowState("a", {"went": dt.date(2024, 1, 10), "back": dt.date(2024, 1, 5)}),
                RowState("b", {"went": dt.date(2024, 1, 1), "back": dt.date(2024, 1, 5)}),
            ]
        }
    )
    assert list(evaluate(form, state).constraint_errors) == [("back", "a")]
    back = form.question("back")
    assert back is not None
    assert check_constraint(form, back, dt.date(2024, 1, 2), state, row_id="b") is None
    assert check_constraint(form, back, dt.date(2023, 12, 31), state, row_id="b") is not None


def test_a_required_repeat_group_needs_a_row() -> None:
    form = load(REPEAT_FORM)
    result = evaluate(form, ResponseState())
    assert result.required_missing == (("episodes", None),)
    assert not result.is_relevant("many")


def test_answered_and_relevant_counts() -> None:
    form = load(SKIP_FORM)
    result = evaluate(form, ResponseState(answers={"q1": "yes", "q2": "no"}))
    assert (result.answered_count, result.relevant_count) == (2, 3)  # q1, q2, q4 shown; q3 hidden
    assert result.complete


# ---- grade -------------------------------------------------------------------------------------

GRADE_FORM = """
- {id: g1, type: ynp, label: {en: G1, cy: G1}, limiting: true}
- {id: g2, type: ynp, label: {en: G2, cy: G2}, limiting: true}
- {id: g3, type: ynp, label: {en: G3, cy: G3}}
- {id: g4, type: ynp, label: {en: G4, cy: G4}}
- {id: g5, type: ynp, label: {en: G5, cy: G5}}
- {id: g6, type: ynp, label: {en: G6, cy: G6}}
- {id: g7, type: ynp, label: {en: G7, cy: G7}}
- {id: g8, type: ynp, label: {en: G8, cy: G8}}
"""


def grade_of(answers: dict[str, str]) -> tuple[Grade, int]:
    form = load(GRADE_FORM, with_standard=True)
    suggestion = evaluate(form, ResponseState(answers=dict(answers))).suggestion
    return suggestion.grade, suggestion.scored_count


ALL_YES = {f"g{i}": "yes" for i in range(1, 9)}


def test_all_yes_is_good_never_outstanding() -> None:
    assert grade_of(ALL_YES) == (Grade.GOOD, 8)


def test_limiting_no_caps_at_requires_improvement() -> None:
    assert grade_of({**ALL_YES, "g1": "no"}) == (Grade.REQUIRES_IMPROVEMENT, 8)  # 87.5 % would be Good


def test_limiting_no_with_risk_unmanaged_caps_at_inadequate() -> None:
    form = load(GRADE_FORM, with_standard=True)
    state = ResponseState(answers={**ALL_YES, "g1": "no", "std_risk_unmanaged": "yes"})
    result = evaluate(form, state)
    assert result.is_relevant("std_risk_unmanaged")  # relevant: any_limiting_no()
    assert result.suggestion.grade is Grade.INADEQUATE


def test_risk_unmanaged_counts_only_while_relevant() -> None:
    """With no ★ No the risk question is hidden, so a stale 'yes' does not lower anything."""
    form = load(GRADE_FORM, with_standard=True)
    result = evaluate(form, ResponseState(answers={**ALL_YES, "std_risk_unmanaged": "yes"}))
    assert not result.is_relevant("std_risk_unmanaged")
    assert result.suggestion.grade is Grade.GOOD


def test_two_limiting_partly_cap_at_requires_improvement() -> None:
    assert grade_of({**ALL_YES, "g1": "partly", "g2": "partly"})[0] is Grade.REQUIRES_IMPROVEMENT
    assert grade_of({**ALL_YES, "g1": "partly"})[0] is Grade.GOOD  # one is not enough


def test_low_scores_are_inadequate() -> None:
    answers = {f"g{i}": "no" for i in range(3, 9)} | {"g1": "yes", "g2": "yes"}
    assert grade_of(answers)[0] is Grade.INADEQUATE


def test_fewer_than_three_scored_is_insufficient_evidence() -> None:
    assert grade_of({"g1": "yes", "g2": "yes"}) == (Grade.INSUFFICIENT_EVIDENCE, 2)


def test_not_applicable_is_left_out() -> None:
    answers = {"g1": "yes", "g2": "yes", "g3": "not_applicable", "g4": "not_applicable"}
    assert grade_of(answers) == (Grade.INSUFFICIENT_EVIDENCE, 2)
    assert grade_of({**answers, "g5": "no"}) == (Grade.REQUIRES_IMPROVEMENT, 3)  # 4 of 6 = 67 %


def test_scoring_rules_by_question_kind() -> None:
    form = load(
        """
        - {id: s1, type: ynp, label: {en: S, cy: S}, scored: false}
        - {id: s2, type: yn, label: {en: S, cy: S}}
        - {id: s3, type: yn, label: {en: S, cy: S}, scored: true}
        - {id: s4, type: integer, label: {en: S, cy: S}, negative_when: "value >= 3"}
        - id: s5
          type: single
          label: {en: S, cy: S}
          choices:
            - {id: full, label: {en: Full, cy: Llawn}, score: 2}
            - {id: some, label: {en: Some, cy: Rhai}, score: 1}
            - {id: unknown, label: {en: Unknown, cy: Anhysbys}}
        - {id: s6, type: text, label: {en: S, cy: S}}
        - {id: s7, type: ynp, label: {en: S, cy: S}, relevant: "s6 == 'show'"}
        """
    )
    state = ResponseState(answers={"s1": "no", "s2": "no", "s3": "no", "s4": 4, "s5": "some", "s6": "x", "s7": "no"})
    scores = {a.question_id: a.score for a in evaluate(form, state).scored}
    assert scores == {"s3": 0, "s4": 0, "s5": 1}  # s1 forced out, s2 unscored, s6 text, s7 hidden
    state.answers.update(s4=1, s5="unknown")
    scores = {a.question_id: a.score for a in evaluate(form, state).scored}
    assert scores == {"s3": 0, "s4": 2}


# ---- other ------------------------------------------------------------------------------------


def test_answers_under_a_renamed_id_still_read() -> None:
    text = form_yaml("- {id: seen_new, type: ynp, label: {en: Q, cy: C}, required: true}")
    text += "renamed: {seen_old: seen_new}\n"
    form = load_form_text(text, "test form", None)
    state = ResponseState(answers={"seen_old": "no"}, evidence={("seen_old", None): "note"})
    result = evaluate(form, state)
    assert result.required_missing == ()
    assert result.negative == frozenset({("seen_new", None)})


def test_dates_in_rules_use_the_given_today() -> None:
    form = load_form_text((FIXTURES / "demo.yaml").read_text(), "demo.yaml", standard())
    recent = ResponseState(answers={"seen_01": "yes", "seen_date": dt.date(2024, 5, 1)})
    assert ("seen_date", None) not in evaluate(form, recent, today=TODAY).negative
    assert ("seen_date", None) in evaluate(form, recent, today=dt.date(2024, 12, 1)).negative


def test_unknown_questions_are_not_relevant() -> None:
    assert not evaluate(load(SKIP_FORM), ResponseState()).is_relevant("nope")

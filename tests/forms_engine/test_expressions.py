"""The expression language: parsing, precedence, null and type rules, functions, and what it refuses."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jicpa_desktop.forms_engine.expressions import (
    ExpressionError,
    ExpressionTypeError,
    compile_expression,
)

TODAY = dt.date(2024, 3, 1)


@dataclass
class Env:
    """A plain environment: answers by name, rows by group, a fixed today."""

    answers: dict[str, object] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    value: object = None
    limiting_no: bool = False

    def lookup(self, name: str) -> object:
        return self.answers.get(name)

    def row_count(self, group_id: str) -> int | None:
        return self.rows.get(group_id)

    def any_limiting_no(self) -> bool:
        return self.limiting_no

    def today(self) -> dt.date:
        return TODAY


ANSWERS = {
    "yes_q": "yes",
    "no_q": "no",
    "num": 4,
    "pct": 62.5,
    "start": dt.date(2024, 1, 1),
    "end": dt.date(2024, 1, 31),
    "multi": ["police", "health"],
}


def run(source: str, **answers: object) -> object:
    env = Env(answers={**ANSWERS, **answers}, rows={"episodes": 3})
    return compile_expression(source).evaluate(env)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("yes_q == 'yes'", True),
        ('yes_q == "yes"', True),
        ("yes_q != 'yes'", False),
        ("num > 3", True),
        ("num >= 4 and num <= 4", True),
        ("pct < 60", False),
        ("2.5 * 2", 5.0),
        ("10 / 4", 2.5),
        ("num - 1 - 1", 2),  # left-associative
        ("-num + 10", 6),
        ("--3", 3),
        ("'a' < 'b'", True),
        ("[1, 2] == [2, 1]", True),  # selections compare as sets
        ("multi == ['health', 'police']", True),
        ("true and not false", True),
    ],
)
def test_literals_operators_and_names(source: str, expected: object) -> None:
    assert run(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("1 + 2 * 3", 7),  # * / bind tighter than + -
        ("(1 + 2) * 3", 9),
        ("not yes_q == 'no'", True),  # not is looser than comparisons
        ("false and false or true", True),  # and binds tighter than or
        ("true or false and false", True),
        ("not true or true", True),  # not binds tighter than or
        ("'police' in multi == true", True),  # in binds tighter than ==
        ("1 + 1 in [2]", True),  # + binds tighter than in
        ("-2 * 3", -6),
    ],
)
def test_precedence_loosest_first(source: str, expected: object) -> None:
    assert run(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("missing == null", True),
        ("missing != null", False),
        ("yes_q != null", True),
        ("null == null", True),
        ("missing == 'yes'", False),
        ("missing != 'yes'", False),  # an unanswered question never satisfies a condition by accident
        ("missing > 3", False),
        ("missing < 3", False),
        ("missing == other_missing", False),
        ("'x' in missing", False),
        ("'x' not in missing", False),
        ("missing in ['a']", False),
        ("missing + 1 > 0", False),  # null propagates through arithmetic
        ("not missing", True),  # null counts as false
        ("missing and true", False),
        ("missing or true", True),
        ("answered(missing)", False),
        ("days_between(missing, end) > 3", False),
    ],
)
def test_null_semantics(source: str, expected: object) -> None:
    assert run(source) is expected


@pytest.mark.parametrize(
    "source",
    [
        "start < 'text'",  # a date compared to text
        "num == 'four'",
        "yes_q > 3",
        "true < false",
        "multi < ['x']",
        "'a' in 'abc'",
        "num / 0",
        "start + 'x'",
        "-yes_q",
        "yes_q and true",  # text is not a condition
        "days_between(num, end)",
        "selected(num, 'a')",
        "count(num)",
    ],
)
def test_type_errors_raise_expression_type_error(source: str) -> None:
    with pytest.raises(ExpressionTypeError):
        run(source)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("'police' in multi", True),
        ("'education' in multi", False),
        ("'education' not in multi", True),
        ("yes_q in ['yes', 'partly']", True),
        ("no_q not in ['yes', 'partly']", True),
        ("num in [1, 2, 4]", True),
        ("num in ['4']", False),  # a number is not the text '4'
        ("[] == []", True),
    ],
)
def test_membership_for_lists_and_multi_answers(source: str, expected: object) -> None:
    assert run(source) is expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("start < end", True),
        ("start == date('2024-01-01')", True),
        ("end > date('2024-02-01')", False),
        ("days_between(start, end)", 30),
        ("days_between(end, start)", -30),
        ("end - start", 30),
        ("start + 31 == date('2024-02-01')", True),
        ("days_between(end, today()) > 28", True),
        ("today() == date('2024-03-01')", True),
    ],
)
def test_dates(source: str, expected: object) -> None:
    assert run(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("answered(yes_q)", True),
        ("answered(empty_text)", False),
        ("answered(empty_list)", False),
        ("selected(multi, 'police')", True),
        ("selected(multi, 'education')", False),
        ("selected(yes_q, 'yes')", True),  # works on a single answer too
        ("count(episodes)", 3),  # rows of a repeat group
        ("count(multi)", 2),  # choices of a multi answer
        ("count(missing)", 0),
        ("any_limiting_no()", False),
    ],
)
def test_functions(source: str, expected: object) -> None:
    assert run(source, empty_text="", empty_list=[]) == expected


def test_value_is_the_answer_being_checked() -> None:
    expression = compile_expression("value >= 0 and value <= 100")
    assert expression.evaluate(Env(value=50)) is True
    assert expression.evaluate(Env(value=101)) is False


def test_any_limiting_no_reads_the_environment() -> None:
    assert compile_expression("any_limiting_no()").evaluate(Env(limiting_no=True)) is True


def test_names_and_functions_are_reported() -> None:
    expression = compile_expression("answered(a) and count(rows_g) > value and date('2024-01-01') < b")
    assert expression.names == frozenset({"a", "rows_g", "b"})
    assert expression.functions == frozenset({"answered", "count"})


def test_compiled_expressions_are_cached() -> None:
    assert compile_expression("q1 == 'yes'") is compile_expression("q1 == 'yes'")


def test_is_true_rejects_a_non_boolean_result() -> None:
    with pytest.raises(ExpressionTypeError, match="expected true or false"):
        compile_expression("num").is_true(Env(answers={"num": 3}))
    assert compile_expression("missing").is_true(Env()) is False


def test_escaped_quotes_in_text() -> None:
    assert run("'it\\'s' == \"it's\"") is True


@pytest.mark.parametrize(
    ("source", "fragment", "column"),
    [
        ("__import__('os')", "unknown function '__import__'", 1),
        ("eval('1')", "unknown function 'eval'", 1),
        ("q.__class__", "attribute access is not part of the language", 2),
        ("q1 = 'yes'", "use '==' to compare", 4),
        ("q1 == 'yes' && q2", "use 'and'", 13),
        ("(q1 == 'yes'", "expected ')' to close the '('", 13),
        ("q1 ==", "expected a value", 6),
        ("", "the expression is empty", 1),
        ("a < b < c", "comparisons cannot be chained", 7),
        ("q1 'yes'", "expected an operator", 4),
        ("'never closed", "never closed", 1),
        ("date('2024-13-01')", "is not a date", 1),
        ("date('15/01/2024')", "is not a date", 1),
        ("date(q1)", "date() takes text", 1),
        ("count(1 + 1)", "count() takes a question id", 1),
        ("answered()", "answered() takes 1 argument(s), got 0", 1),
        ("selected(q1)", "write selected(q, 'choice')", 1),
        ("q1 < null", "null cannot be compared with '<'", 4),
        ("[1, 2", "expected ']' to close the list", 6),
        ("3abc", "a number cannot run into letters", 1),
        ("q1 == 'a' ; q2", "unexpected character ';'", 11),
        ("lambda: 1", "unexpected character ':'", 7),
    ],
)
def test_malformed_expressions_say_what_was_expected(source: str, fragment: str, column: int) -> None:
    with pytest.raises(ExpressionError) as caught:
        compile_expression(source)
    assert fragment in str(caught.value)
    assert caught.value.position == column
    assert isinstance(caught.value, ValueError)


def test_deep_nesting_is_refused_rather_than_exhausting_the_stack() -> None:
    with pytest.raises(ExpressionError, match="nested too deeply"):
        compile_expression("(" * 500 + "1" + ")" * 500)
    with pytest.raises(ExpressionError, match="nested too deeply"):
        compile_expression("not " * 500 + "true")


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_random_text_raises_only_expression_error(source: str) -> None:
    with contextlib.suppress(ExpressionError):
        compile_expression(source)


_PIECES = st.sampled_from(
    ["q1", "value", "'a'", "3", "2.5", "null", "true", "(", ")", "[", "]", ",", "==", "<", "+", "-", "*", "/",
     "and", "or", "not", "in", "answered(", "count(", "date('2024-01-01')", "today()", " "]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=20).map(" ".join))
def test_token_soup_parses_or_raises_expression_error(source: str) -> None:
    """Near-valid input reaches deeper into the parser than random characters do."""
    try:
        expression = compile_expression(source)
    except ExpressionError:
        return
    env = Env(answers={"q1": "a"}, value=1)
    with contextlib.suppress(ExpressionTypeError):
        expression.evaluate(env)

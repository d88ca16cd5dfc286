"""The functions expressions may call: answered, selected, count, days_between, today, any_limiting_no, date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from jicpa_desktop.forms_engine.expression_ast import ExpressionEnv, ExpressionTypeError, Name, Node, kind_of


def _answered(env: ExpressionEnv, args: tuple[Node, ...]) -> object:
    value = args[0].evaluate(env)
    return not (value is None or value == "" or value == [])


def _selected(env: ExpressionEnv, args: tuple[Node, ...]) -> object:
    answer, choice = args[0].evaluate(env), args[1].evaluate(env)
    if answer is None or choice is None:
        return False
    if isinstance(answer, list | tuple):
        return choice in answer
    if isinstance(answer, str):
        return answer == choice
    raise ExpressionTypeError(f"selected() needs a choice question, got {kind_of(answer)} {answer!r}")


def _count(env: ExpressionEnv, args: tuple[Node, ...]) -> object:
    argument = args[0]
    if isinstance(argument, Name):
        rows = env.row_count(argument.name)
        if rows is not None:
            return rows
    value = argument.evaluate(env)
    if value is None:
        return 0
    if isinstance(value, list | tuple):
        return len(value)
    raise ExpressionTypeError(f"count() needs a repeat group or a multi question, got {kind_of(value)}")


def _days_between(env: ExpressionEnv, args: tuple[Node, ...]) -> object:
    start, end = args[0].evaluate(env), args[1].evaluate(env)
    if start is None or end is None:
        return None
    if not (isinstance(start, dt.date) and isinstance(end, dt.date)):
        raise ExpressionTypeError(f"days_between() needs two dates, got {kind_of(start)} and {kind_of(end)}")
    return (end - start).days


def _today(env: ExpressionEnv, args: tuple[Node, ...]) -> object:
    return env.today()


def _any_limiting_no(env: ExpressionEnv, args: tuple[Node, ...]) -> object:
    return env.any_limiting_no()


def _date(env: ExpressionEnv, args: tuple[Node, ...]) -> object:
    # The parser folds date('…') into a literal; this runs only for a computed argument.
    text = args[0].evaluate(env)
    if not isinstance(text, str):
        raise ExpressionTypeError(f"date() needs text 'YYYY-MM-DD', got {kind_of(text)}")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ExpressionTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


@dataclass(frozen=True, slots=True)
class Function:
    name: str
    arity: int
    call: Callable[[ExpressionEnv, tuple[Node, ...]], object]
    usage: str


FUNCTIONS: dict[str, Function] = {
    f.name: f
    for f in (
        Function("answered", 1, _answered, "answered(q)"),
        Function("selected", 2, _selected, "selected(q, 'choice')"),
        Function("count", 1, _count, "count(q)"),
        Function("days_between", 2, _days_between, "days_between(a, b)"),
        Function("today", 0, _today, "today()"),
        Function("any_limiting_no", 0, _any_limiting_no, "any_limiting_no()"),
        Function("date", 1, _date, "date('YYYY-MM-DD')"),
    )
}

"""Syntax tree of the form expression language and its evaluation, with the spec's null and type rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol


class ExpressionTypeError(Exception):
    """An expression met values it cannot combine (a date compared with text, division by zero…).

    Callers turn it into the safe default: a constraint accepts the value, `relevant` shows the question,
    `negative_when` does not mark the answer negative.
    """


class ExpressionEnv(Protocol):
    """What an expression can see: answers by id, the value being checked, repeat rows and the date."""

    @property
    def value(self) -> object: ...

    def lookup(self, name: str) -> object:
        """The answer to a question of the form, or None when unanswered or not relevant."""
        ...

    def row_count(self, group_id: str) -> int | None:
        """Rows of a repeat group, or None when `group_id` is not a repeat group."""
        ...

    def any_limiting_no(self) -> bool: ...

    def today(self) -> dt.date: ...


def kind_of(value: object) -> str:
    """The language's name for a value's type, used by the type rules and in error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, list | tuple):
        return "list"
    return type(value).__name__


def as_condition(value: object) -> bool:
    """A value used as true/false: null counts as false; anything but true/false/null is a type error."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    raise ExpressionTypeError(
        f"expected true or false, got {kind_of(value)} {value!r}: compare it, e.g. q == 'yes' or answered(q)"
    )


class Node:
    """A node of the syntax tree."""

    __slots__ = ()

    def evaluate(self, env: ExpressionEnv) -> object:
        raise NotImplementedError

    def children(self) -> Sequence[Node]:
        return ()


def walk(node: Node) -> Iterator[Node]:
    """Every node, parents before children, left to right; an explicit stack, so no recursion per node."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children()))


@dataclass(frozen=True, slots=True)
class Literal(Node):
    value: object

    def evaluate(self, env: ExpressionEnv) -> object:
        return self.value


@dataclass(frozen=True, slots=True)
class ListLiteral(Node):
    items: tuple[Node, ...]

    def evaluate(self, env: ExpressionEnv) -> object:
        return [item.evaluate(env) for item in self.items]

    def children(self) -> Sequence[Node]:
        return self.items


@dataclass(frozen=True, slots=True)
class Name(Node):
    name: str

    def evaluate(self, env: ExpressionEnv) -> object:
        return env.lookup(self.name)


@dataclass(frozen=True, slots=True)
class ValueRef(Node):
    def evaluate(self, env: ExpressionEnv) -> object:
        return env.value


@dataclass(frozen=True, slots=True)
class Not(Node):
    operand: Node

    def evaluate(self, env: ExpressionEnv) -> object:
        return not as_condition(self.operand.evaluate(env))

    def children(self) -> Sequence[Node]:
        return (self.operand,)


@dataclass(frozen=True, slots=True)
class And(Node):
    """`a and b and c …` as one node: evaluated left to right in a loop, stopping at the first false."""

    operands: tuple[Node, ...]

    def evaluate(self, env: ExpressionEnv) -> object:
        return all(as_condition(operand.evaluate(env)) for operand in self.operands)

    def children(self) -> Sequence[Node]:
        return self.operands


@dataclass(frozen=True, slots=True)
class Or(Node):
    """`a or b or c …` as one node: evaluated left to right in a loop, stopping at the first true."""

    operands: tuple[Node, ...]

    def evaluate(self, env: ExpressionEnv) -> object:
        return any(as_condition(operand.evaluate(env)) for operand in self.operands)

    def children(self) -> Sequence[Node]:
        return self.operands


def _is_null_literal(node: Node) -> bool:
    return isinstance(node, Literal) and node.value is None


@dataclass(frozen=True, slots=True)
class Compare(Node):
    operator: str
    left: Node
    right: Node

    def evaluate(self, env: ExpressionEnv) -> object:
        left, right = self.left.evaluate(env), self.right.evaluate(env)
        # Only a written `null` tests for "unanswered"; any other null makes the comparison false, so an
        # unanswered question never satisfies a condition by accident (`q != 'yes'` is false too).
        if _is_null_literal(self.left) or _is_null_literal(self.right):
            if self.operator == "==":
                return left is None and right is None
            if self.operator == "!=":
                return (left is None) != (right is None)
            raise ExpressionTypeError(f"null cannot be ordered with {self.operator!r}: use == null or != null")
        if left is None or right is None:
            return False
        return compare_values(self.operator, left, right)

    def children(self) -> Sequence[Node]:
        return (self.left, self.right)


def compare_values(operator: str, left: object, right: object) -> bool:
    left_kind, right_kind = kind_of(left), kind_of(right)
    if left_kind != right_kind:
        raise ExpressionTypeError(f"cannot compare {left_kind} {left!r} with {right_kind} {right!r}")
    if left_kind == "list":
        # Selections are sets: ['a', 'b'] equals a multi answer ['b', 'a'].
        left, right = _as_set(left), _as_set(right)
    if operator == "==":
        return left == right
    if operator == "!=":
        return left != right
    if left_kind not in ("number", "text", "date"):
        raise ExpressionTypeError(f"{left_kind} values cannot be ordered with {operator!r}")
    return bool(_ORDERINGS[operator](left, right))


def _as_set(value: object) -> frozenset[object]:
    assert isinstance(value, list | tuple)
    return frozenset(value)


_ORDERINGS: dict[str, Callable[[object, object], object]] = {
    "<": lambda a, b: a < b,  # type: ignore[operator]
    "<=": lambda a, b: a <= b,  # type: ignore[operator]
    ">": lambda a, b: a > b,  # type: ignore[operator]
    ">=": lambda a, b: a >= b,  # type: ignore[operator]
}


@dataclass(frozen=True, slots=True)
class Membership(Node):
    negated: bool
    item: Node
    container: Node

    def evaluate(self, env: ExpressionEnv) -> object:
        item, container = self.item.evaluate(env), self.container.evaluate(env)
        if item is None or container is None:
            return False
        if not isinstance(container, list | tuple):
            raise ExpressionTypeError(
                f"'in' needs a list on its right, got {kind_of(container)} {container!r}: "
                "write q in ['a', 'b'] or 'a' in multi_question"
            )
        if isinstance(item, list | tuple):
            raise ExpressionTypeError("the left of 'in' must be a single value; use selected(q, 'choice')")
        kind = kind_of(item)
        found = any(kind_of(element) == kind and element == item for element in container)
        return found != self.negated

    def children(self) -> Sequence[Node]:
        return (self.item, self.container)


@dataclass(frozen=True, slots=True)
class Arithmetic(Node):
    """`a + b - c …` (or `a * b / c …`) of one precedence level as one node, folded left to right in a loop.

    The same as ((a + b) - c): every term is evaluated, null anywhere gives null, a type error stops.
    """

    first: Node
    rest: tuple[tuple[str, Node], ...]

    def evaluate(self, env: ExpressionEnv) -> object:
        result = self.first.evaluate(env)
        for operator, node in self.rest:
            right = node.evaluate(env)
            result = None if result is None or right is None else arithmetic(operator, result, right)
        return result

    def children(self) -> Sequence[Node]:
        return (self.first, *(node for _, node in self.rest))


def arithmetic(operator: str, left: object, right: object) -> object:
    left_kind, right_kind = kind_of(left), kind_of(right)
    if left_kind == right_kind == "number":
        assert isinstance(left, int | float) and isinstance(right, int | float)
        if operator == "+":
            return left + right
        if operator == "-":
            return left - right
        if operator == "*":
            return left * right
        if right == 0:
            raise ExpressionTypeError("division by zero")
        return left / right
    if left_kind == "date" and isinstance(left, dt.date):
        if operator == "-" and isinstance(right, dt.date):
            return (left - right).days
        if operator in "+-" and isinstance(right, int) and not isinstance(right, bool):
            delta = dt.timedelta(days=right)
            return left + delta if operator == "+" else left - delta
    raise ExpressionTypeError(f"cannot apply {operator!r} to {left_kind} {left!r} and {right_kind} {right!r}")


@dataclass(frozen=True, slots=True)
class Negate(Node):
    operand: Node

    def evaluate(self, env: ExpressionEnv) -> object:
        value = self.operand.evaluate(env)
        if value is None:
            return None
        if kind_of(value) != "number":
            raise ExpressionTypeError(f"cannot negate {kind_of(value)} {value!r}")
        assert isinstance(value, int | float)
        return -value

    def children(self) -> Sequence[Node]:
        return (self.operand,)


@dataclass(frozen=True, slots=True)
class Call(Node):
    function: str
    arguments: tuple[Node, ...]
    # Resolved by the parser from the function table, so evaluation needs no lookup.
    implementation: Callable[[ExpressionEnv, tuple[Node, ...]], object] = field(compare=False, repr=False)

    def evaluate(self, env: ExpressionEnv) -> object:
        return self.implementation(env, self.arguments)

    def children(self) -> Sequence[Node]:
        return self.arguments

"""The form expression language: a recursive-descent parser to a syntax tree, compiled once and cached."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from jicpa_desktop.forms_engine.expression_ast import (
    And,
    Arithmetic,
    Call,
    Compare,
    ExpressionEnv,
    ExpressionTypeError,
    ListLiteral,
    Literal,
    Membership,
    Name,
    Negate,
    Node,
    Not,
    Or,
    ValueRef,
    as_condition,
    walk,
)
from jicpa_desktop.forms_engine.expression_functions import FUNCTIONS
from jicpa_desktop.forms_engine.expression_tokens import ExpressionError, Kind, Token, tokenize

__all__ = [
    "FUNCTION_NAMES",
    "Expression",
    "ExpressionEnv",
    "ExpressionError",
    "ExpressionTypeError",
    "as_condition",
    "compile_expression",
    "quoted",
]

FUNCTION_NAMES: frozenset[str] = frozenset(FUNCTIONS)
COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">="})
# Limits that keep a hostile or broken file from exhausting the stack or the time of a check; the bundled
# forms' longest rule is 134 characters and 21 tokens, nested 2 deep. Chains of `and`, `or`, `+ -` and `* /`
# are one node each (built and evaluated in loops), so only nesting — parentheses, lists, calls, `not`,
# unary `-` — makes the parser, the checks and the evaluation go deeper, and MAX_DEPTH bounds it.
MAX_DEPTH = 32
MAX_EXPRESSION_CHARS = 4000
MAX_EXPRESSION_TOKENS = 500
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Expression:
    """A compiled expression: its source, its tree, and the question ids and functions it uses."""

    source: str
    tree: Node
    names: frozenset[str] = field(default=frozenset())
    functions: frozenset[str] = field(default=frozenset())
    uses_value: bool = False

    def evaluate(self, env: ExpressionEnv) -> object:
        """The expression's value; raises ExpressionTypeError when it combines incompatible values."""
        return self.tree.evaluate(env)

    def is_true(self, env: ExpressionEnv) -> bool:
        """Evaluate as a condition (null is false); raises ExpressionTypeError on a non-boolean result."""
        return as_condition(self.tree.evaluate(env))


def quoted(source: str, limit: int = 80) -> str:
    """An expression as a message shows it: in quotes, and shortened when it is long."""
    return repr(source) if len(source) <= limit else repr(source[: limit - 1] + "…")


@functools.lru_cache(maxsize=4096)
def compile_expression(source: str) -> Expression:
    """Parse `source`, raising ExpressionError (with a column) that says what was expected."""
    tree = _Parser(source).parse()
    nodes = list(walk(tree))
    return Expression(
        source=source,
        tree=tree,
        names=frozenset(n.name for n in nodes if isinstance(n, Name)),
        functions=frozenset(n.function for n in nodes if isinstance(n, Call)),
        uses_value=any(isinstance(n, ValueRef) for n in nodes),
    )


class _Parser:
    """One method per precedence level, loosest first: or, and, not, comparison, in, + -, * /, unary -."""

    def __init__(self, source: str) -> None:
        if len(source) > MAX_EXPRESSION_CHARS:
            raise ExpressionError(
                f"the expression is {len(source):,} characters long; rules longer than {MAX_EXPRESSION_CHARS:,} "
                "are refused: split it over several questions, or use 'in [...]' instead of many 'or'",
                MAX_EXPRESSION_CHARS + 1,
            )
        self.tokens = tokenize(source)
        self.index = 0
        self.depth = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        if token.kind is not Kind.END:
            self.index += 1
        return token

    def at(self, kind: Kind, text: str | None = None) -> bool:
        token = self.current
        return token.kind is kind and (text is None or token.text == text)

    def expect_operator(self, text: str, context: str) -> Token:
        if not self.at(Kind.OPERATOR, text):
            raise ExpressionError(
                f"expected {text!r} {context}, found {self.current.describe()}", self.current.position
            )
        return self.advance()

    def parse(self) -> Node:
        if self.at(Kind.END):
            raise ExpressionError("the expression is empty: write a condition such as q == 'yes'", 1)
        tree = self.parse_or()
        if not self.at(Kind.END):
            token = self.current
            hint = (
                "comparisons cannot be chained: join them with 'and'"
                if token.text in COMPARISONS
                else ("expected an operator such as 'and', 'or' or '=='")
            )
            raise ExpressionError(f"unexpected {token.describe()}: {hint}", token.position)
        # Checked after parsing (which loops along chains and stops at MAX_DEPTH), so deep nesting says so.
        if len(self.tokens) - 1 > MAX_EXPRESSION_TOKENS:
            raise ExpressionError(
                f"the expression has {len(self.tokens) - 1:,} tokens; rules of more than {MAX_EXPRESSION_TOKENS} "
                "are refused: split it over several questions, or use 'in [...]' instead of many 'or'",
                self.tokens[MAX_EXPRESSION_TOKENS].position,
            )
        return tree

    def parse_or(self) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError("the expression is nested too deeply", self.current.position)
        operands = [self.parse_and()]
        while self.at(Kind.KEYWORD, "or"):
            self.advance()
            operands.append(self.parse_and())
        self.depth -= 1
        return operands[0] if len(operands) == 1 else Or(tuple(operands))

    def parse_and(self) -> Node:
        operands = [self.parse_not()]
        while self.at(Kind.KEYWORD, "and"):
            self.advance()
            operands.append(self.parse_not())
        return operands[0] if len(operands) == 1 else And(tuple(operands))

    def parse_not(self) -> Node:
        if self.at(Kind.KEYWORD, "not"):
            self.advance()
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise ExpressionError("the expression is nested too deeply", self.current.position)
            operand = self.parse_not()
            self.depth -= 1
            return Not(operand)
        return self.parse_comparison()

    def parse_comparison(self) -> Node:
        left = self.parse_membership()
        token = self.current
        if token.kind is Kind.OPERATOR and token.text in COMPARISONS:
            self.advance()
            right = self.parse_membership()
            if token.text not in ("==", "!=") and (_is_null(left) or _is_null(right)):
                raise ExpressionError(
                    f"null cannot be compared with {token.text!r}: use == null or != null", token.position
                )
            return Compare(token.text, left, right)
        return left

    def parse_membership(self) -> Node:
        left = self.parse_additive()
        if self.at(Kind.KEYWORD, "in"):
            self.advance()
            return Membership(False, left, self.parse_additive())
        if self.at(Kind.KEYWORD, "not") and self.tokens[self.index + 1].text == "in":
            self.advance()
            self.advance()
            return Membership(True, left, self.parse_additive())
        return left

    def parse_additive(self) -> Node:
        first = self.parse_multiplicative()
        rest: list[tuple[str, Node]] = []
        while self.current.kind is Kind.OPERATOR and self.current.text in ("+", "-"):
            operator = self.advance().text
            rest.append((operator, self.parse_multiplicative()))
        return Arithmetic(first, tuple(rest)) if rest else first

    def parse_multiplicative(self) -> Node:
        first = self.parse_unary()
        rest: list[tuple[str, Node]] = []
        while self.current.kind is Kind.OPERATOR and self.current.text in ("*", "/"):
            operator = self.advance().text
            rest.append((operator, self.parse_unary()))
        return Arithmetic(first, tuple(rest)) if rest else first

    def parse_unary(self) -> Node:
        if self.at(Kind.OPERATOR, "-"):
            self.advance()
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise ExpressionError("the expression is nested too deeply", self.current.position)
            operand = self.parse_unary()
            self.depth -= 1
            value = operand.value if isinstance(operand, Literal) else None
            if isinstance(value, int | float) and not isinstance(value, bool):
                return Literal(-value)
            return Negate(operand)
        return self.parse_primary()

    def parse_primary(self) -> Node:
        token = self.current
        if token.kind in (Kind.NUMBER, Kind.STRING):
            self.advance()
            return Literal(token.value)
        if token.kind is Kind.KEYWORD and token.text in ("true", "false", "null"):
            self.advance()
            return Literal({"true": True, "false": False, "null": None}[token.text])
        if token.kind is Kind.NAME:
            self.advance()
            if self.at(Kind.OPERATOR, "("):
                return self.parse_call(token)
            return ValueRef() if token.text == "value" else Name(token.text)
        if self.at(Kind.OPERATOR, "("):
            self.advance()
            node = self.parse_or()
            self.expect_operator(")", "to close the '('")
            return node
        if self.at(Kind.OPERATOR, "["):
            return self.parse_list()
        raise ExpressionError(
            "expected a value (a question id, 'text', a number, true, false, null, [list] or a function "
            f"call), found {token.describe()}",
            token.position,
        )

    def parse_list(self) -> Node:
        self.expect_operator("[", "to start a list")
        items: list[Node] = []
        while not self.at(Kind.OPERATOR, "]"):
            items.append(self.parse_or())
            if not self.at(Kind.OPERATOR, ","):
                break
            self.advance()
        self.expect_operator("]", "to close the list")
        return ListLiteral(tuple(items))

    def parse_call(self, name: Token) -> Node:
        function = FUNCTIONS.get(name.text)
        if function is None:
            known = ", ".join(sorted(FUNCTIONS))
            raise ExpressionError(f"unknown function {name.text!r}: use one of {known}", name.position)
        self.expect_operator("(", f"after {name.text}")
        arguments: list[Node] = []
        while not self.at(Kind.OPERATOR, ")"):
            arguments.append(self.parse_or())
            if not self.at(Kind.OPERATOR, ","):
                break
            self.advance()
        self.expect_operator(")", f"to close the call of {name.text}()")
        if len(arguments) != function.arity:
            raise ExpressionError(
                f"{name.text}() takes {function.arity} argument(s), got {len(arguments)}: write {function.usage}",
                name.position,
            )
        return self.fold_call(name, tuple(arguments))

    def fold_call(self, name: Token, arguments: tuple[Node, ...]) -> Node:
        if name.text == "count" and not isinstance(arguments[0], Name):
            raise ExpressionError("count() takes a question id: write count(q)", name.position)
        if name.text == "date":
            argument = arguments[0]
            if not (isinstance(argument, Literal) and isinstance(argument.value, str)):
                raise ExpressionError("date() takes text written 'YYYY-MM-DD'", name.position)
            try:
                if not _ISO_DATE.fullmatch(argument.value):
                    raise ValueError(argument.value)
                return Literal(dt.date.fromisoformat(argument.value))
            except ValueError:
                raise ExpressionError(
                    f"{argument.value!r} is not a date: write date('YYYY-MM-DD')", name.position
                ) from None
        return Call(name.text, arguments, FUNCTIONS[name.text].call)


def _is_null(node: Node) -> bool:
    return isinstance(node, Literal) and node.value is None

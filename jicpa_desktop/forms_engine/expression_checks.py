"""Static checks of an expression against its form: kinds that cannot meet, choices that do not exist."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from jicpa_desktop.domain.answer_types import ANSWER_TYPES, answer_type
from jicpa_desktop.domain.form_model import Question
from jicpa_desktop.forms_engine.expression_ast import (
    And,
    Arithmetic,
    Call,
    Compare,
    ListLiteral,
    Literal,
    Membership,
    Name,
    Negate,
    Node,
    Not,
    Or,
    ValueRef,
    kind_of,
    walk,
)
from jicpa_desktop.forms_engine.expressions import Expression, quoted
from jicpa_desktop.forms_engine.hints import listing

BOOLEAN = kind_of(True)
# What an answer reads as in an expression, and which types have choices: each answer type says (answer_types/).
TYPE_KINDS: dict[str, str] = {code: kind.expression_kind for code, kind in ANSWER_TYPES.items()}
CHOICE_TYPES = frozenset(code for code, kind in ANSWER_TYPES.items() if kind.fixed_choices or kind.own_choices)
_FUNCTION_KINDS = {
    "answered": BOOLEAN,
    "selected": BOOLEAN,
    "any_limiting_no": BOOLEAN,
    "count": "number",
    "days_between": "number",
    "today": "date",
}


@dataclass(frozen=True)
class Subjects:
    """What the names of one expression stand for: `resolve(name)` gives the question or None."""

    resolve: Callable[[str], Question | None]
    value_question: Question | None  # the question `value` stands for


def check_expression(expression: Expression, subjects: Subjects, *, condition: bool) -> list[str]:
    """Problems visible without answers; `condition` means the result must be true/false."""
    checker = _Checker(subjects)
    result = checker.kind(expression.tree)
    for node in walk(expression.tree):
        checker.check(node)
    if condition and result not in (None, BOOLEAN, "null"):
        example = expression.source if len(expression.source) <= 80 else quoted(expression.source)
        checker.problems.append(f"the rule gives {result}, not true/false: compare it, e.g. {example} == 'yes'")
    return list(dict.fromkeys(checker.problems))


class _Checker:
    def __init__(self, subjects: Subjects) -> None:
        self.subjects = subjects
        self.problems: list[str] = []

    def question(self, node: Node) -> Question | None:
        if isinstance(node, Name):
            return self.subjects.resolve(node.name)
        if isinstance(node, ValueRef):
            return self.subjects.value_question
        return None

    def kind(self, node: Node) -> str | None:
        """The kind of value a node gives, or None when it cannot be known before answers exist."""
        if isinstance(node, Literal):
            return kind_of(node.value)
        if isinstance(node, ListLiteral):
            return "list"
        if isinstance(node, Name | ValueRef):
            question = self.question(node)
            return TYPE_KINDS.get(question.type) if question is not None else None
        if isinstance(node, Not | And | Or | Compare | Membership):
            return BOOLEAN
        if isinstance(node, Negate):
            return "number"
        if isinstance(node, Call):
            return _FUNCTION_KINDS.get(node.function)
        if isinstance(node, Arithmetic):
            result = self.kind(node.first)
            for operator, term in node.rest:  # a loop along the chain: no recursion per term
                result = _arithmetic_kind(operator, result, self.kind(term))
            return result
        return None

    def check(self, node: Node) -> None:
        if isinstance(node, Not | And | Or):
            for operand in node.children():
                self.expect(operand, BOOLEAN, f"'{type(node).__name__.lower()}'")
        elif isinstance(node, Compare):
            self.check_compare(node)
        elif isinstance(node, Membership):
            self.check_membership(node)
        elif isinstance(node, Arithmetic):
            left = self.kind(node.first)
            for operator, term in node.rest:
                right = self.kind(term)
                known = left and right and "null" not in (left, right)
                combined = _arithmetic_kind(operator, left, right)
                if known and combined is None:
                    self.problems.append(f"{operator!r} cannot combine {left} and {right}")
                    break
                left = combined
        elif isinstance(node, Negate):
            self.expect(node.operand, "number", "'-'")
        elif isinstance(node, Call):
            self.check_call(node)

    def expect(self, node: Node, kind: str, where: str) -> None:
        found = self.kind(node)
        if found is not None and found not in (kind, "null"):
            self.problems.append(f"{where} needs {kind}, got {found}{self.named(node)}")

    def named(self, node: Node) -> str:
        question = self.question(node)
        if question is None:
            return ""
        return f" ({question.id} is {_article(question.type)} {question.type} question)"

    def check_compare(self, node: Compare) -> None:
        left, right = self.kind(node.left), self.kind(node.right)
        if left and right and "null" not in (left, right) and left != right:
            self.problems.append(
                f"{node.operator!r} compares {left} with {right}{self.named(node.left) or self.named(node.right)}"
            )
            return
        if node.operator not in ("==", "!=") and left in ("list", BOOLEAN):
            self.problems.append(f"{left} values cannot be ordered with {node.operator!r}")
        self.check_choice(node.left, node.right)
        self.check_choice(node.right, node.left)

    def check_membership(self, node: Membership) -> None:
        container = self.kind(node.container)
        if container is not None and container not in ("list", "null"):
            self.problems.append(f"'in' needs a list on its right, got {container}{self.named(node.container)}")
            return
        if self.kind(node.item) == "list":
            self.problems.append("the left of 'in' is a list: use selected(q, 'choice') for a multi question")
        if isinstance(node.container, ListLiteral):
            for item in node.container.items:
                self.check_choice(node.item, item)
        else:
            self.check_choice(node.container, node.item)

    def check_call(self, node: Call) -> None:
        if node.function == "selected":
            target = self.kind(node.arguments[0])
            if target not in (None, "text", "list"):
                self.problems.append(f"selected() needs a choice question, got {target}{self.named(node.arguments[0])}")
            self.check_choice(node.arguments[0], node.arguments[1])
        elif node.function == "days_between":
            for argument in node.arguments:
                self.expect(argument, "date", "days_between()")
        elif node.function == "count":
            question = self.question(node.arguments[0])
            if question is not None and question.type not in ("repeat", "multi"):
                self.problems.append(
                    "count() needs a repeat group or a multi question; "
                    f"{question.id} is {_article(question.type)} {question.type} question"
                )

    def check_choice(self, subject: Node, literal: Node) -> None:
        """`q == 'yess'` is a typo that would silently never match: name the choices instead."""
        question = self.question(subject)
        if question is None or question.type not in CHOICE_TYPES:
            return
        if not (isinstance(literal, Literal) and isinstance(literal.value, str)):
            return
        choices = [c.id for c in answer_type(question.type).choices(question)]
        if choices and literal.value not in choices:
            self.problems.append(f"{literal.value!r} is not a choice of {question.id} (choices: {listing(choices)})")


def _arithmetic_kind(operator: str, left: str | None, right: str | None) -> str | None:
    if left is None or right is None:
        return None
    if left == right == "number":
        return "number"
    if left == "date" and right == "number" and operator in "+-":
        return "date"
    if left == right == "date" and operator == "-":
        return "number"
    return None


def _article(word: str) -> str:
    return "an" if word[:1] in ("a", "e", "i", "o", "u") else "a"

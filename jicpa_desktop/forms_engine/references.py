"""Reference stage: unique ids, expressions that parse and name questions of the form, no circular rules."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from jicpa_desktop.domain.form_model import FormDefinition, Question, Section
from jicpa_desktop.forms_engine.expression_checks import Subjects, check_expression
from jicpa_desktop.forms_engine.expressions import Expression, ExpressionError, compile_expression, quoted
from jicpa_desktop.forms_engine.hints import closest, listing
from jicpa_desktop.forms_engine.problems import FormProblem
from jicpa_desktop.forms_engine.schema import STANDARD_PREFIX
from jicpa_desktop.forms_engine.shape_reader import Locations

EXPRESSIONS_FIX = "see docs/forms.md, section Expressions"


@dataclass(frozen=True)
class Scope:
    """The names expressions of a form may use: top-level questions, and repeat columns within their row."""

    top: dict[str, Question]
    columns: dict[str, tuple[Question, str]]  # column id -> (column, repeat group id)

    @classmethod
    def of(cls, sections: Iterable[Section]) -> Scope:
        top: dict[str, Question] = {}
        columns: dict[str, tuple[Question, str]] = {}
        for section in sections:
            for question in section.questions:
                top.setdefault(question.id, question)
                for column in question.columns:
                    columns.setdefault(column.id, (column, question.id))
        return cls(top, columns)

    def subjects(self, group: str | None, value_question: Question | None) -> Subjects:
        """What names mean in one expression: a column of the same row first, then a top-level question."""

        def resolve(name: str) -> Question | None:
            found = self.columns.get(name)
            if group is not None and found is not None and found[1] == group:
                return found[0]
            return self.top.get(name)

        return Subjects(resolve, value_question)


def expressions_of(question: Question) -> Iterator[tuple[str, str]]:
    """(field, source) for each expression a question carries."""
    if question.relevant is not None:
        yield "relevant", question.relevant
    if question.constraint is not None and question.constraint.expression:
        yield "constraint", question.constraint.expression
    if question.negative_when is not None:
        yield "negative_when", question.negative_when


def check_form_references(
    form: FormDefinition, locations: Locations, standard: Section | None, standard_source: str
) -> list[FormProblem]:
    """Every reference problem of a form; the standard section, if appended, was checked on its own."""
    scope = Scope.of(form.sections)
    problems = _ReferenceChecker(locations, scope)
    own = [s for s in form.sections if not s.standard]
    problems.duplicate_ids(standard, standard_source)
    problems.duplicate_sections(standard)
    problems.expressions(own)
    own_ids = {qid for qid, _, _ in locations.questions}
    problems.cycles(form.sections, own_ids)
    problems.renamed(form)
    return problems.found


def check_standard_references(section: Section, locations: Locations) -> list[FormProblem]:
    problems = _ReferenceChecker(locations, Scope.of([section]))
    problems.duplicate_ids(None, "")
    for qid, line, _ in locations.questions:
        if not qid.startswith(STANDARD_PREFIX):
            problems.report(
                line,
                f"standard field {qid!r} does not start with {STANDARD_PREFIX!r}",
                f"rename it {STANDARD_PREFIX}{qid}: the prefix keeps standard fields apart from form questions",
                qid,
                "id",
            )
    problems.expressions([section])
    problems.cycles([section], {qid for qid, _, _ in locations.questions})
    return problems.found


class _ReferenceChecker:
    def __init__(self, locations: Locations, scope: Scope) -> None:
        self.locations = locations
        self.scope = scope
        self.found: list[FormProblem] = []

    def report(self, line: int | None, message: str, fix: str, question: str | None, field: str | None) -> None:
        self.found.append(FormProblem(self.locations.source, line, message, fix, question, field))

    def duplicate_ids(self, standard: Section | None, standard_source: str) -> None:
        seen: dict[str, str] = {}
        if standard is not None:
            for question in standard.questions:
                for q in (question, *question.columns):
                    seen[q.id] = f"it is already a standard field ({standard_source})"
        for qid, line, _ in self.locations.questions:
            if qid in seen:
                self.report(
                    line,
                    f"duplicate question id {qid!r}: {seen[qid]}",
                    "give every question and column of the form its own id",
                    qid,
                    "id",
                )
                continue
            seen[qid] = f"first used at line {line}"
            if standard is not None and qid.startswith(STANDARD_PREFIX):
                self.report(
                    line,
                    f"question id {qid!r} starts with {STANDARD_PREFIX!r}",
                    "that prefix is kept for the standard fields: choose another id",
                    qid,
                    "id",
                )

    def duplicate_sections(self, standard: Section | None) -> None:
        seen: dict[str, str] = {}
        if standard is not None:
            seen[standard.id] = "it is the id of the standard fields section"
        for section_id, line in self.locations.sections:
            if section_id in seen:
                self.report(
                    line,
                    f"duplicate section id {section_id!r}: {seen[section_id]}",
                    "give each section its own id",
                    None,
                    "id",
                )
            seen.setdefault(section_id, f"first used at line {line}")

    def expressions(self, sections: Iterable[Section]) -> None:
        for section in sections:
            for question in section.questions:
                self.question_expressions(question, None)
                for column in question.columns:
                    self.question_expressions(column, question.id)

    def question_expressions(self, question: Question, group: str | None) -> None:
        for field, source in expressions_of(question):
            line = self.locations.line_of(question.id, field)
            try:
                expression = compile_expression(source)
            except ExpressionError as error:
                self.report(
                    line,
                    f"cannot read the expression {quoted(source)}: {error.message} at column {error.position}",
                    EXPRESSIONS_FIX,
                    question.id,
                    field,
                )
                continue
            if field == "relevant" and expression.uses_value:
                self.report(
                    line,
                    "`value` means the answer being checked, which `relevant` does not have",
                    "name the question instead",
                    question.id,
                    field,
                )
            for name in sorted(expression.names):
                self.check_name(name, question, group, field, line)
            subjects = self.scope.subjects(group, None if field == "relevant" else question)
            for message in check_expression(expression, subjects, condition=True):
                self.report(
                    line,
                    f"{message}",
                    "correct the rule: as written it can never work as meant",
                    question.id,
                    field,
                )

    def check_name(self, name: str, question: Question, group: str | None, field: str, line: int | None) -> None:
        column = self.scope.columns.get(name)
        if name in self.scope.top or (column is not None and column[1] == group):
            return
        if column is not None:
            self.report(
                line,
                f"{name!r} is a column of repeat group {column[1]!r}, so it has no single answer here",
                f"use it only in the columns of {column[1]}, or count rows with count({column[1]})",
                question.id,
                field,
            )
            return
        known = list(self.scope.top)
        if group is not None:
            known = [c for c, (_, g) in self.scope.columns.items() if g == group] + known
        guess = closest(name, known)
        hint = f"did you mean {guess!r}? " if guess else ""
        self.report(
            line,
            f"unknown question {name!r}",
            f"{hint}refer to a question of this form (known: {listing(known)})",
            question.id,
            field,
        )

    def cycles(self, sections: Iterable[Section], own_ids: set[str]) -> None:
        """Circles through this file's questions; one through the standard fields alone is reported there."""
        for cycle in relevance_cycles(sections):
            start = next((i for i, qid in enumerate(cycle) if qid in own_ids), None)
            if start is None:
                continue
            cycle = cycle[start:] + cycle[:start]
            first = cycle[0]
            self.report(
                self.locations.line_of(first, "relevant"),
                "skip logic goes round in a circle: " + " → ".join([*cycle, first]),
                "a question cannot be shown or hidden by itself: make one of these depend on something else",
                first,
                "relevant",
            )

    def renamed(self, form: FormDefinition) -> None:
        known = [q.id for q in form.all_questions()]
        for old_id, new_id in form.renamed.items():
            line = self.locations.renamed.get(old_id)
            if old_id in known:
                self.report(
                    line,
                    f"{old_id!r} is renamed but is still a question of this form",
                    "remove it from `renamed:` or give the question its new id",
                    None,
                    "renamed",
                )
            if new_id not in known:
                guess = closest(new_id, known)
                hint = f"did you mean {guess!r}? " if guess else ""
                self.report(
                    line,
                    f"{old_id!r} is renamed to {new_id!r}, which is not a question of this form",
                    f"{hint}the new id must be a question of this version",
                    None,
                    "renamed",
                )


def relevance_dependencies(sections: Iterable[Section]) -> dict[str, set[str]]:
    """Which questions each question's relevance depends on (repeat columns also depend on their group)."""
    sections = list(sections)
    scope = Scope.of(sections)
    limiting = [q.id for q in scope.top.values() if q.limiting]
    limiting += [c.id for c, _ in scope.columns.values() if c.limiting]
    graph: dict[str, set[str]] = {}
    for qid, question in scope.top.items():
        graph[qid] = _relevance_names(question, limiting)
    for cid, (column, group) in scope.columns.items():
        graph[cid] = _relevance_names(column, limiting) | {group}
    return graph


def _relevance_names(question: Question, limiting: list[str]) -> set[str]:
    if question.relevant is None:
        return set()
    try:
        expression: Expression = compile_expression(question.relevant)
    except ExpressionError:
        return set()
    names = set(expression.names)
    if "any_limiting_no" in expression.functions:
        names.update(limiting)
    return names


def relevance_cycles(sections: Iterable[Section]) -> list[list[str]]:
    """Each circle of `relevant` references once, as the list of ids around it."""
    graph = relevance_dependencies(sections)
    done: set[str] = set()
    cycles: list[list[str]] = []
    seen_cycles: set[frozenset[str]] = set()
    for start in graph:
        if start in done:
            continue
        path: list[str] = []
        on_path: set[str] = set()
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        path.append(start)
        on_path.add(start)
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                on_path.discard(node)
                done.add(node)
            elif child in on_path:
                cycle = path[path.index(child) :]
                if frozenset(cycle) not in seen_cycles:
                    seen_cycles.add(frozenset(cycle))
                    cycles.append(cycle)
            elif child not in done and child in graph:
                stack.append((child, iter(sorted(graph[child]))))
                path.append(child)
                on_path.add(child)
    return cycles

"""Problems found in form definitions, each saying where it is and how to fix it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FormProblem:
    """One fault in a form file; `str()` gives `file:line: question q, field 'f': message — fix`."""

    file: str
    line: int | None
    message: str
    fix: str
    question: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        place = self.file if self.line is None else f"{self.file}:{self.line}"
        subject = []
        if self.question:
            subject.append(f"question {self.question}")
        if self.field:
            subject.append(f"field {self.field!r}")
        head = f"{place}: {', '.join(subject)}: " if subject else f"{place}: "
        tail = f" — {self.fix}" if self.fix else ""
        return f"{head}{self.message}{tail}"


class FormDefinitionError(Exception):
    """Raised once a file (or folder) has been fully checked, carrying every problem found."""

    def __init__(self, problems: Iterable[FormProblem]) -> None:
        self.problems: tuple[FormProblem, ...] = tuple(problems)
        super().__init__(self._describe())

    def _describe(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{count} {noun} in form definitions:"]
        lines.extend(f"  {problem}" for problem in self.problems)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self._describe()


def sort_problems(problems: Iterable[FormProblem]) -> list[FormProblem]:
    """File then line order, so a person can work down a file; problems without a line come first."""
    return sorted(problems, key=lambda p: (p.file, p.line or 0))

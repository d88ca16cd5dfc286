"""A form with the inspection's local terms filled into its words (title, sections, labels, help, choices), and
the check that a form's `{placeholders}` are terms the tool knows."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from jicpa_desktop.domain.form_model import FormDefinition, Question
from jicpa_desktop.domain.local_terms import KNOWN_TERMS, filled, placeholders
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.forms_engine.problems import FormProblem


def form_with_terms(form: FormDefinition, terms: Mapping[str, str]) -> FormDefinition:
    """The same form (ids, rules, versions unchanged) whose words say what this area calls things."""
    if not any(placeholders(text.en) or placeholders(text.cy) for text in _texts(form)):
        return form
    return replace(
        form,
        title=filled(form.title, terms),
        description=filled(form.description, terms) if form.description is not None else None,
        sections=tuple(replace(section, title=filled(section.title, terms),
                               questions=tuple(_question(q, terms) for q in section.questions))
                       for section in form.sections),
        # The question index is built from the questions it holds: a copy must build its own.
        _by_id={}, _parents={}, _roles={},
    )


def _question(question: Question, terms: Mapping[str, str]) -> Question:
    return replace(
        question,
        label=filled(question.label, terms),
        help=filled(question.help, terms) if question.help is not None else None,
        choices=tuple(replace(choice, label=filled(choice.label, terms)) for choice in question.choices),
        columns=tuple(_question(column, terms) for column in question.columns),
    )


def _texts(form: FormDefinition) -> Iterator[LocalizedText]:
    yield form.title
    if form.description is not None:
        yield form.description
    for section in form.sections:
        yield section.title
    for question in form.all_questions():
        yield question.label
        if question.help is not None:
            yield question.help
        for choice in question.choices:
            yield choice.label


def unknown_terms(form: FormDefinition, text: str, file: str) -> list[FormProblem]:
    """A `{name}` that is no local term the tool knows is an error (it would show as written)."""
    problems = []
    known = ", ".join(f"{{{name}}}" for name in KNOWN_TERMS)
    seen: set[str] = set()
    for words in _texts(form):
        for name in placeholders(words.en) + placeholders(words.cy):
            if name in KNOWN_TERMS or name in seen:
                continue
            seen.add(name)
            line = next((n for n, line in enumerate(text.splitlines(), start=1) if f"{{{name}}}" in line), None)
            problems.append(FormProblem(
                file, line, f"{{{name}}} is not a local term the tool knows",
                f"use {known} (each inspection names its own), or write the words themselves",
                field="label",
            ))
    return problems

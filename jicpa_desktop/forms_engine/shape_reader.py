"""Typed accessors over the located tree that report a problem (with its line) instead of raising."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.principles import Principle
from jicpa_desktop.forms_engine.hints import did_you_mean, listing
from jicpa_desktop.forms_engine.located_yaml import YEntry, YList, YMap, YNode, YScalar
from jicpa_desktop.forms_engine.problems import FormProblem
from jicpa_desktop.forms_engine.schema import ID_FIX, ID_PATTERN, TEXT_KEYS

E = TypeVar("E", bound=StrEnum)


@dataclass
class Locations:
    """Where things were written, for the problems found after shaping (duplicates, references)."""

    source: str
    questions: list[tuple[str, int, str | None]] = field(default_factory=list)  # id, line, repeat group
    fields: dict[tuple[str, str], int] = field(default_factory=dict)  # (question id, field) -> key line
    sections: list[tuple[str, int]] = field(default_factory=list)
    renamed: dict[str, int] = field(default_factory=dict)
    form_fields: dict[str, int] = field(default_factory=dict)

    def line_of(self, question_id: str, field_name: str | None = None) -> int | None:
        if field_name is not None and (question_id, field_name) in self.fields:
            return self.fields[(question_id, field_name)]
        return next((line for qid, line, _ in self.questions if qid == question_id), None)


class ShapeReader:
    """Collects problems for one file; every accessor returns None (or a default) after reporting."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[FormProblem] = []
        self.cy_draft = False
        self.locations = Locations(source)

    def report(
        self, line: int | None, message: str, fix: str, question: str | None = None, field: str | None = None
    ) -> None:
        self.problems.append(FormProblem(self.source, line, message, fix, question, field))

    def check_keys(
        self,
        node: YMap,
        allowed: Sequence[str],
        required: Sequence[str],
        *,
        where: str,
        question: str | None = None,
    ) -> None:
        """Unknown keys are errors (a typo such as `requried` must not silently change meaning)."""
        for key, entry in node.entries.items():
            if key not in allowed:
                self.report(
                    entry.key_line,
                    f"unknown key {key!r} in {where}",
                    did_you_mean(key, allowed, "keys allowed here"),
                    question,
                    key,
                )
        for key in required:
            if key not in node.entries:
                self.report(
                    node.line,
                    f"missing required key {key!r} in {where}",
                    f"add `{key}:`",
                    question,
                    key,
                )

    def mapping(self, node: YNode, line: int, what: str, question: str | None, field: str | None) -> YMap | None:
        if isinstance(node, YMap):
            return node
        self.report(
            line,
            f"expected a mapping (key: value lines) for {what}",
            "write it as key: value pairs",
            question,
            field,
        )
        return None

    def sequence(self, entry: YEntry, question: str | None, field: str) -> tuple[YNode, ...]:
        node = entry.value
        if isinstance(node, YList):
            return node.items
        if isinstance(node, YScalar) and node.is_null:
            return ()
        self.report(
            entry.key_line,
            "expected a list",
            "write a YAML list: [a, b] or lines starting with '- '",
            question,
            field,
        )
        return ()

    def string(self, entry: YEntry, question: str | None, field: str) -> str | None:
        node = entry.value
        if isinstance(node, YScalar) and not node.is_null:
            # The written text, so that `no` or `2024` stay text rather than YAML's false or 2024.
            return node.text if not isinstance(node.value, str) else node.value
        self.report(entry.key_line, "expected text", f"write a value after `{field}:`", question, field)
        return None

    def boolean(self, entry: YEntry, question: str | None, field: str) -> bool | None:
        node = entry.value
        if isinstance(node, YScalar) and isinstance(node.value, bool):
            return node.value
        self.report(
            entry.key_line,
            f"expected true or false, got {_shown(node)}",
            f"write `{field}: true` or `{field}: false`",
            question,
            field,
        )
        return None

    def integer(self, entry: YEntry, question: str | None, field: str) -> int | None:
        node = entry.value
        if isinstance(node, YScalar) and isinstance(node.value, int) and not isinstance(node.value, bool):
            return node.value
        self.report(
            entry.key_line,
            f"expected a whole number, got {_shown(node)}",
            f"write `{field}: 1`",
            question,
            field,
        )
        return None

    def word(
        self, entry: YEntry | YNode, allowed: Sequence[str], question: str | None, field: str, what: str
    ) -> str | None:
        """One of a fixed set of words (an evidence rule, a welsh state…), with a did-you-mean."""
        node = entry.value if isinstance(entry, YEntry) else entry
        line = entry.key_line if isinstance(entry, YEntry) else entry.line
        if isinstance(node, YScalar) and not node.is_null:
            text = node.text if not isinstance(node.value, str) else node.value
            if text in allowed:
                return text
            self.report(
                line,
                f"unknown {what} {text!r}",
                did_you_mean(text, allowed, f"known {what}s"),
                question,
                field,
            )
            return None
        self.report(line, f"expected one of {listing(allowed)}", f"write one {what}", question, field)
        return None

    def enum(self, node: YEntry | YNode, kind: type[E], question: str | None, field: str, what: str) -> E | None:
        text = self.word(node, [member.value for member in kind], question, field, what)
        return kind(text) if text is not None else None

    def enum_list(self, entry: YEntry, kind: type[E], question: str | None, field: str, what: str) -> list[E]:
        members: list[E] = []
        for item in self.sequence(entry, question, field):
            member = self.enum(item, kind, question, field, what)
            if member is not None and member not in members:
                members.append(member)
        return members

    def text(self, entry: YEntry, question: str | None, field: str) -> LocalizedText:
        """English and Welsh text; a missing `cy` is an error like a missing `en`."""
        node = entry.value
        if not isinstance(node, YMap):
            self.report(
                entry.key_line,
                "expected English and Welsh text",
                f'write `{field}: {{en: "…", cy: "…"}}`',
                question,
                field,
            )
            return LocalizedText("")
        self.check_keys(node, TEXT_KEYS, (), where=f"the text of {field!r}", question=question)
        english = self._language(node, "en", question, field)
        welsh = self._language(node, "cy", question, field)
        if english is None:
            self.report(entry.key_line, "missing English text", "add `en:` with the English text", question, field)
        if welsh is None:
            self.report(
                entry.key_line,
                "missing Welsh translation",
                "add `cy:` with the Welsh text (keep `welsh: draft` until a Welsh speaker has reviewed it)",
                question,
                field,
            )
        return LocalizedText(english or "", welsh or "", cy_draft=self.cy_draft)

    def _language(self, node: YMap, language: str, question: str | None, field: str) -> str | None:
        entry = node.get(language)
        if entry is None:
            return None
        value = entry.value
        if isinstance(value, YScalar) and not value.is_null:
            text = value.text if not isinstance(value.value, str) else value.value
            return text if text.strip() else None
        if not (isinstance(value, YScalar) and value.is_null):
            self.report(
                entry.key_line,
                f"expected text after `{language}:`",
                "write the text, quoted if it contains ': ' or starts with a special character",
                question,
                field,
            )
            return ""
        return None

    def _id(self, entry: YEntry, question: str | None, field_name: str, what: str) -> str | None:
        text = self.string(entry, question, field_name)
        if text is None:
            return None
        if not ID_PATTERN.fullmatch(text):
            self.report(entry.key_line, f"{what} {text!r} is not valid", ID_FIX, question or text, field_name)
        return text

    def _flag(self, entry: YEntry | None, qid: str | None, field_name: str, *, default: bool) -> bool:
        if entry is None:
            return default
        value = self.boolean(entry, qid, field_name)
        return default if value is None else value

    def _text(self, entry: YEntry | None, qid: str | None, field_name: str) -> LocalizedText:
        return self.text(entry, qid, field_name) if entry is not None else LocalizedText("")

    def _optional_text(self, entry: YEntry | None, qid: str | None, field_name: str) -> LocalizedText | None:
        return self.text(entry, qid, field_name) if entry is not None else None

    def _optional_string(self, entry: YEntry | None, qid: str, field_name: str) -> str:
        return (self.string(entry, qid, field_name) or "") if entry is not None else ""

    def _principles(self, entry: YEntry | None, question: str | None) -> list[Principle]:
        if entry is None:
            return []
        return self.enum_list(entry, Principle, question, "principles", "principle")


def _shown(node: YNode) -> str:
    if isinstance(node, YScalar):
        return repr(node.text) if not node.is_null else "nothing"
    return "a list" if isinstance(node, YList) else "a mapping"

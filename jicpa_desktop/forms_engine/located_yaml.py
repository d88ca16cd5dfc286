"""Read stage: YAML text to a small tree that remembers the line of every key and value."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from jicpa_desktop.forms_engine.problems import FormProblem

try:  # the C parser is much faster; the pure-Python one gives the same nodes
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_SCALAR_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "str", "timestamp"))


@dataclass(frozen=True, slots=True)
class YScalar:
    value: object  # as YAML reads it: str, int, float, bool, None or date
    text: str  # as written, so that `id: no` stays the text "no" rather than false
    line: int

    @property
    def is_null(self) -> bool:
        return self.value is None


@dataclass(frozen=True, slots=True)
class YList:
    items: tuple[YNode, ...]
    line: int


@dataclass(frozen=True, slots=True)
class YEntry:
    key_line: int
    value: YNode


@dataclass(frozen=True, slots=True)
class YMap:
    entries: dict[str, YEntry]
    line: int

    def get(self, key: str) -> YEntry | None:
        return self.entries.get(key)


YNode = YScalar | YList | YMap


def read_yaml(text: str, source: str) -> tuple[YNode | None, list[FormProblem]]:
    """Parse one YAML document; syntax errors and duplicate keys come back as problems."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            problem = FormProblem(source, 1, "the file is empty", "write a form (see docs/forms.md)")
            return None, [problem]
        reader = _TreeBuilder(loader, source)
        return reader.build(root), reader.problems
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        what = error.problem or str(error)
        return None, [
            FormProblem(source, line, f"the YAML cannot be read: {what}", "correct the YAML syntax at that line")
        ]
    except yaml.YAMLError as error:
        return None, [FormProblem(source, None, f"the YAML cannot be read: {error}", "correct the YAML syntax")]
    finally:
        loader.dispose()


class _TreeBuilder:
    def __init__(self, loader: _Loader, source: str) -> None:
        self.loader = loader
        self.source = source
        self.problems: list[FormProblem] = []
        self.open_nodes: set[int] = set()  # an alias may point back at its own parent

    def build(self, node: yaml.Node) -> YNode:
        line = node.start_mark.line + 1
        if id(node) in self.open_nodes:
            self.problems.append(
                FormProblem(self.source, line, "a YAML alias refers to itself", "remove the alias (*name)")
            )
            return YScalar(None, "", line)
        self.open_nodes.add(id(node))
        try:
            return self._build(node, line)
        finally:
            self.open_nodes.discard(id(node))

    def _build(self, node: yaml.Node, line: int) -> YNode:
        if isinstance(node, yaml.MappingNode):
            self._reject_tag(node, _MAP_TAG)
            return self._mapping(node, line)
        if isinstance(node, yaml.SequenceNode):
            self._reject_tag(node, _SEQ_TAG)
            return YList(tuple(self.build(item) for item in node.value), line)
        assert isinstance(node, yaml.ScalarNode)
        if node.tag not in _SCALAR_TAGS:
            self._reject_tag(node, "")
            return YScalar(str(node.value), str(node.value), line)
        try:
            value = self.loader.construct_object(node)
        except (yaml.YAMLError, ValueError) as error:
            # e.g. `2024-13-45` looks like a date to YAML but is not one; keep the text and report it.
            self.problems.append(
                FormProblem(self.source, line, f"value {node.value!r} cannot be read: {error}", "quote it")
            )
            value = str(node.value)
        return YScalar(value, str(node.value), line)

    def _mapping(self, node: yaml.MappingNode, line: int) -> YMap:
        entries: dict[str, YEntry] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    FormProblem(self.source, key_line, "a key must be a plain word", "write the key as text")
                )
                continue
            key = str(key_node.value)
            if key in entries:
                first = entries[key].key_line
                self.problems.append(
                    FormProblem(
                        self.source,
                        key_line,
                        f"duplicate key {key!r} (first written at line {first})",
                        "keep one of the two: YAML would silently use only the last",
                        field=key,
                    )
                )
                continue
            entries[key] = YEntry(key_line, self.build(value_node))
        return YMap(entries, line)

    def _reject_tag(self, node: yaml.Node, expected: str) -> None:
        if node.tag != expected:
            self.problems.append(
                FormProblem(
                    self.source,
                    node.start_mark.line + 1,
                    f"YAML tag {node.tag!r} is not used in form files",
                    "remove the tag",
                )
            )

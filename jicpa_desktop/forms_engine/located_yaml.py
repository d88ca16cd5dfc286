"""Read stage: YAML text to a small tree that remembers the line of every key and value.

The tree is built from the parser's events, one at a time and without recursion, so that a hostile file is
refused while it is being read, long before it can take minutes or gigabytes:

- a document larger than ``MAX_DOCUMENT_BYTES`` is not parsed at all;
- a collection nested deeper than ``MAX_NESTING`` levels stops the reading at its line;
- every value is counted as it is built, and an alias (``*name``) counts as the whole of what it names,
  so a "billion laughs" file (aliases of aliases) stops as soon as its expanded size passes ``MAX_NODES``
  values or ``MAX_TEXT_CHARS`` characters of text. An alias shares the tree it names instead of copying
  it, so memory stays proportional to the file, and every later stage (shape, references, expressions)
  walks at most the expanded size.

Measured on the bundled forms (forms/*.yaml): the largest is case_record.yaml with 32,045 bytes, 1,771
values (keys included) and 11 levels; no form uses aliases. The limits leave a margin of about 30 times for
size and values and 3 times for nesting (a form's structure is fixed: form → sections → questions →
columns → choices → labels).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from jicpa_desktop.forms_engine.problems import FormProblem

try:  # the C parser is much faster; the pure-Python one gives the same events
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DOCUMENT_BYTES = 1024 * 1024  # one form file or snapshot, in UTF-8 bytes (largest real form: 32 KB)
MAX_NESTING = 32  # levels of lists and maps (real forms: 11)
MAX_NODES = 50_000  # values after expanding aliases, keys included (real forms: at most 1,771)
MAX_TEXT_CHARS = 2 * MAX_DOCUMENT_BYTES  # characters of text after expanding aliases (real: under 32,045)

SYNTAX_FIX = "correct the YAML syntax at that line"
SPLIT_FIX = "remove the aliases (*name) and write the values out, or split the form into smaller forms"

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


class _Refused(Exception):
    """A limit passed: reading stops and the file gets this one problem."""

    def __init__(self, line: int | None, message: str, fix: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.fix = fix


def read_yaml(text: str, source: str) -> tuple[YNode | None, list[FormProblem]]:
    """Parse one YAML document; syntax errors, duplicate keys and passed limits come back as problems."""
    size = len(text) if len(text) > MAX_DOCUMENT_BYTES else len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_DOCUMENT_BYTES:
        return None, [too_large(source, size)]
    try:
        loader = _Loader(text)
    except (UnicodeError, yaml.YAMLError) as error:  # e.g. a lone surrogate carried in a package's JSON
        return None, [FormProblem(source, None, f"the text cannot be read: {error}", "save it as UTF-8 text")]
    try:
        builder = _TreeBuilder(loader, source)
        root = builder.build()
        if root is None:
            problem = FormProblem(source, 1, "the file is empty", "write a form (see docs/forms.md)")
            return None, [problem]
        return root, builder.problems
    except _Refused as refused:
        return None, [FormProblem(source, refused.line, refused.message, refused.fix)]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        what = error.problem or str(error)
        return None, [
            FormProblem(source, line, f"the YAML cannot be read: {what}", "correct the YAML syntax at that line")
        ]
    except yaml.YAMLError as error:
        return None, [FormProblem(source, None, f"the YAML cannot be read: {error}", "correct the YAML syntax")]
    except UnicodeError as error:
        return None, [FormProblem(source, None, f"the text cannot be read: {error}", "save it as UTF-8 text")]
    finally:
        loader.dispose()


def _unreadable(event: Any, what: str) -> _Refused:
    return _Refused(event.start_mark.line + 1, f"the YAML cannot be read: {what}", SYNTAX_FIX)


def too_large(source: str, size: int) -> FormProblem:
    return FormProblem(
        source,
        None,
        f"the file is {size:,} bytes; form files larger than {MAX_DOCUMENT_BYTES:,} bytes are refused",
        "split the form into smaller forms",
    )


@dataclass(slots=True)
class _Open:
    """A list or map whose end has not been read yet."""

    is_map: bool
    line: int
    anchor: str | None
    items: list[YNode] = field(default_factory=list)
    entries: dict[str, YEntry] = field(default_factory=dict)
    key: tuple[str | None, int] | None = None  # in a map: the key read, waiting for its value
    nodes: int = 1  # expanded size of what has been read inside, for an alias to it
    chars: int = 0


@dataclass(frozen=True, slots=True)
class _Anchored:
    node: YNode
    nodes: int
    chars: int
    line: int


class _TreeBuilder:
    def __init__(self, loader: _Loader, source: str) -> None:
        self.loader = loader
        self.source = source
        self.problems: list[FormProblem] = []
        self.stack: list[_Open] = []
        self.anchors: dict[str, _Anchored] = {}
        self.nodes = 0
        self.chars = 0

    def build(self) -> YNode | None:
        self._next()  # StreamStart
        if self.loader.check_event(yaml.StreamEndEvent):
            self._next()
            return None
        self._next()  # DocumentStart
        root = self._document()
        self._next()  # DocumentEnd
        if not self.loader.check_event(yaml.StreamEndEvent):
            event = self._next()
            raise _unreadable(event, "a second document begins here (after ---); a form file holds one")
        self._next()
        return root

    def _next(self) -> Any:  # an event: the C and pure-Python parsers have different event classes
        return self.loader.get_event()

    def _document(self) -> YNode:
        """Events of one document's root node, handled with an explicit stack of open collections."""
        while True:
            event = self._next()
            line = event.start_mark.line + 1
            done: tuple[YNode, int, int] | None = None
            if isinstance(event, yaml.AliasEvent):
                done = self._alias(event, line)
            elif isinstance(event, yaml.ScalarEvent):
                in_key = bool(self.stack) and self.stack[-1].is_map and self.stack[-1].key is None
                node = self._scalar(event, line, in_key)
                self._count(1, len(node.text), line)
                done = (node, 1, len(node.text))
                self._remember(event.anchor, done, line)
            elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
                is_map = isinstance(event, yaml.MappingStartEvent)
                self._count(1, 0, line)
                if len(self.stack) + 1 > MAX_NESTING:
                    raise _Refused(
                        line,
                        f"the YAML is nested more than {MAX_NESTING} levels deep",
                        "a form needs about a dozen levels: un-nest the lists and maps, or split the form",
                    )
                self._check_tag(event, line, _MAP_TAG if is_map else _SEQ_TAG)
                if event.anchor is not None and event.anchor in self.anchors:
                    self._duplicate_anchor(event.anchor, line)
                self.stack.append(_Open(is_map, line, event.anchor))
                continue
            else:  # SequenceEnd or MappingEnd
                frame = self.stack.pop()
                built: YNode = (
                    YMap(frame.entries, frame.line) if frame.is_map else YList(tuple(frame.items), frame.line)
                )
                done = (built, frame.nodes, frame.chars)
                if frame.anchor is not None:
                    self.anchors[frame.anchor] = _Anchored(built, frame.nodes, frame.chars, frame.line)
            if not self.stack:
                return done[0]
            self._add(self.stack[-1], done, line)

    def _count(self, nodes: int, chars: int, line: int) -> None:
        self.nodes += nodes
        self.chars += chars
        if self.nodes > MAX_NODES:
            raise _Refused(
                line,
                f"the file has more than {MAX_NODES:,} YAML values once its aliases (*name) are expanded "
                "(a form has a few thousand)",
                SPLIT_FIX,
            )
        if self.chars > MAX_TEXT_CHARS:
            raise _Refused(
                line,
                f"the file has more than {MAX_TEXT_CHARS:,} characters of text once its aliases (*name) are expanded",
                SPLIT_FIX,
            )

    def _remember(self, anchor: str | None, done: tuple[YNode, int, int], line: int) -> None:
        if anchor is None:
            return
        if anchor in self.anchors:
            self._duplicate_anchor(anchor, line)
        self.anchors[anchor] = _Anchored(done[0], done[1], done[2], line)

    def _duplicate_anchor(self, anchor: str, line: int) -> None:
        first = self.anchors[anchor].line
        raise _Refused(
            line,
            f"the YAML cannot be read: the anchor &{anchor} is defined twice (first at line {first})",
            SYNTAX_FIX,
        )

    def _alias(self, event: Any, line: int) -> tuple[YNode, int, int]:
        anchor = event.anchor
        if any(frame.anchor == anchor for frame in self.stack):
            self.problems.append(
                FormProblem(self.source, line, "a YAML alias refers to itself", "remove the alias (*name)")
            )
            self._count(1, 0, line)
            return YScalar(None, "", line), 1, 0
        target = self.anchors.get(anchor) if anchor is not None else None
        if target is None:
            raise _Refused(line, f"the YAML cannot be read: found undefined alias {anchor!r}", SYNTAX_FIX)
        self._count(target.nodes, target.chars, line)  # an alias costs what it names, in full
        return target.node, target.nodes, target.chars

    def _add(self, frame: _Open, done: tuple[YNode, int, int], line: int) -> None:
        node, nodes, chars = done
        frame.nodes += nodes
        frame.chars += chars
        if not frame.is_map:
            frame.items.append(node)
            return
        if frame.key is None:
            if isinstance(node, YScalar):
                frame.key = (node.text, line)
            else:
                self.problems.append(
                    FormProblem(self.source, line, "a key must be a plain word", "write the key as text")
                )
                frame.key = (None, line)
            return
        key, key_line = frame.key
        frame.key = None
        if key is None:
            return
        if key in frame.entries:
            first = frame.entries[key].key_line
            self.problems.append(
                FormProblem(
                    self.source,
                    key_line,
                    f"duplicate key {key!r} (first written at line {first})",
                    "keep one of the two: YAML would silently use only the last",
                    field=key,
                )
            )
            return
        frame.entries[key] = YEntry(key_line, node)

    def _scalar(self, event: Any, line: int, in_key: bool) -> YScalar:
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
        text = str(event.value)
        if in_key:  # keys are read as written, as before: never constructed, never tag-checked
            return YScalar(text, text, line)
        if tag not in _SCALAR_TAGS:
            self._tag_problem(tag, line)
            return YScalar(text, text, line)
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            value = self.loader.construct_object(node)
        except (yaml.YAMLError, ValueError) as error:
            # e.g. `2024-13-45` looks like a date to YAML but is not one; keep the text and report it.
            self.problems.append(FormProblem(self.source, line, f"value {text!r} cannot be read: {error}", "quote it"))
            value = text
        return YScalar(value, text, line)

    def _check_tag(self, event: Any, line: int, expected: str) -> None:
        tag = event.tag
        if tag is None or tag == "!":
            return  # resolved to the plain map or list
        if tag != expected:
            self._tag_problem(tag, line)

    def _tag_problem(self, tag: str, line: int) -> None:
        self.problems.append(
            FormProblem(self.source, line, f"YAML tag {tag!r} is not used in form files", "remove the tag")
        )

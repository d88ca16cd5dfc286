"""Reading `_timescales.yaml`: the procedures' timescales as data, every fault located with its line and fix."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.domain.timescales import Repeat, Timescale, Unit
from jicpa_desktop.forms_engine.hints import did_you_mean
from jicpa_desktop.forms_engine.located_yaml import YEntry, YMap, YNode, read_yaml
from jicpa_desktop.forms_engine.problems import FormProblem
from jicpa_desktop.forms_engine.schema import ID_FIX, ID_PATTERN, WELSH_STATES
from jicpa_desktop.forms_engine.shape_reader import ShapeReader

TIMESCALES_FILE = "_timescales.yaml"
FILE_KEYS = ("version", "welsh", "timescales")
FILE_REQUIRED = ("version", "timescales")
TIMESCALE_KEYS = ("id", "name", "short", "from", "to", "limit", "unit", "source", "first", "every")
TIMESCALE_REQUIRED = ("id", "name", "from", "to", "limit", "unit")
# A repeating timescale: `first:` names the one-off timescale to the first meeting (its events, limit and unit),
# `every:` the later meetings' event and the limit on each gap between consecutive meetings.
SERIES_REQUIRED = ("id", "name", "first", "every")
ONE_OFF_ONLY = ("from", "to", "limit", "unit")
EVERY_KEYS = ("event", "limit", "unit")


class _TimescaleReader(ShapeReader):
    def __init__(self, source: str) -> None:
        super().__init__(source)
        self.firsts: dict[str, tuple[str, int]] = {}  # series id -> (the `first:` timescale id, its line)
        self.every_lines: dict[str, int] = {}  # series id -> line of `every: {event: …}`

    def read(self, root: YNode) -> tuple[Timescale, ...]:
        node = self.mapping(root, getattr(root, "line", 1), "the timescales file", None, None)
        if node is None:
            return ()
        self.check_keys(node, FILE_KEYS, FILE_REQUIRED, where="the timescales file")
        if (welsh := node.get("welsh")) is not None:
            self.cy_draft = self.word(welsh, WELSH_STATES, None, "welsh", "Welsh state") != "reviewed"
        else:
            self.cy_draft = True
        if (version := node.get("version")) is not None:
            self.integer(version, None, "version")
        entry = node.get("timescales")
        if entry is None:
            return ()
        found: list[Timescale] = []
        seen: dict[str, int] = {}
        for item in self.sequence(entry, None, "timescales"):
            timescale = self._timescale(item, seen)
            if timescale is not None:
                found.append(timescale)
        return tuple(self._resolved(found))

    def _resolved(self, found: list[Timescale]) -> list[Timescale]:
        """A series takes its start, first meeting, limit and unit from the one-off timescale its `first:` names."""
        one_off = {t.id: t for t in found if t.every is None}
        resolved = []
        for timescale in found:
            if timescale.every is None:
                resolved.append(timescale)
                continue
            first_id, line = self.firsts[timescale.id]
            first = one_off.get(first_id)
            if first is None:
                series = timescale.id == first_id or any(t.id == first_id for t in found)
                self.report(line, f"`first: {first_id}` in timescale {timescale.id!r} names no one-off timescale"
                            + (" (a repeating one cannot start another)" if series else ""),
                            did_you_mean(first_id, sorted(one_off), "one-off timescales of this file"),
                            field="first")
                continue
            if timescale.every.event in (first.start, first.end):
                self.report(self.every_lines.get(timescale.id, line),
                            f"the later meetings of {timescale.id!r} are the event {timescale.every.event!r}, "
                            f"which {first_id!r} already measures",
                            "name the later meetings' own event (the date column of the repeat group that lists "
                            "them), e.g. `every: {event: core_group, ...}`", field="every")
                continue
            resolved.append(replace(timescale, start=first.start, end=first.end, limit=first.limit,
                                    unit=first.unit))
        return resolved

    def _timescale(self, item: YNode, seen: dict[str, int]) -> Timescale | None:
        node = self.mapping(item, getattr(item, "line", 0), "a timescale", None, "timescales")
        if not isinstance(node, YMap):
            return None
        id_entry = node.get("id")
        tid = self.string(id_entry, None, "id") if id_entry is not None else None
        where = f"timescale {tid!r}" if tid else f"the timescale at line {node.line}"
        repeating = "first" in node.entries or "every" in node.entries
        self.check_keys(node, TIMESCALE_KEYS, SERIES_REQUIRED if repeating else TIMESCALE_REQUIRED, where=where)
        if tid is None or id_entry is None:
            return None
        if not ID_PATTERN.fullmatch(tid):
            self.report(id_entry.key_line, f"timescale id {tid!r} is not valid", ID_FIX, field="id")
        if tid in seen:
            self.report(id_entry.key_line, f"duplicate timescale id {tid!r} (first at line {seen[tid]})",
                        "give each timescale its own id", field="id")
        seen.setdefault(tid, id_entry.key_line)
        if repeating:
            return self._series(node, tid)
        start = self._event(node.get("from"), "from")
        end = self._event(node.get("to"), "to")
        limit = self._limit(node.get("limit"))
        unit_entry = node.get("unit")
        unit = self.enum(unit_entry, Unit, None, "unit", "unit") if unit_entry is not None else None
        name = self._text(node.get("name"), None, "name")
        if None in (start, end, limit, unit):
            return None
        assert start is not None and end is not None and limit is not None and unit is not None
        if start == end:
            self.report(node.line, f"the timescale {tid!r} runs from {start!r} to itself",
                        "name two different events in `from:` and `to:`", field="to")
        return Timescale(tid, name, start, end, limit, unit, self._optional_source(node.get("source")),
                         short=self._optional_text(node.get("short"), None, "short"))

    def _series(self, node: YMap, tid: str) -> Timescale | None:
        """`first:` and `every:`; the events, limit and unit of the first meeting come from `first:` (resolved
        once the whole file is read)."""
        for key in ONE_OFF_ONLY:
            if (written := node.get(key)) is not None:
                self.report(written.key_line, f"`{key}:` in the repeating timescale {tid!r}",
                            f"remove `{key}:`: a repeating timescale takes its events, limit and unit to the first "
                            "meeting from the one-off timescale named in `first:`", field=key)
        name = self._text(node.get("name"), None, "name")
        first_entry, every_entry = node.get("first"), node.get("every")
        first = self._reference(first_entry)
        every = self._every(every_entry, tid) if every_entry is not None else None
        if first is None or first_entry is None or every is None:
            return None
        self.firsts[tid] = (first, first_entry.key_line)
        # Placeholders until _resolved copies the first meeting's timescale.
        return Timescale(tid, name, "", "", 0, every.unit, self._optional_source(node.get("source")), every,
                         short=self._optional_text(node.get("short"), None, "short"))

    def _every(self, entry: YEntry, tid: str) -> Repeat | None:
        node = self.mapping(entry.value, entry.key_line, "`every:`", None, "every")
        if node is None:
            return None
        self.check_keys(node, EVERY_KEYS, EVERY_KEYS, where=f"`every:` of timescale {tid!r}")
        event_entry = node.get("event")
        event = self._event(event_entry, "event")
        if event_entry is not None:
            self.every_lines[tid] = event_entry.key_line
        limit_entry = node.get("limit")
        limit = self._limit(limit_entry)
        if limit == 0 and limit_entry is not None:
            self.report(limit_entry.key_line, "a repeating limit of 0 allows no time between meetings",
                        "write the longest gap allowed between two meetings, e.g. `limit: 6` with `unit: weeks`",
                        field="limit")
            limit = None
        unit_entry = node.get("unit")
        unit = self.enum(unit_entry, Unit, None, "unit", "unit") if unit_entry is not None else None
        if event is None or limit is None or unit is None:
            return None
        return Repeat(event, limit, unit)

    def _reference(self, entry: YEntry | None) -> str | None:
        if entry is None:
            return None
        tid = self.string(entry, None, "first")
        if tid is not None and not ID_PATTERN.fullmatch(tid):
            self.report(entry.key_line, f"timescale id {tid!r} is not valid", ID_FIX, field="first")
            return None
        return tid

    def _event(self, entry: YEntry | None, field_name: str) -> str | None:
        if entry is None:
            return None
        event = self.string(entry, None, field_name)
        if event is not None and not ID_PATTERN.fullmatch(event):
            self.report(entry.key_line, f"event name {event!r} is not valid", ID_FIX, field=field_name)
            return None
        return event

    def _limit(self, entry: YEntry | None) -> int | None:
        if entry is None:
            return None
        limit = self.integer(entry, None, "limit")
        if limit is not None and limit < 0:
            self.report(entry.key_line, f"the limit must be 0 or more, got {limit}",
                        "write the limit as a whole number of the unit, e.g. `limit: 15`", field="limit")
            return None
        return limit

    def _optional_source(self, entry: YEntry | None) -> str:
        return (self.string(entry, None, "source") or "") if entry is not None else ""


def load_timescales_text(text: str, source: str) -> tuple[tuple[Timescale, ...], list[FormProblem]]:
    """The timescales of one file's text and every problem found (the timescales are used only with none)."""
    root, problems = read_yaml(text, source)
    if root is None:
        return (), problems
    reader = _TimescaleReader(source)
    timescales = reader.read(root)
    return timescales, problems + reader.problems


def series_event_problems(forms: Iterable[FormDefinition], timescales: Iterable[Timescale], text: str,
                          source: str) -> list[FormProblem]:
    """A repeating timescale's later meetings must be a date column of a repeat group (one row per meeting).

    An error, not a warning like a one-off's unrecorded event: with no meeting rows to read, every series would
    read as met on its first meeting alone.
    """
    root, _ = read_yaml(text, source)
    reader = _TimescaleReader(source)
    if root is not None:
        reader.read(root)  # for the lines only: the timescales themselves are given
    forms = list(forms)
    problems = []
    for timescale in timescales:
        if timescale.every is None:
            continue
        event = timescale.every.event
        line = reader.every_lines.get(timescale.id)
        columns = [(form, q) for form in forms for e, q in form.event_dates().items()
                   if e == event and form.parent_of(q.id) is not None]
        if columns:
            continue
        single = [(form, q) for form in forms for e, q in form.event_dates().items() if e == event]
        if single:
            form, question = single[0]
            problems.append(FormProblem(
                source, line, f"timescale {timescale.id}: {form.id} records {event!r} in {question.id}, a single "
                "date, but the later meetings need one row each",
                f"move `event: {event}` to a date column of a repeat group in {form.id} (one row per meeting)",
                field="every"))
        else:
            problems.append(FormProblem(
                source, line, f"timescale {timescale.id}: no form records the later meetings ({event!r})",
                f"add `event: {event}` to the date column of a repeat group listing the meetings "
                "(docs/forms.md, Timeliness)", field="every"))
    return problems

"""Reading `_timescales.yaml`: the procedures' timescales as data, every fault located with its line and fix."""

from __future__ import annotations

from jicpa_desktop.domain.timescales import Timescale, Unit
from jicpa_desktop.forms_engine.located_yaml import YEntry, YMap, YNode, read_yaml
from jicpa_desktop.forms_engine.problems import FormProblem
from jicpa_desktop.forms_engine.schema import ID_FIX, ID_PATTERN, WELSH_STATES
from jicpa_desktop.forms_engine.shape_reader import ShapeReader

TIMESCALES_FILE = "_timescales.yaml"
FILE_KEYS = ("version", "welsh", "timescales")
FILE_REQUIRED = ("version", "timescales")
TIMESCALE_KEYS = ("id", "name", "from", "to", "limit", "unit", "source")
TIMESCALE_REQUIRED = ("id", "name", "from", "to", "limit", "unit")


class _TimescaleReader(ShapeReader):
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
        return tuple(found)

    def _timescale(self, item: YNode, seen: dict[str, int]) -> Timescale | None:
        node = self.mapping(item, getattr(item, "line", 0), "a timescale", None, "timescales")
        if not isinstance(node, YMap):
            return None
        id_entry = node.get("id")
        tid = self.string(id_entry, None, "id") if id_entry is not None else None
        where = f"timescale {tid!r}" if tid else f"the timescale at line {node.line}"
        self.check_keys(node, TIMESCALE_KEYS, TIMESCALE_REQUIRED, where=where)
        if tid is None or id_entry is None:
            return None
        if not ID_PATTERN.fullmatch(tid):
            self.report(id_entry.key_line, f"timescale id {tid!r} is not valid", ID_FIX, field="id")
        if tid in seen:
            self.report(id_entry.key_line, f"duplicate timescale id {tid!r} (first at line {seen[tid]})",
                        "give each timescale its own id", field="id")
        seen.setdefault(tid, id_entry.key_line)
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
        return Timescale(tid, name, start, end, limit, unit, self._optional_source(node.get("source")))

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

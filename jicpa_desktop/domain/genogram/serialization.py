"""The genogram file (docs/genogram.md): YAML or JSON, read with located errors and within limits."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

import yaml

from jicpa_desktop.domain.genogram.model import (
    ELEMENT_KINDS,
    SOURCES,
    Element,
    Genogram,
    element_fields,
    field_specs,
)
from jicpa_desktop.domain.localized import LocalizedText

FORMAT = "jicpa-genogram"
VERSION = 1
MAX_FILE_BYTES = 1024 * 1024
MAX_ELEMENTS = 500  # per section: a family far larger than any the notation stays readable for
MAX_TEXT = 2000
MAX_LABEL = 120
MAX_PROBLEMS = 50
YEAR_RANGE = (1850, 2100)
SECTIONS = {attr: kind for kind, (_, attr) in ELEMENT_KINDS.items() if not kind.startswith("eco_")}
ECOMAP_SECTIONS = {"nodes": "eco_node", "ties": "eco_tie"}


@dataclass(frozen=True, slots=True)
class Problem:
    where: str  # "persons[2].sex", "line 4"
    message: LocalizedText

    def text(self, lang: str = "en") -> str:
        return f"{self.where}: {self.message.get(lang)}" if self.where else self.message.get(lang)


class GenogramFileError(ValueError):
    """A genogram file that cannot be read; every problem says where it is and what to change."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.text() for p in problems))

    def localized(self) -> LocalizedText:
        return LocalizedText("; ".join(p.text("en") for p in self.problems),
                             "; ".join(p.text("cy") for p in self.problems))


def _say(en: str, cy: str) -> LocalizedText:
    return LocalizedText(en, cy)


def parse_value(spec: dataclasses.Field[Any], raw: Any, where: str, problems: list[Problem]) -> Any:
    """One field's value checked against its spec; a problem (and the default) when it does not fit."""
    meta = spec.metadata
    default = spec.default
    if spec.type in ("bool",) or isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        problems.append(Problem(where, _say("must be true or false.", "rhaid iddo fod yn true neu false.")))
        return default
    if "year" in meta:
        if raw is None:
            return None
        if isinstance(raw, bool) or not isinstance(raw, int) or not YEAR_RANGE[0] <= raw <= YEAR_RANGE[1]:
            problems.append(Problem(where, _say(
                f"must be a year between {YEAR_RANGE[0]} and {YEAR_RANGE[1]} (the year only, no date), or null.",
                f"rhaid iddo fod yn flwyddyn rhwng {YEAR_RANGE[0]} a {YEAR_RANGE[1]} (y flwyddyn yn unig), "
                "neu null.")))
            return None
        return raw
    if "choices" in meta:
        if raw in meta["choices"]:
            return raw
        allowed = ", ".join(meta["choices"])
        problems.append(Problem(where, _say(f"{raw!r} is not one of: {allowed}.",
                                            f"nid yw {raw!r} yn un o: {allowed}.")))
        return default
    if "flags" in meta or "refs" in meta:
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            problems.append(Problem(where, _say("must be a list of names.", "rhaid iddo fod yn rhestr.")))
            return ()
        if "flags" in meta:
            wrong = [x for x in raw if x not in meta["flags"]]
            if wrong:
                allowed = ", ".join(meta["flags"])
                problems.append(Problem(where, _say(f"{', '.join(wrong)} not among: {allowed}.",
                                                    f"nid yw {', '.join(wrong)} ymhlith: {allowed}.")))
                raw = [x for x in raw if x in meta["flags"]]
        return tuple(dict.fromkeys(raw))
    if not isinstance(raw, str):
        problems.append(Problem(where, _say("must be text.", "rhaid iddo fod yn destun.")))
        return default
    limit = MAX_LABEL if spec.name in ("role_label", "label") else MAX_TEXT
    if len(raw) > limit:
        problems.append(Problem(where, _say(f"is longer than {limit} characters: shorten it.",
                                            f"mae'n hirach na {limit} nod: byrhewch ef.")))
        return raw[:limit]
    return raw


def element_from_fields(kind: str, element_id: str, raw: dict[str, Any], where: str,
                        problems: list[Problem], *, unknown_fields: bool = True) -> Element:
    """An element of *kind* from its fields; missing fields take their defaults."""
    cls = ELEMENT_KINDS[kind][0]
    specs = {f.name: f for f in field_specs(kind)}
    if unknown_fields:
        for name in raw:
            if name not in specs and name != "id":
                problems.append(Problem(f"{where}.{name}", _say(
                    f"is not a field of a {kind}: the fields are {', '.join(specs)}.",
                    f"nid yw'n faes {kind}: y meysydd yw {', '.join(specs)}.")))
    values = {name: parse_value(spec, raw[name], f"{where}.{name}", problems)
              for name, spec in specs.items() if name in raw}
    element: Element = cls(id=element_id, **values)
    return element


def from_data(data: Any) -> Genogram:
    """A genogram from the parsed file; GenogramFileError lists every problem found (up to a limit)."""
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise GenogramFileError([Problem("", _say(
            "The file must hold a mapping starting with 'format: jicpa-genogram'.",
            "Rhaid i'r ffeil ddal mapio sy'n dechrau â 'format: jicpa-genogram'."))])
    if data.get("format") != FORMAT:
        problems.append(Problem("format", _say(f"must be {FORMAT!r}: is this a genogram file?",
                                               f"rhaid iddo fod yn {FORMAT!r}: ai ffeil genogram yw hon?")))
    if data.get("version") != VERSION:
        problems.append(Problem("version", _say(f"must be {VERSION}: this app reads version {VERSION} files.",
                                                f"rhaid iddo fod yn {VERSION}: mae'r ap hwn yn darllen ffeiliau "
                                                f"fersiwn {VERSION}.")))
    source = data.get("source", "inspector")
    if source not in SOURCES:
        problems.append(Problem("source", _say(f"must be one of: {', '.join(SOURCES)}.",
                                               f"rhaid iddo fod yn un o: {', '.join(SOURCES)}.")))
        source = "inspector"
    known = {"format", "version", "source", "as_at_year", "notes", "ecomap", *SECTIONS}
    for key in data:
        if key not in known:
            problems.append(Problem(str(key), _say(
                f"is not a section of a genogram file: use {', '.join(sorted(known))}.",
                                                   f"nid yw'n adran o ffeil genogram: defnyddiwch "
                                                   f"{', '.join(sorted(known))}.")))
    header: dict[str, Any] = {}
    as_at = data.get("as_at_year")
    if as_at is not None and (isinstance(as_at, bool) or not isinstance(as_at, int)
                              or not YEAR_RANGE[0] <= as_at <= YEAR_RANGE[1]):
        problems.append(Problem("as_at_year", _say("must be a year, or left out.",
                                                   "rhaid iddo fod yn flwyddyn, neu ei adael allan.")))
    else:
        header["as_at_year"] = as_at
    notes = data.get("notes", "")
    if not isinstance(notes, str) or len(notes) > MAX_TEXT:
        problems.append(Problem("notes", _say(f"must be text of at most {MAX_TEXT} characters.",
                                              f"rhaid iddo fod yn destun o {MAX_TEXT} nod ar y mwyaf.")))
    else:
        header["notes"] = notes
    sections: dict[str, list[Element]] = {}
    seen: dict[str, str] = {}

    def read_section(items: Any, where: str, kind: str) -> list[Element]:
        if items is None:
            return []
        if not isinstance(items, list):
            problems.append(Problem(where, _say("must be a list.", "rhaid iddo fod yn rhestr.")))
            return []
        if len(items) > MAX_ELEMENTS:
            problems.append(Problem(where, _say(f"has {len(items)} entries: at most {MAX_ELEMENTS}.",
                                                f"mae ganddo {len(items)} cofnod: {MAX_ELEMENTS} ar y mwyaf.")))
            return []
        out = []
        for i, item in enumerate(items):
            at = f"{where}[{i}]"
            if not isinstance(item, dict):
                problems.append(Problem(at, _say("must be a mapping of fields.", "rhaid iddo fod yn fapio o feysydd.")))
                continue
            element_id = item.get("id")
            if not isinstance(element_id, str) or not element_id.strip() or len(element_id) > 64:
                problems.append(Problem(f"{at}.id", _say("every entry needs an id (text, up to 64 characters).",
                                                          "mae angen id ar bob cofnod (testun, hyd at 64 nod).")))
                continue
            if element_id in seen:
                problems.append(Problem(f"{at}.id", _say(f"{element_id!r} is already used at {seen[element_id]}.",
                                                          f"mae {element_id!r} eisoes yn cael ei ddefnyddio yn "
                                                          f"{seen[element_id]}.")))
                continue
            seen[element_id] = at
            out.append(element_from_fields(kind, element_id, item, at, problems))
        return out

    for attr, kind in SECTIONS.items():
        sections[attr] = read_section(data.get(attr), attr, kind)
    ecomap = data.get("ecomap") or {}
    if not isinstance(ecomap, dict):
        problems.append(Problem("ecomap", _say("must be a mapping with centre, nodes and ties.",
                                               "rhaid iddo fod yn fapio â centre, nodes a ties.")))
        ecomap = {}
    for name, kind in ECOMAP_SECTIONS.items():
        sections[ELEMENT_KINDS[kind][1]] = read_section(ecomap.get(name), f"ecomap.{name}", kind)
    centre = ecomap.get("centre", "index_child")
    households = {h.id for h in sections["households"]}
    if centre != "index_child" and centre not in households:
        problems.append(Problem("ecomap.centre", _say("must be index_child or the id of a household.",
                                                      "rhaid iddo fod yn index_child neu id aelwyd.")))
        centre = "index_child"
    _check_references(sections, problems)
    if problems:
        raise GenogramFileError(problems[:MAX_PROBLEMS])
    elements = {attr: tuple(items) for attr, items in sections.items()}
    return Genogram(source=source, ecomap_centre=centre, **header, **elements)  # type: ignore[arg-type]


def _check_references(sections: dict[str, list[Element]], problems: list[Problem]) -> None:
    """A link must name an element the file holds: the ids are how the drawing joins them."""
    ids = {attr: {e.id for e in items} for attr, items in sections.items()}
    kinds = {attr: kind for kind, (_, attr) in ELEMENT_KINDS.items()}
    for attr, items in sections.items():
        specs = [s for s in field_specs(kinds[attr]) if "ref" in s.metadata or "refs" in s.metadata]
        for i, element in enumerate(items):
            for spec in specs:
                target = spec.metadata.get("ref") or spec.metadata["refs"]
                pool = ids[ELEMENT_KINDS[target][1]]
                value = getattr(element, spec.name)
                for ref in value if isinstance(value, tuple) else (value,):
                    if ref and ref not in pool:
                        where = f"{_section_name(attr)}[{i}].{spec.name}"
                        problems.append(Problem(where, _say(f"{ref!r} is not the id of any {target} in the file.",
                                                            f"nid yw {ref!r} yn id unrhyw {target} yn y ffeil.")))


def _section_name(attr: str) -> str:
    return {"eco_nodes": "ecomap.nodes", "eco_ties": "ecomap.ties"}.get(attr, attr)


def to_data(genogram: Genogram) -> dict[str, Any]:
    """The file's content: defaults left out so a hand-written file stays short."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "source": genogram.source}
    if genogram.as_at_year is not None:
        data["as_at_year"] = genogram.as_at_year
    if genogram.notes:
        data["notes"] = genogram.notes

    def entries(items: tuple[Element, ...], kind: str) -> list[dict[str, Any]]:
        defaults = {f.name: f.default for f in field_specs(kind)}
        out = []
        for e in items:
            entry: dict[str, Any] = {"id": e.id}
            for name, value in element_fields(e).items():
                if value != defaults[name] and not (value == [] and defaults[name] == ()):
                    entry[name] = value
            out.append(entry)
        return out

    for attr, kind in SECTIONS.items():
        if getattr(genogram, attr):
            data[attr] = entries(getattr(genogram, attr), kind)
    if genogram.eco_nodes or genogram.eco_ties or genogram.ecomap_centre != "index_child":
        data["ecomap"] = {
            "centre": genogram.ecomap_centre,
            "nodes": entries(genogram.eco_nodes, "eco_node"),
            "ties": entries(genogram.eco_ties, "eco_tie"),
        }
    return data


def dumps(genogram: Genogram, *, fmt: str = "yaml") -> str:
    data = to_data(genogram)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return str(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))


class _AliasRefused(yaml.YAMLError):
    def __init__(self, line: int) -> None:
        super().__init__(f"alias at line {line}")
        self.line = line


class _NoAliasLoader(yaml.SafeLoader):
    """Refuses anchors and aliases: a genogram file has no use for them, and they are how a small file
    expands into a huge one."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise _AliasRefused(event.start_mark.line + 1)
        return super().compose_node(parent, index)


def loads(text: str | bytes) -> Genogram:
    """A genogram from a file's text (YAML, of which JSON is a part)."""
    size = len(text.encode("utf-8") if isinstance(text, str) else text)
    if size > MAX_FILE_BYTES:
        raise GenogramFileError([Problem("", _say(
            f"The file is {size:,} bytes: a genogram file is at most {MAX_FILE_BYTES:,}.",
            f"Mae'r ffeil yn {size:,} beit: {MAX_FILE_BYTES:,} ar y mwyaf i ffeil genogram."))])
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise GenogramFileError([Problem(f"byte {error.start}", _say(
                "the file is not UTF-8 text: save it as UTF-8.",
                "nid yw'r ffeil yn destun UTF-8: cadwch hi fel UTF-8."))]
            ) from error
    try:
        data = yaml.load(text, Loader=_NoAliasLoader)  # a SafeLoader that also refuses aliases
    except _AliasRefused as error:
        raise GenogramFileError([Problem(f"line {error.line}", _say(
            "aliases (*name) are not allowed in a genogram file: write the values out.",
            "ni chaniateir alias (*enw) mewn ffeil genogram: ysgrifennwch y gwerthoedd yn llawn."))]) from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        reason = getattr(error, "problem", None) or str(error)
        raise GenogramFileError([Problem(where, _say(f"not readable as YAML or JSON ({reason}).",
                                                     f"ni ellir ei darllen fel YAML neu JSON ({reason})."))]) from error
    return from_data(data)

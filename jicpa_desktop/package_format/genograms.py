"""The genograms a package carries (data/genograms.json): per case file, every version of every field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

import orjson

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.package_format import checks as c

GENOGRAMS = "data/genograms.json"
SOURCES = ("agency", "inspector")
MAX_VERSIONS = 200_000  # per genogram: far beyond any family drawn by hand, well within memory
MAX_VALUE = 20_000
_ELEMENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")
_FIELD = re.compile(r"_?[a-z][a-z_]{0,39}")


def _why(en: str, cy: str) -> LocalizedText:
    return LocalizedText(en, cy)


class GenogramVersionData(NamedTuple):
    id: str
    element_id: str
    field: str
    value_json: str
    parents: tuple[str, ...]
    author: str
    at: str


@dataclass(frozen=True, slots=True)
class GenogramData:
    id: str
    case_id: str
    source: str
    created_at: str
    created_by: str
    versions: tuple[GenogramVersionData, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "case_id": self.case_id, "source": self.source, "created_at": self.created_at,
            "created_by": self.created_by,
            "versions": [
                {"id": v.id, "element": v.element_id, "field": v.field, "value": v.value_json,
                 "parents": list(v.parents), "author": v.author, "at": v.at}
                for v in self.versions
            ],
        }

    @staticmethod
    def parse(value: object, where: str) -> GenogramData:
        d = c.obj(value, where)
        source = c.text(d, "source", where)
        if source not in SOURCES:
            raise c.bad(f"{where}.source", _why("should be agency or inspector", "dylai fod yn agency neu inspector"))
        items = c.array(d.get("versions"), f"{where}.versions")
        if len(items) > MAX_VERSIONS:
            raise c.bad(f"{where}.versions", _why(f"holds more than {MAX_VERSIONS} versions",
                                                  f"mae'n dal mwy na {MAX_VERSIONS} fersiwn"))
        versions = []
        for n, item in enumerate(items):
            at = f"{where}.versions[{n}]"
            v = c.obj(item, at)
            element = c.text(v, "element", at)
            if not _ELEMENT_ID.fullmatch(element):
                raise c.bad(f"{at}.element", _why("should be an element id (letters, digits, - _ . :)",
                                                  "dylai fod yn id elfen (llythrennau, digidau, - _ . :)"))
            field = c.text(v, "field", at)
            if not _FIELD.fullmatch(field):
                raise c.bad(f"{at}.field", _why("should be a field name", "dylai fod yn enw maes"))
            raw = c.text(v, "value", at)
            if len(raw) > MAX_VALUE:
                raise c.bad(f"{at}.value", _why(f"is longer than {MAX_VALUE} characters",
                                                f"mae'n hirach na {MAX_VALUE} nod"))
            try:
                orjson.loads(raw)
            except ValueError:
                raise c.bad(f"{at}.value", _why("is not a JSON value", "nid yw'n werth JSON")) from None
            versions.append(GenogramVersionData(
                c.stable_id(v, "id", at), element, field, raw, tuple(sorted(c.text_list(v, "parents", at))),
                c.text(v, "author", at), c.timestamp(v, "at", at)))
        ids = {v.id for v in versions}
        if len(ids) != len(versions):
            raise c.bad(f"{where}.versions", _why("names one version twice", "mae'n enwi un fersiwn ddwywaith"))
        fields = {v.id: (v.element_id, v.field) for v in versions}
        for i, version in enumerate(versions):
            if any(p not in ids or fields[p] != (version.element_id, version.field) or p == version.id
                   for p in version.parents):
                raise c.bad(f"{where}.versions[{i}].parents", _why(
                    "name a version of another field, or one the package does not hold",
                    "yn enwi fersiwn o faes arall, neu un nad yw yn y pecyn"))
        return GenogramData(c.stable_id(d, "id", where), c.stable_id(d, "case_id", where), source,
                            c.timestamp(d, "created_at", where), c.text(d, "created_by", where), tuple(versions))


def parse_genograms(entry: bytes | None, case_ids: set[str]) -> tuple[GenogramData, ...]:
    """The entry's genograms (none for a package written before genograms); each must name a carried case file."""
    if entry is None:
        return ()
    out = []
    for i, item in enumerate(c.array(c.load_json(entry, GENOGRAMS), GENOGRAMS)):
        genogram = GenogramData.parse(item, f"{GENOGRAMS}[{i}]")
        if genogram.case_id not in case_ids:
            raise c.bad(f"{GENOGRAMS}[{i}].case_id", _why("names a case file the package does not carry",
                                                          "yn enwi ffeil achos nad yw'r pecyn yn ei chario"))
        out.append(genogram)
    if len({(g.case_id, g.source) for g in out}) != len(out) or len({g.id for g in out}) != len(out):
        raise c.bad(GENOGRAMS, _why("holds one case file's genogram twice",
                                    "mae'n dal genogram un ffeil achos ddwywaith"))
    return tuple(out)

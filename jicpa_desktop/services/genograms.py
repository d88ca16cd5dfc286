"""Genograms of a case file: every change saved as made, field by field, with history, audit and the team merge.

A genogram is a set of elements (catalogue §4.1/§4.3), each a few fields. Each field keeps a small DAG of
versions exactly as an answer does (services/field_versions.py): a local change replaces every current
head; a package adds versions; what is shown is the latest head; differing heads are a conflict that is
kept until someone settles it. Adding people on two laptops therefore adds two elements, and both
survive; changing one field on both is a conflict, never a silent overwrite.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.genogram import comparison, model, notation, serialization, validation
from jicpa_desktop.domain.genogram.ecomap import ecomap_picture
from jicpa_desktop.domain.genogram.model import ELEMENT_KINDS, HEADER_FIELDS, HEADER_ID, Genogram
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.exports import genogram_pdf, genogram_png, genogram_svg
from jicpa_desktop.package_format.genograms import GenogramData, GenogramVersionData
from jicpa_desktop.services import audit
from jicpa_desktop.services.context import ServiceContext, driver, dumps
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.field_versions import Version, heads, in_conflict, parents_json
from jicpa_desktop.store.tables import new_id

KIND, DELETED = "_kind", "_deleted"
SOURCES = model.SOURCES
PREFIX = {"person": "P", "union": "U", "parent_link": "L", "sibling_link": "S", "sibling_group": "G",
          "household": "H", "emotional_link": "E", "eco_node": "N", "eco_tie": "T"}
CONFLICT_NAMESPACE = uuid.UUID("5a0f3e42-8c1d-4b7e-9f26-3d8e1c7b4a90")
ENTITY = "genogram_element"
_REFERENCING = ("partner_a", "partner_b", "parent", "child", "a", "b", "from_person", "to_person", "node",
                "union_id")


@dataclass(frozen=True, slots=True)
class ConflictValue:
    version_id: str
    value: Any
    author: str
    at: str


@dataclass(frozen=True, slots=True)
class GenogramConflictView:
    id: str
    element_id: str
    field: str
    values: tuple[ConflictValue, ...]  # the shown one first


@dataclass(frozen=True, slots=True)
class GenogramView:
    case_id: str
    source: str
    genogram_id: str | None  # None until the first change
    genogram: Genogram
    conflicts: tuple[GenogramConflictView, ...]
    warnings: tuple[validation.GenogramWarning, ...]


@dataclass(frozen=True, slots=True)
class FieldChange:
    element_id: str
    field: str
    value: Any
    author: str
    at: str
    replaced: tuple[str, ...]  # the version ids this one replaced


def _require_source(source: str) -> None:
    if source not in SOURCES:
        raise UserError(LocalizedText(
            f"{source!r} is not a kind of genogram: use 'inspector' (built by the inspector) or 'agency' "
            "(the agency's genogram, transcribed).",
            f"Nid yw {source!r} yn fath o genogram: defnyddiwch 'inspector' (wedi'i lunio gan yr arolygydd) neu "
            "'agency' (genogram yr asiantaeth, wedi'i drawsgrifio)."))


def _load_versions(session: Session, genogram_id: str, element_id: str, field: str) -> list[Version]:
    rows = driver(session).execute(
        "SELECT id, parents_json, value_json, author, at, sealed, package_id FROM genogram_version "
        "WHERE genogram_id = ? AND element_id = ? AND field = ?", (genogram_id, element_id, field))
    return [Version(r[0], tuple(sorted(json.loads(r[1]))), r[2], "", r[3], r[4], bool(r[5]), r[6]) for r in rows]


def _conflict_id(genogram_id: str, element_id: str, field: str, field_heads: Sequence[Version]) -> str:
    del genogram_id  # named by its heads (and field) alone: the same on every laptop, whatever the local ids
    return str(uuid.uuid5(CONFLICT_NAMESPACE, dumps([element_id, field, sorted(h.id for h in field_heads)])))


class _Writer:
    """The changes of one transaction to one genogram: versions, shown values, conflicts, audit events."""

    def __init__(self, session: Session, genogram_id: str, case_id: str, inspection_id: str, actor: str,
                 now: str) -> None:
        self.s, self.gid, self.case_id, self.inspection_id = session, genogram_id, case_id, inspection_id
        self.actor, self.now = actor, now
        self.changed = 0

    def shown(self, element_id: str, field: str) -> str | None:
        row = driver(self.s).execute(
            "SELECT value_json FROM genogram_value WHERE genogram_id = ? AND element_id = ? AND field = ?",
            (self.gid, element_id, field)).fetchone()
        return None if row is None else str(row[0])

    def set(self, element_id: str, field: str, value: Any) -> bool:
        """A local change of one field; False when it already had that value."""
        value_json = dumps(value)
        old = self.shown(element_id, field)
        current = heads(_load_versions(self.s, self.gid, element_id, field))
        conflicted = in_conflict(current)
        if old == value_json and not conflicted:
            return False
        connection = driver(self.s)
        if len(current) == 1 and not current[0].sealed:
            connection.execute("UPDATE genogram_version SET value_json = ?, author = ?, at = ? WHERE id = ?",
                               (value_json, self.actor, self.now, current[0].id))
        else:
            connection.execute(
                "INSERT INTO genogram_version (id, genogram_id, case_id, element_id, field, value_json, parents_json, "
                "author, at, sealed, package_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL)",
                (new_id(), self.gid, self.case_id, element_id, field, value_json,
                 parents_json([h.id for h in current]), self.actor, self.now))
        if conflicted:
            connection.execute(
                "UPDATE genogram_conflict SET status = 'resolved', resolved_at = ?, resolved_by = ? "
                "WHERE genogram_id = ? AND element_id = ? AND field = ? AND status = 'open'",
                (self.now, self.actor, self.gid, element_id, field))
        self._show(element_id, field, value_json, self.now, self.actor)
        audit.record(self.s, inspection_id=self.inspection_id, actor=self.actor,
                     action="create" if field == KIND else "update", entity=ENTITY,
                     entity_id=f"{self.gid}/{element_id}", field=field,
                     old=None if old is None else json.loads(old), new=value, at=self.now)
        self.changed += 1
        return True

    def _show(self, element_id: str, field: str, value_json: str, at: str, author: str) -> None:
        driver(self.s).execute(
            "INSERT INTO genogram_value (genogram_id, case_id, element_id, field, value_json, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (genogram_id, element_id, field) DO UPDATE SET "
            "value_json = excluded.value_json, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (self.gid, self.case_id, element_id, field, value_json, at, author))

    def materialize(self, keys: Iterable[tuple[str, str]]) -> int:
        """Recompute the shown value and conflicts of fields from their versions (after an import)."""
        conflicts = 0
        connection = driver(self.s)
        for element_id, field in sorted(set(keys)):
            field_heads = heads(_load_versions(self.s, self.gid, element_id, field))
            if not field_heads:
                continue
            top = field_heads[0]
            if self.shown(element_id, field) != top.value_json:
                self._show(element_id, field, top.value_json, top.at, top.author)
                self.changed += 1
            known = connection.execute(
                "SELECT id, status FROM genogram_conflict WHERE genogram_id = ? AND element_id = ? AND field = ?",
                (self.gid, element_id, field)).fetchall()
            if in_conflict(field_heads):
                wanted = _conflict_id(self.gid, element_id, field, field_heads)
                conflicts += 1
                if all(cid != wanted for cid, _ in known):
                    connection.execute(
                        "INSERT INTO genogram_conflict (id, genogram_id, case_id, element_id, field, heads_json, "
                        "status, detected_at, resolved_at, resolved_by) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, NULL, '')",
                        (wanted, self.gid, self.case_id, element_id, field,
                         json.dumps(sorted(h.id for h in field_heads)), self.now))
                    self.changed += 1
                for cid, status in known:
                    if status == "open" and cid != wanted:
                        connection.execute("UPDATE genogram_conflict SET status = 'superseded' WHERE id = ?", (cid,))
            else:
                for cid, status in known:
                    if status == "open":
                        connection.execute(
                            "UPDATE genogram_conflict SET status = 'resolved', resolved_at = ?, resolved_by = ? "
                            "WHERE id = ?", (top.at, top.author, cid))
        return conflicts


def read_genogram(session: Session, genogram_id: str | None, source: str) -> Genogram:
    """The shown genogram, elements in the order they were made; a stored value that no longer fits its field
    (from a newer version, say) is read as the field's default rather than refused."""
    if genogram_id is None:
        return Genogram(source=source)
    fields: dict[str, dict[str, Any]] = defaultdict(dict)
    made: dict[str, str] = {}
    for element_id, field, value_json, at in driver(session).execute(
            "SELECT element_id, field, value_json, updated_at FROM genogram_value WHERE genogram_id = ?",
            (genogram_id,)):
        fields[element_id][field] = json.loads(value_json)
        if field == KIND:
            made[element_id] = at
    header = fields.pop(HEADER_ID, {})
    sections: dict[str, list[model.Element]] = defaultdict(list)
    ignored: list[serialization.Problem] = []
    for element_id in sorted(fields, key=lambda e: (made.get(e, ""), _natural(e))):
        values = fields[element_id]
        kind = values.get(KIND)
        if kind not in ELEMENT_KINDS or values.get(DELETED):
            continue
        body = {k: v for k, v in values.items() if not k.startswith("_")}
        element = serialization.element_from_fields(kind, element_id, body, element_id, ignored,
                                                    unknown_fields=False)
        sections[ELEMENT_KINDS[kind][1]].append(element)
    extra: dict[str, Any] = {k: header[k] for k in HEADER_FIELDS if k in header}
    extra.update({k: tuple(v) for k, v in sections.items()})
    return Genogram(source=source, **extra)


def _natural(element_id: str) -> tuple[str, int, str]:
    head = element_id.rstrip("0123456789")
    tail = element_id[len(head):]
    return (head, int(tail) if tail else -1, element_id)


class Genograms:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    # -- reading --------------------------------------------------------------------------------------

    @staticmethod
    def _case(session: Session, case_id: str) -> tuple[str, str, str, str]:
        row = session.execute(text("SELECT inspection_id, reference, agency, kind FROM case_file WHERE id = :c"),
                              {"c": case_id}).first()
        if row is None:
            raise NotFoundError(LocalizedText(
                f"There is no case file {case_id!r}: list the files with 'jicpa case list'.",
                f"Nid oes ffeil achos {case_id!r}: rhestrwch y ffeiliau gyda 'jicpa case list'."))
        return (str(row[0]), str(row[1]), str(row[2]), str(row[3]))

    @staticmethod
    def _genogram_id(session: Session, case_id: str, source: str) -> str | None:
        value = session.execute(text("SELECT id FROM genogram WHERE case_id = :c AND source = :s"),
                                {"c": case_id, "s": source}).scalar()
        return None if value is None else str(value)

    def load(self, case_id: str, source: str = "inspector") -> GenogramView:
        _require_source(source)
        with self._context.reading() as session:
            self._case(session, case_id)
            gid = self._genogram_id(session, case_id, source)
            genogram = read_genogram(session, gid, source)
            found = self._conflicts(session, gid) if gid else ()
        return GenogramView(case_id, source, gid, genogram, found, tuple(validation.check(genogram)))

    def _conflicts(self, session: Session, genogram_id: str) -> tuple[GenogramConflictView, ...]:
        out = []
        for cid, element_id, field, heads_json in session.execute(text(
                "SELECT id, element_id, field, heads_json FROM genogram_conflict WHERE genogram_id = :g "
                "AND status = 'open' ORDER BY element_id, field"), {"g": genogram_id}):
            wanted = set(json.loads(heads_json))
            versions = sorted((v for v in _load_versions(session, genogram_id, element_id, field) if v.id in wanted),
                              key=lambda v: (v.at, v.id), reverse=True)
            out.append(GenogramConflictView(str(cid), str(element_id), str(field), tuple(
                ConflictValue(v.id, json.loads(v.value_json), v.author, v.at) for v in versions)))
        return tuple(out)

    def history(self, case_id: str, source: str = "inspector", element_id: str | None = None) -> list[FieldChange]:
        """Every value each field has had, oldest first (the audit trail holds the same with old → new)."""
        _require_source(source)
        with self._context.reading() as session:
            self._case(session, case_id)
            gid = self._genogram_id(session, case_id, source)
            if gid is None:
                return []
            sql = ("SELECT element_id, field, value_json, author, at, parents_json FROM genogram_version "
                   "WHERE genogram_id = :g" + (" AND element_id = :e" if element_id else "") + " ORDER BY at, id")
            return [FieldChange(str(r[0]), str(r[1]), json.loads(r[2]), str(r[3]), str(r[4]),
                                tuple(json.loads(r[5])))
                    for r in session.execute(text(sql), {"g": gid, "e": element_id})]

    # -- writing ---------------------------------------------------------------------------------------

    def _writer(self, session: Session, case_id: str, source: str, now: str) -> _Writer:
        _require_source(source)
        inspection_id, *_ = self._case(session, case_id)
        gid = self._genogram_id(session, case_id, source)
        if gid is None:
            gid = new_id()
            session.execute(text("INSERT INTO genogram (id, case_id, source, created_at, created_by) "
                                 "VALUES (:id, :c, :s, :t, :a)"),
                            {"id": gid, "c": case_id, "s": source, "t": now, "a": self._context.actor})
            audit.record(session, inspection_id=inspection_id, actor=self._context.actor, action="create",
                         entity="genogram", entity_id=gid, new={"case_id": case_id, "source": source}, at=now)
        return _Writer(session, gid, case_id, inspection_id, self._context.actor, now)

    @staticmethod
    def _checked(kind: str, element_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        if kind not in ELEMENT_KINDS:
            raise UserError(LocalizedText(
                f"{kind!r} is not a part of a genogram: use one of {', '.join(ELEMENT_KINDS)}.",
                f"Nid yw {kind!r} yn rhan o genogram: defnyddiwch un o {', '.join(ELEMENT_KINDS)}."))
        problems: list[serialization.Problem] = []
        element = serialization.element_from_fields(kind, element_id, fields, element_id, problems)
        if problems:
            raise UserError(LocalizedText("; ".join(p.text("en") for p in problems),
                                          "; ".join(p.text("cy") for p in problems)))
        every = model.element_fields(element)
        return {name: every[name] for name in fields if name != "id"}

    def add(self, case_id: str, source: str, kind: str, fields: dict[str, Any]) -> str:
        """A new element (its id is new and stable: it never changes, on any laptop); returns the id."""
        element_id = f"{PREFIX.get(kind, 'X')}-{uuid.uuid4().hex[:8]}"
        values = self._checked(kind, element_id, fields)
        now = utc_now_iso()
        with self._context.writing() as session:
            writer = self._writer(session, case_id, source, now)
            writer.set(element_id, KIND, kind)
            for name, value in values.items():
                writer.set(element_id, name, value)
        return element_id

    def update(self, case_id: str, source: str, element_id: str, fields: dict[str, Any]) -> int:
        """Change fields of an element (or of the genogram itself: element 'genogram'); returns how many changed."""
        now = utc_now_iso()
        with self._context.writing() as session:
            writer = self._writer(session, case_id, source, now)
            if element_id == HEADER_ID:
                values = self._header_values(fields)
            else:
                kind = writer.shown(element_id, KIND)
                if kind is None:
                    raise NotFoundError(LocalizedText(
                        f"The genogram has no element {element_id!r}: it may have been removed.",
                        f"Nid oes elfen {element_id!r} yn y genogram: efallai ei bod wedi'i thynnu."))
                values = self._checked(json.loads(kind), element_id, fields)
            return sum(writer.set(element_id, name, value) for name, value in values.items())

    @staticmethod
    def _header_values(fields: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(fields) - set(HEADER_FIELDS))
        if unknown:
            raise UserError(LocalizedText(f"A genogram has no field {', '.join(unknown)}.",
                                          f"Nid oes gan genogram faes {', '.join(unknown)}."))
        return dict(fields)

    def remove(self, case_id: str, source: str, element_id: str) -> list[str]:
        """Remove an element, and the links that name it (kept in the history: restore() brings them back)."""
        now = utc_now_iso()
        with self._context.writing() as session:
            writer = self._writer(session, case_id, source, now)
            genogram = read_genogram(session, writer.gid, source)
            if genogram.element(element_id) is None:
                raise NotFoundError(LocalizedText(
                    f"The genogram has no element {element_id!r}: it may have been removed already.",
                    f"Nid oes elfen {element_id!r} yn y genogram: efallai ei bod wedi'i thynnu eisoes."))
            removed = [element_id]
            for _, element in genogram.elements():
                if element.id != element_id and any(getattr(element, a, None) == element_id for a in _REFERENCING):
                    removed.append(element.id)
            for eid in removed:
                writer.set(eid, DELETED, True)
            for _, element in genogram.elements():
                members = getattr(element, "members", None)
                if members and element_id in members and element.id not in removed:
                    writer.set(element.id, "members", [m for m in members if m != element_id])
            return removed

    def restore(self, case_id: str, source: str, element_ids: Sequence[str]) -> None:
        """Bring removed elements back (the editor's undo of a removal)."""
        now = utc_now_iso()
        with self._context.writing() as session:
            writer = self._writer(session, case_id, source, now)
            for element_id in element_ids:
                if writer.shown(element_id, KIND) is not None:
                    writer.set(element_id, DELETED, False)

    def replace_with(self, case_id: str, source: str, genogram: Genogram) -> int:
        """Make the stored genogram equal *genogram* (an imported file): elements in it are created or
        changed field by field, those not in it removed; returns the number of fields changed."""
        now = utc_now_iso()
        with self._context.writing() as session:
            writer = self._writer(session, case_id, source, now)
            before = read_genogram(session, writer.gid, source)
            for name in HEADER_FIELDS:
                writer.set(HEADER_ID, name, getattr(genogram, name))
            kept = set()
            for kind, element in genogram.elements():
                kept.add(element.id)
                if writer.shown(element.id, KIND) not in (None, dumps(kind)):
                    raise UserError(LocalizedText(
                        f"The id {element.id!r} is already a {json.loads(writer.shown(element.id, KIND) or 'null')} "
                        f"in this genogram, not a {kind}: give it another id in the file.",
                        f"Mae'r id {element.id!r} eisoes yn {json.loads(writer.shown(element.id, KIND) or 'null')} "
                        f"yn y genogram hwn, nid yn {kind}: rhowch id arall iddo yn y ffeil."))
                writer.set(element.id, KIND, kind)
                writer.set(element.id, DELETED, False)
                for name, value in model.element_fields(element).items():
                    writer.set(element.id, name, value)
            for _, element in before.elements():
                if element.id not in kept:
                    writer.set(element.id, DELETED, True)
            return writer.changed

    def import_file(self, case_id: str, source: str, path: Path) -> int:
        _require_source(source)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise UserError(LocalizedText(f"{path} cannot be read ({error.strerror}): check the name and folder.",
                                          f"Ni ellir darllen {path} ({error.strerror}): gwiriwch yr enw a'r ffolder.")
                            ) from error
        try:
            genogram = serialization.loads(data)
        except serialization.GenogramFileError as error:
            raise UserError(LocalizedText(f"{path.name}: {error.localized().en} Nothing was imported.",
                                          f"{path.name}: {error.localized().cy} Ni fewnforiwyd dim.")) from error
        return self.replace_with(case_id, source, genogram)

    def export_text(self, case_id: str, source: str = "inspector", fmt: str = "yaml") -> str:
        return serialization.dumps(self.load(case_id, source).genogram, fmt=fmt)

    def resolve_conflict(self, case_id: str, source: str, conflict_id: str, version_id: str) -> None:
        """Settle a conflict by taking one of its values (a new version replacing every head)."""
        now = utc_now_iso()
        with self._context.writing() as session:
            writer = self._writer(session, case_id, source, now)
            row = session.execute(text("SELECT element_id, field, heads_json FROM genogram_conflict WHERE id = :i "
                                       "AND genogram_id = :g AND status = 'open'"),
                                  {"i": conflict_id, "g": writer.gid}).first()
            if row is None or version_id not in json.loads(row[2]):
                raise NotFoundError(LocalizedText(
                    "That conflict is already settled, or the value is not one of its values: reload the genogram.",
                    "Mae'r gwrthdaro hwnnw wedi'i setlo eisoes, neu nid yw'r gwerth yn un o'i werthoedd: "
                    "ail-lwythwch y genogram."))
            value = next(v for v in _load_versions(session, writer.gid, row[0], row[1]) if v.id == version_id)
            writer.set(str(row[0]), str(row[1]), json.loads(value.value_json))

    def suggestions(self, case_id: str) -> list[comparison.Suggestion]:
        """Answers to form 6 suggested by comparing the agency's genogram with the inspector's (§4.4)."""
        return comparison.compare(self.load(case_id, "agency").genogram, self.load(case_id, "inspector").genogram)

    # -- pictures ----------------------------------------------------------------------------------------

    def render(self, case_id: str, path: Path, *, source: str = "inspector", ecomap: bool = False,
               lang: str = "en", overlay: bool = True) -> None:
        """Write the drawing (or the ecomap) as SVG, PDF or PNG, chosen by the file's suffix."""
        view = self.load(case_id, source)
        with self._context.reading() as session:
            _, reference, agency, _ = self._case(session, case_id)
        picture = ecomap_picture(view.genogram, lang) if ecomap else notation.genogram_picture(
            view.genogram, lang, overlay=overlay)
        title = f"{reference} ({agency}) — {'ecomap' if ecomap else 'genogram'}"
        suffix = path.suffix.lower()
        if suffix == ".svg":
            genogram_svg.write_svg(picture, title, path)
        elif suffix == ".pdf":
            genogram_pdf.write_pdf(picture, title, path)
        elif suffix == ".png":
            genogram_png.write_png(picture, title, path)
        else:
            raise UserError(LocalizedText(
                f"{path.name}: choose a file ending .svg, .pdf or .png for the drawing.",
                f"{path.name}: dewiswch ffeil sy'n gorffen â .svg, .pdf neu .png ar gyfer y llun."))


REPORT_TITLES = {
    ("inspector", False): LocalizedText("Genogram (built by the inspector)",
                                        "Genogram (wedi'i lunio gan yr arolygydd)"),
    ("agency", False): LocalizedText("Genogram (the agency's, transcribed)",
                                     "Genogram (un yr asiantaeth, wedi'i drawsgrifio)"),
    ("inspector", True): LocalizedText("Ecomap (built by the inspector)", "Ecomap (wedi'i lunio gan yr arolygydd)"),
    ("agency", True): LocalizedText("Ecomap (the agency's, transcribed)",
                                    "Ecomap (un yr asiantaeth, wedi'i drawsgrifio)"),
}


def report_pictures(context: ServiceContext, case_id: str, lang: str) -> tuple[tuple[str, notation.Picture], ...]:
    """The case report's drawings: each genogram the file has (and its ecomap, when it has one), overlay shown."""
    out = []
    with context.reading() as session:
        for source in ("inspector", "agency"):
            gid = Genograms._genogram_id(session, case_id, source)
            if gid is None:
                continue
            genogram = read_genogram(session, gid, source)
            if genogram.persons:
                out.append((REPORT_TITLES[(source, False)].get(lang), notation.genogram_picture(genogram, lang)))
            if genogram.eco_nodes:
                out.append((REPORT_TITLES[(source, True)].get(lang), ecomap_picture(genogram, lang)))
    return tuple(out)


def add_demo_genograms(context: ServiceContext, inspection_id: str, reference: str) -> None:
    """The demo's first tracked file gets an inspector-built genogram and ecomap and the agency's thinner one."""
    from jicpa_desktop.domain.genogram import samples

    with context.reading() as session:
        case_id = session.execute(text("SELECT id FROM case_file WHERE inspection_id = :i AND reference = :r"),
                                  {"i": inspection_id, "r": reference}).scalar()
    if case_id is None:
        return
    genograms = Genograms(context)
    genograms.replace_with(str(case_id), "inspector", samples.family_of_25())
    genograms.replace_with(str(case_id), "agency", samples.agency_transcription())


# -- the team merge: carried in packages, merged like answers ------------------------------------------------


def seal_and_gather(session: Session, case_ids: Sequence[str]) -> tuple[GenogramData, ...]:
    """The genograms of *case_ids* with every version, for a package; the versions leaving are sealed, so a
    later edit here makes a new version rather than rewriting one another laptop now has."""
    if not case_ids:
        return ()
    connection = driver(session)
    marks = ", ".join("?" * len(case_ids))
    connection.execute(f"UPDATE genogram_version SET sealed = 1 WHERE sealed = 0 AND case_id IN ({marks})",
                       list(case_ids))
    out = []
    for gid, case_id, source, created_at, created_by in connection.execute(
            f"SELECT id, case_id, source, created_at, created_by FROM genogram WHERE case_id IN ({marks}) "
            "ORDER BY id", list(case_ids)).fetchall():
        versions = tuple(
            GenogramVersionData(r[0], r[1], r[2], r[3], tuple(sorted(json.loads(r[4]))), r[5], r[6])
            for r in connection.execute(
                "SELECT id, element_id, field, value_json, parents_json, author, at FROM genogram_version "
                "WHERE genogram_id = ? ORDER BY element_id, field, at, id", (gid,)))
        out.append(GenogramData(gid, case_id, source, created_at, created_by, versions))
    return tuple(out)


def merge_genograms(session: Session, packages: Sequence[Any], *, actor: str, now: str) -> int:
    """Add the packages' genogram versions and recompute what is shown; returns the number of rows written
    (0 when every version was here already). Runs inside the import's transaction, after the case files."""
    connection = driver(session)
    # A case file whose id the merge replaced by a smaller one: its genograms follow it.
    for table in ("genogram", "genogram_value", "genogram_version", "genogram_conflict"):
        connection.execute(
            f"UPDATE {table} SET case_id = (SELECT canonical_id FROM id_alias WHERE entity = 'case_file' AND "
            f"alias_id = {table}.case_id) WHERE case_id IN (SELECT alias_id FROM id_alias WHERE entity = 'case_file')")
    written = 0
    for package in packages:
        data = package.data
        cases = {c.id: c for c in data.cases}
        for g in getattr(data, "genograms", ()):
            case_id = _local_case(connection, g.case_id, data.inspection.id, cases.get(g.case_id))
            if case_id is None:
                continue
            row = connection.execute("SELECT id, case_id, source FROM genogram WHERE id = ?", (g.id,)).fetchone()
            if row is None or (row[1], row[2]) != (case_id, g.source):
                row = connection.execute("SELECT id, case_id, source FROM genogram WHERE case_id = ? AND source = ?",
                                         (case_id, g.source)).fetchone()
            if row is None:
                connection.execute("INSERT INTO genogram (id, case_id, source, created_at, created_by) "
                                   "VALUES (?, ?, ?, ?, ?)", (g.id, case_id, g.source, g.created_at, g.created_by))
                gid = g.id
            else:
                gid = str(row[0])
            added = connection.executemany(
                "INSERT OR IGNORE INTO genogram_version (id, genogram_id, case_id, element_id, field, value_json, "
                "parents_json, author, at, sealed, package_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                [(v.id, gid, case_id, v.element_id, v.field, v.value_json, parents_json(v.parents), v.author, v.at,
                  package.manifest.package_id) for v in g.versions]).rowcount
            if not added:
                continue
            inspection_id = data.inspection.id
            writer = _Writer(session, gid, case_id, inspection_id, actor, now)
            writer.materialize((v.element_id, v.field) for v in g.versions)
            written += added + writer.changed
            audit.record(session, inspection_id=inspection_id, actor=actor, action="import", entity="genogram",
                         entity_id=gid, new={"versions": added, "package": package.manifest.package_id,
                                             "source": g.source}, at=now)
    return written


def _local_case(connection: Any, case_id: str, inspection_id: str, case: Any) -> str | None:
    if connection.execute("SELECT 1 FROM case_file WHERE id = ?", (case_id,)).fetchone():
        return case_id
    alias = connection.execute("SELECT canonical_id FROM id_alias WHERE entity = 'case_file' AND alias_id = ?",
                               (case_id,)).fetchone()
    if alias is not None:
        return str(alias[0])
    if case is None:
        return None
    row = connection.execute("SELECT id FROM case_file WHERE inspection_id = ? AND reference = ? AND agency = ?",
                             (inspection_id, case.reference, case.agency)).fetchone()
    return None if row is None else str(row[0])

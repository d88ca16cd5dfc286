"""What a package holds, as frozen records, with their JSON form and its checks.

Every record names rows by the stable UUIDs of the exporting database; the importer maps them. The
records a package holds by the ten thousand (versions, fields, audit events) are named tuples, which
cost a fraction of a frozen dataclass to build; the rest are frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from jicpa_desktop.package_format import checks as c
from jicpa_desktop.package_format import messages as say
from jicpa_desktop.package_format.errors import PackageError
from jicpa_desktop.package_format.genograms import GenogramData
from jicpa_desktop.package_format.observations import ObservationData

FORMAT_NAME = "jicpa-package"
# Version 2 carries the lead's plan changes: team members' last change and retirement, removed files
# (data/removed_cases.json) and conversation allocations (data/conversations.json). Version 1 still reads.
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
KINDS = ("inspector", "consolidated")
FIELD_ENTITIES = ("answer", "grade", "moderation")

MANIFEST = "manifest.json"
INSPECTION = "data/inspection.json"
CASES = "data/cases.json"
RESPONSES = "data/responses.json"
ROWS = "data/rows.json"
ANSWERS = "data/answers.json"
GRADES = "data/grades.json"
AUDIT = "data/audit.json"
ALIASES = "data/aliases.json"
# Optional (packages before the audit hash chain have none): the exporter's chain of the inspection's audit
# events, its length and head, and the hash of each position whose event the package leaves out.
AUDIT_CHAIN = "data/audit_chain.json"
# Optional (version 1 packages have neither): tombstones of removed case files, and who holds each of a
# tracked file's conversations.
REMOVED_CASES = "data/removed_cases.json"
CONVERSATIONS = "data/conversations.json"
DATA_ENTRIES = (INSPECTION, CASES, RESPONSES, ROWS, ANSWERS, GRADES, AUDIT, ALIASES)


def snapshot_entry(form_id: str, version: int) -> str:
    return f"forms/{form_id}/v{version}.json"


@dataclass(frozen=True, slots=True)
class TeamMemberData:
    id: str
    name: str
    inspectorate: str
    role: str
    created_at: str
    retired_at: str | None = None
    # The member's last change (edit, retirement, return) and who made it: the merge keeps the latest
    # (updated_at, updated_by). None in a version 1 package, which carries members only as first created.
    updated_at: str | None = None
    updated_by: str = ""

    def to_json(self) -> dict[str, Any]:
        item: dict[str, Any] = {
            "id": self.id, "name": self.name, "inspectorate": self.inspectorate, "role": self.role,
            "created_at": self.created_at,
        }
        if self.updated_at is not None:
            item.update(retired_at=self.retired_at, updated_at=self.updated_at, updated_by=self.updated_by)
        return item

    @staticmethod
    def parse(d: dict[str, Any], where: str) -> TeamMemberData:
        versioned = "updated_at" in d
        return TeamMemberData(
            c.stable_id(d, "id", where),
            c.text(d, "name", where, allow_empty=False),
            c.ident(d, "inspectorate", where),
            c.ident(d, "role", where),
            c.timestamp(d, "created_at", where),
            c.opt_timestamp(d, "retired_at", where) if versioned else None,
            c.timestamp(d, "updated_at", where) if versioned else None,
            c.text(d, "updated_by", where) if versioned else "",
        )


@dataclass(frozen=True, slots=True)
class RemovedCaseData:
    """A case file removed (added by mistake): its id stays removed on every laptop, whatever comes later."""

    id: str
    reference: str
    agency: str
    removed_at: str
    removed_by: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "reference": self.reference, "agency": self.agency, "removed_at": self.removed_at,
                "removed_by": self.removed_by}

    @staticmethod
    def parse(d: dict[str, Any], w: str) -> RemovedCaseData:
        return RemovedCaseData(
            c.stable_id(d, "id", w),
            c.text(d, "reference", w),
            c.text(d, "agency", w),
            c.timestamp(d, "removed_at", w),
            c.text(d, "removed_by", w),
        )


@dataclass(frozen=True, slots=True)
class ConversationData:
    """Who holds one of a tracked file's conversations (person: child, family, key_worker, ...); member None:
    unallocated. The merge keeps the latest (updated_at, updated_by) per (case, person)."""

    case_id: str
    person: str
    member_id: str | None
    updated_at: str
    updated_by: str

    def to_json(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "person": self.person, "member_id": self.member_id,
                "updated_at": self.updated_at, "updated_by": self.updated_by}

    @staticmethod
    def parse(d: dict[str, Any], w: str) -> ConversationData:
        return ConversationData(
            c.stable_id(d, "case_id", w),
            c.ident(d, "person", w),
            c.opt_stable_id(d, "member_id", w),
            c.timestamp(d, "updated_at", w),
            c.text(d, "updated_by", w),
        )


@dataclass(frozen=True, slots=True)
class InspectionData:
    id: str
    name: str
    local_authority: str
    start_date: str
    end_date: str
    inspectorates: tuple[str, ...]
    enabled_forms: tuple[str, ...]
    local_terms: dict[str, str]
    created_at: str
    updated_at: str
    team: tuple[TeamMemberData, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "local_authority": self.local_authority,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "inspectorates": list(self.inspectorates),
            "enabled_forms": list(self.enabled_forms),
            "local_terms": self.local_terms,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "team": [m.to_json() for m in self.team],
        }

    @staticmethod
    def parse(value: object) -> InspectionData:
        w = INSPECTION
        d = c.obj(value, w)
        team = tuple(
            TeamMemberData.parse(c.obj(m, f"{w} team[{i}]"), f"{w} team[{i}]")
            for i, m in enumerate(c.array(d.get("team"), f"{w}.team"))
        )
        return InspectionData(
            c.stable_id(d, "id", w),
            c.text(d, "name", w),
            c.text(d, "local_authority", w),
            c.text(d, "start_date", w),
            c.text(d, "end_date", w),
            c.text_list(d, "inspectorates", w),
            c.text_list(d, "enabled_forms", w),
            c.text_map(d, "local_terms", w),
            c.timestamp(d, "created_at", w),
            c.timestamp(d, "updated_at", w),
            team,
        )


@dataclass(frozen=True, slots=True)
class CaseData:
    id: str
    reference: str
    agency: str
    kind: str
    age_band: str
    inspector_id: str | None
    created_at: str
    updated_at: str

    @staticmethod
    def parse(d: dict[str, Any], w: str) -> CaseData:
        return CaseData(
            c.stable_id(d, "id", w),
            c.text(d, "reference", w, allow_empty=False),
            c.ident(d, "agency", w),
            c.ident(d, "kind", w),
            c.text(d, "age_band", w),
            c.opt_stable_id(d, "inspector_id", w),
            c.timestamp(d, "created_at", w),
            c.timestamp(d, "updated_at", w),
        )


@dataclass(frozen=True, slots=True)
class ResponseData:
    id: str
    case_id: str
    form_id: str
    form_version: int
    created_at: str
    updated_at: str
    updated_by: str

    @staticmethod
    def parse(d: dict[str, Any], w: str) -> ResponseData:
        return ResponseData(
            c.stable_id(d, "id", w),
            c.stable_id(d, "case_id", w),
            c.ident(d, "form_id", w),
            c.integer(d, "form_version", w, minimum=1),
            c.timestamp(d, "created_at", w),
            c.timestamp(d, "updated_at", w),
            c.text(d, "updated_by", w),
        )


@dataclass(frozen=True, slots=True)
class RowData:
    id: str
    response_id: str
    group_id: str
    position: float
    deleted: bool
    created_at: str
    updated_at: str
    updated_by: str

    @staticmethod
    def parse(d: dict[str, Any], w: str) -> RowData:
        return RowData(
            c.stable_id(d, "id", w),
            c.stable_id(d, "response_id", w),
            c.ident(d, "group_id", w),
            c.number(d, "position", w),
            c.boolean(d, "deleted", w),
            c.timestamp(d, "created_at", w),
            c.timestamp(d, "updated_at", w),
            c.text(d, "updated_by", w),
        )


class VersionData(NamedTuple):
    """One value a field has had: who gave it, when, and the versions it replaced (its parents)."""

    id: str
    parents: tuple[str, ...]
    value: object
    evidence: str
    author: str
    at: str

    @staticmethod
    def parse(d: dict[str, Any], w: str) -> VersionData:
        parents = c.array(d.get("parents"), f"{w}.parents")
        for i, p in enumerate(parents):
            if not isinstance(p, str) or not c.is_uuid(p):
                raise c.bad(f"{w}.parents[{i}]", say.SHOULD_BE_VERSION_ID)
        if len(set(parents)) != len(parents):
            raise c.bad(f"{w}.parents", say.REPEATS_A_VERSION)
        if "value" not in d:
            raise c.bad(f"{w}.value", say.IS_MISSING)
        return VersionData(
            c.stable_id(d, "id", w),
            tuple(sorted(parents)),
            c.json_value(d["value"], f"{w}.value"),
            c.text(d, "evidence", w),
            c.text(d, "author", w),
            c.timestamp(d, "at", w),
        )

    @staticmethod
    def parse_fast(d: object) -> VersionData | None:
        """What parse() returns for a well-formed version, or None: parse() then says what is wrong."""
        if type(d) is not dict or "value" not in d:
            return None
        vid, parents, value, evidence, author, at = (
            d.get("id"),
            d.get("parents"),
            d["value"],
            d.get("evidence"),
            d.get("author"),
            d.get("at"),
        )
        if not (c.is_id(vid) and type(parents) is list and c.is_text(evidence) and c.is_text(author) and c.is_time(at)):
            return None
        if parents:
            if not all(c.is_id(p) for p in parents) or len(set(parents)) != len(parents):
                return None
            parents = sorted(parents)
        if value is not None and type(value) is not str:
            try:
                value = c.json_value(value, "value")
            except PackageError:
                return None
        return VersionData(vid, tuple(parents), value, evidence, author, at)  # type: ignore[arg-type]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "parents": list(self.parents),
            "value": self.value,
            "evidence": self.evidence,
            "author": self.author,
            "at": self.at,
        }


class FieldData(NamedTuple):
    """One merge unit: an answer (value + evidence note), a form's grade, or its moderation."""

    entity: str
    response_id: str
    question_id: str
    row_id: str
    answer_id: str
    versions: tuple[VersionData, ...]

    @staticmethod
    def parse(d: dict[str, Any], w: str) -> FieldData:
        entity = d.get("entity")
        if entity not in FIELD_ENTITIES:
            raise c.bad(f"{w}.entity", say.SHOULD_BE_ONE_OF.text(choices=", ".join(FIELD_ENTITIES)))
        is_answer = entity == "answer"
        versions = tuple(
            VersionData.parse(c.obj(v, f"{w}.versions[{i}]"), f"{w}.versions[{i}]")
            for i, v in enumerate(c.array(d.get("versions"), f"{w}.versions"))
        )
        if not versions:
            raise c.bad(f"{w}.versions", say.IS_EMPTY)
        return FieldData(
            str(entity),
            c.stable_id(d, "response_id", w),
            c.ident(d, "question_id", w) if is_answer else c.ident(d, "question_id", w, allow_empty=True),
            c.stable_id(d, "row_id", w, allow_empty=True),
            c.stable_id(d, "answer_id", w) if is_answer else c.stable_id(d, "answer_id", w, allow_empty=True),
            versions,
        )

    @staticmethod
    def parse_fast(d: object) -> FieldData | None:
        """What parse() returns for a well-formed field, or None: parse() then says what is wrong."""
        if type(d) is not dict:
            return None
        entity, response_id, question_id, row_id, answer_id, raw = (
            d.get("entity"),
            d.get("response_id"),
            d.get("question_id"),
            d.get("row_id"),
            d.get("answer_id"),
            d.get("versions"),
        )
        if type(entity) is not str or entity not in FIELD_ENTITIES or type(raw) is not list or not raw:
            return None
        is_answer = entity == "answer"
        if not (
            c.is_id(response_id)
            and (c.is_ident(question_id) or (not is_answer and question_id == ""))
            and (row_id == "" or c.is_id(row_id))
            and (c.is_id(answer_id) or (not is_answer and answer_id == ""))
        ):
            return None
        versions = []
        for item in raw:
            version = VersionData.parse_fast(item)
            if version is None:
                return None
            versions.append(version)
        return FieldData(entity, response_id, question_id, row_id, answer_id, tuple(versions))  # type: ignore[arg-type]

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "response_id": self.response_id,
            "question_id": self.question_id,
            "row_id": self.row_id,
            "answer_id": self.answer_id,
            "versions": [v.to_json() for v in self.versions],
        }


class AuditData(NamedTuple):
    """An audit event; seq, prev_hash and hash are its links in the exporter's chain (None in older packages)."""

    id: str
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    field: str
    old_json: str | None
    new_json: str | None
    seq: int | None = None
    prev_hash: str | None = None
    hash: str | None = None

    @staticmethod
    def parse(d: dict[str, Any], w: str) -> AuditData:
        linked = any(d.get(k) is not None for k in ("seq", "prev_hash", "hash"))
        return AuditData(
            c.stable_id(d, "id", w),
            c.timestamp(d, "at", w),
            c.text(d, "actor", w),
            c.ident(d, "action", w),
            c.ident(d, "entity", w),
            c.text(d, "entity_id", w),
            c.text(d, "field", w),
            c.opt_text(d, "old_json", w),
            c.opt_text(d, "new_json", w),
            c.integer(d, "seq", w, minimum=1) if linked else None,
            c.sha256(d, "prev_hash", w) if linked else None,
            c.sha256(d, "hash", w) if linked else None,
        )

    @staticmethod
    def parse_fast(d: object) -> AuditData | None:
        """What parse() returns for a well-formed event, or None: parse() then says what is wrong."""
        if type(d) is not dict:
            return None
        eid, at, actor, action, entity, entity_id, field_name, old, new = (
            d.get("id"),
            d.get("at"),
            d.get("actor"),
            d.get("action"),
            d.get("entity"),
            d.get("entity_id"),
            d.get("field"),
            d.get("old_json"),
            d.get("new_json"),
        )
        seq, prev_hash, digest = d.get("seq"), d.get("prev_hash"), d.get("hash")
        if not (
            c.is_id(eid)
            and c.is_time(at)
            and c.is_text(actor)
            and c.is_ident(action)
            and c.is_ident(entity)
            and c.is_text(entity_id)
            and c.is_text(field_name)
            and (old is None or c.is_text(old))
            and (new is None or c.is_text(new))
        ):
            return None
        if seq is None and prev_hash is None and digest is None:
            return AuditData(eid, at, actor, action, entity, entity_id, field_name, old, new)  # type: ignore[arg-type]
        if not (type(seq) is int and seq >= 1 and c.is_sha256(prev_hash) and c.is_sha256(digest)):
            return None
        return AuditData(eid, at, actor, action, entity, entity_id, field_name, old, new,  # type: ignore[arg-type]
                         seq, prev_hash, digest)

    def to_json(self) -> dict[str, Any]:
        item: dict[str, Any] = {
            "id": self.id,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "field": self.field,
            "old_json": self.old_json,
            "new_json": self.new_json,
        }
        if self.seq is not None:
            item.update(seq=self.seq, prev_hash=self.prev_hash, hash=self.hash)
        return item


class ChainLink(NamedTuple):
    """A position of the exporter's audit chain whose event the package leaves out: only its hash."""

    seq: int
    hash: str


@dataclass(frozen=True, slots=True)
class AuditChainData:
    """The exporter's audit chain of the inspection: its length, its head, and the links of the positions left
    out (a partial package carries only some events); with the events, every position from 1 to length."""

    length: int
    head: str
    links: tuple[ChainLink, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"length": self.length, "head": self.head, "links": [{"seq": s, "hash": h} for s, h in self.links]}

    @staticmethod
    def parse(value: object) -> AuditChainData:
        w = AUDIT_CHAIN
        d = c.obj(value, w)
        links = []
        for i, item in enumerate(c.array(d.get("links"), f"{w}.links")):
            where = f"{w}.links[{i}]"
            ld = c.obj(item, where)
            links.append(ChainLink(c.integer(ld, "seq", where, minimum=1), c.sha256(ld, "hash", where)))
        return AuditChainData(c.integer(d, "length", w), c.sha256(d, "head", w), tuple(links))


@dataclass(frozen=True, slots=True)
class AliasData:
    entity: str
    alias_id: str
    canonical_id: str

    @staticmethod
    def parse(d: dict[str, Any], w: str) -> AliasData:
        return AliasData(c.ident(d, "entity", w), c.stable_id(d, "alias_id", w), c.stable_id(d, "canonical_id", w))


@dataclass(frozen=True, slots=True)
class SnapshotData:
    form_id: str
    version: int
    source_text: str
    standard_text: str

    @staticmethod
    def parse(value: object, w: str) -> SnapshotData:
        d = c.obj(value, w)
        return SnapshotData(
            c.ident(d, "form_id", w),
            c.integer(d, "version", w, minimum=1),
            c.text(d, "source_text", w),
            c.text(d, "standard_text", w),
        )


@dataclass(frozen=True, slots=True)
class Manifest:
    package_id: str
    kind: str
    app_version: str
    created_at: str
    created_by: str
    inspector: str
    inspection_id: str
    inspection_name: str
    encrypted: bool
    whole_inspection: bool
    case_ids: tuple[str, ...]
    form_versions: tuple[tuple[str, int], ...]
    counts: dict[str, int]
    entries: dict[str, tuple[str, int]] = field(default_factory=dict)  # name -> (sha256, size)
    format_version: int = FORMAT_VERSION

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "package_id": self.package_id,
            "kind": self.kind,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "inspector": self.inspector,
            "inspection": {"id": self.inspection_id, "name": self.inspection_name},
            "encrypted": self.encrypted,
            "scope": {"whole_inspection": self.whole_inspection, "case_ids": list(self.case_ids)},
            "form_versions": [{"form_id": f, "version": v} for f, v in self.form_versions],
            "counts": self.counts,
            "entries": [{"name": n, "sha256": h, "size": s} for n, (h, s) in sorted(self.entries.items())],
        }

    @staticmethod
    def parse(value: object) -> Manifest:
        w = MANIFEST
        d = c.obj(value, w)
        if d.get("format") != FORMAT_NAME:
            raise c.bad(w, say.NOT_A_MANIFEST)
        version = d.get("format_version")
        if type(version) is not int or version not in READABLE_VERSIONS:
            raise say.UNKNOWN_FORMAT_VERSION.error(version=version, supported=FORMAT_VERSION)
        kind = d.get("kind")
        if kind not in KINDS:
            raise c.bad(f"{w}.kind", say.SHOULD_BE_ONE_OF.text(choices=", ".join(KINDS)))
        inspection = c.obj(d.get("inspection"), f"{w}.inspection")
        scope = c.obj(d.get("scope"), f"{w}.scope")
        case_ids = c.array(scope.get("case_ids"), f"{w}.scope.case_ids")
        if not all(isinstance(i, str) and c.is_uuid(i) for i in case_ids):
            raise c.bad(f"{w}.scope.case_ids", say.SHOULD_LIST_CASE_IDS)
        forms = []
        for i, f in enumerate(c.array(d.get("form_versions"), f"{w}.form_versions")):
            fd = c.obj(f, f"{w}.form_versions[{i}]")
            forms.append(
                (
                    c.ident(fd, "form_id", f"{w}.form_versions[{i}]"),
                    c.integer(fd, "version", f"{w}.form_versions[{i}]", minimum=1),
                )
            )
        counts = c.obj(d.get("counts"), f"{w}.counts")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in counts.values()):
            raise c.bad(f"{w}.counts", say.SHOULD_HOLD_WHOLE_NUMBERS)
        entries: dict[str, tuple[str, int]] = {}
        for i, e in enumerate(c.array(d.get("entries"), f"{w}.entries")):
            ed = c.obj(e, f"{w}.entries[{i}]")
            name = c.text(ed, "name", f"{w}.entries[{i}]")
            digest = c.text(ed, "sha256", f"{w}.entries[{i}]")
            if len(digest) != 64 or any(ch not in "0123456789abcdef" for ch in digest):
                raise c.bad(f"{w}.entries[{i}].sha256", say.SHOULD_BE_SHA256)
            if name in entries or name == MANIFEST:
                raise c.bad(f"{w}.entries", say.LISTS_TWICE.text(name=name))
            entries[name] = (digest, c.integer(ed, "size", f"{w}.entries[{i}]"))
        return Manifest(
            package_id=c.stable_id(d, "package_id", w),
            kind=str(kind),
            app_version=c.text(d, "app_version", w),
            created_at=c.timestamp(d, "created_at", w),
            created_by=c.text(d, "created_by", w),
            inspector=c.text(d, "inspector", w),
            inspection_id=c.stable_id(inspection, "id", f"{w}.inspection"),
            inspection_name=c.text(inspection, "name", f"{w}.inspection"),
            encrypted=c.boolean(d, "encrypted", w),
            whole_inspection=c.boolean(scope, "whole_inspection", f"{w}.scope"),
            case_ids=tuple(case_ids),
            form_versions=tuple(forms),
            counts=dict(counts),
            entries=entries,
            format_version=version,
        )


@dataclass(frozen=True, slots=True)
class PackageData:
    """The data of one package (the manifest is built from it when writing)."""

    inspection: InspectionData
    cases: tuple[CaseData, ...]
    responses: tuple[ResponseData, ...]
    rows: tuple[RowData, ...]
    answers: tuple[FieldData, ...]
    grades: tuple[FieldData, ...]
    audit: tuple[AuditData, ...]
    aliases: tuple[AliasData, ...]
    snapshots: tuple[SnapshotData, ...]
    # None for a package written before the audit hash chain (its events are then linked on arrival).
    audit_chain: AuditChainData | None = None
    # Empty for a package written before genograms (data/genograms.json, package_format/genograms.py).
    genograms: tuple[GenogramData, ...] = ()
    # Empty for a version 1 package (data/removed_cases.json, data/conversations.json).
    removed_cases: tuple[RemovedCaseData, ...] = ()
    conversations: tuple[ConversationData, ...] = ()
    # Empty for a package written before meeting observations (data/observations.json).
    observations: tuple[ObservationData, ...] = ()

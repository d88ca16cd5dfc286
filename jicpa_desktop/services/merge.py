"""The lead's merge: packages into the store, field by field, the same whatever the order.

Why the result does not depend on order or repetition (docs/package-format.md has the long form):
- rows with stable ids are matched on id, then on their natural key; when two ids name one thing the
  smaller id wins everywhere and the other is recorded as an alias (min is order-free);
- value versions are only ever added (a set union), never changed, so the set after any sequence of
  imports is the union of everything seen;
- everything shown (answers, grades, moderations, open conflicts) is recomputed from that set by a
  pure rule: heads are versions nothing replaces; the shown head is the latest (time, then id);
  differing heads are a conflict whose id is derived from the field and the heads;
- row tombstones are sticky (deleted = any side deleted) and other row and case attributes take the
  latest (time, then value) — both order-free;
- team members and conversation allocations take the latest (time, author, value) of their last change;
- a removed case file's tombstone is sticky too: every tombstone of the run is gathered before any file is
  merged, the files it names are left out of every package and deleted here, so the result is the files of
  all packages minus all tombstones, whatever the order.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.roles import Role
from jicpa_desktop.package_format import (
    CaseData,
    ConversationData,
    FieldData,
    InspectionData,
    PackageData,
    RemovedCaseData,
    ResponseData,
    RowData,
    TeamMemberData,
)
from jicpa_desktop.package_format import messages as say
from jicpa_desktop.services import audit, audit_chain
from jicpa_desktop.services.allocation import delete_case_rows
from jicpa_desktop.services.conflicts import display as display_value
from jicpa_desktop.services.context import dumps
from jicpa_desktop.services.field_versions import (
    ANSWER,
    GRADE,
    MODERATION,
    VERSION_COLUMNS,
    FieldKey,
    Version,
    conflict_id,
    heads,
    in_conflict,
    parents_json,
    version_from_row,
)
from jicpa_desktop.services.genograms import merge_genograms
from jicpa_desktop.services.handover_types import ChangedAnswer
from jicpa_desktop.services.long_work import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from jicpa_desktop.services.observation_packages import merge_observations
from jicpa_desktop.services.package_export import _in, driver
from jicpa_desktop.services.package_import import FormLookup, LoadedPackage, PackageRefusedError
from jicpa_desktop.store.engine import INTEGRITY_ERRORS
from jicpa_desktop.store.tables import new_id

_NO_IDS: frozenset[str] = frozenset()


class _Rows:
    """The two things the merge asks of a query's result, on a plain sqlite3 cursor."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def first(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    def scalar(self) -> Any:
        row = self._cursor.fetchone()
        return None if row is None else row[0]


class Merge:
    """One import run inside the caller's write transaction; counts what it changed."""

    def __init__(self, session: Session, forms: FormLookup, *, actor: str, now: str) -> None:
        self.s = session
        self.forms = forms
        self.actor = actor
        self.now = now
        self.writes = 0
        self.new_cases: list[tuple[str, str]] = []
        self.removed_cases: list[tuple[str, str]] = []  # (reference, agency) deleted here by a tombstone
        self.new_responses = 0
        self.new_versions = 0
        self.touched: set[FieldKey] = set()
        self.answer_ids: dict[tuple[str, str, str], set[str]] = {}
        self.changed: list[ChangedAnswer] = []
        self._package: LoadedPackage | None = None
        # Every version of each field of the responses this run touched, as the store holds them, so
        # materialize need not read back what was just written. None once an id rename moved rows
        # under another response (rare): materialize then reads the store.
        self.versions: dict[FieldKey, list[Version]] | None = {}
        self._held: dict[str, tuple[FieldKey, Version, str | None]] = {}  # by version id
        self._responses_loaded: set[str] = set()

    # -- helpers -------------------------------------------------------------------------------------

    def _x(self, sql: str, params: dict[str, Any] | None = None) -> _Rows:
        # Straight to the driver: an import runs a few thousand of these point lookups, and SQLAlchemy's
        # overhead per statement (tens of microseconds) was most of their cost.
        return _Rows(driver(self.s).execute(sql, params or {}))

    def _write(self, sql: str, params: dict[str, Any] | Sequence[dict[str, Any]] | Sequence[tuple[Any, ...]]) -> None:
        if isinstance(params, dict):
            changed = driver(self.s).execute(sql, params).rowcount
        elif params:
            changed = driver(self.s).executemany(sql, params).rowcount
        else:
            return
        if changed:
            self.writes += 1

    def _refuse(self, message: say.Message, /, **values: object) -> PackageRefusedError:
        name = say.UNNAMED_PACKAGE.text() if self._package is None else LocalizedText(self._package.path.name)
        text, done = message.text(**values), say.NOTHING_IMPORTED
        return PackageRefusedError(
            LocalizedText(f"{name.en}: {text.en} {done.en}", f"{name.get('cy')}: {text.cy} {done.cy}"),
            str(message.problem),
        )

    def _alias_of(self, entity: str, alias_id: str) -> str | None:
        value = self._x(
            "SELECT canonical_id FROM id_alias WHERE entity = :e AND alias_id = :a", {"e": entity, "a": alias_id}
        ).scalar()
        return None if value is None else str(value)

    def _add_alias(self, entity: str, alias_id: str, canonical_id: str) -> None:
        self._write(
            "UPDATE id_alias SET canonical_id = :c WHERE entity = :e AND canonical_id = :a",
            {"c": canonical_id, "e": entity, "a": alias_id},
        )
        self._write(
            "INSERT OR IGNORE INTO id_alias (entity, alias_id, canonical_id) VALUES (:e, :a, :c)",
            {"e": entity, "a": alias_id, "c": canonical_id},
        )

    # -- one package -----------------------------------------------------------------------------------

    def package(self, package: LoadedPackage) -> None:
        self._package = package
        data = package.data
        self._inspection(data.inspection)
        members = {m.id: self._member(data.inspection.id, m) for m in data.inspection.team}
        cases = {c.id: self._case(data.inspection.id, c, members) for c in data.cases}
        responses = {r.id: self._response(r, cases[r.case_id]) for r in data.responses}
        self._conversations(data.inspection.id, data.conversations, cases, members)
        self._rows(data.rows, responses)
        self._fields(package, responses)
        self._audit(package)
        self.aliases(package, ("team_member", "case_file", "form_response"))
        self._snapshots(package)
        self._log(package)

    def _inspection(self, i: InspectionData) -> None:
        row = self._x(
            "SELECT name, local_authority, start_date, end_date, inspectorates_json, enabled_forms_json, "
            "local_terms_json, updated_at FROM inspection WHERE id = :i",
            {"i": i.id},
        ).first()
        incoming = [
            i.name,
            i.local_authority,
            i.start_date,
            i.end_date,
            list(i.inspectorates),
            list(i.enabled_forms),
            i.local_terms,
        ]
        params = {
            "id": i.id,
            "n": i.name,
            "la": i.local_authority,
            "s": i.start_date,
            "e": i.end_date,
            "ins": json.dumps(list(i.inspectorates)),
            "f": json.dumps(list(i.enabled_forms)),
            "lt": json.dumps(i.local_terms, ensure_ascii=False),
            "c": i.created_at,
            "u": i.updated_at,
        }
        if row is None:
            self._write(
                "INSERT INTO inspection (id, name, local_authority, start_date, end_date, inspectorates_json, "
                "enabled_forms_json, local_terms_json, created_at, updated_at) VALUES "
                "(:id, :n, :la, :s, :e, :ins, :f, :lt, :c, :u)",
                params,
            )
            return
        local = [row[0], row[1], row[2], row[3], json.loads(row[4]), json.loads(row[5]), json.loads(row[6])]
        if (i.updated_at, dumps(incoming)) > (row[7], dumps(local)):
            self._write(
                "UPDATE inspection SET name = :n, local_authority = :la, start_date = :s, end_date = :e, "
                "inspectorates_json = :ins, enabled_forms_json = :f, local_terms_json = :lt, updated_at = :u "
                "WHERE id = :id",
                params,
            )

    def _member(self, inspection_id: str, m: TeamMemberData) -> str:
        local = self._x("SELECT inspection_id FROM team_member WHERE id = :id", {"id": m.id}).first()
        if local is not None:
            # Matched on its stable id: a different name is the lead's edit (or an older one), settled below.
            if local[0] != inspection_id:
                raise self._refuse(say.MEMBER_ID_CLASH, id=m.id)
            self._member_change(inspection_id, m.id, m)
            return m.id
        alias = self._alias_of("team_member", m.id)
        if alias is not None:
            self._member_change(inspection_id, alias, m)
            return alias
        other = self._x(
            "SELECT id FROM team_member WHERE inspection_id = :i AND name = :n", {"i": inspection_id, "n": m.name}
        ).scalar()
        params = {
            "id": m.id, "i": inspection_id, "n": m.name, "ins": m.inspectorate, "r": m.role, "c": m.created_at,
            "rt": m.retired_at, "u": m.updated_at or m.created_at, "b": m.updated_by,
        }
        if other is None:
            self._write(
                "INSERT INTO team_member (id, inspection_id, name, inspectorate, role, created_at, retired_at, "
                "updated_at, updated_by) VALUES (:id, :i, :n, :ins, :r, :c, :rt, :u, :b)",
                params,
            )
            return m.id
        if m.id < other:
            self._write("UPDATE team_member SET id = :id, created_at = :c WHERE id = :old", {**params, "old": other})
            self._write("UPDATE case_file SET inspector_id = :id WHERE inspector_id = :old", {"id": m.id, "old": other})
            self._write(
                "UPDATE conversation_allocation SET member_id = :id WHERE member_id = :old", {"id": m.id, "old": other}
            )
            self._add_alias("team_member", other, m.id)
            self._member_change(inspection_id, m.id, m, always=m.updated_at is None)
            return m.id
        self._add_alias("team_member", m.id, other)
        self._member_change(inspection_id, str(other), m)
        return str(other)

    def _member_change(self, inspection_id: str, member_id: str, m: TeamMemberData, *, always: bool = False) -> None:
        """Keep the member's latest change: (updated_at, updated_by, values), the package's or this laptop's.

        A version 1 package carries no change time (members only as first created), so it changes nothing here,
        unless *always*: its smaller id took over a member of the same name, whose details it then carries.
        """
        if m.updated_at is None and not always:
            return
        local = self._x(
            "SELECT name, inspectorate, role, retired_at, CASE WHEN updated_at = '' THEN created_at ELSE updated_at "
            "END, updated_by FROM team_member WHERE id = :id",
            {"id": member_id},
        ).first()
        incoming = [m.name, m.inspectorate, m.role, m.retired_at]
        held = [local[0], local[1], local[2], local[3]]
        if incoming == held:
            return
        if not always and (m.updated_at, m.updated_by, dumps(incoming)) <= (local[4], local[5], dumps(held)):
            return
        if m.name != local[0]:
            taken = self._x(
                "SELECT 1 FROM team_member WHERE inspection_id = :i AND name = :n AND id != :id",
                {"i": inspection_id, "n": m.name, "id": member_id},
            ).first()
            if taken is not None:
                raise self._refuse(say.MEMBER_NAME_CLASH, name=m.name)
        if m.updated_at is None:  # a version 1 member: its details, not its (unknown) retirement or time
            self._write(
                "UPDATE team_member SET inspectorate = :ins, role = :r WHERE id = :id",
                {"ins": m.inspectorate, "r": m.role, "id": member_id},
            )
            return
        self._write(
            "UPDATE team_member SET name = :n, inspectorate = :ins, role = :r, retired_at = :rt, updated_at = :u, "
            "updated_by = :b WHERE id = :id",
            {"n": m.name, "ins": m.inspectorate, "r": m.role, "rt": m.retired_at, "u": m.updated_at,
             "b": m.updated_by, "id": member_id},
        )

    def _case(self, inspection_id: str, c: CaseData, members: dict[str, str]) -> str:
        inspector_id = members.get(c.inspector_id) if c.inspector_id else None
        select = (
            "SELECT id, inspection_id, reference, agency, kind, age_band, inspector_id, updated_at "
            "FROM case_file WHERE "
        )
        local = self._x(select + "id = :id", {"id": c.id}).first()
        if local is None:
            alias = self._alias_of("case_file", c.id)
            if alias is not None:
                local = self._x(select + "id = :id", {"id": alias}).first()
        if local is not None and (local[1], local[2], local[3]) != (inspection_id, c.reference, c.agency):
            raise self._refuse(say.CASE_ID_CLASH, id=c.id)
        if local is None:
            local = self._x(
                select + "inspection_id = :i AND reference = :r AND agency = :a",
                {"i": inspection_id, "r": c.reference, "a": c.agency},
            ).first()
        if local is None:
            self._write(
                "INSERT INTO case_file (id, inspection_id, reference, agency, kind, age_band, inspector_id, "
                "created_at, updated_at) VALUES (:id, :i, :r, :a, :k, :ab, :ins, :c, :u)",
                {
                    "id": c.id,
                    "i": inspection_id,
                    "r": c.reference,
                    "a": c.agency,
                    "k": c.kind,
                    "ab": c.age_band,
                    "ins": inspector_id,
                    "c": c.created_at,
                    "u": c.updated_at,
                },
            )
            self.new_cases.append((c.reference, c.agency))
            return c.id
        canonical = str(local[0])
        if c.id < canonical:
            self._write("UPDATE case_file SET id = :new WHERE id = :old", {"new": c.id, "old": canonical})
            self._write("UPDATE form_response SET case_id = :new WHERE case_id = :old", {"new": c.id, "old": canonical})
            self._write(
                "UPDATE conversation_allocation SET case_id = :new WHERE case_id = :old",
                {"new": c.id, "old": canonical},
            )
            self._add_alias("case_file", canonical, c.id)
            canonical = c.id
        elif c.id != canonical:
            self._add_alias("case_file", c.id, canonical)
        incoming = (c.updated_at, dumps([c.kind, c.age_band, inspector_id]))
        if incoming > (local[7], dumps([local[4], local[5], local[6]])):
            self._write(
                "UPDATE case_file SET kind = :k, age_band = :ab, inspector_id = :ins, updated_at = :u WHERE id = :id",
                {"k": c.kind, "ab": c.age_band, "ins": inspector_id, "u": c.updated_at, "id": canonical},
            )
        return canonical

    def _conversations(
        self,
        inspection_id: str,
        conversations: Iterable[ConversationData],
        cases: dict[str, str],
        members: dict[str, str],
    ) -> None:
        """Each conversation's allocation: the latest (updated_at, updated_by, member) of either side."""
        for a in conversations:
            case_id = cases.get(a.case_id)
            if case_id is None:
                continue
            member_id = members.get(a.member_id) if a.member_id else None
            local = self._x(
                "SELECT member_id, updated_at, updated_by FROM conversation_allocation WHERE case_id = :c "
                "AND person = :p",
                {"c": case_id, "p": a.person},
            ).first()
            if local is not None and (a.updated_at, a.updated_by, member_id or "") <= (
                local[1], local[2], local[0] or ""
            ):
                continue
            self._write(
                "INSERT INTO conversation_allocation (case_id, person, inspection_id, member_id, updated_at, "
                "updated_by) VALUES (:c, :p, :i, :m, :u, :b) ON CONFLICT (case_id, person) DO UPDATE SET "
                "member_id = excluded.member_id, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                {"c": case_id, "p": a.person, "i": inspection_id, "m": member_id, "u": a.updated_at,
                 "b": a.updated_by},
            )

    # -- removed files --------------------------------------------------------------------------------------

    def removals(self, packages: Sequence[LoadedPackage]) -> list[LoadedPackage]:
        """Record every tombstone the packages carry, delete the files they name here, and return the packages
        without those files (or anything under them), so no package brings a removed file back."""
        for package in packages:
            self._package = package
            for t in package.data.removed_cases:
                self._tombstone(package.data.inspection.id, t)
        self._package = None
        # A tombstone removes a file of its own inspection only (ids are UUIDs; this guards a crafted package).
        removed = {
            (str(r[0]), str(r[1])) for r in self._x("SELECT case_id, inspection_id FROM case_tombstone").fetchall()
        }
        if not removed:
            return list(packages)
        for case_id, inspection_id, reference, agency, kind, inspector, removed_at, removed_by in _in(
            self.s,
            "SELECT c.id, c.inspection_id, c.reference, c.agency, c.kind, t.name, s.removed_at, s.removed_by "
            "FROM case_file c JOIN case_tombstone s ON s.case_id = c.id AND s.inspection_id = c.inspection_id "
            "LEFT JOIN team_member t ON t.id = c.inspector_id WHERE c.id IN ({ids})",
            sorted(case_id for case_id, _ in removed),
        ):
            delete_case_rows(self.s, case_id)
            self.writes += 1
            self.removed_cases.append((reference, agency))
            audit.record(
                self.s, inspection_id=inspection_id, actor=self.actor, action="delete", entity="case_file",
                entity_id=case_id, old={"reference": reference, "agency": agency, "kind": kind,
                                        "inspector": inspector},
                new={"removed_by": removed_by, "removed_at": removed_at}, at=self.now,
            )
        return [
            self._without(package, {c for c, i in removed if i == package.data.inspection.id}) for package in packages
        ]

    def _tombstone(self, inspection_id: str, t: RemovedCaseData) -> None:
        local = self._x("SELECT removed_at, removed_by FROM case_tombstone WHERE case_id = :c", {"c": t.id}).first()
        if local is None:
            self._write(
                "INSERT INTO case_tombstone (case_id, inspection_id, reference, agency, removed_at, removed_by) "
                "VALUES (:c, :i, :r, :a, :t, :b)",
                {"c": t.id, "i": inspection_id, "r": t.reference, "a": t.agency, "t": t.removed_at,
                 "b": t.removed_by},
            )
        elif (t.removed_at, t.removed_by) < (local[0], local[1]):  # removed on two laptops: the first says when
            self._write(
                "UPDATE case_tombstone SET removed_at = :t, removed_by = :b WHERE case_id = :c",
                {"t": t.removed_at, "b": t.removed_by, "c": t.id},
            )

    def _without(self, package: LoadedPackage, removed: set[str]) -> LoadedPackage:
        data = package.data
        gone = {
            c.id for c in data.cases if c.id in removed or self._alias_of("case_file", c.id) in removed
        }
        if not gone:
            return package
        responses = {r.id for r in data.responses if r.case_id in gone}
        kept: PackageData = replace(
            data,
            cases=tuple(c for c in data.cases if c.id not in gone),
            responses=tuple(r for r in data.responses if r.id not in responses),
            rows=tuple(r for r in data.rows if r.response_id not in responses),
            answers=tuple(f for f in data.answers if f.response_id not in responses),
            grades=tuple(f for f in data.grades if f.response_id not in responses),
            genograms=tuple(g for g in data.genograms if g.case_id not in gone),
            conversations=tuple(a for a in data.conversations if a.case_id not in gone),
        )
        return replace(package, data=kept)

    def _rename_response(self, old: str, new: str) -> None:
        for table, column in (
            ("form_response", "id"),
            ("answer", "response_id"),
            ("repeat_row", "response_id"),
            ("field_version", "response_id"),
            ("merge_conflict", "response_id"),
            ("grade_moderation", "response_id"),
        ):
            self._write(f"UPDATE {table} SET {column} = :new WHERE {column} = :old", {"new": new, "old": old})
        self.versions = None
        self.touched = {(e, new if r == old else r, q, w) for e, r, q, w in self.touched}
        self.answer_ids = {(new if r == old else r, q, w): a for (r, q, w), a in self.answer_ids.items()}
        self._add_alias("form_response", old, new)

    def _response(self, r: ResponseData, case_id: str) -> str:
        select = "SELECT id, case_id, form_id, updated_at, updated_by FROM form_response WHERE "
        local = self._x(select + "id = :id", {"id": r.id}).first()
        if local is None:
            alias = self._alias_of("form_response", r.id)
            if alias is not None:
                local = self._x(select + "id = :id", {"id": alias}).first()
        if local is not None and (local[1], local[2]) != (case_id, r.form_id):
            raise self._refuse(say.RESPONSE_ID_CLASH, id=r.id)
        if local is None:
            local = self._x(select + "case_id = :c AND form_id = :f", {"c": case_id, "f": r.form_id}).first()
        if local is None:
            self._write(
                "INSERT INTO form_response (id, case_id, form_id, form_version, suggested_grade, final_grade, "
                "override_reason, escalated, created_at, updated_at, updated_by) VALUES "
                "(:id, :c, :f, :v, NULL, NULL, '', 0, :ca, :u, :b)",
                {
                    "id": r.id,
                    "c": case_id,
                    "f": r.form_id,
                    "v": r.form_version,
                    "ca": r.created_at,
                    "u": r.updated_at,
                    "b": r.updated_by,
                },
            )
            self.new_responses += 1
            return r.id
        canonical = str(local[0])
        if r.id < canonical:
            self._rename_response(canonical, r.id)
            self._write(
                "UPDATE form_response SET form_version = :v, created_at = :c WHERE id = :id",
                {"v": r.form_version, "c": r.created_at, "id": r.id},
            )
            canonical = r.id
        elif r.id != canonical:
            self._add_alias("form_response", r.id, canonical)
        if (r.updated_at, r.updated_by) > (local[3], local[4]):
            self._write(
                "UPDATE form_response SET updated_at = :u, updated_by = :b WHERE id = :id",
                {"u": r.updated_at, "b": r.updated_by, "id": canonical},
            )
        return canonical

    def _rows(self, rows: Iterable[RowData], responses: dict[str, str]) -> None:
        inserts = []
        for row in rows:
            response_id = responses[row.response_id]
            local = self._x(
                "SELECT response_id, group_id, position, deleted, updated_at, updated_by FROM repeat_row "
                "WHERE id = :id",
                {"id": row.id},
            ).first()
            if local is None:
                inserts.append(
                    {
                        "id": row.id,
                        "r": response_id,
                        "g": row.group_id,
                        "p": row.position,
                        "d": row.deleted,
                        "c": row.created_at,
                        "u": row.updated_at,
                        "b": row.updated_by,
                    }
                )
                continue
            if (local[0], local[1]) != (response_id, row.group_id):
                raise self._refuse(say.ROW_ID_CLASH, id=row.id)
            deleted = bool(local[3]) or row.deleted
            latest = max((local[4], local[5], float(local[2])), (row.updated_at, row.updated_by, row.position))
            if (deleted, latest) != (bool(local[3]), (local[4], local[5], float(local[2]))):
                self._write(
                    "UPDATE repeat_row SET deleted = :d, updated_at = :u, updated_by = :b, position = :p "
                    "WHERE id = :id",
                    {"d": deleted, "u": latest[0], "b": latest[1], "p": latest[2], "id": row.id},
                )
        self._write(
            "INSERT INTO repeat_row (id, response_id, group_id, position, deleted, created_at, updated_at, "
            "updated_by) VALUES (:id, :r, :g, :p, :d, :c, :u, :b)",
            inserts,
        )

    def _fields(self, package: LoadedPackage, responses: dict[str, str]) -> None:
        fields = (*package.data.answers, *package.data.grades)
        self._load_versions({responses[f.response_id] for f in fields})
        existing = self._held_versions(fields)
        created = (package.manifest.created_at, package.manifest.package_id)
        inserts, provenance, settled = [], [], []
        for f in fields:
            key: FieldKey = (f.entity, responses[f.response_id], f.question_id, f.row_id)
            added = False
            for v in f.versions:
                value_json = dumps(v.value)
                old = existing.get(v.id)
                if old is None:
                    inserts.append(
                        (
                            v.id,
                            *key,
                            value_json,
                            v.evidence,
                            parents_json(v.parents),
                            v.author,
                            v.at,
                            created[1],
                            created[0],
                        )
                    )
                    self._hold(key, Version(v.id, v.parents, value_json, v.evidence, v.author, v.at, True, created[1]))
                    added = True
                    continue
                held_key, held, held_created = old
                if (held_key, held.value_json, held.evidence_note, held.parents, held.author, held.at) != (
                    key,
                    value_json,
                    v.evidence,
                    v.parents,
                    v.author,
                    v.at,
                ):
                    raise self._altered(v.id)
                if held.package_id is not None and created < (held_created or "", held.package_id):
                    provenance.append({"id": v.id, "pk": created[1], "pc": created[0]})
                    self._hold(key, held._replace(package_id=created[1]), created[0])
            if added:
                self.touched.add(key)
            if f.entity == ANSWER:
                self.answer_ids.setdefault((key[1], key[2], key[3]), set()).add(f.answer_id)
                if not added:
                    settled.append((key, f.answer_id))
        # A field with nothing new still needs its answer row if this laptop never had that answer.
        if settled:
            ids = [answer_id for _, answer_id in settled]
            known = {r[0] for r in _in(self.s, "SELECT id FROM answer WHERE id IN ({ids})", ids)}
            known |= {
                r[0]
                for r in _in(
                    self.s, "SELECT alias_id FROM id_alias WHERE entity = 'answer' AND alias_id IN ({ids})", ids
                )
            }
            self.touched.update(key for key, answer_id in settled if answer_id not in known)
        try:
            self._write(
                "INSERT INTO field_version (id, entity, response_id, question_id, row_id, value_json, "
                "evidence_note, parents_json, author, at, sealed, package_id, package_created_at) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                inserts,
            )
        except INTEGRITY_ERRORS:
            # A version id this laptop holds for another file's field (the in-memory check sees only
            # the files this package names): find which, for the message; the import is rolled back.
            clash = _in(self.s, "SELECT id FROM field_version WHERE id IN ({ids})", [row[0] for row in inserts])
            raise self._altered(clash[0][0] if clash else "") from None
        self._write("UPDATE field_version SET package_id = :pk, package_created_at = :pc WHERE id = :id", provenance)
        self.new_versions += len(inserts)

    def _altered(self, version_id: str) -> PackageRefusedError:
        return self._refuse(say.VERSION_ALTERED, id=version_id)

    def _load_versions(self, response_ids: set[str]) -> None:
        """Hold in memory what the store has for responses first touched now, before anything is added."""
        fresh = sorted(response_ids - self._responses_loaded)
        self._responses_loaded.update(fresh)
        if self.versions is None or not fresh:
            return
        for key, version, package_created_at in read_versions(self.s, fresh):
            self._hold(key, version, package_created_at)

    def _hold(self, key: FieldKey, version: Version, package_created_at: str | None = None) -> None:
        """Add (or replace, by id) a version in what the run holds in memory."""
        previous = self._held.get(version.id)
        self._held[version.id] = (key, version, package_created_at)
        if self.versions is None:
            return
        listed = self.versions.setdefault(key, [])
        if previous is None:
            listed.append(version)
        else:
            listed[:] = [version if x.id == version.id else x for x in listed]

    def _held_versions(self, fields: Sequence[FieldData]) -> dict[str, tuple[FieldKey, Version, str | None]]:
        """The versions among *fields* this laptop already has, by id, with their field and provenance."""
        ids = [v.id for f in fields for v in f.versions]
        if self.versions is not None:
            # Every stored version of these responses is held; one stored under another file's
            # field would clash on insert, which _fields turns into the same refusal.
            held = self._held
            return {i: held[i] for i in ids if i in held}
        found: dict[str, tuple[FieldKey, Version, str | None]] = {}
        for key, version, package_created_at in read_versions(self.s, ids, by="id"):
            found[version.id] = (key, version, package_created_at)
        return found

    def _audit(self, package: LoadedPackage) -> None:
        # An event is immutable and named by its UUID, so one already held (from an earlier package, or made
        # here) is the same event and is skipped. The new ones are linked, in the sender's chain order, at the
        # end of this laptop's chain of the inspection (docs/audit-trail.md, "Events from other laptops"):
        # the sender's chain was checked whole when the package was read.
        inspection_id = package.data.inspection.id
        events = package.data.audit
        held = {r[0] for r in _in(self.s, "SELECT id FROM audit_event WHERE id IN ({ids})", [e.id for e in events])}
        fresh = []
        for event in events:
            if event.id not in held:
                held.add(event.id)
                fresh.append(event[:9])
        if fresh:
            audit_chain.append(driver(self.s), inspection_id, fresh)
            self.writes += 1

    def aliases(self, package: LoadedPackage, entities: tuple[str, ...]) -> None:
        """Record the package's retired ids of *entities* against what they name here."""
        for a in package.data.aliases:
            if a.entity not in entities:
                continue
            live = f"SELECT 1 FROM {a.entity} WHERE id = :id"
            if self._x(live, {"id": a.canonical_id}).first() is not None:
                canonical: str | None = a.canonical_id
            else:
                canonical = self._alias_of(a.entity, a.canonical_id)
            if canonical is None or self._x(live, {"id": a.alias_id}).first() is not None:
                continue
            if self._alias_of(a.entity, a.alias_id) is None and a.alias_id != canonical:
                self._add_alias(a.entity, a.alias_id, canonical)

    def _snapshots(self, package: LoadedPackage) -> None:
        for s in package.data.snapshots:
            if (
                self._x(
                    "SELECT 1 FROM form_snapshot WHERE form_id = :f AND version = :v", {"f": s.form_id, "v": s.version}
                ).first()
                is None
            ):
                self._write(
                    "INSERT INTO form_snapshot (form_id, version, source_text, standard_text, created_at) "
                    "VALUES (:f, :v, :s, :st, :t)",
                    {"f": s.form_id, "v": s.version, "s": s.source_text, "st": s.standard_text, "t": self.now},
                )

    def _log(self, package: LoadedPackage) -> None:
        m = package.manifest
        if self._x("SELECT 1 FROM package_log WHERE package_id = :p", {"p": m.package_id}).first() is not None:
            return
        summary: dict[str, object] = {
            "cases": len(package.data.cases),
            "versions": sum(len(f.versions) for f in (*package.data.answers, *package.data.grades)),
        }
        chain = package.data.audit_chain
        if chain is not None:
            # The sender's chain as checked on arrival: this laptop's own chain now vouches for it.
            summary["sender_audit_chain"] = {"length": chain.length, "head": chain.head}
        self._write(
            "INSERT INTO package_log (id, package_id, direction, inspection_id, kind, inspector, created_by, "
            "created_at, app_version, format_version, encrypted, file_name, file_sha256, logged_at, logged_by, "
            "summary_json) VALUES (:id, :p, 'import', :i, :k, :n, :b, :c, :av, :fv, :e, :f, :h, :t, :a, :s)",
            {
                "id": new_id(),
                "p": m.package_id,
                "i": m.inspection_id,
                "k": m.kind,
                "n": m.inspector,
                "b": m.created_by,
                "c": m.created_at,
                "av": m.app_version,
                "fv": m.format_version,
                "e": m.encrypted,
                "f": package.path.name,
                "h": package.info.file_sha256,
                "t": self.now,
                "a": self.actor,
                "s": dumps(summary),
            },
        )
        audit.record(
            self.s,
            inspection_id=m.inspection_id,
            actor=self.actor,
            action="import",
            entity="package",
            entity_id=m.package_id,
            new={"file": package.path.name, "inspector": m.inspector, "kind": m.kind, **summary},
            at=self.now,
        )

    # -- recomputing what is shown ----------------------------------------------------------------------

    def materialize(self, keys: set[FieldKey] | None = None) -> None:
        materialize(
            self.s,
            self.touched if keys is None else keys,
            self.forms.get,
            actor=self.actor,
            now=self.now,
            answer_ids=self.answer_ids,
            merge=self,
            versions=self.versions,
        )


def materialize(
    session: Session,
    keys: set[FieldKey],
    form_of: Any,
    *,
    actor: str,
    now: str,
    answer_ids: dict[tuple[str, str, str], set[str]] | None = None,
    merge: Merge | None = None,
    versions: dict[FieldKey, list[Version]] | None = None,
) -> None:
    """Recompute answers, grades, moderations and conflicts of *keys* from their versions (order-free).

    *versions*, when given, must hold every stored version of every key (Merge keeps it so); otherwise
    they are read from the store.
    """
    if not keys:
        return
    answer_ids = answer_ids or {}

    def write(sql: str, params: dict[str, Any] | Sequence[dict[str, Any]] | Sequence[tuple[Any, ...]]) -> None:
        if isinstance(params, dict):
            changed = driver(session).execute(sql, params).rowcount
        elif params:
            changed = driver(session).executemany(sql, params).rowcount
        else:
            return
        if changed and merge is not None:
            merge.writes += 1

    response_ids = sorted({k[1] for k in keys})
    if versions is None:
        versions = defaultdict(list)
        for key, version, _ in read_versions(session, response_ids):
            if key in keys:
                versions[key].append(version)
    answers = {
        (r[0], r[1], r[2]): r
        for r in _in(
            session,
            "SELECT response_id, question_id, row_id, id, value_json, evidence_note, updated_at, updated_by "
            "FROM answer WHERE response_id IN ({ids})",
            response_ids,
        )
    }
    responses = {
        r[0]: r
        for r in _in(
            session,
            "SELECT r.id, r.form_id, r.form_version, r.final_grade, r.override_reason, r.suggested_grade, "
            "r.escalated, r.updated_at, r.updated_by, c.reference, c.agency, c.inspection_id "
            "FROM form_response r JOIN case_file c ON c.id = r.case_id WHERE r.id IN ({ids})",
            response_ids,
        )
    }
    moderations = {
        r[0]: r
        for r in _in(
            session,
            "SELECT response_id, original_grade, moderated_grade, reason, moderator, moderated_at, version_id "
            "FROM grade_moderation WHERE response_id IN ({ids})",
            response_ids,
        )
    }
    conflicts: dict[FieldKey, list[tuple[str, str]]] = defaultdict(list)
    for r in _in(
        session,
        "SELECT id, entity, response_id, question_id, row_id, status FROM merge_conflict WHERE response_id IN ({ids})",
        response_ids,
    ):
        conflicts[(r[1], r[2], r[3], r[4])].append((r[0], r[5]))
    latest: dict[str, tuple[str, str]] = {}
    shown_as: dict[tuple[str, int, str, str, str], str] = {}

    def display(form: Any, entity: str, question_id: str, value_json: str) -> str:
        key = (form.id if form else "", form.version if form else 0, entity, question_id, value_json)
        if key not in shown_as:
            shown_as[key] = display_value(form, entity, question_id, value_json)
        return shown_as[key]

    forms = {r: form_of(row[1], row[2]) for r, row in responses.items()}
    answer_inserts: list[tuple[Any, ...]] = []
    answer_updates, changed = [], []
    for key in sorted(keys):
        entity, response_id, question_id, row_id = key
        held = versions.get(key)
        if not held or response_id not in responses:
            continue
        field_heads = held if len(held) == 1 else heads(held)
        top = field_heads[0]
        response = responses[response_id]
        form = forms[response_id]
        if (top.at, top.author) > latest.get(response_id, (response[7], response[8])):
            latest[response_id] = (top.at, top.author)
        old_display: str | None = None
        if entity == ANSWER:
            natural = (response_id, question_id, row_id)
            local = answers.get(natural)
            others = answer_ids.get(natural, _NO_IDS)
            candidates = [*others, *([local[3]] if local else [])]
            target = min(candidates) if candidates else new_id()
            if local is None:
                value, note, at, author = top.value_json, top.evidence_note, top.at, top.author
                answer_inserts.append((target, response_id, question_id, row_id, value, note, response[2], at, author))
                if top.value_json != "null" or top.evidence_note:
                    old_display = ""
            else:
                if local[3] != target:
                    write("UPDATE answer SET id = :new WHERE id = :old", {"new": target, "old": local[3]})
                    _alias(write, "answer", local[3], target)
                if (local[4], local[5], local[6], local[7]) != (top.value_json, top.evidence_note, top.at, top.author):
                    answer_updates.append(
                        {"id": target, "v": top.value_json, "n": top.evidence_note, "t": top.at, "a": top.author}
                    )
                if (local[4], local[5]) != (top.value_json, top.evidence_note):
                    old_display = display(form, entity, question_id, local[4])
            if len(others) > 1 or (others and target not in others):  # ids to retire: rare
                for other in sorted(others - {target, local[3] if local else ""}):
                    _alias(write, "answer", other, target)
            escalation = form.with_role(Role.ESCALATION) if form is not None else None
            if escalation is not None and question_id == escalation.id:
                escalated = top.value_json == '"yes"'
                if bool(response[6]) != escalated:
                    write("UPDATE form_response SET escalated = :e WHERE id = :r", {"e": escalated, "r": response_id})
        elif entity == GRADE:
            value = json.loads(top.value_json)
            wanted = (value["final_grade"], value["override_reason"], value["suggested_grade"])
            if wanted != (response[3], response[4], response[5]):
                old_display = display(
                    form, GRADE, "", dumps({"final_grade": response[3], "override_reason": response[4]})
                )
                write(
                    "UPDATE form_response SET final_grade = :g, override_reason = :why, suggested_grade = :s "
                    "WHERE id = :r",
                    {"g": wanted[0], "why": wanted[1], "s": wanted[2], "r": response_id},
                )
        elif entity == MODERATION:
            value = json.loads(top.value_json)
            row = (response_id, value["original_grade"], value["grade"], value["reason"], top.author, top.at, top.id)
            current = moderations.get(response_id)
            if current is None or tuple(current) != row:
                old_display = "" if current is None else f"{current[2]} ({current[3]})"
                write(
                    "INSERT OR REPLACE INTO grade_moderation (response_id, inspection_id, original_grade, "
                    "moderated_grade, reason, moderator, moderated_at, version_id) VALUES "
                    "(:r, :i, :o, :g, :why, :a, :t, :v)",
                    {
                        "r": response_id,
                        "i": response[11],
                        "o": row[1],
                        "g": row[2],
                        "why": row[3],
                        "a": row[4],
                        "t": row[5],
                        "v": row[6],
                    },
                )
        if old_display is not None:
            changed.append(
                ChangedAnswer(
                    response[9],
                    response[10],
                    response[1],
                    question_id or entity,
                    row_id,
                    old_display,
                    display(form, entity, question_id, top.value_json),
                    top.author,
                    top.at,
                )
            )
        known = conflicts.get(key, [])
        if len(field_heads) > 1 and in_conflict(field_heads):
            wanted_id = conflict_id(key, field_heads)
            if all(cid != wanted_id for cid, _ in known):
                write(
                    "INSERT INTO merge_conflict (id, inspection_id, entity, response_id, question_id, row_id, "
                    "heads_json, status, detected_at, resolved_at, resolved_by, reason, resolution_version_id) "
                    "VALUES (:id, :i, :e, :r, :q, :w, :h, 'open', :t, NULL, '', '', NULL)",
                    {
                        "id": wanted_id,
                        "i": response[11],
                        "e": entity,
                        "r": response_id,
                        "q": question_id,
                        "w": row_id,
                        "h": json.dumps(sorted(h.id for h in field_heads)),
                        "t": now,
                    },
                )
            for cid, status in known:
                if status == "open" and cid != wanted_id:
                    write("UPDATE merge_conflict SET status = 'superseded' WHERE id = :id", {"id": cid})
        else:
            for cid, status in known:
                if status != "open":
                    continue
                write(
                    "UPDATE merge_conflict SET status = 'resolved', resolved_at = :t, resolved_by = :a, "
                    "reason = :why, resolution_version_id = :v WHERE id = :id",
                    {
                        "t": top.at,
                        "a": top.author,
                        "why": "settled by a later value from another laptop",
                        "v": top.id,
                        "id": cid,
                    },
                )
                audit.record(
                    session,
                    inspection_id=response[11],
                    actor=actor,
                    action="settle",
                    entity="merge_conflict",
                    entity_id=cid,
                    field=question_id or entity,
                    new={"version": top.id, "author": top.author},
                    at=now,
                )
    write(
        "INSERT INTO answer (id, response_id, question_id, row_id, value_json, evidence_note, form_version, "
        "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        answer_inserts,
    )
    write(
        "UPDATE answer SET value_json = :v, evidence_note = :n, updated_at = :t, updated_by = :a WHERE id = :id",
        answer_updates,
    )
    write(
        "UPDATE form_response SET updated_at = :t, updated_by = :a WHERE id = :r",
        [{"t": t, "a": a, "r": r} for r, (t, a) in latest.items()],
    )
    if merge is not None:
        merge.changed.extend(changed)


def read_versions(
    session: Session, response_ids: Sequence[str], *, by: str = "response_id"
) -> Iterator[tuple[FieldKey, Version, str | None]]:
    """Every stored version of the fields of *response_ids* (or, by="id", the versions with those ids),
    with its field and the creation time of the package that brought it."""
    for r in _in(
        session,
        f"SELECT entity, response_id, question_id, row_id, {VERSION_COLUMNS}, package_created_at "
        f"FROM field_version WHERE {by} IN ({{ids}})",
        response_ids,
    ):
        yield (r[0], r[1], r[2], r[3]), version_from_row(r[4:12]), r[12]


def _alias(write: Any, entity: str, alias_id: str, canonical_id: str) -> None:
    write(
        "UPDATE id_alias SET canonical_id = :c WHERE entity = :e AND canonical_id = :a",
        {"c": canonical_id, "e": entity, "a": alias_id},
    )
    write(
        "INSERT OR IGNORE INTO id_alias (entity, alias_id, canonical_id) VALUES (:e, :a, :c)",
        {"e": entity, "a": alias_id, "c": canonical_id},
    )


def run_merge(
    session: Session,
    packages: Sequence[LoadedPackage],
    forms: FormLookup,
    *,
    actor: str,
    now: str,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> Merge:
    """Merge *packages* (in a fixed order; the result does not depend on it) inside the caller's transaction."""
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    merge = Merge(session, forms, actor=actor, now=now)
    ordered = sorted(packages, key=lambda p: (p.manifest.created_at, p.manifest.package_id))
    # Tombstones first, from every package of the run: a removed file is then left out of all of them.
    ordered = merge.removals(ordered)
    for done, package in enumerate(ordered):
        cancel.check()
        progress(done, len(ordered) + 1, f"Merging {package.path.name}")
        merge.package(package)
    cancel.check()
    progress(len(ordered), len(ordered) + 1, "Recomputing answers and conflicts")
    merge.materialize()
    # Answer rows exist only once materialized, so retired answer ids are recorded after that: in
    # package order they would be dropped when the answer they name came in the same batch.
    for package in ordered:
        merge.aliases(package, ("answer",))
    merge.writes += merge_genograms(session, ordered, actor=actor, now=now)
    merge.writes += merge_observations(session, ordered, actor=actor, now=now)
    return merge

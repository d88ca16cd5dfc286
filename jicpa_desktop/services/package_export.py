"""Exporting an inspection (all of it, one inspector's files, or chosen files) as a .jicpa package."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop import __version__
from jicpa_desktop.domain.audit_hash import GENESIS
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.package_format import (
    AliasData,
    AuditChainData,
    AuditData,
    CaseData,
    ChainLink,
    ConversationData,
    FieldData,
    InspectionData,
    Manifest,
    PackageData,
    PackageError,
    RemovedCaseData,
    ResponseData,
    RowData,
    SnapshotData,
    TeamMemberData,
    VersionData,
    write_package,
)
from jicpa_desktop.services import audit, audit_chain, export_files
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.field_versions import ANSWER, GRADE, base_version_id, grade_payload
from jicpa_desktop.services.genograms import seal_and_gather
from jicpa_desktop.services.handover_types import ExportResult
from jicpa_desktop.services.long_work import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from jicpa_desktop.services.observation_packages import gather_observations, observed_ids
from jicpa_desktop.services.passphrases import new_passphrase_problem
from jicpa_desktop.store.engine import as_driver_connection
from jicpa_desktop.store.tables import new_id

CHUNK = 500


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def driver(session: Session) -> sqlite3.Connection:
    """The session's own SQLite connection (inside its transaction), for bulk statements without per-row
    SQLAlchemy overhead; named parameters (:name) work the same."""
    return as_driver_connection(session.connection().connection.driver_connection)


def _in(session: Session, sql: str, ids: Sequence[str], *before: object) -> list[Any]:
    """Run *sql* (with an `{ids}` placeholder and `?` parameters *before* it) over *ids* in chunks."""
    rows: list[Any] = []
    connection = driver(session)
    for part in chunks(ids):
        statement = sql.format(ids=", ".join("?" * len(part)))
        rows.extend(connection.execute(statement, (*before, *part)).fetchall())
    return rows


def _inspection(session: Session, inspection_id: str) -> InspectionData:
    row = session.execute(
        text(
            "SELECT id, name, local_authority, start_date, end_date, inspectorates_json, enabled_forms_json, "
            "local_terms_json, created_at, updated_at FROM inspection WHERE id = :i"
        ),
        {"i": inspection_id},
    ).first()
    if row is None:
        raise NotFoundError(f"There is no inspection {inspection_id!r}. List them with 'jicpa inspection list'.")
    team = tuple(
        TeamMemberData(*m)
        for m in session.execute(
            text(
                "SELECT id, name, inspectorate, role, created_at, retired_at, CASE WHEN updated_at = '' "
                "THEN created_at ELSE updated_at END, updated_by FROM team_member WHERE inspection_id = :i ORDER BY id"
            ),
            {"i": inspection_id},
        )
    )
    return InspectionData(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        tuple(json.loads(row[5])),
        tuple(json.loads(row[6])),
        dict(json.loads(row[7])),
        row[8],
        row[9],
        team,
    )


def _scope(session: Session, inspection_id: str, inspector: str | None, case_ids: Sequence[str] | None) -> list[str]:
    everything = [
        r[0]
        for r in session.execute(
            text("SELECT id FROM case_file WHERE inspection_id = :i ORDER BY id"), {"i": inspection_id}
        )
    ]
    if case_ids is not None:
        unknown = sorted(set(case_ids) - set(everything))
        if unknown:
            raise NotFoundError(f"Case file {unknown[0]!r} is not in this inspection.")
        return sorted(set(case_ids))
    if inspector is None:
        return everything
    mine = {
        r[0]
        for r in session.execute(
            text(
                "SELECT c.id FROM case_file c JOIN team_member t ON t.id = c.inspector_id "
                "WHERE c.inspection_id = :i AND t.name = :n"
            ),
            {"i": inspection_id, "n": inspector},
        )
    }
    mine |= {
        r[0]
        for r in session.execute(
            text(
                "SELECT DISTINCT r.case_id FROM field_version v JOIN form_response r ON r.id = v.response_id "
                "JOIN case_file c ON c.id = r.case_id WHERE c.inspection_id = :i AND v.author = :n"
            ),
            {"i": inspection_id, "n": inspector},
        )
    }
    mine |= {  # the tracked files whose conversations the lead gave them
        r[0]
        for r in session.execute(
            text(
                "SELECT DISTINCT a.case_id FROM conversation_allocation a JOIN team_member t ON t.id = a.member_id "
                "JOIN case_file c ON c.id = a.case_id WHERE a.inspection_id = :i AND t.name = :n"
            ),
            {"i": inspection_id, "n": inspector},
        )
    }
    if not mine:
        _refuse_unknown_inspector(session, inspection_id, inspector)
    return sorted(mine)


def _refuse_unknown_inspector(session: Session, inspection_id: str, inspector: str) -> None:
    """A name that is neither in the team nor the author of any answer is a slip (a typo, a nickname):
    exporting for it would write a package of nothing and name the wrong inspector in it."""
    team = [
        r[0]
        for r in session.execute(
            text("SELECT name FROM team_member WHERE inspection_id = :i ORDER BY name"), {"i": inspection_id}
        )
    ]
    if inspector in team:
        return
    if not team:
        raise UserError(
            LocalizedText(
                f"{inspector!r} is not in this inspection's team, and the team is empty, so there are no files of "
                "theirs to export. Export the whole inspection instead, or allocate files to inspectors first.",
                f"Nid yw {inspector!r} yn nhîm yr arolygiad hwn, ac mae'r tîm yn wag, felly nid oes ffeiliau ganddynt "
                "i'w hallforio. Allforiwch yr arolygiad cyfan yn lle hynny, neu dyrannwch ffeiliau i arolygwyr yn "
                "gyntaf.",
            )
        )
    names = ", ".join(team)
    raise UserError(
        LocalizedText(
            f"{inspector!r} is not in this inspection's team, so there are no files of theirs to export. "
            f"The team is: {names}. Give one of these names exactly as written.",
            f"Nid yw {inspector!r} yn nhîm yr arolygiad hwn, felly nid oes ffeiliau ganddynt i'w hallforio. "
            f"Y tîm yw: {names}. Rhowch un o'r enwau hyn yn union fel y mae wedi'i ysgrifennu.",
        )
    )


def _backfill(session: Session, response_ids: Sequence[str]) -> None:
    """Give a base version to any answer or grade that has none (written before hand-over existed)."""
    rows = _in(
        session,
        "SELECT a.id, a.response_id, a.question_id, a.row_id, a.value_json, a.evidence_note, a.updated_at, "
        "a.updated_by FROM answer a WHERE a.response_id IN ({ids}) AND NOT EXISTS (SELECT 1 FROM field_version v "
        "WHERE v.response_id = a.response_id AND v.entity = 'answer' AND v.question_id = a.question_id "
        "AND v.row_id = a.row_id)",
        response_ids,
    )
    grades = _in(
        session,
        "SELECT r.id, r.final_grade, r.override_reason, r.suggested_grade, r.updated_at, r.updated_by "
        "FROM form_response r WHERE r.id IN ({ids}) AND (r.final_grade IS NOT NULL OR r.override_reason != '') "
        "AND NOT EXISTS (SELECT 1 FROM field_version v WHERE v.response_id = r.id AND v.entity = 'grade')",
        response_ids,
    )
    params = [
        {
            "id": base_version_id(ANSWER, a[0], a[4], a[5], a[6], a[7]),
            "e": ANSWER,
            "r": a[1],
            "q": a[2],
            "w": a[3],
            "v": a[4],
            "n": a[5],
            "a": a[7],
            "t": a[6],
        }
        for a in rows
    ]
    for g in grades:
        value_json = grade_payload(g[1], g[2], g[3])
        params.append(
            {
                "id": base_version_id(GRADE, g[0], value_json, "", g[4], g[5]),
                "e": GRADE,
                "r": g[0],
                "q": "",
                "w": "",
                "v": value_json,
                "n": "",
                "a": g[5],
                "t": g[4],
            }
        )
    if params:
        session.execute(
            text(
                "INSERT OR IGNORE INTO field_version (id, entity, response_id, question_id, row_id, value_json, "
                "evidence_note, parents_json, author, at, sealed) VALUES (:id, :e, :r, :q, :w, :v, :n, '[]', :a, :t, 1)"
            ),
            params,
        )


def gather(session: Session, inspection_id: str, case_ids: Sequence[str]) -> PackageData:
    """Everything a package holds about *case_ids* (and the inspection and its team), read in *session*."""
    inspection = _inspection(session, inspection_id)
    cases = tuple(
        CaseData(*r)
        for r in _in(
            session,
            "SELECT id, reference, agency, kind, age_band, inspector_id, created_at, updated_at FROM case_file "
            "WHERE id IN ({ids}) ORDER BY id",
            case_ids,
        )
    )
    responses = tuple(
        ResponseData(*r)
        for r in _in(
            session,
            "SELECT id, case_id, form_id, form_version, created_at, updated_at, updated_by FROM form_response "
            "WHERE case_id IN ({ids}) ORDER BY id",
            case_ids,
        )
    )
    response_ids = [r.id for r in responses]
    rows = tuple(
        RowData(r[0], r[1], r[2], float(r[3]), bool(r[4]), r[5], r[6], r[7])
        for r in _in(
            session,
            "SELECT id, response_id, group_id, position, deleted, created_at, updated_at, updated_by FROM repeat_row "
            "WHERE response_id IN ({ids}) ORDER BY id",
            response_ids,
        )
    )
    answer_ids = {
        (r[0], r[1], r[2]): r[3]
        for r in _in(
            session,
            "SELECT response_id, question_id, row_id, id FROM answer WHERE response_id IN ({ids})",
            response_ids,
        )
    }
    fields: dict[tuple[str, str, str, str], list[VersionData]] = defaultdict(list)
    for v in _in(
        session,
        "SELECT entity, response_id, question_id, row_id, id, parents_json, value_json, evidence_note, author, "
        "at FROM field_version WHERE response_id IN ({ids}) ORDER BY at, id",
        response_ids,
    ):
        fields[(v[0], v[1], v[2], v[3])].append(
            VersionData(v[4], tuple(json.loads(v[5])), json.loads(v[6]), v[7], v[8], v[9])
        )
    answers, grades = [], []
    for key in sorted(fields):
        entity, response_id, question_id, row_id = key
        if entity == ANSWER:
            answer_id = answer_ids.get((response_id, question_id, row_id))
            if answer_id is None:  # a version whose answer row is gone: keep the history, name a fresh row
                answer_id = new_id()
            answers.append(FieldData(entity, response_id, question_id, row_id, answer_id, tuple(fields[key])))
        else:
            grades.append(FieldData(entity, response_id, question_id, row_id, "", tuple(fields[key])))
    # Every tombstone of the inspection travels (they are few), so a removal reaches every laptop from any
    # package, with the removal's audit event.
    removed = tuple(
        RemovedCaseData(*r)
        for r in session.execute(
            text(
                "SELECT case_id, reference, agency, removed_at, removed_by FROM case_tombstone "
                "WHERE inspection_id = :i ORDER BY case_id"
            ),
            {"i": inspection_id},
        )
    )
    conversations = tuple(
        ConversationData(*r)
        for r in _in(
            session,
            "SELECT case_id, person, member_id, updated_at, updated_by FROM conversation_allocation "
            "WHERE case_id IN ({ids}) ORDER BY case_id, person",
            case_ids,
        )
    )
    observations = gather_observations(session, inspection_id)
    exported_ids = [
        *case_ids,
        *(x.id for x in removed),
        *observed_ids(session, observations),
        *response_ids,
        *(r.id for r in rows),
        *answer_ids.values(),
        *(m.id for m in inspection.team),
        inspection_id,
    ]
    whole = set(case_ids) == {
        r[0] for r in session.execute(text("SELECT id FROM case_file WHERE inspection_id = :i"), {"i": inspection_id})
    }
    audit_rows, chain = _audit(session, inspection_id, None if whole else exported_ids)
    aliases = tuple(
        AliasData(*r)
        for r in sorted(
            _in(
                session,
                "SELECT entity, alias_id, canonical_id FROM id_alias WHERE canonical_id IN ({ids})",
                exported_ids,
            )
        )
    )
    used = sorted({(r.form_id, r.form_version) for r in responses}
                  | {(o.form_id, o.form_version) for o in observations})
    snapshots = []
    for form_id, version in used:
        snap = session.execute(
            text("SELECT source_text, standard_text FROM form_snapshot WHERE form_id = :f AND version = :v"),
            {"f": form_id, "v": version},
        ).first()
        if snap is not None:
            snapshots.append(SnapshotData(form_id, version, snap[0], snap[1]))
    return PackageData(
        inspection,
        cases,
        responses,
        rows,
        tuple(answers),
        tuple(grades),
        audit_rows,
        aliases,
        tuple(snapshots),
        chain,
        removed_cases=removed,
        conversations=conversations,
        observations=observations,
    )


def _audit(
    session: Session, inspection_id: str, entity_ids: Sequence[str] | None
) -> tuple[tuple[AuditData, ...], AuditChainData]:
    """The inspection's audit events in chain order (all, or those about *entity_ids*), with the chain: its
    length and head, and the hash of every position left out, so the receiver can check it whole."""
    connection = driver(session)
    length, head_hash = audit_chain.head(connection, inspection_id) or (0, GENESIS)
    events = [AuditData(*e) for e in audit_chain.stored_chain(connection, inspection_id)]
    wanted = None if entity_ids is None else set(entity_ids)
    carried = tuple(e for e in events if wanted is None or e.entity_id in wanted)
    links: tuple[ChainLink, ...] = ()
    if len(carried) != len(events):
        kept = {e.id for e in carried}
        links = tuple(ChainLink(e.seq, e.hash) for e in events if e.id not in kept and e.seq and e.hash)
    return carried, AuditChainData(length, head_hash, links)


def export_package(
    context: ServiceContext,
    inspection_id: str,
    path: Path,
    passphrase: str | None,
    *,
    inspector: str | None = None,
    case_ids: Sequence[str] | None = None,
    consolidated: bool = False,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ExportResult:
    """Write a package; passphrase None writes it unencrypted (only ever on explicit request)."""
    weak = None if passphrase is None else new_passphrase_problem(passphrase)
    if weak is not None:
        raise UserError(weak)
    progress(0, 3, "Reading the inspection")
    with context.writing() as session:
        scope = _scope(session, inspection_id, inspector, case_ids)
        inspection = _inspection(session, inspection_id)
        response_ids = [r[0] for r in _in(session, "SELECT id FROM form_response WHERE case_id IN ({ids})", scope)]
        _backfill(session, response_ids)
        # Versions leaving this laptop are frozen: from now on an edit makes a new version instead.
        session.execute(text("UPDATE field_version SET sealed = 1 WHERE sealed = 0"))
        data = gather(session, inspection_id, scope)
        data = replace(data, genograms=seal_and_gather(session, scope))  # and genograms
    cancel.check()
    progress(1, 3, "Writing the package")
    now = utc_now_iso()
    counts = {
        "cases": len(data.cases),
        "responses": len(data.responses),
        "rows": len(data.rows),
        "answers": len(data.answers),
        "grades": len(data.grades),
        "versions": sum(len(f.versions) for f in (*data.answers, *data.grades)),
        "audit_events": len(data.audit),
        "form_snapshots": len(data.snapshots),
        "removed_cases": len(data.removed_cases),
        "conversations": len(data.conversations),
        "observations": len(data.observations),
    }
    manifest = Manifest(
        package_id=new_id(),
        kind="consolidated" if consolidated else "inspector",
        app_version=__version__,
        created_at=now,
        created_by=context.actor,
        inspector=inspector or context.actor,
        inspection_id=inspection_id,
        inspection_name=inspection.name,
        encrypted=passphrase is not None,
        whole_inspection=case_ids is None and inspector is None,
        case_ids=() if case_ids is None and inspector is None else tuple(scope),
        form_versions=tuple(sorted({(r.form_id, r.form_version) for r in data.responses})),
        counts=counts,
    )
    try:
        manifest, size = write_package(Path(path), manifest, data, passphrase)
    except PackageError as error:
        raise UserError(error.localized) from None
    except OSError as error:
        raise UserError(f"Cannot write {path}: {error.strerror}. Choose another folder.") from None
    cancel.check()
    progress(2, 3, "Recording the export")
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    with context.writing() as session:
        session.execute(
            text(
                "INSERT INTO package_log (id, package_id, direction, inspection_id, kind, inspector, created_by, "
                "created_at, app_version, format_version, encrypted, file_name, file_sha256, logged_at, logged_by, "
                "summary_json) VALUES "
                "(:id, :p, 'export', :i, :k, :n, :b, :c, :av, :fv, :e, :f, :h, :t, :a, :s)"
            ),
            {
                "id": new_id(),
                "p": manifest.package_id,
                "i": inspection_id,
                "k": manifest.kind,
                "n": manifest.inspector,
                "b": context.actor,
                "c": now,
                "av": __version__,
                "fv": manifest.format_version,
                "e": manifest.encrypted,
                "f": Path(path).name,
                "h": digest,
                "t": now,
                "a": context.actor,
                "s": json.dumps(counts, sort_keys=True),
            },
        )
        audit.record(
            session,
            inspection_id=inspection_id,
            actor=context.actor,
            action="export",
            entity="package",
            entity_id=manifest.package_id,
            new={"file": Path(path).name, "kind": manifest.kind, "encrypted": manifest.encrypted, **counts},
            at=now,
        )
    # A wipe of the inspection removes the package too, while it is still this file.
    export_files.remember(context, inspection_id, "package", Path(path), digest)
    progress(3, 3, "Done")
    return ExportResult(str(path), manifest.package_id, size, manifest.encrypted, counts)

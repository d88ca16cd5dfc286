"""The end-of-inspection wipe: an optional archive package, then everything of one inspection deleted from the
laptop (rows of every table, its form snapshots no other inspection uses, its audit events, the tool's backups
and the files it exported), the WAL truncated and the file vacuumed; a deletion record survives (docs/app.md)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlmodel import Session

from jicpa_desktop import __version__
from jicpa_desktop.domain.audit_hash import describe
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.timestamps import from_iso, utc_now_iso
from jicpa_desktop.services import audit_chain
from jicpa_desktop.services.context import ServiceContext, driver
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.export_files import file_sha256
from jicpa_desktop.store.errors import backups_folder
from jicpa_desktop.store.tables import new_id

# Tables that are never an inspection's data, whatever their columns: the schema's own, and the records
# that must outlive a wipe.
_KEPT = frozenset({"alembic_version", "wipe_record", "sqlite_sequence", "sqlite_stat1"})
_NO_DELETE_TRIGGER = (
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
)


@dataclass(frozen=True, slots=True)
class WipedFile:
    kind: str  # backup | export
    path: str
    outcome: str  # deleted | missing | kept_changed | failed


@dataclass(frozen=True, slots=True)
class WipeRecordView:
    """A deletion record: what a wipe removed, with no child data in it."""

    id: str
    inspection_id: str
    inspection_name: str
    local_authority: str
    start_date: str
    end_date: str
    wiped_at: str
    wiped_by: str
    counts: dict[str, int]
    content_sha256: str
    audit_events: int
    audit_head: str
    audit_intact: bool
    audit_problem: str
    archive_path: str | None
    archive_sha256: str | None
    files: tuple[WipedFile, ...]
    app_version: str
    notes: tuple[LocalizedText, ...] = ()


def _canonical(value: object) -> object:
    return value.hex() if isinstance(value, bytes | bytearray | memoryview) else value


def _tables(connection: Any) -> dict[str, list[str]]:
    names = [r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: [c[1] for c in connection.execute(f'PRAGMA table_info("{n}")')] for n in names if n not in _KEPT}


def _selection(connection: Any, inspection_id: str) -> dict[str, tuple[str, list[object]]]:
    """Per table, the WHERE clause (and its values) that picks this inspection's rows.

    The inspection's ids are gathered first into temporary tables (ids only, no content), so the clauses hold
    whatever the order of the deletes and however many rows there are (no limit on bound variables).
    """
    tables = _tables(connection)
    for name in ("wipe_cases", "wipe_responses", "wipe_ids"):
        connection.execute(f"DROP TABLE IF EXISTS temp.{name}")
        connection.execute(f"CREATE TEMP TABLE {name} (id TEXT PRIMARY KEY)")
    connection.execute("INSERT INTO temp.wipe_cases SELECT id FROM case_file WHERE inspection_id = ?", (inspection_id,))
    connection.execute(
        "INSERT INTO temp.wipe_responses SELECT id FROM form_response WHERE case_id IN (SELECT id FROM temp.wipe_cases)"
    )
    connection.execute("INSERT OR IGNORE INTO temp.wipe_ids VALUES (?)", (inspection_id,))
    for sql in (
        "SELECT id FROM temp.wipe_cases",
        "SELECT id FROM temp.wipe_responses",
        "SELECT id FROM team_member WHERE inspection_id = ?",
        "SELECT id FROM answer WHERE response_id IN (SELECT id FROM temp.wipe_responses)",
        "SELECT id FROM repeat_row WHERE response_id IN (SELECT id FROM temp.wipe_responses)",
    ):
        params = (inspection_id,) if "?" in sql else ()
        connection.execute(f"INSERT OR IGNORE INTO temp.wipe_ids {sql}", params)
    chosen: dict[str, tuple[str, list[object]]] = {}
    for table, columns in tables.items():
        if table == "inspection":
            chosen[table] = ("id = ?", [inspection_id])
        elif table == "id_alias":
            chosen[table] = ("canonical_id IN (SELECT id FROM temp.wipe_ids) OR "
                             "alias_id IN (SELECT id FROM temp.wipe_ids)", [])
        elif table == "form_snapshot":
            chosen[table] = (
                "NOT EXISTS (SELECT 1 FROM form_response r JOIN case_file c ON c.id = r.case_id "
                "WHERE r.form_id = form_snapshot.form_id AND r.form_version = form_snapshot.version "
                "AND c.inspection_id != ?) AND NOT EXISTS (SELECT 1 FROM answer a JOIN form_response r ON "
                "r.id = a.response_id JOIN case_file c ON c.id = r.case_id WHERE r.form_id = form_snapshot.form_id "
                "AND a.form_version = form_snapshot.version AND c.inspection_id != ?)",
                [inspection_id, inspection_id],
            )
        elif "inspection_id" in columns:
            chosen[table] = ("inspection_id = ?", [inspection_id])
        elif "case_id" in columns:
            chosen[table] = ("case_id IN (SELECT id FROM temp.wipe_cases)", [])
        elif "response_id" in columns:
            chosen[table] = ("response_id IN (SELECT id FROM temp.wipe_responses)", [])
    return chosen


def _drop_selection(connection: Any) -> None:
    for name in ("wipe_cases", "wipe_responses", "wipe_ids"):
        connection.execute(f"DROP TABLE IF EXISTS temp.{name}")


def content_digest(connection: Any, chosen: dict[str, tuple[str, list[object]]]) -> tuple[str, dict[str, int]]:
    """SHA-256 of the rows to delete (docs/app.md, "The deletion record"): per table in name order, each row in
    rowid order as one line of compact JSON [table, [column values in the table's order]]; and counts per table."""
    digest, counts = hashlib.sha256(), {}
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    for table in sorted(chosen):
        where, values = chosen[table]
        count = 0
        for row in connection.execute(f'SELECT * FROM "{table}" WHERE {where} ORDER BY rowid', values):
            digest.update(encoder.encode([table, [_canonical(v) for v in row]]).encode("utf-8") + b"\n")
            count += 1
        counts[table] = count
    return digest.hexdigest(), counts


def _remove(path: Path) -> str:
    try:
        path.unlink()
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "failed"
    return "deleted"


class Wipes:
    """Closing an inspection on this laptop, and the deletion records that say it was done."""

    def __init__(self, context: ServiceContext, db_path: Path) -> None:
        self._context = context
        self._db_path = Path(db_path)

    def wipe(
        self,
        inspection_id: str,
        *,
        confirm: str,
        archive: Path | None = None,
        archive_passphrase: str | None = None,
    ) -> WipeRecordView:
        name = self._check(inspection_id, confirm)
        archived: tuple[str, str] | None = None
        if archive is not None:
            archived = self._archive(inspection_id, Path(archive), archive_passphrase)
        started = utc_now_iso()
        exports: list[tuple[str, str]] = []
        with self._context.writing() as session:
            connection = driver(session)
            check = audit_chain.check_stored(connection, inspection_id)
            audit_total = connection.execute(
                "SELECT count(*) FROM audit_event WHERE inspection_id = ?", (inspection_id,)).fetchone()[0]
            exports = [(r[0], r[1]) for r in connection.execute(
                "SELECT path, sha256 FROM export_file WHERE inspection_id = ? ORDER BY created_at", (inspection_id,))]
            chosen = _selection(connection, inspection_id)
            digest, counts = content_digest(connection, chosen)
            inspection = connection.execute(
                "SELECT name, local_authority, start_date, end_date FROM inspection WHERE id = ?",
                (inspection_id,)).fetchone()
            self._delete(session, chosen)
            _drop_selection(connection)
            record_id = new_id()
            audit = {
                "events": int(audit_total),
                "head": check.head_hash,
                "intact": check.ok,
                "problem": "" if check.problem is None else describe(check.problem).en,
            }
            connection.execute(
                "INSERT INTO wipe_record (id, inspection_id, inspection_name, local_authority, start_date, end_date, "
                "wiped_at, wiped_by, counts_json, content_sha256, audit_json, archive_json, files_json, app_version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?)",
                (record_id, inspection_id, name, inspection[1], inspection[2], inspection[3], started,
                 self._context.actor, json.dumps(counts, sort_keys=True), digest, json.dumps(audit, sort_keys=True),
                 json.dumps(None if archived is None else {"path": archived[0], "sha256": archived[1]}),
                 __version__),
            )
        files = self._remove_files(started, exports, None if archived is None else archived[0])
        with self._context.writing() as session:
            driver(session).execute(
                "UPDATE wipe_record SET files_json = ? WHERE id = ?",
                (json.dumps([[f.kind, f.path, f.outcome] for f in files]), record_id),
            )
        notes = self._compact()
        return replace(self.get(record_id), notes=(*self._file_notes(files), *notes))

    # -- steps ---------------------------------------------------------------------------------------

    def _check(self, inspection_id: str, confirm: str) -> str:
        with self._context.reading() as session:
            row = driver(session).execute("SELECT name FROM inspection WHERE id = ?", (inspection_id,)).fetchone()
        if row is None:
            raise NotFoundError(LocalizedText(
                f"There is no inspection {inspection_id!r} on this laptop, so there is nothing to wipe. List them "
                "with 'jicpa inspection list'; wiped ones are in 'jicpa wipes list'.",
                f"Nid oes arolygiad {inspection_id!r} ar y gliniadur hwn, felly nid oes dim i'w ddileu. Rhestrwch "
                "nhw gyda 'jicpa inspection list'; mae'r rhai a ddilëwyd yn 'jicpa wipes list'.",
            ))
        name = str(row[0])
        if confirm != name:
            raise UserError(LocalizedText(
                f"Nothing was deleted: the confirmation {confirm!r} is not the inspection's name. Wiping deletes "
                f"everything of the inspection from this laptop for good, so give its name exactly as written, "
                f"capitals and spaces included: --confirm {name!r}.",
                f"Ni ddilëwyd dim: nid enw'r arolygiad yw'r cadarnhad {confirm!r}. Mae dileu yn dileu popeth am yr "
                f"arolygiad o'r gliniadur hwn am byth, felly rhowch ei enw yn union fel y mae wedi'i ysgrifennu, "
                f"gan gynnwys priflythrennau a bylchau: --confirm {name!r}.",
            ))
        return name

    def _archive(self, inspection_id: str, path: Path, passphrase: str | None) -> tuple[str, str]:
        """Write the whole inspection as a package and read it back whole before anything is deleted."""
        from jicpa_desktop.services.package_export import export_package
        from jicpa_desktop.services.package_import import PackageRefusedError, read_one

        result = export_package(self._context, inspection_id, path, passphrase)
        try:
            loaded = read_one(Path(result.path), passphrase)
        except PackageRefusedError as error:
            raise UserError(LocalizedText(
                f"Nothing was deleted: the archive {path} was written but cannot be read back ({error.message.en}).",
                f"Ni ddilëwyd dim: ysgrifennwyd yr archif {path} ond ni ellir ei darllen yn ôl "
                f"({error.message.get('cy')}).",
            )) from None
        if loaded.manifest.counts.get("cases") != result.counts.get("cases"):
            raise UserError(LocalizedText(
                f"Nothing was deleted: the archive {path} does not hold every case file of the inspection.",
                f"Ni ddilëwyd dim: nid yw'r archif {path} yn cynnwys pob ffeil achos yn yr arolygiad.",
            ))
        return str(Path(result.path).resolve()), loaded.info.file_sha256

    def _delete(self, session: Session, chosen: dict[str, tuple[str, list[object]]]) -> None:
        connection = driver(session)
        connection.execute("PRAGMA defer_foreign_keys = ON")
        # Freed pages are overwritten with zeros as they are freed; VACUUM afterwards rebuilds the file.
        connection.execute("PRAGMA secure_delete = ON")
        # The one delete the append-only trail allows: the trigger is dropped and recreated in this transaction.
        connection.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        for table in sorted(chosen):
            where, values = chosen[table]
            connection.execute(f'DELETE FROM "{table}" WHERE {where}', values)
        connection.execute(_NO_DELETE_TRIGGER)

    def _remove_files(self, before: str, exports: list[tuple[str, str]], archive: str | None) -> list[WipedFile]:
        """The tool's backups made before the wipe (whole-database copies, so they hold this inspection too) and
        the files it exported with this inspection's data, unless changed since (then not ours to delete)."""
        files: list[WipedFile] = []
        cutoff = from_iso(before).timestamp()
        folder = backups_folder(self._db_path)
        if folder.is_dir():
            for backup in sorted(folder.iterdir()):
                if backup.is_file() and backup.name.startswith(self._db_path.stem + ".") \
                        and backup.stat().st_mtime <= cutoff:
                    files.append(WipedFile("backup", str(backup), _remove(backup)))
        for path_text, sha256 in exports:
            path = Path(path_text)
            if archive is not None and os.path.abspath(path) == os.path.abspath(archive):
                continue
            if not path.exists():
                files.append(WipedFile("export", path_text, "missing"))
            elif file_sha256(path) != sha256:
                files.append(WipedFile("export", path_text, "kept_changed"))
            else:
                files.append(WipedFile("export", path_text, _remove(path)))
        return files

    def _compact(self) -> tuple[LocalizedText, ...]:
        """Move everything into the main file, rebuild it without free pages, and empty the WAL."""
        with self._context.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            raw.execute("VACUUM")
            busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            free = raw.execute("PRAGMA freelist_count").fetchone()[0]
        if busy and busy[0]:
            return (LocalizedText(
                "Another part of the app was reading the database, so its write-ahead log could not be emptied "
                "yet: it empties when the app closes.",
                "Roedd rhan arall o'r ap yn darllen y gronfa ddata, felly ni ellid gwagio ei log ysgrifennu-ymlaen "
                "eto: bydd yn gwagio pan fydd yr ap yn cau.",
            ),)
        if free:
            return (LocalizedText(f"{free} free pages remain in the file.", f"Mae {free} tudalen rydd yn y ffeil."),)
        return ()

    @staticmethod
    def _file_notes(files: Sequence[WipedFile]) -> tuple[LocalizedText, ...]:
        notes = []
        backups = [f for f in files if f.kind == "backup" and f.outcome == "deleted"]
        if backups:
            notes.append(LocalizedText(
                f"Deleted {len(backups)} backup(s) of the database made before the wipe: each was a copy of the whole "
                "database, this inspection included. New backups are made at the next upgrade.",
                f"Dilëwyd {len(backups)} copi wrth gefn o'r gronfa ddata a wnaed cyn y dileu: roedd pob un yn gopi o'r "
                "gronfa ddata gyfan, gan gynnwys yr arolygiad hwn. Gwneir copïau newydd yn yr uwchraddiad nesaf.",
            ))
        for f in files:
            if f.kind == "export" and f.outcome == "deleted":
                notes.append(LocalizedText(f"Deleted the export {f.path}.", f"Dilëwyd yr allforiad {f.path}."))
            elif f.outcome == "kept_changed":
                notes.append(LocalizedText(
                    f"Kept {f.path}: it has changed since this tool wrote it. Delete it yourself if it holds this "
                    "inspection's data.",
                    f"Cadwyd {f.path}: mae wedi newid ers i'r offeryn hwn ei ysgrifennu. Dilëwch ef eich hun os yw'n "
                    "cynnwys data'r arolygiad hwn.",
                ))
            elif f.outcome == "failed":
                notes.append(LocalizedText(
                    f"Could not delete {f.path}: delete it yourself.", f"Methwyd dileu {f.path}: dilëwch ef eich hun."))
        return tuple(notes)

    # -- the records ---------------------------------------------------------------------------------

    def list(self) -> list[WipeRecordView]:
        with self._context.reading() as session:
            rows = driver(session).execute(f"SELECT {_COLUMNS} FROM wipe_record ORDER BY wiped_at DESC, id").fetchall()
        return [_view(r) for r in rows]

    def get(self, wipe_id: str) -> WipeRecordView:
        with self._context.reading() as session:
            row = driver(session).execute(f"SELECT {_COLUMNS} FROM wipe_record WHERE id = ?", (wipe_id,)).fetchone()
        if row is None:
            raise NotFoundError(LocalizedText(
                f"There is no deletion record {wipe_id!r}. List them with 'jicpa wipes list'.",
                f"Nid oes cofnod dileu {wipe_id!r}. Rhestrwch nhw gyda 'jicpa wipes list'.",
            ))
        return _view(row)

    def certificate(self, wipe_id: str, path: Path, *, lang: str = "en") -> Path:
        """The deletion record as a one-page PDF certificate for the data-protection officer."""
        from jicpa_desktop.exports.pdf_wipe_certificate import CertificateData, write_certificate

        r = self.get(wipe_id)
        data = CertificateData(
            record_id=r.id, inspection_name=r.inspection_name, local_authority=r.local_authority,
            start_date=r.start_date, end_date=r.end_date, wiped_at=r.wiped_at, wiped_by=r.wiped_by,
            counts=r.counts, content_sha256=r.content_sha256, audit_events=r.audit_events, audit_head=r.audit_head,
            audit_intact=r.audit_intact, archive_path=r.archive_path, archive_sha256=r.archive_sha256,
            files=tuple((f.kind, f.path, f.outcome) for f in r.files), app_version=r.app_version,
        )
        return write_certificate(Path(path), data, lang=lang)


_COLUMNS = ("id, inspection_id, inspection_name, local_authority, start_date, end_date, wiped_at, wiped_by, "
            "counts_json, content_sha256, audit_json, archive_json, files_json, app_version")


def _view(row: Sequence[Any]) -> WipeRecordView:
    audit = json.loads(row[10])
    archive = json.loads(row[11])
    return WipeRecordView(
        id=row[0], inspection_id=row[1], inspection_name=row[2], local_authority=row[3], start_date=row[4],
        end_date=row[5], wiped_at=row[6], wiped_by=row[7], counts=dict(json.loads(row[8])), content_sha256=row[9],
        audit_events=int(audit["events"]), audit_head=str(audit["head"]), audit_intact=bool(audit["intact"]),
        audit_problem=str(audit.get("problem", "")),
        archive_path=None if archive is None else str(archive["path"]),
        archive_sha256=None if archive is None else str(archive["sha256"]),
        files=tuple(WipedFile(*f) for f in json.loads(row[12])), app_version=row[13],
    )

"""Hand-over without a server: export packages, preview and apply imports, resolve conflicts, moderate.

The one class front ends use; the work is in package_export, package_import, merge, conflicts and
moderation. Long operations take a progress callback and a cancel token.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.package_format import KeyCache
from jicpa_desktop.package_format import messages as say
from jicpa_desktop.services import conflicts, moderation
from jicpa_desktop.services.answers import Answers
from jicpa_desktop.services.cases import Cases
from jicpa_desktop.services.collector_pause import collector_paused
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.form_definitions import FormDefinitions
from jicpa_desktop.services.handover_types import (
    AgreementSummary,
    ConflictView,
    ExportResult,
    ImportPreview,
    ModerationView,
    PackageInfo,
)
from jicpa_desktop.services.long_work import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from jicpa_desktop.services.merge import materialize, run_merge
from jicpa_desktop.services.package_export import export_package
from jicpa_desktop.services.package_import import (
    FormLookup,
    LoadedPackage,
    OpenedPackage,
    PackageRefusedError,
    inspect_file,
    open_one,
    parse_one,
    refusal,
    validate,
)
from jicpa_desktop.services.passphrases import reading_passphrase_problem
from jicpa_desktop.store.engine import writer
from jicpa_desktop.store.errors import classify

IMPORT_CACHE_KIB = -128 * 1024  # negative: KiB, as SQLite's cache_size pragma takes it


def _refuse_blank(passphrase: str | None) -> None:
    blank = reading_passphrase_problem(passphrase)
    if blank is not None:
        raise UserError(blank)


@contextmanager
def _opening(paths: Sequence[str | Path], passphrase: str | None) -> Iterator[list[Future[OpenedPackage]]]:
    """Decrypt and hash-check the packages on worker threads while the caller parses them in order.

    Key derivation (scrypt, deliberately slow), AES-GCM and inflating release the GIL, so on a laptop
    with two cores opening costs the import little beyond the parsing the caller does meanwhile. On
    leaving (a bad package, a cancel) the work still queued is dropped.
    """
    workers = max(1, min(len(paths), os.cpu_count() or 1))
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="package-open")
    keys = KeyCache()  # one inspection's packages share their scrypt salt: the key is derived once
    try:
        yield [pool.submit(open_one, Path(path), passphrase, keys) for path in paths]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class Handover:
    def __init__(self, context: ServiceContext, forms: FormDefinitions, cases: Cases, answers: Answers) -> None:
        self._context = context
        self._forms = forms
        self._cases = cases
        self._answers = answers

    def _form_of(self, form_id: str, version: int) -> FormDefinition | None:
        try:
            return self._forms.version(form_id, version)
        except NotFoundError:
            return None

    # -- packages ------------------------------------------------------------------------------------

    def export_package(
        self,
        inspection_id: str,
        path: str | Path,
        passphrase: str | None,
        *,
        inspector: str | None = None,
        case_ids: Sequence[str] | None = None,
        consolidated: bool = False,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> ExportResult:
        """Export the inspection (or one inspector's files, or *case_ids*); None passphrase = unencrypted."""
        return export_package(
            self._context,
            inspection_id,
            Path(path),
            passphrase,
            inspector=inspector,
            case_ids=case_ids,
            consolidated=consolidated,
            progress=progress,
            cancel=cancel,
        )

    @staticmethod
    def inspect_package(path: str | Path, passphrase: str | None) -> PackageInfo:
        """Open and check a package (no database needed) and describe it."""
        _refuse_blank(passphrase)
        return inspect_file(Path(path), passphrase)

    def _load(
        self,
        paths: Sequence[str | Path],
        passphrase: str | None,
        inspection_id: str | None,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> tuple[list[LoadedPackage], FormLookup]:
        if not paths:
            raise PackageRefusedError(say.NO_PACKAGE_CHOSEN.text(), "no_package")
        _refuse_blank(passphrase)
        packages: dict[str, LoadedPackage] = {}
        total = len(paths) + 1
        with _opening(paths, passphrase) as opened:
            for done, future in enumerate(opened):
                cancel.check()
                progress(done, total, f"Checking {Path(paths[done]).name}")
                package = parse_one(future.result())
                twin = packages.setdefault(package.manifest.package_id, package)
                if twin.info.file_sha256 != package.info.file_sha256:
                    raise refusal(say.TWIN_PACKAGES_DIFFER, first=package.path.name, second=twin.path.name)
        loaded = list(packages.values())
        for package in loaded:
            if inspection_id is not None and package.manifest.inspection_id != inspection_id:
                raise refusal(
                    say.NOT_THE_OPEN_INSPECTION,
                    file=package.path.name,
                    name=package.manifest.inspection_name,
                    id=package.manifest.inspection_id,
                )
        if len({p.manifest.inspection_id for p in loaded}) > 1:
            raise refusal(say.MIXED_INSPECTIONS)
        progress(len(paths), total, "Checking every value against its form")
        with self._context.reading() as session:
            target = loaded[0].manifest.inspection_id
            exists = session.execute(text("SELECT 1 FROM inspection WHERE id = :i"), {"i": target}).first()
            if exists is None and not any(p.manifest.kind == "consolidated" for p in loaded):
                package = loaded[0]
                raise refusal(
                    say.INSPECTION_NOT_HERE, file=package.path.name, name=package.manifest.inspection_name, id=target
                )
            forms = FormLookup.from_store(session, self._context.catalogue)
        for package in loaded:
            cancel.check()
            forms.carry(package)
        for package in loaded:
            cancel.check()
            validate(package, forms)
        return loaded, forms

    @contextmanager
    def _write_session(self) -> Iterator[Session]:
        """One connection for the whole import, its page cache enlarged while the import holds it.

        An import adds tens of megabytes of rows in one transaction. With SQLite's default 2 MB cache
        the pages spill into the WAL before the commit, and a preview (rolled back) leaves that behind
        for the apply that follows; measured on 8 x 26 x 150 answers, preview 2.1 s -> 1.75 s and the
        apply after it 2.07 s -> 1.8 s. The cache only grows as pages are used and is put back after.
        """
        try:
            with writer(self._context.engine).connect() as connection:
                raw = connection.connection.driver_connection
                assert raw is not None
                usual = raw.execute("PRAGMA cache_size").fetchone()[0]
                raw.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
                try:
                    with Session(bind=connection, expire_on_commit=False) as session:
                        yield session
                finally:
                    raw.execute(f"PRAGMA cache_size = {int(usual)}")
        except OperationalError as error:
            raise classify(error) or error from error

    def _merge(
        self,
        paths: Sequence[str | Path],
        passphrase: str | None,
        inspection_id: str | None,
        commit: bool,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> ImportPreview:
        with collector_paused():
            return self._merge_paused(paths, passphrase, inspection_id, commit, progress, cancel)

    def _merge_paused(
        self,
        paths: Sequence[str | Path],
        passphrase: str | None,
        inspection_id: str | None,
        commit: bool,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> ImportPreview:
        packages, forms = self._load(paths, passphrase, inspection_id, progress, cancel)
        # Everything that can be checked without the store has passed: only now is a transaction opened.
        with self._write_session() as session:
            ids = [p.manifest.package_id for p in packages]
            seen = {
                r[0]
                for r in session.execute(text("SELECT package_id FROM package_log WHERE direction = 'import'"))
                if r[0] in ids
            }
            merge = run_merge(
                session, packages, forms, actor=self._context.actor, now=utc_now_iso(), progress=progress, cancel=cancel
            )
            target = packages[0].manifest.inspection_id
            touched = merge.touched
            views = [
                v
                for v in conflicts.conflict_views(
                    session, forms.get, "WHERE m.status = 'open' AND m.inspection_id = :i", {"i": target}
                )
                if (v.entity, v.response_id, v.question_id, v.row_id) in touched
            ]
            preview = ImportPreview(
                packages=tuple(p.info for p in packages),
                already_imported=tuple(sorted(seen)),
                new_cases=tuple(merge.new_cases),
                new_responses=merge.new_responses,
                changed_answers=tuple(merge.changed),
                conflicts=tuple(views),
                new_versions=merge.new_versions,
                removed_cases=tuple(merge.removed_cases),
                applied=commit and merge.writes > 0,
                warnings=tuple(
                    say.NOT_ENCRYPTED_WARNING.text(file=p.path.name) for p in packages if not p.manifest.encrypted
                ),
            )
            if commit and merge.writes:
                session.commit()
            else:
                session.rollback()
        progress(1, 1, "Done")
        return preview

    def preview_import(
        self,
        paths: Sequence[str | Path],
        passphrase: str | None,
        *,
        inspection_id: str | None = None,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> ImportPreview:
        """What importing would do — new files, changed answers, conflicts — and nothing is kept."""
        return self._merge(paths, passphrase, inspection_id, False, progress, cancel)

    def apply_import(
        self,
        paths: Sequence[str | Path],
        passphrase: str | None,
        *,
        inspection_id: str | None = None,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> ImportPreview:
        """Import the packages in one transaction; re-importing changes nothing, any order gives the same result."""
        return self._merge(paths, passphrase, inspection_id, True, progress, cancel)

    # -- conflicts -----------------------------------------------------------------------------------

    def list_conflicts(self, inspection_id: str, *, include_closed: bool = False) -> list[ConflictView]:
        with self._context.reading() as session:
            if session.execute(text("SELECT 1 FROM inspection WHERE id = :i"), {"i": inspection_id}).first() is None:
                raise NotFoundError(f"There is no inspection {inspection_id!r}.")
            where = "WHERE m.inspection_id = :i" + ("" if include_closed else " AND m.status = 'open'")
            return conflicts.conflict_views(session, self._form_of, where, {"i": inspection_id})

    def resolve_conflict(self, conflict_id: str, take: str, reason: str) -> ConflictView:
        """take: 'mine' (the value shown here), 'theirs' (the other one) or a value typed for the question."""
        now = utc_now_iso()
        with self._context.writing() as session:
            return conflicts.resolve(
                session,
                self._form_of,
                conflict_id,
                take,
                reason,
                actor=self._context.actor,
                now=now,
                materialize=lambda s, keys: materialize(s, keys, self._form_of, actor=self._context.actor, now=now),
            )

    # -- moderation ----------------------------------------------------------------------------------

    def moderate_grade(self, case_id: str, form_id: str, grade: str, reason: str) -> ModerationView:
        now = utc_now_iso()
        with self._context.writing() as session:
            return moderation.moderate(
                session, self._form_of, case_id, form_id, grade, reason, actor=self._context.actor, now=now
            )

    def moderations(self, inspection_id: str) -> list[ModerationView]:
        with self._context.reading() as session:
            return moderation.moderations(session, inspection_id)

    def agreement_summary(self, inspection_id: str) -> AgreementSummary:
        with self._context.reading() as session:
            return moderation.agreement(session, inspection_id)

    # -- provenance ----------------------------------------------------------------------------------

    def answer_provenance(self, case_id: str) -> list[tuple[str, str, str, str, str, str, str | None]]:
        """(form, question, row, author, at, inspector, package id) of the value each answer shows."""
        with self._context.reading() as session:
            rows = session.execute(
                text(
                    "SELECT r.form_id, a.question_id, a.row_id, v.author, v.at, COALESCE(p.inspector, ''), "
                    "v.package_id, "
                    "v.id, v.parents_json FROM answer a JOIN form_response r ON r.id = a.response_id "
                    "JOIN field_version v ON v.response_id = a.response_id AND v.entity = 'answer' "
                    "AND v.question_id = a.question_id AND v.row_id = a.row_id "
                    "LEFT JOIN package_log p ON p.package_id = v.package_id AND p.direction = 'import' "
                    "WHERE r.case_id = :c AND v.value_json = a.value_json AND v.evidence_note = a.evidence_note "
                    "AND v.at = a.updated_at ORDER BY r.form_id, a.question_id, a.row_id"
                ),
                {"c": case_id},
            ).all()
        return [(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows]

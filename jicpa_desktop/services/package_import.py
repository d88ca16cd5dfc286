"""Reading packages and checking them completely, against the forms they name, before anything is written.

Every check here runs on a package in memory (and reads the store only to find form versions), so a
bad package is refused while the database is untouched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.agencies import Agency, Inspectorate
from jicpa_desktop.domain.answer_types import AnswerValueError, answer_type
from jicpa_desktop.domain.case_reference import reference_problem
from jicpa_desktop.domain.form_model import FormDefinition, Question
from jicpa_desktop.domain.grades import Grade
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.forms_engine.loader import load_form_text, load_standard_text
from jicpa_desktop.forms_engine.problems import FormDefinitionError
from jicpa_desktop.package_format import (
    FieldData,
    KeyCache,
    Manifest,
    PackageData,
    PackageError,
    PackageProblem,
    open_package_bytes,
    parse_entries,
)
from jicpa_desktop.package_format import limits as package_limits
from jicpa_desktop.package_format import messages as say
from jicpa_desktop.services.allocation import CONVERSATIONS
from jicpa_desktop.services.errors import UserError
from jicpa_desktop.services.field_versions import ANSWER, GRADE, MODERATION
from jicpa_desktop.services.handover_types import PackageInfo

KINDS = ("sampled", "tracked")
ROLES = ("lead", "inspector")


class _Refuser(Protocol):
    def __call__(self, message: say.Message, /, **values: object) -> PackageRefusedError: ...


class PackageRefusedError(UserError):
    """A package that cannot be imported; the message names the file and the problem."""

    def __init__(self, message: str | LocalizedText, problem: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class LoadedPackage:
    path: Path
    info: PackageInfo
    manifest: Manifest
    data: PackageData


def refusal(message: say.Message, /, **values: object) -> PackageRefusedError:
    """A refusal of the import as a whole (several packages), in both languages."""
    return PackageRefusedError(message.text(**values), str(message.problem))


def _refuse(path: Path, problem: PackageProblem | str, message: LocalizedText) -> PackageRefusedError:
    return PackageRefusedError(
        LocalizedText(f"{path.name}: {message.en}", f"{path.name}: {message.get('cy')}"), str(problem)
    )


def _refuse_with(path: Path, message: say.Message, /, **values: object) -> PackageRefusedError:
    return _refuse(path, message.problem, message.text(**values))


@dataclass(frozen=True, slots=True)
class OpenedPackage:
    """A package decrypted and hash-checked, its entries not yet parsed."""

    path: Path
    size_bytes: int
    file_sha256: str
    manifest: Manifest
    entries: dict[str, bytes]


def open_one(path: Path, passphrase: str | None, keys: KeyCache | None = None) -> OpenedPackage:
    """Read, decrypt and hash-check one file: safe on a worker thread (it touches no store)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > package_limits.MAX_PACKAGE_BYTES:
            raise _refuse_with(path, say.FILE_TOO_LARGE, size=size, limit=package_limits.MAX_PACKAGE_BYTES)
        blob = path.read_bytes()
    except OSError as error:
        raise _refuse_with(path, say.FILE_UNREADABLE, reason=error.strerror) from None
    try:
        manifest, entries = open_package_bytes(blob, passphrase, keys)
    except PackageError as error:
        raise _refuse(path, error.problem, error.localized) from None
    return OpenedPackage(path, len(blob), hashlib.sha256(blob).hexdigest(), manifest, entries)


def parse_one(opened: OpenedPackage) -> LoadedPackage:
    """Parse and schema-check the entries of an opened package."""
    manifest = opened.manifest
    try:
        data = parse_entries(manifest, opened.entries)
    except PackageError as error:
        raise _refuse(opened.path, error.problem, error.localized) from None
    info = PackageInfo(
        path=str(opened.path),
        package_id=manifest.package_id,
        kind=manifest.kind,
        format_version=manifest.format_version,
        app_version=manifest.app_version,
        created_at=manifest.created_at,
        created_by=manifest.created_by,
        inspector=manifest.inspector,
        inspection_id=manifest.inspection_id,
        inspection_name=manifest.inspection_name,
        encrypted=manifest.encrypted,
        whole_inspection=manifest.whole_inspection,
        form_versions=manifest.form_versions,
        counts=dict(manifest.counts),
        entries=tuple((name, digest, size) for name, (digest, size) in sorted(manifest.entries.items())),
        size_bytes=opened.size_bytes,
        file_sha256=opened.file_sha256,
    )
    return LoadedPackage(opened.path, info, manifest, data)


def read_one(path: Path, passphrase: str | None) -> LoadedPackage:
    return parse_one(open_one(path, passphrase))


class FormLookup:
    """Form definitions by (id, version): the bundled forms, the store's snapshots, then the packages' own."""

    def __init__(self, catalogue: FormCatalogue, stored: dict[tuple[str, int], tuple[str, str]]) -> None:
        self._catalogue = catalogue
        self._stored = stored
        self._carried: dict[tuple[str, int], tuple[str, str]] = {}
        self._loaded: dict[tuple[str, int], FormDefinition] = {}
        self._refused: dict[tuple[str, int], str] = {}  # (form, version) -> the engine's first problem

    @staticmethod
    def from_store(session: Session, catalogue: FormCatalogue) -> FormLookup:
        stored = {
            (r[0], r[1]): (r[2], r[3])
            for r in session.execute(text("SELECT form_id, version, source_text, standard_text FROM form_snapshot"))
        }
        return FormLookup(catalogue, stored)

    def carry(self, package: LoadedPackage) -> None:
        for s in package.data.snapshots:
            key = (s.form_id, s.version)
            texts = (s.source_text, s.standard_text)
            known = self._stored.get(key) or self._carried.get(key)
            if known is not None and known != texts:
                raise _refuse_with(package.path, say.FORM_VERSION_DIFFERS, version=s.version, form=s.form_id)
            self._carried[key] = texts

    def knows(self, form_id: str) -> bool:
        return form_id in self._catalogue

    def get(self, form_id: str, version: int) -> FormDefinition | None:
        key = (form_id, version)
        if key in self._loaded:
            return self._loaded[key]
        if form_id not in self._catalogue:
            return None
        current = self._catalogue.get(form_id)
        if current.version == version:
            self._loaded[key] = current
            return current
        texts = self._stored.get(key) or self._carried.get(key)
        if texts is None or key in self._refused:
            return None
        try:
            standard, _ = load_standard_text(texts[1], f"{form_id} v{version} (package)")
            definition = load_form_text(texts[0], f"{form_id} v{version} (package)", standard)
        except FormDefinitionError as error:
            self._refused[key] = str(error.problems[0]) if error.problems else str(error)
            return None
        except (ValueError, RecursionError) as error:  # a last guard: a carried definition must never crash
            self._refused[key] = f"the definition cannot be read ({type(error).__name__})"
            return None
        self._loaded[key] = definition
        return definition

    def refused(self, form_id: str, version: int) -> str | None:
        """Why the carried or stored definition of (form, version) was refused by the forms engine, if it was."""
        return self._refused.get((form_id, version))


def _valid_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def validate(package: LoadedPackage, forms: FormLookup) -> None:
    """Every check a package must pass before it may touch the store; raises PackageRefusedError."""
    data, path = package.data, package.path

    def refuse(message: say.Message, /, **values: object) -> PackageRefusedError:
        text = message.text(**values)
        done = say.NOTHING_IMPORTED
        return _refuse(path, message.problem, LocalizedText(f"{text.en} {done.en}", f"{text.cy} {done.cy}"))

    inspection = data.inspection
    if not (_valid_date(inspection.start_date) and _valid_date(inspection.end_date)):
        raise refuse(say.BAD_DATES)
    for member in inspection.team:
        if member.inspectorate not in {i.value for i in Inspectorate} or member.role not in ROLES:
            raise refuse(say.BAD_TEAM_MEMBER, name=member.name)
    agencies = {a.value for a in Agency}
    case_agency: dict[str, str] = {}
    for case in data.cases:
        if case.agency not in agencies:
            raise refuse(say.UNKNOWN_AGENCY, reference=case.reference, agency=case.agency)
        if case.kind not in KINDS:
            raise refuse(say.UNKNOWN_CASE_KIND, reference=case.reference, kind=case.kind)
        problem = reference_problem(case.reference)
        if problem:
            raise refuse(say.BAD_CASE_REFERENCE, reference=case.reference, problem=problem)
        case_agency[case.id] = case.agency
    listed_forms = set(package.manifest.form_versions)
    # Every definition the package carries is read (within the forms engine's limits) before it may be stored,
    # whether or not an answer uses it yet.
    for snapshot in data.snapshots:
        if forms.get(snapshot.form_id, snapshot.version) is None:
            why = forms.refused(snapshot.form_id, snapshot.version)
            if why is not None:
                raise refuse(say.FORM_SNAPSHOT_REFUSED, version=snapshot.version, form=snapshot.form_id, problem=why)
    definitions: dict[str, FormDefinition] = {}
    for response in data.responses:
        form = forms.get(response.form_id, response.form_version)
        if form is None:
            why = forms.refused(response.form_id, response.form_version)
            if why is not None:
                raise refuse(
                    say.FORM_SNAPSHOT_REFUSED, version=response.form_version, form=response.form_id, problem=why
                )
            if not forms.knows(response.form_id):
                raise refuse(say.FORM_UNKNOWN, form=response.form_id)
            raise refuse(say.FORM_VERSION_UNKNOWN, version=response.form_version, form=response.form_id)
        if (response.form_id, response.form_version) not in listed_forms:
            raise refuse(say.FORM_NOT_LISTED, form=response.form_id, version=response.form_version)
        if not form.applies_to(Agency(case_agency[response.case_id])):
            raise refuse(say.FORM_NOT_FOR_AGENCY, form=response.form_id, agency=case_agency[response.case_id])
        definitions[response.id] = form
    rows = {r.id: r for r in data.rows}
    for row in data.rows:
        group = definitions[row.response_id].question(row.group_id)
        if group is None or not group.is_repeat:
            raise refuse(say.ROW_NOT_A_REPEAT, group=row.group_id, form=definitions[row.response_id].id)
    for f in data.answers:
        if f.entity != ANSWER:
            raise refuse(say.NOT_ANSWERS)
        form = definitions[f.response_id]
        question = form.question(f.question_id)
        if question is None or question.is_repeat:
            raise refuse(say.QUESTION_UNKNOWN, question=f.question_id, form=form.id, version=form.version)
        group = form.parent_of(f.question_id)
        if (group is None) != (f.row_id == "") or (group is not None and rows[f.row_id].group_id != group.id):
            raise refuse(say.WRONG_REPEAT_ROW, question=f.question_id)
        for v in f.versions:
            _check_answer_value(question, v.value, refuse)
    for f in data.grades:
        if f.entity not in (GRADE, MODERATION) or f.question_id or f.row_id or f.answer_id:
            raise refuse(say.NOT_GRADES)
        for v in f.versions:
            _check_grade_value(f, v.value, v.evidence, refuse)
    for event in data.audit:
        if len(event.field) > 500:
            raise refuse(say.BAD_AUDIT_EVENT)
    for conversation in data.conversations:
        if conversation.person not in CONVERSATIONS:
            raise refuse(say.UNKNOWN_CONVERSATION, person=conversation.person)


def _check_answer_value(question: Question, value: object, refuse: _Refuser) -> None:
    if value is None:
        return
    kind = answer_type(question.type)
    try:
        typed = kind.from_json(value, question)  # type: ignore[arg-type]
    except AnswerValueError as error:
        raise refuse(say.VALUE_INVALID, question=question.id, reason=error.message) from None
    if kind.to_json(typed) != value:
        raise refuse(say.VALUE_NOT_CANONICAL, question=question.id, value=value)


_GRADES = {g.value for g in Grade}


def _check_grade_value(f: FieldData, value: object, evidence: str, refuse: _Refuser) -> None:
    if not isinstance(value, dict) or evidence:
        raise refuse(say.GRADE_MALFORMED, entity=f.entity)
    if f.entity == GRADE:
        ok = (
            set(value) == {"final_grade", "override_reason", "suggested_grade"}
            and value["final_grade"] in (*_GRADES, None)
            and value["suggested_grade"] in (*_GRADES, None)
            and isinstance(value["override_reason"], str)
        )
    else:
        ok = (
            set(value) == {"grade", "reason", "original_grade"}
            and value["grade"] in _GRADES
            and value["original_grade"] in (*_GRADES, None)
            and isinstance(value["reason"], str)
            and bool(value["reason"].strip())
        )
    if not ok:
        raise refuse(say.GRADE_NOT_A_RECORD, entity=f.entity)


def inspect_file(path: Path, passphrase: str | None) -> PackageInfo:
    """Open and check a package without any database: its manifest, as PackageInfo."""
    return read_one(path, passphrase).info

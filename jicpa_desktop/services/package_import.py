"""Reading packages and checking them completely, against the forms they name, before anything is written.

Every check here runs on a package in memory (and reads the store only to find form versions), so a
bad package is refused while the database is untouched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.agencies import Agency, Inspectorate
from jicpa_desktop.domain.answer_types import AnswerValueError, answer_type
from jicpa_desktop.domain.case_reference import reference_problem
from jicpa_desktop.domain.form_model import FormDefinition, Question
from jicpa_desktop.domain.grades import Grade
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
from jicpa_desktop.services.errors import UserError
from jicpa_desktop.services.field_versions import ANSWER, GRADE, MODERATION
from jicpa_desktop.services.handover_types import PackageInfo

KINDS = ("sampled", "tracked")
ROLES = ("lead", "inspector")


_Refuser = Callable[[PackageProblem, str], "PackageRefusedError"]


class PackageRefusedError(UserError):
    """A package that cannot be imported; the message names the file and the problem."""

    def __init__(self, message: str, problem: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class LoadedPackage:
    path: Path
    info: PackageInfo
    manifest: Manifest
    data: PackageData


def _refuse(path: Path, problem: PackageProblem | str, message: str) -> PackageRefusedError:
    return PackageRefusedError(f"{path.name}: {message}", str(problem))


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
            raise _refuse(
                path,
                PackageProblem.TOO_LARGE,
                f"the file is {size} bytes; packages larger than {package_limits.MAX_PACKAGE_BYTES} bytes are refused.",
            )
        blob = path.read_bytes()
    except OSError as error:
        raise _refuse(path, PackageProblem.NOT_A_PACKAGE, f"cannot be read ({error.strerror}).") from None
    try:
        manifest, entries = open_package_bytes(blob, passphrase, keys)
    except PackageError as error:
        raise _refuse(path, error.problem, error.message) from None
    return OpenedPackage(path, len(blob), hashlib.sha256(blob).hexdigest(), manifest, entries)


def parse_one(opened: OpenedPackage) -> LoadedPackage:
    """Parse and schema-check the entries of an opened package."""
    manifest = opened.manifest
    try:
        data = parse_entries(manifest, opened.entries)
    except PackageError as error:
        raise _refuse(opened.path, error.problem, error.message) from None
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
                raise _refuse(
                    package.path,
                    PackageProblem.INCONSISTENT,
                    f"it carries a version {s.version} of form {s.form_id!r} that differs from the one "
                    "this laptop already has. Nothing was imported.",
                )
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
        if texts is None:
            return None
        try:
            standard, _ = load_standard_text(texts[1], f"{form_id} v{version} (package)")
            definition = load_form_text(texts[0], f"{form_id} v{version} (package)", standard)
        except (FormDefinitionError, ValueError):
            return None
        self._loaded[key] = definition
        return definition


def _valid_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def validate(package: LoadedPackage, forms: FormLookup) -> None:
    """Every check a package must pass before it may touch the store; raises PackageRefusedError."""
    data, path = package.data, package.path

    def refuse(problem: PackageProblem, message: str) -> PackageRefusedError:
        return _refuse(path, problem, message + " Nothing was imported.")

    inspection = data.inspection
    if not (_valid_date(inspection.start_date) and _valid_date(inspection.end_date)):
        raise refuse(PackageProblem.BAD_SCHEMA, "the inspection's dates are not dates.")
    for member in inspection.team:
        if member.inspectorate not in {i.value for i in Inspectorate} or member.role not in ROLES:
            raise refuse(PackageProblem.BAD_SCHEMA, f"team member {member.name!r} has an unknown inspectorate or role.")
    agencies = {a.value for a in Agency}
    case_agency: dict[str, str] = {}
    for case in data.cases:
        if case.agency not in agencies:
            raise refuse(
                PackageProblem.BAD_SCHEMA, f"case file {case.reference!r} names an unknown agency {case.agency!r}."
            )
        if case.kind not in KINDS:
            raise refuse(PackageProblem.BAD_SCHEMA, f"case file {case.reference!r} has an unknown kind {case.kind!r}.")
        problem = reference_problem(case.reference)
        if problem:
            raise refuse(PackageProblem.BAD_SCHEMA, f"case file {case.reference!r}: {problem}")
        case_agency[case.id] = case.agency
    listed_forms = set(package.manifest.form_versions)
    definitions: dict[str, FormDefinition] = {}
    for response in data.responses:
        form = forms.get(response.form_id, response.form_version)
        if form is None:
            if not forms.knows(response.form_id):
                raise refuse(
                    PackageProblem.UNKNOWN_FORM,
                    f"it holds answers to a form {response.form_id!r} this copy of JICPA Desktop does not know.",
                )
            raise refuse(
                PackageProblem.UNKNOWN_FORM,
                f"it holds answers to version {response.form_version} of form {response.form_id!r}, which "
                "neither this laptop nor the package has.",
            )
        if (response.form_id, response.form_version) not in listed_forms:
            raise refuse(
                PackageProblem.INCONSISTENT,
                f"its manifest does not list form {response.form_id!r} version {response.form_version}.",
            )
        if not form.applies_to(Agency(case_agency[response.case_id])):
            raise refuse(
                PackageProblem.INCONSISTENT,
                f"form {response.form_id!r} is not used for {case_agency[response.case_id]} records.",
            )
        definitions[response.id] = form
    rows = {r.id: r for r in data.rows}
    for row in data.rows:
        group = definitions[row.response_id].question(row.group_id)
        if group is None or not group.is_repeat:
            raise refuse(
                PackageProblem.UNKNOWN_QUESTION,
                f"it has a row of {row.group_id!r}, which is not a repeat group of form "
                f"{definitions[row.response_id].id!r}.",
            )
    for f in data.answers:
        if f.entity != ANSWER:
            raise refuse(PackageProblem.BAD_SCHEMA, "data/answers.json holds something other than answers.")
        form = definitions[f.response_id]
        question = form.question(f.question_id)
        if question is None or question.is_repeat:
            raise refuse(
                PackageProblem.UNKNOWN_QUESTION,
                f"it answers a question {f.question_id!r} that form {form.id!r} (version {form.version}) "
                "does not have.",
            )
        group = form.parent_of(f.question_id)
        if (group is None) != (f.row_id == "") or (group is not None and rows[f.row_id].group_id != group.id):
            raise refuse(PackageProblem.INCONSISTENT, f"its answer to {f.question_id!r} is in the wrong repeat row.")
        for v in f.versions:
            _check_answer_value(question, v.value, refuse)
    for f in data.grades:
        if f.entity not in (GRADE, MODERATION) or f.question_id or f.row_id or f.answer_id:
            raise refuse(PackageProblem.BAD_SCHEMA, "data/grades.json holds something other than grades.")
        for v in f.versions:
            _check_grade_value(f, v.value, v.evidence, refuse)
    for event in data.audit:
        if len(event.field) > 500:
            raise refuse(PackageProblem.BAD_SCHEMA, "an audit event is malformed.")


def _check_answer_value(question: Question, value: object, refuse: _Refuser) -> None:
    if value is None:
        return
    kind = answer_type(question.type)
    try:
        typed = kind.from_json(value, question)  # type: ignore[arg-type]
    except AnswerValueError as error:
        raise refuse(
            PackageProblem.INVALID_VALUE,
            f"its value for {question.id!r} is not valid for that question: {error.message.en}.",
        ) from None
    if kind.to_json(typed) != value:
        raise refuse(
            PackageProblem.INVALID_VALUE,
            f"its value for {question.id!r} ({value!r}) is not in the form that question stores.",
        )


_GRADES = {g.value for g in Grade}


def _check_grade_value(f: FieldData, value: object, evidence: str, refuse: _Refuser) -> None:
    if not isinstance(value, dict) or evidence:
        raise refuse(PackageProblem.INVALID_VALUE, f"a {f.entity} value is malformed.")
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
        raise refuse(PackageProblem.INVALID_VALUE, f"a {f.entity} value is not a valid grade record.")


def inspect_file(path: Path, passphrase: str | None) -> PackageInfo:
    """Open and check a package without any database: its manifest, as PackageInfo."""
    return read_one(path, passphrase).info

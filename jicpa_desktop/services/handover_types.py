"""Plain, frozen records the hand-over services give the GUI and the command line."""

from __future__ import annotations

from dataclasses import dataclass, field

from jicpa_desktop.domain.localized import LocalizedText


@dataclass(frozen=True, slots=True)
class PackageInfo:
    """What a package says about itself (its manifest), after every check has passed."""

    path: str
    package_id: str
    kind: str
    format_version: int
    app_version: str
    created_at: str
    created_by: str
    inspector: str
    inspection_id: str
    inspection_name: str
    encrypted: bool
    whole_inspection: bool
    form_versions: tuple[tuple[str, int], ...]
    counts: dict[str, int]
    entries: tuple[tuple[str, str, int], ...]  # name, sha256, size
    size_bytes: int
    file_sha256: str


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    package_id: str
    size_bytes: int
    encrypted: bool
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class ChangedAnswer:
    case_reference: str
    agency: str
    form_id: str
    question_id: str  # "grade" / "moderation" for those fields
    row_id: str
    old_value: str
    new_value: str
    author: str
    at: str


@dataclass(frozen=True, slots=True)
class ConflictSide:
    version_id: str
    value: str  # as the question shows it
    value_json: str
    evidence: str
    author: str
    at: str
    inspector: str  # the inspector whose package brought it ("" when made on this laptop)
    package_id: str | None
    shown: bool  # the value this database currently shows ("mine")


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: str
    inspection_id: str
    case_id: str
    case_reference: str
    agency: str
    form_id: str
    response_id: str
    entity: str
    question_id: str
    question_label: str
    row_id: str
    sides: tuple[ConflictSide, ...]
    status: str
    detected_at: str
    resolved_by: str = ""
    resolved_at: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing the packages would do; apply_import returns the same record for what it did."""

    packages: tuple[PackageInfo, ...]
    already_imported: tuple[str, ...]  # package ids this database has imported before
    new_cases: tuple[tuple[str, str], ...]  # (reference, agency)
    new_responses: int
    changed_answers: tuple[ChangedAnswer, ...]
    conflicts: tuple[ConflictView, ...]  # open after the import
    new_versions: int
    applied: bool = False
    # What the person importing should know before they go on (an unencrypted package), for every front end.
    warnings: tuple[LocalizedText, ...] = ()
    # Files removed on another laptop (a tombstone in a package) that the import deletes here: (reference, agency).
    removed_cases: tuple[tuple[str, str], ...] = ()

    @property
    def changes_nothing(self) -> bool:
        return not (self.new_cases or self.new_responses or self.changed_answers or self.new_versions
                    or self.removed_cases)


@dataclass(frozen=True, slots=True)
class ModerationView:
    response_id: str
    case_id: str
    case_reference: str
    agency: str
    inspector: str
    form_id: str
    suggested_grade: str | None
    final_grade: str | None
    moderated_grade: str | None
    reason: str
    moderator: str
    moderated_at: str | None


@dataclass(frozen=True, slots=True)
class AgreementRow:
    label: str
    moderated: int
    agreed: int
    raised: int
    lowered: int
    other: int

    @property
    def agreement_rate(self) -> float:
        return self.agreed / self.moderated if self.moderated else 0.0


@dataclass(frozen=True, slots=True)
class AgreementSummary:
    by_inspector: tuple[AgreementRow, ...]
    by_form: tuple[AgreementRow, ...]
    overall: AgreementRow
    graded: int = 0
    details: tuple[ModerationView, ...] = field(default=())

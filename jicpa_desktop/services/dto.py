"""Plain, frozen records that services hand to the GUI and the command line (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field

from jicpa_desktop.domain.answer_types import AnswerValue
from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.domain.grades import GradeSuggestion
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.forms_engine.evaluation import Evaluation, ResponseState


@dataclass(frozen=True, slots=True)
class TeamMemberInfo:
    id: str
    name: str
    inspectorate: str
    role: str
    retired: bool = False


@dataclass(frozen=True, slots=True)
class InspectionInfo:
    id: str
    name: str
    local_authority: str
    start_date: str
    end_date: str
    inspectorates: tuple[str, ...]
    enabled_forms: tuple[str, ...]
    local_terms: dict[str, str]
    team: tuple[TeamMemberInfo, ...] = ()
    case_count: int = 0


@dataclass(frozen=True, slots=True)
class CaseInfo:
    id: str
    inspection_id: str
    reference: str
    agency: str
    kind: str
    age_band: str
    inspector: str | None
    status: str = "not_started"
    escalated: bool = False
    # Team members who hold one of a tracked file's conversations: it is among their files too ("My files").
    conversations_with: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FormStatus:
    form_id: str
    title_en: str
    title_cy: str
    status: str  # not_started | in_progress | complete
    answered: int
    relevant: int
    required_missing: int
    evidence_missing: int
    suggested_grade: str
    final_grade: str | None
    escalated: bool


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    form_id: str
    question_id: str
    row_id: str
    value: AnswerValue | None
    evidence_note: str
    updated_at: str
    updated_by: str


@dataclass(frozen=True, slots=True)
class ResponseView:
    """Everything a form screen needs to show one form for one case file."""

    case: CaseInfo
    form: FormDefinition
    response_id: str | None
    form_version: int
    current_version: int
    state: ResponseState
    evaluation: Evaluation
    final_grade: str | None
    override_reason: str
    recorded_suggestion: str | None
    escalated: bool
    updated_at: str | None
    updated_by: str


@dataclass(frozen=True, slots=True)
class SavedAnswer:
    changed: bool
    saved_at: str
    value: AnswerValue | None


@dataclass(frozen=True, slots=True)
class GradeView:
    suggestion: GradeSuggestion
    final_grade: str | None
    override_reason: str
    needs_moderation: bool


@dataclass(frozen=True, slots=True)
class ProgressRow:
    inspector: str
    agency: str
    files: int
    forms_total: int
    forms_complete: int
    required_missing: int
    evidence_missing: int
    escalations: int

    @property
    def percent_complete(self) -> float:
        return 100.0 * self.forms_complete / self.forms_total if self.forms_total else 0.0


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    column: str
    message: str  # English
    message_cy: str = ""

    @property
    def text(self) -> LocalizedText:
        """The problem in both languages, for a front end to show in its own."""
        return LocalizedText(self.message, self.message_cy)

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    problems: tuple[RowProblem, ...] = field(default=())

"""SQLModel tables of the local store; every row carries a stable UUID that the team merge relies on.

Timestamps are ISO-8601 UTC strings ("2024-01-15T09:30:00.123456Z"): they sort as text, travel in
packages unchanged, and avoid SQLite's lack of a time-zone-aware datetime type.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def new_id() -> str:
    return str(uuid.uuid4())


class Inspection(SQLModel, table=True):
    __tablename__ = "inspection"

    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    local_authority: str
    start_date: str
    end_date: str
    inspectorates_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    enabled_forms_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    local_terms_json: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    created_at: str
    updated_at: str


class TeamMember(SQLModel, table=True):
    __tablename__ = "team_member"
    __table_args__ = (UniqueConstraint("inspection_id", "name"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    inspection_id: str = Field(foreign_key="inspection.id", index=True)
    name: str
    inspectorate: str
    role: str = "inspector"
    created_at: str
    retired_at: str | None = None  # migration 0005: kept for the files and history, not offered for new work


class CaseFile(SQLModel, table=True):
    # Not "case": that is an SQL keyword.
    __tablename__ = "case_file"
    __table_args__ = (UniqueConstraint("inspection_id", "reference", "agency"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    inspection_id: str = Field(foreign_key="inspection.id", index=True)
    reference: str
    agency: str
    kind: str
    age_band: str = ""
    inspector_id: str | None = Field(default=None, foreign_key="team_member.id")
    created_at: str
    updated_at: str


class FormResponse(SQLModel, table=True):
    __tablename__ = "form_response"
    __table_args__ = (UniqueConstraint("case_id", "form_id"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    case_id: str = Field(foreign_key="case_file.id", index=True)
    form_id: str
    form_version: int
    suggested_grade: str | None = None
    final_grade: str | None = None
    override_reason: str = ""
    escalated: bool = False
    created_at: str
    updated_at: str
    updated_by: str = ""


class RepeatRow(SQLModel, table=True):
    __tablename__ = "repeat_row"

    id: str = Field(default_factory=new_id, primary_key=True)
    response_id: str = Field(foreign_key="form_response.id", index=True)
    group_id: str
    position: float
    deleted: bool = False
    created_at: str
    updated_at: str
    updated_by: str = ""


class Answer(SQLModel, table=True):
    __tablename__ = "answer"
    # row_id is "" for top-level questions: SQLite treats NULLs as distinct in UNIQUE constraints.
    __table_args__ = (UniqueConstraint("response_id", "question_id", "row_id"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    response_id: str = Field(foreign_key="form_response.id")
    question_id: str
    row_id: str = ""
    value_json: str = Field(sa_column=Column(Text, nullable=False))
    evidence_note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    form_version: int
    updated_at: str
    updated_by: str = ""


class AuditEvent(SQLModel, table=True):
    """Append-only: triggers in the schema refuse UPDATE and DELETE on this table."""

    __tablename__ = "audit_event"

    id: str = Field(default_factory=new_id, primary_key=True)
    inspection_id: str = Field(index=True)
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    field: str = ""
    old_json: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    new_json: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class FormSnapshot(SQLModel, table=True):
    """The exact definition text a response was given under, so old versions still load and show."""

    __tablename__ = "form_snapshot"

    form_id: str = Field(primary_key=True)
    version: int = Field(primary_key=True)
    source_text: str = Field(sa_column=Column(Text, nullable=False))
    standard_text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: str


# -- hand-over (migration 0003): per-field version histories, conflicts, packages, id aliases ------------


class FieldVersion(SQLModel, table=True):
    """One value a mergeable field has had. A field is an answer (value + evidence note, keyed by
    response, question and row), a form's grade, or its moderation. Parents are the versions this one
    replaced, so the versions of a field form a small DAG; its heads are its current value(s)."""

    __tablename__ = "field_version"
    __table_args__ = (Index("ix_field_version_field", "response_id", "entity", "question_id", "row_id"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    entity: str  # answer | grade | moderation
    response_id: str
    question_id: str = ""
    row_id: str = ""
    value_json: str = Field(sa_column=Column(Text, nullable=False))
    evidence_note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    parents_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    author: str
    at: str
    # False only for versions made here and never exported: those may be rewritten in place.
    sealed: bool = False
    # The earliest package (by its creation time, then id) that carried this version; None = made here.
    package_id: str | None = None
    package_created_at: str | None = None


class MergeConflict(SQLModel, table=True):
    """Two or more current values of one field that differ; kept until the lead resolves them."""

    __tablename__ = "merge_conflict"
    __table_args__ = (Index("ix_merge_conflict_field", "response_id", "entity", "question_id", "row_id"),)

    id: str = Field(primary_key=True)  # derived from the field and its heads: the same everywhere
    inspection_id: str = Field(index=True)
    entity: str
    response_id: str
    question_id: str = ""
    row_id: str = ""
    heads_json: str = Field(sa_column=Column(Text, nullable=False))
    status: str = "open"  # open | resolved | superseded
    detected_at: str
    resolved_at: str | None = None
    resolved_by: str = ""
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    resolution_version_id: str | None = None


class PackageLog(SQLModel, table=True):
    """Every package exported from or imported into this database."""

    __tablename__ = "package_log"

    id: str = Field(default_factory=new_id, primary_key=True)
    package_id: str = Field(index=True)
    direction: str  # export | import
    inspection_id: str = Field(index=True)
    kind: str
    inspector: str
    created_by: str
    created_at: str
    app_version: str
    format_version: int
    encrypted: bool
    file_name: str
    file_sha256: str
    logged_at: str
    logged_by: str
    summary_json: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))


class IdAlias(SQLModel, table=True):
    """A stable id that was found to name the same thing as a smaller one (the canonical id)."""

    __tablename__ = "id_alias"

    entity: str = Field(primary_key=True)
    alias_id: str = Field(primary_key=True)
    canonical_id: str = Field(index=True)


class GradeModeration(SQLModel, table=True):
    """The lead's moderation of a form's grade (catalogue oj_13), materialised from its field versions."""

    __tablename__ = "grade_moderation"

    response_id: str = Field(primary_key=True)
    inspection_id: str = Field(index=True)
    original_grade: str | None = None
    moderated_grade: str
    reason: str = Field(sa_column=Column(Text, nullable=False))
    moderator: str
    moderated_at: str
    version_id: str

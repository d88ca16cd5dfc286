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
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)

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

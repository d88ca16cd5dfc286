"""Tables of meeting observations (migration 0011): observations of live meetings belong to the inspection.

An observation is answered with an inspection-level form (`scope: inspection`, the catalogue's Form 22) and is
never attached to a child's file. Its answers travel in packages; the latest change of each answer wins, and a
removed observation stays removed on every laptop (its `removed_at` is sticky).
"""

from __future__ import annotations

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from jicpa_desktop.store.tables import new_id


class MeetingObservation(SQLModel, table=True):
    __tablename__ = "meeting_observation"

    id: str = Field(default_factory=new_id, primary_key=True)
    inspection_id: str = Field(foreign_key="inspection.id", index=True)
    form_id: str
    form_version: int
    observed_on: str  # ISO date of the meeting; the meeting itself is named by its type, never by a child
    observer_id: str | None = Field(default=None, foreign_key="team_member.id")
    created_at: str
    updated_at: str
    updated_by: str = ""
    removed_at: str | None = None


class ObservationAnswer(SQLModel, table=True):
    __tablename__ = "observation_answer"
    __table_args__ = (UniqueConstraint("observation_id", "question_id"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    observation_id: str = Field(foreign_key="meeting_observation.id", index=True)
    inspection_id: str = Field(index=True)  # so a wipe finds these rows by column, like every other table
    question_id: str
    value_json: str = Field(sa_column=Column(Text, nullable=False))
    evidence_note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    updated_at: str
    updated_by: str = ""

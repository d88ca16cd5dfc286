"""Tables of the genograms (migration 0008): each case file's agency and inspector genograms, kept field by field.

A genogram's content is a set of elements (persons, unions, links, households, ecomap nodes and ties), each a
few named fields. Every field has its own small history of versions (parents = the versions it replaced) so
that the team merge reconciles it like an answer; genogram_value holds what is shown.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from jicpa_desktop.store.tables import new_id


class GenogramRow(SQLModel, table=True):
    __tablename__ = "genogram"
    __table_args__ = (UniqueConstraint("case_id", "source"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    # No foreign key: the team merge renames a case file's id (the smaller wins) and then moves these rows.
    case_id: str = Field(index=True)
    source: str  # agency (the agency's genogram, transcribed) | inspector (built by the inspector)
    created_at: str
    created_by: str


class GenogramValue(SQLModel, table=True):
    """The shown value of one field of one element: the latest head of its versions."""

    __tablename__ = "genogram_value"

    genogram_id: str = Field(primary_key=True)
    case_id: str = Field(index=True)  # so a wipe or a removal of the case file finds these rows
    element_id: str = Field(primary_key=True)
    field: str = Field(primary_key=True)  # "_kind", "_deleted" or a field of the element's kind
    value_json: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: str
    updated_by: str


class GenogramVersion(SQLModel, table=True):
    __tablename__ = "genogram_version"
    __table_args__ = (Index("ix_genogram_version_field", "genogram_id", "element_id", "field"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    genogram_id: str
    case_id: str = Field(index=True)
    element_id: str
    field: str
    value_json: str = Field(sa_column=Column(Text, nullable=False))
    parents_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    author: str
    at: str
    sealed: bool = False  # False only for versions made here and never exported: those may be rewritten
    package_id: str | None = None


class GenogramConflict(SQLModel, table=True):
    """Two or more differing current values of one field, kept until someone settles them."""

    __tablename__ = "genogram_conflict"
    __table_args__ = (Index("ix_genogram_conflict_field", "genogram_id", "element_id", "field"),)

    id: str = Field(primary_key=True)  # derived from the field and its heads: the same on every laptop
    genogram_id: str
    case_id: str = Field(index=True)
    element_id: str
    field: str
    heads_json: str = Field(sa_column=Column(Text, nullable=False))
    status: str = "open"  # open | resolved | superseded
    detected_at: str
    resolved_at: str | None = None
    resolved_by: str = ""

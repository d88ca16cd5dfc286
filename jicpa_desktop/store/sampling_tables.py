"""The inspection's sampling frame: the local authority's list of children as candidates (migration 0009).

Candidates are not files: a sample drawn from them (services/sampling_frame.py) makes the chosen ones files.
Pseudonymous references only, as everywhere; identifying columns are refused when the list is read.
"""

from __future__ import annotations

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from jicpa_desktop.store.tables import new_id


class SamplingCandidate(SQLModel, table=True):
    __tablename__ = "sampling_candidate"
    __table_args__ = (UniqueConstraint("inspection_id", "reference", "agency"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    inspection_id: str = Field(foreign_key="inspection.id", index=True)
    reference: str
    agency: str
    age_band: str = ""
    status: str = ""  # cpr | cla | cin | … as the list gives it, lower case
    concern: str = ""  # the concern type as the list gives it, lower case
    added_at: str

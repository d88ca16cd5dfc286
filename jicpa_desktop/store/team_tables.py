"""Tables of the team's week on this laptop: who the user is in each inspection (migration 0005).

The identity is local: it says who sits at this laptop, so it never travels in a package (package_export
reads named tables only) and a teammate's import never changes it.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class LocalIdentity(SQLModel, table=True):
    """The team member this laptop's user is, per inspection; member_id may be an id the merge later
    aliased (id_alias), so it is kept without a foreign key and resolved through the aliases."""

    __tablename__ = "local_identity"

    inspection_id: str = Field(primary_key=True, foreign_key="inspection.id")
    member_id: str
    chosen_at: str

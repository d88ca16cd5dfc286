"""Tables of the end-of-inspection wipe (migration 0007): the deletion records that survive a wipe, and the
files the tool exported, so a wipe can remove them too. The audit chain's head (migration 0006) is here too."""

from __future__ import annotations

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from jicpa_desktop.store.tables import new_id


class AuditChainHead(SQLModel, table=True):
    """Where each inspection's audit hash chain ends: a removed last event shows as a chain shorter than this."""

    __tablename__ = "audit_chain_head"

    inspection_id: str = Field(primary_key=True)
    length: int
    hash: str


class WipeRecord(SQLModel, table=True):
    """What a wipe deleted: no child data, only the inspection's name and dates, counts, files and a checksum."""

    __tablename__ = "wipe_record"

    id: str = Field(default_factory=new_id, primary_key=True)
    inspection_id: str
    inspection_name: str
    local_authority: str
    start_date: str
    end_date: str
    wiped_at: str
    wiped_by: str
    counts_json: str = Field(sa_column=Column(Text, nullable=False))
    content_sha256: str
    audit_json: str = Field(sa_column=Column(Text, nullable=False))
    archive_json: str = Field(default="null", sa_column=Column(Text, nullable=False, default="null"))
    files_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    app_version: str


class ExportFile(SQLModel, table=True):
    """A file the tool wrote with an inspection's data (package, workbook, PDF), so a wipe can remove it."""

    __tablename__ = "export_file"

    id: str = Field(default_factory=new_id, primary_key=True)
    inspection_id: str = Field(index=True)
    kind: str
    path: str
    sha256: str
    created_at: str
    created_by: str

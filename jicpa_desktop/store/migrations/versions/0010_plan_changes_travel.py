"""The lead's plan changes travel: team members' last change (team_member.updated_at/updated_by), removed files'
tombstones (case_tombstone) and the allocation of tracked files' conversations (conversation_allocation).

Revision ID: 0010
Revises: 0009
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("team_member") as batch:
        batch.add_column(sa.Column("updated_at", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("updated_by", sa.String(), nullable=False, server_default=""))
    # A member's last change so far is their creation or their retirement, whichever came later.
    op.execute("UPDATE team_member SET updated_at = CASE WHEN retired_at IS NOT NULL AND retired_at > created_at "
               "THEN retired_at ELSE created_at END")
    op.create_table(
        "case_tombstone",
        sa.Column("case_id", sa.String(), primary_key=True),
        sa.Column("inspection_id", sa.String(), sa.ForeignKey("inspection.id"), nullable=False, index=True),
        sa.Column("reference", sa.String(), nullable=False),
        sa.Column("agency", sa.String(), nullable=False),
        sa.Column("removed_at", sa.String(), nullable=False),
        sa.Column("removed_by", sa.String(), nullable=False, server_default=""),
    )
    op.create_table(
        "conversation_allocation",
        sa.Column("case_id", sa.String(), primary_key=True),
        sa.Column("person", sa.String(), primary_key=True),
        sa.Column("inspection_id", sa.String(), sa.ForeignKey("inspection.id"), nullable=False, index=True),
        sa.Column("member_id", sa.String(), nullable=True),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False, server_default=""),
    )
    # Files removed before this version are tombstones in the audit trail only: keep them as tombstones
    # that travel, so an older package holding one does not bring it back.
    connection = op.get_bind()
    for case_id, inspection_id, at, actor, old_json in connection.execute(sa.text(
            "SELECT entity_id, inspection_id, at, actor, old_json FROM audit_event WHERE entity = 'case_file' "
            "AND action = 'delete' AND inspection_id IN (SELECT id FROM inspection)")).all():
        old = json.loads(old_json or "{}")
        connection.execute(sa.text(
            "INSERT OR IGNORE INTO case_tombstone (case_id, inspection_id, reference, agency, removed_at, "
            "removed_by) VALUES (:c, :i, :r, :a, :t, :b)"),
            {"c": case_id, "i": inspection_id, "r": str(old.get("reference", "")), "a": str(old.get("agency", "")),
             "t": at, "b": actor})


def downgrade() -> None:
    op.drop_table("conversation_allocation")
    op.drop_table("case_tombstone")
    with op.batch_alter_table("team_member") as batch:
        batch.drop_column("updated_by")
        batch.drop_column("updated_at")

"""The end-of-inspection wipe: deletion records (wipe_record) and the files the tool exported (export_file).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wipe_record",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("inspection_id", sa.String(), nullable=False),
        sa.Column("inspection_name", sa.String(), nullable=False),
        sa.Column("local_authority", sa.String(), nullable=False),
        sa.Column("start_date", sa.String(), nullable=False),
        sa.Column("end_date", sa.String(), nullable=False),
        sa.Column("wiped_at", sa.String(), nullable=False),
        sa.Column("wiped_by", sa.String(), nullable=False),
        sa.Column("counts_json", sa.Text(), nullable=False),
        sa.Column("content_sha256", sa.String(), nullable=False),
        sa.Column("audit_json", sa.Text(), nullable=False),
        sa.Column("archive_json", sa.Text(), nullable=False, server_default="null"),
        sa.Column("files_json", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("app_version", sa.String(), nullable=False),
    )
    op.create_table(
        "export_file",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("inspection_id", sa.String(), nullable=False, index=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("export_file")
    op.drop_table("wipe_record")

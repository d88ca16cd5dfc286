"""Genograms and ecomaps per case file (agency's transcribed, inspector-built), kept and merged field by field.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "genogram",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("case_id", sa.String(), nullable=False, index=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.UniqueConstraint("case_id", "source"),
    )
    op.create_table(
        "genogram_value",
        sa.Column("genogram_id", sa.String(), primary_key=True),
        sa.Column("case_id", sa.String(), nullable=False, index=True),
        sa.Column("element_id", sa.String(), primary_key=True),
        sa.Column("field", sa.String(), primary_key=True),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
    )
    op.create_table(
        "genogram_version",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("genogram_id", sa.String(), nullable=False),
        sa.Column("case_id", sa.String(), nullable=False, index=True),
        sa.Column("element_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("parents_json", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("sealed", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("package_id", sa.String(), nullable=True),
    )
    op.create_index("ix_genogram_version_field", "genogram_version", ["genogram_id", "element_id", "field"])
    op.create_table(
        "genogram_conflict",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("genogram_id", sa.String(), nullable=False),
        sa.Column("case_id", sa.String(), nullable=False, index=True),
        sa.Column("element_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("heads_json", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False, server_default="open"),
        sa.Column("detected_at", sa.String(), nullable=False),
        sa.Column("resolved_at", sa.String(), nullable=True),
        sa.Column("resolved_by", sa.String(), nullable=False, server_default=""),
    )
    op.create_index("ix_genogram_conflict_field", "genogram_conflict", ["genogram_id", "element_id", "field"])


def downgrade() -> None:
    op.drop_index("ix_genogram_conflict_field", "genogram_conflict")
    op.drop_table("genogram_conflict")
    op.drop_index("ix_genogram_version_field", "genogram_version")
    op.drop_table("genogram_version")
    op.drop_table("genogram_value")
    op.drop_table("genogram")

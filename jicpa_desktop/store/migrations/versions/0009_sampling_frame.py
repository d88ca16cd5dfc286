"""The sampling frame: the local authority's list of children as candidates for the sample (sampling_candidate).

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sampling_candidate",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("inspection_id", sa.String(), sa.ForeignKey("inspection.id"), nullable=False, index=True),
        sa.Column("reference", sa.String(), nullable=False),
        sa.Column("agency", sa.String(), nullable=False),
        sa.Column("age_band", sa.String(), nullable=False, server_default=""),
        sa.Column("status", sa.String(), nullable=False, server_default=""),
        sa.Column("concern", sa.String(), nullable=False, server_default=""),
        sa.Column("added_at", sa.String(), nullable=False),
        sa.UniqueConstraint("inspection_id", "reference", "agency"),
    )


def downgrade() -> None:
    op.drop_table("sampling_candidate")

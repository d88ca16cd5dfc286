"""Meeting observations in their own place: meeting_observation and observation_answer (inspection-level forms).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_observation",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("inspection_id", sa.String(), sa.ForeignKey("inspection.id"), nullable=False, index=True),
        sa.Column("form_id", sa.String(), nullable=False),
        sa.Column("form_version", sa.Integer(), nullable=False),
        sa.Column("observed_on", sa.String(), nullable=False),
        sa.Column("observer_id", sa.String(), sa.ForeignKey("team_member.id"), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False, server_default=""),
        sa.Column("removed_at", sa.String(), nullable=True),
    )
    op.create_table(
        "observation_answer",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("observation_id", sa.String(), sa.ForeignKey("meeting_observation.id"), nullable=False,
                  index=True),
        sa.Column("inspection_id", sa.String(), nullable=False, index=True),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("evidence_note", sa.Text(), nullable=False, server_default=""),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False, server_default=""),
        sa.UniqueConstraint("observation_id", "question_id"),
    )


def downgrade() -> None:
    op.drop_table("observation_answer")
    op.drop_table("meeting_observation")

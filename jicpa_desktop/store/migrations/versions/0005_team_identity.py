"""Who I am per inspection on this laptop (local_identity), and retired team members (team_member.retired_at).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "local_identity",
        sa.Column("inspection_id", sa.String(), sa.ForeignKey("inspection.id"), primary_key=True),
        sa.Column("member_id", sa.String(), nullable=False),
        sa.Column("chosen_at", sa.String(), nullable=False),
    )
    with op.batch_alter_table("team_member") as batch:
        batch.add_column(sa.Column("retired_at", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("team_member") as batch:
        batch.drop_column("retired_at")
    op.drop_table("local_identity")

"""Local terms per inspection (the front door is "SPOC" in one area and "MASH" in another).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inspection") as batch:
        batch.add_column(sa.Column("local_terms_json", sa.Text(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("inspection") as batch:
        batch.drop_column("local_terms_json")

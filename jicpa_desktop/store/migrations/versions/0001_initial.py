"""Initial schema: inspections, team, case files, responses, answers, repeat rows, audit trail.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inspection",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("local_authority", sa.String(), nullable=False),
        sa.Column("start_date", sa.String(), nullable=False),
        sa.Column("end_date", sa.String(), nullable=False),
        sa.Column("inspectorates_json", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("enabled_forms_json", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_table(
        "team_member",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("inspection_id", sa.String(), sa.ForeignKey("inspection.id"), nullable=False, index=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("inspectorate", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.UniqueConstraint("inspection_id", "name"),
    )
    op.create_table(
        "case_file",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("inspection_id", sa.String(), sa.ForeignKey("inspection.id"), nullable=False, index=True),
        sa.Column("reference", sa.String(), nullable=False),
        sa.Column("agency", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("age_band", sa.String(), nullable=False),
        sa.Column("inspector_id", sa.String(), sa.ForeignKey("team_member.id"), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.UniqueConstraint("inspection_id", "reference", "agency"),
    )
    op.create_table(
        "form_response",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("case_id", sa.String(), sa.ForeignKey("case_file.id"), nullable=False, index=True),
        sa.Column("form_id", sa.String(), nullable=False),
        sa.Column("form_version", sa.Integer(), nullable=False),
        sa.Column("suggested_grade", sa.String(), nullable=True),
        sa.Column("final_grade", sa.String(), nullable=True),
        sa.Column("override_reason", sa.String(), nullable=False),
        sa.Column("escalated", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.UniqueConstraint("case_id", "form_id"),
    )
    op.create_table(
        "repeat_row",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("response_id", sa.String(), sa.ForeignKey("form_response.id"), nullable=False, index=True),
        sa.Column("group_id", sa.String(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
    )
    op.create_table(
        "answer",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("response_id", sa.String(), sa.ForeignKey("form_response.id"), nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("evidence_note", sa.Text(), nullable=False, server_default=""),
        sa.Column("form_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.UniqueConstraint("response_id", "question_id", "row_id"),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("inspection_id", sa.String(), nullable=False, index=True),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("old_json", sa.Text(), nullable=True),
        sa.Column("new_json", sa.Text(), nullable=True),
    )
    op.create_index("ix_audit_event_entity", "audit_event", ["entity", "entity_id"])
    # The audit trail is append-only by construction, not by convention.
    op.execute(
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
    op.create_table(
        "form_snapshot",
        sa.Column("form_id", sa.String(), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("standard_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
    )


def downgrade() -> None:
    for table in ("form_snapshot", "audit_event", "answer", "repeat_row", "form_response", "case_file",
                  "team_member", "inspection"):
        op.drop_table(table)

"""Hand-over: field version histories, merge conflicts, package log, id aliases, grade moderation.

Existing answers and grades get one base version each, with an id derived from their content, so
that work done before this upgrade merges like any other.

Revision ID: 0003
Revises: 0002
"""

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_NAMESPACE = uuid.UUID("6f1c8f0e-2b7a-4d1e-9a53-1f0c2d7e9b11")


def _dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def upgrade() -> None:
    op.create_table(
        "field_version",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("response_id", sa.String(), nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("evidence_note", sa.Text(), nullable=False, server_default=""),
        sa.Column("parents_json", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("sealed", sa.Boolean(), nullable=False),
        sa.Column("package_id", sa.String(), nullable=True),
        sa.Column("package_created_at", sa.String(), nullable=True),
    )
    op.create_index("ix_field_version_field", "field_version", ["response_id", "entity", "question_id", "row_id"])
    op.create_table(
        "merge_conflict",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("inspection_id", sa.String(), nullable=False, index=True),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("response_id", sa.String(), nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("heads_json", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("detected_at", sa.String(), nullable=False),
        sa.Column("resolved_at", sa.String(), nullable=True),
        sa.Column("resolved_by", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("resolution_version_id", sa.String(), nullable=True),
    )
    op.create_index("ix_merge_conflict_field", "merge_conflict", ["response_id", "entity", "question_id", "row_id"])
    op.create_table(
        "package_log",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("package_id", sa.String(), nullable=False, index=True),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("inspection_id", sa.String(), nullable=False, index=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("inspector", sa.String(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("app_version", sa.String(), nullable=False),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("file_sha256", sa.String(), nullable=False),
        sa.Column("logged_at", sa.String(), nullable=False),
        sa.Column("logged_by", sa.String(), nullable=False),
        sa.Column("summary_json", sa.Text(), nullable=False, server_default="{}"),
    )
    op.create_table(
        "id_alias",
        sa.Column("entity", sa.String(), primary_key=True),
        sa.Column("alias_id", sa.String(), primary_key=True),
        sa.Column("canonical_id", sa.String(), nullable=False, index=True),
    )
    op.create_table(
        "grade_moderation",
        sa.Column("response_id", sa.String(), primary_key=True),
        sa.Column("inspection_id", sa.String(), nullable=False, index=True),
        sa.Column("original_grade", sa.String(), nullable=True),
        sa.Column("moderated_grade", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("moderator", sa.String(), nullable=False),
        sa.Column("moderated_at", sa.String(), nullable=False),
        sa.Column("version_id", sa.String(), nullable=False),
    )
    bind = op.get_bind()
    versions = []
    for answer_id, response_id, question_id, row_id, value_json, note, at, by in bind.execute(sa.text(
            "SELECT id, response_id, question_id, row_id, value_json, evidence_note, updated_at, updated_by "
            "FROM answer")):
        version_id = str(uuid.uuid5(_NAMESPACE, _dumps(["answer", answer_id, value_json, note, at, by])))
        versions.append({"id": version_id, "e": "answer", "r": response_id, "q": question_id, "w": row_id,
                         "v": value_json, "n": note, "a": by, "t": at})
    for response_id, final, reason, suggested, at, by in bind.execute(sa.text(
            "SELECT id, final_grade, override_reason, suggested_grade, updated_at, updated_by FROM form_response "
            "WHERE final_grade IS NOT NULL OR override_reason != ''")):
        value_json = _dumps({"final_grade": final, "override_reason": reason, "suggested_grade": suggested})
        version_id = str(uuid.uuid5(_NAMESPACE, _dumps(["grade", response_id, value_json, at, by])))
        versions.append({"id": version_id, "e": "grade", "r": response_id, "q": "", "w": "",
                         "v": value_json, "n": "", "a": by, "t": at})
    if versions:
        bind.execute(sa.text(
            "INSERT INTO field_version (id, entity, response_id, question_id, row_id, value_json, evidence_note, "
            "parents_json, author, at, sealed) VALUES (:id, :e, :r, :q, :w, :v, :n, '[]', :a, :t, 1)"), versions)


def downgrade() -> None:
    for table in ("grade_moderation", "id_alias", "package_log", "merge_conflict", "field_version"):
        op.drop_table(table)

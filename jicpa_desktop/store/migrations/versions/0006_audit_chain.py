"""Hash-chain the audit trail: each event carries its position in its inspection's chain, the hash of the
event before it and its own hash (docs/audit-trail.md); the existing events are chained in the order they
were written (time, then insertion order), and each inspection's chain head is recorded.

Revision ID: 0006
Revises: 0005
"""

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# A copy of domain/audit_hash.py at this revision: a migration must compute what it computed when written.
_GENESIS = "0" * 64
_TAG = "jicpa-audit-event-1"
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))

_NO_UPDATE = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
)


def _hash(inspection_id, seq, row, prev_hash):
    payload = [_TAG, inspection_id, seq, *row, prev_hash]
    return hashlib.sha256(_ENCODER.encode(payload).encode("utf-8")).hexdigest()


def upgrade() -> None:
    op.add_column("audit_event", sa.Column("seq", sa.Integer(), nullable=True))
    op.add_column("audit_event", sa.Column("prev_hash", sa.String(), nullable=True))
    op.add_column("audit_event", sa.Column("hash", sa.String(), nullable=True))
    op.create_table(
        "audit_chain_head",
        sa.Column("inspection_id", sa.String(), primary_key=True),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
    )
    bind = op.get_bind()
    # Linking the existing events is the one update the trail allows, made here with the trigger down.
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    heads = {}
    updates = []
    rows = bind.execute(sa.text(
        "SELECT rowid, inspection_id, id, at, actor, action, entity, entity_id, field, old_json, new_json "
        "FROM audit_event ORDER BY inspection_id, at, rowid"))
    for rowid, inspection_id, *fields in rows:
        length, previous = heads.get(inspection_id, (0, _GENESIS))
        length += 1
        digest = _hash(inspection_id, length, fields, previous)
        updates.append({"r": rowid, "s": length, "p": previous, "h": digest})
        heads[inspection_id] = (length, digest)
    if updates:
        bind.execute(sa.text("UPDATE audit_event SET seq = :s, prev_hash = :p, hash = :h WHERE rowid = :r"), updates)
    if heads:
        bind.execute(
            sa.text("INSERT INTO audit_chain_head (inspection_id, length, hash) VALUES (:i, :n, :h)"),
            [{"i": i, "n": n, "h": h} for i, (n, h) in heads.items()],
        )
    op.execute(_NO_UPDATE)
    # One event per place in a chain; also serves every query by inspection, so the old index goes.
    op.create_index("ix_audit_event_chain", "audit_event", ["inspection_id", "seq"], unique=True)
    op.drop_index("ix_audit_event_inspection_id", table_name="audit_event")


def downgrade() -> None:
    op.create_index("ix_audit_event_inspection_id", "audit_event", ["inspection_id"])
    op.drop_index("ix_audit_event_chain", table_name="audit_event")
    op.drop_table("audit_chain_head")
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.drop_column("seq")
    op.execute(_NO_UPDATE)

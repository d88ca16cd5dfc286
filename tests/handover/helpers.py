"""Building independent laptops (separate SQLite files) and comparing what they hold, by meaning."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from tests.encrypted_db import connect_raw

PASSPHRASE = "correct horse battery staple"
TEAM = (
    ("Lead Lewis", "ciw", "lead"),
    ("Ann Health", "hiw", "inspector"),
    ("Bryn Police", "hmicfrs", "inspector"),
    ("Cerys Social", "ciw", "inspector"),
)


def laptop(folder: Path, name: str, catalogue: FormCatalogue) -> AppServices:
    return build_services(folder / f"{name}.sqlite3", actor=name, catalogue=catalogue)


def lead_with_inspection(folder: Path, catalogue: FormCatalogue) -> tuple[AppServices, str, dict[str, str]]:
    lead = laptop(folder, "Lead Lewis", catalogue)
    inspection = lead.inspections.create(
        name="Testshire JICPA",
        local_authority="Testshire",
        start="2024-01-15",
        end="2024-01-19",
        inspectorates=["ciw", "hiw", "hmicfrs"],
        enabled_forms=[f.id for f in lead.forms.all()],
        team=TEAM,
    )
    cases = {
        "TST24-01": lead.cases.add(
            inspection, reference="TST24-01", agency="children_services", kind="tracked", inspector="Cerys Social"
        ),
        "TST24-02": lead.cases.add(
            inspection, reference="TST24-02", agency="health", kind="sampled", inspector="Ann Health"
        ),
        "TST24-03": lead.cases.add(
            inspection, reference="TST24-03", agency="police", kind="sampled", inspector="Bryn Police"
        ),
    }
    return lead, inspection, cases


def file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def db_checksum(services: AppServices) -> str:
    """SHA-256 of the database file once every connection is closed (the WAL checkpointed and removed)."""
    services.close()
    wal = Path(str(services.db_path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return file_sha(services.db_path)


def consolidated_state(db_path: Path) -> dict[str, Any]:
    """What a database holds, by meaning (natural keys), leaving out local bookkeeping and times of import."""
    connection = connect_raw(db_path)
    try:
        q = connection.execute
        state: dict[str, Any] = {
            "cases": sorted(q("SELECT id, reference, agency, kind, age_band, inspector_id FROM case_file").fetchall()),
            "team": sorted(q("SELECT id, name, inspectorate, role FROM team_member").fetchall()),
            "responses": sorted(
                q(
                    "SELECT r.id, c.reference, c.agency, r.form_id, r.form_version, r.final_grade, r.override_reason, "
                    "r.escalated, r.updated_at, r.updated_by FROM form_response r JOIN case_file c ON c.id = r.case_id"
                ).fetchall()
            ),
            "answers": sorted(
                q(
                    "SELECT a.id, a.response_id, a.question_id, a.row_id, a.value_json, a.evidence_note, a.updated_at, "
                    "a.updated_by FROM answer a"
                ).fetchall()
            ),
            "rows": sorted(
                q("SELECT id, response_id, group_id, position, deleted, updated_at FROM repeat_row").fetchall()
            ),
            "versions": sorted(
                q(
                    "SELECT id, entity, response_id, question_id, row_id, value_json, evidence_note, parents_json, "
                    "author, at "
                    "FROM field_version"
                ).fetchall()
            ),
            "open_conflicts": sorted(
                q(
                    "SELECT id, entity, response_id, question_id, row_id, heads_json FROM merge_conflict "
                    "WHERE status = 'open'"
                ).fetchall()
            ),
            "moderation": sorted(
                q(
                    "SELECT response_id, original_grade, moderated_grade, reason, moderator, version_id "
                    "FROM grade_moderation"
                ).fetchall()
            ),
            "aliases": sorted(q("SELECT entity, alias_id, canonical_id FROM id_alias").fetchall()),
            "snapshots": sorted(q("SELECT form_id, version FROM form_snapshot").fetchall()),
            "audit_ids_from_packages": sorted(
                r[0] for r in q("SELECT id FROM audit_event WHERE action NOT IN ('import', 'settle')").fetchall()
            ),
        }
    finally:
        connection.close()
    return json.loads(json.dumps(state))

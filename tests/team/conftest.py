"""Laptops for the team's week: real database files in tmp folders, signed by who each user says they are."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from tests.background import drain_background_work

TEAM = (
    ("Lena Lead", "ciw", "lead"),
    ("Ann Health", "hiw", "inspector"),
    ("Bryn Police", "hmicfrs", "inspector"),
)


def laptop(folder: Path, name: str, catalogue: FormCatalogue) -> AppServices:
    """A laptop with no --as: its changes are signed by the member chosen on it (services/identity.py)."""
    folder.mkdir(parents=True, exist_ok=True)
    return build_services(folder / f"{name}.sqlite3", catalogue=catalogue)


def audit_actors(services: AppServices, inspection_id: str) -> list[tuple[str, str, str]]:
    """(actor, action, entity) of every audit event of the inspection, oldest first, read through the store."""
    from sqlalchemy import text

    with services.context.reading() as session:
        rows = session.execute(
            text("SELECT actor, action, entity FROM audit_event WHERE inspection_id = :i ORDER BY at, rowid"),
            {"i": inspection_id},
        ).all()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


@pytest.fixture
def lead(tmp_path: Path, bundled_catalogue: FormCatalogue) -> Iterator[AppServices]:
    services = laptop(tmp_path / "lead", "lead", bundled_catalogue)
    yield services
    drain_background_work()
    services.close()


@pytest.fixture
def planned(lead: AppServices) -> tuple[str, dict[str, str]]:
    """An inspection the lead set up (as Lena Lead) with three files, none allocated."""
    inspection_id = lead.inspections.create(
        name="Testshire JICPA", local_authority="Testshire", start="2024-01-15", end="2024-01-19",
        inspectorates=["ciw", "hiw", "hmicfrs"], enabled_forms=[f.id for f in lead.forms.all()],
        local_terms={"front_door": "MASH"}, team=TEAM, me="Lena Lead",
    )
    cases = {
        ref: lead.cases.add(inspection_id, reference=ref, agency=agency, kind=kind)
        for ref, agency, kind in (("TST24-01", "health", "sampled"), ("TST24-02", "health", "tracked"),
                                  ("TST24-03", "police", "sampled"))
    }
    return inspection_id, cases

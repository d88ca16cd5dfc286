"""Inspections: creation checks, the team, local terms; every change audited."""

from __future__ import annotations

import pytest

from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.errors import UserError
from tests.encrypted_db import connect_raw


def test_team_and_local_terms_are_kept_and_audited(services: AppServices, inspection_id: str) -> None:
    services.inspections.add_team_member(inspection_id, "Inspector E", "estyn")
    services.inspections.add_team_member(inspection_id, "Inspector E", "estyn")  # once only
    services.inspections.set_local_terms(inspection_id, {"front_door": "SPOC"})
    info = services.inspections.get(inspection_id)
    assert [(m.name, m.inspectorate, m.role) for m in info.team] == [("Inspector E", "estyn", "inspector")]
    assert info.local_terms == {"front_door": "SPOC"}
    with connect_raw(services.db_path) as connection:
        fields = [r[0] for r in connection.execute(
            "SELECT entity || ':' || field FROM audit_event WHERE inspection_id = ? ORDER BY rowid", (inspection_id,))]
    assert fields[-2:] == ["team_member:", "inspection:local_terms"]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"end": "2024-01-01"}, "before the start date"),
    ({"start": "15/01/2024"}, "YYYY-MM-DD"),
    ({"name": " "}, "Give the inspection a name"),
    ({"inspectorates": ["fire_service"]}, "Unknown inspectorate"),
])
def test_bad_inspection_details_are_explained(services: AppServices, kwargs: dict[str, object], message: str) -> None:
    details: dict[str, object] = {"name": "W", "local_authority": "L", "start": "2024-01-15", "end": "2024-01-19"}
    details.update(kwargs)
    with pytest.raises(UserError, match=message):
        services.inspections.create(**details)  # type: ignore[arg-type]
    assert services.inspections.list() == []

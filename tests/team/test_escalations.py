"""The lead's escalations list on real databases: what the inspector flagged, whose, the concern, new first;
acknowledged and closed by the lead, and that status travels to the inspector's laptop in the next package."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jicpa_desktop.cli import main
from jicpa_desktop.composition import AppServices
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.services.errors import UserError
from tests.handover.helpers import PASSPHRASE
from tests.team.conftest import laptop

VOC = "voice_of_child"


def test_escalations_new_first_acknowledged_closed_and_carried(
    tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]], bundled_catalogue: FormCatalogue,
    capsys: pytest.CaptureFixture[str],
) -> None:
    inspection_id, cases = planned
    lead.allocation.allocate([cases["TST24-01"], cases["TST24-02"]], "Ann Health")
    plan = tmp_path / "plan.jicpa"
    lead.handover.export_package(inspection_id, plan, PASSPHRASE, consolidated=True)
    ann = laptop(tmp_path / "ann", "ann", bundled_catalogue)
    try:
        ann.joining.join(plan, PASSPHRASE, "Ann Health")
        for ref, concern in (("TST24-01", "Bruising seen by health visitor; social worker told at 10:00."),
                             ("TST24-02", "Missing from home twice this week; police informed.")):
            ann.answers.set_answer(cases[ref], VOC, "std_escalate_now", "yes")
            ann.answers.set_answer(cases[ref], VOC, "std_escalate_action", concern)
            ann.answers.set_answer(cases[ref], VOC, "std_escalate_date", "2024-01-16")
        package = tmp_path / "ann.jicpa"
        ann.handover.export_package(inspection_id, package, PASSPHRASE)
        lead.handover.apply_import([package], PASSPHRASE)

        listed = lead.escalations.list(inspection_id)
        assert [(e.reference, e.status, e.inspector, e.raised_by) for e in listed] == [
            ("TST24-01", "new", "Ann Health", "Ann Health (HIW)"),
            ("TST24-02", "new", "Ann Health", "Ann Health (HIW)")]
        assert listed[0].concern.startswith("Bruising") and listed[0].raised_at == "2024-01-16"
        assert listed[0].form_title.en == "Voice of the child and lived experience"
        first = listed[0].response_id
        acknowledged = lead.escalations.acknowledge(first)
        assert (acknowledged.status, acknowledged.status_by) == ("acknowledged", "Lena Lead (CIW)")
        assert [e.reference for e in lead.escalations.list(inspection_id)] == ["TST24-02", "TST24-01"]  # new first
        with pytest.raises(UserError, match="outcome"):
            lead.escalations.close(first, " ")
        closed = lead.escalations.close(first, "Strategy discussion held the same day.")
        assert (closed.status, closed.outcome) == ("closed", "Strategy discussion held the same day.")
        with pytest.raises(UserError, match="Only the lead inspector acknowledges"):
            ann.escalations.acknowledge(listed[1].response_id)

        back = tmp_path / "back.jicpa"
        lead.handover.export_package(inspection_id, back, PASSPHRASE, consolidated=True)
        ann.handover.apply_import([back], PASSPHRASE)
        seen = {e.reference: (e.status, e.status_by) for e in ann.escalations.list(inspection_id)}
        assert seen == {"TST24-01": ("closed", "Lena Lead (CIW)"), "TST24-02": ("new", "")}
    finally:
        ann.close()

    lead.close()
    assert main(["--db", str(lead.db_path), "escalations", "list", "--inspection", inspection_id, "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [(e["reference"], e["status"]) for e in printed] == [("TST24-02", "new"), ("TST24-01", "closed")]
    assert printed[1]["form_title"]["cy"] == "Llais y plentyn a'i brofiad o fywyd"
    assert main(["--db", str(lead.db_path), "escalations", "close", "--response", "nope", "--outcome", "x"]) == 1
    assert "There is no escalation 'nope'" in capsys.readouterr().err

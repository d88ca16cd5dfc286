"""Three laptops through the services: the lead's consolidated package creates the inspection on a laptop that
does not hold it, with the plan (team, files, allocations, forms, local terms); names travel, never logins."""

from __future__ import annotations

import getpass
from pathlib import Path

from jicpa_desktop.composition import AppServices
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from tests.handover.helpers import PASSPHRASE
from tests.team.conftest import audit_actors, laptop

VOC = "voice_of_child"


def test_join_from_the_consolidated_package_then_hand_work_back(
    tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]], bundled_catalogue: FormCatalogue,
) -> None:
    inspection_id, cases = planned
    lead.allocation.allocate([cases["TST24-01"], cases["TST24-02"]], "Ann Health")
    lead.allocation.allocate([cases["TST24-03"]], "Bryn Police")
    plan = tmp_path / "plan.jicpa"
    lead.handover.export_package(inspection_id, plan, PASSPHRASE, consolidated=True)
    info = lead.handover.inspect_package(plan, PASSPHRASE)
    assert (info.kind, info.created_by, info.inspector) == ("consolidated", "Lena Lead (CIW)", "Lena Lead (CIW)")

    ann = laptop(tmp_path / "ann", "ann", bundled_catalogue)
    bryn = laptop(tmp_path / "bryn", "bryn", bundled_catalogue)
    try:
        for joiner, name in ((ann, "Ann Health"), (bryn, "Bryn Police")):
            assert joiner.inspections.list() == []
            seen = joiner.joining.preview(plan, PASSPHRASE)
            assert not seen.held and [m.name for m in seen.team] == ["Lena Lead", "Ann Health", "Bryn Police"]
            joined_id, _result = joiner.joining.join(plan, PASSPHRASE, name)  # the package's inspection is created
            assert joined_id == inspection_id
            joined = joiner.inspections.get(inspection_id)
            assert joined.name == "Testshire JICPA" and joined.local_terms == {"front_door": "MASH"}
            assert joined.inspectorates == ("ciw", "hiw", "hmicfrs")
            assert set(joined.enabled_forms) == {f.id for f in joiner.forms.all()}
            assert {m.name for m in joined.team} == {"Lena Lead", "Ann Health", "Bryn Police"}
            assert joiner.identity.current(inspection_id).name == name  # type: ignore[union-attr]
        assert {c.reference: c.inspector for c in ann.cases.list(inspection_id)} == {
            "TST24-01": "Ann Health", "TST24-02": "Ann Health", "TST24-03": "Bryn Police"}

        ann.answers.set_answer(cases["TST24-01"], VOC, "voc_01", "no", evidence="Not seen for three months.")
        bryn.answers.set_answer(cases["TST24-03"], VOC, "voc_01", "yes")
        ann_package, bryn_package = tmp_path / "ann.jicpa", tmp_path / "bryn.jicpa"
        ann.handover.export_package(inspection_id, ann_package, PASSPHRASE, inspector="Ann Health")
        bryn.handover.export_package(inspection_id, bryn_package, PASSPHRASE)
        assert ann.handover.inspect_package(ann_package, PASSPHRASE).created_by == "Ann Health (HIW)"
        assert bryn.handover.inspect_package(bryn_package, PASSPHRASE).inspector == "Bryn Police (HMICFRS)"

        preview = lead.handover.apply_import([ann_package, bryn_package], PASSPHRASE, inspection_id=inspection_id)
        assert {c.author for c in preview.changed_answers} == {"Ann Health (HIW)", "Bryn Police (HMICFRS)"}
        actors = {actor for actor, _action, _entity in audit_actors(lead, inspection_id)}
        assert actors == {"Lena Lead (CIW)", "Ann Health (HIW)", "Bryn Police (HMICFRS)"}
        assert getpass.getuser() not in actors

        # The lead re-plans; the next consolidated package carries it to Ann's laptop.
        lead.allocation.allocate([cases["TST24-02"]], "Bryn Police")
        plan2 = tmp_path / "plan2.jicpa"
        lead.handover.export_package(inspection_id, plan2, PASSPHRASE, consolidated=True)
        ann.handover.apply_import([plan2], PASSPHRASE, inspection_id=inspection_id)
        assert {c.reference: c.inspector for c in ann.cases.list(inspection_id)}["TST24-02"] == "Bryn Police"
        assert ann.identity.current(inspection_id).name == "Ann Health"  # type: ignore[union-attr]
        assert ann.answers.list_for_case(cases["TST24-03"])[0].updated_by == "Bryn Police (HMICFRS)"
    finally:
        ann.close()
        bryn.close()

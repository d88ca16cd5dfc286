"""`jicpa history`: every change to a file's answers and grades, oldest first, with who made it (the team
member, never the login), old → new, and the package that carried it; filters and --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jicpa_desktop.cli import main
from jicpa_desktop.composition import AppServices
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from tests.handover.helpers import PASSPHRASE
from tests.team.conftest import laptop

VOC = "voice_of_child"


def test_history_names_each_member_old_to_new_and_the_package(
    tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]], bundled_catalogue: FormCatalogue,
    capsys: pytest.CaptureFixture[str],
) -> None:
    inspection_id, cases = planned
    case = cases["TST24-01"]
    plan = tmp_path / "plan.jicpa"
    lead.handover.export_package(inspection_id, plan, PASSPHRASE, consolidated=True)
    ann = laptop(tmp_path / "ann", "ann", bundled_catalogue)
    try:
        ann.joining.join(plan, PASSPHRASE, "Ann Health")
        ann.answers.set_answer(case, VOC, "voc_01", "no", evidence="Not seen.")
        package = tmp_path / "ann-day1.jicpa"
        ann.handover.export_package(inspection_id, package, PASSPHRASE)
    finally:
        ann.close()
    lead.handover.apply_import([package], PASSPHRASE)
    lead.answers.set_answer(case, VOC, "voc_01", "partly", evidence="Seen once, by the school nurse.")
    entries = [e for e in lead.history.for_case(case, form_id=VOC, question_id="voc_01")]
    assert [(e.author, e.old, e.new, e.package) for e in entries] == [
        ("Ann Health (HIW)", None, "no", "ann-day1.jicpa"), ("Lena Lead (CIW)", "no", "partly", "")]
    assert entries[0].at < entries[1].at
    lead.close()
    db = str(lead.db_path)
    assert main(["--db", db, "history", "--case", case, "--question", "voc_01", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [(e["author"], e["new"]) for e in printed] == [("Ann Health (HIW)", "no"), ("Lena Lead (CIW)", "partly")]
    assert main(["--db", db, "history", "--case", case]) == 0
    out = capsys.readouterr().out
    assert "no → partly" in out and "Ann Health (HIW)" in out and "ann-day1.jicpa" in out
    assert main(["--db", db, "history", "--case", "nope"]) == 1
    assert "There is no case file 'nope'" in capsys.readouterr().err

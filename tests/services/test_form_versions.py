"""A response keeps the form version it was answered under, and still loads after the form moves on."""

from __future__ import annotations

import shutil
from pathlib import Path

from jicpa_desktop.composition import build_services, load_catalogue

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "forms_all_types"


def test_old_response_loads_under_its_own_version_after_an_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "v.sqlite3"
    old = build_services(db, actor="A", catalogue=load_catalogue(FIXTURE))
    inspection = old.inspections.create(name="V", local_authority="L", start="2024-01-15", end="2024-01-19",
                                        enabled_forms=["all_types"])
    case_id = old.cases.add(inspection, reference="VER-01", agency="children_services", kind="sampled")
    old.answers.set_answer(case_id, "all_types", "q_third", "partly", evidence="Partly recorded.")
    old.close()

    # Version 2 drops q_third and renames a label; the bundled definition no longer knows q_third.
    newer = tmp_path / "forms_v2"
    shutil.copytree(FIXTURE, newer)
    text = (newer / "all_types.yaml").read_text(encoding="utf-8")
    start = text.index("      - id: q_third")
    end = text.index("      - id: q_people")
    text = text[:start] + text[end:]
    text = text.replace("version: 1", "version: 2").replace("Was the child seen?", "Was the child seen (v2)?")
    (newer / "all_types.yaml").write_text(text, encoding="utf-8")

    upgraded = build_services(db, actor="B", catalogue=load_catalogue(newer))
    try:
        assert upgraded.forms.current("all_types").question("q_third") is None
        view = upgraded.answers.load(case_id, "all_types")
        assert (view.form_version, view.current_version) == (1, 2)
        assert view.state.answers["q_third"] == "partly"
        assert view.state.evidence[("q_third", None)] == "Partly recorded."
        assert view.form.question("q_ynp") is not None
        assert view.form.question("q_ynp").label.en == "Was the child seen?"  # type: ignore[union-attr]
        # New answers to the old response are checked against the version it was given under.
        upgraded.answers.set_answer(case_id, "all_types", "q_third", "yes")
        assert upgraded.answers.load(case_id, "all_types").state.answers["q_third"] == "yes"
        # A new response starts on the current version.
        other = upgraded.cases.add(inspection, reference="VER-02", agency="children_services", kind="sampled")
        upgraded.answers.set_answer(other, "all_types", "q_ynp", "yes")
        assert upgraded.answers.load(other, "all_types").form_version == 2
    finally:
        upgraded.close()

"""The forms shipped in forms/ load exactly as the app loads them, without a single problem."""

from __future__ import annotations

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.forms_engine import bundled_forms_dir, check_forms_dir, evaluate, load_form_text
from jicpa_desktop.forms_engine.evaluation import ResponseState


def test_bundled_forms_load_without_problems() -> None:
    folder = bundled_forms_dir()
    # An empty forms/ is a broken build (the app would offer no forms), never a reason to skip.
    assert any(folder.glob("*.yaml")), f"{folder} holds no form files: the app would have nothing to offer"
    catalogue, problems, _ = check_forms_dir(folder)
    assert problems == [], "\n".join(str(p) for p in problems)
    assert catalogue is not None and len(catalogue) >= 1
    assert catalogue.standard is not None, "forms/_standard.yaml is missing"
    assert any(catalogue.for_case(agency, "sampled") for agency in Agency)
    for form in catalogue.forms:
        # Every shipped form can be re-read from its stored text and evaluates when empty.
        reloaded = load_form_text(catalogue.source_text(form.id), f"snapshot {form.id}", catalogue.standard)
        assert reloaded.sections == form.sections
        assert evaluate(form, ResponseState()).answered_count == 0

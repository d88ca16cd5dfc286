"""Changes: what a write touched, merged for one refresh without losing an "everything" scope."""

from __future__ import annotations

from jicpa_desktop.ui.operations import ChangeKind, Changes


def test_a_change_scoped_to_one_file_touches_only_that_file() -> None:
    change = Changes.of("insp", ChangeKind.ANSWERS, case_ids=["c1"])
    assert change.touches_case("insp", "c1")
    assert not change.touches_case("insp", "c2")
    assert not change.touches_inspection("other")


def test_merging_keeps_an_unscoped_change_unscoped() -> None:
    one_file = Changes.of("insp", ChangeKind.ANSWERS, case_ids=["c1"])
    import_all = Changes.everything("insp")
    merged = one_file.merged(import_all)
    assert merged.touches_case("insp", "c2")  # the import may have changed any file
    assert merged.touches(ChangeKind.MODERATION)
    both_files = one_file.merged(Changes.of("insp", ChangeKind.GRADES, case_ids=["c2"]))
    assert both_files.case_ids == {"c1", "c2"} and both_files.kinds == {ChangeKind.ANSWERS, ChangeKind.GRADES}
    assert not both_files.touches_case("insp", "c3")
    assert Changes().merged(one_file) == one_file and one_file.merged(Changes()) == one_file

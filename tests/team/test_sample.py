"""The sampling frame and the stratified draw on real database files: reproducible with the same frame and seed,
different with another seed, every stratum represented in proportion, sizes past the frame refused; the CLI."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from jicpa_desktop.cli import main
from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.errors import UserError
from jicpa_desktop.services.sampling_frame import apportion
from tests.team.conftest import audit_actors

AGENCIES = ("children_services",) * 12 + ("health",) * 6 + ("police",) * 2


def _list(folder: Path, rows: int = 20, extra_header: str = "") -> Path:
    path = folder / "children.csv"
    lines = [f"reference,agency,age_band,status,concern{extra_header}"]
    for n in range(1, rows + 1):
        band = ("1_4", "5_11", "12_15")[n % 3]
        lines.append(f"FR24-{n:03d},{AGENCIES[(n - 1) % len(AGENCIES)]},{band},{('cpr', 'cla')[n % 2]},neglect"
                     + ("," if extra_header else ""))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def framed(tmp_path: Path, lead: AppServices, planned: tuple[str, dict[str, str]]) -> str:
    inspection_id, cases = planned
    for case_id in cases.values():  # a fresh inspection: its files come from the draw
        lead.allocation.remove_case(case_id)
    preview = lead.frame.import_list(inspection_id, _list(tmp_path), apply=False)
    assert (len(preview.new), preview.already, preview.applied) == (20, 0, False)
    assert lead.frame.candidates(inspection_id) == []  # a preview keeps nothing
    assert lead.frame.import_list(inspection_id, _list(tmp_path)).applied
    return inspection_id


def test_reimporting_an_updated_list_adds_only_what_is_new(tmp_path: Path, lead: AppServices, framed: str) -> None:
    again = lead.frame.import_list(framed, _list(tmp_path, rows=23))
    assert (len(again.new), again.already) == (3, 20)
    assert [c.reference for c in again.new] == ["FR24-021", "FR24-022", "FR24-023"]
    assert len(lead.frame.candidates(framed)) == 23
    assert lead.cases.list(framed) == []  # candidates are not files


def test_identifying_columns_are_refused_and_nothing_is_imported(tmp_path: Path, lead: AppServices,
                                                                 framed: str) -> None:
    path = _list(tmp_path, rows=25, extra_header=",first_name")
    preview = lead.frame.import_list(framed, path)
    assert preview.problems and preview.problems[0].column == "first_name"
    assert "identifies a person" in preview.problems[0].message and "adnabod person" in preview.problems[0].message_cy
    assert len(lead.frame.candidates(framed)) == 20


def test_the_same_frame_and_seed_draw_the_same_sample_and_another_seed_another(
    lead: AppServices, framed: str,
) -> None:
    first = lead.frame.draw(framed, sampled=8, tracked=2, seed="2024", rationale="r", apply=False)
    second = lead.frame.draw(framed, sampled=8, tracked=2, seed="2024", rationale="r", apply=False)
    other = lead.frame.draw(framed, sampled=8, tracked=2, seed="2025", rationale="r", apply=False)
    assert (first.sampled, first.tracked) == (second.sampled, second.tracked)
    assert (first.sampled, first.tracked) != (other.sampled, other.tracked)
    assert first.frame_checksum == other.frame_checksum and len(first.frame_checksum) == 64


def test_every_stratum_is_represented_in_proportion(lead: AppServices, framed: str) -> None:
    draw = lead.frame.draw(framed, sampled=8, tracked=2, seed="s", rationale="r", strata=["agency"], apply=False)
    drawn = Counter(ref.split("(")[1].rstrip(")") for ref in (*draw.sampled, *draw.tracked))
    # 12 : 6 : 2 of 20 candidates, 10 drawn: 6, 3 and 1.
    assert drawn == {"children_services": 6, "health": 3, "police": 1}
    assert {(k, n, d) for k, n, d in draw.allocation} == {
        (("children_services",), 12, 6), (("health",), 6, 3), (("police",), 2, 1)}
    small = lead.frame.draw(framed, sampled=3, tracked=0, seed="s", rationale="r", strata=["agency"], apply=False)
    assert Counter(ref.split("(")[1].rstrip(")") for ref in small.sampled) == {
        "children_services": 1, "health": 1, "police": 1}  # every stratum with candidates gets one


def test_apportion_is_largest_remainder_with_one_for_every_group() -> None:
    assert apportion([12, 6, 2], 10) == [6, 3, 1]
    assert apportion([12, 6, 2], 3) == [1, 1, 1]
    assert apportion([12, 6, 2], 2) == [1, 1, 0]  # fewer than the groups: the largest shares
    assert apportion([5, 5], 5) in ([3, 2], [2, 3])
    assert sum(apportion([7, 3, 1, 9], 11)) == 11


def test_sizes_past_the_frame_and_missing_rationale_are_refused(lead: AppServices, framed: str) -> None:
    with pytest.raises(UserError) as caught:
        lead.frame.draw(framed, sampled=18, tracked=3, seed="s", rationale="r")
    assert "asks for 21 files" in caught.value.message.en and "only 20 children" in caught.value.message.en
    assert "Ni thynnwyd dim" in caught.value.message.cy
    with pytest.raises(UserError, match="rationale"):
        lead.frame.draw(framed, sampled=2, tracked=0, seed="s", rationale="  ")
    with pytest.raises(UserError, match="Unknown stratum 'name'"):
        lead.frame.draw(framed, sampled=2, tracked=0, seed="s", rationale="r", strata=["name"])
    assert lead.cases.list(framed) == []


def test_the_drawn_become_files_and_the_draw_is_in_the_audit_trail(lead: AppServices, framed: str) -> None:
    draw = lead.frame.draw(framed, sampled=4, tracked=2, seed="7", rationale="Front door and CLA focus",
                           strata=["agency", "status"])
    files = {c.reference: c.kind for c in lead.cases.list(framed)}
    assert len(files) == 6 and Counter(files.values()) == {"sampled": 4, "tracked": 2}
    assert {r.split(" ")[0] for r in draw.tracked} == {ref for ref, kind in files.items() if kind == "tracked"}
    with lead.context.reading() as session:
        from sqlalchemy import text

        recorded = session.execute(text("SELECT actor, new_json FROM audit_event WHERE action = 'draw'")).all()
    assert len(recorded) == 1 and recorded[0][0] == "Lena Lead (CIW)"
    event = json.loads(recorded[0][1])
    assert (event["seed"], event["rationale"], event["frame_checksum"]) == ("7", "Front door and CLA focus",
                                                                           draw.frame_checksum)
    assert event["chosen_tracked"] == list(draw.tracked) and event["strata"] == ["agency", "status"]
    # The drawn are files now: the next draw takes from the 14 left.
    with pytest.raises(UserError, match="only 14 children"):
        lead.frame.draw(framed, sampled=15, tracked=0, seed="7", rationale="r")
    assert ("Lena Lead (CIW)", "import", "sampling_frame") in audit_actors(lead, framed)


def test_cli_frame_import_and_sample_draw(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "inspection", "create", "--name", "W", "--local-authority", "LA", "--start",
                 "2024-01-15", "--end", "2024-01-19"]) == 0
    inspection = capsys.readouterr().out.strip()
    path = _list(tmp_path)
    assert main(["--db", db, "frame", "import", "--inspection", inspection, "--preview", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "would add 20 children to the frame; 0 already in it"
    assert main(["--db", db, "frame", "import", "--inspection", inspection, str(path)]) == 0
    assert capsys.readouterr().out.strip() == "added 20 children to the frame; 0 already in it"
    args = ["--db", db, "sample", "draw", "--inspection", inspection, "--sampled", "4", "--tracked", "1",
            "--strata", "agency,age_band", "--seed", "42", "--rationale", "Spread across ages", "--json"]
    assert main([*args[:-1], "--preview", "--json"]) == 0
    previewed = json.loads(capsys.readouterr().out)
    assert main(args) == 0
    drawn = json.loads(capsys.readouterr().out)
    assert (drawn["sampled"], drawn["tracked"]) == (previewed["sampled"], previewed["tracked"])
    assert len(drawn["case_ids"]) == 5 and previewed["case_ids"] == []
    assert main(["--db", db, "sample", "draw", "--inspection", inspection, "--sampled", "40", "--tracked", "1",
                 "--seed", "1", "--rationale", "r"]) == 1
    assert "asks for 41 files" in capsys.readouterr().err
    chosen = {r.split(" ")[0] for r in (*drawn["sampled"], *drawn["tracked"])}
    spare = next(f"FR24-{n:03d}" for n in range(1, 21) if f"FR24-{n:03d}" not in chosen and (n - 1) % 20 < 12)
    assert main(["--db", db, "sample", "swap", "--inspection", inspection, "--out", drawn["case_ids"][0],
                 "--reference", spare, "--agency", "children_services", "--reason", "Moved away"]) == 0
    assert len(capsys.readouterr().out.strip()) == 36  # the new file's id
    assert main(["--db", db, "sample", "pick", "--inspection", inspection, "--reference", "FR24-999",
                 "--agency", "police", "--kind", "sampled", "--reason", "r"]) == 1
    assert "not in the sampling frame" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("reference,agency,surname\nFR24-900,police,X\n", encoding="utf-8")
    assert main(["--db", db, "frame", "import", "--inspection", inspection, str(bad)]) == 1
    assert "identifies a person" in capsys.readouterr().err


def test_pick_by_hand_and_swap_with_a_reason(lead: AppServices, framed: str) -> None:
    draw = lead.frame.draw(framed, sampled=3, tracked=0, seed="9", rationale="r")
    out_case = draw.case_ids[0]
    out_reference = draw.sampled[0].split(" ")[0]
    spare = next(c for c in lead.frame.candidates(framed)
                 if f"{c.reference} ({c.agency})" not in draw.sampled and c.agency == "health")
    with pytest.raises(UserError, match="reason"):
        lead.frame.choices.swap(framed, out_case, spare.reference, spare.agency, "")
    new_case = lead.frame.choices.swap(framed, out_case, spare.reference, spare.agency, "Family moved away")
    references = {c.reference for c in lead.cases.list(framed)}
    assert spare.reference in references and out_reference not in references and len(references) == 3
    lead.answers.set_answer(new_case, "voice_of_child", "voc_01", "yes")
    other = next(c for c in lead.frame.candidates(framed) if c.reference not in references)
    with pytest.raises(UserError, match="has answers already"):
        lead.frame.choices.swap(framed, new_case, other.reference, other.agency, "r")
    picked = lead.frame.choices.pick(framed, other.reference, other.agency, "tracked", "Known to police this week")
    assert next(c for c in lead.cases.list(framed) if c.id == picked).kind == "tracked"
    with pytest.raises(UserError, match="not in the sampling frame"):
        lead.frame.choices.pick(framed, "ZZ24-99", "police", "sampled", "r")
    with lead.context.reading() as session:
        from sqlalchemy import text

        events = session.execute(text("SELECT action, old_json, new_json FROM audit_event WHERE entity = 'sample' "
                                      "ORDER BY at")).all()
    assert [e[0] for e in events] == ["draw", "swap", "pick"]
    assert out_reference in events[1][1] and "Family moved away" in events[1][2]

"""`_timescales.yaml`: the procedures' timescales as data; faults located; an edit changes results, not code."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from jicpa_desktop.domain.timescales import DatedEvent, Outcome, Unit, assess
from jicpa_desktop.forms_engine import bundled_forms_dir, load_forms_dir
from jicpa_desktop.forms_engine.check import check_forms_dir
from jicpa_desktop.forms_engine.loader import collect_forms_dir
from jicpa_desktop.forms_engine.timescales_loader import TIMESCALES_FILE, load_timescales_text

from .conftest import FIXTURES, line_of


def folder_with(tmp_path: Path, timescales: str) -> Path:
    folder = tmp_path / "forms"
    folder.mkdir(parents=True)
    for name in ("_standard.yaml", "demo.yaml"):
        shutil.copy(FIXTURES / name, folder / name)
    (folder / TIMESCALES_FILE).write_text(timescales, encoding="utf-8")
    return folder


def test_the_bundled_timescales_load_with_the_forms() -> None:
    catalogue = load_forms_dir(bundled_forms_dir())
    by_id = {t.id: t for t in catalogue.timescales}
    icpc = by_id["icpc"]
    assert (icpc.start, icpc.end, icpc.limit, icpc.unit) == ("strategy_discussion", "icpc", 15, Unit.WORKING_DAYS)
    assert icpc.name.cy and icpc.name.cy_draft
    assert by_id["return_home_interview"].unit is Unit.HOURS
    assert by_id["first_review_conference"].unit is Unit.MONTHS
    assert by_id["initial_decision"].limit == 1
    # Every timescale has a column heading of its own in both languages; a series keeps its own after
    # taking the first meeting's events.
    assert all(t.short is not None and t.short.en and t.short.cy for t in catalogue.timescales)
    reviews = by_id["review_conferences"].short
    assert reviews is not None and reviews.en.endswith("then six-monthly") and reviews.cy.endswith("bob chwe mis")


def test_a_changed_timescale_file_changes_the_result_without_code_changes(tmp_path: Path) -> None:
    text = (bundled_forms_dir() / TIMESCALES_FILE).read_text(encoding="utf-8")
    events = {"strategy_discussion": DatedEvent("strategy_discussion", dt.date(2024, 1, 2)),
              "icpc": DatedEvent("icpc", dt.date(2024, 1, 25))}  # 17 working days later
    today = dt.date(2024, 6, 1)
    as_shipped = load_forms_dir(folder_with(tmp_path / "a", text)).timescales
    assert [r.outcome for r in assess(as_shipped, events, today) if r.timescale.id == "icpc"] == [Outcome.MISSED]
    edited = text.replace("    limit: 15\n", "    limit: 20\n")
    assert edited != text
    loosened = load_forms_dir(folder_with(tmp_path / "b", edited)).timescales
    assert [r.outcome for r in assess(loosened, events, today) if r.timescale.id == "icpc"] == [Outcome.MET]


def test_every_fault_of_the_timescales_file_is_located(tmp_path: Path) -> None:
    text = """\
version: 1
timescales:
  - id: icpc
    name: {en: ICPC, cy: CGC}
    from: strategy_discussion
    to: icpc
    limit: -3
    unit: fortnights
  - id: icpc
    name: {en: Again}
    from: a
    to: a
    limit: 1
    unit: days
    colour: red
"""
    folder = folder_with(tmp_path, text)
    _, problems = collect_forms_dir(folder)
    source = str(folder / TIMESCALES_FILE)
    found = [str(p) for p in problems if p.file == source]
    expected = {
        "limit must be 0 or more": line_of(text, "limit: -3"),
        "unknown unit 'fortnights'": line_of(text, "unit: fortnights"),
        "duplicate timescale id 'icpc'": line_of(text, "- id: icpc", 2),
        "missing Welsh translation": line_of(text, "name: {en: Again}"),
        "runs from 'a' to itself": line_of(text, "- id: icpc", 2),
        "unknown key 'colour'": line_of(text, "colour: red"),
    }
    for fragment, line in expected.items():
        matching = [p for p in found if fragment in p]
        assert len(matching) == 1, (fragment, found)
        assert matching[0].startswith(f"{source}:{line}:"), matching[0]
        assert " — " in matching[0]  # every problem says how to fix it


def test_unknown_unit_suggests_the_known_ones() -> None:
    _, problems = load_timescales_text(
        "version: 1\ntimescales:\n  - {id: x, name: {en: X, cy: X}, from: a, to: b, limit: 1, unit: workdays}\n",
        "t.yaml")
    assert len(problems) == 1
    assert "working_days" in problems[0].fix


def test_a_malformed_short_heading_is_located_with_its_fix() -> None:
    text = ("version: 1\ntimescales:\n"
            "  - {id: x, name: {en: X, cy: X}, short: 5, from: a, to: b, limit: 1, unit: days}\n"
            "  - {id: y, name: {en: Y, cy: Y}, short: {en: Y short, fr: Y court}, from: a, to: b, limit: 1, "
            "unit: days}\n")
    _, problems = load_timescales_text(text, "t.yaml")
    # Not text at all (line 3); an unknown language and no Welsh (line 4); each with how to fix it.
    assert [(p.line, p.field, p.message) for p in problems] == [
        (3, "short", "expected English and Welsh text"),
        (4, "fr", "unknown key 'fr' in the text of 'short'"),
        (4, "short", "missing Welsh translation"),
    ]
    assert all(p.fix for p in problems)


def test_check_warns_about_events_no_form_records(tmp_path: Path) -> None:
    text = "version: 1\ntimescales:\n  - {id: x, name: {en: X, cy: X}, from: a, to: b, limit: 1, unit: days}\n"
    _, problems, warnings = check_forms_dir(folder_with(tmp_path, text))
    assert problems == []
    assert any("timescale x: no form records a, b yet" in w and "`event: a`" in w for w in warnings)


def test_missing_episodes_are_measured_row_by_row() -> None:
    """The bundled missing episode log records each return and its interview in one row: one result per row."""
    from jicpa_desktop.forms_engine import ResponseState, RowState, evaluate
    from jicpa_desktop.forms_engine.timeliness import case_timeliness, row_timescales

    catalogue = load_forms_dir(bundled_forms_dir())
    form = catalogue.get("missing_episode")
    [(timescale, group)] = row_timescales(form, catalogue.timescales)
    assert timescale.id == "return_home_interview"
    dates = form.event_dates()
    returned, interview = dates["missing_return"].id, dates["return_home_interview"].id
    rows = [RowState("r1", {returned: dt.date(2026, 3, 6), interview: dt.date(2026, 3, 9)}),
            RowState("r2", {returned: dt.date(2026, 3, 20), interview: dt.date(2026, 3, 30)})]
    state = ResponseState(rows={group: rows}, agency="police")
    results = case_timeliness([(form, state, None)], catalogue.timescales, dt.date(2026, 4, 1))
    assert [(r.timescale.id, r.outcome) for r in results] == [
        ("return_home_interview", Outcome.MET), ("return_home_interview", Outcome.MISSED)]
    assert results[1].start.where.endswith(f"2 — {returned}")
    assert evaluate(form, state) is not None


def test_a_question_naming_a_timescale_that_is_not_there_is_an_error_with_file_line_and_fix(tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    shutil.copytree(bundled_forms_dir(), folder)
    form = folder / "cp_conference_core_group.yaml"
    text = form.read_text(encoding="utf-8")
    assert "timescale: icpc" in text
    form.write_text(text.replace("timescale: icpc", "timescale: icpc_typo"), encoding="utf-8")
    catalogue, problems = collect_forms_dir(folder)
    assert catalogue is None and len(problems) == 1
    problem = problems[0]
    assert problem.file == str(form) and problem.question == "cc_02" and problem.field == "timescale"
    assert problem.line == line_of(form.read_text(encoding="utf-8"), "timescale: icpc_typo")
    assert "icpc_typo" in problem.message and "first_core_group" in problem.fix and "icpc" in problem.fix


def test_a_dangling_timescale_is_reported_with_the_other_files_problems_and_not_for_a_broken_file(
        tmp_path: Path) -> None:
    # Checked with each form, from the form's own parsed lines: reported at once beside another file's problem
    # (it used to wait until every other problem was fixed), and at the key even when the same words appear in a
    # comment above it.
    folder = tmp_path / "forms"
    shutil.copytree(bundled_forms_dir(), folder)
    form = folder / "cp_conference_core_group.yaml"
    text = form.read_text(encoding="utf-8").replace("timescale: icpc ", "timescale: icpc_typo ", 1)
    text = "# timescale: icpc_typo was the old name\n" + text
    form.write_text(text, encoding="utf-8")
    other = folder / "safety_plan.yaml"
    other.write_text(other.read_text(encoding="utf-8").replace("version:", "versoin:", 1), encoding="utf-8")
    _, problems = collect_forms_dir(folder)
    dangling = [p for p in problems if p.field == "timescale"]
    assert [(p.file, p.question) for p in dangling] == [(str(form), "cc_02")]
    key_line = next(n for n, line in enumerate(text.splitlines(), start=1)
                    if line.strip().startswith("timescale: icpc_typo "))
    assert dangling[0].line == key_line > 1
    assert any(p.file == str(other) for p in problems)
    # A broken timescales file is reported there, once; the forms' references to it are not blamed as well.
    timescales = folder / TIMESCALES_FILE
    timescales.write_text(timescales.read_text(encoding="utf-8").replace("limit: 15", "limit: fifteen"),
                          encoding="utf-8")
    _, problems = collect_forms_dir(folder)
    assert any(p.file == str(timescales) for p in problems)
    assert not any(p.field == "timescale" for p in problems)


def test_a_timescale_on_a_question_without_yes_and_no_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    shutil.copytree(bundled_forms_dir(), folder)
    form = folder / "cp_conference_core_group.yaml"
    text = form.read_text(encoding="utf-8")
    form.write_text(text.replace("      - id: cc_02_icpc_date\n        type: date\n",
                                 "      - id: cc_02_icpc_date\n        type: date\n        timescale: icpc\n"),
                    encoding="utf-8")
    _, problems = collect_forms_dir(folder)
    assert [(p.question, p.field) for p in problems] == [("cc_02_icpc_date", "timescale")]
    assert "no yes and no choices" in problems[0].message and "yn or ynp" in problems[0].fix


def test_the_bundled_forms_ask_the_dates_for_their_timeliness_answers() -> None:
    catalogue = load_forms_dir(bundled_forms_dir())
    asked = {(form.id, q.id): q.timescale for form in catalogue.forms for q in form.timescale_questions()}
    assert asked == {("cp_conference_core_group", "cc_02"): "icpc",
                     ("cp_conference_core_group", "cc_14"): "first_core_group",
                     ("cp_conference_core_group", "cc_15"): "core_groups",
                     ("cp_conference_core_group", "cc_20"): "review_conferences",
                     ("front_door_decision", "fd_03"): "initial_decision",
                     ("strategy_s47", "st_13"): "s47_assessment"}

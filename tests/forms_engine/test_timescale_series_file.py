"""Repeating timescales in `_timescales.yaml` (`first:` and `every:`): read, checked with file, line and fix, and
measured on the bundled conference form's rows; an edit of the file changes the result, not the code."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from jicpa_desktop.domain.timescales import Outcome, Repeat, Unit
from jicpa_desktop.forms_engine import ResponseState, RowState, bundled_forms_dir, evaluate, load_forms_dir
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.forms_engine.check import check_forms_dir
from jicpa_desktop.forms_engine.loader import collect_forms_dir
from jicpa_desktop.forms_engine.timeliness import case_timeliness, occurrences_of, suggested_answers
from jicpa_desktop.forms_engine.timescales_loader import TIMESCALES_FILE, load_timescales_text

from .conftest import FIXTURES, form_yaml, line_of

D = dt.date
ONE_OFF = """\
  - id: first_core_group
    name: {en: First core group, cy: Grŵp craidd cyntaf}
    from: icpc
    to: first_core_group
    limit: 10
    unit: working_days
"""
SERIES = """\
  - id: core_groups
    name: {en: Core groups, cy: Grwpiau craidd}
    first: first_core_group
    every: {event: core_group, limit: 6, unit: weeks}
"""


def meetings_form(*, core_group_in_rows: bool = True) -> str:
    later = """\
- id: m_later
  type: repeat
  label: {en: Later core groups, cy: Grwpiau craidd diweddarach}
  columns:
    - {id: m_later_date, type: date, event: core_group, label: {en: Date, cy: Dyddiad}}
""" if core_group_in_rows else "- {id: m_later_date, type: date, event: core_group, label: {en: Date, cy: Dyddiad}}\n"
    return form_yaml("""\
- {id: m_icpc, type: date, event: icpc, label: {en: ICPC, cy: CGC}}
- {id: m_first, type: date, event: first_core_group, label: {en: First, cy: Cyntaf}}
- {id: m_q, type: yn, timescale: core_groups, label: {en: Six-weekly?, cy: Bob chwe wythnos?}}
""" + later, form_id="meetings")


def folder(tmp_path: Path, timescales: str, form: str) -> Path:
    made = tmp_path / "forms"
    made.mkdir(parents=True)
    shutil.copy(FIXTURES / "_standard.yaml", made / "_standard.yaml")
    (made / "meetings.yaml").write_text(form, encoding="utf-8")
    (made / TIMESCALES_FILE).write_text(timescales, encoding="utf-8")
    return made


def test_the_bundled_series_take_their_first_meeting_from_the_one_off_timescales() -> None:
    by_id = {t.id: t for t in load_forms_dir(bundled_forms_dir()).timescales}
    core = by_id["core_groups"]
    assert (core.start, core.end, core.limit, core.unit) == ("icpc", "first_core_group", 10, Unit.WORKING_DAYS)
    assert core.every == Repeat("core_group", 6, Unit.WEEKS)
    reviews = by_id["review_conferences"]
    assert (reviews.start, reviews.end, reviews.limit, reviews.unit) == ("icpc", "first_rcpc", 3, Unit.MONTHS)
    assert reviews.every == Repeat("review_conference", 6, Unit.MONTHS)
    assert core.name.cy and core.name.cy_draft
    assert by_id["first_core_group"].every is None


def test_every_fault_of_a_repeating_timescale_is_located() -> None:
    text = "version: 1\ntimescales:\n" + ONE_OFF + SERIES + """\
  - id: bad_unit
    name: {en: Bad, cy: Drwg}
    first: first_core_group
    every:
      event: visit
      limit: 2
      unit: fortnights
      colour: red
  - id: reviews
    name: {en: Reviews, cy: Adolygiadau}
    first: first_core_grop
    every: {event: review_conference, limit: 6, unit: months}
  - id: again
    name: {en: Again, cy: Eto}
    first: core_groups
    limit: 3
    every: {event: visit, limit: 6, unit: weeks}
  - id: same_event
    name: {en: Same, cy: Yr un}
    first: first_core_group
    every: {event: first_core_group, limit: 6, unit: weeks}
  - id: zero
    name: {en: Zero, cy: Dim}
    first: first_core_group
    every:
      event: visit
      limit: 0
      unit: weeks
  - id: no_every
    name: {en: Nothing after, cy: Dim byd wedyn}
    first: first_core_group
"""
    timescales, problems = load_timescales_text(text, "t.yaml")
    found = [str(p) for p in problems]
    expected = {
        "unknown unit 'fortnights'": line_of(text, "unit: fortnights"),
        "unknown key 'colour' in `every:` of timescale 'bad_unit'": line_of(text, "colour: red"),
        "`first: first_core_grop` in timescale 'reviews' names no one-off timescale": line_of(
            text, "first: first_core_grop"),
        "`limit:` in the repeating timescale 'again'": line_of(text, "limit: 3"),
        "`first: core_groups` in timescale 'again' names no one-off timescale (a repeating one cannot start another)":
            line_of(text, "first: core_groups"),
        "which 'first_core_group' already measures": line_of(text, "event: first_core_group"),
        "a repeating limit of 0": line_of(text, "limit: 0"),
        "missing required key 'every' in timescale 'no_every'": line_of(text, "- id: no_every"),
    }
    for fragment, line in expected.items():
        matching = [p for p in found if fragment in p]
        assert len(matching) == 1, (fragment, found)
        assert matching[0].startswith(f"t.yaml:{line}:"), matching[0]
        assert " — " in matching[0]  # every problem says how to fix it
    assert len(found) == len(expected), found
    reviews = next(p for p in problems if "first_core_grop" in p.message)
    assert "did you mean 'first_core_group'" in reviews.fix
    assert [t.id for t in timescales] == ["first_core_group", "core_groups"]


def test_the_checker_refuses_later_meetings_no_repeat_group_records(tmp_path: Path) -> None:
    text = "version: 1\ntimescales:\n" + ONE_OFF + SERIES
    good = folder(tmp_path / "good", text, meetings_form())
    catalogue, problems, warnings = check_forms_dir(good)
    assert catalogue is not None and problems == [], problems
    assert not any("core_group" in w for w in warnings)

    single = folder(tmp_path / "single", text, meetings_form(core_group_in_rows=False))
    catalogue, problems, _ = check_forms_dir(single)
    source = str(single / TIMESCALES_FILE)
    assert catalogue is None and len(problems) == 1
    assert str(problems[0]).startswith(f"{source}:{line_of(text, 'every: {event: core_group')}:")
    assert "meetings records 'core_group' in m_later_date, a single date" in problems[0].message
    assert "repeat group" in problems[0].fix

    nowhere = folder(tmp_path / "nowhere", text.replace("event: core_group", "event: core_groop"), meetings_form())
    catalogue, problems, _ = check_forms_dir(nowhere)
    assert catalogue is None and len(problems) == 1
    assert problems[0].file == str(nowhere / TIMESCALES_FILE)
    assert problems[0].line == line_of(text, "every: {event: core_group")
    assert "no form records the later meetings ('core_groop')" in problems[0].message
    assert "`event: core_groop`" in problems[0].fix


def conference_state(first_core_group: dt.date | None, later: list[dt.date | None]) -> ResponseState:
    answers = {"cc_02_icpc_date": D(2025, 12, 12)}  # Friday 12 December 2025
    if first_core_group is not None:
        answers["cc_14_date"] = first_core_group
    rows = [RowState(f"r{n}", {"cc_15_later_date": day} if day else {}) for n, day in enumerate(later, start=1)]
    return ResponseState(answers=answers, rows={"cc_15_later": rows}, agency="children_services")


def core_groups_on(catalogue: FormCatalogue, state: ResponseState) -> tuple[Outcome, str | None, str]:
    form = catalogue.get("cp_conference_core_group")
    results = case_timeliness([(form, state, evaluate(form, state))], catalogue.timescales, D(2026, 12, 1))
    result = next(r for r in results if r.timescale.id == "core_groups")
    suggested = suggested_answers(form, results).get("cc_15")
    return result.outcome, suggested[0] if suggested else None, result.describe("en")


def test_the_conference_form_suggests_the_six_weekly_answer_from_its_rows() -> None:
    catalogue = load_forms_dir(bundled_forms_dir())
    # First core group 30 December: 10 working days after the ICPC across Christmas. Rows out of order, one empty.
    rows = [D(2026, 3, 20), None, D(2026, 2, 10), D(2026, 5, 1)]
    assert core_groups_on(catalogue, conference_state(D(2025, 12, 30), rows)) == (
        Outcome.MET, "yes",
        "First core group within 10 working days of the ICPC, then at least six-weekly: first meeting after 10 working "
        "days — limit 10; 4 meetings, the longest gap 6 weeks — limit 6 weeks, met")
    late = [D(2026, 3, 20), D(2026, 2, 10), D(2026, 5, 2)]  # 20 March to 2 May: 6 weeks and 1 day
    outcome, suggested, text = core_groups_on(catalogue, conference_state(D(2025, 12, 30), late))
    assert (outcome, suggested) == (Outcome.MISSED, "no")
    assert text.endswith("gap 20/03/2026 to 02/05/2026: 6 weeks 1 day — limit 6 weeks, missed")
    # One meeting only: judged on the first limit; none recorded: overdue long ago, so the dates say No.
    assert core_groups_on(catalogue, conference_state(D(2025, 12, 30), []))[:2] == (Outcome.MET, "yes")
    assert core_groups_on(catalogue, conference_state(None, []))[:2] == (Outcome.OVERDUE, "no")
    assert core_groups_on(catalogue, conference_state(D(2026, 1, 2), []))[:2] == (Outcome.MISSED, "no")


def test_the_rows_dates_say_where_they_were_read() -> None:
    catalogue = load_forms_dir(bundled_forms_dir())
    form = catalogue.get("cp_conference_core_group")
    state = conference_state(D(2025, 12, 30), [D(2026, 2, 10), D(2026, 3, 20)])
    found = occurrences_of(form, state, evaluate(form, state))
    assert [(d.value, d.where) for d in found["core_group"]] == [
        (D(2026, 2, 10), "Child protection conferences, CASPP and core groups — Later core groups (one row per core "
                         "group after the first) 1 — cc_15_later_date"),
        (D(2026, 3, 20), "Child protection conferences, CASPP and core groups — Later core groups (one row per core "
                         "group after the first) 2 — cc_15_later_date")]


def test_a_changed_repeating_limit_changes_the_result_without_code_changes(tmp_path: Path) -> None:
    copied = tmp_path / "forms"
    shutil.copytree(bundled_forms_dir(), copied)
    state = conference_state(D(2025, 12, 30), [D(2026, 2, 20)])  # 7 weeks 3 days after the first
    shipped = load_forms_dir(copied)
    assert core_groups_on(shipped, state)[:2] == (Outcome.MISSED, "no")
    path = copied / TIMESCALES_FILE
    text = path.read_text(encoding="utf-8")
    edited = text.replace("every: {event: core_group, limit: 6, unit: weeks}",
                          "every: {event: core_group, limit: 8, unit: weeks}")
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    loosened = load_forms_dir(copied)
    assert core_groups_on(loosened, state)[:2] == (Outcome.MET, "yes")
    # The first meeting's limit is the one-off timescale's: editing it moves the series too.
    path.write_text(edited.replace("    limit: 10\n    unit: working_days\n", "    limit: 5\n    unit: working_days\n"),
                    encoding="utf-8")
    tightened = load_forms_dir(copied)
    assert core_groups_on(tightened, state)[:2] == (Outcome.MISSED, "no")
    _, problems = collect_forms_dir(copied)
    assert problems == []

"""The genogram model's checks (each §4.1 rule names its person or link) and its file format."""

from __future__ import annotations

import dataclasses
import json

import pytest

from jicpa_desktop.domain.genogram import samples, serialization, validation
from jicpa_desktop.domain.genogram.model import EmotionalLink, Genogram, Household, ParentLink, Person, Union


def codes(genogram: Genogram) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for w in validation.check(genogram):
        found.setdefault(w.code, set()).add(w.element_id)
        assert w.message.en and w.message.cy and w.message.cy != w.message.en
    return found


def base() -> Genogram:
    return samples.deceased_grandparent()  # passes every rule


def test_a_complete_family_has_no_warnings() -> None:
    assert validation.check(base()) == []
    assert validation.check(samples.family_of_25()) == []


def test_exactly_one_index_child() -> None:
    g = base()
    none = dataclasses.replace(g, persons=tuple(dataclasses.replace(p, is_index_child=False) for p in g.persons))
    assert validation.INDEX_CHILD_MISSING in codes(none)
    two = g.with_element(dataclasses.replace(g.person("P4"), is_index_child=True))  # type: ignore[type-var]
    found = codes(two)
    assert found[validation.INDEX_CHILD_MANY] == {"P4"}
    assert "P4 (Brother)" in validation.check(two)[0].message.en


def test_at_most_two_biological_parents() -> None:
    g = base().with_element(Person("P9", "Other man", "other_relative", sex="male"))
    g = g.with_element(ParentLink("L9", "P9", "P1"))
    assert codes(g)[validation.TOO_MANY_PARENTS] == {"P1"}
    step = base().with_element(Person("P9", "Stepfather", "step_father", sex="male"))
    assert validation.TOO_MANY_PARENTS not in codes(step.with_element(ParentLink("L9", "P9", "P1", type="step")))


def test_a_union_needs_two_different_people() -> None:
    assert codes(base().with_element(Union("U9", "P2", "P2")))[validation.UNION_PARTNERS] == {"U9"}
    assert codes(base().with_element(Union("U9", "P2", "")))[validation.UNION_PARTNERS] == {"U9"}


def test_years_in_order() -> None:
    g = base()
    found = codes(g.with_element(Union("U1", "P3", "P2", "married", "divorced", start_year=2010, end_year=2008)))
    assert found[validation.YEARS_ORDER] == {"U1"}
    dead = dataclasses.replace(g.person("P6"), death_year=1940)  # type: ignore[type-var]
    assert codes(g.with_element(dead))[validation.YEARS_ORDER] == {"P6"}
    moved = Household("H9", "Old home", members=("P2",), from_year=2015, to_year=2012)
    assert codes(g.with_element(moved))[validation.YEARS_ORDER] == {"H9"}


def test_a_deceased_person_is_not_in_a_current_household() -> None:
    g = base()
    home = dataclasses.replace(g.households[0], members=(*g.households[0].members, "P6"))
    assert codes(g.with_element(home))[validation.DECEASED_IN_HOUSEHOLD] == {"P6"}
    past = dataclasses.replace(home, id="H0", to_year=2019)
    assert validation.DECEASED_IN_HOUSEHOLD not in codes(g.with_element(past))


def test_a_risky_adult_needs_a_household_or_contact_link_to_the_child() -> None:
    g = base().with_element(Person("P9", "Mother's ex-partner", "unrelated_adult_of_concern", sex="male",
                                   risk_flags=("poses_risk_to_child",)))
    assert codes(g)[validation.RISKY_ADULT_UNLINKED] == {"P9"}
    linked = g.with_element(EmotionalLink("E1", "P9", "P1", "focused_on"))
    assert validation.RISKY_ADULT_UNLINKED not in codes(linked)
    household = dataclasses.replace(g.households[0], members=(*g.households[0].members, "P9"))
    assert validation.RISKY_ADULT_UNLINKED not in codes(g.with_element(household))


def test_a_missing_third_generation() -> None:
    assert codes(samples.couple_with_children())[validation.THIRD_GENERATION] == {"P1"}
    assert validation.THIRD_GENERATION not in codes(base())


def test_a_link_to_someone_not_in_the_genogram_is_named() -> None:
    assert codes(base().with_element(ParentLink("L9", "P99", "P1")))[validation.DANGLING] == {"L9"}


@pytest.mark.parametrize("name", sorted(samples.FIXTURES))
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_files_round_trip(name: str, fmt: str) -> None:
    genogram = samples.FIXTURES[name]()
    text = serialization.dumps(genogram, fmt=fmt)
    assert serialization.loads(text) == genogram
    assert serialization.loads(text.encode("utf-8")) == genogram
    if fmt == "json":
        assert json.loads(text)["format"] == "jicpa-genogram"


@pytest.mark.parametrize(("text", "where", "words"), [
    ("format: jicpa-genogram\nversion: 1\npersons:\n  - id: P1\n    sex: mal\n", "persons[0].sex", "is not one of"),
    ("format: jicpa-genogram\nversion: 1\npersons:\n  - id: P1\n    birth_year: 14/03/2014\n", "persons[0].birth_year",
     "year only"),
    ("format: jicpa-genogram\nversion: 1\npersons:\n  - id: P1\n  - id: P1\n", "persons[1].id", "already used"),
    ("format: jicpa-genogram\nversion: 1\nunions:\n  - id: U1\n    partner_a: P7\n", "unions[0].partner_a",
     "not the id of any person"),
    ("format: jicpa-genogram\nversion: 1\npersons:\n  - id: P1\n    name: Jane\n", "persons[0].name",
     "not a field"),
    ("format: something-else\nversion: 1\n", "format", "genogram file"),
    ("format: jicpa-genogram\nversion: 2\n", "version", "version 1"),
    ("format: jicpa-genogram\nversion: 1\npersons: [\n", "line", "YAML or JSON"),
    ("a: &x [1]\nb: *x\n", "line", "aliases"),
    ("[1, 2]", "", "mapping"),
])
def test_bad_files_are_refused_with_the_place_and_the_fix(text: str, where: str, words: str) -> None:
    with pytest.raises(serialization.GenogramFileError) as caught:
        serialization.loads(text)
    problem = caught.value.problems[0]
    assert problem.where.startswith(where)
    assert words in problem.message.en
    assert problem.message.cy and problem.message.cy != problem.message.en


def test_limits() -> None:
    with pytest.raises(serialization.GenogramFileError) as caught:
        serialization.loads("x" * (serialization.MAX_FILE_BYTES + 1))
    assert "at most" in caught.value.problems[0].message.en
    many = {"format": "jicpa-genogram", "version": 1,
            "persons": [{"id": f"P{i}"} for i in range(serialization.MAX_ELEMENTS + 1)]}
    with pytest.raises(serialization.GenogramFileError) as caught:
        serialization.from_data(many)
    assert caught.value.problems[0].where == "persons"
    with pytest.raises(serialization.GenogramFileError):
        serialization.loads(b"format: jicpa-genogram\nnotes: \xff\n")

"""The layered layout on fixture families: no overlaps, children under their union in birth order, stable."""

from __future__ import annotations

import itertools
import statistics

import pytest

from jicpa_desktop.domain.genogram import layout, samples
from jicpa_desktop.domain.genogram.layout import SLOT_GAP, SYMBOL
from jicpa_desktop.domain.genogram.model import Genogram, ParentLink, Person


def _children_by_union(genogram: Genogram) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for link in genogram.parent_links:
        if link.union_id and link.type == "biological" and link.child not in out.get(link.union_id, []):
            out.setdefault(link.union_id, []).append(link.child)
    return out


@pytest.mark.parametrize("name", sorted(samples.FIXTURES))
def test_no_two_people_overlap_even_with_their_labels(name: str) -> None:
    genogram = samples.FIXTURES[name]()
    placed = layout.layout(genogram)
    assert set(placed.persons) == {p.id for p in genogram.persons}
    for a, b in itertools.combinations(placed.persons.values(), 2):
        if a.y == b.y:
            assert abs(a.x - b.x) >= SLOT_GAP - 1e-6, (a, b)  # room for the symbol and a two-line label
        else:
            assert abs(a.y - b.y) >= SYMBOL * 3


@pytest.mark.parametrize("name", sorted(samples.FIXTURES))
def test_children_sit_below_their_union_in_birth_order(name: str) -> None:
    genogram = samples.FIXTURES[name]()
    placed = layout.layout(genogram)
    people = {p.id: p for p in genogram.persons}
    unions = {u.id: u for u in placed.unions}
    descents = {d.source: d for d in placed.descents}
    for union_id, children in _children_by_union(genogram).items():
        line = unions[union_id]
        parents_y = max(placed.persons[line.partner_a].y, placed.persons[line.partner_b].y)
        drawn = {c.child for c in descents[union_id].children}
        assert set(children) <= drawn  # each child hangs from the union it came from
        for child in children:
            assert placed.persons[child].y > parents_y
            assert placed.persons[child].generation == placed.persons[line.partner_a].generation + 1
        # Birth order, oldest left; a child with a partner stands at the end nearest the partner's family.
        partnered = {u.partner_a for u in genogram.unions} | {u.partner_b for u in genogram.unions}
        dated = sorted((people[c].birth_year or 0, placed.persons[c].x) for c in children
                       if people[c].birth_year and c not in partnered)
        xs = [x for _, x in dated]
        years = [y for y, _ in dated]
        for (y1, x1), (y2, x2) in itertools.pairwise(zip(years, xs, strict=True)):
            if y1 < y2:
                assert x1 < x2, f"{name}: a child born {y1} is right of one born {y2}"


def test_three_generations_top_to_bottom() -> None:
    genogram = samples.family_of_25()
    placed = layout.layout(genogram)
    by_role = {p.role_label: placed.persons[p.id] for p in genogram.persons}
    assert by_role["Maternal grandmother"].y < by_role["Mother"].y < by_role["Index child"].y
    assert {b.generation for b in placed.persons.values()} == {0, 1, 2}
    # The fathers's family on the left, the mother's on the right, as the couple stands.
    assert by_role["Paternal grandmother"].x < by_role["Maternal grandmother"].x
    assert by_role["Father"].x < by_role["Mother"].x


def test_twins_hang_from_one_point() -> None:
    placed = layout.layout(samples.twins())
    lines = {c.child: c for d in placed.descents for c in d.children}
    assert lines["P6"].from_x == lines["P7"].from_x
    assert lines["P6"].from_x != lines["P1"].from_x


def test_foster_carers_get_a_dotted_line_to_the_child() -> None:
    placed = layout.layout(samples.foster_care())
    foster = [(d.source, c.child) for d in placed.descents for c in d.children if c.link_type == "foster"]
    assert foster == [("U2", "P1")]


def test_the_same_family_gives_the_same_picture() -> None:
    assert layout.layout(samples.family_of_25()) == layout.layout(samples.family_of_25())


def test_adding_a_person_moves_the_others_little() -> None:
    family = samples.family_of_25()
    before = layout.layout(family)
    grown = family.with_element(Person("P26", "Cousin (maternal)", "cousin", sex="female", birth_year=2020))
    grown = grown.with_element(ParentLink("L-P15-P26", "P15", "P26"))
    after = layout.layout(grown)
    moves = [abs(after.persons[p].x - before.persons[p].x) for p in before.persons]
    assert all(after.persons[p].y == before.persons[p].y for p in before.persons)
    assert statistics.median(moves) <= SLOT_GAP  # most people move at most one place
    assert max(moves) <= 3 * SLOT_GAP

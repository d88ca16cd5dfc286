"""The §4.1 checks of a genogram: warnings that never block, each naming the person or link concerned."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from jicpa_desktop.domain.genogram.model import Genogram, Person
from jicpa_desktop.domain.localized import LocalizedText

INDEX_CHILD_MISSING = "index_child_missing"
INDEX_CHILD_MANY = "index_child_many"
TOO_MANY_PARENTS = "too_many_biological_parents"
UNION_PARTNERS = "union_partners"
YEARS_ORDER = "years_out_of_order"
DECEASED_IN_HOUSEHOLD = "deceased_in_current_household"
RISKY_ADULT_UNLINKED = "risky_adult_unlinked"
THIRD_GENERATION = "third_generation_missing"
DANGLING = "unknown_reference"


@dataclass(frozen=True, slots=True)
class GenogramWarning:
    code: str
    element_id: str  # the person, union, link or household concerned; "" for the whole genogram
    message: LocalizedText


def describe(person: Person | None, person_id: str) -> str:
    """How a warning names a person: id and role label (never a name: the model holds none)."""
    if person is None:
        return person_id or "?"
    return f"{person.id} ({person.role_label})" if person.role_label else person.id


def check(genogram: Genogram) -> list[GenogramWarning]:
    """Every warning, in a stable order: by rule, then by the order of the elements in the genogram."""
    out: list[GenogramWarning] = []
    people = {p.id: p for p in genogram.persons}

    def name(person_id: str) -> str:
        return describe(people.get(person_id), person_id)

    def warn(code: str, element_id: str, en: str, cy: str) -> None:
        out.append(GenogramWarning(code, element_id, LocalizedText(en, cy)))

    index = [p for p in genogram.persons if p.is_index_child]
    if not index:
        warn(INDEX_CHILD_MISSING, "", "No one is marked as the index child: mark the audited child.",
             "Does neb wedi'i nodi fel y plentyn mynegai: nodwch y plentyn sy'n cael ei archwilio.")
    for extra in index[1:]:
        warn(INDEX_CHILD_MANY, extra.id,
             f"{name(extra.id)} is marked as a second index child: a genogram has exactly one.",
             f"Mae {name(extra.id)} wedi'i nodi fel ail blentyn mynegai: dim ond un sydd mewn genogram.")

    known = set(people) | {e.id for _, e in genogram.elements()}
    for kind, element in genogram.elements():
        for attr in ("partner_a", "partner_b", "parent", "child", "a", "b", "from_person", "to_person"):
            ref = getattr(element, attr, None)
            if ref and ref not in people:
                warn(DANGLING, element.id, f"{kind} {element.id} names {ref}, who is not in the genogram.",
                     f"Mae {kind} {element.id} yn enwi {ref}, nad yw yn y genogram.")
        union_id = getattr(element, "union_id", "")
        if union_id and union_id not in known:
            warn(DANGLING, element.id, f"{element.id} names the union {union_id}, which is not in the genogram.",
                 f"Mae {element.id} yn enwi'r berthynas {union_id}, nad yw yn y genogram.")
        for ref in getattr(element, "members", ()):
            if ref not in people:
                warn(DANGLING, element.id, f"{element.id} lists {ref}, who is not in the genogram.",
                     f"Mae {element.id} yn rhestru {ref}, nad yw yn y genogram.")

    biological: dict[str, list[str]] = defaultdict(list)
    for link in genogram.parent_links:
        if link.type == "biological" and link.parent not in biological[link.child]:
            biological[link.child].append(link.parent)
    for child_id, parents in biological.items():
        if len(parents) > 2:
            listed = ", ".join(name(p) for p in parents)
            warn(TOO_MANY_PARENTS, child_id,
                 f"{name(child_id)} has {len(parents)} biological parents ({listed}): at most two.",
                 f"Mae gan {name(child_id)} {len(parents)} rhiant biolegol ({listed}): dau ar y mwyaf.")

    for union in genogram.unions:
        if not union.partner_a or not union.partner_b:
            warn(UNION_PARTNERS, union.id, f"Union {union.id} needs two people: one partner is missing.",
                 f"Mae angen dau berson ar y berthynas {union.id}: mae un partner ar goll.")
        elif union.partner_a == union.partner_b:
            warn(UNION_PARTNERS, union.id,
                 f"Union {union.id} joins {name(union.partner_a)} to themselves: choose two different people.",
                 f"Mae'r berthynas {union.id} yn cysylltu {name(union.partner_a)} â nhw eu hunain: "
                 "dewiswch ddau berson gwahanol.")

    for person in genogram.persons:
        if person.birth_year and person.death_year and person.death_year < person.birth_year:
            warn(YEARS_ORDER, person.id,
                 f"{name(person.id)} died ({person.death_year}) before being born ({person.birth_year}).",
                 f"Bu farw {name(person.id)} ({person.death_year}) cyn cael ei eni ({person.birth_year}).")
    for union in genogram.unions:
        start = union.start_year
        for label_en, label_cy, year in (("separation", "gwahanu", union.separation_year),
                                         ("end", "diwedd", union.end_year)):
            if start and year and year < start:
                warn(YEARS_ORDER, union.id,
                     f"Union {union.id}: the {label_en} year {year} is before the start year {start}.",
                     f"Perthynas {union.id}: mae blwyddyn y {label_cy} {year} cyn y flwyddyn gychwyn {start}.")
    for household in genogram.households:
        if household.from_year and household.to_year and household.to_year < household.from_year:
            warn(YEARS_ORDER, household.id,
                 f"Household {household.id}: it ends ({household.to_year}) before it starts ({household.from_year}).",
                 f"Aelwyd {household.id}: mae'n dod i ben ({household.to_year}) cyn dechrau ({household.from_year}).")

    for household in genogram.households:
        if not household.current:
            continue
        for member in household.members:
            found = people.get(member)
            if found is not None and found.deceased:
                warn(DECEASED_IN_HOUSEHOLD, found.id,
                     f"{name(found.id)} is deceased but listed in the current household "
                     f"{household.id} ({household.label}): end their membership.",
                     f"Mae {name(found.id)} wedi marw ond wedi'i restru yn yr aelwyd bresennol "
                     f"{household.id} ({household.label}): dewch â'u haelodaeth i ben.")

    child = index[0] if index else None
    if child is not None:
        linked = _linked_to(genogram, child.id)
        for person in genogram.persons:
            if "poses_risk_to_child" in person.risk_flags and person.id not in linked:
                warn(RISKY_ADULT_UNLINKED, person.id,
                     f"{name(person.id)} poses a risk to the child but has no household or contact link to "
                     f"{name(child.id)}: show how they are in contact.",
                     f"Mae {name(person.id)} yn peri risg i'r plentyn ond nid oes ganddynt gysylltiad aelwyd na "
                     f"chyswllt â {name(child.id)}: dangoswch sut maen nhw mewn cysylltiad.")
        if not _has_third_generation(genogram, child.id):
            warn(THIRD_GENERATION, child.id,
                 f"No grandparent, aunt or uncle of {name(child.id)} is shown: the third generation is missing.",
                 f"Nid oes nain/mam-gu, taid/tad-cu, modryb nac ewythr i {name(child.id)} yn cael eu dangos: "
                 "mae'r drydedd genhedlaeth ar goll.")
    return out


def _linked_to(genogram: Genogram, child_id: str) -> set[str]:
    """Everyone with a current household, a parent link or a relationship link to the child."""
    linked: set[str] = set()
    for household in genogram.households:
        if household.current and child_id in household.members:
            linked.update(household.members)
    for link in genogram.parent_links:
        if child_id in (link.parent, link.child):
            linked.update((link.parent, link.child))
    for e in genogram.emotional_links:
        if child_id in (e.from_person, e.to_person):
            linked.update((e.from_person, e.to_person))
    for s in genogram.sibling_links:
        if child_id in (s.a, s.b):
            linked.update((s.a, s.b))
    return linked


def _has_third_generation(genogram: Genogram, child_id: str) -> bool:
    if any(p.relation_to_index in ("maternal_grandparent", "paternal_grandparent", "aunt_uncle")
           for p in genogram.persons):
        return True
    parents_of: dict[str, set[str]] = defaultdict(set)
    for link in genogram.parent_links:
        parents_of[link.child].add(link.parent)
    return any(parents_of.get(parent) for parent in parents_of.get(child_id, ()))

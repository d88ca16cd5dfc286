"""Comparing the agency's genogram with the inspector's: suggested answers to form 6 (catalogue §4.4).

Suggestions only: the inspector confirms each by answering the form. People are matched by id (a genogram
transcribed and then built on keeps them), else by relation to the child and birth year, else by role label.
"""

from __future__ import annotations

from dataclasses import dataclass

from jicpa_desktop.domain.genogram import validation
from jicpa_desktop.domain.genogram.model import Genogram, Person
from jicpa_desktop.domain.localized import LocalizedText

FORM_ID = "genogram_ecomap_chronology"
_CHILDREN = ("self", "full_sibling", "half_sibling_maternal", "half_sibling_paternal", "step_sibling",
             "foster_or_adoptive_sibling", "unborn_sibling")


@dataclass(frozen=True, slots=True)
class Suggestion:
    question_id: str  # gec_03, gec_04, gec_06
    value: str  # yes | partly | no
    reasons: tuple[LocalizedText, ...]


def _match(person: Person, among: tuple[Person, ...]) -> Person | None:
    for p in among:
        if p.id == person.id:
            return p
    for p in among:
        if p.relation_to_index == person.relation_to_index and p.birth_year == person.birth_year and (
                person.birth_year is not None or p.role_label.lower() == person.role_label.lower()):
            return p
    return next((p for p in among if p.role_label and p.role_label.lower() == person.role_label.lower()), None)


def _name(p: Person) -> str:
    return p.role_label or p.id


def _main_home(g: Genogram) -> set[str]:
    child = g.index_child
    homes = [h for h in g.households if h.current and (h.is_index_child_main_home or
                                                        (child is not None and child.id in h.members))]
    return {m for h in homes for m in h.members}


def compare(agency: Genogram, inspector: Genogram) -> list[Suggestion]:
    """What the agency's genogram lacks that the inspector's shows; nothing when either is empty."""
    if not agency.persons or not inspector.persons:
        return []
    out: list[Suggestion] = []

    # gec_03: three generations, both parents' families, all the children.
    reasons: list[LocalizedText] = []
    third = any(w.code == validation.THIRD_GENERATION for w in validation.check(agency))
    if third:
        reasons.append(LocalizedText("The agency's genogram shows no grandparent, aunt or uncle.",
                                     "Nid yw genogram yr asiantaeth yn dangos nain/mam-gu, taid/tad-cu, modryb nac "
                                     "ewythr."))
    missing_children = [p for p in inspector.persons if p.relation_to_index in _CHILDREN
                        and _match(p, agency.persons) is None]
    for p in missing_children:
        reasons.append(LocalizedText(f"{_name(p)} is not on the agency's genogram.",
                                     f"Nid yw {_name(p)} ar genogram yr asiantaeth."))
    out.append(Suggestion("gec_03", "no" if third and missing_children else "partly" if reasons else "yes",
                          tuple(reasons)))

    # gec_04: who lives with the child, and significant adults.
    home_a = _main_home(agency)
    reasons = []
    if not home_a:
        reasons.append(LocalizedText("The agency's genogram draws no household around the child.",
                                     "Nid yw genogram yr asiantaeth yn tynnu aelwyd o amgylch y plentyn."))
    people = {p.id: p for p in inspector.persons}
    agency_people = {p.id: p for p in agency.persons}
    for member in sorted(_main_home(inspector)):
        resident = people.get(member)
        if resident is None:
            continue
        found = _match(resident, agency.persons)
        if found is None or found.id not in home_a:
            reasons.append(LocalizedText(
                f"{_name(resident)} lives with the child but is not in the agency's household.",
                f"Mae {_name(resident)} yn byw gyda'r plentyn ond nid yw yn aelwyd yr asiantaeth."))
    out.append(Suggestion("gec_04", "no" if not home_a else "partly" if reasons else "yes", tuple(reasons)))

    # gec_06: consistent with the inspector's reading — above all, risky adults flagged.
    reasons = []
    for p in inspector.persons:
        if "poses_risk_to_child" not in p.risk_flags:
            continue
        found = _match(p, agency.persons)
        if found is None:
            reasons.append(LocalizedText(f"{_name(p)}, who poses a risk to the child, is missing.",
                                         f"Mae {_name(p)}, sy'n peri risg i'r plentyn, ar goll."))
        elif "poses_risk_to_child" not in agency_people[found.id].risk_flags:
            reasons.append(LocalizedText(f"{_name(p)} is shown but not flagged as a risk to the child.",
                                         f"Dangosir {_name(p)} ond heb ei nodi fel risg i'r plentyn."))
    out.append(Suggestion("gec_06", "no" if reasons else "yes", tuple(reasons)))
    return out

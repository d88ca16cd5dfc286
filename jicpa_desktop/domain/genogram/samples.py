"""Example families (invented, role labels only): the layout's test fixtures, the demo file and the docs' pictures."""

from __future__ import annotations

import dataclasses

from jicpa_desktop.domain.genogram.model import (
    EcoNode,
    EcoTie,
    EmotionalLink,
    Genogram,
    Household,
    ParentLink,
    Person,
    SiblingGroup,
    Union,
)


def _children(union: str, a: str, b: str, *children: str, kind: str = "biological") -> list[ParentLink]:
    out = []
    for child in children:
        out.append(ParentLink(f"L-{a}-{child}", parent=a, child=child, union_id=union, type=kind))
        out.append(ParentLink(f"L-{b}-{child}", parent=b, child=child, union_id=union, type=kind))
    return out


def couple_with_children() -> Genogram:
    return Genogram(
        persons=(
            Person("P1", "Index child", "self", True, True, "female", birth_year=2015),
            Person("P2", "Mother", "mother", sex="female", birth_year=1988),
            Person("P3", "Father", "father", sex="male", birth_year=1986),
            Person("P4", "Brother", "full_sibling", sex="male", birth_year=2012),
            Person("P5", "Sister", "full_sibling", sex="female", birth_year=2019),
        ),
        unions=(Union("U1", "P3", "P2", "married", start_year=2010),),
        parent_links=tuple(_children("U1", "P3", "P2", "P1", "P4", "P5")),
        households=(Household("H1", "Family home", members=("P1", "P2", "P3", "P4", "P5"),
                              is_index_child_main_home=True),),
    )


def divorce_and_new_partner() -> Genogram:
    return Genogram(
        persons=(
            Person("P1", "Index child", "self", True, True, "male", birth_year=2013),
            Person("P2", "Mother", "mother", sex="female", birth_year=1990),
            Person("P3", "Father", "father", sex="male", birth_year=1987),
            Person("P4", "Mother's partner", "parent_partner_resident", sex="male", birth_year=1985),
            Person("P5", "Half-sister (maternal)", "half_sibling_maternal", sex="female", birth_year=2020),
            Person("P6", "Half-brother (maternal)", "half_sibling_maternal", sex="male", birth_year=2022),
            Person("P7", "Full sister", "full_sibling", sex="female", birth_year=2011),
        ),
        unions=(
            Union("U1", "P3", "P2", "married", "divorced", start_year=2009, separation_year=2016, end_year=2017),
            Union("U2", "P4", "P2", "cohabiting", start_year=2018),
        ),
        parent_links=(*_children("U1", "P3", "P2", "P1", "P7"), *_children("U2", "P4", "P2", "P5", "P6")),
        households=(Household("H1", "Mother's home", members=("P1", "P2", "P4", "P5", "P6", "P7"),
                              is_index_child_main_home=True),
                    Household("H2", "Father's home", members=("P3",))),
    )


def deceased_grandparent() -> Genogram:
    base = couple_with_children()
    return Genogram(
        persons=(*base.persons,
                 Person("P6", "Maternal grandfather", "maternal_grandparent", sex="male", birth_year=1950,
                        deceased=True, death_year=2020),
                 Person("P7", "Maternal grandmother", "maternal_grandparent", sex="female", birth_year=1953)),
        unions=(*base.unions, Union("U2", "P6", "P7", "married", "widowed", start_year=1975, end_year=2020)),
        parent_links=(*base.parent_links, *_children("U2", "P6", "P7", "P2")),
        households=base.households,
    )


def twins() -> Genogram:
    base = couple_with_children()
    return Genogram(
        persons=(*base.persons,
                 Person("P6", "Twin brother", "full_sibling", sex="male", birth_year=2017),
                 Person("P7", "Twin sister", "full_sibling", sex="female", birth_year=2017)),
        unions=base.unions,
        parent_links=(*base.parent_links, *_children("U1", "P3", "P2", "P6", "P7")),
        sibling_groups=(SiblingGroup("G1", ("P6", "P7"), "twins_fraternal"),),
        households=(Household("H1", "Family home", members=("P1", "P2", "P3", "P4", "P5", "P6", "P7"),
                              is_index_child_main_home=True),),
    )


def foster_care() -> Genogram:
    return Genogram(
        persons=(
            Person("P1", "Index child", "self", True, True, "female", birth_year=2012, legal_status_flags=("cla",)),
            Person("P2", "Mother", "mother", sex="female", birth_year=1992),
            Person("P3", "Father", "father", sex="male", birth_year=1990, risk_flags=("poses_risk_to_child",)),
            Person("P4", "Foster carer", "foster_carer", sex="female", birth_year=1970,
                   legal_status_flags=("foster_carer",)),
            Person("P5", "Foster carer", "foster_carer", sex="male", birth_year=1968,
                   legal_status_flags=("foster_carer",)),
            Person("P6", "Brother", "full_sibling", sex="male", birth_year=2015),
        ),
        unions=(Union("U1", "P3", "P2", "cohabiting", "separated", start_year=2011, separation_year=2016),
                Union("U2", "P5", "P4", "married", start_year=1995)),
        parent_links=(*_children("U1", "P3", "P2", "P1", "P6"),
                      ParentLink("L-P4-P1f", "P4", "P1", "U2", "foster"),
                      ParentLink("L-P5-P1f", "P5", "P1", "U2", "foster")),
        households=(Household("H1", "Foster placement", "foster", True, members=("P1", "P4", "P5")),
                    Household("H2", "Mother's home", members=("P2", "P6"))),
    )


def family_of_25() -> Genogram:
    """Three generations, two current households (and one past), three unions, twins, a pregnancy, a loss."""
    persons = (
        Person("P1", "Index child", "self", True, True, "female", birth_year=2014, legal_status_flags=("cpr",),
               risk_flags=("missing",), agency_involvement=("la_cs", "education", "health")),
        Person("P2", "Mother", "mother", sex="female", birth_year=1990, agency_involvement=("la_cs", "health")),
        Person("P3", "Father", "father", sex="male", birth_year=1988, legal_status_flags=("parental_responsibility",)),
        Person("P4", "Mother's partner", "parent_partner_resident", sex="male", birth_year=1984,
               risk_flags=("domestic_abuse_perpetrator", "on_probation"), agency_involvement=("probation", "police")),
        Person("P5", "Brother", "full_sibling", sex="male", birth_year=2011),
        Person("P6", "Sister", "full_sibling", sex="female", birth_year=2012),
        Person("P7", "Half-brother (maternal), twin", "half_sibling_maternal", sex="male", birth_year=2019),
        Person("P8", "Half-sister (maternal), twin", "half_sibling_maternal", sex="female", birth_year=2019),
        Person("P9", "Half-sister (maternal)", "half_sibling_maternal", sex="female", birth_year=2021),
        Person("P10", "Unborn sibling", "unborn_sibling", sex="unknown", pregnancy="current"),
        Person("P11", "Miscarriage", "unborn_sibling", sex="unknown", birth_year=2017, pregnancy="miscarriage"),
        Person("P12", "Maternal grandfather", "maternal_grandparent", sex="male", birth_year=1958, deceased=True,
               death_year=2019),
        Person("P13", "Maternal grandmother", "maternal_grandparent", sex="female", birth_year=1961,
               protective_flags=("safety_network_member",)),
        Person("P14", "Paternal grandmother", "paternal_grandparent", sex="female", birth_year=1960),
        Person("P15", "Maternal aunt", "aunt_uncle", sex="female", birth_year=1986,
               protective_flags=("alternative_carer_assessed",)),
        Person("P16", "Maternal uncle", "aunt_uncle", sex="male", birth_year=1993),
        Person("P17", "Paternal uncle", "aunt_uncle", sex="male", birth_year=1984),
        Person("P18", "Cousin (maternal)", "cousin", sex="male", birth_year=2008),
        Person("P19", "Cousin (maternal)", "cousin", sex="female", birth_year=2010),
        Person("P20", "Cousin (maternal)", "cousin", sex="female", birth_year=2016),
        Person("P21", "Cousin (paternal)", "cousin", sex="male", birth_year=2009),
        Person("P22", "Cousin (paternal)", "cousin", sex="male", birth_year=2013),
        Person("P23", "Half-brother (paternal)", "half_sibling_paternal", sex="male", birth_year=2017),
        Person("P24", "Step-brother (partner's son)", "step_sibling", sex="male", birth_year=2007),
        Person("P25", "Adult of concern (partner's associate)", "unrelated_adult_of_concern", sex="male",
               birth_year=1996, risk_flags=("poses_risk_to_child", "exploitation_suspect"),
               agency_involvement=("police",)),
    )
    unions = (
        Union("U1", "P3", "P2", "married", "divorced", start_year=2010, separation_year=2016, end_year=2018),
        Union("U2", "P4", "P2", "cohabiting", start_year=2017, domestic_abuse="alleged"),
        Union("U3", "P12", "P13", "married", "widowed", start_year=1984, end_year=2019),
    )
    links = [
        *_children("U1", "P3", "P2", "P5", "P6", "P1"),
        *_children("U2", "P4", "P2", "P11", "P7", "P8", "P9", "P10"),
        *_children("U3", "P12", "P13", "P15", "P2", "P16"),
        ParentLink("L-P14-P3", "P14", "P3"), ParentLink("L-P14-P17", "P14", "P17"),
        ParentLink("L-P15-P18", "P15", "P18"), ParentLink("L-P15-P19", "P15", "P19"),
        ParentLink("L-P15-P20", "P15", "P20"),
        ParentLink("L-P17-P21", "P17", "P21"), ParentLink("L-P17-P22", "P17", "P22"),
        ParentLink("L-P3-P23", "P3", "P23"), ParentLink("L-P4-P24", "P4", "P24"),
    ]
    households = (
        Household("H1", "Mother's home", "birth_family", True, "same_la",
                  ("P1", "P2", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P24"), from_year=2018),
        Household("H2", "Father's home", "birth_family", False, "other_wales_la", ("P3", "P23", "P14"),
                  from_year=2018),
        Household("H0", "Family home until 2018", "birth_family", False, "same_la", ("P1", "P2", "P3", "P5", "P6"),
                  from_year=2011, to_year=2018),
    )
    emotional = (
        EmotionalLink("E1", "P4", "P2", "hostile", "domestic_abuse_coercive_control", "record_agency"),
        EmotionalLink("E2", "P2", "P1", "close", source="child_said"),
        EmotionalLink("E3", "P25", "P1", "focused_on", "exploitation", "record_agency"),
        EmotionalLink("E4", "P13", "P2", "cut_off", source="parent_said"),
        EmotionalLink("E5", "P1", "P5", "very_close_fused", source="child_said"),
        EmotionalLink("E6", "P3", "P2", "conflict", source="record_agency"),
    )
    eco_nodes = (
        EcoNode("N1", "School (DSP)", "school", "support"),
        EcoNode("N2", "Social worker", "social_care", "support"),
        EcoNode("N3", "GP and school nurse", "health", "support"),
        EcoNode("N4", "Youth club", "third_sector", "support"),
        EcoNode("N5", "Older peer group", "friends_peers", "risk"),
        EcoNode("N6", "Park near home", "community_place", "risk"),
        EcoNode("N7", "Police (missing episodes)", "police", "neutral"),
        EcoNode("N8", "Maternal grandmother", "family", "support"),
    )
    eco_ties = (
        EcoTie("T1", "N1", "strong", flow="both"),
        EcoTie("T2", "N2", "moderate", stress=True, flow="from_centre"),
        EcoTie("T3", "N3", "tenuous", flow="from_centre"),
        EcoTie("T4", "N4", "tenuous", flow="to_centre"),
        EcoTie("T5", "N5", "strong", stress=True, flow="from_centre"),
        EcoTie("T6", "N6", "moderate", stress=True),
        EcoTie("T7", "N7", "moderate", stress=True, flow="to_centre"),
        EcoTie("T8", "N8", "strong", flow="both"),
    )
    return Genogram(
        as_at_year=2024, persons=persons, unions=unions, parent_links=tuple(links),
        sibling_groups=(SiblingGroup("G1", ("P7", "P8"), "twins_fraternal"),), households=households,
        emotional_links=emotional, eco_nodes=eco_nodes, eco_ties=eco_ties,
    )


def agency_transcription() -> Genogram:
    """The 25-person family as a thin agency genogram might show it: no grandparents, aunts, uncles or cousins,
    one half-sister missing, the partner's son left out of the home, the risky adult not flagged."""
    g = family_of_25()
    gone = {"P12", "P13", "P14", "P15", "P16", "P17", "P9", "P18", "P19", "P20", "P21", "P22"}
    risky = g.person("P25")
    assert risky is not None
    kept = tuple(dataclasses.replace(risky, risk_flags=()) if p.id == "P25" else p
                 for p in g.persons if p.id not in gone)
    households = tuple(dataclasses.replace(h, members=tuple(m for m in h.members if m not in gone | {"P24"}))
                       for h in g.households)
    return dataclasses.replace(
        g, source="agency", persons=kept,
        unions=tuple(u for u in g.unions if not {u.partner_a, u.partner_b} & gone),
        parent_links=tuple(k for k in g.parent_links if not {k.parent, k.child} & gone),
        emotional_links=tuple(e for e in g.emotional_links if not {e.from_person, e.to_person} & gone),
        households=households, eco_nodes=(), eco_ties=(),
    )


FIXTURES = {
    "couple_with_children": couple_with_children,
    "divorce_and_new_partner": divorce_and_new_partner,
    "deceased_grandparent": deceased_grandparent,
    "twins": twins,
    "foster_care": foster_care,
    "family_of_25": family_of_25,
}

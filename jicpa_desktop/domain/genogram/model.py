"""The genogram and ecomap model (forms catalogue §4.1, §4.3): people by role label, never by name.

Every element has a stable id and a flat set of JSON-able fields, so the store can keep (and the team
merge can reconcile) each field of each element on its own, exactly like an answer.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

SOURCES = ("agency", "inspector")  # the agency's genogram transcribed; the one the inspector built
SEXES = ("male", "female", "unknown")
GENDERS = ("as_sex", "trans_male", "trans_female", "non_binary", "not_recorded")
RELATIONS = (
    "self", "mother", "father", "step_mother", "step_father", "parent_partner_not_resident",
    "parent_partner_resident", "full_sibling", "half_sibling_maternal", "half_sibling_paternal", "step_sibling",
    "foster_or_adoptive_sibling", "maternal_grandparent", "paternal_grandparent", "aunt_uncle", "cousin",
    "other_relative", "foster_carer", "kinship_carer", "other_adult_in_household", "unrelated_adult_of_concern",
    "unborn_sibling",
)
PREGNANCIES = ("none", "current", "miscarriage", "stillbirth", "termination")
LEGAL_FLAGS = ("cpr", "cla", "casp", "yjs_order", "parental_responsibility", "special_guardian", "foster_carer")
RISK_FLAGS = (
    "poses_risk_to_child", "domestic_abuse_perpetrator", "on_probation", "mappa", "sex_offender_registered",
    "exploitation_suspect", "missing", "exploited", "harmful_behaviour",
)
PROTECTIVE_FLAGS = ("safety_network_member", "alternative_carer_assessed", "trusted_adult")
AGENCIES = ("la_cs", "health", "police", "education", "probation", "yjs")
UNION_TYPES = ("married", "civil_partnership", "cohabiting", "dating", "casual", "unknown")
UNION_STATUSES = ("current", "separated", "divorced", "ended", "widowed")
ABUSE_LEVELS = ("none_known", "alleged", "substantiated")
PARENT_TYPES = ("biological", "adoptive", "foster", "step", "kinship_carer", "special_guardian", "unknown")
SIBLING_TYPES = ("full", "half_maternal", "half_paternal", "step", "foster", "adoptive", "unknown")
CONTACTS = ("lives_together", "regular_contact", "occasional", "none", "not_known")
MULTIPLE_BIRTHS = ("none", "twins_fraternal", "twins_identical", "triplets_plus")
HOUSEHOLD_TYPES = ("birth_family", "kinship", "foster", "residential", "supported_lodgings", "secure", "other")
LOCATION_BANDS = ("same_la", "other_wales_la", "england", "unknown")
QUALITIES = (
    "none", "close", "very_close_fused", "distant", "conflict", "hostile", "close_hostile", "cut_off",
    "cut_off_repaired", "focused_on", "caring",
)
ABUSE_KINDS = (
    "none", "physical", "emotional", "sexual", "neglect", "domestic_abuse_coercive_control", "exploitation",
)
LINK_SOURCES = ("record_agency", "child_said", "parent_said", "inspector_inferred")
ECO_CENTRES = ("index_child", "household")
ECO_CATEGORIES = (
    "family", "friends_peers", "school", "health", "social_care", "police", "youth_justice", "probation",
    "third_sector", "community_place", "online", "faith", "work",
)
RISK_OR_SUPPORT = ("support", "risk", "both", "neutral")
STRENGTHS = ("strong", "moderate", "tenuous")
FLOWS = ("to_centre", "from_centre", "both", "none")


def _choice(values: tuple[str, ...]) -> dict[str, Any]:
    return {"choices": values}


def _flags(values: tuple[str, ...]) -> dict[str, Any]:
    return {"flags": values}


def _ref(kind: str) -> dict[str, Any]:
    return {"ref": kind}


def _refs(kind: str) -> dict[str, Any]:
    return {"refs": kind}


YEAR = {"year": True}
TEXT = {"text": True}


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    role_label: str = field(default="", metadata=TEXT)  # "Mother", "Maternal grandmother": never a name
    relation_to_index: str = field(default="other_relative", metadata=_choice(RELATIONS))
    is_index_child: bool = False
    is_subject_child: bool = False
    sex: str = field(default="unknown", metadata=_choice(SEXES))
    gender_identity: str = field(default="not_recorded", metadata=_choice(GENDERS))
    birth_year: int | None = field(default=None, metadata=YEAR)  # year only, to limit identifiability
    pregnancy: str = field(default="none", metadata=_choice(PREGNANCIES))
    deceased: bool = False
    death_year: int | None = field(default=None, metadata=YEAR)
    legal_status_flags: tuple[str, ...] = field(default=(), metadata=_flags(LEGAL_FLAGS))
    risk_flags: tuple[str, ...] = field(default=(), metadata=_flags(RISK_FLAGS))
    protective_flags: tuple[str, ...] = field(default=(), metadata=_flags(PROTECTIVE_FLAGS))
    agency_involvement: tuple[str, ...] = field(default=(), metadata=_flags(AGENCIES))
    notes: str = field(default="", metadata=TEXT)

    @property
    def is_adult(self) -> bool:
        """Adult by relation or, failing that, by a birth year more than 18 years before the index child's."""
        return self.relation_to_index not in _CHILD_RELATIONS


_CHILD_RELATIONS = frozenset({
    "self", "full_sibling", "half_sibling_maternal", "half_sibling_paternal", "step_sibling",
    "foster_or_adoptive_sibling", "cousin", "unborn_sibling",
})


@dataclass(frozen=True, slots=True)
class Union:
    """A couple; drawn male left, female right when the sexes are known."""

    id: str
    partner_a: str = field(default="", metadata=_ref("person"))
    partner_b: str = field(default="", metadata=_ref("person"))
    type: str = field(default="unknown", metadata=_choice(UNION_TYPES))
    status: str = field(default="current", metadata=_choice(UNION_STATUSES))
    start_year: int | None = field(default=None, metadata=YEAR)
    separation_year: int | None = field(default=None, metadata=YEAR)
    end_year: int | None = field(default=None, metadata=YEAR)
    domestic_abuse: str = field(default="none_known", metadata=_choice(ABUSE_LEVELS))


@dataclass(frozen=True, slots=True)
class ParentLink:
    id: str
    parent: str = field(default="", metadata=_ref("person"))
    child: str = field(default="", metadata=_ref("person"))
    union_id: str = field(default="", metadata=_ref("union"))  # "" = not from a recorded couple
    type: str = field(default="biological", metadata=_choice(PARENT_TYPES))
    parental_responsibility: bool = False


@dataclass(frozen=True, slots=True)
class SiblingLink:
    id: str
    a: str = field(default="", metadata=_ref("person"))
    b: str = field(default="", metadata=_ref("person"))
    type: str = field(default="unknown", metadata=_choice(SIBLING_TYPES))
    contact_arrangement: str = field(default="not_known", metadata=_choice(CONTACTS))


@dataclass(frozen=True, slots=True)
class SiblingGroup:
    id: str
    members: tuple[str, ...] = field(default=(), metadata=_refs("person"))
    multiple_birth: str = field(default="none", metadata=_choice(MULTIPLE_BIRTHS))


@dataclass(frozen=True, slots=True)
class Household:
    """Who lives together, from one year to another: a household that has ended is history, not deleted."""

    id: str
    label: str = field(default="", metadata=TEXT)  # "Mother's home", "Foster placement": no addresses
    type: str = field(default="birth_family", metadata=_choice(HOUSEHOLD_TYPES))
    is_index_child_main_home: bool = False
    location_band: str = field(default="unknown", metadata=_choice(LOCATION_BANDS))
    members: tuple[str, ...] = field(default=(), metadata=_refs("person"))
    from_year: int | None = field(default=None, metadata=YEAR)
    to_year: int | None = field(default=None, metadata=YEAR)  # None = current

    @property
    def current(self) -> bool:
        return self.to_year is None


@dataclass(frozen=True, slots=True)
class EmotionalLink:
    """A relationship drawn as an overlay; for abuse, from = the person harming, to = the person harmed."""

    id: str
    from_person: str = field(default="", metadata=_ref("person"))
    to_person: str = field(default="", metadata=_ref("person"))
    quality: str = field(default="none", metadata=_choice(QUALITIES))
    abuse: str = field(default="none", metadata=_choice(ABUSE_KINDS))
    source: str = field(default="record_agency", metadata=_choice(LINK_SOURCES))
    evidence: str = field(default="", metadata=TEXT)


@dataclass(frozen=True, slots=True)
class EcoNode:
    id: str
    label: str = field(default="", metadata=TEXT)  # "School (DSP)", "Older peer group": no names
    category: str = field(default="social_care", metadata=_choice(ECO_CATEGORIES))
    risk_or_support: str = field(default="neutral", metadata=_choice(RISK_OR_SUPPORT))


@dataclass(frozen=True, slots=True)
class EcoTie:
    id: str
    node: str = field(default="", metadata=_ref("eco_node"))
    strength: str = field(default="moderate", metadata=_choice(STRENGTHS))
    stress: bool = False
    flow: str = field(default="none", metadata=_choice(FLOWS))
    note: str = field(default="", metadata=TEXT)


Element = Person | Union | ParentLink | SiblingLink | SiblingGroup | Household | EmotionalLink | EcoNode | EcoTie

# kind -> (class, the Genogram attribute holding its elements, the file's section name)
ELEMENT_KINDS: dict[str, tuple[type[Any], str]] = {
    "person": (Person, "persons"),
    "union": (Union, "unions"),
    "parent_link": (ParentLink, "parent_links"),
    "sibling_link": (SiblingLink, "sibling_links"),
    "sibling_group": (SiblingGroup, "sibling_groups"),
    "household": (Household, "households"),
    "emotional_link": (EmotionalLink, "emotional_links"),
    "eco_node": (EcoNode, "eco_nodes"),
    "eco_tie": (EcoTie, "eco_ties"),
}
KIND_OF: dict[type[Any], str] = {cls: kind for kind, (cls, _) in ELEMENT_KINDS.items()}
# The genogram's own fields, kept like an element's under this id.
HEADER_ID = "genogram"
HEADER_FIELDS = ("as_at_year", "notes", "ecomap_centre")


@dataclass(frozen=True, slots=True)
class Genogram:
    source: str = "inspector"
    as_at_year: int | None = None
    notes: str = ""
    ecomap_centre: str = "index_child"  # "index_child" or a household id
    persons: tuple[Person, ...] = ()
    unions: tuple[Union, ...] = ()
    parent_links: tuple[ParentLink, ...] = ()
    sibling_links: tuple[SiblingLink, ...] = ()
    sibling_groups: tuple[SiblingGroup, ...] = ()
    households: tuple[Household, ...] = ()
    emotional_links: tuple[EmotionalLink, ...] = ()
    eco_nodes: tuple[EcoNode, ...] = ()
    eco_ties: tuple[EcoTie, ...] = ()

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.persons if p.id == person_id), None)

    def elements(self) -> list[tuple[str, Element]]:
        """Every element with its kind, in file order."""
        return [(kind, e) for kind, (_, attr) in ELEMENT_KINDS.items() for e in getattr(self, attr)]

    def element(self, element_id: str) -> tuple[str, Element] | None:
        return next(((k, e) for k, e in self.elements() if e.id == element_id), None)

    @property
    def index_child(self) -> Person | None:
        return next((p for p in self.persons if p.is_index_child), None)

    def with_element(self, element: Element) -> Genogram:
        """This genogram with *element* added, or replacing the element with its id."""
        attr = ELEMENT_KINDS[KIND_OF[type(element)]][1]
        current: tuple[Element, ...] = getattr(self, attr)
        if any(e.id == element.id for e in current):
            updated = tuple(element if e.id == element.id else e for e in current)
        else:
            updated = (*current, element)
        changes: dict[str, Any] = {attr: updated}
        return dataclasses.replace(self, **changes)

    def without(self, element_id: str) -> Genogram:
        changes: dict[str, Any] = {
            attr: tuple(e for e in getattr(self, attr) if e.id != element_id) for _, attr in ELEMENT_KINDS.values()
        }
        return dataclasses.replace(self, **changes)


def element_fields(element: Element) -> dict[str, Any]:
    """The element's fields as JSON values (tuples as lists), without its id."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(element):
        if f.name == "id":
            continue
        value = getattr(element, f.name)
        out[f.name] = list(value) if isinstance(value, tuple) else value
    return out


def field_specs(kind: str) -> list[dataclasses.Field[Any]]:
    """The fields of an element kind, id excluded (what the file format and the store keep)."""
    return [f for f in dataclasses.fields(ELEMENT_KINDS[kind][0]) if f.name != "id"]


def header_fields(genogram: Genogram) -> dict[str, Any]:
    return {name: getattr(genogram, name) for name in HEADER_FIELDS}

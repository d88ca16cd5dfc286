"""Roles: what the code reads a question for (escalation, overall judgement, findings), so code never names ids."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jicpa_desktop.domain.localized import LocalizedText


class Role(StrEnum):
    ESCALATION = "escalation"  # Yes raises the file's "escalate now" flag
    ESCALATION_ACTION = "escalation_action"  # what the concern is and the action taken
    ESCALATION_DATE = "escalation_date"
    RISK_UNMANAGED = "risk_unmanaged"  # Yes lowers a ★ No cap to Inadequate (catalogue §3.2)
    OVERALL_JUDGEMENT = "overall_judgement"  # the grade of this agency's practice with the child (oj_01)
    STRENGTHS = "strengths"  # repeatable key strengths, the report's finding bank (oj_03)
    AREAS_FOR_DEVELOPMENT = "areas_for_development"  # repeatable areas for development (oj_04)
    SUMMARY_STRENGTHS = "summary_strengths"  # each form's free-text summary of strengths
    SUMMARY_AREAS = "summary_areas"  # each form's free-text summary of areas for development
    # The case record's facts that the data-quality checks compare (services/data_quality.py).
    CASE_KIND = "case_kind"  # sampled or tracked, as the case record says (choice ids as the file's kind)
    AGE_BAND = "age_band"  # the age band at the start of the review period (choice ids as the file's band)
    REVIEW_START = "review_start"  # the file's review period: its start…
    REVIEW_END = "review_end"  # …and its end
    ETHNICITY_RECORDED = "ethnicity_recorded"  # No: the agency's record does not say the child's ethnicity
    LANGUAGE_RECORDED = "language_recorded"  # No: the agency's record does not say the child's language
    MEETING_KIND = "meeting_kind"  # an observed meeting's type: names the observation in lists and exports


@dataclass(frozen=True, slots=True)
class RoleRule:
    types: tuple[str, ...]  # the answer types a question playing the role may have
    description: LocalizedText


ROLE_RULES: dict[Role, RoleRule] = {
    Role.ESCALATION: RoleRule(("yn", "yn_na"), LocalizedText(
        "immediate concern: Yes raises the escalation flag",
        "pryder uniongyrchol: mae Ie yn codi'r faner uwchgyfeirio")),
    Role.ESCALATION_ACTION: RoleRule(("text",), LocalizedText(
        "the concern and the action taken", "y pryder a'r camau a gymerwyd")),
    Role.ESCALATION_DATE: RoleRule(("date",), LocalizedText(
        "the date the concern was escalated", "y dyddiad yr uwchgyfeiriwyd y pryder")),
    Role.RISK_UNMANAGED: RoleRule(("yn", "yn_na"), LocalizedText(
        "a limiting gap left risk unmanaged", "gadawodd bwlch cyfyngol risg heb ei reoli")),
    Role.OVERALL_JUDGEMENT: RoleRule(("grade",), LocalizedText(
        "the overall grade of the agency's practice", "gradd gyffredinol ymarfer yr asiantaeth")),
    Role.STRENGTHS: RoleRule(("repeat", "text"), LocalizedText(
        "key strengths for the report", "cryfderau allweddol ar gyfer yr adroddiad")),
    Role.AREAS_FOR_DEVELOPMENT: RoleRule(("repeat", "text"), LocalizedText(
        "areas for development for the report", "meysydd i'w datblygu ar gyfer yr adroddiad")),
    Role.SUMMARY_STRENGTHS: RoleRule(("text",), LocalizedText(
        "the form's summary of strengths", "crynodeb y ffurflen o gryfderau")),
    Role.SUMMARY_AREAS: RoleRule(("text",), LocalizedText(
        "the form's summary of areas for development", "crynodeb y ffurflen o feysydd i'w datblygu")),
    Role.CASE_KIND: RoleRule(("single",), LocalizedText(
        "sampled or tracked, as the case record says", "wedi'i samplu neu wedi'i holrhain, yn ôl y cofnod achos")),
    Role.AGE_BAND: RoleRule(("single",), LocalizedText(
        "the child's age band", "band oedran y plentyn")),
    Role.REVIEW_START: RoleRule(("date",), LocalizedText(
        "the start of the file's review period", "dechrau cyfnod adolygu'r ffeil")),
    Role.REVIEW_END: RoleRule(("date",), LocalizedText(
        "the end of the file's review period", "diwedd cyfnod adolygu'r ffeil")),
    Role.ETHNICITY_RECORDED: RoleRule(("yn", "yn_na"), LocalizedText(
        "whether the record says the child's ethnicity", "a yw'r cofnod yn nodi ethnigrwydd y plentyn")),
    Role.LANGUAGE_RECORDED: RoleRule(("yn", "yn_na"), LocalizedText(
        "whether the record says the child's language", "a yw'r cofnod yn nodi iaith y plentyn")),
    Role.MEETING_KIND: RoleRule(("single",), LocalizedText(
        "the type of meeting observed", "y math o gyfarfod a arsylwyd")),
}

# The roles the standard fields must play: the app raises escalations and lowers caps from them.
STANDARD_ROLES: tuple[Role, ...] = (Role.ESCALATION, Role.RISK_UNMANAGED)
# The roles a roll-up form (the overall case judgement) must play: exports read its grade and findings.
ROLL_UP_ROLES: tuple[Role, ...] = (Role.OVERALL_JUDGEMENT,)
# The roles an inspection-level form (a meeting observation) must play: lists and exports name it by them.
INSPECTION_LEVEL_ROLES: tuple[Role, ...] = (Role.MEETING_KIND,)
# Finding-bank roles and the kind of statement each gives.
FINDING_ROLES: tuple[Role, ...] = (Role.STRENGTHS, Role.AREAS_FOR_DEVELOPMENT)

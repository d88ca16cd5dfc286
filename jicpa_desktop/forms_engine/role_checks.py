"""Role and agency stage: one question per role, the roles the app relies on present, question agencies offered."""

from __future__ import annotations

from jicpa_desktop.domain.form_model import FormDefinition, Section
from jicpa_desktop.domain.roles import INSPECTION_LEVEL_ROLES, ROLE_RULES, ROLL_UP_ROLES, STANDARD_ROLES
from jicpa_desktop.forms_engine.problems import FormProblem
from jicpa_desktop.forms_engine.shape_reader import Locations

ROLES_FIX = "see docs/forms.md, section Roles"


def check_roles(section_list: tuple[Section, ...], locations: Locations, *, own_only: bool) -> list[FormProblem]:
    """A role is played by one question of a form (the standard fields included)."""
    problems: list[FormProblem] = []
    first: dict[str, str] = {}
    if own_only:  # the standard fields (appended last, checked on their own) claim their roles first
        for section in section_list:
            if section.standard:
                for question in section.questions:
                    for q in (question, *question.columns):
                        if q.role is not None:
                            first.setdefault(q.role, f"{q.id} in the standard fields")
    for section in section_list:
        if own_only and section.standard:
            continue
        for question in section.questions:
            for q in (question, *question.columns):
                if q.role is None:
                    continue
                if q.role in first:
                    problems.append(FormProblem(
                        locations.source,
                        locations.line_of(q.id, "role"),
                        f"the role {q.role!r} is already played by {first[q.role]}",
                        "give each role to one question of the form: remove `role:` from one of them",
                        q.id,
                        "role",
                    ))
                    continue
                first[q.role] = q.id
    return problems


def check_standard_roles(section: Section, locations: Locations) -> list[FormProblem]:
    """The standard fields must say which questions raise escalations and lower caps."""
    problems = check_roles((section,), locations, own_only=False)
    played = {q.role for question in section.questions for q in (question, *question.columns)}
    for role in STANDARD_ROLES:
        if role.value not in played:
            rule = ROLE_RULES[role]
            problems.append(FormProblem(
                locations.source,
                locations.sections[0][1] if locations.sections else None,
                f"no standard field plays the role {role.value!r} ({rule.description.en})",
                f"add `role: {role.value}` to the {rule.types[0]} standard field that asks it ({ROLES_FIX})",
                field="role",
            ))
    return problems


def check_form_roles(form: FormDefinition, locations: Locations) -> list[FormProblem]:
    problems = check_roles(form.sections, locations, own_only=True)
    if form.grade_roll_up is not None:
        for role in ROLL_UP_ROLES:
            if form.with_role(role.value) is None:
                rule = ROLE_RULES[role]
                problems.append(FormProblem(
                    locations.source,
                    locations.form_fields.get("grade_roll_up"),
                    f"a form with grade_roll_up must have a question with the role {role.value!r} "
                    f"({rule.description.en})",
                    f"add `role: {role.value}` to its {rule.types[0]} question ({ROLES_FIX})",
                    field="role",
                ))
    if form.is_inspection_level:
        problems += _inspection_level_problems(form, locations)
    return problems


def _inspection_level_problems(form: FormDefinition, locations: Locations) -> list[FormProblem]:
    """An inspection-level form is answered once per observation, with no case file around it: it names the
    meeting by a role, and has neither repeat groups nor the standard fields (which belong to a file)."""
    problems: list[FormProblem] = []
    scope_line = locations.form_fields.get("scope")
    for role in INSPECTION_LEVEL_ROLES:
        if form.with_role(role.value) is None:
            rule = ROLE_RULES[role]
            problems.append(FormProblem(
                locations.source, scope_line,
                f"an inspection-level form must have a question with the role {role.value!r} ({rule.description.en})",
                f"add `role: {role.value}` to its {rule.types[0]} question ({ROLES_FIX})", field="role"))
    for section in form.sections:
        if section.standard:
            problems.append(FormProblem(
                locations.source, locations.form_fields.get("standard", scope_line),
                "an inspection-level form cannot carry the standard fields: they belong to a case file",
                "add `standard: false` to the form", field="standard"))
            continue
        for question in section.questions:
            if question.is_repeat:
                problems.append(FormProblem(
                    locations.source, locations.line_of(question.id, "type"),
                    "an inspection-level form has no repeat groups (an observation is one meeting)",
                    "record each meeting as an observation of its own, or make the form `scope: case`",
                    question.id, "type"))
    return problems


def check_question_agencies(form: FormDefinition, locations: Locations) -> list[FormProblem]:
    """A question may only be narrowed to agencies the form itself is offered to."""
    problems: list[FormProblem] = []
    offered = set(form.agencies)
    for section in form.sections:
        if section.standard:
            continue
        for question in section.questions:
            for q in (question, *question.columns):
                stray = [a.value for a in q.agencies if a not in offered]
                if stray and offered:
                    problems.append(FormProblem(
                        locations.source,
                        locations.line_of(q.id, "agencies"),
                        f"the question names agencies the form is not offered to: {', '.join(stray)}",
                        f"use agencies of the form ({', '.join(a.value for a in form.agencies)}), "
                        "or add them to the form's `agencies:`",
                        q.id,
                        "agencies",
                    ))
    return problems


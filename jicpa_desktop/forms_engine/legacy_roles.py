"""Roles for definitions stored before forms declared them: a snapshot of an older version keeps working.

Forms written since declare `role:` themselves (docs/forms.md, section Roles); this table is read only for a
stored text that declares no role at all, and is the one place the old ids are named.
"""

from __future__ import annotations

from dataclasses import replace

from jicpa_desktop.domain.form_model import Question, Section
from jicpa_desktop.domain.roles import Role

# (form id or "" for the standard fields, question id) -> role, as the code read them before roles existed.
_LEGACY: dict[tuple[str, str], Role] = {
    ("", "std_escalate_now"): Role.ESCALATION,
    ("", "std_escalate_action"): Role.ESCALATION_ACTION,
    ("", "std_escalate_date"): Role.ESCALATION_DATE,
    ("", "std_risk_unmanaged"): Role.RISK_UNMANAGED,
    ("", "std_summary_strengths"): Role.SUMMARY_STRENGTHS,
    ("", "std_summary_areas"): Role.SUMMARY_AREAS,
    ("overall_case_judgement", "oj_01"): Role.OVERALL_JUDGEMENT,
    ("overall_case_judgement", "oj_03"): Role.STRENGTHS,
    ("overall_case_judgement", "oj_04"): Role.AREAS_FOR_DEVELOPMENT,
}


def declares_roles(sections: tuple[Section, ...]) -> bool:
    return any(q.role is not None for s in sections if not s.standard for top in s.questions
               for q in (top, *top.columns))


def with_legacy_roles(form_id: str, sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """The sections with the old roles given to the old ids (only the form's own, or the standard's)."""

    def role_of(question: Question) -> str | None:
        found = _LEGACY.get((form_id, question.id))
        return found.value if found is not None else question.role

    result = []
    for section in sections:
        questions = tuple(
            replace(top, role=role_of(top), columns=tuple(replace(c, role=role_of(c)) for c in top.columns))
            for top in section.questions
        )
        result.append(replace(section, questions=questions))
    return tuple(result)

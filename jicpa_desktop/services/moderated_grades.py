"""The lead's moderated grades as everyone sees them: after the consolidated package is imported, an inspector's
case view shows each form's moderated grade, the grade it replaced, the reason and the moderator."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from jicpa_desktop.services.context import ServiceContext


@dataclass(frozen=True, slots=True)
class ModeratedGrade:
    form_id: str
    original_grade: str | None
    moderated_grade: str
    reason: str
    moderator: str
    moderated_at: str


class ModeratedGrades:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def for_case(self, case_id: str) -> list[ModeratedGrade]:
        with self._context.reading() as session:
            rows = session.execute(text(
                "SELECT r.form_id, g.original_grade, g.moderated_grade, g.reason, g.moderator, g.moderated_at "
                "FROM grade_moderation g JOIN form_response r ON r.id = g.response_id WHERE r.case_id = :c "
                "ORDER BY r.form_id"), {"c": case_id}).all()
        return [ModeratedGrade(str(r[0]), None if r[1] is None else str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                               str(r[5])) for r in rows]

"""An answer's history, for everyone: every change to a file's answers and grades, oldest first, with the team
member who made it (as they signed it), the value before and after, and the package that brought it here."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.errors import NotFoundError


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: str
    author: str
    form_id: str
    entity: str  # answer | grade | moderation
    question_id: str
    row_id: str
    old: object  # the value this one replaced (None for the first)
    new: object
    evidence: str
    package: str  # the file of the package that brought it here; "" when made on this laptop


class History:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def for_case(self, case_id: str, *, form_id: str | None = None,
                 question_id: str | None = None) -> list[HistoryEntry]:
        where, params = "r.case_id = :c", {"c": case_id}
        if form_id:
            where += " AND r.form_id = :f"
            params["f"] = form_id
        if question_id:
            where += " AND v.question_id = :q"
            params["q"] = question_id
        with self._context.reading() as session:
            if session.execute(text("SELECT 1 FROM case_file WHERE id = :c"), {"c": case_id}).first() is None:
                raise NotFoundError(LocalizedText(
                    f"There is no case file {case_id!r}. List them with 'jicpa case list'.",
                    f"Nid oes ffeil achos {case_id!r}. Rhestrwch nhw gyda 'jicpa case list'."))
            rows = session.execute(text(
                "SELECT v.id, v.entity, r.form_id, v.question_id, v.row_id, v.value_json, v.evidence_note, "
                "v.parents_json, v.author, v.at, COALESCE(p.file_name, '') FROM field_version v "
                "JOIN form_response r ON r.id = v.response_id "
                "LEFT JOIN package_log p ON p.package_id = v.package_id AND p.direction = 'import' "
                f"WHERE {where} ORDER BY v.at, v.id"), params).all()
        values = {str(r[0]): json.loads(r[5]) for r in rows}
        entries = []
        for row in rows:
            parents = json.loads(row[7] or "[]")
            old = values.get(parents[0]) if parents else None
            entries.append(HistoryEntry(at=str(row[9]), author=str(row[8]), form_id=str(row[2]), entity=str(row[1]),
                                        question_id=str(row[3]), row_id=str(row[4]), old=old,
                                        new=json.loads(row[5]), evidence=str(row[6]), package=str(row[10])))
        return entries

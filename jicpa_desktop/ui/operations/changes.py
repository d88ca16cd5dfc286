"""What a write changed, so each open view can decide for itself whether to refresh (Anki's OpChanges)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    INSPECTIONS = "inspections"  # an inspection created, renamed or its forms switched on or off
    TEAM = "team"
    CASES = "cases"  # files added, removed or re-allocated
    ANSWERS = "answers"
    GRADES = "grades"
    CONFLICTS = "conflicts"
    MODERATION = "moderation"
    OBSERVATIONS = "observations"  # meeting observations added, answered, re-dated or removed


ALL_KINDS = frozenset(ChangeKind)


@dataclass(frozen=True, slots=True)
class Changes:
    """Which inspections and files a write touched and what kind of data; `origin` is the view that made it."""

    kinds: frozenset[ChangeKind] = frozenset()
    inspection_ids: frozenset[str] = frozenset()  # empty with kinds set: possibly every inspection
    case_ids: frozenset[str] = frozenset()  # empty with kinds set: possibly every file of those inspections
    origin: object | None = None

    @classmethod
    def of(cls, inspection_id: str | None, *kinds: ChangeKind, case_ids: Iterable[str] = (),
           origin: object | None = None) -> Changes:
        return cls(frozenset(kinds), frozenset([inspection_id] if inspection_id else []), frozenset(case_ids),
                   origin)

    @classmethod
    def everything(cls, inspection_id: str | None = None) -> Changes:
        """After an import or a merge: anything of the inspection may have changed."""
        return cls.of(inspection_id, *ALL_KINDS)

    @property
    def empty(self) -> bool:
        return not self.kinds

    def merged(self, other: Changes) -> Changes:
        """Both changes as one (for a refresh that covers several); an empty scope stays "all"."""
        if self.empty:
            return other
        if other.empty:
            return self

        def scope(mine: frozenset[str], theirs: frozenset[str]) -> frozenset[str]:
            return frozenset() if not mine or not theirs else mine | theirs

        return Changes(self.kinds | other.kinds, scope(self.inspection_ids, other.inspection_ids),
                       scope(self.case_ids, other.case_ids))

    def touches_inspection(self, inspection_id: str | None) -> bool:
        return not self.empty and (not self.inspection_ids or inspection_id in self.inspection_ids)

    def touches_case(self, inspection_id: str | None, case_id: str | None) -> bool:
        if not self.touches_inspection(inspection_id):
            return False
        return not self.case_ids or case_id in self.case_ids

    def touches(self, *kinds: ChangeKind) -> bool:
        return any(kind in self.kinds for kind in kinds)

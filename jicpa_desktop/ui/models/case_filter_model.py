"""Filtering and searching the dashboard's files: by kind, agency, inspector, status, escalation and text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from jicpa_desktop.ui.models.roles import (
    AGENCY_ROLE,
    CONVERSATIONS_ROLE,
    ESCALATED_ROLE,
    INSPECTOR_ROLE,
    KIND_ROLE,
    SEARCH_ROLE,
    SORT_ROLE,
    STATUS_ROLE,
)


class CaseFilterModel(QSortFilterProxyModel):
    """Every filter is a raw code or None (= any); the search matches words anywhere in a row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._search: list[str] = []
        self._equals: dict[int, str | None] = {KIND_ROLE: None, AGENCY_ROLE: None, INSPECTOR_ROLE: None,
                                               STATUS_ROLE: None}
        self._escalated_only = False

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateRowsFilter() with begin/endFilterChange(); older Qt has only the former.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_search", text.lower().split()))

    def set_kind(self, code: str | None) -> None:
        self._set(KIND_ROLE, code)

    def set_agency(self, code: str | None) -> None:
        self._set(AGENCY_ROLE, code)

    def set_inspector(self, name: str | None) -> None:
        self._set(INSPECTOR_ROLE, name)

    def set_status(self, code: str | None) -> None:
        self._set(STATUS_ROLE, code)

    def set_escalated_only(self, only: bool) -> None:
        self._refilter(lambda: setattr(self, "_escalated_only", only))

    def _set(self, role: int, value: str | None) -> None:
        self._refilter(lambda: self._equals.__setitem__(role, value))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        for role, wanted in self._equals.items():
            if wanted is None or model.data(index, role) == wanted:
                continue
            # An inspector's files include the tracked files where they hold one of the conversations.
            if role == INSPECTOR_ROLE and wanted in (model.data(index, CONVERSATIONS_ROLE) or ()):
                continue
            return False
        if self._escalated_only and not model.data(index, ESCALATED_ROLE):
            return False
        if self._search:
            haystack = str(model.data(index, SEARCH_ROLE) or "")
            return all(word in haystack for word in self._search)
        return True

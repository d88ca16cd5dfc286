"""Custom item-data roles shared by the models, their proxies and delegates."""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = Qt.ItemDataRole.UserRole.value

ID_ROLE = _BASE + 1  # the record's id (case id, form id)
PROGRESS_ROLE = _BASE + 2  # (done, total) for the progress-bar delegate
ESCALATED_ROLE = _BASE + 3  # bool
KIND_ROLE = _BASE + 4  # raw code: sampled | tracked
AGENCY_ROLE = _BASE + 5  # raw code
INSPECTOR_ROLE = _BASE + 6  # inspector name, '' when unallocated
STATUS_ROLE = _BASE + 7  # raw code: not_started | in_progress | complete
SEARCH_ROLE = _BASE + 8  # lower-case text the search box matches against
SORT_ROLE = _BASE + 9  # a value that sorts naturally (numbers as numbers)
CONVERSATIONS_ROLE = _BASE + 10  # tuple of the team members holding a tracked file's conversations

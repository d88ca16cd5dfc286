"""Every store call from the UI: queries and writes off the GUI thread, results and one change signal back on it.

Modelled on Anki's `QueryOp`/`CollectionOp` (qt/aqt/operations/) and its task manager (qt/aqt/taskman.py):

    QueryOp(parent=self, op=lambda work: services.progress.cases(inspection_id),
            success=self._show_cases).run_in_background()

    WriteOp(parent=self, op=lambda work: handover.resolve_conflict(...), success=self._resolved,
            changes=Changes.of(inspection_id, ChangeKind.CONFLICTS)).run_in_background()

Reads run on a small pool, writes in submission order on one writer thread (so a long merge makes an
autosave wait its turn instead of failing as "busy"), and after every successful write the application's
one change signal (`task_manager().changed`) tells each open view what changed so it can refresh itself.
"""

from jicpa_desktop.ui.operations.changes import ChangeKind, Changes
from jicpa_desktop.ui.operations.ops import OpHandle, QueryOp, Work, WriteOp
from jicpa_desktop.ui.operations.task_manager import TaskManager, task_manager
from jicpa_desktop.ui.operations.write_queue import WriteQueue

__all__ = ["ChangeKind", "Changes", "OpHandle", "QueryOp", "TaskManager", "Work", "WriteOp", "WriteQueue",
           "task_manager"]

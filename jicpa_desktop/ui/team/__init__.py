"""The team's week in the app: who I am, joining from the lead's package, the team, and allocating files.

Each entry point opens a window owned by *parent* and returns it (tests drive it directly).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from jicpa_desktop.services.dto import TeamMemberInfo
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.error_presenter import present_error
from jicpa_desktop.ui.i18n import current_language
from jicpa_desktop.ui.operations import ChangeKind, Changes, QueryOp, Work, WriteOp
from jicpa_desktop.ui.team.allocation_dialog import AllocationDialog
from jicpa_desktop.ui.team.escalations_dialog import EscalationsDialog
from jicpa_desktop.ui.team.identity_dialog import IdentityChoice, IdentityDialog
from jicpa_desktop.ui.team.join_dialog import JoinDialog
from jicpa_desktop.ui.team.sample_dialog import SampleDialog
from jicpa_desktop.ui.team.team_dialog import TeamDialog

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices
    from jicpa_desktop.services.dto import InspectionInfo

__all__ = ["ask_before_editing", "open_allocation", "open_escalations", "open_identity", "open_join", "open_sample",
           "open_team"]


def open_identity(parent: QWidget | None, services: AppServices, inspection: InspectionInfo,
                  chosen: Callable[[TeamMemberInfo], None], current: str | None = None) -> IdentityDialog:
    """Ask who the user is in *inspection*; *chosen* gets the member once remembered (added first if new)."""
    dialog = IdentityDialog(inspection.name, inspection.team, current_language(), current, parent)
    identity, team, inspection_id = services.identity, services.team, inspection.id

    def remember(choice: IdentityChoice) -> TeamMemberInfo:
        if choice.is_new:
            team.add(inspection_id, choice.name, choice.inspectorate or "", choice.role or "inspector",
                     themselves=True)
        return identity.choose(inspection_id, choice.name)

    def failed(error: BaseException, trace: str) -> None:
        present_error(parent, error, trace)

    def accepted() -> None:
        choice = dialog.result_choice()
        if choice is not None:
            WriteOp(parent=parent, op=lambda _work: remember(choice),
                    changes=Changes.of(inspection_id, ChangeKind.TEAM), success=chosen).failure(failed) \
                .run_in_background()

    dialog.accepted.connect(accepted)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def open_join(parent: QWidget | None, services: AppServices, joined: Callable[[str], None]) -> JoinDialog:
    dialog = JoinDialog(services, parent)
    dialog.joined.connect(joined)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def open_team(parent: QWidget | None, services: AppServices, inspection_id: str) -> TeamDialog:
    dialog = TeamDialog(services, inspection_id, current_language(), parent)
    dialog.show()
    return dialog


def open_allocation(parent: QWidget | None, services: AppServices, inspection_id: str) -> AllocationDialog:
    dialog = AllocationDialog(services, inspection_id, current_language(), parent)
    dialog.show()
    return dialog


def open_escalations(parent: QWidget | None, services: AppServices, inspection_id: str) -> EscalationsDialog:
    dialog = EscalationsDialog(services, inspection_id, current_language(), parent)
    dialog.show()
    return dialog


def open_sample(parent: QWidget | None, services: AppServices, inspection_id: str) -> SampleDialog:
    dialog = SampleDialog(services, inspection_id, parent)
    dialog.show()
    return dialog


def ask_before_editing(parent: QWidget, services: AppServices, case_id: str, go_on: Callable[[], None]) -> None:
    """Open a file allocated to someone else only when the user says so, and record that they did."""
    allocation = services.allocation

    def decide(owner: str | None) -> None:
        if owner is None:
            go_on()
            return
        question = QCoreApplication.translate(
            "Team", "This file is allocated to %1. Edit it anyway? Your changes are recorded as yours, and "
                    "that you edited their file.").replace("%1", owner)
        if not messages.ask_yes_no(parent, QCoreApplication.translate("Team", "Someone else's file"), question):
            return

        def record(_work: Work) -> None:
            allocation.record_editing_other(case_id)

        WriteOp(parent=parent, op=record, changes=Changes(), success=lambda _result: go_on()).run_in_background()

    QueryOp(parent=parent, op=lambda _work: allocation.allocated_elsewhere(case_id), success=decide) \
        .run_in_background()

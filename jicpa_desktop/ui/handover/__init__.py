"""Hand-over screens: export a package, the import wizard with its preview, conflicts side by side, moderation.

Each entry point opens a non-modal window owned by *parent* and returns it (tests drive it directly).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from jicpa_desktop.ui.handover.conflicts_dialog import ConflictsDialog
from jicpa_desktop.ui.handover.export_dialog import ExportPackageDialog
from jicpa_desktop.ui.handover.import_wizard import ImportWizard
from jicpa_desktop.ui.handover.moderation_dialog import ModerationDialog
from jicpa_desktop.ui.i18n import current_language

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices

__all__ = ["open_conflicts", "open_export_package", "open_import_wizard", "open_moderation"]


def open_export_package(parent: QWidget | None, services: AppServices, inspection_id: str) -> ExportPackageDialog:
    # The inspector's name as the team knows it (it scopes "only my files"), not the signed label.
    me = services.identity.known(inspection_id)
    name = services.context.given_actor or (me.name if me is not None else "")
    dialog = ExportPackageDialog(services.handover, inspection_id, name, parent)
    dialog.show()
    return dialog


def open_import_wizard(parent: QWidget | None, services: AppServices, inspection_id: str) -> ImportWizard:
    wizard = ImportWizard(services.handover, inspection_id, parent, escalations=services.escalations,
                          describe=_describer(services))
    wizard.show()
    return wizard


def _describer(services: AppServices) -> Callable[[str, str], str]:
    """The form title and question text, in the interface language, for the import preview."""
    language = current_language()
    forms = {form.id: form for form in services.forms.all()}

    def describe(form_id: str, question_id: str) -> str:
        form = forms.get(form_id)
        if form is None:
            return f"{form_id}.{question_id}"
        question = form.question(question_id)
        wording = question.label.get(language) if question is not None else question_id
        return f"{form.title.get(language)}: {wording}"

    return describe


def _form_titles(services: AppServices) -> dict[str, str]:
    language = current_language()
    return {form.id: form.title.get(language) for form in services.forms.all()}


def open_conflicts(parent: QWidget | None, services: AppServices, inspection_id: str) -> ConflictsDialog:
    dialog = ConflictsDialog(services.handover, inspection_id, parent, form_titles=_form_titles(services))
    dialog.show()
    return dialog


def open_moderation(parent: QWidget | None, services: AppServices, inspection_id: str) -> ModerationDialog:
    dialog = ModerationDialog(services.handover, inspection_id, parent, form_titles=_form_titles(services))
    dialog.show()
    return dialog

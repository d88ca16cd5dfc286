"""Forms for this inspection: switch forms on or off after the wizard (agency forms only when their
inspectorate takes part); answers to a form switched off stay stored."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.services.enabled_forms import OfferedForm
from jicpa_desktop.ui.error_presenter import error_text, present_error
from jicpa_desktop.ui.labels import agency_label, escape_mnemonics
from jicpa_desktop.ui.operations import ChangeKind, Changes, QueryOp, WriteOp

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices


class EnabledFormsDialog(QDialog):
    def __init__(self, services: AppServices, inspection_id: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enabledFormsDialog")
        self.setWindowTitle(self.tr("Forms for this inspection"))
        self.services = services
        self.inspection_id = inspection_id
        self.language = language
        self.boxes: dict[str, QCheckBox] = {}
        self.saved: tuple[str, ...] | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tick the forms inspectors use in this inspection. Answers to a form you switch off "
                               "stay stored and come back when you switch it on again."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list_widget)
        layout.addWidget(scroll, 1)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 560)
        switch = services.progress.enabled_forms
        QueryOp(parent=self, op=lambda _work: switch.offered(inspection_id), success=self._show).run_in_background()

    def _show(self, offered: list[OfferedForm]) -> None:
        for form in offered:
            agencies = ", ".join(agency_label(a, self.language) for a in form.agencies)
            box = QCheckBox(escape_mnemonics(f"{form.title.get(self.language)} — {agencies}"))
            box.setObjectName(f"form_{form.form_id}")
            box.setChecked(form.enabled and form.allowed)
            box.setEnabled(form.allowed or form.enabled)
            if not form.allowed:
                box.setToolTip(self.tr("No inspectorate taking part reads these agencies' records: add the "
                                       "inspectorate to the inspection first."))
            self.boxes[form.form_id] = box
            self.list_layout.addWidget(box)
        self.list_layout.addStretch(1)

    def chosen(self) -> list[str]:
        return [form_id for form_id, box in self.boxes.items() if box.isChecked()]

    def save(self) -> None:
        switch, inspection_id, chosen = self.services.progress.enabled_forms, self.inspection_id, self.chosen()
        WriteOp(parent=self, op=lambda _work: switch.set(inspection_id, chosen),
                changes=Changes.of(inspection_id, ChangeKind.INSPECTIONS),
                success=self._saved).failure(self._refused).run_in_background()

    def _saved(self, forms: tuple[str, ...]) -> None:
        self.saved = forms
        self.accept()

    def _refused(self, error: BaseException, trace: str) -> None:
        text = error_text(error, self.language)
        if text is None:
            present_error(self, error, trace)  # not the user's to fix: the crash dialog
            return
        self.problem.setText(text)
        self.problem.show()

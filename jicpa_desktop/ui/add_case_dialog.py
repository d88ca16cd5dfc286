"""Adding one case file by hand: a pseudonymous reference, the agency, sampled or tracked, and who audits it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.case_reference import AGE_BANDS, reference_problem
from jicpa_desktop.ui import theme
from jicpa_desktop.ui.labels import age_band_label, agency_label, kind_label


@dataclass(frozen=True)
class NewCaseFile:
    reference: str
    agency: str
    kind: str
    age_band: str
    inspector: str | None


class AddCaseDialog(QDialog):
    def __init__(self, language: str, inspectors: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addCaseDialog")
        self.setWindowTitle(self.tr("Add a file"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Use the pseudonymous reference from the sampling list, never a child's name."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("reference")
        self.reference_edit.setFont(theme.monospace_font(self.font()))
        self.reference_edit.setPlaceholderText(self.tr("for example CDF24-07"))
        self.reference_edit.setAccessibleName(self.tr("Case reference"))
        self.agency_combo = QComboBox()
        self.agency_combo.setAccessibleName(self.tr("Agency"))
        for agency in Agency:
            self.agency_combo.addItem(agency_label(agency.value, language), agency.value)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Sampled or tracked"))
        for kind in ("sampled", "tracked"):
            self.kind_combo.addItem(kind_label(kind), kind)
        self.age_combo = QComboBox()
        self.age_combo.setAccessibleName(self.tr("Age band"))
        self.age_combo.addItem(age_band_label(""), "")
        for band in AGE_BANDS:
            self.age_combo.addItem(age_band_label(band), band)
        self.inspector_combo = QComboBox()
        self.inspector_combo.setEditable(True)
        self.inspector_combo.setAccessibleName(self.tr("Inspector"))
        self.inspector_combo.addItem("")
        self.inspector_combo.addItems(inspectors)
        form.addRow(self.tr("&Reference:"), self.reference_edit)
        form.addRow(self.tr("&Agency:"), self.agency_combo)
        form.addRow(self.tr("&Sampled or tracked:"), self.kind_combo)
        form.addRow(self.tr("A&ge band:"), self.age_combo)
        form.addRow(self.tr("&Inspector:"), self.inspector_combo)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.colour_css(theme.escalation_colour(self))}")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        problem = reference_problem(self.reference_edit.text().strip())
        if problem:
            self.problem.setText(problem[0].upper() + problem[1:] + ".")
            self.problem.show()
            self.reference_edit.setFocus()
            return
        super().accept()

    def result_spec(self) -> NewCaseFile:
        inspector = self.inspector_combo.currentText().strip()
        return NewCaseFile(
            reference=self.reference_edit.text().strip(),
            agency=str(self.agency_combo.currentData()),
            kind=str(self.kind_combo.currentData()),
            age_band=str(self.age_combo.currentData()),
            inspector=inspector or None,
        )

"""The export dialog: where to save, language, filters, identifying fields; then the export runs in the
background with a progress bar and Cancel (ui.operations), and the file is replaced whole or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.error_presenter import present_error
from jicpa_desktop.ui.operations import OpHandle, QueryOp, Work

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices

KINDS = ("xlsx", "pdf", "case_pdf")


class ExportDialog(QDialog):
    exported = Signal(object)  # the Path written
    failed = Signal(object)  # the exception

    def __init__(self, services: AppServices, kind: str, *, inspection_id: str | None = None,
                 case_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown export kind {kind!r}: use one of {', '.join(KINDS)}")
        if kind == "case_pdf" and not case_id:
            raise ValueError("a case report needs case_id")
        self._services = services
        self._kind = kind
        self._case_id = case_id
        self.job: OpHandle[Any] | None = None
        self.result_path: Path | None = None
        self.setObjectName("exportDialog")
        # Short, to fit the title bar beside the app name Qt adds.
        titles = {"xlsx": self.tr("Export Excel grid"),
                  "pdf": self.tr("Export PDF grid"),
                  "case_pdf": self.tr("Export case report")}
        self.setWindowTitle(titles[kind])
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.inspection = QComboBox()
        self.inspection.setObjectName("exportInspection")
        self.inspector = QComboBox()
        self.inspector.setObjectName("exportInspector")
        self.agency = QComboBox()
        self.agency.setObjectName("exportAgency")
        if kind != "case_pdf":
            for info in services.inspections.list():
                self.inspection.addItem(info.name, info.id)
            if inspection_id is not None:
                index = self.inspection.findData(inspection_id)
                self.inspection.setCurrentIndex(max(index, 0))
            form.addRow(self.tr("Inspection"), self.inspection)
            self.inspection.currentIndexChanged.connect(self._fill_inspectors)
            form.addRow(self.tr("Inspector"), self.inspector)
            self.agency.addItem(self.tr("All agencies"), None)
            for agency in Agency:
                self.agency.addItem(agency.label.en, agency.value)
            form.addRow(self.tr("Agency"), self.agency)
            self._fill_inspectors()

        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self._browse)
        browse.setAutoDefault(False)  # after choosing, Enter exports rather than opening the picker again
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow(self.tr("Save as"), row)

        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Cymraeg (Welsh)"), "cy")
        form.addRow(self.tr("Headings and answers in"), self.language)

        self.identifying = QCheckBox(self.tr("Include identifying fields"))
        self.identifying.setObjectName("exportIdentifying")
        self.identifying.setChecked(False)
        self.identifying.toggled.connect(self._update)
        form.addRow("", self.identifying)
        layout.addLayout(form)

        self.warning = QLabel(self.tr(
            "Identifying fields will leave this laptop. Include them only when the inspection needs them, and "
            "handle the file as personal data: encrypted storage, no email, deleted when the report is published."))
        self.warning.setObjectName("exportIdentifyingWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #C00000; font-weight: bold;")
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(self._update)
        layout.addWidget(self.buttons)
        # Export is Enter's button: set once it is inside the dialog, or QDialog does not record it.
        self.export_button.setDefault(True)
        self._update()

    # -- choices -------------------------------------------------------------------------------

    def _fill_inspectors(self) -> None:
        self.inspector.clear()
        self.inspector.addItem(self.tr("All inspectors"), None)
        inspection_id = self.inspection.currentData()
        if inspection_id:
            for name in self._services.exports.inspectors(inspection_id):
                self.inspector.addItem(name, name)

    def _suffix(self) -> str:
        return ".xlsx" if self._kind == "xlsx" else ".pdf"

    def _proposed_name(self) -> str:
        # The inspection's name and the date: never a case reference or anything else about a child.
        if self._kind == "case_pdf":
            description = self.tr("JICPA case report")
        else:
            description = self.tr("%1 grid").replace("%1", self.inspection.currentText() or "JICPA")
        return messages.dated_file_name(description, self._suffix())

    def _browse(self) -> None:
        name_filter = (self.tr("Excel workbook (*.xlsx)") if self._kind == "xlsx"
                       else self.tr("PDF document (*.pdf)"))
        typed = self.path.text().strip()
        proposed = Path(typed).name if typed else self._proposed_name()
        path = messages.choose_save_file(self, self.windowTitle(), name_filter, proposed)
        if path:
            if not path.lower().endswith(self._suffix()):
                path += self._suffix()
            self.path.setText(path)

    def _update(self) -> None:
        self.warning.setVisible(self.identifying.isChecked())
        problem = ""
        text = self.path.text().strip()
        if not text:
            problem = self.tr("Choose where to save the export.")
        elif not Path(text).expanduser().parent.is_dir():
            problem = self.tr("That folder does not exist.")
        elif self._kind != "case_pdf" and self.inspection.currentData() is None:
            problem = self.tr("There is no inspection to export.")
        self.problem.setText(problem)
        self.export_button.setEnabled(not problem and self.job is None)

    # -- the export ----------------------------------------------------------------------------

    def start_export(self) -> None:
        self._update()
        if not self.export_button.isEnabled():
            return
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != self._suffix():
            path = path.with_name(path.name + self._suffix())
        exports = self._services.exports
        lang = str(self.language.currentData())
        include = self.identifying.isChecked()
        kind = self._kind
        case_id = self._case_id
        inspection_id = self.inspection.currentData()
        inspector = self.inspector.currentData()
        agency = self.agency.currentData()

        def work(job: Work) -> Path:
            progress, cancel = job.progress, job.cancel
            # Runs on a worker thread: plain values in, a Path out.
            if kind == "case_pdf":
                assert case_id is not None
                return exports.case_pdf(case_id, path, lang=lang, include_identifying=include,
                                        progress=progress, cancel=cancel)
            method = exports.xlsx if kind == "xlsx" else exports.pdf
            return method(inspection_id, path, inspector=inspector, agency=agency, lang=lang,
                          include_identifying=include, progress=progress, cancel=cancel)

        self.export_button.setEnabled(False)
        self.job = QueryOp(parent=self, op=work, success=self._succeeded).failure(self._failed) \
            .with_progress(self.windowTitle()).run_in_background()

    def _succeeded(self, result: Any) -> None:
        self.job = None
        self.result_path = Path(result)
        self.problem.setText(self.tr("Saved {path}").format(path=self.result_path))
        self.exported.emit(self.result_path)
        # Parented to the window behind: this dialog closes now, the message stays until read.
        messages.show_saved_file(self.parentWidget(), self.windowTitle(), self.result_path)
        self.accept()

    def _failed(self, error: BaseException, trace: str) -> None:
        self.job = None
        self._update()
        self.failed.emit(error)
        present_error(self, error, trace)

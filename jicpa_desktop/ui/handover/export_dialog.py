"""Exporting a package: where to, the passphrase (twice), and the work in the background with progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
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

from jicpa_desktop.services.errors import OperationCancelledError
from jicpa_desktop.services.handover import Handover
from jicpa_desktop.services.handover_types import ExportResult
from jicpa_desktop.services.passphrases import new_passphrase_problem
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.error_presenter import error_text, present_error
from jicpa_desktop.ui.i18n import current_language
from jicpa_desktop.ui.operations import Changes, OpHandle, Work, WriteOp


class ExportPackageDialog(QDialog):
    def __init__(self, handover: Handover, inspection_id: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handover = handover
        self._inspection_id = inspection_id
        self.job: OpHandle[Any] | None = None
        self.exported: ExportResult | None = None
        self.setObjectName("exportPackageDialog")
        self.setWindowTitle(self.tr("Export package"))  # short, to fit beside the app name Qt adds
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The package holds your answers, files and audit trail for this inspection. "
                "Give the lead inspector the file and tell them the passphrase another way."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path = QLineEdit()
        self.path.setObjectName("packagePath")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        browse.setAutoDefault(False)  # after choosing, Enter exports rather than opening the picker again
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow(self.tr("Save as"), row)
        self.inspector = QLineEdit(actor)
        self.inspector.setObjectName("inspectorName")
        form.addRow(self.tr("Inspector"), self.inspector)
        self.only_mine = QCheckBox(self.tr("Only the files allocated to or answered by this inspector"))
        self.only_mine.setObjectName("onlyMine")
        form.addRow("", self.only_mine)
        self.consolidated = QCheckBox(self.tr("Consolidated package for the whole team (lead inspector)"))
        self.consolidated.setObjectName("consolidated")
        form.addRow("", self.consolidated)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("passphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Repeat passphrase"), self.repeat)
        self.no_encryption = QCheckBox(self.tr("Do not encrypt (only for test data: anyone with the file can read it)"))
        self.no_encryption.setObjectName("noEncryption")
        self.no_encryption.toggled.connect(self._update)
        form.addRow("", self.no_encryption)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Export is Enter's button: set once it is inside the dialog, or QDialog does not record it.
        self.export_button.setDefault(True)
        for edit in (self.path, self.passphrase, self.repeat):
            edit.textChanged.connect(self._update)
        self._update()

    def _browse(self) -> None:
        typed = self.path.text().strip()
        # The inspector's name and the date (never anything about a child), so the lead can tell packages apart.
        proposed = Path(typed).name if typed else messages.dated_file_name(
            self.tr("%1 package").replace("%1", self.inspector.text().strip() or "JICPA"), ".jicpa")
        chosen = messages.choose_save_file(self, self.tr("Save the package"), self.tr("JICPA packages (*.jicpa)"),
                                           proposed)
        if chosen:
            self.path.setText(chosen if chosen.endswith(".jicpa") else chosen + ".jicpa")

    def _problem(self) -> str:
        if not self.path.text().strip():
            return self.tr("Choose where to save the package.")
        if self.no_encryption.isChecked():
            return ""
        weak = new_passphrase_problem(self.passphrase.text())
        if weak is not None:
            return weak.get(current_language())
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        for edit in (self.passphrase, self.repeat):
            edit.setEnabled(not self.no_encryption.isChecked())
        problem = self._problem()
        self.problem.setText(problem)
        self.export_button.setEnabled(not problem and self.job is None)

    def start_export(self) -> None:
        if self._problem() or self.job is not None:
            return
        path = self.path.text().strip()
        passphrase = None if self.no_encryption.isChecked() else self.passphrase.text()
        inspector = self.inspector.text().strip() or None
        only_mine = self.only_mine.isChecked()
        consolidated = self.consolidated.isChecked()
        handover, inspection_id = self._handover, self._inspection_id

        def work(job: Work) -> ExportResult:
            return handover.export_package(
                inspection_id,
                path,
                passphrase,
                inspector=inspector if only_mine else None,
                consolidated=consolidated,
                progress=job.progress,
                cancel=job.cancel,
            )

        self.export_button.setEnabled(False)
        # Writing a package records an audit event, so it is a write: it queues behind the autosaves.
        self.job = WriteOp(parent=self, op=work, changes=Changes(), success=self._done).failure(self._failed) \
            .with_progress(self.tr("Exporting the package")).run_in_background()

    def _done(self, result: Any) -> None:
        self.job = None
        self.exported = result
        protection = self.tr("encrypted") if result.encrypted else self.tr("NOT encrypted")
        self.problem.setText(
            self.tr("Exported {0} bytes ({1}) to {2}").format(result.size_bytes, protection, result.path)
        )
        # Parented to the window behind: this dialog closes now, the message stays until read.
        messages.show_saved_file(self.parentWidget(), self.windowTitle(), Path(result.path),
                                 self.tr("The package is %1.").replace("%1", protection))
        self.accept()

    def _failed(self, error: BaseException, trace: str) -> None:
        self.job = None
        self._update()
        text = error_text(error)
        if isinstance(error, OperationCancelledError):
            self.problem.setText(self.tr("Cancelled."))
        elif text is not None:
            self.problem.setText(text)
        else:
            present_error(self, error, trace)

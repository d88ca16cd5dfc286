"""The lead's import: choose packages and the passphrase, see the preview (new files, changed answers,
conflicts), then apply everything in one transaction. Both steps run in the background.

Packages of any inspection this laptop holds are accepted, not only the one open (a lead may hold several),
and the preview says which inspection each belongs to; the lead's consolidated package of an inspection not
held here adds it (joining, as the start page's "Join an inspection" does)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jicpa_desktop.services.errors import OperationCancelledError
from jicpa_desktop.services.escalations import Escalations, EscalationView
from jicpa_desktop.services.handover import Handover
from jicpa_desktop.services.handover_types import ImportPreview
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.error_presenter import error_text, present_error
from jicpa_desktop.ui.i18n import current_language
from jicpa_desktop.ui.labels import agency_label
from jicpa_desktop.ui.operations import Changes, OpHandle, QueryOp, Work, WriteOp

PREVIEW_COLUMNS = 6


class FilesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the packages"))
        self.setSubTitle(self.tr("Add every inspector's .jicpa file; nothing changes until you apply."))
        layout = QVBoxLayout(self)
        self.files = QListWidget()
        self.files.setObjectName("packageFiles")
        layout.addWidget(self.files)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add packages…"))
        add.clicked.connect(self._browse)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Passphrase (leave empty for unencrypted packages)")))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("importPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.passphrase)

    def _browse(self) -> None:
        # The one file-dialog helper: it starts in the last folder used and remembers this one.
        self.add_files(messages.choose_open_files(self, self.tr("Choose packages"),
                                                  self.tr("JICPA packages (*.jicpa)")))

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self.completeChanged.emit()

    def add_files(self, paths: list[str]) -> None:
        present = {self.files.item(i).text() for i in range(self.files.count())}
        for path in paths:
            if path not in present:
                self.files.addItem(path)
        self.completeChanged.emit()

    def paths(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def isComplete(self) -> bool:
        return self.files.count() > 0


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("What the import would change. Conflicts keep both values until you resolve them."))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, PREVIEW_COLUMNS)
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Change"),
                self.tr("File"),
                self.tr("Question"),
                self.tr("Before / mine"),
                self.tr("After / theirs"),
                self.tr("By"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.preview: ImportPreview | None = None
        self.error = ""

    def initializePage(self) -> None:
        self.preview, self.error = None, ""
        self.summary.setText(self.tr("Checking the packages…"))
        self.table.setRowCount(0)
        self._wizard.run(False, self.show_preview, self.show_error)

    def show_error(self, message: str) -> None:
        self.error = message
        self.summary.setText(
            self.tr("These packages cannot be imported; your database has not been changed.") + "\n" + message
        )
        self.completeChanged.emit()

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        rows: list[tuple[str, ...]] = []
        language = current_language()
        for reference, agency in preview.new_cases:
            rows.append((self.tr("New file"), f"{reference} ({agency_label(agency, language)})", "", "", "", ""))
        for reference, agency in preview.removed_cases:
            # The lead removed the file (added by mistake): it goes from this laptop too, with its answers.
            rows.append((self.tr("Removed file"), f"{reference} ({agency_label(agency, language)})", "", "", "", ""))
        for c in preview.changed_answers:
            rows.append(
                (
                    self.tr("Changed answer"),
                    f"{c.case_reference} ({c.agency})",
                    self._wizard.describe(c.form_id, c.question_id),
                    c.old_value,
                    c.new_value,
                    c.author,
                )
            )
        for conflict in preview.conflicts:
            mine = next((s for s in conflict.sides if s.shown), conflict.sides[0])
            theirs = "; ".join(f"{s.value} ({s.author})" for s in conflict.sides if s is not mine)
            rows.append(
                (
                    self.tr("Conflict"),
                    f"{conflict.case_reference} ({conflict.agency})",
                    self._wizard.describe(conflict.form_id, conflict.question_id or conflict.entity),
                    f"{mine.value} ({mine.author})",
                    theirs,
                    "",
                )
            )
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for column, value in enumerate(row):
                self.table.setItem(r, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        again = len(preview.already_imported)
        # One count per phrase: Qt's plural forms take one number each ("1 new file", "2 new files").
        counts = [
            self.tr("%n new file(s)", "", len(preview.new_cases)),
            self.tr("%n changed answer(s)", "", len(preview.changed_answers)),
            self.tr("%n conflict(s)", "", len(preview.conflicts)),
        ]
        if preview.removed_cases:
            counts.append(self.tr("%n file(s) removed", "", len(preview.removed_cases)))
        text = self.tr("%n package(s): ", "", len(preview.packages)) + ", ".join(counts) + "."
        if again:
            text += " " + self.tr("%n of them imported before.", "", again)
        if preview.changes_nothing:
            text += " " + self.tr("Importing would change nothing.")
        text += "".join(" " + warning.get(current_language()) for warning in preview.warnings)  # unencrypted packages
        self.summary.setText("\n".join([text, *self._wizard.belongs_to(preview)]))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.preview is not None and not self.error


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.result = QLabel()
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.done = False
        self.new_escalations: list[EscalationView] = []

    def initializePage(self) -> None:
        self.done = False
        self.result.setText(self.tr("Importing in one transaction…"))
        self._wizard.run(True, self.show_result, self.show_error)

    def show_result(self, preview: ImportPreview) -> None:
        self.done = True
        if preview.applied:
            counts = [
                self.tr("%n new file(s)", "", len(preview.new_cases)),
                self.tr("%n changed answer(s)", "", len(preview.changed_answers)),
                self.tr("%n conflict(s) to resolve", "", len(preview.conflicts)),
            ]
            if preview.removed_cases:
                counts.append(self.tr("%n file(s) removed", "", len(preview.removed_cases)))
            text = self.tr("Imported: ") + ", ".join(counts) + "."
        else:
            text = self.tr("Nothing new: the database is unchanged.")
        self.result.setText(text)
        self.completeChanged.emit()
        escalations = self._wizard.escalations
        if escalations is not None and preview.packages:
            target = preview.packages[0].inspection_id
            QueryOp(parent=self, op=lambda _work: escalations.list(target),
                    success=lambda views: self._call_out(views, text)).run_in_background()

    def _call_out(self, views: list[EscalationView], text: str) -> None:
        """New escalations first: the lead must see them the same day."""
        new = [v for v in views if v.status == "new"]
        self.new_escalations = new
        if not new:
            return
        language = current_language()
        lines = [self.tr("New escalations (%1) — see Team ▸ Escalations…:").replace("%1", str(len(new)))]
        lines += [f"• {v.reference} ({v.agency}), {v.form_title.get(language)}, {v.inspector}: {v.concern}"
                  for v in new]
        self.result.setText("\n".join([*lines, "", text]))

    def show_error(self, message: str) -> None:
        self.result.setText(self.tr("Nothing was imported.") + "\n" + message)

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    def __init__(self, handover: Handover, inspection_id: str, parent: QWidget | None = None, *,
                 escalations: Escalations | None = None,
                 describe: Callable[[str, str], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        # Form title and question text for the preview (people read words, not ids).
        self.describe: Callable[[str, str], str] = describe or (lambda form, question: f"{form}.{question}")
        self.escalations = escalations  # to call out the new ones first, after the import
        self.setWindowTitle(self.tr("Import packages"))  # short, to fit beside the app name Qt adds
        self._handover = handover
        self._inspection_id = inspection_id
        self.job: OpHandle[Any] | None = None
        self.files_page = FilesPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        self.addPage(self.files_page)
        self.addPage(self.preview_page)
        self.addPage(self.result_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Apply"))
        self.preview_page.setCommitPage(True)

    def belongs_to(self, preview: ImportPreview) -> list[str]:
        """One line per package: whose it is and which inspection it belongs to."""
        lines = []
        for package in preview.packages:
            kind = self.tr("the lead's consolidated package") if package.kind == "consolidated" \
                else self.tr("%1's package").replace("%1", package.inspector)
            line = self.tr("%1: %2, for %3").replace("%1", Path(package.path).name).replace("%2", kind) \
                .replace("%3", package.inspection_name)
            if package.inspection_id != self._inspection_id:
                line += " " + self.tr("(another inspection, not the one open)")
            lines.append(line)
        return lines

    def run(self, apply: bool, on_success: Any, on_error: Any) -> None:
        paths = [Path(p) for p in self.files_page.paths()]
        passphrase = self.files_page.passphrase.text() or None
        handover = self._handover

        def work(job: Work) -> ImportPreview:
            # A preview merges and rolls back, so it holds the write lock too: both go through the writer.
            # No inspection is imposed: the packages name theirs, and the preview says which it is.
            call = handover.apply_import if apply else handover.preview_import
            return call(paths, passphrase, inspection_id=None, progress=job.progress, cancel=job.cancel)

        def succeeded(result: Any) -> None:
            self.job = None
            on_success(result)

        def failed(error: BaseException, trace: str) -> None:
            self.job = None
            text = error_text(error)
            if isinstance(error, OperationCancelledError):
                on_error(self.tr("Cancelled."))
            elif text is not None:
                on_error(text)
            else:
                on_error(self.tr("Something went wrong; see the crash report."))
                present_error(self, error, trace)

        title = self.tr("Importing packages") if apply else self.tr("Checking packages")
        changes = Changes.everything(None) if apply else Changes()
        self.job = WriteOp(parent=self, op=work, changes=changes, success=succeeded).failure(failed) \
            .with_progress(title).run_in_background()

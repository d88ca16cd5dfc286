"""Join an inspection from the lead's package: the consolidated package of an inspection this laptop does not
hold creates it here (files, team, forms switched on, local terms). The dialog shows the inspection and its team
from the package and asks who I am before importing, so the import itself is signed by the member chosen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.services.handover_types import ImportPreview
from jicpa_desktop.services.joining import JoinPreview
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.error_presenter import present_in_place
from jicpa_desktop.ui.i18n import current_language
from jicpa_desktop.ui.labels import inspectorate_label, role_label
from jicpa_desktop.ui.operations import Changes, QueryOp, Work, WriteOp

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices


NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class JoinDialog(QDialog):
    joined = Signal(str)  # the inspection id, once its package is imported

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinDialog")
        self.setWindowTitle(self.tr("Join an inspection"))
        self.setMinimumWidth(680)
        self._services = services
        self.package: JoinPreview | None = None
        self.result_preview: ImportPreview | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the consolidated package the lead inspector gave you (a .jicpa file) and type its passphrase. "
            "The inspection, its team, its files and the forms switched on for it are added to this laptop; then "
            "you say who you are."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path = QLineEdit()
        self.path.setObjectName("joinPath")
        self.path.setAccessibleName(self.tr("Package file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow(self.tr("Package"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("joinPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("Passphrase"), self.passphrase)
        layout.addLayout(form)
        self.check_button = QPushButton(self.tr("&Check the package"))
        self.check_button.setObjectName("joinCheck")
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check)
        layout.addWidget(self.check_button)
        self.about = QLabel()
        self.about.setObjectName("joinAbout")
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.team_label = QLabel(self.tr("&Who are you?"))
        self.team = QListWidget()
        self.team.setObjectName("joinTeam")
        self.team.setAccessibleName(self.tr("Who are you?"))
        self.team_label.setBuddy(self.team)
        self.team.currentRowChanged.connect(lambda _row: self._update())
        self.team.setMinimumHeight(self.team.fontMetrics().height() * 7)  # a team of six without scrolling
        layout.addWidget(self.team_label)
        layout.addWidget(self.team)
        self.team_label.hide()
        self.team.hide()
        self.problem = QLabel()
        self.problem.setObjectName("joinProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = self.buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setObjectName("joinButton")
        self.join_button.setEnabled(False)
        self.buttons.accepted.connect(self.join)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.path.textChanged.connect(self._forget)
        self.passphrase.textChanged.connect(self._forget)

    def _browse(self) -> None:
        chosen = messages.choose_open_file(self, self.tr("Choose the lead's package"),
                                           self.tr("JICPA packages (*.jicpa)"))
        if chosen:
            self.path.setText(chosen)
            self.check()

    def _forget(self) -> None:
        self.package = None
        self.join_button.setEnabled(False)
        self.about.setText("")
        self.team.clear()
        self.team.hide()
        self.team_label.hide()

    def _update(self) -> None:
        self.join_button.setEnabled(self.package is not None and self.team.currentItem() is not None)

    def choose_member(self, name: str) -> None:
        for row in range(self.team.count()):
            if self.team.item(row).data(NAME_ROLE) == name:
                self.team.setCurrentRow(row)

    def _passphrase(self) -> str | None:
        return self.passphrase.text() or None

    def check(self) -> None:
        """Open and check the package (no database needed) and say which inspection it is."""
        path, passphrase = self.path.text().strip(), self._passphrase()
        if not path:
            self.problem.setText(self.tr("Choose the package file first."))
            return
        self.problem.setText("")
        self.about.setText(self.tr("Checking the package…"))
        joining = self._services.joining
        QueryOp(parent=self, op=lambda _work: joining.preview(path, passphrase), success=self._checked) \
            .failure(self._failed).run_in_background()

    def _checked(self, preview: JoinPreview) -> None:
        info, held = preview.package, preview.held
        lines = [
            self.tr("Inspection: %1").replace("%1", info.inspection_name),
            self.tr("Package made by %1 on %2").replace("%1", info.created_by).replace("%2", info.created_at[:16]
                                                                                       .replace("T", " ")),
            self.tr("Files: %1").replace("%1", str(info.counts.get("cases", 0))),
        ]
        if held:
            lines.append(self.tr("This inspection is already on this laptop: joining brings it up to date."))
        self.about.setText("\n".join(lines))
        self.package = preview
        language = current_language()
        self.team.clear()
        for member in preview.team:
            item = QListWidgetItem(f"{member.name} — {inspectorate_label(member.inspectorate, language)}, "
                                   f"{role_label(member.role)}")
            item.setData(NAME_ROLE, member.name)
            self.team.addItem(item)
        self.team_label.show()
        self.team.show()
        self.problem.setText("" if preview.team else self.tr(
            "The package's team is empty: ask the lead to add you to the team and export the package again."))
        self._update()
        self.join_button.setDefault(True)

    def _failed(self, error: BaseException, trace: str) -> None:
        self.about.setText("")
        self.join_button.setEnabled(False)
        present_in_place(self.problem, self, error, trace)

    def join(self) -> None:
        item = self.team.currentItem()
        if self.package is None or item is None:
            self.problem.setText(self.tr("Check the package, then choose yourself from its team."))
            return
        member = str(item.data(NAME_ROLE))
        path, passphrase, joining = self.path.text().strip(), self._passphrase(), self._services.joining
        self.join_button.setEnabled(False)

        def work(job: Work) -> tuple[str, ImportPreview]:
            return joining.join(path, passphrase, member, progress=job.progress, cancel=job.cancel)

        WriteOp(parent=self, op=work, changes=Changes.everything(None), success=self._joined) \
            .failure(self._failed).with_progress(self.tr("Joining the inspection…")).run_in_background()

    def _joined(self, result: Any) -> None:
        inspection_id, self.result_preview = result
        self.accept()
        self.joined.emit(inspection_id)

    def choose_file(self, path: str | Path, passphrase: str | None) -> None:
        """Fill in the file and passphrase (as typing them would) and check the package."""
        self.passphrase.setText(passphrase or "")
        self.path.setText(str(path))
        self.check()

"""Closing an inspection on this laptop: an optional archive package first, the name typed to confirm, then the wipe
(services/wipe.py) in the background, and its deletion record shown with the certificate one click away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
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

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.services.passphrases import new_passphrase_problem
from jicpa_desktop.services.wipe import WipeRecordView, Wipes
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.i18n import current_language
from jicpa_desktop.ui.operations import ChangeKind, Changes, Work, WriteOp

T = LocalizedText
_TEXT = {
    "title": T("Close and wipe the inspection", "Cau a dileu'r arolygiad"),
    "intro": T(
        "Once the report is published, the inspection leaves this laptop: every file, answer, genogram, repeat row, "
        "audit event and form snapshot of “{name}”, its backups and the exports the app knows of are deleted, and "
        "the database is compacted so the pages are gone from the file too. Other inspections are not touched. A "
        "deletion record (what went, when, by whom, a checksum; no child's data) stays, with a certificate for the "
        "data-protection officer. This cannot be undone.",
        "Unwaith y cyhoeddir yr adroddiad, mae'r arolygiad yn gadael y gliniadur hwn: caiff pob ffeil, ateb, "
        "genogram, rhes ailadrodd, digwyddiad archwilio a chipolwg ffurflen o “{name}”, ei gopïau wrth gefn a'r "
        "allforion y mae'r ap yn gwybod amdanynt eu dileu, a chaiff y gronfa ddata ei chywasgu fel bod y tudalennau "
        "wedi mynd o'r ffeil hefyd. Ni chyffyrddir ag arolygiadau eraill. Mae cofnod dileu (beth aeth, pryd, gan "
        "bwy, siec-swm; dim data plentyn) yn aros, gyda thystysgrif ar gyfer y swyddog diogelu data. Ni ellir "
        "dadwneud hyn.",
    ),
    "archive": T("&Save an archive package of the whole inspection first", "&Cadw pecyn archif o'r arolygiad cyfan "
                 "yn gyntaf"),
    "archive_file": T("Archive file", "Ffeil archif"),
    "choose": T("&Choose…", "&Dewis…"),
    "passphrase": T("Archive passphrase", "Ymadrodd cyfrin yr archif"),
    "repeat": T("Repeat passphrase", "Ailadrodd yr ymadrodd cyfrin"),
    "confirm": T("Type the inspection's name to confirm", "Teipiwch enw'r arolygiad i gadarnhau"),
    "wipe": T("&Wipe from this laptop", "&Dileu o'r gliniadur hwn"),
    "cancel": T("Cancel", "Canslo"),
    "save_archive": T("Save the archive package", "Cadw'r pecyn archif"),
    "no_archive_file": T("Choose where to save the archive package, or untick it.",
                         "Dewiswch ble i gadw'r pecyn archif, neu dad-diciwch ef."),
    "differ": T("The two archive passphrases differ.", "Mae dau ymadrodd cyfrin yr archif yn wahanol."),
    "name_differs": T("Type the name exactly as shown above, capitals and spaces included.",
                      "Teipiwch yr enw yn union fel y'i dangosir uchod, gan gynnwys priflythrennau a bylchau."),
    "working": T("Wiping the inspection from this laptop…", "Yn dileu'r arolygiad o'r gliniadur hwn…"),
    "done_title": T("Inspection wiped", "Arolygiad wedi'i ddileu"),
    "done": T(
        "“{name}” is wiped from this laptop: {rows:,} records deleted (content checksum {digest}…). The deletion "
        "record is under File → Deletion records, where its certificate can be saved as a PDF.",
        "Mae “{name}” wedi'i ddileu o'r gliniadur hwn: dilëwyd {rows:,} o gofnodion (siec-swm y cynnwys {digest}…). "
        "Mae'r cofnod dileu o dan Ffeil → Cofnodion dileu, lle gellir cadw ei dystysgrif fel PDF.",
    ),
}


def say(key: str, **values: object) -> str:
    return _TEXT[key].get(current_language()).format(**values)


class WipeInspectionDialog(QDialog):
    """Emits `wiped(record)` after the wipe; the caller leaves the inspection (it no longer exists)."""

    wiped = Signal(object)

    def __init__(self, wipes: Wipes, inspection_id: str, inspection_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wipeInspectionDialog")
        self._wipes = wipes
        self.inspection_id = inspection_id
        self.inspection_name = inspection_name
        self.setWindowTitle(say("title"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.intro = QLabel(say("intro", name=inspection_name))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.archive = QCheckBox(say("archive"))
        self.archive.setObjectName("archiveFirst")
        self.archive.setChecked(True)  # keeping an archive is the safe default; unticking is a choice
        layout.addWidget(self.archive)
        form = QFormLayout()
        self.archive_path = QLineEdit()
        self.archive_path.setObjectName("archivePath")
        choose = QPushButton(say("choose"))
        choose.setObjectName("chooseArchive")
        choose.clicked.connect(self._choose_archive)
        row = QHBoxLayout()
        row.addWidget(self.archive_path, 1)
        row.addWidget(choose)
        form.addRow(say("archive_file"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("archivePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(say("passphrase"), self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("archivePassphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(say("repeat"), self.repeat)
        self._archive_fields = (self.archive_path, choose, self.passphrase, self.repeat)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmName")
        self.confirm.setPlaceholderText(inspection_name)
        form.addRow(say("confirm"), self.confirm)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("wipeProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.wipe_button = QPushButton(say("wipe"))
        self.wipe_button.setObjectName("wipeButton")
        self.wipe_button.clicked.connect(self.start_wipe)
        buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(say("cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.archive.toggled.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()

    def _choose_archive(self) -> None:
        proposed = messages.dated_file_name(f"{self.inspection_name} archive", ".jicpa")
        path = messages.choose_save_file(self, say("save_archive"), "JICPA package (*.jicpa)", proposed)
        if path:
            self.archive_path.setText(path)

    def _update(self) -> None:
        for widget in self._archive_fields:
            widget.setEnabled(self.archive.isChecked())
        # The button waits for the exact name: a wipe is for good, so a slip of the hand must not start one.
        self.wipe_button.setEnabled(self.confirm.text() == self.inspection_name)

    def problem_text(self) -> str | None:
        if self.confirm.text() != self.inspection_name:
            return say("name_differs")
        if not self.archive.isChecked():
            return None
        if not self.archive_path.text().strip():
            return say("no_archive_file")
        weak = new_passphrase_problem(self.passphrase.text())
        if weak is not None:
            return weak.get(current_language())
        if self.passphrase.text() != self.repeat.text():
            return say("differ")
        return None

    def start_wipe(self) -> None:
        problem = self.problem_text()
        if problem is not None:
            self.problem.setText(problem)
            return
        self.problem.clear()
        self.wipe_button.setEnabled(False)
        wipes, inspection_id, confirm = self._wipes, self.inspection_id, self.confirm.text()
        archive = Path(self.archive_path.text().strip()).expanduser() if self.archive.isChecked() else None
        passphrase = self.passphrase.text() if archive is not None else None

        def wipe(_work: Work) -> WipeRecordView:
            return wipes.wipe(inspection_id, confirm=confirm, archive=archive, archive_passphrase=passphrase)

        def failed(error: BaseException, trace: str) -> None:
            from jicpa_desktop.ui.error_presenter import present_error

            self.wipe_button.setEnabled(True)
            present_error(self, error, trace)  # nothing was deleted: the service checks before it deletes

        (WriteOp(parent=self, op=wipe, changes=Changes.of(inspection_id, ChangeKind.INSPECTIONS, ChangeKind.CASES),
                 success=self._done)
         .failure(failed).with_progress(say("working")).run_in_background())

    def _done(self, record: WipeRecordView) -> None:
        self.wiped.emit(record)
        messages.show_info(self.parentWidget(), say("done_title"),
                           say("done", name=record.inspection_name, rows=sum(record.counts.values()),
                               digest=record.content_sha256[:12]))
        self.accept()

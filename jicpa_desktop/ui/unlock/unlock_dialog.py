"""The dialog at start: the passphrase of the encrypted audit database, or a new one (typed twice).

Five wrong tries in a row make the next ones wait, longer each time (30 s, then doubling), so guessing at a
laptop left unlocked is slow. The key is checked against the key file (services/database_keys.py) before the
database is touched, so a wrong passphrase changes nothing.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.services.database_keys import (
    DB_PASSPHRASE_FILE_ENV,
    DatabaseKey,
    DatabaseKeys,
    KeyNeed,
    KeyStatus,
    read_passphrase_file,
)
from jicpa_desktop.services.errors import StoreProblem, StoreUnavailableError, localized_message
from jicpa_desktop.services.passphrases import new_passphrase_problem
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.i18n import current_language
from jicpa_desktop.ui.unlock import texts
from jicpa_desktop.ui.unlock.wrong_tries import WrongTries


def say(text: LocalizedText) -> str:
    return text.get(current_language())


class UnlockDialog(QDialog):
    def __init__(self, keys: DatabaseKeys, status: KeyStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.keys = keys
        self.status = status
        self.key: DatabaseKey | None = None
        self.tries = WrongTries(self)
        self.tries.waiting.connect(self._show_wait)
        self.tries.ready.connect(self._ready)
        choosing = status.need is KeyNeed.CHOOSE
        self.setWindowTitle(say(texts.TITLE_CHOOSE if choosing else texts.TITLE_ENTER))
        intro = (texts.INTRO_ENCRYPT if status.encrypts_plaintext
                 else texts.INTRO_CHOOSE if choosing else texts.INTRO_ENTER)
        layout = QVBoxLayout(self)
        self.intro = QLabel(say(intro).replace("%1", str(keys.db_path)))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        label = QLabel(say(texts.PASSPHRASE))
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        if choosing:
            repeat_label = QLabel(say(texts.REPEAT))
            repeat_label.setBuddy(self.repeat)
            form.addRow(repeat_label, self.repeat)
        layout.addLayout(form)
        self.remember = QCheckBox(say(texts.REMEMBER))
        self.remember.setObjectName("rememberKey")
        self.remember.setVisible(status.keyring_available and not status.remembered)
        layout.addWidget(self.remember)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(say(texts.OPEN))
        self.open_button.setObjectName("openButton")
        self.open_button.setDefault(True)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        quit_button = buttons.addButton(say(texts.QUIT), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def try_open(self) -> None:
        if self.tries.must_wait:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.problem.setText(say(texts.EMPTY))
            return
        if self.status.need is KeyNeed.CHOOSE:
            weak = new_passphrase_problem(passphrase)
            if weak is not None:
                self.problem.setText(say(weak))
                return
            if self.repeat.text() != passphrase:
                self.problem.setText(say(texts.DIFFERENT))
                return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # one key derivation: a third of a second
        try:
            if self.status.need is KeyNeed.CHOOSE:
                key = self.keys.create(passphrase, remember=self.remember.isChecked())
            else:
                key = self.keys.unlock(passphrase)
                if self.remember.isChecked():
                    self.keys.remember(key)
        except StoreUnavailableError as error:
            QGuiApplication.restoreOverrideCursor()
            self._refused(error)
            return
        QGuiApplication.restoreOverrideCursor()
        self.key = key
        self.accept()

    def _refused(self, error: StoreUnavailableError) -> None:
        message = localized_message(error)
        self.problem.setText(say(message) if message is not None else str(error))
        if error.problem is not StoreProblem.WRONG_PASSPHRASE:
            return
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.tries.wrong()

    def _show_wait(self, seconds_left: int) -> None:
        self.open_button.setEnabled(False)
        self.passphrase.setEnabled(False)
        self.problem.setText(say(texts.WAIT).replace("%1", str(self.tries.failures)).replace("%2", str(seconds_left)))

    def _ready(self) -> None:
        self.open_button.setEnabled(True)
        self.passphrase.setEnabled(True)
        self.passphrase.clear()  # the wrong one typed before the wait is not a start for the next
        self.passphrase.setFocus()
        self.problem.clear()


def unlock_at_start(db_path: os.PathLike[str] | str, parent: QWidget | None = None) -> DatabaseKey | None:
    """The data key of the database at *db_path*: from the credential store, the passphrase file named by
    JICPA_DB_PASSPHRASE_FILE (scripted runs), or the dialog. None when the user quit or it cannot be opened."""
    from pathlib import Path

    keys = DatabaseKeys(Path(db_path))
    try:
        status = keys.status()
        if status.need is KeyNeed.ENTER:
            remembered = keys.unlock_remembered()
            if remembered is not None:
                return remembered
        named = os.environ.get(DB_PASSPHRASE_FILE_ENV)
        if named:
            return keys.open_with(read_passphrase_file(named))
    except StoreUnavailableError as error:
        message = localized_message(error)
        messages.show_error(parent, say(texts.CANNOT_OPEN), say(message) if message is not None else str(error))
        return None
    dialog = UnlockDialog(keys, status, parent)
    dialog.exec()
    return dialog.key


def offer_to_remove_plaintext_backups(parent: QWidget | None, keys: DatabaseKeys) -> None:
    """After an older plaintext database was encrypted: say where its plaintext backups are, offer to remove them."""
    backups = keys.plaintext_backups()
    if not backups:
        return
    question = say(texts.PLAINTEXT_BACKUPS).replace("%1", str(len(backups))).replace("%2", str(backups[0].parent))
    if messages.ask_yes_no(parent, say(texts.PLAINTEXT_BACKUPS_TITLE), question):
        keys.remove_plaintext_backups()

"""What happens on a bug: the error goes to a log file, and a dialog shows a report the user can copy."""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QDir, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import jicpa_desktop
from jicpa_desktop.paths import log_dir

LOG_FILE_NAME = "jicpa_desktop.log"
log = logging.getLogger("jicpa_desktop")
_showing_report = False


def configure_logging(folder: Path | None = None) -> Path | None:
    """Log to a rotating file in the user's log folder; returns its path (None when the folder is unwritable)."""
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _readable_by_the_user_only(folder)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return folder / LOG_FILE_NAME


def _readable_by_the_user_only(folder: Path) -> None:
    """Logs an older release wrote world-readable (0644) become 0600, like every file the tool writes now."""
    if os.name != "posix":
        return  # Windows keeps the user's profile folder private through its ACLs
    for path in [folder, *folder.glob(f"{LOG_FILE_NAME}*")]:
        try:
            wanted = 0o700 if path.is_dir() else 0o600
            if path.stat().st_mode & 0o777 != wanted:
                path.chmod(wanted)
        except OSError:
            continue  # not ours to change (another user's folder): the umask still covers what we write


def crash_report_text(error: BaseException, trace: str) -> str:
    """The text a user pastes into an e-mail to support: versions, platform and the traceback."""
    return "\n".join(
        [
            f"JICPA Desktop {jicpa_desktop.__version__}",
            f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
            f"Platform: {platform.platform()}",
            f"Log file: {log_dir() / LOG_FILE_NAME}",
            "",
            f"{type(error).__name__}: {error}",
            "",
            trace.rstrip() or "(no traceback)",
        ]
    )


class CrashDialog(QDialog):
    """A calm explanation, the report in a read-only box, and buttons to copy it or open the log folder."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))  # Qt adds the app's name
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "JICPA Desktop met an error it did not expect. Everything you saved before this moment is safe. "
                "Please copy the report below and send it to your support contact, then carry on or restart "
                "the app."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report_box = QPlainTextEdit(report)
        self.report_box.setReadOnly(True)
        self.report_box.setAccessibleName(self.tr("Error report"))
        self.report_box.setMinimumSize(560, 240)
        layout.addWidget(self.report_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.log_button = QPushButton(self.tr("Open &log folder"))
        self.log_button.clicked.connect(self._open_log_folder)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_box.toPlainText())

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(QDir.toNativeSeparators(str(log_dir()))))


def show_crash_report(parent: QWidget | None, error: BaseException, trace: str) -> None:
    """Log the error, then show the report dialog (once at a time: a failing dialog must not loop)."""
    global _showing_report
    log.error("Unexpected error: %s\n%s", error, trace)
    if _showing_report or QApplication.instance() is None:
        print(crash_report_text(error, trace), file=sys.stderr)
        return
    _showing_report = True
    try:
        dialog = CrashDialog(crash_report_text(error, trace), parent)
        dialog.exec()
    finally:
        _showing_report = False


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    trace = "".join(traceback.format_exception(kind, error, tb))
    if QCoreApplication.instance() is None:
        log.error("Unexpected error before the window opened: %s\n%s", error, trace)
        sys.__excepthook__(kind, error, tb)
        return
    parent = QApplication.activeWindow()
    show_crash_report(parent, error, trace)


def install_excepthook() -> None:
    """Route every uncaught error (including those raised in Qt slots) to the log and the crash dialog."""
    sys.excepthook = _excepthook

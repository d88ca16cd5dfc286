"""The one module that builds message boxes and file pickers, so every dialog reads alike and tests can
replace them (tests/ui/conftest.py does, for every function here that would show or open something)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from jicpa_desktop.ui.settings import UiSettings

# Characters Windows, macOS or Linux refuse in a file name, and control characters.
_UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_MAX_FILE_NAME = 120


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoMessage")
    box.exec()


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


# -- files ---------------------------------------------------------------------------------------


def safe_file_name(text: str) -> str:
    """*text* as a file name every file system takes: no separators or reserved characters, no trailing dots."""
    cleaned = _UNSAFE_IN_FILE_NAMES.sub(" ", text)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned[:_MAX_FILE_NAME].rstrip(" .") or "JICPA"


def dated_file_name(description: str, suffix: str, today: dt.date | None = None) -> str:
    """A proposed name such as "Cardiff JICPA grid 2026-12-02.xlsx" (callers never pass child data)."""
    day = (today or dt.date.today()).isoformat()
    return f"{safe_file_name(f'{description} {day}')}{suffix}"


def start_folder(settings: UiSettings | None = None) -> Path:
    """Where a file picker opens: the folder used last, else the user's Documents, else their home."""
    remembered = (settings or UiSettings()).last_folder()
    if remembered is not None:
        return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(path: str | Path, settings: UiSettings | None = None) -> None:
    (settings or UiSettings()).set_last_folder(Path(path).expanduser().parent)


def choose_open_file(parent: QWidget | None, title: str, name_filter: str) -> str | None:
    """Ask for a file to read; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), name_filter)
    if path:
        remember_folder(path)
    return path or None


def choose_open_files(parent: QWidget | None, title: str, name_filter: str) -> list[str]:
    """Ask for files to read; empty when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), name_filter)
    if paths:
        remember_folder(paths[0])
    return list(paths)


def choose_save_file(parent: QWidget | None, title: str, name_filter: str, proposed_name: str) -> str | None:
    """Ask where to save, proposing *proposed_name* in the last folder used; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / proposed_name), name_filter)
    if path:
        remember_folder(path)
    return path or None


def open_folder(folder: Path) -> None:
    """Show *folder* in the desktop's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def saved_file_box(parent: QWidget | None, title: str, path: Path, detail: str = "") -> QMessageBox:
    """The "done" message of an export: where the file went, with a button that opens its folder."""
    # Literal calls, not through a helper: lupdate only finds strings written in the translate call.
    text = QCoreApplication.translate("messages", "Saved as %1 in the folder %2.").replace(
        "%1", path.name).replace("%2", str(path.parent))
    if detail:
        text += "\n" + detail
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("savedFileMessage")
    folder_button = box.addButton(QCoreApplication.translate("messages", "Open &folder"),
                                  QMessageBox.ButtonRole.ActionRole)
    folder_button.setObjectName("openFolder")
    # Looked up when clicked, so a test's replacement of open_folder is the one called.
    folder_button.clicked.connect(lambda: open_folder(path.parent))
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    return box


def show_saved_file(parent: QWidget | None, title: str, path: Path, detail: str = "") -> QMessageBox:
    """Show the "done" message without waiting for it: the export dialog behind it closes meanwhile."""
    box = saved_file_box(parent, title, path, detail)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

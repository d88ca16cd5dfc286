"""The one module that builds message boxes, so every dialog reads alike and tests can replace them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


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


def choose_open_file(parent: QWidget | None, title: str, name_filter: str) -> str | None:
    """Ask for a file to read; None when the user cancels (tests replace this, as every dialog here)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return path or None

"""The one place an error becomes something the user sees: in their language, once, or as a crash report.

Errors the user can act on (a refused input, a full disk, a wrong passphrase) carry their message in
English and Welsh; this shows it in the interface language. Cancellation is quiet. Anything else is our
bug and goes to the crash dialog with its traceback. Store problems (disk full, read-only) are shown once
until a write succeeds again, so a full disk does not bury the inspector under one dialog per keystroke.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from jicpa_desktop.services.errors import OperationCancelledError, StoreUnavailableError, localized_message
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.i18n import current_language

_shown_store_problems: set[str] = set()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorPresenter", text)


def error_text(error: BaseException, language: str | None = None) -> str | None:
    """The user-facing message of *error* in *language* (the interface's by default); None for a bug."""
    localized = localized_message(error)
    if localized is None:
        return None
    details = getattr(error, "details", ())
    return localized.get(language or current_language()) + ("\n\n" + "\n".join(details) if details else "")


def title_for(error: BaseException) -> str:
    if isinstance(error, StoreUnavailableError):
        return _tr("The audit database cannot be used right now")
    # A package error can only exist once package_format is loaded; importing it here would pull
    # cryptography into start-up.
    package_errors = sys.modules.get("jicpa_desktop.package_format.errors")
    if package_errors is not None and isinstance(error, package_errors.PackageError):
        return _tr("This package cannot be used")
    return _tr("This cannot be done as asked")


def present_error(parent: QWidget | None, error: BaseException, trace: str = "", *,
                  title: str | None = None) -> None:
    """Show *error* to the user the one way errors are shown."""
    if isinstance(error, OperationCancelledError):
        return
    text = error_text(error)
    if text is None:
        from jicpa_desktop.ui.crash import show_crash_report

        show_crash_report(parent, error, trace)
        return
    if isinstance(error, StoreUnavailableError):
        if text in _shown_store_problems:
            return
        _shown_store_problems.add(text)
    messages.show_error(parent, title or title_for(error), text)


def present_in_place(label: QLabel, parent: QWidget | None, error: BaseException, trace: str = "") -> None:
    """A refusal shown where the user is working (a dialog's problem line); a bug still gets the crash report."""
    text = error_text(error)
    if text is None:
        present_error(parent, error, trace)
    else:
        label.setText(text)


def store_recovered() -> None:
    """A write succeeded: show the next store problem again."""
    _shown_store_problems.clear()

"""Starting the desktop app: QApplication, language, the one-copy lock, then the main window."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from jicpa_desktop.paths import APP_AUTHOR, APP_NAME
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.i18n import Translations
from jicpa_desktop.ui.instance_lock import InstanceLock, LockOutcome
from jicpa_desktop.ui.main_window import MainWindow
from jicpa_desktop.ui.settings import UiSettings

if TYPE_CHECKING:
    from jicpa_desktop.forms_engine.catalogue import FormCatalogue
    from jicpa_desktop.services.database_keys import DatabaseKey

# Benchmarks set this to "shown" or "ready": print a marker and quit when that point is reached.
EXIT_WHEN_ENV = "JICPA_EXIT_WHEN"


@dataclass(frozen=True)
class StartOptions:
    db_path: Path
    language: str | None = None  # None: the language chosen in settings
    settings_file: Path | None = None
    actor: str | None = None
    catalogue: FormCatalogue | None = None  # None: the bundled forms
    key: DatabaseKey | None = None  # None: asked for (ui/unlock), or the credential store's


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_AUTHOR)
    QApplication.setApplicationDisplayName(APP_NAME)
    return QApplication(argv if argv is not None else sys.argv[:1])


def start(options: StartOptions) -> MainWindow | None:
    """Show the main window on *options.db_path*; None (after a polite message) when that cannot be done."""
    settings = UiSettings(options.settings_file)
    language = options.language or settings.language
    translations = Translations()
    translations.apply(language)
    lock = InstanceLock(options.db_path)
    outcome = lock.acquire()
    if outcome is LockOutcome.IN_USE:
        messages.show_error(
            None, QCoreApplication.translate("Startup", "Already open"),
            QCoreApplication.translate(
                "Startup",
                "Another copy of JICPA Desktop is already using this audit database:\n%1\n\n"
                "Switch to that window (look in the taskbar) and carry on there. Two copies writing to the "
                "same database could lose each other's answers, so this copy will close.")
            .replace("%1", str(options.db_path)),
        )
        return None
    if outcome is LockOutcome.NOT_WRITABLE:
        messages.show_error(
            None, QCoreApplication.translate("Startup", "The audit database folder is read-only"),
            QCoreApplication.translate(
                "Startup",
                "JICPA Desktop cannot write in the folder of the audit database:\n%1\n\n"
                "Check that the folder exists and is writable (not on a locked USB stick or a read-only "
                "share), or start the app with --db pointing to a writable place.")
            .replace("%1", str(options.db_path.parent)),
        )
        return None
    from jicpa_desktop.services.database_keys import DatabaseKeys
    from jicpa_desktop.ui.unlock.unlock_dialog import offer_to_remove_plaintext_backups, unlock_at_start

    keys = DatabaseKeys(options.db_path)
    try:
        encrypts_plaintext = keys.status().encrypts_plaintext
    except Exception:  # unlock_at_start explains a missing or damaged key file
        encrypts_plaintext = False
    key = options.key or unlock_at_start(options.db_path)
    if key is None:
        lock.release()
        return None
    window = MainWindow(options.db_path, settings, translations, language, lock,
                        actor=options.actor, catalogue=options.catalogue, key=key)
    if encrypts_plaintext:
        window.services_ready.connect(lambda: offer_to_remove_plaintext_backups(window, keys))
    window.show()
    window.load_services()
    return window


def _exit_when(window: MainWindow, app: QApplication) -> None:
    """For benchmarks: report when the window is shown and idle (or fully ready), then quit."""
    point = os.environ.get(EXIT_WHEN_ENV)
    if point not in ("shown", "ready"):
        return

    def report() -> None:
        print(f"JICPA-{point.upper()}", flush=True)
        window.close()
        app.quit()

    if point == "shown":
        QTimer.singleShot(0, report)
    else:
        window.services_ready.connect(lambda: QTimer.singleShot(0, report))


def run(db_path: Path, language: str | None = None) -> int:
    app = create_application()
    window = start(StartOptions(db_path=db_path, language=language))
    if window is None:
        return 2
    _exit_when(window, app)
    app.aboutToQuit.connect(window.close)  # a session logout or Ctrl+C still drains the writer
    return app.exec()

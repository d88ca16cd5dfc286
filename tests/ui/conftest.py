"""UI test fixtures: the real app on a real SQLite file, with message boxes recorded instead of shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.ui import crash, messages
from jicpa_desktop.ui.app import StartOptions, create_application, start
from jicpa_desktop.ui.i18n import Translations
from jicpa_desktop.ui.main_window import MainWindow
from jicpa_desktop.ui.settings import SETTINGS_FILE_ENV
from tests.ui.helpers import settle


@dataclass
class Dialogs:
    """What the app would have shown; tests set the answers to questions and the files to pick."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    answer_yes: bool = True
    files: list[str] = field(default_factory=list)
    save_as: list[str] = field(default_factory=list)  # answers to "where to save?", in order
    save_proposals: list[str] = field(default_factory=list)  # the file names the app proposed
    saved_files: list[tuple[str, Path]] = field(default_factory=list)  # "done" messages: (title, path)
    opened_folders: list[Path] = field(default_factory=list)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch, settings_file: Path) -> Dialogs:
    recorded = Dialogs()
    # Whatever reads the settings without being handed a file (the file pickers' last folder) reads this one.
    monkeypatch.setenv(SETTINGS_FILE_ENV, str(settings_file))
    monkeypatch.setattr(messages, "show_error", lambda _parent, title, text: recorded.errors.append((title, text)))
    monkeypatch.setattr(messages, "show_info", lambda _parent, title, text: recorded.infos.append((title, text)))

    def ask(_parent: object, _title: str, question: str) -> bool:
        recorded.questions.append(question)
        return recorded.answer_yes

    monkeypatch.setattr(messages, "ask_yes_no", ask)
    monkeypatch.setattr(messages, "choose_open_file",
                        lambda *_args: recorded.files.pop(0) if recorded.files else None)
    monkeypatch.setattr(messages, "choose_open_files",
                        lambda *_args: [recorded.files.pop(0)] if recorded.files else [])

    def choose_save(_parent: object, _title: str, _filter: str, proposed: str) -> str | None:
        recorded.save_proposals.append(proposed)
        return recorded.save_as.pop(0) if recorded.save_as else None

    monkeypatch.setattr(messages, "choose_save_file", choose_save)
    monkeypatch.setattr(messages, "show_saved_file",
                        lambda _parent, title, path, _detail="": recorded.saved_files.append((title, Path(path))))
    monkeypatch.setattr(messages, "open_folder", recorded.opened_folders.append)
    monkeypatch.setattr(crash, "show_crash_report",
                        lambda _parent, error, trace: recorded.crashes.append(f"{error!r}\n{trace}"))
    return recorded


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


Launch = Callable[..., MainWindow]


@pytest.fixture
def launch(qtbot: QtBot, db_path: Path, settings_file: Path, bundled_catalogue: FormCatalogue,
           dialogs: Dialogs) -> Iterator[Launch]:
    """Start the app as `python -m jicpa_desktop` would, and wait until its services are loaded."""
    create_application()
    windows: list[MainWindow] = []

    def launch_app(*, language: str | None = None, catalogue: FormCatalogue | None = None,
                   db: Path | None = None) -> MainWindow:
        window = start(StartOptions(db_path=db or db_path, language=language, settings_file=settings_file,
                                    actor="Inspector Test", catalogue=catalogue or bundled_catalogue))
        assert window is not None, dialogs.errors
        windows.append(window)
        qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
        settle()  # the last inspection opens off the GUI thread
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        return window

    yield launch_app
    for window in windows:
        window.close()
    Translations().apply("en")  # translators are process-wide: leave English for the next test
    assert not dialogs.crashes, dialogs.crashes[0]

"""A second copy of the app on the same database is refused politely; another database is fine."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jicpa_desktop.ui.app import StartOptions, start
from jicpa_desktop.ui.instance_lock import lock_path_for
from tests.ui.conftest import Dialogs, Launch


def test_a_second_copy_on_the_same_database_is_refused(
    qtbot: QtBot, launch: Launch, db_path: Path, settings_file: Path, dialogs: Dialogs, tmp_path: Path
) -> None:
    first = launch()
    assert lock_path_for(db_path).exists()

    second = start(StartOptions(db_path=db_path, settings_file=settings_file))
    assert second is None
    title, message = dialogs.errors[-1]
    assert title == "Already open"  # Qt adds the app name: it is not repeated here
    assert str(db_path) in message and "Switch to that window" in message

    other = launch(db=tmp_path / "other.sqlite3")  # a different database is not affected
    assert other.services is not None

    first.close()  # closing releases the lock: the next start is welcome
    third = launch()
    assert third.services is not None


def test_a_folder_that_cannot_be_written_is_explained(tmp_path: Path, settings_file: Path, dialogs: Dialogs) -> None:
    # A plain file where the folder should be: it fails for root too, unlike a chmod.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    window = start(StartOptions(db_path=blocker / "audit.sqlite3", settings_file=settings_file))
    assert window is None
    title, message = dialogs.errors[-1]
    assert "read-only" in title and "--db" in message

"""The idle lock through the real app: typing in a form, the lock falls, the typed text is saved, the lock screen
shows nothing about any child, and the right passphrase brings every window back as it was."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import build_services
from jicpa_desktop.ui.idle_lock.app_lock import AppLock
from jicpa_desktop.ui.idle_lock.idle_watch import IdleWatch
from jicpa_desktop.ui.idle_lock.lock_screen import LockScreen
from jicpa_desktop.ui.idle_lock.window_cover import WindowCover
from jicpa_desktop.ui.main_window import MainWindow
from jicpa_desktop.ui.operations import QueryOp
from jicpa_desktop.ui.settings import UiSettings
from jicpa_desktop.ui.settings_dialog import SettingsDialog
from jicpa_desktop.ui.unlock import wrong_tries
from tests.encrypted_db import TEST_DB_PASSPHRASE
from tests.ui.conftest import Launch
from tests.ui.helpers import click_choice, row, settle
from tests.ui.test_fieldwork_flow import add_file, create_inspection_with_wizard, open_voice_of_child


def app_lock(window: MainWindow) -> AppLock:
    assert window.app_lock is not None
    return window.app_lock


def lock_screen(window: MainWindow) -> LockScreen:
    screen = app_lock(window).screen
    assert screen is not None, "the app is not locked"
    return screen


def shown_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def uncovered_windows(screen: LockScreen) -> list[QWidget]:
    """Windows on screen while locked that show their content: none may (a modal one stays, under a cover).

    Other tests' windows may still be open in this process: the lock puts those away too."""
    return [w for w in shown_windows() if w is not screen
            and not any(cover.isVisible() for cover in w.findChildren(WindowCover))]


def everything_written(window: QWidget) -> str:
    """Every piece of text the window shows: its title, labels, fields and buttons."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel | QLineEdit):
            parts.append(widget.text())
        text = getattr(widget, "text", None)
        if callable(text) and not isinstance(widget, QLineEdit):
            value = text()
            if isinstance(value, str):
                parts.append(value)
    return "\n".join(parts)


def unlock_with(qtbot: QtBot, window: MainWindow, passphrase: str) -> None:
    screen = lock_screen(window)
    screen.passphrase.setFocus()
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)


def test_typing_then_idle_the_lock_falls_saves_the_text_and_the_passphrase_brings_the_form_back(
    qtbot: QtBot, launch: Launch, db_path: Path
) -> None:
    evidence = f"evidence-{uuid.uuid4().hex}"
    window = launch()
    create_inspection_with_wizard(qtbot, window)
    add_file(qtbot, window, "LCK24-01")
    open_voice_of_child(qtbot, window)
    screen_before = window.form_screen
    assert screen_before is not None
    click_choice(qtbot, screen_before, "voc_01", "no")
    note = row(screen_before, "voc_01").evidence
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(note, evidence)  # still being typed: no Tab, nothing committed yet
    assert QApplication.focusWidget() is note

    app_lock(window).watch.set_timeout_ms(300)  # five minutes in real use; the user now leaves the laptop
    qtbot.waitUntil(lambda: app_lock(window).locked, timeout=10000)

    screen = lock_screen(window)
    assert not window.isVisible()  # the main window is hidden, not merely covered
    assert screen in shown_windows() and not uncovered_windows(screen)
    shown = everything_written(screen)
    for secret in (evidence, "LCK24-01", "Testshire", "Inspector Test"):
        assert secret not in shown
    assert "locked itself after" in shown
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.passphrase, timeout=5000)  # ready to type

    settle()  # the writer carries on behind the lock: what was typed reaches the file
    services = build_services(db_path, actor="Reader")
    try:
        inspection_id = services.inspections.list()[0].id
        notes = {answer.evidence_note for case in services.progress.cases(inspection_id)
                 for answer in services.answers.list_for_case(case.case.id)}
    finally:
        services.close()
    assert evidence in notes

    unlock_with(qtbot, window, "not the passphrase")
    qtbot.waitUntil(lambda: "not the passphrase" in lock_screen(window).problem.text(), timeout=10000)
    assert app_lock(window).locked and not window.isVisible()

    unlock_with(qtbot, window, TEST_DB_PASSPHRASE)
    qtbot.waitUntil(lambda: not app_lock(window).locked, timeout=10000)
    assert window.isVisible() and not any(isinstance(w, LockScreen) for w in shown_windows())  # gone, deleted
    assert window.page == "form" and window.form_screen is screen_before  # the same form, not a reload
    assert row(screen_before, "voc_01").evidence.toPlainText() == evidence
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note, timeout=5000)  # the cursor where it was
    assert app_lock(window).watch.timeout_ms == 300  # and watching again


def test_ctrl_l_locks_at_once_and_a_question_being_asked_is_covered_not_answered(
    qtbot: QtBot, launch: Launch
) -> None:
    window = launch()
    assert window.actions_by_name["lockNow"].shortcut().toString() == "Ctrl+L"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert app_lock(window).locked
    assert "You locked it" in lock_screen(window).why.text()
    unlock_with(qtbot, window, TEST_DB_PASSPHRASE)
    qtbot.waitUntil(lambda: not app_lock(window).locked, timeout=10000)

    # A real question in its own event loop (tests replace messages.ask_yes_no, so it is built here).
    box = QMessageBox(QMessageBox.Icon.Question, "Remove file LCK24-02?", "Remove file LCK24-02?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    seen: dict[str, object] = {}

    def while_asked() -> None:
        window.lock_now()
        covers = box.findChildren(WindowCover)
        seen.update(covered=len(covers) == 1 and covers[0].isVisible(), title=box.windowTitle(),
                    box_shown=box.isVisible(), main_shown=window.isVisible(),
                    on_top=QApplication.activeModalWidget())
        QTimer.singleShot(0, lambda: seen.update(on_top_later=QApplication.activeModalWidget()))
        QTimer.singleShot(50, lambda: unlock_with(qtbot, window, TEST_DB_PASSPHRASE))
        QTimer.singleShot(100, wait_for_unlock)

    def wait_for_unlock() -> None:
        if app_lock(window).locked:
            QTimer.singleShot(50, wait_for_unlock)
            return
        seen.update(title_after=box.windowTitle(), covers_after=len(box.findChildren(WindowCover)))
        box.done(QMessageBox.StandardButton.Yes)

    QTimer.singleShot(0, while_asked)
    answer = box.exec()
    assert answer == QMessageBox.StandardButton.Yes  # the question survived the lock and was answered after
    assert seen["covered"] and seen["box_shown"] and not seen["main_shown"]
    assert "LCK24-02" not in str(seen["title"]) and "locked" in str(seen["title"])
    assert seen["title_after"] == "Remove file LCK24-02?" and seen["covers_after"] == 0


def test_windows_that_appear_while_locked_stay_put_away_and_background_work_carries_on(
    qtbot: QtBot, launch: Launch
) -> None:
    window = launch()
    window.lock_now()
    screen = lock_screen(window)
    opened: list[QWidget] = []

    def finished(result: str) -> None:  # e.g. an export's "done" window and a report dialog
        tool = QWidget(window, Qt.WindowType.Window)
        tool.setWindowTitle(result)
        tool.show()
        dialog = QDialog(window)
        dialog.setWindowTitle(result)
        dialog.open()
        opened.extend([tool, dialog])

    QueryOp(parent=window, op=lambda _work: "Export of LCK24-03 done", success=finished).run_in_background()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    tool, dialog = opened
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is screen, timeout=5000)
    assert not tool.isVisible()
    assert dialog.isVisible() and len(dialog.findChildren(WindowCover)) == 1
    assert "LCK24-03" not in dialog.windowTitle()
    unlock_with(qtbot, window, TEST_DB_PASSPHRASE)
    qtbot.waitUntil(lambda: not app_lock(window).locked, timeout=10000)
    assert tool.isVisible() and dialog.isVisible() and window.isVisible()
    assert dialog.windowTitle() == "Export of LCK24-03 done" and not dialog.findChildren(WindowCover)
    dialog.reject()
    tool.close()


def test_five_wrong_passphrases_on_the_lock_screen_make_the_next_try_wait(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wrong_tries, "FIRST_WAIT_SECONDS", 1)
    window = launch()
    window.lock_now()
    screen = lock_screen(window)
    for attempt in range(1, 6):
        unlock_with(qtbot, window, f"guess {attempt}")
        qtbot.waitUntil(lambda n=attempt: screen.tries.failures == n, timeout=10000)
    assert not screen.unlock_button.isEnabled() and not screen.passphrase.isEnabled()
    assert "5 wrong passphrases" in screen.problem.text()
    screen.try_unlock()  # refused while waiting: nothing is checked
    assert screen.tries.failures == 5
    qtbot.waitUntil(screen.passphrase.isEnabled, timeout=5000)
    unlock_with(qtbot, window, TEST_DB_PASSPHRASE)
    qtbot.waitUntil(lambda: not app_lock(window).locked, timeout=10000)


def test_the_lock_speaks_welsh(qtbot: QtBot, launch: Launch) -> None:
    window = launch(language="cy")
    window.lock_now()
    screen = lock_screen(window)
    assert screen.windowTitle() == "JICPA Desktop — wedi'i gloi"
    assert screen.heading.text() == "Mae JICPA Desktop wedi'i gloi"
    unlock_with(qtbot, window, "anghywir")
    qtbot.waitUntil(lambda: "Nid dyna ymadrodd cyfrin" in screen.problem.text(), timeout=10000)
    window.lock_now()  # already locked: nothing changes
    assert lock_screen(window) is screen


def test_the_idle_time_is_a_setting(qtbot: QtBot, launch: Launch, settings_file: Path) -> None:
    window = launch()
    assert app_lock(window).watch.timeout_ms == 5 * 60_000  # the default
    dialog = SettingsDialog("en", window, UiSettings(settings_file).idle_lock_minutes)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 5
    dialog.idle_minutes.setValue(12)
    window._settings_chosen(dialog)
    assert UiSettings(settings_file).idle_lock_minutes == 12
    assert app_lock(window).watch.timeout_ms == 12 * 60_000


def test_closing_from_the_lock_screen_closes_the_app_as_usual(qtbot: QtBot, launch: Launch) -> None:
    window = launch()
    window.lock_now()
    screen = lock_screen(window)
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    assert window._closed and app_lock(window).screen is None
    assert not [w for w in shown_windows() if isinstance(w, LockScreen | MainWindow)]


def test_input_restarts_the_idle_time_and_none_ends_it(qtbot: QtBot) -> None:
    target = QLineEdit()
    qtbot.addWidget(target)
    watch = IdleWatch(60_000)
    watch.start()
    try:
        # Nothing typed for over a second (stray events of earlier windows may restart it once or twice).
        qtbot.waitUntil(lambda: watch._timer.remainingTime() <= 58_800, timeout=10_000)
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier,
                                                 "a"))
        assert watch._timer.remainingTime() >= 59_500  # a key press is use of the app
        with qtbot.waitSignal(watch.idle, timeout=5000):
            watch.set_timeout_ms(200)  # and with nothing more, idle comes
    finally:
        watch.stop()

"""Unexpected errors: a log line in the user's log folder and a report that can be copied."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from jicpa_desktop.ui.crash import CrashDialog, configure_logging, crash_report_text, log


def test_crash_report_is_logged_and_copyable(qtbot: QtBot, tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path)
    assert log_file is not None
    try:
        raise RuntimeError("unexpected state in the form screen")
    except RuntimeError as error:
        import traceback

        trace = traceback.format_exc()
        report = crash_report_text(error, trace)
        log.error("Unexpected error: %s\n%s", error, trace)
    for handler in list(log.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == log_file:
            handler.flush()
            log.removeHandler(handler)
            handler.close()
    assert "RuntimeError: unexpected state" in log_file.read_text()
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert "JICPA Desktop" in dialog.report_box.toPlainText()
    assert "Traceback" in dialog.report_box.toPlainText()
    dialog.copy_button.click()
    assert "RuntimeError: unexpected state" in QGuiApplication.clipboard().text()


def test_logs_an_older_release_left_world_readable_become_the_users_only(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    old_log, rotated = folder / "jicpa_desktop.log", folder / "jicpa_desktop.log.1"
    for path in (old_log, rotated):
        path.write_text("2026-11-30 09:00:00 INFO jicpa_desktop: opened\n", encoding="utf-8")
        path.chmod(0o644)
    log_file = configure_logging(folder)
    try:
        assert log_file == old_log
        assert folder.stat().st_mode & 0o777 == 0o700
        assert old_log.stat().st_mode & 0o777 == 0o600 and rotated.stat().st_mode & 0o777 == 0o600
        assert "opened" in old_log.read_text(encoding="utf-8")  # kept, only its permissions changed
    finally:
        for handler in list(log.handlers):
            if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == log_file:
                log.removeHandler(handler)
                handler.close()

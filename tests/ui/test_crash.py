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

"""Encryption at rest through the real windows: what is typed in a form is nowhere on disk in plaintext, and the
passphrase asked at start (set twice for a new database, five wrong tries then a wait) opens the app."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.services.database_keys import DB_PASSPHRASE_FILE_ENV, DatabaseKeys
from jicpa_desktop.store.encryption.key_file import key_file_path
from jicpa_desktop.ui.app import StartOptions, create_application, start
from jicpa_desktop.ui.unlock import wrong_tries
from jicpa_desktop.ui.unlock.unlock_dialog import UnlockDialog
from tests.encrypted_db import TEST_DB_PASSPHRASE
from tests.store.checksums import file_state
from tests.store.test_encryption import assert_nowhere_in_plaintext
from tests.ui.conftest import Launch
from tests.ui.helpers import click_choice, press, row, type_text
from tests.ui.test_fieldwork_flow import add_file, create_inspection_with_wizard, open_voice_of_child


def test_what_is_typed_in_a_form_is_nowhere_on_disk_in_plaintext(qtbot: QtBot, launch: Launch, db_path: Path) -> None:
    since = time.time() - 1
    evidence, summary = f"evidence-{uuid.uuid4().hex}", f"summary-{uuid.uuid4().hex}"
    window = launch()
    create_inspection_with_wizard(qtbot, window)
    add_file(qtbot, window, "ENC24-02")
    open_voice_of_child(qtbot, window)
    screen = window.form_screen
    assert screen is not None
    click_choice(qtbot, screen, "voc_01", "no")
    voc_01 = row(screen, "voc_01")
    qtbot.mouseClick(voc_01.evidence, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(voc_01.evidence, evidence)
    press(qtbot, Qt.Key.Key_Tab)
    strengths = row(screen, "std_summary_strengths").input.focus_target()
    qtbot.mouseClick(strengths, Qt.MouseButton.LeftButton)
    type_text(qtbot, summary)
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.saved_indicator.text().startswith("Saved"), timeout=5000)
    assert_nowhere_in_plaintext(db_path, [evidence, summary], since)  # while open: the -wal too
    window.close()
    assert_nowhere_in_plaintext(db_path, [evidence, summary], since)
    services = build_services(db_path, actor="Reader")
    try:
        notes = {r.evidence_note for c in services.progress.cases(window_inspection(services)) for r in
                 services.answers.list_for_case(c.case.id)}
        assert evidence in notes  # saved, and readable with the key
    finally:
        services.close()


def window_inspection(services: object) -> str:
    return services.inspections.list()[0].id  # type: ignore[attr-defined, no-any-return]


# -- the dialog ---------------------------------------------------------------------------------------

@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """No passphrase file: the app has to ask."""
    monkeypatch.delenv(DB_PASSPHRASE_FILE_ENV)
    create_application()


@pytest.mark.usefixtures("asked")
def test_a_new_database_gets_a_passphrase_typed_twice(qtbot: QtBot, db_path: Path,
                                                      bundled_catalogue: FormCatalogue) -> None:
    keys = DatabaseKeys(db_path)
    dialog = UnlockDialog(keys, keys.status())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.repeat.isVisible()
    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    dialog.open_button.click()
    assert "at least 8 characters" in dialog.problem.text() and not key_file_path(db_path).exists()
    dialog.repeat.setText("")
    dialog.passphrase.setText("three good words")
    qtbot.keyClicks(dialog.repeat, "three good wordz")
    dialog.open_button.click()
    assert "differ" in dialog.problem.text() and dialog.key is None
    dialog.repeat.setText("three good words")
    dialog.open_button.click()
    assert dialog.key is not None and key_file_path(db_path).exists()
    services = build_services(db_path, actor="X", catalogue=bundled_catalogue, key=dialog.key)
    services.close()
    assert keys.verify("three good words") and not keys.verify("three good wordz")


@pytest.mark.usefixtures("asked")
def test_five_wrong_passphrases_make_the_next_try_wait_and_change_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bundled_catalogue: FormCatalogue
) -> None:
    path = tmp_path / "audit.sqlite3"
    keys = DatabaseKeys(path)
    build_services(path, actor="X", catalogue=bundled_catalogue, key=keys.create(TEST_DB_PASSPHRASE)).close()
    before, key_file_before = file_state(path), key_file_path(path).read_bytes()
    monkeypatch.setattr(wrong_tries, "FIRST_WAIT_SECONDS", 2)
    dialog = UnlockDialog(keys, keys.status())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.repeat.isVisible()
    for attempt in range(1, 6):
        dialog.passphrase.setText(f"wrong guess {attempt}")
        dialog.open_button.click()
        assert dialog.key is None
    assert not dialog.open_button.isEnabled() and not dialog.passphrase.isEnabled()
    assert "5 wrong passphrases" in dialog.problem.text() and "Wait" in dialog.problem.text()
    assert "hmac" not in dialog.problem.text().lower()
    dialog.open_button.click()  # refused while waiting
    assert dialog.key is None
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=5000)
    dialog.passphrase.setText(TEST_DB_PASSPHRASE)
    dialog.open_button.click()
    assert dialog.key is not None
    assert file_state(path) == before and key_file_path(path).read_bytes() == key_file_before


@pytest.mark.usefixtures("asked")
def test_the_app_asks_for_the_passphrase_at_start(qtbot: QtBot, tmp_path: Path, bundled_catalogue: FormCatalogue,
                                                  settings_file: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    keys = DatabaseKeys(path)
    build_services(path, actor="X", catalogue=bundled_catalogue, key=keys.create(TEST_DB_PASSPHRASE)).close()
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(50, answer)
            return
        seen.append(dialog.windowTitle())
        dialog.passphrase.setText("wrong one")
        dialog.open_button.click()
        seen.append(dialog.problem.text())
        dialog.passphrase.setText(TEST_DB_PASSPHRASE)
        dialog.open_button.click()

    QTimer.singleShot(0, answer)
    window = start(StartOptions(db_path=path, settings_file=settings_file, actor="X", catalogue=bundled_catalogue))
    assert window is not None
    try:
        qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
        assert seen[0] == "Unlock the audit database" and "not the passphrase" in seen[1]
    finally:
        window.close()

"""One rule for a new package passphrase: the app's export dialog refuses what the service refuses."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.passphrases import MIN_PASSPHRASE_LENGTH, new_passphrase_problem
from jicpa_desktop.ui.handover import open_export_package


@pytest.mark.parametrize("chosen", ["abc", " " * 12, "  a" + " " * 9])
def test_the_export_dialog_refuses_a_short_or_blank_passphrase(
    qtbot: QtBot, services: AppServices, inspection_id: str, chosen: str
) -> None:
    dialog = open_export_package(None, services, inspection_id)
    qtbot.addWidget(dialog)
    dialog.path.setText("out.jicpa")
    dialog.passphrase.setText(chosen)
    dialog.repeat.setText(chosen)
    problem = new_passphrase_problem(chosen)
    assert problem is not None
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text() == problem.en


def test_a_passphrase_of_the_minimum_length_is_accepted_by_both(
    qtbot: QtBot, services: AppServices, inspection_id: str
) -> None:
    chosen = "x" * MIN_PASSPHRASE_LENGTH
    assert new_passphrase_problem(chosen) is None
    dialog = open_export_package(None, services, inspection_id)
    qtbot.addWidget(dialog)
    dialog.path.setText("out.jicpa")
    dialog.passphrase.setText(chosen)
    dialog.repeat.setText(chosen)
    assert dialog.export_button.isEnabled() and dialog.problem.text() == ""

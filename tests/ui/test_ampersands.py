"""Data with '&' (agencies, inspectorates, form and question text) shows the '&' and makes no shortcut."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.ui.labels import escape_mnemonics
from jicpa_desktop.ui.widgets.question_row import QuestionRow


def test_escaping_keeps_every_ampersand_as_text() -> None:
    assert escape_mnemonics("Fire & Rescue") == "Fire && Rescue"
    assert QKeySequence.mnemonic(escape_mnemonics("A & B & C")).isEmpty()


def test_a_question_label_with_an_ampersand_makes_no_shortcut(qtbot: QtBot, bundled_catalogue: FormCatalogue) -> None:
    question = bundled_catalogue.get("voice_of_child").question("voc_01")
    assert question is not None
    labelled = dataclasses.replace(question, label=LocalizedText("Police & health agreed?", "Heddlu ac iechyd?"))
    row = QuestionRow(labelled, None, "en")
    qtbot.addWidget(row)
    assert row.heading.buddy() is not None  # the label still names its input for screen readers
    assert QKeySequence.mnemonic(row.heading.text()).isEmpty()
    shown = row.heading.grab()  # rendered once, so the label has laid out its text
    assert not shown.isNull()
    assert "Police &&amp; health" in row.heading.text()

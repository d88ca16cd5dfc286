"""Counts read right in both languages: "1 file", "2 files", and all five of Qt's Welsh plural forms."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from jicpa_desktop.services.dto import ImportReport, RowProblem
from jicpa_desktop.ui.i18n import Translations
from jicpa_desktop.ui.import_report_dialog import ImportReportDialog
from jicpa_desktop.ui.resources import i18n_dir


@pytest.fixture
def welsh_catalogue(qapp: QCoreApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(i18n_dir() / "jicpa_cy.qm"))
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_welsh_has_every_plural_form_qt_uses_for_cy(welsh_catalogue: QTranslator) -> None:
    # Qt's Welsh rules: 0 | 1 | 2–5 | 6 | other. Each n reaches a filled form with the number in it.
    for n in (0, 1, 2, 3, 6, 20):
        assert QCoreApplication.translate("DashboardPage", "%n file(s)", "", n) == f"{n} ffeil"
    resolve = [QCoreApplication.translate("ConflictsDialog", "%n conflict(s) to resolve.", "", n)
               for n in (0, 1, 2, 3, 6, 20)]
    assert resolve == ["0 gwrthdaro i'w datrys.", "1 gwrthdaro i'w ddatrys.", "2 gwrthdaro i'w datrys.",
                       "3 gwrthdaro i'w datrys.", "6 gwrthdaro i'w datrys.", "20 gwrthdaro i'w datrys."]


def test_no_counted_string_is_left_without_its_forms() -> None:
    for name, forms in (("jicpa_cy.ts", 5), ("jicpa_en.ts", 2)):
        root = ElementTree.parse(i18n_dir() / name).getroot()
        counted = [m for m in root.iter("message") if m.get("numerus") == "yes"]
        assert counted, name
        for message in counted:
            translation = message.find("translation")
            assert translation is not None and translation.get("type") != "unfinished", message.findtext("source")
            texts = [form.text for form in translation.findall("numerusform")]
            assert len(texts) == forms and all(texts), (name, message.findtext("source"))


def test_english_counts_are_singular_for_one(qtbot: QtBot) -> None:
    Translations().apply("en")
    one = ImportReportDialog("sample.csv", ImportReport(imported=0, problems=(RowProblem(3, "agency", "Unknown"),)))
    qtbot.addWidget(one)
    assert "1 row needs fixing. Correct it in the file" in one.summary.text()
    many = ImportReportDialog("sample.csv", ImportReport(imported=0, problems=(RowProblem(3, "agency", "Unknown"),
                                                                             RowProblem(4, "agency", "Unknown"))))
    qtbot.addWidget(many)
    assert "2 rows need fixing. Correct them" in many.summary.text()
    done = ImportReportDialog("sample.csv", ImportReport(imported=1))
    qtbot.addWidget(done)
    assert done.summary.text() == "1 file imported from sample.csv."

"""Dates read as dates in both languages ("2 December 2026", "2 Rhagfyr 2026"), never "2 12 2026"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from jicpa_desktop.services.dto import InspectionInfo
from jicpa_desktop.ui import dates
from jicpa_desktop.ui.dashboard import DashboardPage
from jicpa_desktop.ui.i18n import Translations
from jicpa_desktop.ui.start_page import StartPage


def _inspection() -> InspectionInfo:
    return InspectionInfo("insp", "Dates test", "Testshire", "2026-12-01", "2026-12-04", (), (), {}, (), 2)


def test_dates_read_the_same_everywhere_in_english_and_welsh() -> None:
    assert dates.display_date("2026-12-02", "en") == "2 December 2026"
    assert dates.display_date(dt.date(2026, 12, 2), "cy") == "2 Rhagfyr 2026"
    assert dates.display_range("2026-12-01", "2026-12-04", "en") == "1 December 2026 – 4 December 2026"
    assert dates.display_moment("2026-12-02T09:05:00", "en") == "2 December 2026, 09:05"


def test_a_date_field_shows_day_month_year_whatever_the_system_locale(qtbot: QtBot) -> None:
    edit = dates.date_edit(QDate(2026, 12, 2), "en")
    qtbot.addWidget(edit)
    assert edit.text() == "02/12/2026"
    assert dates.date_edit(QDate(2026, 12, 2), "cy").locale().language().name == "Welsh"


def test_start_page_and_dashboard_show_the_fieldwork_dates_in_words(qtbot: QtBot) -> None:
    Translations().apply("cy")
    try:
        start = StartPage()
        qtbot.addWidget(start)
        start.set_inspections([_inspection()])
        assert "1 Rhagfyr 2026 – 4 Rhagfyr 2026" in start.inspection_list.item(0).text()
        page = DashboardPage("cy")
        qtbot.addWidget(page)
        page.show_inspection(_inspection(), [], [])
        assert "1 Rhagfyr 2026 – 4 Rhagfyr 2026" in page.details.text()
    finally:
        Translations().apply("en")
